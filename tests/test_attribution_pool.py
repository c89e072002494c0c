"""Over the whole Arabic tuning pool (290 articles of ../shared/data/arabic-pool and arabic-saudi), no
source typed as a named person or official is made only of words that cannot speak: closed-class
words (provenance/rules/ar/closed.yaml), verbs of speech, or words with a pronoun attached."""
from pathlib import Path

import pytest

from provenance.ingest.inputs import document_from_bytes

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
