"""Round 34: a quotation opening a new paragraph, followed in that paragraph by a sentence about a named
person ('« … » Marco Delacrétaz, chef du service, est formel : …'), is that person's, not the voice of the
paragraph before; a place the sentence before describes is nobody's voice. Invented passages."""
import pytest

from analyse_helpers import found


HAIL = ("Les vignes se relèvent\n\n« Les ceps reprennent des couleurs depuis lundi ». Conseiller à la chambre "
        "d'agriculture, Karl Imhof dresse un bilan encourageant après la grêle. A Morges, les vendanges commencent jeudi.\n\n")


def test_the_person_named_after_the_quotation_speaks(parse):
    quotes = found(parse, HAIL + "« C'est le troisième orage de grêle depuis 1990, un épisode peu commun. » "
                                 "Marco Delacrétaz, vigneron à Féchy, est formel : la récolte sera plus maigre.")
    assert quotes["C'est le troisième orage de grêle depuis 1990, un épisode peu commun."] == "Marco Delacrétaz"
    assert quotes["Les ceps reprennent des couleurs depuis lundi"] == "Karl Imhof"


@pytest.mark.parametrize("passage, text, speaker", [
    pytest.param("Les grêlons ont abîmé un tiers des parcelles, a constaté Karl Imhof.\n\n« C'est un orage "
                 "peu commun pour la saison. » Marco Delacrétaz, vigneron à Féchy, reste prudent.",
                 "C'est un orage peu commun pour la saison.", "Marco Delacrétaz", id="the-same-without-a-quote-before"),
    pytest.param(HAIL + "« Nous restons prudents pour les prochains jours. » La chaleur devrait revenir.",
                 "Nous restons prudents pour les prochains jours.", "Karl Imhof",
                 id="a-quotation-followed-by-narration-about-nobody-goes-on-with-the-voice"),
    pytest.param("Grêle : les vignes touchées\n\nLe Haut-Lac demeure le district le plus éprouvé par la grêle "
                 "tombée depuis lundi.\n\n« Le torrent charrie moins de boue depuis midi, dans le Haut-Lac ». "
                 "Ingénieur au service des eaux, Paul Roux dresse un bilan rassurant alors que la pluie cesse.",
                 "Le torrent charrie moins de boue depuis midi, dans le Haut-Lac", "Paul Roux",
                 id="a-place-the-sentence-before-describes-does-not-speak"),
])
def test_the_quote_goes_to_its_speaker(parse, passage, text, speaker):
    assert found(parse, passage)[text] == speaker
