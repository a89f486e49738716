#!/usr/bin/env python3
"""The evaluation gate: ingest each reference set with the real CLI, export, score, compare.

    python eval/gate.py [--shared DIR] [--verbose]
    python eval/gate.py --sample DIR [--verbose]     # a real-copy sample: figures only, no floors

Sets: ``seeds`` (../shared/seeds against ../shared/gold/seeds.json) and ``dev``
(eval/dev/articles against eval/dev/gold.json, written for the project and not used to
tune rules). Fails (exit 1) when a figure falls below its floor in eval/floors.json.

``--sample DIR`` scores a fresh real-copy sample instead (DIR/input.jsonl, one article a
line with ``doc`` = the URL, and DIR/gold.json); see README, "Real-copy samples".
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECOUPE = [sys.executable, "-m", "recoupe.cli"]


def run(*args: str, allowed: tuple[int, ...] = (0,)) -> str:
    done = subprocess.run(list(args), capture_output=True, text=True)
    if done.returncode not in allowed:
        sys.exit(f"gate: {' '.join(args[2:4])} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def score(score_py: Path, articles: Path, gold: Path, verbose: bool) -> dict:
    """The scorer's figures for one reference set."""
    command = [sys.executable, str(score_py), "--gold", str(gold)]
    with tempfile.TemporaryDirectory() as tmp:
        db, export = f"{tmp}/gate.db", f"{tmp}/gate.jsonl"
        # exit 1 names skipped inputs (a page in another language, say): they score as missing
        run(*RECOUPE, "ingest", str(articles), "--db", db, allowed=(0, 1))
        run(*RECOUPE, "export", "--db", db, "--format", "jsonl", "--out", export)
        if verbose:
            print(run(*command, "--pred", export, "--verbose"))
        return json.loads(run(*command, "--pred", export, "--json"))


def check(name: str, figures: dict, floors: dict) -> tuple[int, int]:
    """Print each floor against its figure; return (checked, failed)."""
    checked = failed = 0
    for figure, floor in floors.items():
        for measure, minimum in floor.items():
            value = figures[figure][measure]
            ok = value >= minimum
            checked, failed = checked + 1, failed + (not ok)
            print(f"{'ok  ' if ok else 'FAIL'} {name:5} {figure:22} {measure:3} {value:.3f} (floor {minimum:.3f})")
    if figures.get("documents missing"):
        print(f"FAIL {name:5} documents missing from the export: {figures['documents missing']}")
        failed += 1
    return checked, failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"), help="the shared folder")
    ap.add_argument("--verbose", action="store_true", help="also list every miss")
    ap.add_argument("--sample", help="a folder with input.jsonl and gold.json: print its figures, check no floor")
    args = ap.parse_args()
    shared = Path(args.shared)
    if args.sample:
        figures = score(shared / "eval" / "score.py", Path(args.sample) / "input.jsonl",
                        Path(args.sample) / "gold.json", args.verbose)
        for figure, values in figures.items():
            if isinstance(values, dict) and "f1" in values:
                print(f"{figure:22} P {values['p']:.3f}  R {values['r']:.3f}  F1 {values['f1']:.3f}")
        return 0
    sets = {"seeds": (shared / "seeds", shared / "gold" / "seeds.json"),
            "dev": (HERE / "dev" / "articles", HERE / "dev" / "gold.json")}
    floors = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
    checked = failed = 0
    for name, (articles, gold) in sets.items():
        figures = score(shared / "eval" / "score.py", articles, gold, args.verbose)
        c, f = check(name, figures, floors[name])
        checked, failed = checked + c, failed + f
    print(f"gate: {checked - failed} of {checked} floors met" + ("" if failed else ", all good"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
