"""The audit of one article has a time limit: an article over it fails with one line, and the batch goes on."""
from __future__ import annotations

import multiprocessing
import re
import time

import pytest
from conftest import SEEDS

from provenance import pipeline
from provenance.batch import parallel
from provenance.ingest.inputs import BadInput
from provenance.models import Document, Report
from provenance.pipeline import Auditor

SEED = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
SLOW = "\n\nThe NEVER-ENDING paragraph goes on and on.\n"


@pytest.fixture(params=["regex", "python"])
def endless_stage(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentence splitting never ends on an article that ends with SLOW: in a regular expression that
    backtracks for ever (C code), or in a Python loop."""
    split = pipeline.split_sentences

    def endless(body, *args):
        if "NEVER-ENDING" in body:
            if request.param == "regex":
                re.search(r"(a+)+$", "a" * 60 + "!")
            while True:
                pass
        return split(body, *args)

    monkeypatch.setattr(pipeline, "split_sentences", endless)


def test_an_article_over_the_time_limit_fails_with_one_line_and_the_batch_goes_on(endless_stage, auditor) -> None:
    limited = Auditor(auditor.rules, time_limit=1)
    docs = [Document(name="slow.txt", text=SEED + SLOW), Document(name="seed.txt", text=SEED)]
    started = time.process_time()  # the limit counts processor time: a busy machine takes longer by the clock
    results = list(limited.audit_many(docs))
    assert time.process_time() - started < 10
    assert isinstance(results[0], BadInput)
    assert results[0].error == ("slow.txt: the audit took over 1 s of processor time "
                                "(raise the limit with --time-limit); not audited")
    assert isinstance(results[1], Report) and results[1].claims


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers must inherit the endless stage")
def test_workers_apply_the_time_limit_and_keep_the_order(endless_stage, auditor) -> None:
    docs = [Document(name=f"{i}.txt", text=SEED + (SLOW if i in (1, 4) else "")) for i in range(6)]
    results = list(parallel.audit_documents(docs, jobs=2, auditor=Auditor(auditor.rules, time_limit=1), chunk=2))
    assert [r.name if isinstance(r, BadInput) else r.input for r in results] == [d.name for d in docs]
    assert [type(r) for r in results] == [Report, BadInput, Report, Report, BadInput, Report]
    assert "took over 1 s" in results[4].error


def test_the_limit_leaves_no_alarm_behind(auditor) -> None:
    import signal
    handler = signal.getsignal(signal.SIGPROF)
    Auditor(auditor.rules, time_limit=5).audit(Document(name="seed.txt", text=SEED))
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) is handler


def test_a_source_that_spoke_to_the_publisher_of_this_copy_has_no_relay(auditor) -> None:
    # politico_2016-05-05_paul-ryan-says-he-s-not-ready-to (tests/devset/english): "told POLITICO" in Politico is
    # Politico's own interview (LABELLING: the relay stands between source and reader); "told Fox News" stays
    html = ("<html><head><title>Ryan not ready</title></head><body><article><h1>Ryan not ready</h1>"
            "<p>Brendan Buck, a spokesman for Ryan, told POLITICO that the House speaker gave Priebus a heads up "
            "before the interview.</p><p>Priebus later told Fox News that both men would meet next week to talk."
            "</p></article></body></html>")
    report = auditor.audit(Document(name="ryan.html", html=html, url="https://www.politico.com/story/2016/05/ryan"))
    own, other = report.claims
    assert report.outlet.name == "Politico"
    assert own.via == [] and "via.publisher" in own.reasons
    assert [v.name for v in other.via] == ["Fox News"]
