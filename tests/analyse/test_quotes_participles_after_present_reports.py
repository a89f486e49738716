"""Round 34: a present participle after the que-clause of a reporting verb in the present ('X espère que …,
ajoutant que …') goes on with that verb's subject, whichever verb of the clause the parse hangs it on.
Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def test_a_participle_after_a_present_report_is_its_speaker(parse):
    quotes = found(parse, "La ministre de la Culture, Hélène Varin, était à Rennes jeudi.\n\nLa ministre espère que "
                          "les discussions engagées entre les éditeurs et les plateformes aboutiront rapidement, ajoutant "
                          "que le gouvernement est en « dialogue constant » avec les deux camps.")
    assert quotes["le gouvernement est en « dialogue constant » avec les deux camps"] == "Hélène Varin"


def test_the_same_after_a_past_report(parse):
    quotes = found(parse, "Le maire Paul Kervel a affirmé que les travaux du stade commenceront en mars, précisant "
                          "que la facture restera sous les deux millions.")
    assert quotes["la facture restera sous les deux millions"] == "Paul Kervel"


def test_a_participle_of_the_narration_keeps_its_own_subject(parse):
    quotes = found(parse, "Le syndicat juge que la direction ment. Les salariés ont voté la grève lundi, estimant "
                          "que leurs primes devaient être rétablies.")
    assert quotes["leurs primes devaient être rétablies"] == "Les salariés"
