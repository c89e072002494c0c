"""`provenance export`: the SQLite database, browsed the way a user would, through Datasette in-process.

Also: re-running changes nothing, any --jobs gives the same database, a kill -9 half-way leaves a
consistent database that a re-run completes, and bad inputs are skipped with their reason.
"""
from __future__ import annotations

import asyncio
import json
import os
import re
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
from provenance.models import Outlet
from provenance.outputs.datasette_meta import TABLES, write_datasette_files
from provenance.outputs.export import MIGRATIONS, export, open_database, write_report
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


# the word with any proclitics (و ف, then ب ك ل, then the article; ل + ال is لل), in either hamza
# seat, with ة or ه, and in its sound plural: the forms an Arabic reader means by it
PROCLITICS = "(?:[وف]?[بكل]?ال|[وف]?لل|[وف]?[بكل]?)"
FORMS = {"مسؤول": rf"^{PROCLITICS}مس[ؤئ]ول(?:ين|ون)?$", "وزارة": rf"^{PROCLITICS}وزار(?:[ةه]|ات)$"}


def claims_holding(db_path: Path, word: str) -> set[str]:
    form = re.compile(FORMS[word])
    return {i for i, text in Database(db_path).execute("select id, text from claims")
            if any(form.match(w) for w in re.findall(r"\w+", text))}


@pytest.mark.parametrize("word, spellings", [
    ("مسؤول", ["مسؤول", "المسؤول", "مسئول", "المسئول"]),
    ("وزارة", ["وزارة", "الوزارة", "وزاره", "الوزاره"]),
])
def test_arabic_search_finds_every_form_of_a_word_however_it_is_typed(seeds_db, word, spellings):
    expected = claims_holding(seeds_db, word)
    assert len(expected) >= 3  # the seeds hold the word in several forms
    for typed in spellings:
        found = {r["id"] for r in rows(seeds_db, f"/audit/claims.json?_search={typed}&_size=max")}
        assert found == expected, typed


def test_english_search_matches_word_forms(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Ministers meet in Rome\n\nThe ministers said the talks were running late.\n", encoding="utf-8")
    db_path = tmp_path / "audit.db"
    export(db_path, [str(story)], jobs=1)
    for typed in ("minister", "run", "talk"):
        assert [r["text"] for r in rows(db_path, f"/audit/claims.json?_search={typed}")] == \
            ["The ministers said the talks were running late."], typed
    assert rows(db_path, "/audit/articles.json?_search=minister")


def test_two_databases_in_one_folder_keep_their_own_metadata(tmp_path):
    first, second = tmp_path / "kcna.db", tmp_path / "kyiv.db"
    export(first, [SEED_002], jobs=1)
    export(second, [SEED_004, SEED_002], jobs=1)
    metadata = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    config = yaml.safe_load((tmp_path / "datasette.yaml").read_text(encoding="utf-8"))
    assert set(metadata["databases"]) == set(config["databases"]) == {"kcna", "kyiv"}

    async def fetch(paths: list[Path], path: str):
        return await Datasette([str(p) for p in paths], metadata=metadata).client.get(path)

    for db_path, articles in ((first, 1), (second, 2)):
        name = db_path.stem
        for opened in ([db_path], [first, second]):  # alone, or both in one Datasette
            assert f"{articles} articles" in asyncio.run(fetch(opened, f"/{name}")).text
            for query in ("weakest", "state_media_alone", "anonymous_without_reason", "intelligence_by_country",
                          "unsourced_figures_and_allegations"):
                response = asyncio.run(fetch(opened, f"/{name}/{query}.json?_shape=array"))
                assert response.status_code == 200, (name, query, response.text[:300])
        kcna = asyncio.run(fetch([first, second], f"/{name}/state_media_alone.json?_shape=array")).json()
        assert {r["article_id"] for r in kcna} == {article_of(db_path, SEED_002)}


def test_the_summary_says_which_files_datasette_reads(tmp_path):
    result = CliRunner().invoke(app, ["export", str(tmp_path / "kcna.db"), SEED_002, "--jobs", "1"])
    assert result.exit_code == 0
    assert f"datasette {tmp_path / 'kcna.db'} -m {tmp_path / 'metadata.json'}" in result.stderr
    assert str(tmp_path / "datasette.yaml") in result.stderr


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


def test_intelligence_claims_by_country(seeds_db):
    intel = rows(seeds_db, "/audit/intelligence_by_country.json")
    assert {"KR", "US"} <= {r["country"] for r in intel} and all(r["intelligence"] for r in intel)


def test_weakest_lists_attributed_claims_only_lowest_score_first(seeds_db):
    weakest = rows(seeds_db, "/audit/weakest.json?_size=max")
    assert weakest and all(r["source_type"] != "unattributed" for r in weakest)
    assert [r["score"] for r in weakest] == sorted(r["score"] for r in weakest)
    attributed = Database(seeds_db).execute("select count(*) from claims where source_type != 'unattributed'")
    assert len(weakest) == attributed.fetchone()[0]
    kcna = claim_of(seeds_db, SEED_002, "وقالت وكالة الأنباء المركزية الكورية")  # Kim via KCNA: 0.2
    assert weakest[0]["score"] <= 0.2 and kcna in {r["claim_id"] for r in weakest if r["score"] == 0.2}


def test_unsourced_claims_are_listed_only_when_they_carry_a_figure_or_an_allegation(seeds_db):
    found = rows(seeds_db, "/audit/unsourced_figures_and_allegations.json?_size=max")
    assert found and all(r["source_type"] == "unattributed" for r in found)
    assert all(r["rule"] in ("unattributed.figure", "unattributed.allegation") and r["evidence"] for r in found)
    ids = {r["claim_id"] for r in found}
    assert claim_of(seeds_db, SEED_002, "وتوطدت العلاقات بين روسيا وكوريا الشمالية") in ids  # "thousands of troops"
    assert claim_of(seeds_db, SEED_002, "ويزور لافروف كوريا الشمالية حاليا لمدة ثلاثة أيام") not in ids  # a duration
    unattributed = Database(seeds_db).execute("select count(*) from claims where source_type = 'unattributed'")
    assert len(ids) < unattributed.fetchone()[0]  # narration without a figure or an allegation is left out


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
    search = [t for t in db.table_names() if db[t].virtual_table_using]  # FTS tables, and their shadows below
    for name in [*db.table_names(), *db.view_names()]:
        if name.startswith("_") or any(name.startswith(f"{t}_") for t in search):
            continue
        assert tables[name]["description"], name
        if name in db.table_names() and name not in search:
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
    summaries = []
    for text in (first, second):
        feed.write_text(json.dumps({"url": "https://example.org/story", "text": text}) + "\n", encoding="utf-8")
        summaries.append(export(db_path, [str(feed)], jobs=1))
    assert (summaries[0].articles, summaries[0].replaced) == (1, 0)
    assert (summaries[1].articles, summaries[1].replaced) == (0, 1)
    assert "0 articles written" in str(summaries[1]) and "1 replaced" in str(summaries[1])
    db = Database(db_path)
    fresh = tmp_path / "fresh.db"
    export(fresh, [str(feed)], jobs=1)
    assert db["articles"].count == 1 and db["inputs"].count == 1
    for table in ("articles", "claims", "sources", "via", "wires", "outlets", "findings", "claims_search",
                  "articles_search"):
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
        for fts in ("claims_search", "articles_search"):  # raises if out of step
            conn.execute(f"insert into {fts}({fts}) values ('integrity-check')")
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
    applied = ["m001_initial", "m002_headline", "m003_search", "m004_findings", "m005_questions"]
    assert [m.name for m in MIGRATIONS.applied(db)] == applied
    open_database(seeds_db).close()
    assert db.schema == schema and MIGRATIONS.pending(db) == []
    assert [m.name for m in MIGRATIONS.applied(db)] == applied


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


def test_an_older_database_gets_the_new_search_for_the_claims_it_holds(tmp_path):
    db_path = tmp_path / "audit.db"
    old = Database(db_path)
    MIGRATIONS.apply(old, stop_before="m003_search")
    text = "وقال المسؤولون إن الوزارة لم تعلق."
    old["articles"].insert({"id": "old", "title": "قديم", "language": "ar", "body": text})
    old["claims"].insert({"id": "old-c1", "article_id": "old", "n": 1, "text": text,
                          "source_type": "anonymous_official"})
    old.close()
    export(db_path, [SEED_002], jobs=1)
    assert [r["id"] for r in rows(db_path, "/audit/claims.json?_search=مسئول")] == ["old-c1"]
    assert "old" in {r["id"] for r in rows(db_path, "/audit/articles.json?_search=وزاره")}


def test_two_exports_into_one_database_at_once_both_finish(tmp_path):
    folders = []
    for side in ("a", "b"):
        folder = tmp_path / side
        folder.mkdir()
        for i in range(15):
            for seed in SEEDS[1:4]:
                headline, rest = seed.read_text(encoding="utf-8").split("\n", 1)
                text = f"{headline}\nوبلغ عدد المشاركين {i} شخصا في {side}.\n{rest}"  # a new article
                (folder / f"{i:02d}_{seed.name}").write_text(text, encoding="utf-8")
        folders.append(folder)
    db_path = tmp_path / "audit.db"
    procs = [subprocess.Popen([sys.executable, "-m", "provenance", "export", str(db_path), str(folder), "--jobs", "1",
                               "--quiet"], stderr=subprocess.PIPE, text=True) for folder in folders]
    errors = [proc.communicate(timeout=300)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], errors
    assert Database(db_path)["articles"].count == 90


@pytest.fixture
def read_only(tmp_path):
    """Make a file read-only even for root (chattr +i), or skip where that cannot be done."""
    frozen = []

    def freeze(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o444)
        elif subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("cannot make a file read-only for root here")
        frozen.append(path)

    yield freeze
    for path in frozen:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(0o644)


def test_a_read_only_database_fails_with_one_line(tmp_path, read_only):
    db_path = tmp_path / "audit.db"
    export(db_path, [SEED_002], jobs=1)
    read_only(db_path)
    result = subprocess.run([sys.executable, "-m", "provenance", "export", str(db_path), SEED_004, "--jobs", "1"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"error: {db_path}: cannot write to the database (read-only)"], result.stderr


# politico_2016-02-19_q-a-with-vice-president-joe-bide (PolNeAR train), shortened: the interviewer's questions
# are claims (marked question), left out of the canned queries and the per-outlet counts as the score leaves them out
BIDEN_QUESTIONS = """Q&A with Vice President Joe Biden.

Vice President Joe Biden spent Thursday morning in St. Paul, Minnesota. Unnamed officials said the trip was planned.

Q: Is corruption the main problem? Some Americans say: It's time for us to get out.

A: It's up to the Afghan people.

Q: What about the middle class?

A: It is getting clobbered.
"""


def test_an_interview_s_questions_are_marked_and_left_out_of_the_canned_queries(tmp_path):
    page = tmp_path / "qa.txt"
    page.write_text(BIDEN_QUESTIONS, encoding="utf-8")
    db_path = tmp_path / "audit.db"
    export(db_path, [str(page)], jobs=1)
    claims = rows(db_path, "/audit/claims.json?_facet=question")
    asked = {r["text"] for r in claims if r["question"]}
    assert "Some Americans say: It's time for us to get out." in asked and len(asked) == 3
    anonymous = {r["text"] for r in rows(db_path, "/audit/anonymous_without_reason.json")}
    assert anonymous == {"Unnamed officials said the trip was planned."}
    counted = {r["source_type"]: r["claims"] for r in rows(db_path, "/audit/claims_by_source_type_per_outlet.json")}
    [by_type] = [json.loads(r["by_type"]) for r in rows(db_path, "/audit/articles.json")]
    assert counted == by_type  # as the article's score counts them


def test_a_database_from_before_questions_marks_the_questions_it_holds(tmp_path):
    db_path = tmp_path / "audit.db"
    old = Database(db_path)
    MIGRATIONS.apply(old, stop_before="m005_questions")
    old["articles"].insert({"id": "old", "title": "Q&A", "language": "en", "body": "Q: Why? A: Because."})
    old["claims"].insert_all([{"id": f"old-c{n}", "article_id": "old", "n": n, "text": text, "source_type": "unattributed",
                               "reasons": json.dumps(reasons)} for n, text, reasons in
                              [(1, "Q: Why?", ["interview.question", "attr.no_cue"]), (2, "A: Because.", [])]])
    old.close()
    export(db_path, [SEED_002], jobs=1)
    marked = dict(Database(db_path).execute("select id, question from claims where article_id = 'old'").fetchall())
    assert marked == {"old-c1": 1, "old-c2": 0}
