#!/usr/bin/env python3
"""Throughput: the whole recoupe ingest against bare spaCy, same articles, same run.

    python benchmarks/throughput.py [--articles 200] [--rounds 5] [--source examples]

Builds a corpus of distinct articles from the example articles (each copy rotated
and numbered, so none is a duplicate of another), then times
1. bare spaCy: ``fr_core_news_md`` ``nlp.pipe`` over the raw texts;
2. recoupe: ingest (read, clean, analyse with every extractor, store in a new SQLite
   file) of the same files.
It prints docs/s for each and the ratio bare time / recoupe time (1.0 = no overhead).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import spacy

from recoupe.analyse.pipeline import MODELS, load_nlp
from recoupe.api import ingest
from recoupe.ingest import RawArticle, read_paths
from recoupe.store import Store

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(source: Path, count: int, folder: Path) -> list[Path]:
    """``count`` distinct plain-text articles written to ``folder``."""
    bodies = [a.original for a in read_paths([str(source)]) if isinstance(a, RawArticle)]
    if not bodies:
        sys.exit(f"benchmark: no article found in {source}")
    paths = []
    for i in range(count):
        paragraphs = bodies[i % len(bodies)].split("\n\n")
        turn = (i // len(bodies)) % max(1, len(paragraphs) - 1)
        body = "\n\n".join(paragraphs[:1] + paragraphs[1 + turn:] + paragraphs[1:1 + turn])
        path = folder / f"article_{i:04d}.txt"
        path.write_text(f"{body}\n\nMise à jour numéro {i}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def time_bare(nlp, texts: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - start


def time_recoupe(corpus: list[Path], db: Path) -> float:
    with Store(db) as store:
        start = time.perf_counter()
        report = ingest([str(p) for p in corpus], store)
        elapsed = time.perf_counter() - start
    if len(report.added) != len(corpus):
        sys.exit(f"benchmark: only {len(report.added)} of {len(corpus)} articles were stored")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5,
                    help="alternating runs of each; the best counts (5: a 2-core machine is noisy)")
    ap.add_argument("--source", default=str(ROOT / "examples"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build_corpus(Path(args.source), args.articles, Path(tmp))
        texts = [p.read_text(encoding="utf-8") for p in corpus]
        bare = spacy.load(MODELS["fr"])
        load_nlp("fr")                      # both models loaded before either clock starts
        times: dict[str, list[float]] = {"bare": [], "recoupe": []}
        for round_ in range(args.rounds):   # alternating, so that drift on a shared machine hits both
            times["bare"].append(time_bare(bare, texts))
            times["recoupe"].append(time_recoupe(corpus, Path(tmp) / f"bench{round_}.db"))
    n, bare_s, ours_s = len(corpus), min(times["bare"]), min(times["recoupe"])
    print(f"articles           {n} x {args.rounds} rounds (best round counts)")
    print(f"bare spaCy         {n / bare_s:8.1f} docs/s  ({bare_s:.1f} s)")
    print(f"recoupe ingest     {n / ours_s:8.1f} docs/s  ({ours_s:.1f} s)")
    print(f"ratio bare/recoupe {bare_s / ours_s:8.2f}  (target >= 0.80)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
