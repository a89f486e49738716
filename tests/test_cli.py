"""The real `recoupe` command, run in-process against real SQLite files."""
from __future__ import annotations

import json

import pytest

COMMANDS = ["ingest", "export", "show", "quotes", "claims", "figures", "entities", "dates", "stats"]


def count_documents(cli, db) -> int:
    return json.loads(cli("stats", "--db", db, "--json").stdout)["documents"]


def test_ingesting_twice_adds_nothing(cli, articles, tmp_path):
    db = tmp_path / "s.db"
    first = cli("ingest", articles, "--db", db, "--json")
    second = cli("ingest", articles, "--db", db, "--json")
    assert first.exit_code == second.exit_code == 0
    assert json.loads(first.stdout)["added"] == 4
    assert json.loads(second.stdout)["added"] == 0
    assert json.loads(second.stdout)["duplicates"] == 4
    assert count_documents(cli, db) == 4


@pytest.mark.parametrize("name,content,reason", [
    ("binaire.txt", b"\x00\x01\x02\xff\xfe PNG\x00\x00", "binary"),
    ("vide.txt", b"  \n\n", "empty"),
    ("casse.jsonl", b'{"doc": "a", "text": "Un texte."\n', "JSON"),
])
def test_bad_input_is_skipped_named_and_stores_nothing(cli, articles, tmp_path, name, content, reason):
    db = tmp_path / "s.db"
    assert cli("ingest", articles / "port_de_varna.txt", "--db", db).exit_code == 0
    bad = tmp_path / name
    bad.write_bytes(content)
    result = cli("ingest", bad, articles / "aide_finlande.txt", "--db", db)
    assert result.exit_code == 1
    assert name in result.stderr and reason in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert count_documents(cli, db) == 2


def test_an_unreadable_path_is_named(cli, articles, tmp_path):
    result = cli("ingest", tmp_path / "absent.txt", "--db", tmp_path / "s.db")
    assert result.exit_code == 1
    assert "absent.txt" in result.stderr


def test_stdin_is_read(cli, articles, tmp_path):
    text = "Une brève sur Oslo\n\nLe gouvernement norvégien a déclaré lundi que 3 navires avaient été envoyés.\n"
    result = cli("ingest", "-", "--db", tmp_path / "s.db", "--json", input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["added"] == 1


def test_export_writes_one_contract_object_per_document(cli, articles, store_path, tmp_path):
    out = tmp_path / "export.jsonl"
    assert cli("export", "--db", store_path, "--format", "jsonl", "--out", out).exit_code == 0
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(d["doc"] for d in docs) == ["aide_finlande.txt", "broken-line-follows",
                                             "exercice-baltique", "port_de_varna.txt"]
    required = {"doc", "title", "published", "author", "language", "text", "entities", "quotes",
                "claims", "quantities", "dates"}
    assert all(required <= set(d) for d in docs)


def test_export_refuses_an_unknown_format(cli, articles, store_path, tmp_path):
    result = cli("export", "--db", store_path, "--format", "xml", "--out", tmp_path / "x")
    assert result.exit_code == 2
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("args,code", [
    (["show", "nulle-part.txt"], 3),
    (["quotes"], 4),
])
def test_exit_codes_say_what_went_wrong(cli, articles, store_path, tmp_path, args, code):
    db = store_path if code == 3 else tmp_path / "absent.db"
    result = cli(*args, "--db", db)
    assert result.exit_code == code
    assert result.stderr.startswith("recoupe: ")


def test_quotes_filtered_by_speaker(cli, articles, store_path):
    rows = json.loads(cli("quotes", "--speaker", "stanev", "--db", store_path, "--json").stdout)
    assert rows, "the Bulgarian minister is quoted in port_de_varna.txt"
    assert all("Stanev" in r["speaker"] for r in rows)
    assert all(r["doc"] == "port_de_varna.txt" for r in rows)


def test_figures_filtered_by_unit(cli, articles, store_path):
    rows = json.loads(cli("figures", "--unit", "drone", "--db", store_path, "--json").stdout)
    assert [(r["value"], r["qualifier"]) for r in rows] == [(12, "more_than")]
    assert "12 drones" in rows[0]["sentence"]["text"]


def test_show_lists_the_document_and_its_items(cli, articles, store_path):
    result = cli("show", "port_de_varna.txt", "--db", store_path, "--json")
    doc = json.loads(result.stdout)
    assert doc["title"].startswith("La Bulgarie renforce")
    assert doc["author"] == "Irina Petrova" and doc["published"] == "2024-03-14"
    assert "Facebook" not in doc["text"] and "Leave a Comment" not in doc["text"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(cli, articles, command):
    result = cli(command, "--help")
    assert result.exit_code == 0
    assert "--db" in result.stdout or command == "ingest" and "--db" in result.output
