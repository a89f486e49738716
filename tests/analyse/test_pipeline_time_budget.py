"""An article on which an extractor never ends is skipped, named; the others are stored."""
from __future__ import annotations

import signal
import time

import pytest

from recoupe.analyse import dates, pipeline
from recoupe.api import ingest
from recoupe.store import Store


def test_an_endless_extractor_costs_its_article_only(tmp_path, monkeypatch):
    (tmp_path / "calme.txt").write_text("Le maire a annoncé mardi que 12 bus seraient ajoutés.\n", encoding="utf-8")
    (tmp_path / "piege.txt").write_text("Le préfet a indiqué lundi que Zanzibar restait fermé.\n", encoding="utf-8")
    find = dates.DateFinder.__call__

    def endless_on_the_trap(self, doc):
        while "Zanzibar" in doc.text:   # the fault a hostile text can hit: a walk that never ends
            pass
        return find(self, doc)

    monkeypatch.setattr(dates.DateFinder, "__call__", endless_on_the_trap)
    monkeypatch.setattr(pipeline, "EXTRACTOR_SECONDS", 0.5)
    with Store(tmp_path / "t.db") as store:
        report = ingest([str(tmp_path)], store)
        stored = [d.doc for d in store.documents()]
    assert stored == ["calme.txt"]
    assert [e.source for e in report.errors] == ["piege.txt"]
    assert "longer than 0.5 s" in report.errors[0].reason


def test_the_budget_is_disarmed_after_its_block():
    before = signal.getsignal(signal.SIGPROF)
    with pipeline.time_budget(5):
        pass
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) is before


def test_time_spent_waiting_is_not_charged_to_the_budget():
    """The budget counts processor time: an analysis that waits on a busy machine is not skipped."""
    with pipeline.time_budget(0.2):
        time.sleep(0.5)
    with pytest.raises(TimeoutError):
        with pipeline.time_budget(0.2):
            while True:
                pass
