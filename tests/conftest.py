"""Session fixtures shared by every test: the real pipeline, a real store, the real CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Iterator, Optional

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from click.testing import Result
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

from recoupe.analyse.pipeline import load_nlp, prepare
from recoupe.cli import app
from recoupe.store import Store


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full French pipeline with every recoupe extractor (loaded once)."""
    return load_nlp("fr")


@pytest.fixture(scope="session")
def parse(nlp) -> Callable[..., Doc]:
    """Analyse a passage as the pipeline does: parse("texte", published="2022-10-20")."""
    def _parse(text: str, published: Optional[str] = None) -> Doc:
        doc = prepare(nlp, text)
        doc._.published = published
        return nlp(doc)
    return _parse


@pytest.fixture(scope="session")
def quote_of(parse) -> Callable[..., object]:
    """The quote of ``passage`` whose content is exactly ``text`` (fails, listing what was found)."""
    def _quote_of(passage: str, text: str, published: Optional[str] = None):
        quotes = parse(passage, published=published)._.quotes
        found = next((q for q in quotes if q.span.text == text), None)
        assert found is not None, [q.span.text for q in quotes]
        return found
    return _quote_of


ARTICLES = Path(__file__).parent / "data" / "articles"


@pytest.fixture(scope="session")
def articles() -> Path:
    """The folder of test articles written for the project (.txt and .jsonl)."""
    return ARTICLES


@pytest.fixture(scope="session")
def cli() -> Callable[..., Result]:
    """Run the real `recoupe` command in-process: cli("stats", "--db", path)."""
    runner = CliRunner()

    def _cli(*args: object, input: Optional[str | bytes] = None) -> Result:
        return runner.invoke(app, [str(a) for a in args], input=input)
    return _cli


@pytest.fixture(scope="session")
def store_path(tmp_path_factory, cli) -> Path:
    """A real SQLite store holding the test articles, written once by `recoupe ingest`."""
    db = tmp_path_factory.mktemp("store") / "articles.db"
    result = cli("ingest", ARTICLES, "--db", db)
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="session")
def store(store_path) -> Iterator[Store]:
    with Store(store_path, create=False) as opened:
        yield opened


NOBODY = 65534


@pytest.fixture(scope="session")
def recoupe_process() -> Callable[..., subprocess.CompletedProcess]:
    """Run the installed `recoupe` command in a child process, optionally as a user who
    cannot write what root made (tests run as root, and root writes through any mode bit)."""
    def _run(*args: object, cwd: Path, unprivileged: bool = False, stdin: Optional[bytes] = None,
             timeout: float = 120) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "recoupe.cli", *map(str, args)]
        if unprivileged and os.geteuid() == 0:
            command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
        return subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, timeout=timeout)
    return _run


# Property-based fuzzing: a few hundred generated inputs in CI, ten thousands at night
# (HYPOTHESIS_PROFILE=nightly).
hypothesis_settings.register_profile(
    "ci", max_examples=100, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
hypothesis_settings.register_profile(
    "nightly", max_examples=10_000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
