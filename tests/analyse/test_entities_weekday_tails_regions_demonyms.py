"""Round 26: a weekday the model ran into after a body's name, currency areas and a country's
language regions as places, a region's people (plural "-ands", "-aisan") and a counted plural of
people ("deux millions d'Européens") as no place. Passages written for the project."""
import pytest


def _types(doc):
    return {e.name: e.type for e in doc._.entities}


def test_a_weekday_after_a_council_is_no_part_of_its_name(parse):
    types = _types(parse("À l'issue du Conseil des ministres du vendredi 6 mars 2026, la porte-parole a parlé."))
    assert types.get("Conseil des ministres") == "ORG", types
    assert not any("vendredi" in name for name in types), types


def test_a_month_after_a_festival_stays_in_its_name(parse):
    assert _types(parse("Le Festival de mai a ouvert ses portes à Kerlouan.")).get("Festival de mai"), "month kept"


@pytest.mark.parametrize("text, place", [
    ("Le chômage est le plus bas de la zone euro après Chypre.", "Zone euro"),
    ("Le non l'emporte nettement en Suisse alémanique.", "Suisse alémanique"),
])
def test_a_currency_area_or_language_region_is_one_place(parse, text, place):
    types = _types(parse(text))
    assert types.get(place) == "GPE", types
    assert "Suisse" not in types, types


@pytest.mark.parametrize("text, people", [
    ("Conflit entre villes et campagnes, Jurassiens et Flamands mis en concurrence: la liste est longue.", "Flamands"),
    ("La victime, un Valaisan de 52 ans, descendait la piste.", "Valaisan"),
    ("Plus de trois millions d'Européens s'apprêtent à voter.", "Européens"),
])
def test_a_region_s_people_is_no_place(parse, text, people):
    assert people not in _types(parse(text))


def test_a_town_after_de_stays_a_place(parse):
    assert _types(parse("Le car est parti de Beauvais lundi matin.")).get("Beauvais") == "GPE"
