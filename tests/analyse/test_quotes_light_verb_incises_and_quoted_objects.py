"""Cues the tagger or the lexicon used to miss: a light verb and its infinitive as an incise
('», a laissé entendre X'), a participle misread as a noun after an aside ('a quant à elle
martelé :'), and verbs whose quoted object is an assessment ('a déclaré une « guerre … »',
'loue « … »'). Invented passages."""
import pytest

_QUOTE = "Nous rouvrirons la piscine avant l'été"


@pytest.mark.parametrize("incise, speaker", [
    ("a laissé entendre Hélène Morvan, adjointe aux sports", "Hélène Morvan"),
    ("a laissé entendre Paul Ferrand", "Paul Ferrand"),
])
def test_light_verb_incise(quote_of, incise, speaker):
    quote = quote_of(f"« {_QUOTE} », {incise}, lors du conseil.", _QUOTE)
    assert quote.kind == "direct"
    assert speaker in (quote.speaker or "")


def test_light_verb_with_que(quote_of):
    quote = quote_of("L'adjointe a laissé entendre que la piscine rouvrirait avant l'été.",
                     "la piscine rouvrirait avant l'été")
    assert quote.speaker == "L'adjointe"


@pytest.mark.parametrize("aside", ["quant à elle", "pour sa part", "de son côté"])
def test_participle_after_aside_before_colon(quote_of, aside):
    passage = f"La présidente du club a {aside} martelé : « {_QUOTE}. »"
    quote = quote_of(passage, _QUOTE + ".")
    assert quote.speaker == "La présidente du club"


@pytest.mark.parametrize("passage, text", [
    ("Réélu en mai, le gouverneur a déclaré une « lutte sans relâche » contre la contrebande.",
     "une « lutte sans relâche » contre la contrebande"),
    ("La directrice loue « la ténacité des équipes » dans un courriel.",
     "la ténacité des équipes"),
])
def test_quoted_object_is_an_assessment(parse, passage, text):
    quotes = parse(passage)._.quotes
    assert any(text in q.span.text for q in quotes), [q.span.text for q in quotes]


@pytest.mark.parametrize("passage", [
    "La famille a loué une maison à Biarritz pour les vacances.",
    "Le gouverneur a déclaré la fin de l'état d'urgence.",
])
def test_plain_object_is_narration(parse, passage):
    assert not parse(passage)._.quotes


@pytest.mark.parametrize("passage, last", [
    ("La préfète met en garde contre les baignades sauvages.", "garde"),
    ("La préfète met pour sa part en garde contre les baignades sauvages.", "garde"),
    ("La préfète met d'ailleurs en garde contre les baignades sauvages.", "garde"),
])
def test_locution_end_past_an_aside(parse, passage, last):
    from recoupe.analyse.quote_cues import CuePass
    doc = parse(passage)
    finder = CuePass.__new__(CuePass)
    finder.doc = doc
    verb = next(t for t in doc if t.lower_ == "met")
    assert finder._locution_last(verb).text == last
