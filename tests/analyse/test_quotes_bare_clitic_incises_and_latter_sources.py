"""Round 32: a clitic incise inside a quotation with no comma before it ('« … de nos succès a-t-il
déclaré. (...) Merci … »', the quotation opened after a colon) splits it and names the subject of the
narrator's clause before; 'Selon ce dernier' takes up the body named last, whatever the gender its
apposition gave it. Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


def test_a_clitic_incise_without_a_comma_splits_the_quotation(parse):
    quotes = found(parse, "Le ministre Paul Roux a reçu les lauréats : « Vous êtes un chaînon essentiel de nos succès "
                          "a-t-il déclaré. (...) Merci de porter haut les couleurs de l'industrie. »")
    assert quotes["Vous êtes un chaînon essentiel de nos succès"] == "Paul Roux"
    assert set(quotes.values()) == {"Paul Roux"} and len(quotes) == 2


def test_the_latter_is_the_body_named_last(parse):
    quotes = found(parse, "Les prix sont plus bas en Belgique, selon la Creg, le régulateur de l'énergie. Selon ce "
                          "dernier, la facture annuelle moyenne était de 1170 euros en août.")
    assert quotes["la facture annuelle moyenne était de 1170 euros en août"] == "Creg"
