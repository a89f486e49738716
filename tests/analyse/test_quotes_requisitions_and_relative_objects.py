"""Round 32: a prosecutor's requisition is the prosecution's indirect quote, past an adjunct with a
contracted complement ('a requis à l'encontre du prévenu une peine de …'); a relative pronoun as the object
of a cue gives no quote ('la mesure qu'il a annoncée hier'). Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("Le parquet a requis cinq ans de prison contre l'accusé.", "cinq ans de prison contre l'accusé", "Le parquet"),
    ("Le procureur de la République a requis à l'encontre du prévenu une peine de deux ans de prison.",
     "une peine de deux ans de prison", "Le procureur de la République"),
    ("L'avocate générale a requis la réclusion à perpétuité.", "la réclusion à perpétuité", "L'avocate générale"),
])
def test_a_requisition_is_the_prosecutions_report(quote_of, passage, text, speaker):
    quote = quote_of(passage, text)
    assert (quote.speaker, quote.kind) == (speaker, "indirect")


@pytest.mark.parametrize("passage", [
    "La mesure qu'il a annoncée hier entrera en vigueur en janvier.",
    "Les propos qu'il a tenus hier soir ont choqué.",
    "Le plan que le gouvernement a présenté lundi prévoit dix mesures.",
])
def test_a_relative_object_of_a_cue_is_no_quote(parse, passage):
    assert parse(passage)._.quotes == []
