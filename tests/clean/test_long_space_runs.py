"""Lines holding a run of thousands of spaces (a broken page, or a hostile one): the patterns that
start with optional spaces take each run whole from its first space, so the cleaner answers at
once instead of backtracking over every start inside the run; what they are for still works."""
from recoupe.clean import rules
from recoupe.clean.page import page_of

RUN = " " * 50_000


def test_a_cross_reference_is_still_cut_but_a_run_of_spaces_is_none():
    assert rules.inner_references("Le port a rouvert (lire aussi en page 5).", "fr")
    assert rules.inner_references(f"Le port a rouvert{RUN}lundi.", "fr") == []


def test_a_site_name_with_its_edition_but_not_a_run_of_spaces():
    page = page_of("https://www.lejournal.fr/port/le-port-rouvre")
    assert page.is_site_name("Le Journal (édition du Sud)")
    assert not page.is_site_name(f"Le port{RUN}(rouvert)")


def test_a_caption_printed_twice_is_dropped_and_a_line_of_spaces_is_kept(clean):
    caption = "Le maire au port, lundi"
    body = "Le port de Brest a doublé son trafic en un an, selon la chambre de commerce."
    cleaned = clean(f"Le port double son trafic\n\n{caption} {caption}© Paul Roy\n\n{body}\n\nDes grues{RUN}neuves.\n")
    assert caption not in cleaned.text and body in cleaned.text
    assert "Des grues" in cleaned.text
