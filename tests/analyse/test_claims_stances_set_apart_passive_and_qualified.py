"""Claims of confirmation and denial found by the round-28 coverage audit: a participle marker on a
statement set apart from its clause (', une somme contestée par X', 'selon une information confirmée
par X', 'Le décès de X, confirmé par Y,'), passive denials ('les accusations de X ont été démenties'),
'qualifier de faux', a second clause cut off, and what is no stance (a negated denial, an opposed
measure, a plain qualification, an admission put as 'reconnaître que')."""
import pytest

from analyse_helpers import claims_of


@pytest.mark.parametrize("passage, status, statement", [
    ("Le directeur du port a démissionné, selon une information confirmée par la préfecture.",
     "confirmed", "Le directeur du port a démissionné"),
    ("Selon des informations confirmées par le parquet, le suspect a été placé en garde à vue.",
     "confirmed", "le suspect a été placé en garde à vue"),
    ("Le décès du chanteur, confirmé par sa famille, a ému tout le pays.", "confirmed", "Le décès du chanteur"),
    ("« Oui, le site fermera », a confirmé à l'AFP le directeur.", "confirmed", "Oui, le site fermera"),
    ("Le président a confirmé sa venue à Lyon mardi.", "confirmed", "sa venue à Lyon mardi"),
    ("L'expert chiffre les dégâts à 80 000 euros, une somme contestée par l'assureur.",
     "disputed", "L'expert chiffre les dégâts à 80 000 euros"),
    ("Le couvre-feu aurait été levé à minuit, une information démentie par la préfecture.",
     "denied", "Le couvre-feu aurait été levé à minuit"),
    ("Les accusations de l'ONG ont été démenties par l'armée.", "denied", "Les accusations de l'ONG"),
    ("Moscou a démenti jeudi avoir visé des infrastructures civiles.", "denied", "avoir visé des infrastructures civiles"),
])
def test_the_stance_qualifies_the_statement_it_is_about(parse, passage, status, statement):
    assert (status, statement) in claims_of(parse, passage)


def test_the_agent_of_an_attributed_confirmation_is_the_source(parse):
    claims = parse("Le directeur du port a démissionné, selon une information confirmée par la préfecture.")._.claims
    assert [c.source for c in claims] == ["la préfecture"]


@pytest.mark.parametrize("passage, statement", [
    ("Le gouvernement qualifie de fausses les informations publiées par le journal.",
     "les informations publiées par le journal"),
    ("La présidente a qualifié ces accusations de mensongères.", "ces accusations"),
    ("Le parquet accuse le maire de favoritisme. L'élu les a qualifiées de fantaisistes.", "le maire de favoritisme"),
])
def test_what_is_called_false_is_denied(parse, passage, statement):
    assert claims_of(parse, passage) == [("denied", statement)]


def test_a_second_clause_carries_its_own_stance(parse):
    passage = "Le ministère dément toute frappe sur l'hôpital et conteste le bilan avancé par l'ONG."
    assert claims_of(parse, passage) == [("denied", "toute frappe sur l'hôpital"), ("disputed", "le bilan avancé par l'ONG")]


@pytest.mark.parametrize("passage", [
    "Il ne nie pas avoir été tenté par un départ à l'étranger.",
    "L'avocat n'a pas démenti la rencontre entre les deux hommes.",
    "Les élus contestent la fermeture de la maternité.",
    "Le syndicat a qualifié la réunion de constructive.",
    "Le préfet a reconnu que deux captages d'eau potable avaient été contaminés.",
    "Le conseil a confirmé Marie Dubois à la présidence.",
])
def test_no_stance_on_a_statement(parse, passage):
    assert claims_of(parse, passage) == []


def test_a_negated_passive_confirmation_confirms_nothing(parse):
    claims = claims_of(parse, "Si aucune thèse n'est confirmée, celle-ci ne serait pas exclue.")
    assert not [c for c in claims if c[0] == "confirmed"]
