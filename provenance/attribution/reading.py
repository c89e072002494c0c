"""What attribution reads and carries: one sentence read once, a cue's candidate source, a speaker, the
discourse so far. Shared by the engine and the language modules, so that neither imports the other."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..lexicon import Hit
from ..models import Source, Via
from ..normalize import Normalized
from ..text.sentences import Quotes, Sentence
from .sources import Memory, Typed

PERSON_TYPES = ("named_official", "named_person")
UNNAMED_GROUPS = ("anonymous", "anonymous_official")  # the types of a source no one names
OUTLETS = ("media", "state_media")
_TRAILING_MARKS = re.compile("[\u064b-\u0652]+")  # Arabic diacritics, which normalising deletes


@dataclass
class Reading:
    """One sentence as attribution reads it: normalised once (`n`, with offsets back to `text` through
    `ns`), its quotations and its cues found once, and the article's memory of names."""

    sent: Sentence
    ns: Normalized
    quotes: Quotes
    memory: Memory
    cues: dict[str, list[Hit]]

    def __post_init__(self) -> None:
        self.n = self.ns.text
        self.text = self.sent.text

    def inside(self, pos: int) -> bool:
        """Whether `pos` is inside a quotation (its opening mark excluded)."""
        return self.quotes.holds(pos, 1)

    def original(self, start: int, end: int) -> str:
        """The sentence's own characters for normalised offsets, with the marks normalising deleted after the
        last one: a word's case ending is its own ("تفاعلاً" keeps the tanween that shows it is no name)."""
        a, b = self.ns.span(start, end)
        mark = _TRAILING_MARKS.match(self.text, b) if end > start else None
        return self.text[a:mark.end() if mark else b]


@dataclass
class Candidate:
    cue: Hit
    span: tuple[int, int]  # normalised offsets in the sentence; empty span: no subject
    typed: Typed
    hearer: Optional[tuple[Typed, str]] = None  # (typed relay, evidence) for "told X"


@dataclass
class Speaker:
    source: Source
    via: list[Via] = field(default_factory=list)


@dataclass
class Discourse:
    """Who spoke last, which person and which thing spoke last, and the sentences read so far (to find
    the person last mentioned, looked up only when a pronoun needs one: `mentioned` in the first
    `searched` of them, so that each sentence is searched once however many pronouns follow)."""

    last: Optional[Speaker] = None
    last_person: Optional[Speaker] = None
    last_thing: Optional[Speaker] = None
    listing: Optional[Speaker] = None  # "Soerens argued that:" and the points that follow
    read: list[str] = field(default_factory=list)
    mentioned: Optional[Speaker] = None
    searched: int = 0
    spoken: list[Speaker] = field(default_factory=list)
    silent: list[bool] = field(default_factory=list)  # each sentence read had no speaker: narration ("Chuck Todd was shocked.")
    # each sentence read had no named person as its speaker: narration, or a reporter asking ("Mr. Obama himself tried
    # to draw a distinction ..., when a reporter asked ...")
    unnamed: list[bool] = field(default_factory=list)
    # whether a quotation that opened its paragraph is still open at an offset of the body (none in a headline)
    open_quotation: Callable[[int], bool] = lambda at: False
    # an unnamed group "they" spoke for ("They said she could"), no speaker to go on with, and the sentence it spoke
    # in: only a quotation right after it is theirs
    group: Optional[tuple[Speaker, int]] = None

    def update(self, speaker: Optional[Speaker], text: str) -> None:
        self.silent.append(speaker is None)
        self.unnamed.append(speaker is None or speaker.source.type not in PERSON_TYPES)
        if speaker is not None:
            self.spoken.append(speaker)
            self.last = speaker
            if speaker.source.type in PERSON_TYPES and "attr.continuation.plural" not in speaker.source.rules:
                self.last_person = speaker  # "Wilcox and Beruff" are no "he"
            elif speaker.source.type in ("named_organization", "document", "media", "state_media"):
                self.last_thing = speaker
        self.read.append(text)
