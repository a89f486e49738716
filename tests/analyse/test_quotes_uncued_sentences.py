"""Quotations in marks that make a sentence of their own, with no cue: kept as direct quotes."""
import pytest

HEAD = "Titre de test\n\n"

NARRATED = [
    # the sentence before is about the speaker, no first-person word in the quotation
    ("Au bord du canal, Odile Marchand reste bouleversée. « Ça a duré une heure. L'eau est montée d'un coup. »",
     "Ça a duré une heure. L'eau est montée d'un coup.", "Odile Marchand"),
    # a sports report: the rider's mood, then his words with 'on'
    ("Le cycliste Tomas Berger était déçu après sa neuvième place. « On était rapides dans le final, il faut "
     "comprendre ce qui a manqué. »", "On était rapides dans le final, il faut comprendre ce qui a manqué.",
     "Tomas Berger"),
]


@pytest.mark.parametrize("passage, text, speaker", NARRATED)
def test_a_spoken_sentence_speaks_for_the_narrated_person(quote_of, passage, text, speaker):
    quote = quote_of(HEAD + passage, text)
    assert (quote.kind, quote.speaker) == ("direct", speaker)


NAMED_OUTSIDE = [
    # a parenthesised signature names the speaker
    ('"Des familles ont veillé toute la nuit devant la digue" (Hugo Ferrand, maire de Vernon)\n\nLa crue a baissé.',
     "Des familles ont veillé toute la nuit devant la digue", "Hugo Ferrand"),
    ("« Les secours sont arrivés en dix minutes. » (Claire Dumas, pompière volontaire)",
     "Les secours sont arrivés en dix minutes.", "Claire Dumas"),
    # a verbless description before a colon names the speaker
    ("L'entraîneur Yann Corre n'est pas fâché contre ses joueurs : « Je retiens surtout l'envie qu'ils ont montrée. »",
     "Je retiens surtout l'envie qu'ils ont montrée.", "Yann Corre"),
    ("La navigatrice Inès Morvan, épuisée mais heureuse à l'arrivée : « La dernière nuit a été très longue. »",
     "La dernière nuit a été très longue.", "Inès Morvan"),
    # the agent of the sentence after names the speaker
    ("La réforme a été votée.\n\n« Il y aura un médecin dans chaque canton. » La phrase a été répétée cet "
     "été par le ministre de la Santé, Paul Vernet, à propos des déserts médicaux.",
     "Il y aura un médecin dans chaque canton.", "Paul Vernet"),
    # the person two sentences back speaks when the sentence between names nobody
    ("Le maire Simon Leclerc redoute surtout la suite. L'averse a raviné les routes communales. "
     "« Dès que l'orage éclate, le ruisseau déborde, il faudra tout reprendre. »",
     "Dès que l'orage éclate, le ruisseau déborde, il faudra tout reprendre.", "Simon Leclerc"),
    # a spoken sentence after narration naming nobody goes on with the last voice
    ("« Nous avons accueilli deux fois plus de public », se félicite Nora Valette, directrice du salon.\n"
     "Des bénévoles en nombre\n"
     "Le salon n'aurait pas pu ouvrir sans une équipe élargie. « Quarante bénévoles ont tenu les stands "
     "cette année, c'est un record. »",
     "Quarante bénévoles ont tenu les stands cette année, c'est un record.", "Nora Valette"),
]


@pytest.mark.parametrize("passage, text, speaker", NAMED_OUTSIDE)
def test_a_speaker_named_outside_the_quotation_speaks(quote_of, passage, text, speaker):
    assert quote_of(HEAD + passage, text).speaker == speaker


def test_a_spoken_sentence_nobody_is_named_for_is_kept_without_speaker(quote_of):
    passage = ("La pluie a tout emporté dans la vallée. Les chemins sont impraticables depuis lundi. "
               "« Il faut tout refaire, les engins arrivent demain matin. »")
    quote = quote_of(HEAD + passage, "Il faut tout refaire, les engins arrivent demain matin.")
    assert (quote.kind, quote.speaker) == ("direct", None)


NOT_SPEECH = [
    # a title of a work, a slogan, a quoted noun phrase: no conjugated verb
    "Le festival a projeté « La nuit des grandes marées sur la côte ». Le public a applaudi.",
    "Les manifestants ont défilé dans le centre. « Des salaires dignes pour tous les soignants ! »",
    # material in marks inside the narrator's longer sentence
    "Le conseil a voté « un plan qui change tout pour les familles » mardi soir devant la presse.",
    # a quoted sub-heading without a full stop
    "Le chantier a pris du retard.\n\n« Un quartier qui attend encore ses écoles »\n\nLes travaux reprendront.",
]


@pytest.mark.parametrize("passage", NOT_SPEECH)
def test_quoted_phrases_that_are_not_speech_make_no_quote(parse, passage):
    quotes = parse(HEAD + passage)._.quotes
    assert not [q for q in quotes if q.kind == "direct" and q.speaker is None], [q.span.text for q in quotes]


def test_a_thing_described_before_a_colon_speaks_for_nobody(parse):
    passage = "Le plan reste fragile : « Les crédits manquent encore pour la moitié des chantiers. »"
    quotes = parse(HEAD + passage)._.quotes
    assert all(q.speaker is None for q in quotes)


def test_a_title_signed_by_its_author_is_no_quote(parse):
    passage = "La troupe reprend « Les Oiseaux de la baie » (Jeanne Vidal, 1954) dès samedi au théâtre municipal."
    assert not parse(HEAD + passage)._.quotes
