"""Round 34: a quotation opening a new paragraph, followed in that paragraph by a sentence about a named
person ('« … » Marco Delacrétaz, chef du service, est formel : …'), is that person's, not the voice of the
paragraph before. Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


FLOOD = ("La rivière retrouve son lit\n\n« La Sarre retrouve un niveau presque normal ce mercredi soir ». Membre du service cantonal des eaux, "
         "Karl Imhof dresse un bilan rassurant alors que la pluie cesse. A Sion, le débit a baissé dans la nuit.\n\n")


def test_the_person_named_after_the_quotation_speaks(parse):
    quotes = found(parse, FLOOD + "« C'est la quatrième plus forte crue mesurée depuis 1970, un épisode plutôt rare. » "
                                  "Marco Delacrétaz, chef du service cantonal des eaux, est formel : les orages ont "
                                  "provoqué des crues exceptionnelles.")
    assert quotes["C'est la quatrième plus forte crue mesurée depuis 1970, un épisode plutôt rare."] == "Marco Delacrétaz"
    assert quotes["La Sarre retrouve un niveau presque normal ce mercredi soir"] == "Karl Imhof"


def test_the_same_without_a_quote_before(parse):
    quotes = found(parse, "Le débit a baissé dans la nuit, a constaté Karl Imhof.\n\n« C'est une crue plutôt rare "
                          "pour la saison. » Marco Delacrétaz, chef du service des eaux, reste prudent.")
    assert quotes["C'est une crue plutôt rare pour la saison."] == "Marco Delacrétaz"


def test_a_quotation_followed_by_narration_about_nobody_goes_on_with_the_voice(parse):
    quotes = found(parse, FLOOD + "« Nous restons prudents pour les prochains jours. » La décrue devrait se poursuivre.")
    assert quotes["Nous restons prudents pour les prochains jours."] == "Karl Imhof"
