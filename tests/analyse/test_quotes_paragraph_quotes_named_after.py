"""Round 34: a quotation opening a new paragraph, followed in that paragraph by a sentence about a named
person ('« … » Marco Delacrétaz, chef du service, est formel : …'), is that person's, not the voice of the
paragraph before; a place the sentence before describes is nobody's voice. Invented passages."""


def found(parse, passage):
    return {q.span.text: q.speaker for q in parse(passage)._.quotes}


HAIL = ("Les vignes se relèvent\n\n« Les ceps reprennent des couleurs depuis lundi ». Conseiller à la chambre "
        "d'agriculture, Karl Imhof dresse un bilan encourageant après la grêle. A Morges, les vendanges commencent jeudi.\n\n")


def test_the_person_named_after_the_quotation_speaks(parse):
    quotes = found(parse, HAIL + "« C'est le troisième orage de grêle depuis 1990, un épisode peu commun. » "
                                 "Marco Delacrétaz, vigneron à Féchy, est formel : la récolte sera plus maigre.")
    assert quotes["C'est le troisième orage de grêle depuis 1990, un épisode peu commun."] == "Marco Delacrétaz"
    assert quotes["Les ceps reprennent des couleurs depuis lundi"] == "Karl Imhof"


def test_the_same_without_a_quote_before(parse):
    quotes = found(parse, "Les grêlons ont abîmé un tiers des parcelles, a constaté Karl Imhof.\n\n« C'est un orage "
                          "peu commun pour la saison. » Marco Delacrétaz, vigneron à Féchy, reste prudent.")
    assert quotes["C'est un orage peu commun pour la saison."] == "Marco Delacrétaz"


def test_a_quotation_followed_by_narration_about_nobody_goes_on_with_the_voice(parse):
    quotes = found(parse, HAIL + "« Nous restons prudents pour les prochains jours. » La chaleur devrait revenir.")
    assert quotes["Nous restons prudents pour les prochains jours."] == "Karl Imhof"


def test_a_place_the_sentence_before_describes_does_not_speak(parse):
    quotes = found(parse, "Grêle : les vignes touchées\n\nLe Haut-Lac demeure le district le plus éprouvé par la grêle "
                          "tombée depuis lundi.\n\n« Le torrent charrie moins de boue depuis midi, dans le Haut-Lac ». "
                          "Ingénieur au service des eaux, Paul Roux dresse un bilan rassurant alors que la pluie cesse.")
    assert quotes["Le torrent charrie moins de boue depuis midi, dans le Haut-Lac"] == "Paul Roux"
