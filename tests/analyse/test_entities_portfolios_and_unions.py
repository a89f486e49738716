"""A minister's portfolios are no organisations, the second one of a chain neither ('ministre de
l'Emploi et de l'Artisanat'); a union or association named straight after its kind is its name
alone ('le syndicat Horizon'), also through a kind ('le syndicat de police Horizon') (invented)."""
import pytest

from analyse_helpers import types_by_name


@pytest.mark.parametrize("text, portfolio", [
    ("Paul Tremblay, nouveau ministre du Tourisme et de l'Artisanat, a présenté son plan.", "Artisanat"),
    ("Julie Moreau, ministre du Logement et des Affaires rurales, a inauguré la ligne.", "Affaires rurales"),
    ("Anne Roy, ministre déléguée au Commerce extérieur et à l'Attractivité, était présente.", "Attractivité"),
    ("Marc Léger, ministre de l'Énergie, des Forêts et des Ressources naturelles, a signé.", "Ressources naturelles"),
])
def test_a_portfolio_after_a_ministers_title_is_no_organisation(parse, text, portfolio):
    names = types_by_name(parse(text))
    assert portfolio not in names, names
    assert any(t == "PERSON" for t in names.values()), names


@pytest.mark.parametrize("text, kept", [
    ("Hier, le ministre des Armées de la France a accueilli un homologue.", "France"),
    ("Le ministre a rencontré le président de la Banque mondiale à Genève.", "Banque mondiale"),
])
def test_a_name_after_a_completed_portfolio_stays(parse, text, kept):
    assert kept in types_by_name(parse(text))


@pytest.mark.parametrize("text, name", [
    ("Le syndicat Horizon réclame des moyens, a indiqué son secrétaire général.", "Horizon"),
    ("Lors des vœux du syndicat de police Horizon, les agents ont applaudi.", "Horizon"),
    ("Karim Dufour, du syndicat Snep-CGT, dénonce une situation intenable.", "Snep-CGT"),
    ("L'association Terre Vive a porté plainte contre la commune.", "Terre Vive"),
])
def test_a_union_named_after_its_kind_is_its_name_alone(parse, text, name):
    names = types_by_name(parse(text))
    assert names.get(name) == "ORG", names


def test_an_association_with_a_complement_keeps_its_head(parse):
    names = types_by_name(parse("L'Association des maires ruraux de France réclame un moratoire."))
    assert any(n.startswith("Association des maires") for n in names), names
