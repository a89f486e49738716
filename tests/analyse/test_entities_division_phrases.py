"""A place written behind a division noun ("la région de X") and a ministry of a region or a
foreign territory (a portfolio, then "de X"). All passages are invented."""
import pytest


def _forms(doc) -> dict:
    return {e.name: {m.span.text for m in e.mentions} for e in doc._.entities}


@pytest.mark.parametrize("text, place, phrase", [
    ("Trois soldats ont été blessés mardi dans la région de Tombouctou, selon l'armée.", "Tombouctou",
     "région de Tombouctou"),
    ("Des pluies diluviennes ont inondé la province du Kivu-Sud pendant la nuit.", "Kivu-Sud",
     "province du Kivu-Sud"),
    ("Le gouverneur de l'oblast de Kharkiv a annoncé un couvre-feu.", "Kharkiv", "oblast de Kharkiv"),
    ("Les pompiers du département de la Gironde sont intervenus jeudi à Libourne.", "Gironde",
     "département de la Gironde"),
    ("Le maire veut rénover les écoles du quartier de Bellevue avant l'été.", "Bellevue",
     "quartier de Bellevue"),
])
def test_division_phrase_names_the_place(parse, text, place, phrase):
    """A region, province, oblast, department or district is a mention of the place it names
    (round 34; a canton is a place of its own)."""
    forms = _forms(parse(text))
    assert place in forms, forms
    assert phrase in forms[place], forms


def test_division_noun_alone_is_not_a_mention(parse):
    forms = _forms(parse("La région a connu une sécheresse, a déclaré le préfet à Montpellier."))
    assert not any("région" in m for ms in forms.values() for m in ms), forms


@pytest.mark.parametrize("text, ministry", [
    ("D'après le ministère de l'Agriculture du Liban, 40 fermes ont été inspectées.",
     "Ministère de l'Agriculture du Liban"),
    ("Le ministère de l'Éducation du Québec a publié lundi un nouveau calendrier scolaire.",
     "Ministère de l'Éducation du Québec"),
])
def test_ministry_of_a_named_place_keeps_the_place(parse, text, ministry):
    forms = _forms(parse(text))
    assert ministry in forms, forms


def test_national_ministry_followed_by_other_words_is_unchanged(parse):
    forms = _forms(parse("Le ministère de la Santé a publié mardi son bilan hebdomadaire."))
    assert "Ministère de la Santé" in forms, forms
