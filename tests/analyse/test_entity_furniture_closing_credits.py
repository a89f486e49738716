"""A name closing a paragraph after its last sentence is a credit, not a name of the story (invented passages)."""
import pytest


def _names(doc):
    return {e.name for e in doc._.entities}


@pytest.mark.parametrize("passage, credit", [
    ("La crue a emporté le pont de Mollens. Les badauds sont venus nombreux. Jeanne Martin\n\nLa pluie reprendra.", "Jeanne Martin"),
    ("Le recueil sortira en mai. L'auteur l'éditera lui-même. (Paul Roux)\nLa suite du programme.", "Paul Roux"),
])
def test_name_after_the_last_sentence_of_a_paragraph_is_a_credit(parse, passage, credit):
    assert credit not in _names(parse(passage))


def test_name_inside_a_sentence_stays(parse):
    doc = parse("Le conseil a élu Jeanne Martin.\nLa séance est levée.")
    assert "Jeanne Martin" in _names(doc)
