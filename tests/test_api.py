"""The Python API: recoupe.analyse and recoupe.open_store give the CLI's objects."""
from __future__ import annotations

import importlib

import pytest

import recoupe
from recoupe.schema import Document, to_contract
from recoupe.store import StoreError

TEXT = ("Le port d'Oslo sous surveillance\n\n"
        "Le ministre norvégien de la Défense, Erik Haugland, a déclaré mardi que plus de 20 drones "
        "avaient été abattus près de la côte.\n\n"
        "« Nous restons vigilants », a-t-il ajouté.\n")


def test_analyse_returns_a_document_whose_items_point_into_the_text():
    doc = recoupe.analyse(TEXT, published="2024-03-14")
    assert isinstance(doc, Document)
    assert doc.title == "Le port d'Oslo sous surveillance"
    items = doc.quotes + doc.figures + doc.dates + [m for e in doc.entities for m in e.mentions]
    assert items
    for item in items:
        span = item.span
        assert TEXT[span.start:span.end] == span.text


def test_analyse_resolves_dates_against_the_publication_date():
    doc = recoupe.analyse(TEXT, published="2024-03-14")           # a Thursday
    assert {(d.span.text, d.value) for d in doc.dates} >= {("mardi", "2024-03-12")}
    undated = recoupe.analyse(TEXT)
    assert all(d.value is None for d in undated.dates if d.span.text == "mardi")


def test_open_store_reads_what_the_cli_stored(store, store_path):
    opened = recoupe.open_store(store_path)
    ours = {d.doc: to_contract(d) for d in opened.documents()}
    assert ours["port_de_varna.txt"] == to_contract(store.get("port_de_varna.txt"))
    assert ours["port_de_varna.txt"]["quotes"]


def test_open_store_refuses_a_missing_file(tmp_path):
    with pytest.raises(StoreError):
        recoupe.open_store(tmp_path / "absent.db")


def test_analyse_stays_the_function_after_the_subpackage_is_imported():
    importlib.import_module("recoupe.analyse.entities")
    assert callable(recoupe.analyse)
