"""Over the whole Arabic tuning pool (290 articles of ../shared/data/arabic-pool and arabic-saudi), no
source typed as a named person or official is made only of words that cannot speak: closed-class
words (provenance/rules/ar/closed.yaml), verbs of speech, or words with a pronoun attached; and no name of
one word the article never had before is invented (src.unintroduced)."""
from pathlib import Path

import pytest

from provenance.ingest.inputs import document_from_bytes
from provenance.normalize import norm

POOL = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
FOLDERS = [POOL / "arabic-pool", POOL / "arabic-saudi"]


@pytest.mark.skipif(not FOLDERS[0].exists(), reason="../shared/data is not next to the project")
def test_no_named_source_is_made_of_words_that_cannot_speak(auditor):
    names = auditor.attributor.typer.arabic_names
    files = sorted(p for folder in FOLDERS for p in folder.glob("*.txt"))
    assert len(files) >= 280
    bad = []
    for path in files:
        report = auditor.audit(document_from_bytes(path.read_bytes(), str(path)))
        for claim in [*report.claims, *([report.headline] if report.headline else [])]:
            source = claim.source
            if source.type not in ("named_person", "named_official") or not source.name:
                continue
            words = source.name.split()
            if all(names.word(w).excluded for w in words):
                bad.append((path.name, source.name, claim.text[:60]))
    assert not bad, bad[:10]


@pytest.mark.skipif(not FOLDERS[0].exists(), reason="../shared/data is not next to the project")
def test_no_one_word_name_is_invented_where_the_article_never_introduced_it(auditor):
    """A news article introduces a person by full name or title: a named source of one word that the body never
    had before its sentence ("وتحدثت معلومات"، "يخوض المنتخب"، "فوجئ الطبيب") comes with its title in the span,
    or stands where only a speaker can ("وقال جوناثان لشبكة سي إن إن": src.subject_position). Names recalled from
    the article's memory (src.memory) are what the office-holder reading of the whole body gave, not this rule's."""
    files = sorted(p for folder in FOLDERS for p in folder.glob("*.txt"))
    bad = []
    for path in files:
        report = auditor.audit(document_from_bytes(path.read_bytes(), str(path)))
        body = norm(report.body)
        for claim in report.claims:
            source = claim.source
            if source.type not in ("named_person", "named_official") or not source.name or len(source.name.split()) > 1:
                continue
            at = body.find(norm(claim.text[:40]))
            word = norm(source.name).lstrip("و")
            titled = len(norm(source.text or "").split()) > 1
            kept = {"src.subject_position", "src.memory"} & set(source.rules)
            if at >= 0 and word not in body[:at] and not titled and not kept:
                bad.append((path.name, source.name, claim.text[:60]))
    assert not bad, bad[:10]


@pytest.mark.skipif(not FOLDERS[0].exists(), reason="../shared/data is not next to the project")
def test_no_source_span_opens_with_a_preposition(auditor):
    """A source span must be a noun phrase that can speak: none opens with a preposition written apart ("في
    البداية مترددة"، "منتصف آذار/مارس") or with ب on a verbal noun or مما ("بإبعاد المؤيدين له"، "مما سيكون له";
    closed.ar.opening_preposition, closed.ar.adverbial_opening), read over the whole Arabic tuning pool."""
    arabic = auditor.attributor.typer.arabic
    files = sorted(p for folder in FOLDERS for p in folder.glob("*.txt"))
    bad = []
    for path in files:
        report = auditor.audit(document_from_bytes(path.read_bytes(), str(path)))
        for claim in report.claims:
            text = (claim.source.text or "").strip()
            if claim.source.type not in (None, "unattributed", "unresolved") and text and arabic.adverbial(text):
                bad.append((path.name, text, claim.text[:60]))
    assert not bad, bad[:10]
