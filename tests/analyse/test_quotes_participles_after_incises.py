"""Round 33: a present participle after a postposed incise ('« … », a indiqué le ministère, précisant que …')
goes on with the incise's speaker, whichever verb of the quotation the parse hangs it on. Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def test_a_participle_after_the_incise_of_a_quotation_is_the_incise_speaker(parse):
    quotes = found(parse, "« Deux grues ont été endommagées », a indiqué la capitainerie dans un message, ajoutant "
                          "que l'incident s'est produit dans la nuit.")
    assert quotes["l'incident s'est produit dans la nuit"] == "la capitainerie"


def test_the_same_after_an_unmarked_report(parse):
    quotes = found(parse, "Deux grues ont été endommagées, a indiqué la capitainerie dans un message, ajoutant que "
                          "l'incident s'est produit dans la nuit.")
    assert quotes["l'incident s'est produit dans la nuit"] == "la capitainerie"


def test_a_participle_with_its_own_subject_keeps_it(parse):
    quotes = found(parse, "« Les quais rouvriront lundi », a assuré la directrice. Le syndicat a réagi dans la soirée, "
                          "estimant que les dockers devaient être indemnisés.")
    assert quotes["les dockers devaient être indemnisés"] == "Le syndicat"
