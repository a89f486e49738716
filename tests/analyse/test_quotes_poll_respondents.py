"""A poll share ('41 % estiment', 'la moitié des sondés jugent') speaks for the respondents, never a number."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ('Un sondage Elabe a été publié dimanche. Interrogés sur les impôts, 52% estiment qu\'"il faut les baisser".',
     "il faut les baisser", "les sondés"),
    ("Selon un sondage Odoxa, seuls 28% des sondés déclarent faire \"confiance\" au maire.",
     'faire "confiance" au maire', "les sondés"),
    ("Selon cette enquête, 52% des personnes interrogées estiment que le gouvernement doit baisser les impôts.",
     "le gouvernement doit baisser les impôts", "les personnes interrogées"),
    ("D'après ce baromètre, la moitié des Français jugent que le service public se dégrade.",
     "le service public se dégrade", "les Français"),
])
def test_poll_share_speaks_for_respondents(quote_of, passage, text, speaker):
    assert quote_of(passage, text).speaker == speaker


def test_later_share_keeps_the_group_of_the_first(parse):
    doc = parse("Selon un sondage Ipsos, 61% des électeurs affirment que le maire doit démissionner. "
                "En revanche, 30% estiment que \"le maire a bien géré la crise\".")
    speakers = {q.span.text: q.speaker for q in doc._.quotes}
    assert speakers.get("le maire a bien géré la crise") == "les électeurs"
    assert not any(s and "%" in s for s in speakers.values())


def test_majority_without_group_is_not_a_poll(parse):
    doc = parse("La majorité présidentielle a déclaré que le texte serait voté mardi.")
    assert all(q.speaker != "les sondés" for q in doc._.quotes)


@pytest.mark.parametrize("passage, text", [
    ("Le ministre Paul Martin a pris la parole lundi.\n“Nous avons maîtrisé la situation partout”, a-t-il fait savoir.",
     "Nous avons maîtrisé la situation partout"),
    ("La ministre Léa Caron était à Lyon.\n« Le chantier reprendra en mai », a-t-elle fait savoir.",
     "Le chantier reprendra en mai"),
])
def test_clitic_before_light_verb_names_the_speaker(quote_of, passage, text):
    assert quote_of(passage, text).speaker in ("Paul Martin", "Léa Caron")
