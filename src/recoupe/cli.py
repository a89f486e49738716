"""The ``recoupe`` command.

Exit codes: 0 done; 1 done, but some inputs were skipped (each named on stderr);
2 bad usage (an unknown value, an ambiguous name, an output that is the store itself);
3 the document asked for is not in the store; 4 the store cannot be used (missing, not a
recoupe store, newer schema, read-only for ingest, busy, full, damaged); 5 the output
file cannot be written. Read commands open the store read-only and never write to it.
Every string that comes from an article is printed as plain text, controls made visible.
"""
from __future__ import annotations

import sys
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, List, Optional

import typer
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from recoupe import api
from recoupe.schema import to_contract, to_dict
from recoupe.serve.export import FORMATS, write_jsonl
from recoupe.serve.terminal import json_line, plain, visible
from recoupe.store import AmbiguousReference, Store, StoreError

EXIT_SKIPPED, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_STORE, EXIT_OUTPUT = 1, 2, 3, 4, 5

app = typer.Typer(help="recoupe: who said what, according to whom, with which figures, when.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
#: piped or redirected output gets wide lines rather than an 80-column wrap
out = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 220)
err = Console(stderr=True, soft_wrap=True)  # a message is one line, however narrow the terminal

DbOption = typer.Option(api.DEFAULT_DB, "--db", envvar="RECOUPE_DB", help="SQLite store file.")
JsonOption = typer.Option(False, "--json", help="Print JSON for scripts instead of a table.")


def fail(message: str, code: int) -> None:
    say(message)
    raise typer.Exit(code)


def say(message: str) -> None:
    """One line on stderr; what it quotes of an input cannot act on the terminal."""
    err.print(plain(f"recoupe: {message}"), highlight=False)


@contextmanager
def opened(db: Path, *, write: bool = False) -> Iterator[Store]:
    """The store, read-only unless ``write``; a store failure at any point is one line, exit 4."""
    try:
        with Store(db, create=write, write=write, on_wait=say) as store:
            yield store
    except StoreError as exc:
        fail(str(exc), EXIT_STORE)


def folded(text: Optional[str]) -> str:
    """Case- and accent-insensitive form for filters."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def emit_json(data: Any) -> None:
    with written("standard output"):
        typer.echo(json_line(data, indent=2))


@contextmanager
def written(target: str) -> Iterator[None]:
    """An output that cannot be written (a full disk, a closed pipe) is one line, exit 5."""
    try:
        yield
    except OSError as exc:
        fail(f"cannot write {target}: {exc.strerror or exc}", EXIT_OUTPUT)


@app.command()
def ingest(paths: List[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
           db: Path = DbOption, as_json: bool = JsonOption,
           batch_size: int = typer.Option(16, min=1, help="Articles analysed together."),
           store_unsupported: bool = typer.Option(
               False, "--store-unsupported",
               help="Keep articles in a language recoupe does not analyse, text only, instead of skipping them.")
           ) -> None:
    """Read, clean, analyse and store articles (.txt, .html, .jsonl)."""
    with opened(db, write=True) as store, Progress(
            TextColumn("[bold]ingest"), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}", markup=False), console=err, disable=as_json or not err.is_terminal) as bar:
        task = bar.add_task("", total=None)
        report = api.ingest(paths, store, batch_size=batch_size, store_unsupported=store_unsupported,
                            on_article=lambda name: bar.update(task, advance=1, description=visible(name)[-60:]))
        total = store.stats()["documents"]
    for error in report.errors:
        say(f"skipped {error}")
    for warning in report.warnings:
        say(f"warning {warning}")
    summary = {"added": len(report.added), "duplicates": len(report.duplicates),
               "skipped": len(report.errors), "documents_in_store": total, "store": str(db)}
    if as_json:
        emit_json({**summary, "errors": [{"source": e.source, "reason": e.reason} for e in report.errors],
                   "warnings": [{"source": w.source, "reason": w.reason} for w in report.warnings]})
    else:
        out.print(plain(f"{summary['added']} added, {summary['duplicates']} already stored, "
                        f"{summary['skipped']} skipped; {total} documents in {db}"))
    if report.errors:
        raise typer.Exit(EXIT_SKIPPED)


def _is_store_file(out_file: str, db: Path) -> bool:
    """Whether writing ``out_file`` would write over the store or one of its journal files."""
    try:
        target, store = Path(out_file).resolve(), db.resolve()
        return target in {store, *(store.with_name(store.name + s) for s in ("-wal", "-shm", "-journal"))} or (
            target.exists() and store.exists() and target.samefile(store))
    except OSError:   # a name the system refuses: writing it fails later, with its own message
        return False


@app.command()
def export(db: Path = DbOption,
           fmt: str = typer.Option("jsonl", "--format", help=f"One of: {', '.join(FORMATS)}."),
           out_file: str = typer.Option("-", "--out", help="Output file, or - for stdout.")) -> None:
    """Export every stored document as CONTRACT.md JSON Lines."""
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r} (choose from: {', '.join(FORMATS)})", EXIT_USAGE)
    if out_file != "-" and _is_store_file(out_file, db):
        fail(f"--out {out_file} is the store itself; choose another file", EXIT_USAGE)
    with opened(db) as store:
        if out_file == "-":
            with written("standard output"):
                write_jsonl(store.documents(), sys.stdout)
            return
        target = Path(out_file)
        partial = target.with_name(target.name + ".part")
        try:
            with partial.open("w", encoding="utf-8") as fh:
                count = write_jsonl(store.documents(), fh)
            partial.replace(target)   # a reader never sees half an export
        except OSError as exc:
            partial.unlink(missing_ok=True)
            fail(f"cannot write {out_file}: {exc.strerror or exc}", EXIT_OUTPUT)
    err.print(plain(f"{count} documents written to {out_file}"))


@app.command()
def show(doc: str = typer.Argument(..., help="Document id (or prefix) or source name."),
         db: Path = DbOption, as_json: bool = JsonOption) -> None:
    """Show one document: metadata, clean text and everything extracted from it."""
    with opened(db) as store:
        try:
            document = store.get(doc)
        except AmbiguousReference as exc:
            fail(f"{doc!r} names {len(exc.candidates)} documents; show one by its id: "
                 + "; ".join(f"{c.id} (stored {c.ingested_at})" for c in exc.candidates), EXIT_USAGE)
    if document is None:
        fail(f"no document {doc!r} in {db}", EXIT_NOT_FOUND)
    if as_json:
        emit_json(to_contract(document))
        return
    out.print(plain(document.title or "(untitled)", style="bold"))
    out.print(plain(f"{document.doc}  id {document.id}  published {document.published or 'unknown'}  "
                    f"author {document.author or 'unknown'}  language {document.language}"))
    out.print(plain(document.text))
    for items, render in RENDERERS.items():
        context = {("", e.figure): {"date": e.date, "source": e.source} for e in document.events}
        table = render([({"doc": document.doc, "id": ""}, item) for item in getattr(document, items)], context)
        if table.row_count:
            out.print(table)


def _listing(table: str, db: Path, as_json: bool, keep) -> None:
    with opened(db) as store:
        rows = [(head, item) for head, item in store.items(table) if keep(item)]
        context = _figure_events(store) if table == "figures" else {}
    if as_json:
        emit_json([{"doc": head["doc"], "doc_id": head["id"], **to_dict(item),
                    **context.get((head["id"], item.id), {})} for head, item in rows])
        return
    out.print(RENDERERS[table](rows, context))


def _figure_events(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    """Who acted, where, when and according to whom, for each figure that has an event."""
    return {(head["id"], event.figure): {"actor": event.actor, "place": event.place, "date": event.date,
                                         "source": event.source}
            for head, event in store.items("events") if event.figure}


@app.command()
def quotes(speaker: Optional[str] = typer.Option(None, help="Only quotes whose speaker contains this."),
           kind: Optional[str] = typer.Option(None, help="direct, indirect or mixed."),
           db: Path = DbOption, as_json: bool = JsonOption) -> None:
    """Quotations with their speaker, cue, sentence and document."""
    _listing("quotes", db, as_json, lambda q: (not speaker or folded(speaker) in folded(q.speaker))
             and (not kind or q.kind == kind))


@app.command()
def claims(status: Optional[str] = typer.Option(None, help="no_evidence, unverified, denied, disputed, confirmed."),
           db: Path = DbOption, as_json: bool = JsonOption) -> None:
    """Claims whose evidential status the article marks, with their source."""
    _listing("claims", db, as_json, lambda c: not status or c.status == status)


@app.command()
def figures(unit: Optional[str] = typer.Option(None, help="Only figures counting this (e.g. drone)."),
            event: Optional[str] = typer.Option(None, help="Only this event (shot_down, supplied...)."),
            db: Path = DbOption, as_json: bool = JsonOption) -> None:
    """Figures with their value, qualifier, unit, event and sentence."""
    _listing("figures", db, as_json, lambda f: (not unit or folded(unit) in folded(f.unit))
             and (not event or f.event == event))


@app.command()
def entities(type_: Optional[str] = typer.Option(None, "--type", help="PERSON, ORG, GPE, LOC, WEAPON, EVENT."),
             name: Optional[str] = typer.Option(None, help="Only entities whose name contains this."),
             db: Path = DbOption, as_json: bool = JsonOption) -> None:
    """Entities with their type, role and mentions."""
    _listing("entities", db, as_json, lambda e: (not type_ or e.type == type_.upper())
             and (not name or folded(name) in folded(e.name)))


@app.command()
def dates(db: Path = DbOption, as_json: bool = JsonOption) -> None:
    """Temporal expressions and the dates they resolve to."""
    _listing("dates", db, as_json, lambda d: True)


@app.command()
def stats(db: Path = DbOption, as_json: bool = JsonOption) -> None:
    """What the store holds."""
    with opened(db) as store:
        figures_ = store.stats()
    if as_json:
        emit_json(figures_)
        return
    table = Table("what", "count", title=plain(str(db)))
    for key, value in figures_.items():
        if key != "store":
            _add(table, key, str(value))
    out.print(table)


#: columns that hold running text: they take the width the short ones leave
_TEXT_COLUMNS = {"quote", "claim", "sentence", "mentions", "figure"}


def _table(title: str, *headers: str) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    for header in headers:
        if header in _TEXT_COLUMNS:
            table.add_column(header, ratio=3 if header == "sentence" else 2, overflow="fold")
        else:
            table.add_column(header, max_width=26, overflow="ellipsis")
    return table


def _add(table: Table, *cells: Any) -> None:
    """A row whose cells are plain text: Rich never reads an article's brackets as markup."""
    table.add_row(*(plain(cell) for cell in cells))


def entities_table(rows, context=None) -> Table:
    table = _table("entities", "doc", "name", "type", "role", "mentions")
    for head, e in rows:
        _add(table, head["doc"], e.name, e.type, e.role or "",
                      ", ".join(dict.fromkeys(m.span.text for m in e.mentions)))
    return table


def quotes_table(rows, context=None) -> Table:
    table = _table("quotes", "doc", "speaker", "kind", "cue", "quote", "sentence")
    for head, q in rows:
        _add(table, head["doc"], q.speaker or "?", q.kind, q.cue.text if q.cue else "", q.span.text,
                      f"[{q.sentence.start}:{q.sentence.end}] {q.sentence.text}")
    return table


def claims_table(rows, context=None) -> Table:
    table = _table("claims", "doc", "status", "source", "marker", "claim", "sentence")
    for head, c in rows:
        _add(table, head["doc"], c.status, c.source or "", c.marker.text if c.marker else "", c.span.text,
                      f"[{c.sentence.start}:{c.sentence.end}] {c.sentence.text}")
    return table


def figures_table(rows, context=None) -> Table:
    table = _table("figures", "doc", "figure", "value", "qualifier", "unit", "event", "date", "source", "sentence")
    for head, f in rows:
        value = "" if f.value is None else f"{f.value:g}"
        known = (context or {}).get((head.get("id", ""), f.id), {})
        _add(table, head["doc"], f.span.text, value, f.qualifier, f.unit or "", f.event,
                      known.get("date") or "", known.get("source") or "",
                      f"[{f.sentence.start}:{f.sentence.end}] {f.sentence.text}")
    return table


def dates_table(rows, context=None) -> Table:
    table = _table("dates", "doc", "expression", "value", "precision", "sentence")
    for head, d in rows:
        _add(table, head["doc"], d.span.text, d.value or "", d.precision or "",
                      f"[{d.sentence.start}:{d.sentence.end}] {d.sentence.text}")
    return table


RENDERERS = {"entities": entities_table, "quotes": quotes_table, "claims": claims_table,
             "figures": figures_table, "dates": dates_table}


if __name__ == "__main__":
    app()
