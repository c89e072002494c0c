"""The metadata.json and datasette.yaml written next to an export database.

Datasette 0.x reads everything from `-m metadata.json`; Datasette 1.x splits it, keeping titles and
descriptions in metadata and facets, label columns, search tables and canned queries in
`-c datasette.yaml`. Both files are keyed by database name (the file name without .db), and an export
replaces only its own database's entry, so several databases in one folder each keep theirs and
`datasette a.db b.db -m metadata.json` opens them all. Only counts, language codes and outlet names
come from the articles: they are data, so they go in plain-text fields (never *_html), JSON- or
YAML-encoded, and Datasette escapes them on the page.
"""
from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import yaml
from sqlite_utils import Database

TITLE = "Provenance audit"
DESCRIPTION = ("Who stands behind what each news article says, claim by claim: the source of every claim, "
               "the relays it passed through, its score and grade, and the evidence for each.")
SOURCE = "provenance export (news source-provenance auditor)"
LICENSE = "Audit data made with provenance (Apache-2.0); the article text belongs to its publishers"

SOURCE_TYPES = ("named_official, named_person, named_organization, document, media, state_media, "
                "intelligence, anonymous_official, anonymous or unattributed")
OFFSETS = "character offset into the article body"

# Per table: description, the column Datasette shows for a row linked to it, default facets, columns.
TABLES: dict[str, dict] = {
    "outlets": {
        "description": "News organisations: the publisher of each copy, and those credited as its origin.",
        "label_column": "name",
        "facets": ["kind", "country"],
        "columns": {"id": "the outlet's domain, or its name when the domain is unknown",
                    "name": "canonical name", "domain": "web domain",
                    "kind": "what sort of outlet (from the rules' outlet list)",
                    "country": "country code of the outlet"},
    },
    "articles": {
        "description": "One row per audited article (the same text under several inputs is stored once).",
        "label_column": "title",
        "fts_table": "articles_search",
        "facets": ["outlet_id", "grade", "language", "headline_source_type", {"array": "wire_agencies"}],
        "columns": {"id": "stable hash of the cleaned text", "title": "headline", "url": "the page's address",
                    "language": "ar, en or another ISO code", "published": "publication date (ISO) when found",
                    "outlet_id": "who published this copy",
                    "outlet_evidence": "the text that identified the outlet",
                    "outlet_rule": "the rule that identified the outlet",
                    "score": "article score, 0 to 1, from its claims' scores",
                    "grade": "article grade, A (best) to F",
                    "claim_count": "number of claims (body sentences)",
                    "by_type": "claims per source type",
                    "weakest": "ids (c1, c2...) of the article's weakest claims",
                    "wire_agencies": "news and state agencies in the article, in order of appearance",
                    "score_reasons": "the rules that decided the article score",
                    "warnings": "anything the audit wants a reader to double-check",
                    "body": "the cleaned article text; every start/end is an offset into it",
                    "headline_cue": "the headline's reporting verb, or ':' for 'Speaker: ...'",
                    "headline_source": "who the headline is attributed to",
                    "headline_source_type": "the headline source's type (not counted in the article score)",
                    "headline_score": "the headline's score, 0 to 1", "headline_grade": "the headline's grade",
                    "headline_reasons": "the rules that decided the headline's source and score"},
    },
    "inputs": {
        "description": "Every input exported: file, folder entry or JSON Lines row, and the article it became.",
        "columns": {"key": "the input's URL, else its name: re-exporting it replaces its article",
                    "article_id": "the article this input holds", "name": "path, or file.jsonl:LINE",
                    "url": "the page's address"},
    },
    "claims": {
        "description": "One row per claim (one per body sentence), with who stands behind it and its grade.",
        "label_column": "text",
        "fts_table": "claims_search",
        "facets": ["source_type", "grade", "intelligence", "question"],
        "columns": {"id": "article id and claim number", "article_id": "the article", "n": "position in the article",
                    "text": "the sentence", "start": OFFSETS, "end": OFFSETS,
                    "cue": "the reporting verb or phrase (said, according to...)",
                    "source_id": "who the claim is attributed to",
                    "source_type": f"type of the source: {SOURCE_TYPES}",
                    "source_text": "the source as the article words it",
                    "source_role": "the source's role or title",
                    "source_start": OFFSETS, "source_end": OFFSETS,
                    "anonymity_reason": "why an unnamed source is unnamed, when the article says",
                    "intelligence": "1 if an intelligence service is the source or a relay",
                    "hedges": "phrases such as \"could not be independently verified\"",
                    "score": "0 to 1: the weakest link of source and relays, moved by the rules' modifiers",
                    "grade": "A (best) to F", "weakest": "1 if among its article's weakest claims",
                    "reasons": "the rules that decided the score",
                    "question": ("1 for an interviewer's question on an interview page: not the page's sourcing, left "
                                 "out of the article's score, the gate, the canned queries and the per-outlet "
                                 "counts; facet on it (question = 0) to count sources as the score does")},
    },
    "sources": {
        "description": "Everyone the claims cite, directly or as a relay, by type and name.",
        "label_column": "name",
        "facets": ["type"],
        "columns": {"id": "type:name", "name": "canonical name, or the article's words for an unnamed source",
                    "type": f"source type: {SOURCE_TYPES}"},
    },
    "via": {
        "description": "The relays a claim passed through (\"state media said Kim told...\"), outermost first.",
        "label_column": "name",
        "facets": ["type"],
        "columns": {"article_id": "the article", "claim_id": "the claim", "n": "position, outermost first",
                    "source_id": "the relay as a source", "name": "the relay's name",
                    "type": f"relay type: {SOURCE_TYPES}", "evidence": "the text naming the relay"},
    },
    "origins": {
        "description": "Where an article says it came from: republished, translated or credited.",
        "label_column": "evidence",
        "facets": ["relation", "outlet_id"],
        "columns": {"article_id": "the article", "n": "position", "outlet_id": "the originating outlet",
                    "relation": "republished_from, translated_from or source_credit",
                    "evidence": "the text that says so", "rule": "the rule that found it"},
    },
    "wires": {
        "description": "News and state agencies in each article: dateline, credit or cited.",
        "label_column": "agency",
        "facets": ["agency", "kind", "role"],
        "columns": {"article_id": "the article", "n": "position", "claim_id": "the claim it appears in",
                    "agency": "canonical agency name (Reuters, AFP, KCNA...)",
                    "kind": "wire (news agency) or state (state agency)",
                    "role": "dateline, credit or cited", "evidence": "the text naming it",
                    "start": OFFSETS, "end": OFFSETS, "rule": "the rule that found it"},
    },
    "intelligence": {
        "description": "Mentions of intelligence services, named or not, with their country.",
        "label_column": "evidence",
        "facets": ["country", "agency", "named"],
        "columns": {"article_id": "the article", "n": "position", "claim_id": "the claim it appears in",
                    "agency": "the service, when named", "country": "country code of the service",
                    "named": "1 if the service is named", "evidence": "the text mentioning it",
                    "start": OFFSETS, "end": OFFSETS, "rule": "the rule that found it"},
    },
    "boilerplate": {
        "description": "Every piece removed from the raw text before auditing, with the rule that removed it.",
        "label_column": "text",
        "facets": ["rule"],
        "columns": {"article_id": "the article", "n": "position", "text": "the removed text",
                    "rule": "the rule that removed it",
                    "start": "offset into the text before cleaning", "end": "offset into the text before cleaning"},
    },
    "findings": {
        "description": ("What the pre-publication gate finds in each article under the sourcing policy of the rules "
                        "(articles exported before findings were recorded have none)."),
        "label_column": "rule",
        "facets": ["rule", "severity"],
        "columns": {"article_id": "the article", "n": "position", "claim_id": "the claim, or empty for the article",
                    "rule": "the policy rule's id", "kind": "what the rule checks", "severity": "error or warning",
                    "evidence": "why the rule fired"},
    },
    "claims_search": {
        "description": ("The full-text index of claims: each Arabic word in the spellings a reader may type "
                        "(with and without proclitics, folded letter forms), English through Porter stemming."),
    },
    "articles_search": {"description": "The full-text index of article titles and bodies, built like claims_search."},
    "_sqlite_migrations": {
        "description": "The schema migrations this database has had, i.e. its version; export applies new ones.",
    },
    "claim_details": {
        "description": "Claims with their article, outlet, source and relay chain, ready to filter and facet.",
        "facets": ["outlet", "source_type", "grade", "question"],
        "columns": {"via": "relays, outermost first, each with its type",
                    "question": "1 for an interviewer's question, left out of scores and canned queries"},
    },
    "weakest_claims": {
        "description": "The claims each article's audit names as its weakest, lowest score first.",
        "facets": ["outlet", "source_type", "grade"],
    },
    "claims_by_source_type_per_outlet": {
        "description": ("How many claims rest on each type of source, outlet by outlet (an interview's questions "
                        "left out, as the article's score leaves them out)."),
        "facets": ["outlet", "source_type"],
    },
    "articles_by_wire": {
        "description": "Articles per news or state agency, with the roles the agency plays in each.",
        "facets": ["agency", "kind"],
        "columns": {"roles": "dateline, credit, cited"},
    },
}

QUERIES = {
    "weakest": {
        "title": "Weakest attributed claims",
        "description": ("Claims that cite a source, lowest score first: state media, anonymous sources, unnamed "
                        "intelligence. Claims that cite none are in unsourced_figures_and_allegations."),
        "sql": """select * from claim_details where source_type != 'unattributed' and not question
order by score, article_id, n""",
    },
    "unsourced_figures_and_allegations": {
        "title": "Unsourced claims that carry a figure or an allegation",
        "description": ("Claims without a source that the gate's unattributed_terms rules flag: a figure (a toll, a "
                        "sum) or an allegation (killed, accused, corruption). Other unsourced sentences are the "
                        "reporter's narration and are left out."),
        "sql": """select f.rule, f.severity, f.evidence, d.*
from findings f join claim_details d on d.claim_id = f.claim_id
where f.kind = 'unattributed_terms' and not d.question
order by d.article_id, d.n, f.rule""",
    },
    "state_media_alone": {
        "title": "Claims resting on state media alone",
        "description": ("Claims whose speaker is state media, or whose relay nearest the speaker is (\"state media "
                        "said Kim told...\"); outer relays such as a wire only pass the report on. The same chain "
                        "rule as the gate's state_media_alone, without its search for independent corroboration."),
        "sql": """select d.* from claim_details d
where (d.source_type = 'state_media'
       or (select v.type from via v where v.claim_id = d.claim_id order by v.n desc limit 1) = 'state_media')
  and not d.question
order by d.article_id, d.n""",
    },
    "anonymous_without_reason": {
        "title": "Anonymous sources with no stated reason",
        "description": "Claims from unnamed officials or sources where the article does not say why they are unnamed.",
        "sql": """select * from claim_details
where source_type in ('anonymous_official', 'anonymous') and anonymity_reason is null and not question
order by article_id, n""",
    },
    "intelligence_by_country": {
        "title": "Intelligence-sourced claims by country",
        "description": "Claims resting on an intelligence service, by the country of the service mentioned in them.",
        "sql": """select i.country, i.agency, d.* from claim_details d
left join intelligence i on i.claim_id = d.claim_id
where d.intelligence and not d.question
order by i.country is null, i.country, d.article_id, d.n""",
    },
}

CONFIG_KEYS = ("label_column", "facets", "fts_table")  # what Datasette 1.x wants in datasette.yaml, not metadata
TOP = {"title": TITLE, "description": DESCRIPTION, "source": SOURCE, "license": LICENSE}


def build(db: Database) -> tuple[dict, dict]:
    """(metadata, config) of one database: metadata holds everything, for Datasette 0.x."""
    metadata = {"description": _contents(db), "tables": TABLES, "queries": QUERIES}
    config = {"tables": {t: {k: spec[k] for k in CONFIG_KEYS if k in spec} for t, spec in TABLES.items()},
              "queries": QUERIES}
    return metadata, config


def _contents(db: Database) -> str:
    """One line on what is in the database: counts, languages, the outlets with most articles."""
    count = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    languages = ", ".join(f"{lang} {n}" for lang, n in db.execute(
        "select language, count(*) from articles group by language order by count(*) desc, language"))
    outlets = [row[0] for row in db.execute(
        """select o.name from articles a join outlets o on o.id = a.outlet_id where o.name is not null
           group by o.id order by count(*) desc, o.name limit 10""")]
    line = (f"{count('select count(*) from articles')} articles ({languages or 'none yet'}), "
            f"{count('select count(*) from claims')} claims, {count('select count(*) from outlets')} outlets.")
    return line + (f" Most articles from: {', '.join(outlets)}." if outlets else "")


def write_datasette_files(db: Database, db_path: Path) -> tuple[Path, Path]:
    """Set this database's entry in metadata.json and datasette.yaml next to it (other databases'
    entries stay), each file replaced in one step; returns their paths."""
    metadata, config = build(db)
    paths = db_path.parent / "metadata.json", db_path.parent / "datasette.yaml"
    with _folder_lock(db_path.parent):  # two exports into one folder: neither loses the other's entry
        for path, entry, top, dump in ((paths[0], metadata, TOP, _json), (paths[1], config, {}, _yaml)):
            data = _load(path)
            for key, value in top.items():
                data.setdefault(key, value)  # a title of the user's own is kept
            databases = data.get("databases") if isinstance(data.get("databases"), dict) else {}
            data["databases"] = {**databases, db_path.stem: entry}
            _replace(path, dump(data))
    return paths


def _load(path: Path) -> dict:
    """The file's contents, or {} when it is missing or not a mapping (a broken file is rewritten)."""
    try:
        data = (json.loads if path.suffix == ".json" else yaml.safe_load)(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def _json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _yaml(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on the folder while its files are read and rewritten (where flock exists)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover  (Windows)
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _replace(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
