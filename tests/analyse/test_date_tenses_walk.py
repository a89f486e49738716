"""The tense walk from a date up to its verb ends on any parse, a mis-tagged copula included."""
from spacy.tokens import Doc

from recoupe.analyse import date_tenses


def _doc(nlp, cop_pos: str) -> Doc:
    # "Le rapport est prêt mardi": the copula of the predicate 'prêt', tagged ``cop_pos``
    return Doc(nlp.vocab, words=["Le", "rapport", "est", "prêt", "mardi"],
               heads=[1, 3, 3, 3, 3], deps=["det", "nsubj", "cop", "ROOT", "obl:mod"],
               pos=["DET", "NOUN", cop_pos, "ADJ", "NOUN"])


def test_a_copula_tagged_as_no_verb_reads_as_no_verb(nlp):
    doc = _doc(nlp, "PRON")
    # no verb anywhere above the date: the walk reaches the root and reads a past account
    assert date_tenses._tenses(doc[4:5], copula=True) == {"Past"}


def test_a_copula_tagged_as_auxiliary_gives_its_tense(nlp):
    doc = _doc(nlp, "AUX")
    doc[2].set_morph("Mood=Ind|Tense=Fut|VerbForm=Fin")
    assert date_tenses._tenses(doc[4:5], copula=True) == {"Fut"}
