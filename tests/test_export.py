"""`provenance export`: the SQLite database, browsed the way a user would, through Datasette in-process.

Also: re-running changes nothing, any --jobs gives the same database, a kill -9 half-way leaves a
consistent database that a re-run completes, and bad inputs are skipped with their reason.
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette
from sqlite_utils import Database
from typer.testing import CliRunner

from provenance.cli import app
from provenance.datasette_meta import TABLES, write_datasette_files
from provenance.export import MIGRATIONS, export, open_database, write_report
from provenance.models import Outlet
from provenance.pipeline import audit_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED_002 = "seeds/002_8a64b5d3bad4b392.txt"
SEED_004 = "seeds/004_39b049aebaac0cbb.txt"


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    db_path = tmp_path_factory.mktemp("export") / "audit.db"
    summary = export(db_path, [str(p) for p in SEEDS], jobs=1)
    assert (summary.articles, summary.skipped) == (len(SEEDS), [])
    return db_path


def get(db_path: Path, path: str):
    """GET a Datasette page for the database, opened with the metadata.json written beside it."""
    metadata = json.loads((db_path.parent / "metadata.json").read_text(encoding="utf-8"))

    async def fetch():
        return await Datasette([str(db_path)], metadata=metadata).client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, response.text[:500]
    return response


def rows(db_path: Path, path: str) -> list[dict]:
    return get(db_path, path + ("&" if "?" in path else "?") + "_shape=array").json()


def article_of(db_path: Path, seed: str) -> str:
    return Database(db_path).execute("select article_id from inputs where name like ?",
                                     [f"%{Path(seed).name}"]).fetchone()[0]


def claim_of(db_path: Path, seed: str, words: str) -> str:
    """The id of the claim of `seed` whose text contains `words`."""
    return Database(db_path).execute("select id from claims where article_id = ? and instr(text, ?)",
                                     [article_of(db_path, seed), words]).fetchone()[0]


def test_full_text_search_finds_claims_and_articles(seeds_db):
    found = rows(seeds_db, "/audit/claims.json?_search=لافروف")
    assert found and all("لافروف" in r["text"] for r in found)
    assert rows(seeds_db, "/audit/articles.json?_search=بيونغ")


def test_facets_count_claims_by_source_type_and_grade(seeds_db):
    data = get(seeds_db, "/audit/claims.json?_facet=source_type").json()
    facet = {r["value"]: r["count"] for r in data["facet_results"]["source_type"]["results"]}
    db = Database(seeds_db)
    assert facet == dict(db.execute("select source_type, count(*) from claims group by source_type").fetchall())
    default = get(seeds_db, "/audit/claims.json").json()["facet_results"]  # configured in metadata.json
    assert {"source_type", "grade"} <= set(default)
    wires = get(seeds_db, "/audit/articles.json").json()["facet_results"]["wire_agencies"]["results"]
    assert {"KCNA", "Reuters"} <= {r["value"] for r in wires}


def test_state_media_alone_returns_seed_002_kcna_claims(seeds_db):
    found = rows(seeds_db, "/audit/state_media_alone.json")
    ids = {r["claim_id"] for r in found}
    assert claim_of(seeds_db, SEED_002, "وقالت وكالة الأنباء المركزية الكورية") in ids  # Kim via KCNA
    assert claim_of(seeds_db, SEED_002, "وقالت الوكالة إن لافروف") in ids  # the agency itself
    assert claim_of(seeds_db, SEED_002, "وأفادت وكالة يونهاب") not in ids  # intelligence via Yonhap
    for r in found:  # state media speaks, or relays the speaker
        assert r["source_type"] == "state_media" or r["via"].endswith("(state_media)")


def test_anonymous_without_reason_skips_sources_with_a_stated_reason(seeds_db):
    found = rows(seeds_db, "/audit/anonymous_without_reason.json")
    assert found
    assert all(r["source_type"] in ("anonymous", "anonymous_official") and r["anonymity_reason"] is None
               for r in found)
    ukrainian_official = claim_of(seeds_db, SEED_004, "وقال مسؤول أوكراني لوكالة أنباء أسوشيتد برس")
    assert ukrainian_official not in {r["claim_id"] for r in found}


def test_intelligence_claims_by_country_and_weakest_claims(seeds_db):
    intel = rows(seeds_db, "/audit/intelligence_by_country.json")
    assert {"KR", "US"} <= {r["country"] for r in intel} and all(r["intelligence"] for r in intel)
    weakest = rows(seeds_db, "/audit/weakest.json")
    assert weakest and all(r["weakest"] for r in weakest)
    assert [r["score"] for r in weakest] == sorted(r["score"] for r in weakest)


def test_views_answer_the_common_questions(seeds_db):
    per_outlet = rows(seeds_db, "/audit/claims_by_source_type_per_outlet.json")
    assert sum(r["claims"] for r in per_outlet) == Database(seeds_db)["claims"].count
    kcna = rows(seeds_db, "/audit/articles_by_wire.json?agency=KCNA")
    assert [r["article_id"] for r in kcna] == [article_of(seeds_db, SEED_002)]


def test_metadata_describes_every_column_and_configures_datasette_1(seeds_db):
    metadata = json.loads((seeds_db.parent / "metadata.json").read_text(encoding="utf-8"))
    config = yaml.safe_load((seeds_db.parent / "datasette.yaml").read_text(encoding="utf-8"))
    db = Database(seeds_db)
    tables = metadata["databases"]["audit"]["tables"]
    for name in [*db.table_names(), *db.view_names()]:
        if name.startswith("_") or name.endswith("_fts") or "_fts_" in name:
            continue
        assert tables[name]["description"], name
        if name in db.table_names():
            assert set(tables[name]["columns"]) == set(db[name].columns_dict), name
    assert config["databases"]["audit"]["tables"]["claims"]["facets"] == TABLES["claims"]["facets"]
    assert set(config["databases"]["audit"]["queries"]) == set(metadata["databases"]["audit"]["queries"])
    assert "Provenance audit" in get(seeds_db, "/").text
    assert "5 articles" in get(seeds_db, "/audit").text


def test_article_data_in_the_metadata_stays_text(tmp_path):
    db_path = tmp_path / "audit.db"
    db = open_database(db_path)
    hostile = '<script>alert("x")</script>\n"quoted" & more'
    report = audit_text(SEEDS[1].read_text(encoding="utf-8"), url="https://evil.example/a")
    write_report(db, report.model_copy(update={"outlet": Outlet(name=hostile, domain="evil.example")}))
    write_datasette_files(db, db_path)
    metadata = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    assert hostile in metadata["databases"]["audit"]["description"]
    page = get(db_path, "/audit").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def dump(db_path: Path) -> list[str]:
    """Every statement that rebuilds the database, minus when the migrations ran."""
    with closing(sqlite3.connect(db_path)) as conn:
        return [line for line in conn.iterdump() if "_sqlite_migrations" not in line]


def test_rerun_changes_nothing_and_jobs_do_not_matter(seeds_db, tmp_path):
    before = dump(seeds_db)
    again = export(seeds_db, [str(p) for p in SEEDS], jobs=1)
    assert (again.articles, again.present) == (0, len(SEEDS))
    assert dump(seeds_db) == before
    parallel = tmp_path / "audit.db"
    export(parallel, [str(p) for p in SEEDS], jobs=2)
    assert dump(parallel) == before


def test_changed_text_replaces_the_old_rows(tmp_path):
    db_path, feed = tmp_path / "audit.db", tmp_path / "feed.jsonl"
    first, second = (p.read_text(encoding="utf-8") for p in SEEDS[1:3])
    for text in (first, second):
        feed.write_text(json.dumps({"url": "https://example.org/story", "text": text}) + "\n", encoding="utf-8")
        export(db_path, [str(feed)], jobs=1)
    db = Database(db_path)
    fresh = tmp_path / "fresh.db"
    export(fresh, [str(feed)], jobs=1)
    assert db["articles"].count == 1 and db["inputs"].count == 1
    for table in ("articles", "claims", "sources", "via", "wires", "outlets", "claims_fts"):
        assert db[table].count == Database(fresh)[table].count, table
    assert db.execute("pragma foreign_key_check").fetchall() == []


def test_bad_inputs_are_skipped_with_their_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS[1:3]:
        shutil.copy(seed, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    result = CliRunner().invoke(app, ["export", str(tmp_path / "audit.db"), str(folder), "--jobs", "1", "--quiet"])
    assert result.exit_code == 2
    assert "empty.txt: empty input" in result.stderr and "binary.txt: binary data" in result.stderr
    assert "done:" not in result.stderr  # --quiet: errors only
    assert Database(tmp_path / "audit.db")["articles"].count == 2
    result = CliRunner().invoke(app, ["export", str(tmp_path / "audit.db"), *(str(s) for s in SEEDS[1:3])])
    assert result.exit_code == 0 and "done: 2 inputs: 0 articles written" in result.stderr


COPIES = 90


def test_kill_half_way_leaves_a_consistent_database_and_a_rerun_completes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = SEEDS[1:4]  # the shorter ones
    for i in range(COPIES):
        seed = seeds[i % len(seeds)]
        headline, rest = seed.read_text(encoding="utf-8").split("\n", 1)
        text = f"{headline}\nوبلغ عدد المشاركين {i} شخصا.\n{rest}"  # one new sentence: a new article
        (folder / f"{i:03d}_{seed.name}").write_text(text, encoding="utf-8")
    db_path = tmp_path / "audit.db"
    command = [sys.executable, "-m", "provenance", "export", str(db_path), str(folder), "--jobs", "2", "--quiet"]
    proc = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while count_articles(db_path) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        conn.execute("insert into claims_fts(claims_fts) values ('integrity-check')")  # raises if out of step
        written = conn.execute("select count(*) from articles").fetchone()[0]
        half_written = conn.execute("""select count(*) from articles a
            where claim_count != (select count(*) from claims c where c.article_id = a.id)""").fetchone()[0]
    assert 0 < written < COPIES and half_written == 0
    subprocess.run(command, cwd=tmp_path, check=True)
    db = Database(db_path)
    assert db["articles"].count == COPIES and db["inputs"].count == COPIES


def count_articles(db_path: Path) -> int:
    try:
        with closing(sqlite3.connect(db_path)) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:  # not created yet, or locked by the writer
        return 0


def test_reopening_applies_no_migration_twice(seeds_db):
    db = Database(seeds_db)
    schema = db.schema
    assert [m.name for m in MIGRATIONS.applied(db)] == ["m001_initial", "m002_headline"]
    open_database(seeds_db).close()
    assert db.schema == schema and MIGRATIONS.pending(db) == []
    assert [m.name for m in MIGRATIONS.applied(db)] == ["m001_initial", "m002_headline"]


def test_headline_sources_are_a_facet_of_articles(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Kowalski says cut regulations to reduce poverty.\n\n"
                     "Marta Kowalski, an economist, spoke on Thursday in Ohio. She said the debt was a burden.\n",
                     encoding="utf-8")
    db_path = tmp_path / "audit.db"
    export(db_path, [str(story)], jobs=1)
    [article] = rows(db_path, "/audit/articles.json?_facet=headline_source_type")
    assert (article["headline_source"], article["headline_source_type"], article["headline_cue"]) == \
        ("Marta Kowalski", "named_person", "says")  # the surname is the economist the body names
    assert article["headline_grade"] in "ABCDF" and article["claim_count"] == 2  # the headline is no body claim


def test_a_database_from_before_headlines_is_upgraded_in_place(tmp_path):
    db_path = tmp_path / "audit.db"
    old = Database(db_path)
    MIGRATIONS.apply(old, stop_before="m002_headline")
    old.close()
    export(db_path, [SEED_002], jobs=1)
    db = Database(db_path)
    assert "headline_source_type" in db["articles"].columns_dict and db["articles"].count == 1
