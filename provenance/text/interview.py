"""Interviews and question-and-answer pages: the interviewer's questions are no claims, the answers are
the interviewee's, and the headline or intro names the interviewee ("فلان لـ«الصباح»: ...",
"Q&A with ...").

The markers and the patterns that find the interviewee are data (text.yaml, families interview_*). This
module only reads the structure; pipeline.py gives the answers that attribution left without a source to
the interviewee (see `answer_claims`)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..models import Claim, Interview, Source
from ..normalize import norm_pattern, normalize
from ..rules import RuleSet
from .boilerplate import Paragraph
from .sentences import Sentence

_NAME_RUN = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+")  # "Vice President Joe Biden"


@dataclass(slots=True)
class Found:
    """An interview: its summary for the report, and which sentences (by start offset) ask and answer."""

    summary: Interview
    questions: set[int]
    answers: set[int]


def find_interview(title: Optional[str], body: str, paragraphs: list[Paragraph], sentences: list[Sentence],
                   rules: RuleSet) -> Optional[Found]:
    """Two questions and two answers marked "Q:"/"A:" (or "س:"/"ج:"); or, on a page whose headline or intro
    says it is an interview, two of each opened by a star and a dash."""
    texts = [body[p.start:p.end] for p in paragraphs]
    heads = [normalize(text[:40]).text for text in texts]  # where a marker would be, normalised once for both
    explicit = _marks(heads, rules, "interview_question", "interview_answer")
    bullets = _marks(heads, rules, "interview_bullet_question", "interview_bullet_answer")
    marks = explicit if _enough(explicit) else bullets if _enough(bullets) else None
    if marks is None:
        return None
    first = next(i for i, m in enumerate(marks) if m and m[0] == "question")
    intro = "\n".join(texts[:first])
    if marks is bullets and not _says_interview(f"{title or ''}\n{intro}", rules):
        return None
    roles, role = [], None
    for m in marks:
        role = m[0] if m else role
        roles.append(role)
    starts = [p.start for p in paragraphs]
    questions, answers = set(), set()
    for s in sentences:
        at = bisect_right(starts, s.start) - 1
        if at >= 0 and roles[at] == "question":
            questions.add(s.start)
        elif at >= 0 and roles[at] == "answer":
            answers.add(s.start)
    opening = next((s.text for s in sentences if s.start < starts[first]), "")
    name, evidence, rule = _interviewee(title, intro, opening, rules)
    used = sorted({m[1] for m in marks if m})
    summary = Interview(interviewee=name, evidence=evidence, questions=len(questions), answers=len(answers),
                        rules=used + ([rule] if rule else []))
    return Found(summary, questions, answers)


def answer_claims(claims: list[Claim], found: Found, speaker: Optional[Source]) -> None:
    """The hook after attribution: every answer claim carries the interviewee as its speaker hint, and one
    that attribution left `unattributed` takes the interviewee as its source (rule interview.answer)."""
    for claim in claims:
        if claim.start not in found.answers:
            continue
        claim.speaker_hint = found.summary.interviewee
        if speaker is not None and claim.source.type == "unattributed":
            claim.source = speaker.model_copy(deep=True)
            claim.reasons.append("interview.answer")


def _marks(heads: list[str], rules: RuleSet, question: str, answer: str) -> list[Optional[tuple[str, str]]]:
    """("question" | "answer", rule id) for each paragraph a marker opens (`heads`: the paragraphs'
    first 40 characters, normalised), else None."""
    patterns = [(role, rid, rx) for role, family in (("question", question), ("answer", answer))
                for rid, rx in _patterns(rules, family)]
    return [next(((role, rid) for role, rid, rx in patterns if rx.match(n)), None) for n in heads]


def _enough(marks: list[Optional[tuple[str, str]]]) -> bool:
    roles = [m[0] for m in marks if m]
    return roles.count("question") >= 2 and roles.count("answer") >= 2 and roles.index("question") < len(roles) - 1


def _says_interview(text: str, rules: RuleSet) -> bool:
    n = normalize(text).text
    return any(rx.search(n) for _, rx in _patterns(rules, "interview_signal"))


def _interviewee(title: Optional[str], intro: str, opening: str,
                 rules: RuleSet) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(name as written, the text that named them, rule id): a pattern of family interviewee on the headline,
    then on the intro; else the first name in the intro's first sentence (English capitals)."""
    for text in (title or "", intro):
        nt = normalize(text)
        for rid, rx in _patterns(rules, "interviewee"):
            m = rx.search(nt.text)
            if m is not None and m.group("name").strip():
                (a, b), (ea, eb) = nt.span(*m.span("name")), nt.span(*m.span())
                return text[a:b].strip(" ،,:"), text[ea:eb], rid
    m = _NAME_RUN.search(opening)
    return (m.group().strip(), opening, "interview.speaker.intro") if m else (None, None, None)


@lru_cache(maxsize=32)
def _patterns(rules: RuleSet, family: str) -> list[tuple[str, re.Pattern]]:
    """(entry id, compiled normalised pattern) of one family's entries, in file order."""
    return [(e.id, re.compile(norm_pattern(p))) for e in rules.entries if e.family == family for p in e.patterns]
