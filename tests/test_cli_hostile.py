"""Articles written to attack the reader: the CLI prints them as plain text, always."""
from __future__ import annotations

import json

import pytest

ESC = "\x1b"
HOSTILE = (f"Alerte [/quote] sur le port{ESC}]0;titre volé\x07\n\n"
           f"Le préfet a déclaré mardi que « [bold]40[/bold] bateaux{ESC}[2J ont été saisis » à Brest, "
           f"selon la [link=https://piege.example]préfecture[/link].{ESC}]52;c;ZWNobyBwd25lZA=={ESC}\\\n")


@pytest.fixture(scope="module")
def hostile_db(cli, tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile") / "s.db"
    path = db.parent / "piege.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    assert cli("ingest", path, "--db", db).exit_code == 0
    return db


@pytest.mark.parametrize("command", [["show", "piege.txt"], ["quotes"], ["figures"], ["dates"], ["entities"],
                                     ["claims"], ["stats"]])
def test_listings_print_article_text_without_acting_on_the_terminal(cli, hostile_db, command):
    result = cli(*command, "--db", hostile_db)
    assert result.exit_code == 0, result.output
    assert ESC not in result.stdout and "\x07" not in result.stdout


def test_markup_in_an_article_is_printed_literally(cli, hostile_db):
    shown = cli("show", "piege.txt", "--db", hostile_db).stdout
    assert "[/quote]" in shown and "[bold]40[/bold]" in shown
    assert "␛]52" in shown                 # the clipboard write is shown, not performed


def test_json_output_escapes_controls_and_keeps_the_text(cli, hostile_db):
    result = cli("quotes", "--json", "--db", hostile_db)
    assert ESC not in result.stdout
    assert any("[bold]40[/bold]" in q["span"]["text"] for q in json.loads(result.stdout))


def test_a_5000_digit_number_never_makes_invalid_json(cli, tmp_path):
    path = tmp_path / "chiffres.txt"
    path.write_text(f"Le ministère a recensé {'9' * 5000} incidents dans la région, selon un rapport.\n",
                    encoding="utf-8")
    assert cli("ingest", path, "--db", tmp_path / "s.db").exit_code == 0
    exported = cli("export", "--db", tmp_path / "s.db").stdout
    document = json.loads(exported, parse_constant=lambda name: pytest.fail(f"{name} in the export"))
    assert all(q["value"] is None or q["value"] < 1e16 for q in document["quantities"])
