"""An incise after a quotation and its comma is a cue whatever its verb: outlets vary it far
beyond any lexicon ('a attaqué', 'tacle-t-il', 's'enthousiasme'). Invented passages."""
import pytest

_OPENING = "Julie Caron, maire de Lormes, ne décolère pas. "


@pytest.mark.parametrize("incise", [
    "a attaqué l'élue Julie Caron",
    "tacle-t-elle",
    "a-t-elle taclé",
    "s'emporte Julie Caron",
    "grince la maire",
    "a cinglé Julie Caron",
])
def test_incise_verb_outside_the_lexicon_is_a_cue(quote_of, incise):
    passage = _OPENING + f"« Ce projet a été mal ficelé du début à la fin », {incise}."
    quote = quote_of(passage, "Ce projet a été mal ficelé du début à la fin")
    assert quote.kind == "direct"
    assert "Caron" in (quote.speaker or "")


@pytest.mark.parametrize("passage", [
    # a participle with no subject after it describes the quoted title, it reports nothing
    "« Les Ombres du port », sorti en 2019, a attiré peu de spectateurs à Brest.",
    # the subject comes first: a narrator's clause, not an incise
    "« Le Refuge », le restaurant de Paul Brun, a fermé ses portes en mars.",
    # the subject stands before the quotation: the verb after it is the main clause's, with its object
    "Les gardes-côtes, après avoir appelé au « calme », dépêchaient un navire vers le port.",
    # a present participle after the quotation goes on with the narration
    "Des élus ont brandi des pancartes « non au péage », provoquant une suspension de séance.",
    # a plural verb cannot have the singular noun after it for subject
    "Les gardes-côtes, alertés d'une « urgence », dépêchaient un navire vers le port.",
])
def test_no_incise_without_an_inverted_subject(parse, passage):
    doc = parse(passage)
    assert not [q for q in doc._.quotes if q.cue is not None and q.cue.text in ("sorti", "a fermé", "dépêchaient", "provoquant")]
