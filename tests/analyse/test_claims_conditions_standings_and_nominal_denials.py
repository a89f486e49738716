"""Claims: a conditional under a condition phrase is no reserve; 'confirmer' a standing or a
trend upholds no statement; a measure opposed in a relative clause is no dispute; nominal and apposed denials qualify their statement."""
import pytest

from analyse_helpers import claims_of


@pytest.mark.parametrize("passage", [
    "En cas de victoire de l'opposition, le pays n'aurait pas été redressé du jour au lendemain.",
    "Au cas où la digue aurait cédé, le quartier aurait été inondé en une heure.",
    "Dans l'hypothèse d'une grève, les trains auraient été supprimés dès lundi.",
    "Dans ce cas de figure, le budget ne serait pas adopté, car la majorité ne serait pas atteinte.",
    "Il gagne dans dix bureaux sur douze, confirmant une tendance lourde.",
    "Des chiffres qui confirment l'engouement autour du festival de Nantes.",
    "L'équipe de Lille confirme son statut de favorite en battant Lens.",
    "Les syndicats dénoncent une réforme que contestent aussi plusieurs maires.",
    "Le rapport préconise un transfert, un projet que contestent une trentaine d'élus.",
    "Après un démenti, le ministre appelle à la prudence.",
])
def test_no_claim(parse, passage):
    assert claims_of(parse, passage) == []


@pytest.mark.parametrize("passage", [
    "Si aucune piste n'est encore confirmée, celle d'un court-circuit ne serait pas écartée à ce stade.",
    "Dans ce cas précis, le suspect aurait été arrêté à Lyon.",
])
def test_a_contrastive_si_or_a_case_at_hand_keeps_a_compound_reserve(parse, passage):
    assert any(status == "unverified" for status, _ in claims_of(parse, passage))


@pytest.mark.parametrize("passage, status, part", [
    ("Le ministre apporte un démenti aux rumeurs selon lesquelles le pays aurait signé un accord secret.",
     "denied", "le pays aurait signé un accord secret"),
    ("Le pays aurait signé un accord. La mairie a opposé un démenti formel à ces informations.",
     "denied", "Le pays aurait signé un accord"),
    ("Le parti affirme que le vote avait été falsifié, une thèse démentie par le conseil constitutionnel.",
     "denied", "le vote avait été falsifié"),
    ("Le préfet a publié un bilan que conteste l'opposition.", "disputed", "un bilan"),
    ("Le ministère a confirmé la mort de deux soldats.", "confirmed", "la mort de deux soldats"),
])
def test_claim(parse, passage, status, part):
    claims = claims_of(parse, passage)
    assert any(s == status and part in text for s, text in claims), claims
