"""Round 32: 'X l'avait indiqué : « fragment », clause' — a verbless quoted fragment after the colon and a
clause of its own after the comma are one mixed report of X; a quoted sentence, a cue after the quotation
or a clause the narrator goes on with leave the quotation alone. Invented passages."""
import pytest


@pytest.mark.parametrize("passage, text, speaker", [
    ("Le ministre l'avait indiqué : « pas question de céder », les retraites ne bougeront pas.",
     "« pas question de céder », les retraites ne bougeront pas", "Le ministre"),
    ("Le maire l'a répété : « pas de hausse d'impôts », la commune tiendra son budget.",
     "« pas de hausse d'impôts », la commune tiendra son budget", "Le maire"),
])
def test_a_fragment_and_its_clause_are_one_mixed_report(parse, passage, text, speaker):
    quotes = parse(passage)._.quotes
    assert [(q.span.text, q.kind, q.speaker) for q in quotes] == [(text, "mixed", speaker)]


@pytest.mark.parametrize("passage, text", [
    ("Le maire a déclaré : « Nous ne céderons pas », a-t-il ajouté.", "Nous ne céderons pas"),
    ("Le maire l'a dit : « pas de hausse », puis il a quitté la salle sous les huées, a rapporté un témoin.",
     "pas de hausse"),
])
def test_otherwise_the_quotation_stays_direct(parse, passage, text):
    quotes = parse(passage)._.quotes
    assert [(q.span.text, q.kind) for q in quotes] == [(text, "direct")]
