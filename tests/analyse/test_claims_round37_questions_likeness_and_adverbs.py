"""recoupe_claims, round 37: a conditional that asks ('se dirigerait-elle … ?') or likens ('on se
serait cru …') holds nothing in reserve; 'supposément', 'prétendument' before a participle leave
the noun it describes unverified."""
import pytest

from analyse_helpers import claims_of

PUBLISHED = "2031-05-14"


@pytest.mark.parametrize("passage", [
    "La commune se dirigerait-elle vers une faillite ?",
    "Le trésorier aurait-il caché ses comptes",
    "Avec ce vent tiède, on se serait cru en plein mois d'août.",
])
def test_a_question_or_a_likeness_is_no_claim(parse, passage):
    assert claims_of(parse, published=PUBLISHED, text=passage) == []


@pytest.mark.parametrize("passage", [
    "Le trésorier aurait caché ses comptes, selon un élu.",
    "On lui aurait dit de quitter la salle avant le vote.",
])
def test_a_reserve_stays(parse, passage):
    assert [status for status, _ in claims_of(parse, published=PUBLISHED, text=passage)] == ["unverified"]


@pytest.mark.parametrize("passage, statement", [
    ("Des fêtes privées supposément organisées par un traiteur ont choqué la ville.",
     "fêtes privées supposément organisées par un traiteur"),
    ("Le témoin prétendument payé par la défense a été entendu.", "témoin prétendument payé par la défense"),
])
def test_an_adverb_of_hearsay_before_a_participle(parse, passage, statement):
    assert ("unverified", statement) in claims_of(parse, published=PUBLISHED, text=passage)

