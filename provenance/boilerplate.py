"""Second boilerplate layer: rules from rules/boilerplate.yaml remove what extraction left.

Works line by line on text (from trafilatura or given as plain text). Every removed line is kept
with the rule that removed it and its offsets in that text. The title is taken out of the body
and reported as metadata, not as boilerplate.
"""
from __future__ import annotations

import re
from statistics import median
from dataclasses import dataclass, field
from typing import Optional

from .models import Boilerplate
from .normalize import ARABIC_LETTER, LATIN_LETTER, norm
from .rules import BoilerplateRule, RuleSet

_TERMINAL = re.compile(r"[.!?؟:…]\s*$")
_SENTENCE_END = re.compile(r"[.!?؟…]\s*[\"'”»)]?\s*$")
_WORD = re.compile(r"[^\W\d_]+")
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with vs".split())


# Line, Paragraph and Cleaned stay inside the audit: plain slotted classes, made by the dozen per
# article, where pydantic would re-check values that are already right.
@dataclass(slots=True)
class Line:
    text: str  # stripped
    start: int
    end: int
    blank_after: bool = False


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


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Line(text=stripped, start=pos + lead, end=pos + lead + len(stripped)))
        elif lines:
            lines[-1].blank_after = True
        pos += len(raw) + 1
    return lines


def words(text: str) -> int:
    return len(text.split())


def headline_like(text: str, max_words: int = 25) -> bool:
    return words(text) <= max_words and not _TERMINAL.search(text)


def title_case(text: str) -> bool:
    """A Latin-script line whose words are capitalised, small words apart ("Rand Paul Scores Direct Hit")."""
    ws = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    return len(ws) >= 3 and all(w.isascii() for w in ws) and sum(w[0].isupper() for w in ws) >= 0.8 * len(ws)


def reads_as_headline(text: str) -> bool:
    return headline_like(text, 20) or (words(text) <= 20 and title_case(text))


def heading_like(text: str) -> bool:
    """Short body lines without final punctuation are headings: kept, but not claims."""
    return words(text) < 10 and not re.search(r"[.!?؟…:]\s*[\"'”»]?\s*$", text)


def _may_match(n: str, needles: list[str]) -> bool:
    """False when the line holds none of the texts a rule's every match holds."""
    return not needles or any(needle in n for needle in needles)


def _line_rule(rules: RuleSet, line: Line, language: str, title: Optional[str],
               lead: bool) -> Optional[BoilerplateRule]:
    """The first rule, in file order, that removes the line (`lead`: the line comes before the body)."""
    n = norm(line.text.replace(" ـ ", " - "))  # a tatweel between spaces is a dash ("محمود وهبي ـ جدة")
    line_rules = rules.boilerplate_for(language, words(line.text))
    m = line_rules.whole.fullmatch(n) if line_rules.whole is not None else None
    first = line_rules.by_group[m.lastgroup] if m is not None and m.lastgroup else None  # (index, rule)
    for i, rule, rx, needles in line_rules.others:
        if first is not None and i > first[0]:
            break
        if rule.lead and not lead:
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


def clean(text: str, rules: RuleSet, language: str, title: Optional[str] = None) -> Cleaned:
    """Remove boilerplate lines; take the title out of plain text that starts with one."""
    lines = split_lines(text)
    body_start = _body_start(lines)
    verdict: list[Optional[BoilerplateRule]] = [_line_rule(rules, ln, language, title, i < body_start)
                                                for i, ln in enumerate(lines)]
    _blocks(lines, verdict)

    kept = [i for i, r in enumerate(verdict) if r is None]
    title_index = None
    first = lines[kept[0]] if kept else None
    if title is None and first is not None and len(kept) > 1 and (
            headline_like(first.text)
            or (first.blank_after and words(first.text) <= 25 and first.text.endswith((".", "?", "؟")))):
        title_index = kept[0]
        title = lines[title_index].text
    if title is not None:
        _repeated_title(lines, verdict, title, title_index, rules)
    warnings: list[str] = []
    body = [i for i, r in enumerate(verdict) if r is None and i != title_index]
    for rule, rx in rules.boilerplate_patterns:
        if rx is None or (rule.when_language and rule.when_language != language):
            continue
        if rule.match == "teasers":
            _teasers(lines, verdict, body, rule, rx, warnings)
        elif rule.match == "headline_run":
            _headline_runs(lines, verdict, body, rule, rx, warnings)
        body = [i for i in body if verdict[i] is None]

    boilerplate, paragraphs, parts, dates = [], [], [], []
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
        paragraphs.append(Paragraph(start=pos, end=pos + len(line.text),
                                    heading=heading_like(line.text)))
        parts.append(line.text)
        pos += len(line.text)
    return Cleaned(title=title, body="".join(parts), paragraphs=paragraphs, boilerplate=boilerplate, dates=dates,
                   warnings=warnings)


def _body_start(lines: list[Line]) -> int:
    """The first line that reads as a paragraph of the article: bylines and datelines come before it."""
    return next((i for i, ln in enumerate(lines)
                 if (words(ln.text) >= 8 and _SENTENCE_END.search(ln.text)) or words(ln.text) >= 20), len(lines))


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


def _repeated_title(lines: list[Line], verdict: list[Optional[BoilerplateRule]], title: str,
                    title_index: Optional[int], rules: RuleSet) -> None:
    """A headline before the body starts is the title again if it shares most of its words with the title,
    or if it comes after the title's translation (a headline in another script) was removed."""
    dup = next((r for r in rules.boilerplate.rules if r.match == "duplicate_title"), None)
    if dup is None:
        return
    own = set(_content_words(title))
    translated = False
    for i, rule in enumerate(verdict):
        if i == title_index:
            continue
        if rule is not None:
            translated = translated or rule.match == "foreign_script_line"
            continue
        text = lines[i].text
        if not headline_like(text, 20) or words(text) < 3:
            return
        theirs = set(_content_words(text))
        similar = bool(own and theirs) and len(own & theirs) >= 0.6 * min(len(own), len(theirs))
        if not (similar or translated):
            return
        verdict[i] = dup


_ARTICLE = re.compile(r"^(وال|بال|فال|كال|لل|ال)(?=\w{2})")


def _between_paragraphs(lines: list[Line], body: list[int], k: int, end: int, max_link: float) -> bool:
    """Lines body[k:end] stand between two paragraphs of the body and share less than `max_link` of their word
    stems with the two paragraphs after them (a subheading announces what follows)."""
    if k == 0 or end >= len(body):
        return False
    if not (_SENTENCE_END.search(lines[body[k - 1]].text) and _SENTENCE_END.search(lines[body[end]].text)):
        return False
    after = {w[:4] for i in body[end:end + 2] for w in _content_words(lines[i].text)}
    for i in body[k:end]:
        own = {w[:4] for w in _content_words(lines[i].text)}
        if not own or len(own & after) >= max_link * len(own):
            return False
    return True


def _content_words(text: str) -> list[str]:
    """Words that carry the topic: longer than three letters once the Arabic article is off."""
    return [w for w in (_ARTICLE.sub("", w) for w in norm(text).split()) if len(w) > 3]


def _linked(line: str, above: set[str]) -> float:
    """The share of a line's content words that the text above it uses too."""
    own = set(_content_words(line))
    return len(own & above) / len(own) if own else 1.0


def _teasers(lines: list[Line], verdict: list[Optional[BoilerplateRule]], body: list[int], rule: BoilerplateRule,
             rx: re.Pattern, warnings: list[str]) -> None:
    """The last lines of the body, when each opens afresh (no "وقال", "كما", "من جهته") as the lead of
    another story does, most share less than max_link of their words with the article above them, and there
    are between min_lines and max_lines of them after the article."""
    run: list[int] = []
    for i in reversed(body):
        text = lines[i].text
        if rx.match(norm(text)) or words(text) < (rule.min_words or 1):
            break
        run.append(i)
    if len(run) < rule.min_lines or len(body) - len(run) < 2:
        return
    before = lines[body[len(body) - len(run) - 1]].text
    if heading_like(before):
        return  # the paragraphs of the article's last section, under its subheading
    above = {w for i in body[:len(body) - len(run)] for w in _content_words(lines[i].text)}
    if rule.max_link is not None and median(_linked(lines[i].text, above) for i in run) >= rule.max_link:
        return  # they go on with the article's subject
    if rule.max_lines and len(run) > rule.max_lines:
        warnings.append(f"boilerplate: the last {len(run)} paragraphs open like the leads of other stories, more "
                        f"than {rule.id} takes ({rule.max_lines}); kept as the article's")
        return
    for i in run:
        verdict[i] = rule


def _headline_runs(lines: list[Line], verdict: list[Optional[BoilerplateRule]], body: list[int],
                   rule: BoilerplateRule, rx: re.Pattern, warnings: list[str]) -> None:
    """Runs of headline lines (no final punctuation, not continuing a sentence) between paragraphs of the
    body: links to other stories. A list announced by a colon is the article's; a single line may be a
    subheading and stays."""

    def headline(i: int) -> bool:
        text = lines[i].text
        return (rule.min_words or 1) <= words(text) <= (rule.max_words or 25) and not _TERMINAL.search(text) \
            and not _SENTENCE_END.search(text) and rx.match(norm(text)) is None

    k = 0
    while k < len(body):
        if not headline(body[k]):
            k += 1
            continue
        end = k
        while end < len(body) and headline(body[end]):
            end += 1
        run = body[k:end]
        after_text = any(not headline(j) for j in body[:k])
        announced = k > 0 and lines[body[k - 1]].text.rstrip().endswith(":")
        if rule.max_link is not None and not _between_paragraphs(lines, body, k, end, rule.max_link):
            k = end
            continue
        if after_text and not announced and len(run) >= rule.min_lines:
            if rule.max_lines and len(run) > rule.max_lines:
                warnings.append(f"boilerplate: {len(run)} headline lines in a row from line {run[0] + 1}, more than "
                                f"{rule.id} takes ({rule.max_lines}); kept")
            else:
                for i in run:
                    verdict[i] = rule
        k = end


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
