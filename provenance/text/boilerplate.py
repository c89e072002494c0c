"""Second boilerplate layer: rules from rules/boilerplate.yaml remove what extraction left.

Works line by line on text (from trafilatura or given as plain text). Every removed line is kept
with the rule that removed it and its offsets in that text. The title is taken out of the body
and reported as metadata, not as boilerplate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..lexicon import holds_any
from ..models import Boilerplate
from ..normalize import ARABIC_LETTER, LATIN_LETTER, Normalized, joined, norm
from ..rules import BoilerplateRule, RuleSet
from .lines import (SENTENCE_END, Line, heading_like, headline_like, paragraph_spans, reads_as_headline, split_lines,
                    words)
from .stories import headline_runs, repeated_title, teasers


# Paragraph and Cleaned stay inside the audit: plain slotted classes, made by the dozen per
# article, where pydantic would re-check values that are already right.
@dataclass(slots=True)
class Paragraph:
    """A kept line: its place in the body, and whether it is a heading (kept, but not a claim)."""

    start: int
    end: int
    heading: bool = False


@dataclass(slots=True)
class Cleaned:
    title: Optional[str]
    body: str
    paragraphs: list[Paragraph]
    boilerplate: list[Boilerplate]
    dates: list[str]
    warnings: list[str] = field(default_factory=list)
    normalized: Optional[Normalized] = None  # the body's normal form, when clean was given the text's


def _may_match(n: str, needles: list[str]) -> bool:
    """False when the line holds none of the texts a rule's every match holds."""
    return not needles or holds_any(n, needles)


def line_norm(line: Line, normalized: Optional[Normalized] = None) -> str:
    """The line's normal form, a tatweel between spaces read as a dash ("محمود وهبي ـ جدة"): cut out of
    the text normalised once when given (the origin reads it too), not folded again line by line."""
    if normalized is None or " ـ " in line.text:
        return norm(line.text.replace(" ـ ", " - "))
    return " ".join(normalized.view(line.start, line.end).text.split())


def _line_rule(rules: RuleSet, line: Line, language: str, title: Optional[str],
               lead: bool, at_end: bool = False, normalized: Optional[Normalized] = None) -> Optional[BoilerplateRule]:
    """The first rule, in file order, that removes the line (`lead`: the line comes before the body;
    `at_end`: nothing of the body comes after it, and only the rules for such lines are asked)."""
    n = line_norm(line, normalized)
    line_rules = rules.boilerplate_for(language, words(line.text))
    first = None if at_end else line_rules.first_whole(n)  # (index, rule)
    for i, rule, rx, needles in line_rules.others:
        if first is not None and i > first[0]:
            break
        if (rule.lead and not lead) or rule.at_end != at_end:
            continue
        if rule.match in ("line", "block") and rx is not None and rx.fullmatch(n):
            return rule
        if rule.match == "contains" and rx is not None and _may_match(n, needles) and rx.search(n):
            return rule
        if rule.match == "foreign_script_line" and LATIN_LETTER.search(line.text) \
                and not ARABIC_LETTER.search(line.text) and headline_like(line.text, rule.max_words or 25):
            return rule
        if rule.match == "duplicate_title" and title and n == norm(title):
            return rule
    return first[1] if first is not None else None


def clean(text: str, rules: RuleSet, language: str, title: Optional[str] = None,
          normalized: Optional[Normalized] = None) -> Cleaned:
    """Remove boilerplate lines; take the title out of plain text that starts with one (`normalized`: the
    text normalised, if it was, which the lines are read in)."""
    lines = split_lines(text)
    glued = _glued_tail(lines, rules, language)
    body_start = _body_start(lines)
    verdict: list[Optional[BoilerplateRule]] = [_line_rule(rules, ln, language, title, i < body_start,
                                                           normalized=normalized) for i, ln in enumerate(lines)]
    if glued is not None:
        verdict[-1] = glued
    _blocks(lines, verdict)
    _tail(lines, verdict, rules, language, title, normalized)

    kept = [i for i, r in enumerate(verdict) if r is None]
    title_index = None
    first = lines[kept[0]] if kept else None
    if title is None and first is not None and len(kept) > 1 and (
            headline_like(first.text)
            or (first.blank_after and words(first.text) <= 25 and first.text.endswith((".", "?", "؟", "!")))):
        title_index = kept[0]
        title = lines[title_index].text
    if title is not None:
        repeated_title(lines, verdict, title, title_index, rules)
    warnings: list[str] = []
    body = [i for i, r in enumerate(verdict) if r is None and i != title_index]
    for rule, rx in rules.boilerplate_patterns:
        if rx is None or (rule.when_language and rule.when_language != language):
            continue
        if rule.match == "teasers":
            teasers(lines, verdict, body, rule, rx, warnings)
        elif rule.match == "headline_run":
            headline_runs(lines, verdict, body, rule, rx, warnings)
        else:
            continue
        body = [i for i in body if verdict[i] is None]

    boilerplate, paragraphs, parts, dates = [], [], [], []
    views: list[Normalized] = []  # the kept lines' normal forms, cut out of the text's
    pos = 0
    for i, (line, rule) in enumerate(zip(lines, verdict)):
        if i == title_index:
            continue
        if rule is not None:
            boilerplate.append(Boilerplate(text=line.text, rule=rule.id, start=line.start, end=line.end))
            if rule.family in ("date_line", "source_line"):
                found = parse_date(line.text, rules)
                if found:
                    dates.append(found)
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        heading = heading_like(line.text)  # a line's parts are no headings of their own (a poem's half verses)
        paragraphs += [Paragraph(start=pos + a, end=pos + b, heading=heading) for a, b in paragraph_spans(line.text)]
        parts.append(line.text)
        pos += len(line.text)
        if normalized is not None:
            views.append(normalized.view(line.start, line.end))
    return Cleaned(title=title, body="".join(parts), paragraphs=paragraphs, boilerplate=boilerplate, dates=dates,
                   warnings=warnings, normalized=joined(views, "\n\n") if normalized is not None else None)


_WORDS = re.compile(r"\S+")


def _glued_tail(lines: list[Line], rules: RuleSet, language: str) -> Optional[BoilerplateRule]:
    """The piece a glued_tail rule finds (its pattern's first group) at the end of the text's last line, the
    page's tags glued to the last paragraph, becomes a line of its own; returns the rule, which removes it."""
    if not lines:
        return None
    last = lines[-1]
    for rule, rx in rules.boilerplate_patterns:
        if rule.match != "glued_tail" or rx is None or (rule.when_language and rule.when_language != language):
            continue
        m = rx.search(norm(last.text))
        if m is None:
            continue
        spans = [w.start() for w in _WORDS.finditer(last.text)]
        tail = words(m.group(1) or "")  # the normal form keeps the words apart; an optional group may be unset
        if not 0 < tail < len(spans):
            continue
        cut = spans[-tail]
        head = last.text[:cut].rstrip()
        lines[-1:] = [Line(text=head, start=last.start, end=last.start + len(head)),
                      Line(text=last.text[cut:], start=last.start + cut, end=last.end, blank_after=last.blank_after)]
        return rule
    return None


def _body_start(lines: list[Line]) -> int:
    """The first line that reads as a paragraph of the article: bylines and datelines come before it."""
    return next((i for i, ln in enumerate(lines)
                 if (words(ln.text) >= 8 and SENTENCE_END.search(ln.text)) or words(ln.text) >= 20), len(lines))


def _tail(lines: list[Line], verdict: list[Optional[BoilerplateRule]], rules: RuleSet, language: str,
          title: Optional[str], normalized: Optional[Normalized] = None) -> None:
    """Rules marked at_end (a writer's bio) take the body's last lines, up from the end, while each matches:
    the same words with the article after them are the article's."""
    for i in range(len(lines) - 1, 0, -1):
        if verdict[i] is not None:
            continue
        rule = _line_rule(rules, lines[i], language, title, False, at_end=True, normalized=normalized)
        if rule is None:
            return
        verdict[i] = rule


def _blocks(lines: list[Line], verdict: list[Optional[BoilerplateRule]]) -> None:
    """A header takes following lines that no rule of their own claims (a line taken is no header)."""
    headers = [(i, r) for i, r in enumerate(verdict) if r is not None and r.match == "block" and r.block is not None]
    for i, rule in headers:
        if verdict[i] is not rule:
            continue  # taken by an earlier header
        if len(lines) and i / len(lines) >= rule.block.to_end_after:
            last = len(lines)
        elif rule.block.headlines:
            last = next((j for j in range(i + 1, len(lines)) if not reads_as_headline(lines[j].text)), len(lines))
        else:
            last = min(len(lines), i + 1 + rule.block.otherwise_lines)
        for j in range(i + 1, last):
            if verdict[j] is None or verdict[j].match == "foreign_script_line":
                verdict[j] = rule


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?,?\s+(\D{3,20}?)\s*,?\s+(\d{4})")


def parse_date(text: str, rules: RuleSet) -> Optional[str]:
    """ISO date from '2024-11-02', '2 نوفمبر 2024', '9th, November 2023' and the like."""
    n = norm(text)
    m = _ISO.search(n)
    if m:
        return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    months = rules.lexicon("month")
    for m in _DMY.finditer(n):
        hit = months.search(m[2].strip())
        if hit is not None and hit.start == 0:
            return f"{int(m[3]):04d}-{int(hit.value.name):02d}-{int(m[1]):02d}"
    return None
