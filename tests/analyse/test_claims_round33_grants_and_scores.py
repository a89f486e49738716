"""Claims, round 33: a court that 'admet le recours' grants a request and confirms no statement; an
admission dated right after the verb ('admis le 3 mai') has no object there; a score in the simple
conditional ('la liste obtiendrait 120 sièges') is an estimate's projection, not a reserve; a confirmation not yet
received ("n'avait toujours pas reçu confirmation de X") leaves X unverified."""
import pytest

from analyse_helpers import claims_of


@pytest.mark.parametrize("text", [
    # a granted request or a dated admission confirms nothing
    "Le Tribunal administratif admet le recours d'une association de pêcheurs.",
    "La cour d'appel a admis la requête des riverains contre la carrière.",
    "Des vols que le gérant avait admis le 12 mars devant le juge, avant de se rétracter.",
    # a projected score is no reserve
    "Selon cette projection, le Parti vert obtiendrait 120 sièges.",
    "Les libéraux recueilleraient 18 %, les écologistes 9 %.",
    "Le Parti vert obtiendrait, lui, sept sièges.",
])
def test_granted_requests_admissions_and_projected_scores_claim_nothing(parse, text):
    assert claims_of(parse, text) == []


def test_an_admission_of_facts_still_confirms(parse):
    assert claims_of(parse, "Devant la cour, Lucie Marchand a admis les vols reprochés.") == [
        ("confirmed", "les vols reprochés")]


@pytest.mark.parametrize("text", [
    "Le maire obtiendrait des fonds de l'État pour rénover la digue.",
    "Le club aurait obtenu 3 millions d'euros de la ville en secret.",
    "Avec la fermeture de l'usine, le groupe perdrait 2 000 emplois.",
])
def test_other_conditionals_of_the_verb_stay_reserves(parse, text):
    assert [status for status, _ in claims_of(parse, text)] == ["unverified"]


def test_a_confirmation_not_yet_received_leaves_it_unverified(parse):
    text = "Le maire n'avait toujours pas reçu confirmation de l'arrivée du ministre au salon."
    assert claims_of(parse, text) == [("unverified", "l'arrivée du ministre au salon")]
    assert claims_of(parse, "Sans confirmation de la préfecture, la rumeur enfle.") == []
    assert claims_of(parse, "La mairie a reçu la confirmation de la fermeture du site.") == [
        ("confirmed", "la fermeture du site")]
