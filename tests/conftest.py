"""Session fixtures shared by every test: the real pipeline, a real store, the real CLI."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
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
from recoupe.clean import clean_article
from recoupe.cli import app
from recoupe.ingest import read_text
from recoupe.schema import Claim, DateRef, Document, Entity, Event, Figure, Mention, Quote, Span
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


@pytest.fixture
def clean():
    """Clean a passage written as a plain-text article: clean("texte", published=...)."""
    def _clean(text: str, **given):
        return clean_article(read_text("passage.txt", text, **given))
    return _clean


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can enter and read, outside pytest's private tmp tree (closed to others)."""
    folder = Path(tempfile.mkdtemp(prefix="recoupe-test-"))
    folder.chmod(0o755)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


SAMPLE_ORIGINAL = "Jean Dupont a déclaré mardi que 40 drones avaient été abattus."


def make_sample(doc_id: str = "d0c1d", doc: str = "exemple.txt", padding: int = 0) -> Document:
    """A document with one item of each kind; ``padding`` characters appended to its text."""
    original = SAMPLE_ORIGINAL + " " * padding
    sentence = Span(0, len(SAMPLE_ORIGINAL), SAMPLE_ORIGINAL)
    return Document(
        id=doc_id, doc=doc, original=original, text=original, published="2024-03-14",
        entities=[Entity("e1", "Jean Dupont", "PERSON", [Mention(Span(0, 11, "Jean Dupont"))], role="ministre")],
        quotes=[Quote("q1", Span(32, 61, SAMPLE_ORIGINAL[32:61]), "indirect", sentence, cue=Span(12, 21, "a déclaré"),
                      speaker="Jean Dupont", speaker_kind="person", speaker_entity="e1")],
        claims=[Claim("c1", Span(32, 61, SAMPLE_ORIGINAL[32:61]), "unverified", sentence, source="Jean Dupont")],
        figures=[Figure("f1", Span(32, 41, "40 drones"), 40.0, "exact", sentence, unit="drone", event="shot_down")],
        dates=[DateRef("d1", Span(22, 27, "mardi"), sentence, value="2024-03-12", precision="day")],
        events=[Event("v1", "shot_down", sentence, figure="f1", source="Jean Dupont")],
    )


@pytest.fixture
def sample() -> Callable[..., Document]:
    """make_sample: a hand-built Document with one item of each kind."""
    return make_sample
