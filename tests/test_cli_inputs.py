"""Ingest through the real CLI: long, foreign and broken articles cost themselves only, named."""
from __future__ import annotations

import json
import resource
import subprocess
import sys

from recoupe.analyse.pipeline import MAX_ANALYSED_CHARS, WINDOW_CHARS

GOOD = "Le maire de Rennes a déclaré mardi que {n} bus supplémentaires circuleraient en mars."
ENGLISH = "The mayor of Leeds said on Tuesday that twelve extra buses would run in March, officials confirmed."


def feed(tmp_path, records) -> str:
    path = tmp_path / "flux.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def paragraphs(size: int) -> str:
    """An article of ``size`` characters whose paragraphs all differ (repeats are cleaned away)."""
    lines, n = [], 0
    while sum(map(len, lines)) < size:
        lines.append(f"Le préfet a annoncé que {n} agents avaient été déployés dans le secteur {n % 97}.")
        n += 1
    return "\n".join(lines)[:size]


def test_an_article_over_the_limit_is_skipped_named_and_its_neighbours_stored(cli, tmp_path):
    records = [{"doc": "avant", "text": GOOD.format(n=3)},
               {"doc": "fleuve", "text": paragraphs(2_000_000)},
               {"doc": "apres", "text": GOOD.format(n=4)}]
    result = cli("ingest", feed(tmp_path, records), "--db", tmp_path / "s.db", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["added"] == 2
    assert [(e["source"], e["reason"].split(":")[0]) for e in report["errors"]] == [("fleuve", "too long to analyse")]
    assert f"{MAX_ANALYSED_CHARS:,}" in report["errors"][0]["reason"]


def test_a_long_article_is_analysed_in_pieces_with_original_offsets(cli, tmp_path):
    text = paragraphs(WINDOW_CHARS * 3)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    assert cli("ingest", path, "--db", tmp_path / "s.db").exit_code == 0
    document = json.loads(cli("show", "long.txt", "--json", "--db", tmp_path / "s.db").stdout)
    last = max(document["quantities"], key=lambda q: q["start"])
    assert last["start"] > WINDOW_CHARS * 2          # the third piece was analysed too
    assert all(text[q["start"]:q["end"]] == q["text"] for q in document["quantities"])


def test_peak_memory_stays_bounded_for_the_longest_article_analysed(recoupe_process, tmp_path):
    (tmp_path / "long.txt").write_text(paragraphs(MAX_ANALYSED_CHARS - 1000), encoding="utf-8")
    done = recoupe_process("ingest", "long.txt", "--db", "s.db", cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert peak_kib < 2 * 1024 * 1024


def test_other_languages_are_skipped_named_or_kept_as_text(cli, tmp_path):
    records = [{"doc": "en", "text": ENGLISH, "language": "fr"}, {"doc": "fr", "text": GOOD.format(n=5)}]
    skipped = cli("ingest", feed(tmp_path, records), "--db", tmp_path / "a.db", "--json")
    assert skipped.exit_code == 1
    assert [e["source"] for e in json.loads(skipped.stdout)["errors"]] == ["en"]
    kept = cli("ingest", feed(tmp_path, records), "--db", tmp_path / "b.db", "--store-unsupported")
    assert kept.exit_code == 0 and "stated language 'fr'" in kept.stderr
    english = json.loads(cli("show", "en", "--json", "--db", tmp_path / "b.db").stdout)
    assert (english["language"], english["quotes"], english["entities"]) == ("en", [], [])
    assert english["text"] == ENGLISH


def test_one_bad_record_never_stops_the_run(cli, tmp_path):
    records = [{"doc": "un", "text": GOOD.format(n=6), "language": "xx", "published": "2024-03-01"},
               {"doc": "deux", "text": GOOD.format(n=7), "language": "FR", "published": "pas une date"}]
    path = feed(tmp_path, records)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("[" * 100_000 + "\n" + json.dumps({"doc": "trois", "text": GOOD.format(n=8)}) + "\n")
    result = cli("ingest", path, "--db", tmp_path / "s.db", "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 1 and report["added"] == 3          # 'un' reads as French: the text wins
    assert [e["source"] for e in report["errors"]] == ["flux.jsonl:3"]
    assert any("pas une date" in w["reason"] for w in report["warnings"])


def test_an_unreadable_sub_folder_is_named_not_passed_over(recoupe_process, shared_dir):
    articles = shared_dir / "articles"
    (articles / "ferme").mkdir(parents=True)
    (articles / "ouvert.txt").write_text(GOOD.format(n=9), encoding="utf-8")
    (articles / "ferme" / "cache.txt").write_text(GOOD.format(n=10), encoding="utf-8")
    articles.chmod(0o755)
    (articles / "ferme").chmod(0o700)          # root's own: another user cannot list it
    (shared_dir / "store").mkdir(mode=0o777)
    (shared_dir / "store").chmod(0o777)         # where that user may write its store
    done = recoupe_process("ingest", articles, "--db", shared_dir / "store" / "s.db", "--json",
                           cwd=shared_dir, unprivileged=True)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["added"] == 1
    assert [e["source"] for e in report["errors"]] == ["ferme/"]
    assert "permission denied" in report["errors"][0]["reason"]


def test_a_copy_of_a_skipped_article_is_skipped_again_not_called_stored(cli, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ENGLISH, encoding="utf-8")
    report = json.loads(cli("ingest", tmp_path / "a.txt", tmp_path / "b.txt", "--db", tmp_path / "s.db",
                            "--json").stdout)
    assert (report["added"], report["duplicates"], report["skipped"]) == (0, 0, 2)


def test_a_full_standard_output_is_one_line_and_exit_5(cli, recoupe_process, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD.format(n=11), encoding="utf-8")
    assert cli("ingest", tmp_path / "a.txt", "--db", tmp_path / "s.db").exit_code == 0
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "recoupe.cli", "export", "--db", str(tmp_path / "s.db")],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 5 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
