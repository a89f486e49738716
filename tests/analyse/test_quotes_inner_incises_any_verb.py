"""Round 32: an incise inside a quotation, whatever its verb ('« Nous irons, poursuit-elle, jusqu'au
bout »', '« …, s'enthousiasme le maire, et … »'): the incise names the speaker and splits the quotation,
its words are no quotation text. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, first, second, speaker", [
    ("La maire Anne Roux a reçu les familles. « Nous irons, poursuit-elle, jusqu'au bout de cette procédure. »",
     "Nous irons", "jusqu'au bout de cette procédure.", "Anne Roux"),
    ("« Le chantier avance, s'enthousiasme le maire, et les habitants sont ravis. »",
     "Le chantier avance", "et les habitants sont ravis.", "le maire"),
    ("« Les salariés, explique le délégué syndical, refusent toute baisse de salaire. »",
     "Les salariés", "refusent toute baisse de salaire.", "le délégué syndical"),
])
def test_an_incise_inside_a_quotation_splits_it(parse, passage, first, second, speaker):
    found = {q.span.text: q.speaker for q in parse(passage)._.quotes}
    assert found == {first: speaker, second: speaker}


@pytest.mark.parametrize("passage", [
    "« Si la pluie revient, partiront les touristes, et la saison sera perdue. »",   # a future: no incise
    "« Quand il pleut, tombent les feuilles des arbres sur la route. »",          # things cannot speak
])
def test_an_inversion_of_the_quotation_itself_is_no_incise(parse, passage):
    assert all(q.cue is None for q in parse(passage)._.quotes)
