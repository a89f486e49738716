"""'selon' and 'on': findings cited without an author ('selon les premiers éléments') attribute nothing, a
report's author may be the agent of a participle set after its comma ('d'après les chiffres de la pêche,
diffusés lundi par l'office'), and an impersonal clitic placed in a common-noun body ('ajoute-t-on au centre
de secours') gives the saying to the body the article named with that phrase. Invented passages."""
import pytest


@pytest.mark.parametrize("passage", [
    "Un camion a quitté la route à Varennes. Selon les premiers éléments communiqués, il aurait glissé sur le verglas.",
    "D'après les premières constatations, le conducteur roulait trop vite sur la départementale.",
])
def test_findings_without_author_attribute_nothing(parse, passage):
    assert not parse(passage)._.quotes


def test_findings_with_a_named_author_still_report(quote_of):
    quote = quote_of("Selon les premières constatations de la police de Varennes, le conducteur roulait trop vite.",
                     "le conducteur roulait trop vite")
    assert "police de Varennes" in (quote.speaker or "")


def test_detached_participle_agent_is_the_author(quote_of):
    passage = ("L'emploi syldave a dépassé son niveau d'avant la crise, d'après les derniers chiffres trimestriels "
               "sur l'emploi, diffusés jeudi par l'Office syldave de la statistique.")
    quote = quote_of(passage, "L'emploi syldave a dépassé son niveau d'avant la crise")
    assert quote.speaker == "Office syldave de la statistique"


def test_clitic_on_in_a_named_then_bare_body(quote_of):
    passage = ("Deux voitures se sont heurtées et un passager a été blessé, confirme-t-on au centre de secours "
               "Val-Brenne. Il pleuvait. \"Le choc était très violent\", ajoute-t-on au centre de secours.")
    for text in ("Deux voitures se sont heurtées et un passager a été blessé", "Le choc était très violent"):
        assert "centre de secours Val-Brenne" in (quote_of(passage, text).speaker or "")
