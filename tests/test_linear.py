"""Work that grows with the input, not faster (provenance/attribution): counted, never timed.

A cue's subject walk reads the words near the cue, however long the sentence; a pronoun reads each
earlier sentence once, however many pronouns the article has. Time itself is measured in bench/speed.py.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import Auditor
from provenance.attribution import engine, subjects
from provenance.attribution.lang import ar_subjects, en_subjects
from provenance.models import Document
from provenance.text.sentences import quote_spans


class CountingWords:
    """subjects.WORD, counting the words it hands to the walks (the shared one and each language's)."""

    def __init__(self) -> None:
        self.read = 0

    def finditer(self, *args):
        for m in WORD.finditer(*args):
            self.read += 1
            yield m

    def match(self, *args):
        return WORD.match(*args)


WORD = subjects.WORD


def words_read_per_cue(auditor: Auditor, monkeypatch: pytest.MonkeyPatch, clause: str, cues: int) -> float:
    """Words the subject walks read (and time words they test) per cue, auditing `clause` `cues` times
    over as one sentence."""
    counter = CountingWords()
    for walks in (subjects, ar_subjects, en_subjects):
        monkeypatch.setattr(walks, "WORD", counter)
    typer = auditor.attributor.typer
    is_time_word = typer.is_time_word

    def counted(token: str) -> bool:
        counter.read += 1
        return is_time_word(token)

    monkeypatch.setattr(typer, "is_time_word", counted)
    report = auditor.audit(Document(name="long.txt", text=clause * cues + "."))
    monkeypatch.undo()
    assert len(report.claims) == 1  # one sentence
    return counter.read / cues


@pytest.mark.parametrize("clause", [
    "قال الوزير ",  # Arabic: the subject before each verb is looked for back to the clause start
    "وأضاف مسؤول ان ",
    "Officials said that ",  # English: the subject before each verb
])
def test_a_ten_times_longer_sentence_costs_each_cue_no_more(auditor: Auditor, monkeypatch: pytest.MonkeyPatch,
                                                             clause: str) -> None:
    short = words_read_per_cue(auditor, monkeypatch, clause, 200)
    long = words_read_per_cue(auditor, monkeypatch, clause, 2000)
    assert long < 1.5 * short, (short, long)


def test_pronouns_read_each_earlier_sentence_once(auditor: Auditor, monkeypatch: pytest.MonkeyPatch) -> None:
    """An interview of "He said ..." lines with nobody named: each pronoun looks back for the person
    last mentioned, and finds them when one is named at last."""
    read: list[str] = []
    named_in = engine.Attributor._named_in

    def counted(self, text, memory, lang):
        read.append(text)
        return named_in(self, text, memory, lang)

    monkeypatch.setattr(engine.Attributor, "_named_in", counted)
    lines = [f"He said line {i}." for i in range(300)]
    report = auditor.audit(Document(name="interview.txt", text="\n".join(
        [*lines, "Vladimir Putin arrived late.", "He said the talks were over."])))
    assert len(read) <= len(lines) + 2
    last = report.claims[-1]
    assert (last.source.type, last.source.name) == ("named_official", "Vladimir Putin")
    assert "attr.mention" in last.source.rules


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=' "“”«»„x', max_size=40), pos=st.integers(0, 41), margin=st.integers(0, 1))
def test_quotes_answer_as_reading_every_span_would(text: str, pos: int, margin: int) -> None:
    """A sentence's quotations are looked up by bisection; the answers are those of reading them all."""
    quotes, pos = quote_spans(text), pos % (len(text) + 1)
    assert quotes.holds(pos, margin) == any(a < pos < b - margin for a, b in quotes)
    assert quotes.opens_at(text, pos) == any(text[a + 1:pos].strip() == "" for a, b in quotes if a < pos < b)
