"""Shared fixtures: the shipped rules and an auditor, built once per test session."""
from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from provenance import Auditor
from provenance.ingest.inputs import document_from_bytes
from provenance.models import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEVSET = ROOT / "tests" / "devset"
HELD_OUT = DEVSET / "english-heldout"  # only the measure reads it (bench/evaluate.py, test_devset.py)

# Tests build rules from many temporary folders: their builds are cached for this session only, never in
# the user's ~/.cache (see provenance/rulecache.py).
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="provenance-tests-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], True)


@pytest.fixture(scope="session")
def auditor() -> Auditor:
    return Auditor()


@pytest.fixture(scope="session")
def audit(auditor):
    """The report on a text given as a string, as the sentence-by-sentence tests write their cases."""
    return lambda text: auditor.audit(Document(name="t", text=text))


def seed_cases() -> list[tuple[Path, dict]]:
    return [(SEEDS / json.loads(p.read_text(encoding="utf-8"))["file"], json.loads(p.read_text(encoding="utf-8")))
            for p in sorted(SEEDS.glob("*.expected.json"))]


def audit_path(auditor: Auditor, path: Path):
    return auditor.audit(document_from_bytes(path.read_bytes(), str(path)))


def devset_texts() -> list[Path]:
    """The devset's texts, the held-out ones left out: a test that reads them would tune the rules to them."""
    return sorted(p for p in DEVSET.glob("**/*.txt") if HELD_OUT not in p.parents)
