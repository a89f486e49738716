"""recoupe_entities on local news: streets and squares, names opening on a capitalised article,
institutions named after a person, inline agency and photo credits, parties and unions."""
from __future__ import annotations

import pytest


def _names(doc):
    return {e.name: e for e in doc._.entities}


def _all_forms(doc):
    return {m.span.text for e in doc._.entities for m in e.mentions}


@pytest.mark.parametrize("text, name, absent", [
    ("Un marché nocturne se tiendra samedi sur la place Honoré-Vasseur, à Cahors.",
     "place Honoré-Vasseur", "Honoré Vasseur"),
    ("Le cortège est parti de la place Gustave Lemaire vers 14 heures.", "place Gustave Lemaire", "Gustave Lemaire"),
    ("Un camion s'est renversé dans la côte de Saint-Alvère, près de Bergerac.", "côte de Saint-Alvère", None),
    ("Les agriculteurs de la plaine d’Artois s'inquiètent de la sécheresse.", "plaine d'Artois", "Artois"),
    ("La boulangerie de la rue de Metz a fermé ses portes.", "rue de Metz", "Metz"),
])
def test_streets_and_land_are_one_place(parse, text, name, absent):
    doc = parse(text)
    entities = _names(doc)
    assert entities[name].type == "LOC"
    assert absent is None or absent not in _all_forms(doc)


def test_one_square_spelled_with_and_without_hyphen(parse):
    doc = parse("Le rassemblement a eu lieu place Honoré Vasseur. Une stèle sera posée place Honoré-Vasseur.")
    squares = [e for e in doc._.entities if e.name.startswith("place")]
    assert len(squares) == 1 and len(squares[0].mentions) == 2


def test_a_position_is_not_a_square(parse):
    doc = parse("Marc Olivier a pris la place de Dupont à la tête du club.")
    assert not any(n.startswith("place") for n in _names(doc))


@pytest.mark.parametrize("text, name", [
    ("Les loyers ont encore augmenté à La Rochelle cette année.", "La Rochelle"),
    ("Le procès de l'héritière de L'Oréal s'ouvre lundi.", "L'Oréal"),
])
def test_a_capitalised_article_belongs_to_the_name(parse, text, name):
    assert name in _all_forms(parse(text))


def test_a_hospital_named_after_someone_mentions_no_person(parse):
    doc = parse("Deux patients sont morts aux urgences de l'hôpital Marie-Dorval, à Lyon.")
    assert not any(e.type == "PERSON" for e in doc._.entities)


@pytest.mark.parametrize("credit", [
    "(Rédigé par Anna Kowalski à Varsovie ; version française Paul Girardin)",
    "(Reportage Emma Lindqvist; version française Hugo Martel, édité par Lise Fournier)",
    "© Radio Sud - Hugo Martel",
])
def test_inline_credits_name_no_entity(parse, credit):
    doc = parse(f"La banque centrale a maintenu son taux directeur inchangé jeudi. {credit}\n\nLes marchés ont salué la décision.")
    assert not any(e.type in ("PERSON", "GPE") for e in doc._.entities)


@pytest.mark.parametrize("text, name, form", [
    ("Le Front national, devenu depuis le RN, a salué la décision.", "Rassemblement national", "Front national"),
    ("Le président de Debout la France a refusé l'alliance.", "Debout la France", "Debout la France"),
    ("La CGT et la FSU appellent à la grève jeudi.", "Fédération syndicale unitaire", "FSU"),
])
def test_parties_and_unions(parse, text, name, form):
    entities = _names(parse(text))
    assert entities[name].type == "ORG" and form in {m.span.text for m in entities[name].mentions}


def test_an_acronym_glued_to_a_word_is_not_the_union(parse):
    doc = parse("Selon Paul Roux, délégué Cadres-FO, la réforme passera.")
    assert "Force ouvrière" not in _names(doc)


@pytest.mark.parametrize("text, name", [
    ("Un conseiller de la présidence ukrainienne, Petro Hordiienko, a démenti.", "Présidence ukrainienne"),
    ("La junte malienne a expulsé l'ambassadeur.", "Junte malienne"),
    ("Le ministère palestinien de la Santé a publié un nouveau bilan.", "Ministère palestinien de la Santé"),
    ("La mairie de Villeneuve a fermé le gymnase.", "mairie de Villeneuve"),
    ("Les gendarmes de la brigade de gendarmerie de Vitré enquêtent.", "brigade de gendarmerie de Vitré"),
    ("Le président de la Métropole Nice-Côte d'Azur a inauguré la ligne.", "Métropole Nice-Côte d'Azur"),
    ("Les sénateurs du groupe La Gauche unie ont voté contre.", "La Gauche unie"),
])
def test_regional_and_national_institutions(parse, text, name):
    assert _names(parse(text))[name].type == "ORG"


def test_a_town_hall_is_not_the_government(parse):
    doc = parse("La mairie de Vienne a réclamé l'état de catastrophe naturelle.")
    assert "Autriche" not in _names(doc)


def test_festival_is_an_event(parse):
    doc = parse("Le jury de la 70e édition du Festival de Deauville a rendu son palmarès.")
    assert _names(doc)["Festival de Deauville"].type == "EVENT"


def test_honorific_with_a_given_name_joins_the_full_name(parse):
    doc = parse("Son directeur général Amadou Kebede Tassew a parlé mercredi. M. Amadou a ajouté qu'il faut agir.")
    person = _names(doc)["Amadou Kebede Tassew"]
    assert "M. Amadou" in {m.span.text for m in person.mentions} and "Amadou" not in _names(doc)


def test_a_title_complement_is_not_a_country(parse):
    doc = parse("Le procureur de la République Yann Kervella a requis deux ans de prison.")
    assert "République" not in _names(doc)


def test_one_name_takes_one_type():
    from recoupe.analyse.coref import _unify_types
    from recoupe.analyse.entity_spans import FULL_NAME, MODEL, Candidate
    guesses = [Candidate(0, 2, "PERSON", "PERSON|Julie Ferrand", "Julie Ferrand", FULL_NAME),
               Candidate(9, 11, "ORG", "ORG|Julie Ferrand", "Julie Ferrand", MODEL),
               Candidate(20, 22, "PERSON", "PERSON|Julie Ferrand", "Julie Ferrand", FULL_NAME),
               Candidate(30, 31, "GPE", "GPE|Brest", "Brest", MODEL)]
    _unify_types(guesses)
    assert [c.type for c in guesses] == ["PERSON", "PERSON", "PERSON", "GPE"]
    assert guesses[1].key == "PERSON|Julie Ferrand"


def test_a_lone_word_on_a_tie_is_not_a_person():
    from recoupe.analyse.coref import _unify_types
    from recoupe.analyse.entity_spans import MODEL, Candidate
    guesses = [Candidate(0, 1, "PERSON", "PERSON|Tombila", "Tombila", MODEL),
               Candidate(9, 10, "GPE", "GPE|Tombila", "Tombila", MODEL)]
    _unify_types(guesses)
    assert {c.key for c in guesses} == {"GPE|Tombila"}
