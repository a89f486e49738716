"""Generated hostile inputs (hypothesis): readers and the CLI never crash, and never change
what is already stored."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from recoupe.ingest import IngestError, RawArticle, read_paths

EXTENSIONS = st.sampled_from([".txt", ".html", ".jsonl", ".dat"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["doc", "text", "html", "title", "published", "language", "url", "author", "x"]),
        inner, max_size=6),
    max_leaves=30)
NEWS = st.text(st.characters(codec="utf-8"), min_size=1, max_size=300).map(
    lambda noise: f"Le porte-parole a déclaré lundi que 12 navires étaient arrivés. {noise}")
HTML = st.recursive(st.text(max_size=30), lambda inner: st.builds(
    lambda tag, body: f"<{tag}>{body}</{tag}>", st.sampled_from(["div", "p", "article", "b", "script", "x"]),
    st.lists(inner, max_size=3).map("".join)), max_leaves=40)


def read_all(data: bytes, extension: str) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"entree{extension}"
        path.write_bytes(data)
        results = list(read_paths([str(path)]))
    assert results and all(isinstance(r, (RawArticle, IngestError)) for r in results)
    return results


@given(st.binary(max_size=2000), EXTENSIONS)
def test_random_bytes_are_read_or_named(data, extension):
    read_all(data, extension)


@given(st.lists(JSON_VALUES, min_size=1, max_size=4))
def test_random_json_shapes_are_read_or_named_line_by_line(values):
    lines = [json.dumps(v) for v in values]
    results = read_all("\n".join(lines).encode(), ".jsonl")
    assert len(results) == sum(1 for line in lines if line.strip())


@given(HTML)
def test_random_html_nesting_is_read_or_named(html):
    read_all(f"<html><body>{html}</body></html>".encode(), ".html")


@settings(max_examples=max(10, settings().max_examples // 2))
@given(st.lists(st.one_of(NEWS.map(str.encode), st.binary(max_size=300)), min_size=1, max_size=3), EXTENSIONS)
def test_the_cli_stores_or_names_every_input_and_never_touches_what_is_stored(cli, articles, inputs, extension):
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "s.db"
        assert cli("ingest", articles / "port_de_varna.txt", "--db", db).exit_code == 0
        before = cli("export", "--db", db).stdout
        paths = []
        for n, data in enumerate(inputs):
            paths.append(Path(tmp) / f"in{n}{extension}")
            paths[-1].write_bytes(data)
        result = cli("ingest", *paths, "--db", db, "--json")
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert result.exit_code in (0, 1), result.output
        report = json.loads(result.stdout)
        assert report["added"] + report["duplicates"] + report["skipped"] >= len(inputs)
        after = cli("export", "--db", db).stdout
        assert after.startswith(before)            # stored documents are unchanged, new ones follow
