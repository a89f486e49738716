"""Turn the project's annotated passages into spaCy training files.

Each line of ``passages/*.jsonl`` is ``{"id", "text", "entities": [[surface, TYPE], ...]}``: every
distinct surface of a named entity, listed once, typed with the contract's six types. Every
whole-word occurrence of a surface is tagged, longest first, with the label the French model
uses for that type, a surname alone with the honorific before it ("M. Dupont"). The text is read as
the pipeline's model reads it (``model_text``), tokenised by the installed model, so training
sees exactly what analysis will. One passage in seven (by a hash of its id, stable as passages
are added) is held out for the dev file.

    python training/ner_fr/prepare.py OUT_DIR
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin, Span
from spacy.util import filter_spans

from recoupe.analyse.coref import honorifics
from recoupe.analyse.entities import MODEL_LABELS
from recoupe.analyse.pipeline import MODELS, model_text

PASSAGES = Path(__file__).parent / "passages"


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Where ``surface`` occurs in ``text`` as whole words."""
    pattern = re.compile(r"(?<!\w)" + re.escape(model_text(surface)) + r"(?!\w)")
    return [m.span() for m in pattern.finditer(text)]


def tagged(nlp, passage: dict) -> tuple[object, int]:
    """The passage as a Doc with its entities set, and how many occurrences did not fit tokens."""
    text = model_text(passage["text"])
    doc = nlp.make_doc(text)
    spans, misfits = [], 0
    for surface, type_ in sorted(passage["entities"], key=lambda e: -len(e[0])):
        for start, end in occurrences(text, surface):
            span = doc.char_span(start, end, label=MODEL_LABELS[type_])
            if span is None:
                misfits += 1
            else:
                spans.append(with_honorific(span) if type_ == "PERSON" else span)
    doc.ents = filter_spans(spans)   # the longest surface wins where two overlap
    return doc, misfits


def with_honorific(span):
    """A surname alone with the honorific before it ("M. Dupont", but "Jean Dupont" after
    "M."): the installed model tags them so, and the mentions the rules report follow it."""
    if len(span) == 1 and span.start > 0 and span.doc[span.start - 1].text in honorifics(span.doc.lang_):
        return Span(span.doc, span.start - 1, span.end, label=span.label_)
    return span


def held_out(passage_id: str) -> bool:
    return int(hashlib.sha1(passage_id.encode()).hexdigest(), 16) % 7 == 0


def main(out_dir: str) -> None:
    nlp = spacy.load(MODELS["fr"])   # only its tokenizer is used: the one analysis uses
    train, dev, misfits, count = DocBin(), DocBin(), 0, 0
    for path in sorted(PASSAGES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            passage = json.loads(line)
            doc, missed = tagged(nlp, passage)
            misfits += missed
            count += 1
            (dev if held_out(passage["id"]) else train).add(doc)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train.to_disk(out / "train.spacy")
    dev.to_disk(out / "dev.spacy")
    print(f"{count} passages: {len(train)} train, {len(dev)} dev; {misfits} occurrences off token edges skipped")


if __name__ == "__main__":
    main(sys.argv[1])
