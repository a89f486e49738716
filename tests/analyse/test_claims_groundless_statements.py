"""Claims: a statement called groundless or not credible is denied — the subject of the predicate
('les accusations de fraude ne sont pas crédibles'), the noun an adjective qualifies ('des rumeurs
infondées'), or, for an anaphor ('Ces accusations sont sans fondement'), the latest quotation."""
import pytest

from analyse_helpers import claims_of


@pytest.mark.parametrize("passage, statement", [
    ("Le préfet a estimé que les soupçons de favoritisme ne sont pas crédibles.", "les soupçons de favoritisme"),
    ("Les rumeurs de rachat du club sont sans fondement, selon son président.", "Les rumeurs de rachat du club"),
    ("La direction a dénoncé des informations infondées sur la vente du site.", "des informations"),
    ("Les reproches de la minorité sont dénués de tout fondement, a dit la maire.", "Les reproches de la minorité"),
])
def test_the_judged_statement_is_denied(parse, passage, statement):
    assert ("denied", statement) in claims_of(parse, passage)


def test_an_anaphor_denies_the_latest_quotation(parse):
    text = ("« Le directeur a caché le rapport », affirme le syndicat. "
            "Ces accusations sont sans fondement, répond la direction.")
    assert ("denied", "Le directeur a caché le rapport") in claims_of(parse, text)


@pytest.mark.parametrize("passage", [
    "La décision est fondée sur un rapport d'experts.",
    "Le projet n'est pas crédible sans financement, juge l'élu.",
])
def test_no_judged_statement(parse, passage):
    assert not any(status == "denied" for status, _ in claims_of(parse, passage))
