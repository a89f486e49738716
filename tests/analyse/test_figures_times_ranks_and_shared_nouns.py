"""Round 7 of real copy: numbers that count nothing (a clock time with its time zone, a rank,
an enumeration whose shared noun is a duration) and vague words that count only through
their 'de' complement."""
import pytest


def _texts(parse, passage):
    return [f.span.text for f in parse(passage, published="2024-05-02")._.figures]


@pytest.mark.parametrize("passage", [
    # a time zone makes a clock time
    "Le convoi a été attaqué vers 0430 GMT près de la frontière.",
    "Les tirs ont cessé à 1815 UTC, selon l'état-major.",
    "La panne a commencé à 0900 HNE dans tout l'Ontario.",
    # a rank is no count
    "Le groupe est devenu numéro deux mondial du fret aérien.",
    "La marque reste le numéro 1 européen du jouet.",
    "Le club, n° 3 du championnat, reçoit Lens samedi.",
])
def test_time_zones_and_ranks_count_nothing(parse, passage):
    assert _texts(parse, passage) == []


@pytest.mark.parametrize("passage", [
    "Trois cyclistes âgées de 12, 13 et 15 ans ont été secourues.",
    "Les victimes, âgées de 8, 11 ou 12 ans, ont été hospitalisées.",
    "Les stages durent 2, 3 ou 5 jours selon le niveau.",
])
def test_numbers_listed_before_a_duration_are_ages_or_durations(parse, passage):
    assert [t for t in _texts(parse, passage) if t[0].isdigit()] == []


def test_numbers_listed_before_a_noun_count_it(parse):
    figures = parse("Les places coûtent 15, 25 ou 40 euros selon la catégorie.")._.figures
    assert [(f.span.text, f.unit) for f in figures][0] == ("15", "euro")
