"""The entity recogniser the project ships (src/recoupe/models/fr/ner, trained by `make train-ner`).

The passages are invented and none is in training/ner_fr/passages: each shows a class on
which the installed model alone goes wrong, so these fail if the weights stop loading.
"""
import pytest

from recoupe.analyse.pipeline import model_text, trained_ner


def model_entities(nlp, text: str) -> set[tuple[str, str]]:
    with nlp.select_pipes(enable=["ner"]):
        return {(e.text, e.label_) for e in nlp(model_text(text)).ents}


def test_the_french_pipeline_ships_its_own_recogniser():
    assert trained_ner("fr") is not None and (trained_ner("fr") / "model").is_file()


@pytest.mark.parametrize("text, expected", [
    ("Dans la nuit, l'armée a tiré des missiles Kh-101 et des drones Geran-2 sur Kherson.",
     {("Kh-101", "MISC"), ("Geran-2", "MISC"), ("Kherson", "LOC")}),
    ("Me Sandrine Lefranc a demandé la relaxe devant le tribunal correctionnel de Nîmes.",
     {("Sandrine Lefranc", "PER"), ("tribunal correctionnel de Nîmes", "ORG")}),
    ("Les chasseurs de la Drôme dénoncent un projet de l'Office français de la biodiversité.",
     {("Drôme", "LOC"), ("Office français de la biodiversité", "ORG")}),
])
def test_names_are_whole(nlp, text, expected):
    assert expected <= model_entities(nlp, text)


@pytest.mark.parametrize("text, not_a_name", [
    ("Alerte. Les pompiers du Bas-Rhin sont intervenus dimanche à Sélestat.", "Alerte"),
    ("Le Conseil présidentiel de transition a nommé un nouveau Premier ministre à Port-au-Prince.",
     "Premier ministre à Port-au-Prince"),
])
def test_capitalised_common_words_are_not_names(nlp, text, not_a_name):
    assert not_a_name not in {name for name, _ in model_entities(nlp, text)}
