"""Round 37: a cue and its 'que' clause may be parted by several short asides between commas (a day, a
place, a medium); a verb in a later aside is the narrator's clause. Invented."""


def quotes(doc):
    return [(q.span.text, q.speaker) for q in doc._.quotes]


def test_a_day_and_a_medium_between_the_cue_and_que(parse):
    doc = parse("La préfète, Anne Morel, a assuré, vendredi, sur une radio locale, qu'aucune école ne fermerait.")
    assert quotes(doc) == [("aucune école ne fermerait", "Anne Morel")]


def test_three_asides_before_an_infinitive(parse):
    doc = parse("Le maire a affirmé, hier, à Brest, devant la presse, avoir reçu des menaces.")
    assert quotes(doc) == [("avoir reçu des menaces", "Le maire")]


def test_a_later_clause_keeps_its_own_speaker(parse):
    doc = parse("Le maire a affirmé, hier, à Brest, sa confiance, mais son adjoint a estimé que tout allait bien.")
    assert ("tout allait bien", "son adjoint") in quotes(doc)
