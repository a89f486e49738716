"""kill -9 at random points of an ingest: the store stays sound, no article is half-written,
and the next run completes the rest."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from recoupe.schema import to_contract
from recoupe.serve.terminal import json_line
from recoupe.store import Store, StoreError

KILLS = 20
TOWNS = ["Rennes", "Brest", "Lorient", "Vannes", "Quimper", "Saint-Malo", "Morlaix", "Dinan"]


def write_articles(folder, count: int = 40) -> None:
    folder.mkdir()
    for n in range(count):
        town = TOWNS[n % len(TOWNS)]
        (folder / f"{n:03}.txt").write_text(
            f"Crue à {town}\n\nLe préfet Alain Morvan a déclaré lundi que {n + 2} maisons avaient été évacuées "
            f"à {town}. « Nous restons vigilants », a-t-il ajouté, selon la préfecture.\n", encoding="utf-8")


def exported(db) -> dict[str, str]:
    with Store(db) as store:
        assert store.integrity() == "ok"
        return {d.doc: json_line(to_contract(d)) for d in store.documents()}


def stored_count(db) -> int:
    try:
        with Store(db, create=False, write=False) as store:
            return store.stats()["documents"]
    except StoreError:      # not created yet
        return 0


def ingest_then_kill(folder, db, at_least: int, rng: random.Random) -> None:
    child = subprocess.Popen([sys.executable, "-m", "recoupe.cli", "ingest", str(folder), "--db", str(db)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while child.poll() is None and stored_count(db) < at_least and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(rng.uniform(0, 0.2))
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()


def test_killed_ingests_leave_a_sound_store_that_the_next_run_completes(cli, tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder)
    assert cli("ingest", folder, "--db", tmp_path / "reference.db").exit_code == 0
    reference = exported(tmp_path / "reference.db")
    db, rng = tmp_path / "killed.db", random.Random(20261130)
    for _ in range(KILLS):
        ingest_then_kill(folder, db, stored_count(db) + rng.randint(0, 2), rng)
        if db.exists():
            partial = exported(db)
            assert {doc: reference[doc] for doc in partial} == partial   # whole articles only
    assert cli("ingest", folder, "--db", db).exit_code == 0
    assert exported(db) == reference
