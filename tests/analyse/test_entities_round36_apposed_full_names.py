"""A full name opening a line before an apposition naming a role is one person, where the recogniser
cut its given name off or missed it (invented passages)."""
from recoupe.analyse.entities import _builder
from recoupe.analyse.entity_candidate import MODEL, Candidate
from recoupe.analyse.entity_rosters import apposed_people

TEXT = "Le site fermera.\n\nGaston Vidal, élu CGT et secrétaire du comité, n'est pas surpris."


def _people(doc, candidates) -> set[str]:
    found = apposed_people(doc, candidates, _builder(doc, "PERSON", 4))
    return {c.name for c in found if c.type == "PERSON"}


def test_given_name_the_model_left_out_joins_the_surname(parse):
    doc = parse(TEXT)
    surname = next(t.i for t in doc if t.text == "Vidal")
    cut = Candidate(surname, surname + 1, "ORG", "ORG|Vidal", "Vidal", MODEL)
    assert _people(doc, [cut]) == {"Gaston Vidal"}


def test_missed_full_name_is_added_but_not_the_preposition_before_it(parse):
    assert _people(parse(TEXT), []) == {"Gaston Vidal"}
    doc = parse("Selon Joseph Tamba, porte-parole de la garnison, les maisons ont brûlé.")
    assert "Selon Joseph Tamba" not in _people(doc, [])
