"""Signed round-ups: readers' letters and posts, each paragraph (or run of paragraphs) followed by a line that
holds only its writer ("Martin Litwak.", "@Knottm92.", "Jane Roe, The Atlantic."), maybe with their town under it
("Olympia, Wash."). A reader takes every sentence of a letter to be its signatory's, as a transcript's turn is its
speaker's: pipeline.py gives the sentences that attribution left without a source to the signatory (see
`signed_claims`); those that cite someone ("Trump claims he's worth $10 billion.") keep their source. The byline
lines are kept in the body with their offsets, but are no claims: the signatory's span is the name in its line.

The patterns are data (text.yaml, families signed_*). A line is a signature only right after a paragraph, in a run
of at least signed.min_run of them that ends the body (a round-up is signed to its end): a name alone on a line
inside an ordinary article (a subheading above the paragraphs about that person, a caption) is none."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Claim, Source
from ..normalize import norm
from ..rules import RuleSet
from .boilerplate import Paragraph
from .interview import _speaks


@dataclass(slots=True)
class Signature:
    """A signature line: the name as written, its offsets in the body, the rule that read it, and the body spans
    (start, end) of the paragraphs it signs."""

    label: str
    start: int
    end: int
    rule: str
    signs: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Signed:
    """The round-up's signatures, and the start offsets of its byline lines (signatures and towns): no claims."""

    signatures: list[Signature]
    bylines: set[int]


NONE = Signed([], set())


def find_signatures(body: str, paragraphs: list[Paragraph], rules: RuleSet, language: str) -> Signed:
    """The signatures of a signed round-up (rules signed.*, read for `language` only), or none."""
    patterns = rules.patterns("signed_signature", lang=language, fold=False)
    if not patterns:
        return NONE
    places = [rx for _, rx in rules.patterns("signed_place", lang=language, fold=False)]
    prompts = [rx for _, rx in rules.patterns("signed_prompt", lang=language)]
    closed = rules.terms("sentence_opener")
    texts = [body[p.start:p.end] for p in paragraphs]
    found: dict[int, Signature] = {}  # paragraph index -> its signature
    town: set[int] = set()
    for i, (p, text) in enumerate(zip(paragraphs, texts)):
        if i - 1 in found:  # right under a signature: the writer's town, or the next writer's paragraph
            if any(rx.match(text) for rx in places):
                town.add(i)
        elif i > 0 and not paragraphs[i - 1].heading and i - 1 not in town:  # a signature signs a paragraph
            sig = _signature(text, p.start, patterns, closed)
            if sig is not None:
                found[i] = sig
    last = len(paragraphs) - 1 - (len(paragraphs) - 1 in town)
    minimum = min(int(t) for t in rules.terms("signed_min_run"))
    if last not in found or len(found) < minimum:
        return NONE
    run: list[int] = []  # the signatures from the body's end back to a heading
    for i in range(last, -1, -1):
        if paragraphs[i].heading:
            break
        if i in found:
            run.append(i)
    if len(run) < minimum:
        return NONE
    run.reverse()
    first = run[0]
    while first > 0 and not paragraphs[first - 1].heading:
        first -= 1
    for i in run:
        j = i - 1  # the signed paragraphs: back to the byline before, the editors' prompt or the section's start
        while j >= first and j not in found and j not in town and not any(rx.match(norm(texts[j])) for rx in prompts):
            found[i].signs.insert(0, (paragraphs[j].start, paragraphs[j].end))
            j -= 1
    signatures = [found[i] for i in run]
    return Signed(signatures, {paragraphs[i].start for i in run} | {paragraphs[i].start for i in town if i - 1 in run})


def _signature(text: str, at: int, patterns: list[tuple[str, re.Pattern]], closed: frozenset[str]):
    """The line as a signature (offsets from `at`), or None: its name holds no closed-class word ("The Times.")."""
    for rid, rx in patterns:
        m = rx.match(text)
        if m is not None and not any(norm(w) in closed for w in m.group("name").split()):
            a, b = m.span("name")
            return Signature(m.group("name"), at + a, at + b, rid)
    return None


def signed_claims(claims: list[Claim], signed: Signed, speakers: dict[str, Source]) -> None:
    """The hook after attribution: a sentence of a signed paragraph that attribution left without a source is its
    signatory's, the span their name in the byline (rule signed.signature or signed.handle)."""
    for sig in signed.signatures:
        speaker = speakers.get(sig.label)
        if speaker is None:
            continue
        for claim in claims:
            if claim.source.type == "unattributed" and any(a <= claim.start < b for a, b in sig.signs):
                _speaks(claim, speaker.model_copy(update={"start": sig.start, "end": sig.end}), sig.rule)
