"""Direct quotations taken up by a cleft after them ('C'est ce qu'a affirmé X') and quotations after a
colon that ends a clause describing the speaker's state ('Le maire n'est pas fâché : « … »'),
invented passages."""
import pytest

CLEFTS = [
    ("« Aucune école ne fermera cette année. » C'est ce qu'a répété mardi la rectrice de l'académie, Hélène Vasseur, "
     "jeudi à Dijon.", "Aucune école ne fermera cette année.", "Hélène Vasseur"),
    ("« Nous reprendrons le travail lundi. » C’est ce qu’ont déclaré les dockers du port.",
     "Nous reprendrons le travail lundi.", "les dockers du port"),
    ("« Le tracé ne changera pas. » Voilà ce que répète le président du syndicat mixte, Marc Olivier.",
     "Le tracé ne changera pas.", "Marc Olivier"),
]


@pytest.mark.parametrize("passage, text, speaker", CLEFTS)
def test_a_cleft_names_the_speaker_of_the_quotation_before_it(quote_of, passage, text, speaker):
    quote = quote_of("Titre de test\n\n" + passage, text)
    assert quote.kind == "direct"
    assert quote.speaker == speaker


def test_a_cleft_with_no_reporting_verb_names_nobody(parse):
    doc = parse("Titre de test\n\n« Le budget est voté. » C'est ce que tout le quartier attendait.")
    assert [q.speaker for q in doc._.quotes if q.speaker] == []


def test_a_state_before_a_colon_describes_the_speaker(quote_of):
    passage = ("L'entraîneur de Valmont, Hugo Ferrand, a quitté le terrain vite. L'entraîneur n'est pas fâché contre "
               "ses joueurs, mais contre l'arbitre : « Je trouve dommage qu'on nous ait refusé ce but. »")
    quote = quote_of("Titre de test\n\n" + passage, "Je trouve dommage qu'on nous ait refusé ce but.")
    assert quote.kind == "direct"
    assert quote.speaker == "Hugo Ferrand"


def test_a_state_of_things_before_a_colon_names_no_speaker(parse):
    doc = parse("Titre de test\n\nLe vent est tombé dans la soirée : « Il faudra attendre demain. »")
    assert doc._.quotes == []
