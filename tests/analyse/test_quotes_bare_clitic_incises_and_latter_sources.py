"""Round 32: a clitic incise inside a quotation with no comma before it ('« … pour la région a-t-il
déclaré. (...) Bravo … »', the quotation opened after a colon) splits it and names the subject of the
narrator's clause before; 'Selon ce dernier' takes up the body named last, whatever the gender its
apposition gave it. Invented passages."""
from analyse_helpers import found


def test_a_clitic_incise_without_a_comma_splits_the_quotation(parse):
    quotes = found(parse, "Le ministre Bruno Lestrade a accueilli les champions : « Vous êtes une source de fierté pour la "
                          "région a-t-il déclaré. (...) Bravo à chacun pour ce parcours. »")
    assert quotes["Vous êtes une source de fierté pour la région"] == "Bruno Lestrade"
    assert set(quotes.values()) == {"Bruno Lestrade"} and len(quotes) == 2


def test_the_latter_is_the_body_named_last(parse):
    quotes = found(parse, "Les loyers sont plus élevés au Luxembourg, selon la Cofral, le régulateur du logement. Selon "
                          "ce dernier, le loyer moyen atteignait 1480 euros en mars.")
    assert quotes["le loyer moyen atteignait 1480 euros en mars"] == "Cofral"
