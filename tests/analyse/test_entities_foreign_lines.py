"""Round 32: a line in English (a photo caption, a wire line left untranslated) gives no entities;
a French line quoting an English title keeps its names. Passages written for the project."""
import pytest


def _names(doc):
    return {e.name for e in doc._.entities}


@pytest.mark.parametrize("text, foreign", [
    ("Les secours sont intervenus à Vernaz.\nFirefighters work at the scene of a fire in Orlac on July 3. "
     "(Photo by Tom Kettle)\nLe feu a été maîtrisé dans la nuit.", {"Orlac", "Tom Kettle"}),
    ("Le sommet s'est tenu à Vernaz.\nCommission President Ilse Marten speaks during a press conference "
     "in Dorval.\nLes dirigeants ont trouvé un accord.", {"Ilse Marten", "Dorval"}),
])
def test_an_english_line_gives_no_entities(parse, text, foreign):
    names = _names(parse(text))
    assert "Vernaz" in names and not names & foreign, names


def test_a_french_line_with_an_english_title_keeps_its_names(parse):
    names = _names(parse("Selon le rapport « State of the Climate » publié par Ilse Marten à Dorval, "
                         "les températures ont encore augmenté l'an dernier dans toute la région."))
    assert "Ilse Marten" in names, names
