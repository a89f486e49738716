"""Counts after a definite or third person determiner or a demonstrative before digits, and money written with a
multiplier and a currency code (passages written for the project)."""
import pytest


@pytest.mark.parametrize("text, value, unit", [
    ("Les trois prévenus ont écopé de peines de prison ferme.", 3, "personne"),
    ("Ces 14 chantiers seront financés par la métropole.", 14, "chantier"),
    ("Le tribunal a relaxé les deux hommes interpellés à Lille.", 2, "personne"),
    ("Ses quatre enfants ont été placés en foyer.", 4, "personne"),
    ("Leurs six salariés ont été licenciés.", 6, "personne"),
])
def test_a_set_named_by_a_determiner_is_still_counted(parse, text, value, unit):
    assert [(f.value, f.unit) for f in parse(text)._.figures] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "« Nos deux nations sont liées par l'histoire », a déclaré le président.",
    "« Vos trois pays doivent s'entendre », a lancé la commissaire.",
    "« Sur ces deux questions, nous ne céderons rien », a prévenu la syndicaliste.",
])
def test_the_speakers_own_set_or_a_set_just_named_is_not_a_count(parse, text):
    assert parse(text)._.figures == []


@pytest.mark.parametrize("text, span, value, unit", [
    ("L'État sénégalais a mobilisé 2.500 milliards FCFA pour ses routes.", "2.500 milliards FCFA", 2.5e12, "franc CFA"),
    ("Le fonds a promis 3,2 milliards XOF aux coopératives.", "3,2 milliards XOF", 3.2e9, "franc CFA"),
    ("Le groupe a investi 40 millions USD au Cameroun.", "40 millions USD", 4e7, "dollar"),
])
def test_money_with_a_multiplier_and_a_currency_code(parse, text, span, value, unit):
    figure = parse(text)._.figures[0]
    assert (figure.span.text, figure.value, figure.unit) == (span, value, unit)


def test_a_bare_amount_takes_the_currency_of_the_sentence(parse):
    doc = parse("La mairie a obtenu 1,5 milliard FCFA de l'État, puis a levé 200 millions auprès des banques.")
    assert [(f.value, f.unit) for f in doc._.figures] == [(1.5e9, "franc CFA"), (2e8, "franc CFA")]


@pytest.mark.parametrize("text, span, value", [
    ("L'équipementier fermera deux de ses sept sites en Bretagne.", "deux de ses sept sites", 2),
    ("Trois de ces douze navires ont été coulés.", "Trois de ces douze navires", 3),
])
def test_a_part_of_a_counted_set_is_one_figure(parse, text, span, value):
    assert [(f.span.text, f.value) for f in parse(text)._.figures] == [(span, value)]
