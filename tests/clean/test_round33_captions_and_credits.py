"""Round 33: captions closed by their picture's credit in other forms, a report's credit with its
article, a wire signature with the initials first, a caption printed twice with an escaped apostrophe."""
import pytest

from brest_page import LAST, PROSE, TITLE, URL
from recoupe.clean import rules


@pytest.mark.parametrize("line", [
    "Le quai ouest sous la neige (illustration) - AFP",
    "La préfète du Finistère, Anne Roy - DR",
    "Le port de Brest au matin/Ph Jeanne Roy RADIO.SUD",
    "Les dockers au travail sur le quai ouest, lundi.Keystone",
])
def test_captions_closed_by_their_credit_are_noise(line):
    assert rules.noise_rule(line, "fr") == "caption"


@pytest.mark.parametrize("line", [
    "Les dockers ont repris le travail lundi, a-t-il dit.Merci",   # two sentences glued, no agency
    "Le port de Brest double son trafic, selon la directrice - et les élus applaudissent",
    # a paragraph of wire copy closed by its signature, the editor's initials first
    "Le port ferme ses quais, a précisé la directrice, Jeanne Roy. «C'est un coup dur», a-t-elle ajouté. (jr/ats)",
])
def test_prose_with_a_dash_or_a_signature_is_no_caption(line):
    assert rules.noise_rule(line, "fr") is None


def test_a_wire_signature_with_the_initials_first_is_cut_the_text_stays():
    line = "Le port ferme ses quais, a précisé la directrice. (jr/ats)"
    assert line[rules.trailing_credit(line, "fr"):] == "(jr/ats)"


@pytest.mark.parametrize("line", [
    "Le reportage de Paul Roy", "Les explications de Léa Mas et Yann Le Du :", "Les précisions de Jeanne Roy",
])
def test_a_reports_credit_with_its_article_is_noise(line):
    assert rules.noise_rule(line, "fr") == "credit"


@pytest.mark.parametrize("line", ["Les précisions de la préfecture ont suivi.", "Le reportage de Paul Roy a été primé."])
def test_a_sentence_about_a_report_stays(line):
    assert rules.noise_rule(line, "fr") is None


def test_a_caption_printed_twice_one_copy_escaped_goes(clean):
    caption = "Le quai de l\\'ancienne criée, lundi 3 mars."
    credited = "Le quai de l'ancienne criée, lundi 3 mars. (JEANNE ROY / RADIO SUD)"
    cleaned = clean(f"{TITLE}\n\n{caption}\n{credited}\n\n{PROSE}\n\n{LAST}\n", url=URL)
    assert cleaned.body == f"{PROSE}\n\n{LAST}"


@pytest.mark.parametrize("line, name", [
    ("Le quai est devenu une attraction pour le public. Paul Le Roy", "Paul Le Roy"),
    ("Les prévisions se trompent moins. Sauf quand il vente. Pourquoi? Jeanne Kervella", "Jeanne Kervella"),
])
def test_a_name_after_the_last_sentence_is_a_credit(line, name):
    assert line[rules.trailing_credit(line, "fr"):] == name


@pytest.mark.parametrize("line", [
    "Le maire a parlé. Selon Marc",            # a sentence cut off after its first words
    "Le maire a parlé. Jean Roy a répondu.",   # a sentence about a person
    "Le port a rouvert. Jean Roy, maire",
])
def test_a_sentence_opening_after_the_stop_is_no_credit(line):
    assert rules.trailing_credit(line, "fr") is None


def test_an_embedded_post_without_a_mark_goes_with_its_credit(clean):
    post = "Le quai ouest est fermé ce soir / merci à tous les agents\n— Port de Brest (@portbrest) 3 mars 2024"
    cleaned = clean(f"{TITLE}\n\n{PROSE}\n{post}\n{LAST}\n", url=URL)
    assert "quai ouest" not in cleaned.body and PROSE in cleaned.body and LAST in cleaned.body
