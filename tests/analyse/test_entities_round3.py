"""Entity classes found on held-out articles: names cut after a preposition, capitalised common
words, a town's people, sports clubs, and one entity written several ways (invented passages)."""
import pytest


def _names(doc):
    return {e.name: e for e in doc._.entities}


def _forms(doc):
    return {m.span.text for e in doc._.entities for m in e.mentions}


@pytest.mark.parametrize("passage, name", [
    ("Le directeur du Bureau des crises sanitaires de l'Unesco, Paul Merle, a parlé à Genève.",
     "Bureau des crises sanitaires de l'Unesco"),
])
def test_name_cut_after_preposition_runs_on(parse, passage, name):
    forms = _forms(parse(passage))
    assert not any(f.endswith("de l'") for f in forms), forms


@pytest.mark.parametrize("passage, word", [
    ("Il faut que les habitants puissent dire : OK, on avance. Martin Duroc a approuvé.", "OK"),
    ("Ce traité marquera un tournant pour nos trois États, a déclaré Hugo Lemaire.", "États"),
    ("Des orages sont attendus au Nord-est et au Sud-Ouest, selon Lucien Bart.", "Nord-est"),
    ("Le musée veut reconquérir le public local, Lyonnais et Grenoblois, a dit Anne Ferry.", "Lyonnais"),
])
def test_capitalised_common_words_are_not_entities(parse, passage, word):
    assert word not in _forms(parse(passage))


def test_town_after_preposition_stays_a_place(parse):
    assert "Calais" in _forms(parse("Le ferry est arrivé à Calais mardi soir."))


def test_people_of_a_country_not_named_is_no_entity(parse):
    doc = parse("Les touristes reviennent : les Américains restent les premiers visiteurs du musée.")
    assert "États-Unis" not in _names(doc)


def test_people_of_a_named_country_is_a_mention(parse):
    doc = parse("Le Canada a voté la loi. Les Canadiens y sont favorables.")
    assert "Canada" in _names(doc)


@pytest.mark.parametrize("passage, club", [
    ("Le match entre l'AS Chambéry et l'US Vernon s'est fini sur un nul.", "AS Chambéry"),
    ("Le Vannes FC a battu ses voisins samedi.", "Vannes FC"),
])
def test_sports_club_is_an_organisation(parse, passage, club):
    entities = _names(parse(passage))
    assert club in entities and entities[club].type == "ORG", entities


@pytest.mark.parametrize("passage, name, variant", [
    ("Les ministres de l'Union européenne (UE) se réunissent. L'UE a tranché.", "Union européenne", "UE"),
    ("Le Parisien a publié l'enquête. Selon le Parisien, elle est close.", "Le Parisien", "Parisien"),
])
def test_variants_of_one_name_are_one_entity(parse, passage, name, variant):
    doc = parse(passage)
    holder = [e for e in doc._.entities if variant in {m.span.text for m in e.mentions}]
    assert len(holder) == 1 and name in {m.span.text for m in holder[0].mentions}, \
        [(e.name, [m.span.text for m in e.mentions]) for e in doc._.entities]
