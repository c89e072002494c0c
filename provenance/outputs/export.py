"""Audit many articles into one SQLite database that Datasette can browse.

Each report is split over tables keyed back to its article (claims, via, wires, intelligence,
boilerplate, origins) plus two shared ones (outlets, sources). Every article goes in inside one
transaction, so a crash or kill leaves the articles finished before it and nothing half-written.
Re-running is safe: the inputs table remembers which article each input (its URL, else its name)
became; an input stored with the same article id is left alone, one whose text changed has its
old article replaced. Each write transaction takes the write lock first, and a busy database is
waited for, so two exports can add to one database at the same time.

    from provenance.outputs.export import export
    summary = export("audit.db", ["articles/"], jobs=4)
"""
from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable, Iterator, Literal, Optional, Union

from sqlite_utils import Database, Migrations

from ..batch.parallel import audit_paths
from ..gate.check import Policy, gate, load_policy, policy_path
from ..ingest.inputs import BadInput
from ..models import Claim, Report
from ..pipeline import NO_RULES, Auditor
from .datasette_meta import write_datasette_files
from .search import TOKENIZE, search_text

MIGRATIONS = Migrations("provenance")

# Tables holding one article's rows, children before parents: the order to delete them in.
ARTICLE_TABLES = ("via", "wires", "intelligence", "origins", "boilerplate", "findings", "claims")
BUSY_TIMEOUT = 60  # seconds to wait for another writer (another export holds the lock one article at a time)
Outcome = Literal["written", "replaced", "present"]


class ExportError(Exception):
    """The database cannot be used; the message is the one line the user sees."""


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    """The first schema. Frozen: later changes go in new migrations, never here."""
    db["outlets"].create({"id": str, "name": str, "domain": str, "kind": str, "country": str}, pk="id")
    db["articles"].create({
        "id": str, "title": str, "url": str, "language": str, "published": str,
        "outlet_id": str, "outlet_evidence": str, "outlet_rule": str,
        "score": float, "grade": str, "claim_count": int, "by_type": str, "weakest": str,
        "wire_agencies": str, "score_reasons": str, "warnings": str, "body": str,
    }, pk="id", foreign_keys=[("outlet_id", "outlets", "id")], not_null=["language", "body"])
    db["inputs"].create({"key": str, "article_id": str, "name": str, "url": str}, pk="key",
                        foreign_keys=[("article_id", "articles", "id")], not_null=["article_id"])
    db["sources"].create({"id": str, "name": str, "type": str}, pk="id", not_null=["type"])
    db["claims"].create({
        "id": str, "article_id": str, "n": int, "text": str, "start": int, "end": int, "cue": str,
        "source_id": str, "source_type": str, "source_text": str, "source_role": str,
        "source_start": int, "source_end": int, "anonymity_reason": str,
        "intelligence": bool, "hedges": str, "score": float, "grade": str, "weakest": bool, "reasons": str,
    }, pk="id", foreign_keys=[("article_id", "articles", "id"), ("source_id", "sources", "id")],
        not_null=["article_id", "text", "source_type"])
    db["via"].create({"article_id": str, "claim_id": str, "n": int, "source_id": str, "name": str,
                      "type": str, "evidence": str}, pk=("claim_id", "n"),
                     foreign_keys=[("article_id", "articles", "id"), ("claim_id", "claims", "id"),
                                   ("source_id", "sources", "id")])
    db["origins"].create({"article_id": str, "n": int, "outlet_id": str, "relation": str, "evidence": str,
                          "rule": str}, pk=("article_id", "n"),
                         foreign_keys=[("article_id", "articles", "id"), ("outlet_id", "outlets", "id")])
    db["wires"].create({"article_id": str, "n": int, "claim_id": str, "agency": str, "kind": str, "role": str,
                        "evidence": str, "start": int, "end": int, "rule": str}, pk=("article_id", "n"),
                       foreign_keys=[("article_id", "articles", "id"), ("claim_id", "claims", "id")])
    db["intelligence"].create({"article_id": str, "n": int, "claim_id": str, "agency": str, "country": str,
                               "named": bool, "evidence": str, "start": int, "end": int, "rule": str},
                              pk=("article_id", "n"),
                              foreign_keys=[("article_id", "articles", "id"), ("claim_id", "claims", "id")])
    db["boilerplate"].create({"article_id": str, "n": int, "text": str, "rule": str, "start": int, "end": int},
                             pk=("article_id", "n"), foreign_keys=[("article_id", "articles", "id")])
    db.index_foreign_keys()
    for table, column in [("claims", "source_type"), ("claims", "grade"), ("claims", "score"),
                          ("articles", "grade"), ("wires", "agency"), ("intelligence", "country")]:
        db[table].create_index([column])
    db["articles"].enable_fts(["title", "body"], create_triggers=True)
    db["claims"].enable_fts(["text"], create_triggers=True)
    db.create_view("claim_details", """
        select c.id as claim_id, c.article_id, a.title as article, coalesce(o.name, o.domain) as outlet,
               c.n, c.text, c.source_type, s.name as source, c.anonymity_reason,
               (select group_concat(coalesce(v.name, v.type) || ' (' || v.type || ')', ' < ')
                  from via v where v.claim_id = c.id) as via,
               c.intelligence, c.hedges, c.score, c.grade, c.weakest, c.reasons
        from claims c join articles a on a.id = c.article_id
        left join outlets o on o.id = a.outlet_id left join sources s on s.id = c.source_id""")
    db.create_view("weakest_claims",
                   "select * from claim_details where weakest order by score, article_id, n")
    db.create_view("claims_by_source_type_per_outlet", """
        select coalesce(o.name, o.domain, '(not identified)') as outlet, c.source_type,
               count(*) as claims, count(distinct c.article_id) as articles
        from claims c join articles a on a.id = c.article_id left join outlets o on o.id = a.outlet_id
        group by a.outlet_id, c.source_type order by outlet, claims desc""")
    db.create_view("articles_by_wire", """
        select w.agency, w.kind, w.article_id, a.title, a.published,
               group_concat(distinct w.role) as roles, count(*) as mentions
        from wires w join articles a on a.id = w.article_id
        group by w.agency, w.article_id order by w.agency, a.published desc, w.article_id""")


@MIGRATIONS()
def m002_headline(db: Database) -> None:
    """The headline's own attribution (null for articles exported before it was read)."""
    for column, kind in [("headline_cue", str), ("headline_source", str), ("headline_source_type", str),
                         ("headline_score", float), ("headline_grade", str), ("headline_reasons", str)]:
        db["articles"].add_column(column, kind)
    db["articles"].create_index(["headline_source_type"])


@MIGRATIONS()
def m003_search(db: Database) -> None:
    """Full-text search on every spelling a reader may type (search.py), not on the text as written."""
    for table in ("claims", "articles"):
        db[table].disable_fts()
        db.execute(f"create virtual table {table}_search using fts5(search, tokenize='{TOKENIZE}')")
    # streamed: a large database is indexed without holding its text in memory
    claims = db.conn.execute("select rowid, text from claims")
    db.conn.executemany("insert into claims_search(rowid, search) values (?, ?)",
                        ((rowid, search_text(text)) for rowid, text in claims))
    db.conn.executemany("insert into articles_search(rowid, search) values (?, ?)",
                        ((rowid, search_text(title or "", body))
                         for rowid, title, body in db.conn.execute("select rowid, title, body from articles")))


@MIGRATIONS()
def m004_findings(db: Database) -> None:
    """The gate's findings under the policy of the rules (articles exported before have none)."""
    db["findings"].create({"article_id": str, "n": int, "claim_id": str, "rule": str, "kind": str, "severity": str,
                           "evidence": str}, pk=("article_id", "n"),
                          foreign_keys=[("article_id", "articles", "id"), ("claim_id", "claims", "id")],
                          not_null=["rule", "kind", "severity"])
    db.index_foreign_keys()
    db["findings"].create_index(["kind"])


@MIGRATIONS()
def m005_questions(db: Database) -> None:
    """An interview's questions marked (Claim.question; read from the reasons of articles exported before) and
    left out of the summary views, as the article's score and the gate leave them out."""
    db["claims"].add_column("question", bool, not_null_default=0)
    db.execute("""update claims set question = 1 where exists (select 1 from json_each(claims.reasons)
                  where value = 'interview.question')""")
    db["claims"].create_index(["question"])
    db.create_view("claim_details", """
        select c.id as claim_id, c.article_id, a.title as article, coalesce(o.name, o.domain) as outlet,
               c.n, c.text, c.source_type, s.name as source, c.anonymity_reason,
               (select group_concat(coalesce(v.name, v.type) || ' (' || v.type || ')', ' < ')
                  from via v where v.claim_id = c.id) as via,
               c.intelligence, c.hedges, c.score, c.grade, c.weakest, c.reasons, c.question
        from claims c join articles a on a.id = c.article_id
        left join outlets o on o.id = a.outlet_id left join sources s on s.id = c.source_id""", replace=True)
    db.create_view("claims_by_source_type_per_outlet", """
        select coalesce(o.name, o.domain, '(not identified)') as outlet, c.source_type,
               count(*) as claims, count(distinct c.article_id) as articles
        from claims c join articles a on a.id = c.article_id left join outlets o on o.id = a.outlet_id
        where not c.question
        group by a.outlet_id, c.source_type order by outlet, claims desc""", replace=True)


def open_database(path: Union[str, Path]) -> Database:
    """Open (or create) an export database, bring its schema up to date and make sure it can be written."""
    try:
        db = Database(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT))
    except sqlite3.Error as exc:
        raise database_error(path, exc) from None
    try:
        db.execute("PRAGMA foreign_keys = ON")
        # WAL: a commit per article without an fsync each; a killed process still leaves every
        # committed article whole (only a power cut can drop the last few, never corrupt the file).
        _switch_to_wal(db)
        db.execute("PRAGMA synchronous = NORMAL")
        with writing(db):
            MIGRATIONS.apply(db)
            # a write that changes nothing: a read-only database fails here, before any article is audited
            db.execute(f"PRAGMA user_version = {db.execute('PRAGMA user_version').fetchone()[0]}")
    except sqlite3.Error as exc:
        db.close()
        raise database_error(path, exc) from None
    return db


def _switch_to_wal(db: Database) -> None:
    """PRAGMA journal_mode = WAL, retried: two exports opening a new database at once race to switch it, and
    SQLite answers the loser "database is locked" at once, without waiting as it does for a write."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def database_error(path: Union[str, Path], exc: sqlite3.Error) -> ExportError:
    """The one line to show for an SQLite error on the export database."""
    message = str(exc)
    if "readonly" in message:
        return ExportError(f"{path}: cannot write to the database (read-only)")
    if "locked" in message or "busy" in message:
        return ExportError(f"{path}: another program kept the database locked for over {BUSY_TIMEOUT} s")
    return ExportError(f"{path}: cannot be used as the export database ({message})")


@contextmanager
def writing(db: Database) -> Iterator[None]:
    """One write transaction that takes the write lock before it reads (BEGIN IMMEDIATE): a transaction
    that reads first cannot wait for another writer, it fails with "database is locked"."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@dataclass
class Summary:
    """What one export run did."""

    articles: int = 0  # new articles written
    replaced: int = 0  # inputs whose text changed: their new article replaced the old one
    claims: int = 0  # claims in the articles written or replaced
    present: int = 0  # inputs whose article was already in the database: left alone
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (input, reason) for each bad input
    unscored: int = 0  # articles written whose language has no attribution rules (claims not scored)
    datasette: tuple[Path, Path] = (Path("metadata.json"), Path("datasette.yaml"))  # the files written beside it

    @property
    def inputs(self) -> int:
        return self.articles + self.replaced + self.present + len(self.skipped)

    def __str__(self) -> str:
        unscored = f", {self.unscored:,} not scored (no attribution rules for their language)" if self.unscored else ""
        return (f"{self.inputs:,} inputs: {self.articles:,} articles written, {self.replaced:,} replaced "
                f"({self.claims:,} claims{unscored}), {self.present:,} already in the database, "
                f"{len(self.skipped):,} skipped")


def export(db_path: Union[str, Path], paths: list[str], jobs: Optional[int] = None,
           rules_dir: Optional[Union[str, Path, Auditor]] = None,
           progress: Optional[Callable[[Summary], None]] = None) -> Summary:
    """Audit `paths` (files, folders, .jsonl) into `db_path`, then write the Datasette files beside it.

    `progress` is called with the running Summary after each input. Audits run on `jobs` processes
    while this process alone writes, in input order, so the database is the same for any `jobs`.
    Findings are the gate's under the policy of the rules folder (the shipped one when it has none);
    `rules_dir` may also be an Auditor, whose rules and time limit the audits use.
    """
    summary = Summary()
    folder = rules_dir.rules.directory if isinstance(rules_dir, Auditor) else rules_dir
    policy = load_policy(policy_path(folder))
    db = open_database(db_path)
    try:
        for result in audit_paths(paths, jobs, rules_dir):
            if isinstance(result, BadInput):
                summary.skipped.append((result.name, result.error))
            else:
                outcome = write_report(db, result, policy)
                if outcome == "present":
                    summary.present += 1
                else:
                    summary.articles += outcome == "written"
                    summary.replaced += outcome == "replaced"
                    summary.claims += len(result.claims)
                    summary.unscored += NO_RULES in result.score.reasons
            if progress:
                progress(summary)
        try:
            summary.datasette = write_datasette_files(db, Path(db_path))
        except OSError as exc:
            raise ExportError(f"{db_path}: the articles are in, but the Datasette files cannot be written: {exc}") \
                from None
    except sqlite3.Error as exc:
        raise database_error(db_path, exc) from None
    finally:
        db.close()
    return summary


def input_key(report: Report) -> str:
    """What identifies an input across runs: its URL, else its name (path, file.jsonl:LINE)."""
    return report.url or report.input or report.id


@cache
def _shipped_policy() -> Policy:
    return load_policy()


def write_report(db: Database, report: Report, policy: Optional[Policy] = None) -> Outcome:
    """Store one report in one transaction: "written" (a new article), "replaced" (the input's text
    changed, its old article goes) or "present" (already there, or the same text under another input)."""
    key = input_key(report)
    with writing(db):
        row = db.execute("select article_id from inputs where key = ?", [key]).fetchone()
        old_id = row[0] if row else None
        if old_id == report.id:
            return "present"
        added = not db.execute("select 1 from articles where id = ?", [report.id]).fetchone()
        if added:
            _insert_article(db, report, policy or _shipped_policy())
        db["inputs"].upsert({"key": key, "article_id": report.id, "name": report.input, "url": report.url},
                            pk="key")
        if old_id is not None:
            _drop_if_unused(db, old_id)
    return "replaced" if old_id is not None else "written" if added else "present"


def _headline(h: Optional[Claim]) -> dict:
    if h is None:
        return {}
    return {"headline_cue": h.cue, "headline_source": h.source.name or h.source.text,
            "headline_source_type": h.source.type, "headline_score": h.score, "headline_grade": h.grade,
            "headline_reasons": h.reasons}


def _insert_article(db: Database, r: Report, policy: Policy) -> None:
    claims = r.claims
    weakest = set(r.score.weakest)
    db["articles"].insert({
        "id": r.id, "title": r.title, "url": r.url, "language": r.language, "published": r.published,
        "outlet_id": _outlet(db, r.outlet.name, r.outlet.domain, r.outlet.kind, r.outlet.country),
        "outlet_evidence": r.outlet.evidence, "outlet_rule": r.outlet.rule,
        "score": r.score.article, "grade": r.score.grade, "claim_count": len(claims),
        "by_type": r.score.by_type, "weakest": r.score.weakest,
        "wire_agencies": list(dict.fromkeys(w.agency for w in r.wires)),
        "score_reasons": r.score.reasons, "warnings": r.warnings, "body": r.body,
        **_headline(r.headline),
    })
    speakers = [(c.source.name or c.source.text, c.source.type) for c in claims] + \
        [(v.name, v.type) for c in claims for v in c.via]
    db["sources"].insert_all([{"id": _source_key(name, type_), "name": name, "type": type_}
                              for name, type_ in dict.fromkeys(speakers) if name is not None], ignore=True)
    db["claims"].insert_all([{
        "id": _claim_id(r, c), "article_id": r.id, "n": n, "text": c.text, "start": c.start, "end": c.end,
        "cue": c.cue, "source_id": _source_key(c.source.name or c.source.text, c.source.type),
        "source_type": c.source.type, "source_text": c.source.text, "source_role": c.source.role,
        "source_start": c.source.start, "source_end": c.source.end,
        "anonymity_reason": c.source.anonymity_reason, "intelligence": c.intelligence, "hedges": c.hedges,
        "score": c.score, "grade": c.grade, "weakest": c.id in weakest, "reasons": c.reasons,
        "question": c.question,
    } for n, c in enumerate(claims, 1)])
    db["via"].insert_all([
        {"article_id": r.id, "claim_id": _claim_id(r, c), "n": n, "source_id": _source_key(v.name, v.type),
         "name": v.name, "type": v.type, "evidence": v.evidence}
        for c in claims for n, v in enumerate(c.via, 1)])
    db["origins"].insert_all([
        {"article_id": r.id, "n": n, "outlet_id": _outlet(db, o.name, o.domain),
         "relation": o.relation, "evidence": o.evidence, "rule": o.rule}
        for n, o in enumerate(r.origin, 1)])
    located = {"evidence", "start", "end", "rule"}
    db["wires"].insert_all(_rows(r, r.wires, {"agency", "kind", "role"} | located, in_claim=True))
    db["intelligence"].insert_all(_rows(r, r.intelligence, {"agency", "country", "named"} | located, in_claim=True))
    db["boilerplate"].insert_all(_rows(r, r.boilerplate, {"text", "rule", "start", "end"}))
    db.conn.executemany(
        "insert into findings (article_id, n, claim_id, rule, kind, severity, evidence) values (?, ?, ?, ?, ?, ?, ?)",
        [(r.id, n, f"{r.id}-{f.claim}" if f.claim else None, f.rule, f.kind, f.severity, f.evidence)
         for n, f in enumerate(gate([r], policy), 1)])
    db.execute("insert into articles_search(rowid, search) select rowid, ? from articles where id = ?",
               [search_text(r.title or "", r.body), r.id])
    db.conn.executemany("insert into claims_search(rowid, search) select rowid, ? from claims where id = ?",
                        [(search_text(c.text), _claim_id(r, c)) for c in claims])


def _rows(r: Report, items: list, fields: set[str], in_claim: bool = False) -> list[dict]:
    """One row per item of a report list: its article, its position, `fields`, and the claim holding it."""
    return [{"article_id": r.id, "n": n, **({"claim_id": _claim_at(r, it.start)} if in_claim else {}),
             **it.model_dump(include=fields)} for n, it in enumerate(items, 1)]


def _claim_id(r: Report, claim: Claim) -> str:
    return f"{r.id}-{claim.id}"


def _claim_at(r: Report, offset: int) -> Optional[str]:
    """The claim whose sentence holds this body offset (a wire credit, an intelligence mention)."""
    return next((_claim_id(r, c) for c in r.claims if c.start <= offset < c.end), None)


def _outlet(db: Database, name: Optional[str], domain: Optional[str], kind: Optional[str] = None,
            country: Optional[str] = None) -> Optional[str]:
    """The outlets row for this name/domain (keyed by domain, else name), filling in what it lacked."""
    key = domain or name
    if key is None:
        return None
    known = {"id": key, "name": name, "domain": domain, "kind": kind, "country": country}
    db["outlets"].upsert({k: v for k, v in known.items() if v is not None}, pk="id")
    return key


def _source_key(name: Optional[str], type_: str) -> Optional[str]:
    """The sources row of a speaker, keyed by type and name; None when nobody is named or quoted."""
    return None if name is None else f"{type_}:{name}"


def _drop_if_unused(db: Database, article_id: str) -> None:
    """Delete an article no input points to any more, then the outlets and sources only it used."""
    if db.execute("select 1 from inputs where article_id = ?", [article_id]).fetchone():
        return
    # only the sources and outlets this article used can have become unused: no table scan
    sources = _ids(db, "select source_id from claims where article_id = ? union select source_id from via "
                       "where article_id = ?", article_id)
    outlets = _ids(db, "select outlet_id from articles where id = ? union select outlet_id from origins "
                       "where article_id = ?", article_id)
    db.execute("delete from claims_search where rowid in (select rowid from claims where article_id = ?)", [article_id])
    db.execute("delete from articles_search where rowid in (select rowid from articles where id = ?)", [article_id])
    for table in ARTICLE_TABLES:
        db.execute(f"delete from {table} where article_id = ?", [article_id])
    db.execute("delete from articles where id = ?", [article_id])
    db.execute(f"""delete from sources where id in ({", ".join("?" * len(sources))})
                   and not exists (select 1 from claims where source_id = sources.id)
                   and not exists (select 1 from via where source_id = sources.id)""", sources)
    db.execute(f"""delete from outlets where id in ({", ".join("?" * len(outlets))})
                   and not exists (select 1 from articles where outlet_id = outlets.id)
                   and not exists (select 1 from origins where outlet_id = outlets.id)""", outlets)


def _ids(db: Database, sql: str, article_id: str) -> list[str]:
    """The non-null ids the query gives for one article (its two placeholders both take the article)."""
    return [row[0] for row in db.execute(sql, [article_id, article_id]) if row[0] is not None]
