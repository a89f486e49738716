"""The recogniser's training passages (training/ner_fr) and how they become training examples."""
import importlib.util
import json
from pathlib import Path

import pytest

from recoupe.schema import ENTITY_TYPES

RECIPE = Path(__file__).parents[2] / "training" / "ner_fr"


@pytest.fixture(scope="module")
def prepare():
    spec = importlib.util.spec_from_file_location("prepare_ner", RECIPE / "prepare.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def passages():
    for path in sorted((RECIPE / "passages").glob("*.jsonl")):
        yield from (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def test_every_listed_name_is_typed_and_occurs_as_whole_words(prepare):
    found = list(passages())
    assert len(found) >= 300 and len({p["id"] for p in found}) == len(found)
    for passage in found:
        for surface, type_ in passage["entities"]:
            assert type_ in ENTITY_TYPES, (passage["id"], surface)
            assert prepare.occurrences(prepare.model_text(passage["text"]), surface), (passage["id"], surface)


def test_the_longest_name_wins_and_apostrophes_match_either_way(prepare, nlp):
    passage = {"id": "x", "text": "Le Paris Saint-Germain l’emporte à Paris devant l'Olympique de Marseille.",
               "entities": [["Paris", "GPE"], ["Paris Saint-Germain", "ORG"], ["Olympique de Marseille", "ORG"]]}
    doc, misfits = prepare.tagged(nlp, passage)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Paris Saint-Germain", "ORG"), ("Paris", "LOC"), ("Olympique de Marseille", "ORG")]
    assert misfits == 0


def test_a_surname_alone_keeps_the_honorific_before_it(prepare, nlp):
    passage = {"id": "x", "text": "Mme Clara Vidal a répondu, puis M. Vidal est parti.", "entities": [["Clara Vidal", "PERSON"], ["Vidal", "PERSON"]]}
    doc, _ = prepare.tagged(nlp, passage)
    assert [e.text for e in doc.ents] == ["Clara Vidal", "M. Vidal"]


def test_about_one_passage_in_seven_is_held_out_for_the_dev_file(prepare):
    ids = [p["id"] for p in passages()]
    assert 0.08 < sum(map(prepare.held_out, ids)) / len(ids) < 0.22
