"""Round 33: pointers to the site's own pages closing a paragraph, a pointer to an earlier issue
named by the paper's initials, an editor's footnote to an asterisked word, a bare section name."""
import pytest

from recoupe.clean import rules


@pytest.mark.parametrize("line, noise", [
    ("Le parti obtiendrait 40 sièges. Retrouvez tous les scores, ville par ville, dans notre carte",
     "Retrouvez tous les scores, ville par ville, dans notre carte"),
    ("Le parti obtiendrait 40 sièges. Des réactions à revoir ce soir sur notre site radiosud.fr.",
     "Des réactions à revoir ce soir sur notre site radiosud.fr."),
])
def test_a_pointer_to_the_sites_pages_closing_a_paragraph_is_cut(line, noise):
    assert line[rules.trailing_credit(line, "fr"):] == noise


@pytest.mark.parametrize("line", [
    "Le maire a publié une tribune sur notre site.",                 # no sentence before: the paragraph itself
    "Le port a rouvert. Suivez le guide, a lancé la directrice aux visiteurs.",
])
def test_sentences_of_the_article_stay(line):
    assert rules.trailing_credit(line, "fr") is None


def test_a_pointer_to_an_earlier_issue_is_cut_out():
    line = "Nous avions quitté (voir LJ de mardi) les deux enquêteurs au port."
    (a, b), = rules.inner_references(line, "fr")
    assert line[:a] + line[b:] == "Nous avions quitté les deux enquêteurs au port."


@pytest.mark.parametrize("line", ["*Le prénom a été changé.", "*Mouvement dissous en Lunarie", "Actualités."])
def test_footnotes_and_a_bare_section_name_are_noise(line):
    assert rules.noise_rule(line, "fr")


@pytest.mark.parametrize("line", ["* Le maire a ouvert la séance à 18 heures.", "**"])
def test_a_starred_list_item_is_no_footnote(line):
    assert rules.noise_rule(line, "fr") in (None, "symbols")


def test_a_footnote_glued_after_the_last_sentence_is_cut():
    line = "Le pays fait face à des groupes armés*. Les attaques ont causé des centaines de victimes.*Groupe dissous en Lunarie"
    assert line[rules.trailing_credit(line, "fr"):] == "*Groupe dissous en Lunarie"


def test_one_word_alone_in_its_paragraph_is_a_label(clean):
    from brest_page import LAST, PROSE, TITLE, URL
    text = f"{TITLE}\n\nMorlaix\nAGENCE / Morlaix / Jeanne Roy\n{PROSE}\n\nGrève\n\n{LAST}\n"
    cleaned = clean(text, url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


def test_one_word_inside_a_paragraph_of_prose_stays(clean):
    from brest_page import PROSE, TITLE, URL
    cleaned = clean(f"{TITLE}\n\n{PROSE}\nBravo\nLes dockers ont applaudi la directrice.\n", url=URL)
    assert "Bravo" in cleaned.body


@pytest.mark.parametrize("line", [
    "Une partie seulement des dépêches, transmises par l'Agence du Nord à ses abonnés, figure ici.",
    "Une partie seulement des dépêches, transmises par l'Agence du N",
])
def test_a_wire_agencys_notice_whole_or_cut_off_is_noise(line):
    assert rules.noise_rule(line, "fr") == "credit"
