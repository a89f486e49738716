"""Where a name the model ran on ends: at the clause's own verb, a counting numeral, a pronoun
opening the next clause, or after the word that completes a closing particle. Hand-built Docs."""
import pytest
from spacy.tokens import Doc

from recoupe.analyse.entity_bounds import clause_run_on, particle_end

PARTICLES = frozenset({"al", "el", "ben", "abou"})


@pytest.fixture
def doc_of(nlp):
    """A Doc on the model's vocabulary (its lexical attributes), with the tags and parse given."""
    def _doc_of(words, pos, deps, heads, spaces=None, morphs=None):
        return Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads, spaces=spaces, morphs=morphs)
    return _doc_of


def test_a_name_ends_before_the_verb_of_its_clause(doc_of):
    # "Collectif des riverains du port" + "proteste": the tagger read the verb as a noun, the parse as root
    doc = doc_of(["Collectif", "des", "riverains", "proteste", "encore"], ["PROPN", "ADP", "NOUN", "NOUN", "ADV"],
                 ["nsubj", "case", "nmod", "ROOT", "advmod"], [3, 2, 0, 3, 3])
    assert clause_run_on(doc, 0, 4) == 3


def test_a_name_ends_before_a_numeral_counting_what_follows(doc_of):
    doc = doc_of(["Amicale", "des", "pêcheurs", "trois", "ans"], ["PROPN", "ADP", "NOUN", "NUM", "NOUN"],
                 ["ROOT", "case", "nmod", "nummod", "obl"], [0, 2, 0, 4, 0])
    assert clause_run_on(doc, 0, 5) == 3


def test_a_name_ends_before_a_pronoun_opening_the_next_clause(doc_of):
    doc = doc_of(["COUR", "Elle", "statue"], ["PROPN", "PRON", "VERB"], ["nsubj", "nsubj", "ROOT"], [2, 2, 2],
                 morphs=["", "Person=3", ""])
    assert clause_run_on(doc, 0, 2) == 1


def test_a_numeral_inside_the_name_stays(doc_of):
    # "Groupe des trois": the numeral hangs inside the name
    doc = doc_of(["Groupe", "des", "trois"], ["PROPN", "ADP", "NUM"], ["ROOT", "case", "nmod"], [0, 2, 0])
    assert clause_run_on(doc, 0, 3) == 3


def test_a_closing_particle_takes_the_word_after_it(doc_of):
    glued = doc_of(["province", "d'", "Al", "-", "Karim", "a"], ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "AUX"],
                   ["ROOT", "case", "nmod", "punct", "flat", "aux"], [0, 2, 0, 2, 2, 0],
                   spaces=[True, False, False, False, True, False])
    assert particle_end(glued, 3, PARTICLES) == 5
    spaced = doc_of(["Ras", "El", "Kebir", "est"], ["PROPN", "PROPN", "PROPN", "AUX"],
                    ["ROOT", "flat", "flat", "cop"], [0, 0, 0, 0])
    assert particle_end(spaced, 2, PARTICLES) == 3
    assert particle_end(spaced, 1, PARTICLES) == 1      # "Ras" is no particle: the name is left as it is
