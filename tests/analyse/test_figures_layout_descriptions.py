"""A number after 'de'/'à' that describes the make of a thing just named ('un immeuble de cinq étages',
'une route à deux voies') is no count; the same noun counted by an event is (passages written for the project)."""
import pytest


@pytest.mark.parametrize("text", [
    "Des débris sont retombés sur un immeuble résidentiel de neuf étages à Marseille.",
    "La frappe a visé un bâtiment de trois étages dans la vallée.",
    "Les travaux élargiront la nationale en une route à deux voies.",
    "Le trafic a été interrompu sur la deux fois deux voies près de Nantes.",
    "Un avion à quatre moteurs s'est posé en urgence à Brest.",
    "La famille occupait une maison de quatre chambres au centre-ville.",
])
def test_the_make_of_a_thing_is_not_a_count(parse, text):
    assert parse(text)._.figures == []


@pytest.mark.parametrize("text, value, unit", [
    ("L'incendie a ravagé huit étages de la tour.", 8, "étage"),
    ("Le bailleur a rénové 40 logements de trois chambres.", 40, "logement"),
    ("Les pompiers ont évacué 12 chambres de l'hôtel.", 12, "chambre"),
])
def test_the_same_nouns_counted_by_an_event_still_count(parse, text, value, unit):
    assert [(f.value, f.unit) for f in parse(text)._.figures] == [(value, unit)]


def test_pieces_may_be_coins_and_still_count(parse):
    doc = parse("Les fouilles ont livré un ensemble de 120 pièces de monnaie romaines.")
    assert [f.value for f in doc._.figures] == [120]
