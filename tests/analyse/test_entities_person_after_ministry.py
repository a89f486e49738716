"""A person's name the model glued to a ministry ("ministère de la Santé" + "Yasmina Haddad") is a
person of its own, and speaks for what they report."""
import pytest

PASSAGE = "Le bilan s'est alourdi à 42 morts, a déclaré la porte-parole du ministère de la {} Yasmina Haddad."


@pytest.mark.parametrize("portfolio", ["Santé", "Défense"])
def test_the_name_after_a_ministry_is_a_person(parse, portfolio):
    doc = parse(PASSAGE.format(portfolio))
    people = [e for e in doc._.entities if e.type == "PERSON"]
    assert [p.name for p in people] == ["Yasmina Haddad"]
    assert doc._.quotes[0].speaker == "Yasmina Haddad"


def test_a_ministry_alone_gives_no_person(parse):
    doc = parse("Le ministère de la Santé Publique a publié un nouveau bilan.")
    assert not [e for e in doc._.entities if e.type == "PERSON"]
