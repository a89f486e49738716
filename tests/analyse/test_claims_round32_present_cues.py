"""Claims, round 32: evidential cues in the present tense ('rien ne prouve que', 'il n'est pas
établi que', 'reste à confirmer') and the sources named in 'selon des sources X'."""
import pytest


def _claims(parse, text):
    return [(c.status, c.span.text, c.source) for c in parse(text)._.claims]


@pytest.mark.parametrize("passage, statement", [
    ("Rien ne prouve que le maire connaissait ces versements.", "le maire connaissait ces versements"),
    ("Il n'est pas établi que la conductrice ait bu avant l'accident.", "la conductrice ait bu avant l'accident"),
    ("Il n'a pas été démontré que ce pesticide était toxique.", "ce pesticide était toxique"),
    ("Rien n'indique pour l'instant que la nappe soit polluée.", "la nappe soit polluée"),
])
def test_a_present_no_proof_cue_qualifies_its_clause(parse, passage, statement):
    assert _claims(parse, passage) == [("no_evidence", statement, None)]


def test_still_to_be_confirmed_qualifies_its_subject(parse):
    assert _claims(parse, "La cause de l'effondrement reste à confirmer.") == \
        [("unverified", "La cause de l'effondrement", None)]


def test_still_to_be_proven_that(parse):
    assert _claims(parse, "Il reste à prouver que l'accusé se trouvait à Nantes.") == \
        [("unverified", "l'accusé se trouvait à Nantes", None)]


def test_a_demonstrative_subject_recalls_the_report_before(parse):
    passage = "Selon un voisin, deux hommes cagoulés ont forcé la porte. Cette version reste à confirmer."
    assert _claims(parse, passage) == [("unverified", "deux hommes cagoulés ont forcé la porte", "un voisin")]


@pytest.mark.parametrize("passage", [
    "Il reste à vérifier si la digue tiendra.",         # a question, nobody's statement
    "Il est établi que la digue a cédé.",               # established: no reserve
])
def test_no_claim_without_a_reserve_on_a_statement(parse, passage):
    assert _claims(parse, passage) == []


@pytest.mark.parametrize("passage, source", [
    ("Selon des sources sécuritaires, les assaillants auraient été une quarantaine.", "des sources sécuritaires"),
    ("Selon des sources hospitalières, le bilan aurait atteint douze morts.", "des sources hospitalières"),
])
def test_sources_named_in_selon_des_sources(parse, passage, source):
    assert [c[2] for c in _claims(parse, passage)] == [source]
