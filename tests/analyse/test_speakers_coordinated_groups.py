"""Round 33: two coordinated subjects are one antecedent of a later 'ils' ('Le personnel du dépôt et ses
délégués … , dénoncent-ils'), and a described group joins a named body ('Selon l'Unicef et les
autorités locales'); 'le personnel' speaks as a group. Invented passages."""
import pytest

from analyse_helpers import found


@pytest.mark.parametrize("passage, text, speaker", [
    pytest.param("Des caristes distribuent des tracts. Le personnel du dépôt et ses délégués montent au "
                 "créneau contre le planning. Le texte menace l'emploi, dénoncent-ils.",
                 "Le texte menace l'emploi", "Le personnel du dépôt et ses délégués",
                 id="coordinated-subjects-are-taken-up-together"),
    pytest.param("Selon l'Unicef et les autorités locales, deux cents familles ont été évacuées.",
                 "deux cents familles ont été évacuées", "l'Unicef et les autorités locales",
                 id="a-named-body-and-a-described-group-speak-together"),
    pytest.param("Des caristes distribuent des tracts. Le personnel du dépôt monte au créneau contre le "
                 "planning. Le texte menace l'emploi, dénonce-t-il.",
                 "Le texte menace l'emploi", "Le personnel du dépôt", id="a-lone-subject-stays-alone"),
])
def test_the_quote_goes_to_its_speaker(parse, passage, text, speaker):
    assert found(parse, passage)[text] == speaker
