"""The pydantic models every stage reads and writes: one article in, one report out.

Field names follow ../shared/CONTRACT.md; extra fields are additions, never renames.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, Field

SourceType = Literal[
    "named_official",
    "named_person",
    "named_organization",
    "document",
    "media",
    "state_media",
    "intelligence",
    "anonymous_official",
    "anonymous",
    "unattributed",
]
SOURCE_TYPES: tuple[str, ...] = SourceType.__args__  # type: ignore[attr-defined]


class Document(BaseModel):
    """One input article before auditing: where it came from and its raw content."""

    name: str = Field(description="file path, '-' or 'file.jsonl:LINE'")
    url: Optional[str] = None
    html: Optional[str] = None
    text: Optional[str] = None


class Outlet(BaseModel):
    name: Optional[str] = None
    domain: Optional[str] = None
    kind: Optional[str] = None
    country: Optional[str] = None
    evidence: Optional[str] = None
    rule: Optional[str] = None


class Origin(BaseModel):
    name: Optional[str] = None
    domain: Optional[str] = None
    relation: Literal["republished_from", "translated_from", "source_credit"]
    evidence: str
    rule: Optional[str] = None


class Wire(BaseModel):
    agency: str
    kind: Literal["wire", "state"]
    role: Literal["dateline", "credit", "cited"]
    evidence: str
    start: int
    end: int
    rule: Optional[str] = None


class Intelligence(BaseModel):
    agency: Optional[str] = None
    country: Optional[str] = None
    named: bool
    evidence: str
    start: int
    end: int
    rule: Optional[str] = None


class Dateline(BaseModel):
    """Where and by whom the story was filed ("دبي، الإمارات العربية المتحدة (CNN)--", "WASHINGTON (AP) —"):
    metadata of the first sentence, which starts after it; start/end are offsets into the body."""

    text: str
    place: Optional[str] = None
    outlet: Optional[str] = Field(default=None, description="the agency or outlet in the parentheses, canonical")
    wire: bool = Field(default=False, description="the outlet is a news agency (the dateline is then a wire)")
    start: int
    end: int
    rule: Optional[str] = None


class Boilerplate(BaseModel):
    """A removed piece; start/end are offsets into the text before the text layer ran."""

    text: str
    rule: str
    start: int
    end: int


class Source(BaseModel):
    text: Optional[str] = None
    name: Optional[str] = None
    role: Optional[str] = None
    type: SourceType = "unattributed"
    start: Optional[int] = None
    end: Optional[int] = None
    anonymity_reason: Optional[str] = None
    rules: list[str] = Field(default_factory=list, description="rule ids that typed this source")


class Via(BaseModel):
    name: Optional[str] = None
    type: SourceType
    evidence: str
    rules: list[str] = Field(default_factory=list)


class Claim(BaseModel):
    id: str
    text: str
    start: int
    end: int
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    source: Source = Field(default_factory=Source)
    via: list[Via] = Field(default_factory=list)
    also: list[Source] = Field(default_factory=list, description="other attributions in the sentence")
    intelligence: bool = False
    hedges: list[str] = Field(default_factory=list)
    score: float = 0.0
    grade: str = "F"
    reasons: list[str] = Field(default_factory=list)
    weakest_link: Optional[SourceType] = Field(default=None, description="the type of the link (source or relay) "
                                               "whose ladder step set the score")
    speaker_hint: Optional[str] = Field(default=None, description="in an interview's answer: the interviewee, "
                                        "the speaker of whatever the answer says without another source")
    question: bool = Field(default=False, description="an interviewer's question on an interview page (rule "
                           "interview.question): read and typed as any sentence, but the interviewer's words, not "
                           "the page's sourcing, so left out of the article's score (score.by_type, weakest), of "
                           "the gate's checks (unless a policy rule sets questions: true) and of the export's "
                           "summary queries")


def scored_claims(claims: list[Claim]) -> list[Claim]:
    """The claims that count: the article's score (score.by_type), the gate's checks and the report's chart and
    grades leave out an interview's questions (Claim.question), the interviewer's words, not the page's sourcing."""
    return [c for c in claims if not c.question]


class Interview(BaseModel):
    """An interview page: its questions are the interviewer's, claims left out of the article's score; its answers
    are the interviewee's."""

    interviewee: Optional[str] = Field(default=None, description="as the headline or intro names them")
    evidence: Optional[str] = None
    questions: int = Field(description="claims in the questions, left out of the article's score")
    answers: int = Field(description="claims in the answers")
    rules: list[str] = Field(default_factory=list)


class Score(BaseModel):
    article: float
    grade: str
    by_type: dict[str, int]
    weakest: list[str]
    reasons: list[str] = Field(default_factory=list)


class Report(BaseModel):
    """The audit of one article (the contract's report object)."""

    id: str
    url: Optional[str] = None
    title: Optional[str] = None
    language: str
    published: Optional[str] = None
    input: Optional[str] = Field(default=None, description="the input's name (path, '-', file.jsonl:LINE)")
    outlet: Outlet = Field(default_factory=Outlet)
    origin: list[Origin] = Field(default_factory=list)
    wires: list[Wire] = Field(default_factory=list)
    intelligence: list[Intelligence] = Field(default_factory=list)
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    dateline: Optional[Dateline] = None
    interview: Optional[Interview] = None
    body: str
    claims: list[Claim] = Field(default_factory=list)
    headline: Optional[Claim] = Field(default=None, description="the title's own attribution, scored as a claim "
                                      "but not counted in the article's score; its offsets are into `title`")
    score: Score
    warnings: list[str] = Field(default_factory=list)
