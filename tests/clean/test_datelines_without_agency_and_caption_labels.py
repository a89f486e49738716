"""Datelines that open the lead without an agency in brackets, photo captions under a label or with
their credit, credits in brackets closing the text, date lines with their section after a bar."""
import pytest

from recoupe.clean import rules

HEADLINE = "Le port de Brest double son trafic en un an"
LEAD = "Le port a doublé son trafic en un an, a annoncé mardi sa directrice devant les élus."
MORE = "\n\nLes dockers saluent ces chiffres, qui dépassent leurs attentes.\n"


@pytest.mark.parametrize("dateline", [
    "MONCTON, Nouveau-Brunswick — ", "TORONTO — ", "OUAGADOUGOU, Burkina – ",
    "Le Caire, 3 mars - ", "Lima (Pérou), le 12 mai 2023 – ", "Santiago, Chili, 7 juin - ",
    "Lyon, France | AGENCE | lundi 04/03/2024 - ", "Rabat | Radio Sud | 3/5/2024 – ",
    "(JdM) - ", "(pl) – ", "Jeune Afrique - ", "Le Monde – ",
])
def test_dateline_opening_the_lead_is_cut(clean, dateline):
    cleaned = clean(f"{HEADLINE}\n\n{dateline}{LEAD}{MORE}")
    assert cleaned.body.startswith(LEAD)


@pytest.mark.parametrize("lead", [
    "Emmanuel Roy — le maire de Brest — a annoncé mardi la fermeture du port.",
    "Paris, 3 mars - il pleuvait quand le port a fermé ses portes.",
    "Jean Dupont - Le Goff a repris le port de Brest en 2019, a-t-il dit.",
])
def test_lead_that_only_looks_like_a_dateline_is_kept(clean, lead):
    cleaned = clean(f"{HEADLINE}\n\n{lead}{MORE}")
    assert lead.split(" ", 3)[3] in cleaned.body


@pytest.mark.parametrize("caption", [
    "Photo : Les pompiers devant la mairie de Brest, lundi soir. (photo Le Journal)",
    "Illustration : le quai ouest du port de Brest à marée basse",
    "Les pompiers devant la mairie de Brest, lundi soir. (Photo Jeanne Roy)",
    "La vallée en 1950 et en 2020. archives cantonales et IGN/EPFL Lausanne",
    "Le port au petit matin, en mars. keystone/Jeanne Roy",
])
def test_caption_lines_are_furniture(caption):
    assert rules.caption_line(caption, "fr") == "caption"


@pytest.mark.parametrize("prose", [
    "Il est parti. Il/elle reviendra demain au port.",
    "Le débat a duré. env. trois heures et/ou plus",
    "Le vote est acquis. Les 3/4 des voix sont allées au maire.",
    "Il a reçu une photo : le port de Brest à marée basse, a-t-il dit. Il a ri.",
])
def test_prose_with_a_slash_or_a_photo_is_no_caption(prose):
    assert rules.caption_line(prose, "fr") is None


@pytest.mark.parametrize("credit", ["(Texte: Radio Sud)", "(Rédaction : JMR, photos : PL)", "(Sources : agences)"])
def test_text_credit_in_brackets_closing_the_paragraph_is_cut(credit):
    line = f"Le port a fermé ses portes lundi. {credit}"
    assert line[rules.trailing_credit(line, "fr"):] == credit


@pytest.mark.parametrize("line, expected", [
    ("5 décembre 2023 | Faits divers", "dateline"),
    ("12/03/2024 • Vie locale", "dateline"),
    ("3 mai 2024 | Le maire a démissionné hier soir en conseil", None),
])
def test_date_line_with_its_section_after_a_bar(line, expected):
    assert rules.noise_rule(line, "fr") == expected
