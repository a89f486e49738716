"""Round 6 of real copy: vague counts of any countable thing, and ranges whose lower bound
is written without its thousands."""
import pytest


@pytest.mark.parametrize("passage, text, unit", [
    ("Plusieurs villages de la vallée ont été évacués dans la nuit.", "Plusieurs villages", "village"),
    ("La tempête a provoqué plusieurs coupures de courant à Lyon.", "plusieurs coupures", "coupure"),
    ("De nombreux commerçants ont baissé le rideau samedi.", "De nombreux commerçants", "personne"),
    ("Le texte a été adopté malgré de nombreuses abstentions.", "de nombreuses abstentions", "abstention"),
    ("Il ne manque que quelques signatures pour déposer la motion.", "quelques signatures", "signature"),
])
def test_vague_counts_of_things(parse, passage, text, unit):
    figures = parse(passage, published="2024-05-02")._.figures
    found = [f for f in figures if f.span.text.startswith(text)]
    assert found and found[0].value is None and found[0].qualifier == "vague" and found[0].unit.startswith(unit)


@pytest.mark.parametrize("passage", [
    "Plusieurs médias ont relayé la rumeur dans la soirée.",
    "De nombreux experts jugent la réforme trop lente.",
    "La grève a duré quelques jours seulement.",
])
def test_vague_sources_and_durations_are_not_counts(parse, passage):
    assert [f.span.text for f in parse(passage)._.figures] == []


@pytest.mark.parametrize("passage, value", [
    ("Le concert a réuni 10 à 12’000 spectateurs selon les organisateurs.", 10000),
    ("Entre 8 et 9 000 manifestants ont défilé à Nantes.", 8000),
    ("De 3 à 4 000 euros seront versés à chaque famille.", 3000),
    ("Entre 5 et 300 000 tonnes de céréales pourraient manquer.", 5),
    ("De 10 à 15 otages seraient encore détenus.", 10),
])
def test_range_lower_bound_in_thousands(parse, passage, value):
    figures = parse(passage, published="2024-05-02")._.figures
    assert figures and figures[0].value == pytest.approx(value) and figures[0].qualifier == "at_least"
