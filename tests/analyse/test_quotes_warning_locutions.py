"""'mettre en garde contre X' reports the danger warned of, and outlets slip an adverb or an aside
('d'ailleurs', 'également', 'pour sa part', 'de son côté') between the verb and the fixed words."""
import pytest


@pytest.mark.parametrize("passage, content, speaker", [
    ("La ministre met en garde contre les arnaques aux faux conseillers.", "les arnaques aux faux conseillers", "La ministre"),
    ("Le ministre a mis d'ailleurs en garde contre une hausse des prix.", "une hausse des prix", "Le ministre"),
    ("Les experts mettent également en garde contre une seconde vague.", "une seconde vague", "Les experts"),
    ("La ministre met pour sa part en garde contre une pénurie de vaccins.", "une pénurie de vaccins", "La ministre"),
    ("L'ONG met de son côté en garde contre une famine dans le nord du pays.",
     "une famine dans le nord du pays", "L'ONG"),
    ("La ministre a mis en garde les parents contre les écrans.", "les écrans", "La ministre"),
])
def test_warning_against_something_is_a_report(quote_of, passage, content, speaker):
    assert quote_of(passage, content).speaker == speaker


@pytest.mark.parametrize("passage", [
    "La crise met en garde contre toute euphorie.",
    "Le suspect, mis en garde à vue, proteste contre son sort.",
    "Le joueur met la pression contre son adversaire.",
])
def test_no_warning_without_a_speaker_or_the_locution(parse, passage):
    assert not parse(passage)._.quotes


def test_the_cue_of_a_locution_with_an_aside_ends_on_its_last_fixed_word(quote_of):
    quote = quote_of("La ministre met pour sa part en garde contre une pénurie de vaccins.", "une pénurie de vaccins")
    assert quote.cue.text.endswith("en garde")
