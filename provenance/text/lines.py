"""Lines of extracted text and what they read as: a headline, a heading, a sentence, their topic words."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..normalize import norm

TERMINAL = re.compile(r"[.!?؟:…]\s*$")
SENTENCE_END = re.compile(r"[.!?؟…]\s*[\"'”»)]?\s*$")
_HEADING_END = re.compile(r"[.!?؟…:]\s*[\"'”»]?\s*$")
_WORD = re.compile(r"[^\W\d_]+")
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with vs".split())
_ARTICLE = re.compile(r"(?<!\S)(وال|بال|فال|كال|لل|ال)(?=\w{2})")  # at the start of a word


# Line stays inside the audit: a plain slotted class, made by the dozen per article, where pydantic
# would re-check values that are already right.
@dataclass(slots=True)
class Line:
    text: str  # stripped
    start: int
    end: int
    blank_after: bool = False


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


@lru_cache(maxsize=1024)
def words(text: str) -> int:
    """A line's words, counted (cached: the boilerplate rules and the story runs ask it of each line many times)."""
    return len(text.split())


def headline_like(text: str, max_words: int = 25) -> bool:
    return words(text) <= max_words and not TERMINAL.search(text)


def title_case(text: str) -> bool:
    """A Latin-script line whose words are capitalised, small words apart ("Rand Paul Scores Direct Hit")."""
    ws = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    return len(ws) >= 3 and all(w.isascii() for w in ws) and sum(w[0].isupper() for w in ws) >= 0.8 * len(ws)


def reads_as_headline(text: str) -> bool:
    return headline_like(text, 20) or (words(text) <= 20 and title_case(text))


def heading_like(text: str) -> bool:
    """Short body lines without final punctuation are headings: kept, but not claims."""
    return words(text) < 10 and not _HEADING_END.search(text)


def content_words(text: str) -> list[str]:
    """Words that carry the topic: longer than three letters once the Arabic article is off."""
    return [w for w in _ARTICLE.sub("", norm(text)).split() if len(w) > 3]  # one substitution, not one a word


_GAP = re.compile(" \u00a0+ ")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """A line's paragraphs: some pages (sabq.org) give a whole article as one line, its paragraphs parted by
    a no-break space between spaces; a quotation left open in one paragraph must not swallow the next."""
    out, start = [], 0
    for gap in _GAP.finditer(text):
        out.append((start, gap.start()))
        start = gap.end()
    out.append((start, len(text)))
    return out
