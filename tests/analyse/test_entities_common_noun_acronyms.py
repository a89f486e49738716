"""Round 32: an acronym that spells a common-noun phrase in brackets is no organisation (unless the
phrase is headed by an organisation's noun); listed common-noun acronyms and hyphenated fuel grades
are no names either. Passages written for the project."""
import pytest

from analyse_helpers import types_by_name


@pytest.mark.parametrize("text, acronym", [
    ("L'impôt sur la fortune immobilière (IFI) rapporte peu. L'IFI sera réformé, selon Bercy.", "IFI"),
    ("Le prix de l'allocation de rentrée scolaire (ARS) augmente. L'ARS sera versée mardi.", "ARS"),
])
def test_an_acronym_of_a_common_noun_phrase_is_no_organisation(parse, text, acronym):
    assert acronym not in types_by_name(parse(text))


@pytest.mark.parametrize("text, acronym", [
    ("Selon l'agence régionale de santé (ARS), le virus recule. L'ARS reste prudente.", "ARS"),
    ("Le comité de suivi du littoral (CSL) se réunit. Le CSL a rendu son avis.", "CSL"),
])
def test_an_acronym_of_an_organisations_phrase_stays(parse, text, acronym):
    names = types_by_name(parse(text))
    assert any(t == "ORG" for t in names.values()), names


@pytest.mark.parametrize("text, code", [
    ("Le gouvernement a promis une baisse de TVA sur l'énergie.", "TVA"),
    ("Le prix du SP-95 a baissé dans 2 600 stations.", "SP-95"),
    ("Le port a reçu 12 milliards de m3 de GNL l'hiver dernier.", "GNL"),
])
def test_listed_codes_are_no_names(parse, text, code):
    assert code not in types_by_name(parse(text))
