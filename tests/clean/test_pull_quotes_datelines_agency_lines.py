"""A quotation repeated in a box, update-stamped date lines, agency tags in new forms."""
import pytest

TITLE = "Les vendanges s'annoncent maigres en Bourgogne"
LEAD = "Les vendanges ont commencé cette semaine en Bourgogne, avec des rendements en net recul."
QUOTE = "Le gel d'avril a détruit près d'un tiers des bourgeons dans les parcelles les plus exposées"


def test_pull_quote_without_marks_before_its_quotation(clean):
    box = f"{QUOTE} Marc Duvernay, président de l'interprofession"
    said = f"« {QUOTE} », résume Marc Duvernay, président de l'interprofession."
    body = clean(f"{TITLE}\n\n{LEAD}\n\n{box}\n\n{said}\n").body
    assert body == f"{LEAD}\n\n{said}"


def test_paragraph_sharing_a_few_words_with_a_quotation_is_kept(clean):
    text = "Le gel d'avril a frappé tôt cette année."
    said = f"« {QUOTE} », résume le président de l'interprofession."
    assert text in clean(f"{TITLE}\n\n{LEAD}\n\n{text}\n\n{said}\n").body


@pytest.mark.parametrize("line, day", [
    ("Le mardi 3 septembre 2024 à 15:37 - MAJ mardi 3 septembre 2024 à 21:19", "2024-09-03"),
    ("03 septembre 2024 12:24; Act: 03.09.2024 18:50", "2024-09-03"),
])
def test_date_line_with_an_abbreviated_update(clean, line, day):
    cleaned = clean(f"{TITLE}\n\n{line}\n\n{LEAD}\n")
    assert cleaned.body == LEAD and cleaned.article.published == day


@pytest.mark.parametrize("tag", ["LYON/GENÈVE (Reuters) - ", "ROME/MILAN/TURIN (AFP) - ", "Paris/Bruxelles, 3 mars (Reuters) - "])
def test_agency_dateline_naming_several_places(clean, tag):
    assert clean(f"{TITLE}\n\n{tag}{LEAD}\n").body == LEAD


@pytest.mark.parametrize("line", ["AFP Agence France-Presse", "AP Associated Press", "Reuters / AFP"])
def test_agency_acronym_and_name_alone_on_a_line(clean, line):
    assert clean(f"{TITLE}\n\n{LEAD}\n\n{line}\n\n{LEAD.replace('cette semaine', 'lundi')}\n").body.count(line) == 0


def test_caption_copy_with_a_dash_before_its_bracketed_credit(clean):
    caption = "Un vigneron dans ses rangs de pinot noir, en septembre 2023."
    text = f"{TITLE}\n\n{caption} [AGENCE - Paul Roy]\n{caption} - [AGENCE - Paul Roy]\n{LEAD}\n"
    assert clean(text).body == LEAD
