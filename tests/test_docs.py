"""The README documents the real CLI: every command it shows exists, every command is shown."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from recoupe.cli import app

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = {c.name or c.callback.__name__ for c in app.registered_commands}
#: the command lines of the README's shell blocks
SHOWN = [line for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S)
         for line in block.splitlines() if line.startswith("recoupe ")]


def test_every_cli_command_is_documented():
    assert {line.split()[1] for line in SHOWN} == COMMANDS


@pytest.mark.parametrize("line", SHOWN)
def test_every_documented_option_exists(cli, line):
    command, *words = line.split("#")[0].split()[1:]
    help_text = cli(command, "--help").stdout
    for option in (w for w in words if w.startswith("--")):
        assert option in help_text, f"{option} of '{line}'"


def test_the_two_setup_commands_open_the_readme():
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block
    assert "make test" in (Path(__file__).parents[1] / ".ci" / "run").read_text(encoding="utf-8")
