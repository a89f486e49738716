"""The JSON Lines export keeps to CONTRACT.md and points back into the original text."""
from __future__ import annotations

import io
import json

import pytest

from recoupe.schema import CLAIM_STATUSES, ENTITY_TYPES, FIGURE_EVENTS, QUALIFIERS, QUOTE_KINDS
from recoupe.serve.export import write_jsonl

VOCABULARIES = [("entities", "type", ENTITY_TYPES), ("quotes", "kind", QUOTE_KINDS),
                ("claims", "status", CLAIM_STATUSES), ("quantities", "qualifier", QUALIFIERS),
                ("quantities", "event", FIGURE_EVENTS)]


@pytest.fixture(scope="module")
def exported(store):
    buffer = io.StringIO()
    count = write_jsonl(store.documents(), buffer)
    lines = buffer.getvalue().splitlines()
    assert count == len(lines)
    originals = {d.doc: d.original for d in store.documents()}
    return [(json.loads(line), originals) for line in lines]


def test_every_string_is_an_exact_substring_at_its_offsets(exported):
    for doc, originals in exported:
        original = originals[doc["doc"]]
        for key in ("quotes", "claims", "quantities", "dates"):
            for item in doc[key]:
                assert original[item["start"]:item["end"]] == item["text"]
        for entity in doc["entities"]:
            for (start, end) in entity["offsets"]:
                assert original[start:end] in entity["mentions"]
        for quote in doc["quotes"]:
            assert quote["cue"] is None or quote["cue"] in original


@pytest.mark.parametrize("key,field,allowed", VOCABULARIES)
def test_values_come_from_the_contract_vocabularies(exported, key, field, allowed):
    values = [item[field] for doc, _ in exported for item in doc[key]]
    assert set(values) <= set(allowed)


def test_the_title_is_not_repeated_in_the_text(exported):
    for doc, _ in exported:
        if doc["title"]:
            assert doc["title"] not in doc["text"]
