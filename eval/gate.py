#!/usr/bin/env python3
"""The seed evaluation gate: ingest ../shared/seeds with the real CLI, export, score, compare.

    python eval/gate.py [--shared DIR] [--verbose]

Fails (exit 1) when a figure falls below its floor in eval/floors.json.
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


def run(*args: str) -> str:
    done = subprocess.run(list(args), capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"gate: {' '.join(args[2:4])} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"), help="the shared folder")
    ap.add_argument("--verbose", action="store_true", help="also list every miss")
    args = ap.parse_args()
    shared = Path(args.shared)
    score = [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "gold" / "seeds.json")]
    with tempfile.TemporaryDirectory() as tmp:
        db, export = f"{tmp}/seeds.db", f"{tmp}/seeds.jsonl"
        run(*RECOUPE, "ingest", str(shared / "seeds"), "--db", db)
        run(*RECOUPE, "export", "--db", db, "--format", "jsonl", "--out", export)
        if args.verbose:
            print(run(*score, "--pred", export, "--verbose"))
        figures = json.loads(run(*score, "--pred", export, "--json"))
    floors = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
    failed = checked = 0
    for name, floor in floors.items():
        if name.startswith("_"):
            continue
        for measure, minimum in floor.items():
            value = figures[name][measure]
            ok = value >= minimum
            failed += not ok
            checked += 1
            print(f"{'ok  ' if ok else 'FAIL'} {name:22} {measure:3} {value:.3f} (floor {minimum:.3f})")
    if figures.get("documents missing"):
        print(f"FAIL documents missing from the export: {figures['documents missing']}")
        failed += 1
    print(f"gate: {checked - failed} of {checked} floors met" + ("" if failed else ", all good"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
