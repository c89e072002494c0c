"""Signed round-ups: readers' letters and posts, each paragraph (or run of paragraphs) followed by a line that
holds only its writer ("Martin Litwak.", "@Knottm92.", "Jane Roe, The Atlantic."), maybe with their town under it
("Olympia, Wash."). A reader takes every sentence of a letter to be its signatory's, as a transcript's turn is its
speaker's: pipeline.py gives the sentences that attribution left without a source to the signatory (see
`signed_claims`); those that cite someone ("Trump claims he's worth $10 billion.") keep their source. The byline
lines are kept in the body with their offsets, but are no claims: the signatory's span is the name in its line.

The patterns are data (text.yaml, families signed_*). A line is a signature only right after a paragraph, in a run
that ends the body (a round-up is signed to its end), on a letters page: under a section label of readers' views
(signed.section, "LETTERS.", "FACEBOOK."; then one signature will do), or a run of at least signed.min_run with a
town under a name or a handle in it. A name alone on a line inside an ordinary article (a subheading above the
paragraphs about that person, a caption, a wire credit at the end) is none (the session-44 review, finding 1)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional

from ..models import Boilerplate, Claim, Source
from ..normalize import norm
from ..rules import RuleSet
from .boilerplate import Paragraph
from .interview import speaks


@dataclass(slots=True)
class Signature:
    """A signature line: the name as written, its offsets in the body, the rule that read it, the body spans
    (start, end) of the paragraphs it signs, and whether a town line (signed.place) stands under it."""

    label: str
    start: int
    end: int
    rule: str
    signs: list[tuple[int, int]] = field(default_factory=list)
    town: bool = False


@dataclass(slots=True)
class Signed:
    """The round-up's signatures, and the start offsets of its byline lines (signatures and towns): no claims."""

    signatures: list[Signature]
    bylines: set[int]


NONE = Signed([], set())
_SECOND_SENTENCE = re.compile(  # a paragraph of more than one sentence is a reader's post, no outlet's lead
    r"[.!?][\"”’)]*\s+[\"“]?[A-Z]")


def find_signatures(text: str, body: str, paragraphs: list[Paragraph], labels: list[Boilerplate], title: Optional[str],
                    rules: RuleSet, language: str) -> Signed:
    """The signatures of a signed round-up (rules signed.*, read for `language` only), or none. `labels` are the
    lines taken out of `text` as boilerplate, where a section label of readers' views (signed.section) is."""
    patterns = rules.patterns("signed_signature", lang=language, fold=False)
    if not patterns:
        return NONE
    places = [rx for _, rx in rules.patterns("signed_place", lang=language, fold=False)]
    prompts = [rx for _, rx in rules.patterns("signed_prompt", lang=language)]
    sections = rules.patterns("signed_section", lang=language)
    closed = rules.terms("sentence_opener")
    texts = [body[p.start:p.end] for p in paragraphs]
    shapes = [_signature(t, p.start, patterns, closed) for p, t in zip(paragraphs, texts)]
    placed = [any(rx.match(t) for rx in places) for t in texts]
    found: dict[int, Signature] = {}  # paragraph index -> its signature
    town: set[int] = set()
    for i, p in enumerate(paragraphs):
        sig = found.get(i - 1)
        if sig is not None and sig.rule != "signed.handle" and placed[i] \
                and (i + 1 == len(paragraphs) or shapes[i + 1] is None):  # a town under a name, unless a post
            town.add(i)
            sig.town = True
        elif i > 0 and not paragraphs[i - 1].heading and i - 1 not in town and shapes[i] is not None \
                and not placed[i] and not (sig is not None and i + 1 < len(paragraphs) and shapes[i + 1] is not None):
            found[i] = shapes[i]  # a signature signs a paragraph; not a town ("Long Beach, Calif."), nor a post
            # between two signatures ("@antnyj.", "Hillary Clinton.", "@RetiringOne.")
    last = len(paragraphs) - 1 - (len(paragraphs) - 1 in town)
    if last not in found:
        return NONE
    run: list[int] = []  # the signatures from the body's end back to a heading
    for i in range(last, -1, -1):
        if paragraphs[i].heading:
            break
        if i in found:
            run.append(i)
    run.reverse()
    headed = [rid for b in labels for rid, rx in sections if rx.match(norm(b.text.strip()))]
    headed += [rid for rid, rx in sections if title and rx.match(norm(title.strip()))]
    minimum = 1 if headed else int(min(rules.entries_named("signed.min_run")[0].terms))
    if len(run) < minimum or not (headed or any(found[i].town or found[i].rule == "signed.handle" for i in run)):
        return NONE  # no letters page: subheadings, a closing credit ("Associated Press.")
    first = run[0]
    while first > 0 and not paragraphs[first - 1].heading:
        first -= 1
    leads = _social_leads(text, texts, labels, sections)
    for i in run:
        j = i - 1  # the signed paragraphs: back to the byline before, the editors' prompt or the section's start
        while j >= first and j not in found and j not in town and not any(rx.match(norm(texts[j])) for rx in prompts) \
                and not (j in leads and j + 1 != i and not _SECOND_SENTENCE.search(texts[j])):
            found[i].signs.insert(0, (paragraphs[j].start, paragraphs[j].end))
            j -= 1
    signatures = [found[i] for i in run]
    return Signed(signatures, {paragraphs[i].start for i in run} | {paragraphs[i].start for i in town if i - 1 in run})


def _social_leads(text: str, texts: list[str], labels: list[Boilerplate],
                  sections: list[tuple[str, re.Pattern]]) -> set[int]:
    """The paragraphs right under a label of readers' posts (signed.section.social), found by their text after the
    label in `text`: the outlet's news lead may open such a section (usa-today_2016-09-01_trump-didn-t-need-to-meet-
    with-p), above the first post."""
    social = [rx for rid, rx in sections if rid == "signed.section.social"]
    where: dict[str, list[int]] = {}
    for j, t in enumerate(texts):
        where.setdefault(t.strip(), []).append(j)
    leads = set()
    for b in labels:
        if any(rx.match(norm(b.text.strip())) for rx in social):
            after = text[b.end:].strip().split("\n", 1)[0].strip()
            leads.update(where.get(after, []) if after else [])
    return leads


def _signature(text: str, at: int, patterns: list[tuple[str, re.Pattern]], closed: frozenset[str]):
    """The line as a signature (offsets from `at`), or None: its name holds no closed-class word ("The Times.")."""
    for rid, rx in patterns:
        m = rx.match(text)
        if m is not None and not any(norm(w) in closed for w in m.group("name").split()):
            a, b = m.span("name")
            return Signature(m.group("name"), at + a, at + b, rid)
    return None


def signatory(sig: Signature, typed: Source) -> Optional[Source]:
    """The writer of a signature as a source, or None when it reads as no reader's (rules signed.*): a private
    person by name, whatever the officials list knows of a namesake, when a town stands under it ("Kate Brown.",
    "Portland, Ore."); a name the typer reads as an official's with no town, or as an outlet, a document or a body
    ("Associated Press.", "Susan Page." ending an article): no signature, its paragraphs keep what attribution read."""
    town = ["signed.place"] if sig.town else []
    if typed.type == "named_person":
        return typed.model_copy(update={"rules": [*typed.rules, *town]})
    if typed.type == "named_official" and sig.town:
        return typed.model_copy(update={"type": "named_person", "name": sig.label, "role": None,
                                        "rules": [sig.rule, *town]})
    return None


def signed_claims(claims: list[Claim], signed: Signed, speakers: dict[str, Source]) -> None:
    """The hook after attribution: a sentence of a signed paragraph that attribution left without a source, or
    with a bare name span read from its first words that holds a word of no name ("Looks like someone told
    Trump ...", "No wonder Trump said ..."), is its signatory's, the span their name in the byline (rule
    signed.signature or signed.handle)."""
    spans = sorted((a, b, sig) for sig in signed.signatures if speakers.get(sig.label) is not None for a, b in sig.signs)
    starts = [a for a, _, _ in spans]
    for claim in claims:  # one pass, each claim's paragraph found by bisection: linear in a page of many letters
        k = bisect_right(starts, claim.start) - 1
        if k < 0 or not claim.start < spans[k][1]:
            continue
        sig = spans[k][2]
        if claim.source.type == "unattributed" or _opening_words(claim):
            speaks(claim, speakers[sig.label].model_copy(update={"start": sig.start, "end": sig.end}), sig.rule)


def _opening_words(claim: Claim) -> bool:
    """Whether the claim's source is a bare name span (src.name, named_person) made of the sentence's first words
    with a lower-case word in it ("Looks like someone", "No wonder Trump"): no name, the writer's own words."""
    source = claim.source
    return source.type == "named_person" and source.rules[:1] == ["src.name"] and source.start == claim.start \
        and any(w[:1].islower() for w in (source.text or "").split())
