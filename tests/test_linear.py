"""Work that grows with the input, not faster (provenance/attribution): counted, never timed.

A cue's subject walk reads the words near the cue, however long the sentence; a pronoun reads each
earlier sentence once, however many pronouns the article has. Time itself is measured in bench/speed.py.
"""
from __future__ import annotations

import re

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

    def search(self, *args):
        found = WORD.search(*args)
        self.read += found is not None
        return found


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
    # the frame's look-back for a quotation closed just before it (lang/en.py _named_in_opening), which read every
    # span of the sentence per frame: '"Yes," said Mr. Smith, ' 20,000 times took half a minute (tests/test_hostile.py)
    assert quotes.opened_closing_between(pos - 4, pos) == min((a for a, b in quotes if pos - 4 <= b <= pos), default=0)


class CountingRe:
    """engine.re, counting the calls made through it and those that read a text at least `long` characters long
    (the whole body, not one sentence or one name)."""

    def __init__(self, long: int) -> None:
        self.calls = 0
        self.long_reads = 0
        self.long = long

    def __getattr__(self, name: str):
        real = getattr(re, name)
        if not callable(real) or name in ("compile", "escape") or isinstance(real, type):
            return real

        def counted(*args, **kwargs):
            self.calls += 1
            self.long_reads += any(isinstance(a, str) and len(a) >= self.long for a in args)
            return real(*args, **kwargs)
        return counted


class CountingClaims(list):
    """The claims handed to engine.Attributor._tweets, counting the claims it reads."""

    read = 0

    def __getitem__(self, i):
        CountingClaims.read += 1
        return super().__getitem__(i)

    def __iter__(self):
        for claim in super().__iter__():
            CountingClaims.read += 1
            yield claim


def tweet_work(auditor: Auditor, monkeypatch: pytest.MonkeyPatch, tweets: int) -> tuple[float, float, int]:
    """(re calls per tweet, claims read per tweet, whole-body reads) auditing an article of `tweets` closed
    tweets by a person the article names, then as many unclosed tags (the crawl lost their closing tags)."""
    closed = '<tweet author="@SenJaneWhitmore">The bill is dead, and the vote on the floor is over.</tweet>\n'
    unclosed = '<tweet author="@MashableNews">Watch the debate tonight with us.\n'
    text = "Title\n\nSenator Jane Whitmore said the bill was dead.\n\n" + closed * tweets + unclosed * tweets
    counting = CountingRe(long=len(text) // 2)
    monkeypatch.setattr(engine, "re", counting)
    tweets_of = engine.Attributor._tweets

    def counted(self, body, claims, memory):
        return tweets_of(self, body, CountingClaims(claims), memory)

    CountingClaims.read = 0
    monkeypatch.setattr(engine.Attributor, "_tweets", counted)
    report = auditor.audit(Document(name="tweets.txt", text=text))
    monkeypatch.undo()
    whitmore = [c for c in report.claims if "floor" in c.text]
    assert len(whitmore) == tweets and all(c.source.text == "Whitmore" for c in whitmore)
    return counting.calls / tweets, CountingClaims.read / tweets, counting.long_reads


def test_many_tweets_are_each_read_once(auditor: Auditor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of embedded tweets, closed and unclosed: each tweet reads its own sentences, looks its handle up
    among the outlets and the names met without going through them all, and finds the mention of its author by
    bisection; the body is read whole a fixed number of times, not once per tweet (engine.py `_tweets`)."""
    # an unclosed tag's text ends at the next "<tweet": no match, however many there are, reads past it
    match = engine._TWEET.search('<tweet author="@a">one ' * 3 + '<tweet author="@b">two</tweet>')
    assert (match.group(1), match.group(2)) == ("@b", "two")
    assert engine._TWEET.search('<tweet author="@a">one ' * 2000 + "</p>") is None
    short_calls, short_claims, short_long = tweet_work(auditor, monkeypatch, 200)
    long_calls, long_claims, long_long = tweet_work(auditor, monkeypatch, 2000)
    assert long_calls < 1.5 * short_calls and long_claims < 1.5 * short_claims, (short_calls, long_calls,
                                                                                short_claims, long_claims)
    assert long_long <= short_long <= 5, (short_long, long_long)


class CountingList(list):
    """A list that counts the items handed out by its iterations."""

    read = 0

    def __iter__(self):
        for item in super().__iter__():
            CountingList.read += 1
            yield item


def letters_work(auditor: Auditor, monkeypatch: pytest.MonkeyPatch, letters: int) -> float:
    """Claims read by the signed round-ups' hook (text/signatures.py `signed_claims`) per letter of a letters page."""
    from provenance import pipeline
    from provenance.text import signatures

    monkeypatch.setattr(pipeline, "signed_claims",
                        lambda claims, signed, speakers: signatures.signed_claims(CountingList(claims), signed, speakers))
    CountingList.read = 0
    text = "Readers write\n\nLETTERS.\n\n" + "\n\n".join(
        f"The candidate spoke well, number {i}.\n\nMartin {('Litwak', 'Groner', 'Burr')[i % 3]}.\n\nOlympia, Wash."
        for i in range(letters))
    report = auditor.audit(Document(name="letters.txt", text=text))
    monkeypatch.undo()
    assert sum("signed.signature" in c.source.rules for c in report.claims) == letters
    return CountingList.read / letters


def test_a_page_of_many_letters_reads_each_claim_once(auditor: Auditor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every claim is matched to the letter that signs it by bisection, not by going through the claims once per
    signature: 3,000 letters took 4.1 CPU s where 300 took 0.14 before (session 44's re-read), 0.9 s now."""
    short = letters_work(auditor, monkeypatch, 100)
    long = letters_work(auditor, monkeypatch, 1000)
    assert long < 1.5 * short, (short, long)


def title_reads(auditor: Auditor, monkeypatch: pytest.MonkeyPatch, names: int) -> float:
    """Characters the typer reads (typer.hits) per name word while the verb's complement is looked for in one
    subject span (ArabicSubjects.object_cut): a title, then `names` words of a verbal noun's shape after ب, each
    after a definite word, which are the title holder's name and no complement ("الوزير الفرنسي باسكال كانفان",
    closed.ar.verb_complement)."""
    subjects = auditor.attributor.languages["ar"].subjects
    typer = subjects.typer
    hits = typer.hits
    read = 0

    def counted(text: str):
        nonlocal read
        read += len(text)
        return hits(text)

    monkeypatch.setattr(typer, "hits", counted)
    n = "الوزير" + " باسكال المعروف" * names
    span, rules = subjects.object_cut(n, lambda start, end: n[start:end], (0, len(n)))
    monkeypatch.undo()
    assert (span, rules) == ((0, len(n)), [])  # after a title, a word of that shape without its hamza is a name's
    return read / names


def test_a_span_asks_the_typer_for_its_title_once(auditor: Auditor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a person's title stands before a word of a verbal noun's shape after ب is asked once per span, not of
    every longer prefix again: 200 such words read 301,900 characters where 20 read 3,190 before (session 44's
    re-read, ar_subjects._titles)."""
    short = title_reads(auditor, monkeypatch, 20)
    long = title_reads(auditor, monkeypatch, 200)
    assert long < 1.5 * short, (short, long)
