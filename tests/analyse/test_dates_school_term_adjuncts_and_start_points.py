"""recoupe_dates: 'la rentrée' is a date only as a time adjunct or when marked; a
starting-point locution ('à compter du 1er avril') in a future sentence is the coming date."""
import pytest


def _dates(parse, text, published):
    return {d.span.text: d.value for d in parse(text, published=published)._.dates}


@pytest.mark.parametrize("published, text", [
    ("2020-05-29", "Tandis que s'organise la rentrée dans les écoles, la préfète a réuni les maires."),
    ("2020-05-29", "Les enseignants de Rennes jugent mal organisée la rentrée des lycéens."),
    ("2021-08-30", "Une association dénonce des expulsions si près de la rentrée scolaire."),
    ("2023-09-12", "Le ministre a commenté la rentrée universitaire lors d'un déplacement à Lille."),
])
def test_the_term_named_as_an_event_is_no_date(parse, text, published):
    assert not any("rentrée" in found for found in _dates(parse, text, published))


@pytest.mark.parametrize("published, text, expected", [
    ("2021-06-10", "D'ici la rentrée, dix postes d'enseignants seront créés à Metz.", "2021-09"),
    ("2021-06-10", "Lors de la rentrée, le recteur visitera un collège de Nancy.", "2021-09"),
    ("2021-06-10", "Cette rentrée sera particulière pour les familles de Tours.", "2021-09"),
    ("2022-02-12", "La rentrée dernière s'est faite sans masque à Nîmes.", "2021-09"),
])
def test_the_term_as_adjunct_or_marked_is_dated(parse, text, published, expected):
    found = _dates(parse, text, published)
    assert any("rentrée" in key and value == expected for key, value in found.items()), found


@pytest.mark.parametrize("text, expected", [
    ("La régie des eaux relèvera ses tarifs de 4 % à compter du 1er avril, selon sa direction jeudi.",
     "2022-04-01"),
    ("Le réseau de bus appliquera une nouvelle grille à partir du 1er avril.", "2022-04-01"),
    ("À compter du 1er avril, les tarifs ont augmenté de 4 %, rappelle la régie.", "2021-04-01"),
    ("Des loyers sociaux plus chers à compter du 1er avril", "2022-04-01"),
])
def test_a_starting_point_reads_the_sentence_tense(parse, text, expected):
    found = _dates(parse, text, "2021-10")
    assert expected in found.values(), found
