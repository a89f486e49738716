"""A present participle glued to an object inside the clause a postposed cue closes ('…, où l'armée mène
des raids affirmant viser X, a annoncé le ministère'): its content stops before the cue, its speaker is the
subject of the verb whose object it follows, and the postposed cue keeps its own report. Invented passages."""
import pytest

PASSAGES = [
    ("Un soldat a été tué dans le nord du pays jeudi, où la Syldavie mène régulièrement des frappes "
     "affirmant viser la milice, a annoncé le ministère syldave de la Santé.",
     "viser la milice", "Syldavie", "ministère"),
    ("Deux fermes ont brûlé près de Varennes lundi, où les rebelles lancent souvent des raids affirmant "
     "punir les traîtres, a indiqué la préfecture de la région.",
     "punir les traîtres", "rebelles", "préfecture"),
]


@pytest.mark.parametrize("passage, said, actor, body", PASSAGES)
def test_participle_content_stops_before_the_postposed_cue(quote_of, passage, said, actor, body):
    quote = quote_of(passage, said)
    assert actor in (quote.speaker or "")


@pytest.mark.parametrize("passage, said, actor, body", PASSAGES)
def test_postposed_cue_keeps_the_clause_before_it(parse, passage, said, actor, body):
    quotes = parse(passage)._.quotes
    main = next(q for q in quotes if q.span.start == 0)
    assert body in (main.speaker or "").lower()
    assert main.cue is not None and main.cue.text.startswith("a ")
