"""Interviews and question-and-answer pages: the interviewer's questions are read as any sentence (LABELLING
labels every sentence of the body: a question is unattributed unless it cites someone, "Some Americans say:
...") but marked (Claim.question, interview.question) and left out of the article's score and of the gate;
the answers are the interviewee's, and the headline or intro names the interviewee ("فلان لـ«الصباح»: ...",
"Q&A with ..."); and transcripts, whose turns a speaker's label opens ("JAKE TAPPER: ...", "FALLIN: ...").

The markers and the patterns that find the interviewee are data (text.yaml, families interview_*). This
module only reads the structure; pipeline.py gives the answers that attribution left without a source to
the interviewee (see `answer_claims`) and every sentence of a turn to its speaker (see `turn_claims`)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from ..models import Claim, Interview, Source
from ..normalize import Normalized, normalize
from ..rules import RuleSet
from .boilerplate import Paragraph
from .sentences import Sentence

_NAME_RUN = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+")  # "Vice President Joe Biden"
# a surname after a first name, an initial or a title: "Governor Mary Fallin", "MSNBC’s Chris Matthews"
_SURNAME = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]* (?=([A-Z][\w-]*(?:['’][A-Z][\w-]*)?))")  # group 1: not its ’s


@dataclass(slots=True)
class Found:
    """An interview: its summary for the report, and which sentences (by start offset) ask and answer."""

    summary: Interview
    questions: set[int]
    answers: set[int]


def find_interview(title: Optional[str], body: str, paragraphs: list[Paragraph], sentences: list[Sentence],
                   rules: RuleSet, normalized: Normalized) -> Optional[Found]:
    """Two questions and two answers marked "Q:"/"A:" (or "س:"/"ج:"), the questions' "Q" maybe run into their
    first word ("QWhat ..."); or, on a page whose headline or intro says it is an interview, two of each opened
    by a star and a dash. `normalized`: the body normalised."""
    texts = [body[p.start:p.end] for p in paragraphs]
    # where a marker would be, normalised once for both kinds (a view of the body normalised)
    heads = [_opening(p, 40, normalized).text for p in paragraphs]
    explicit = _marks(heads, rules, "interview_question", "interview_answer")
    if not _enough(explicit):
        explicit = _glued_questions(explicit, texts, heads, rules)
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


def answer_claims(claims: list[Claim], found: Found, speaker: Optional[Source], rules: RuleSet) -> None:
    """The hook after attribution: every answer claim carries the interviewee as its speaker hint and takes
    them as its source, as a transcript's turn does (rule interview.answer), unless attribution already
    found the interviewee ("I said", "Biden said"); a question keeps what attribution found, and says it is
    one (Claim.question, rule interview.question: the score, the gate and the export leave it out), but its
    "you" is the interviewee (see `_addressee`)."""
    for claim in claims:
        if claim.start in found.questions:
            claim.question = True
            claim.reasons.append("interview.question")
            _addressee(claim, speaker, rules)
        if claim.start not in found.answers:
            continue
        claim.speaker_hint = found.summary.interviewee
        if speaker is not None and not (claim.source.name == speaker.name and claim.source.type == speaker.type):
            speaks(claim, speaker.model_copy(deep=True), "interview.answer")


def _addressee(claim: Claim, speaker: Optional[Source], rules: RuleSet) -> None:
    """A question that cites "you" (interview_addressee): the interviewee the interviewer addresses, when "you"
    speaks ("Q: You said yesterday, ..."; interview.question.addressee), not whoever spoke before, so the
    reasons that read it as them (attr.continuation*) go; a "you" the cue befalls ("Were you accused of
    fraud?"; interview.question.addressee.passive) cites no one, and the question is unattributed."""
    if speaker is None or claim.cue_start is None or not _cites_you(claim, rules):
        return
    asked = normalize(claim.text[:claim.cue_end - claim.start]).text
    passive = next((rid for rid, rx in rules.patterns("interview_addressee_passive") if rx.search(asked)), None)
    if passive is None and not _speech_cue(claim, rules):
        return
    claim.reasons = [r for r in claim.reasons if not r.startswith("attr.continuation")]
    if passive is not None:
        claim.source, claim.cue, claim.cue_start, claim.cue_end = Source(rules=[passive]), None, None, None
        claim.reasons = [r for r in claim.reasons if not r.startswith("cue.")] + [passive]
        return
    rule = "interview.question.addressee"
    claim.source = speaker.model_copy(update={
        "start": claim.source.start, "end": claim.source.end, "text": claim.source.text,
        "rules": [*(r for r in speaker.rules if r != "interview.answer"), rule]})
    claim.reasons.append(rule)


def _cites_you(claim: Claim, rules: RuleSet) -> bool:
    """Whether the question's cited speaker is "you": a word before the cue (the claim's cue offsets), since
    attribution leaves the source's text empty when no one has spoken yet (attr.continuation.no_previous,
    "Smith spoke with us. Q: You said ..."); a source it named otherwise ("Q: Did Trump say ...") is not "you"."""
    cited = normalize(claim.source.text or "").text
    addressee = [rx for _, rx in rules.patterns("interview_addressee")]
    if cited and not any(rx.fullmatch(cited) for rx in addressee):
        return False
    before = normalize(claim.text[:claim.cue_start - claim.start]).text
    return any(rx.fullmatch(word) for word in re.findall(r"\w+", before) for rx in addressee)


def _speech_cue(claim: Claim, rules: RuleSet) -> bool:
    """Whether the claim's cue is one of speech (a cue family speech*: "said", "told"), not of stance."""
    return any((rules.family_of.get(r) or "").startswith("speech") for r in claim.reasons if r.startswith("cue."))


@dataclass(slots=True)
class Turn:
    """A speaker's turn in a transcript: the label as written, its offsets and its colon's in the body, and the
    sentences (by start offset) it holds, the label's own first."""

    label: str
    start: int
    end: int
    colon: int
    sentences: list[int]


def find_turns(body: str, paragraphs: list[Paragraph], sentences: list[Sentence], rules: RuleSet,
               normalized: Normalized) -> list[Turn]:
    """A transcript's turns (rule interview.turn): each paragraph a speaker's label opens, the rest of it and the
    paragraphs after it that speak in the first or second person (interview.turn.voice), up to the next label
    or the writer's own paragraph. None unless two speakers named in the article talk, one of them again."""
    texts = [body[p.start:p.end] for p in paragraphs]
    labels = [None if p.heading else _label(text, rules, _opening(p, 60, normalized))
              for p, text in zip(paragraphs, texts)]
    shown = {lab[0] for lab in labels if lab}
    if len(shown) < 2:
        return []
    prose = " ".join(text[lab[3] + 1:] if lab else text for text, lab in zip(texts, labels))
    met = {m.group(1).lower() for m in _SURNAME.finditer(prose)}
    surnames = {name.split()[-1] for name in shown if " " in name}
    # a surname met in the text, or a full name and its surname both labels ("JAKE TAPPER:", "TAPPER:")
    speakers = {name for name in shown if name.split()[-1] in met or name in surnames
                or (" " in name and name.split()[-1] in shown)}
    if not _dialogue([lab[0].split()[-1] for lab in labels if lab and lab[0] in speakers]):
        return []
    voice = [rx for _, rx in rules.patterns("interview_turn_voice")]
    turns: list[Turn] = []
    turn: Optional[Turn] = None
    at = 0
    for p, text, lab in zip(paragraphs, texts, labels):
        if lab is not None:
            name, a, b, colon = lab
            turn = Turn(text[a:b], p.start + a, p.start + b, p.start + colon, []) if name in speakers else None
            if turn is not None:
                turns.append(turn)
        elif turn is not None and not _speaks_in_person(normalize(text).text, voice):
            turn = None  # the writer speaks again
        while at < len(sentences) and sentences[at].start < p.end:
            if turn is not None and sentences[at].start >= p.start:
                turn.sentences.append(sentences[at].start)
            at += 1
    return turns


def _speaks_in_person(n: str, voice: list[re.Pattern]) -> bool:
    """Whether a paragraph (normalised once) speaks in the first or second person (interview.turn.voice)."""
    return any(rx.search(n) for rx in voice)


def turn_claims(claims: list[Claim], turns: list[Turn], speakers: dict[str, Source]) -> None:
    """The hook after attribution: every sentence of a turn is its speaker's, the label its span in the first;
    what the sentence reports of others stays in `also` (rule interview.turn)."""
    owner = {start: turn for turn in turns for start in turn.sentences}
    for claim in claims:
        turn = owner.get(claim.start)
        speaker = speakers.get(turn.label) if turn is not None else None
        if speaker is None:
            continue
        first = claim.start <= turn.start < claim.end
        speaks(claim, speaker.model_copy(update={"start": turn.start if first else None,
                                                  "end": turn.end if first else None}), "interview.turn")
        claim.cue, claim.cue_start, claim.cue_end = (":", turn.colon, turn.colon + 1) if first else (None, None, None)


def speaks(claim: Claim, speaker: Source, rule: str) -> None:
    """The claim is the speaker's; whom the sentence reports, if anyone, stays another attribution in `also`."""
    if claim.source.type != "unattributed":
        claim.also.append(claim.source)
        claim.via = []
    claim.source = speaker
    claim.reasons.append(rule)


def _opening(paragraph: Paragraph, size: int, normalized: Normalized) -> Normalized:
    """normalize(text[:size]) of a paragraph's text, cut out of the body normalised once."""
    return normalized.view(paragraph.start, min(paragraph.end, paragraph.start + size))


def _label(text: str, rules: RuleSet, nt: Normalized) -> Optional[tuple[str, int, int, int]]:
    """(the label's words in lower case, its start, end and colon in `text`) when a speaker's label opens the
    paragraph: every word capitalised, the last of two letters or more (not "Q:"); `nt`: its opening normalised."""
    for _, rx in rules.patterns("interview_turn"):
        m = rx.match(nt.text)
        if m is None:
            continue
        a, b = nt.span(*m.span("name"))
        words = text[a:b].split()
        if all(w[0].isupper() for w in words) and len(words[-1]) > 1:
            return " ".join(w.lower() for w in words), a, b, text.index(":", b)
    return None


def _dialogue(surnames: list[str]) -> bool:
    """Two speakers or more, one of them speaking again after another did."""
    return any(name in surnames[:i] and surnames[i - 1] != name for i, name in enumerate(surnames))


def _marks(heads: list[str], rules: RuleSet, question: str, answer: str) -> list[Optional[tuple[str, str]]]:
    """("question" | "answer", rule id) for each paragraph a marker opens (`heads`: the paragraphs'
    first 40 characters, normalised), else None."""
    patterns = [(role, rid, rx) for role, family in (("question", question), ("answer", answer))
                for rid, rx in rules.patterns(family)]
    return [next(((role, rid) for role, rid, rx in patterns if rx.match(n)), None) for n in heads]


def _glued_questions(marks: list[Optional[tuple[str, str]]], texts: list[str], heads: list[str],
                     rules: RuleSet) -> list[Optional[tuple[str, str]]]:
    """The marks with the questions whose "Q" the crawl ran into their first word ("QWhat would ...";
    interview.question.glued), read on the paragraphs as written, when no other marker opens a question: then
    only answers marked with a colon count (interview.answer.colon: "A. J. Smith said" is no answer), a name
    that opens with Q is no question (interview.question.glued.name: "QAnon"), and one question at least asks
    ("?" at its end): a story whose paragraphs open "QAnon ..." and "A. J. ..." is no interview."""
    if any(m and m[0] == "question" for m in marks):
        return marks
    names = [rx for _, rx in rules.patterns("interview_glued_name", fold=False)]
    glued = rules.patterns("interview_question_glued", fold=False)
    questions = [None if any(rx.match(text) for rx in names) else
                 next((rid for rid, rx in glued if rx.match(text)), None) for text in texts]
    if not any(q and text.rstrip(" \"'”’)»").endswith("?") for q, text in zip(questions, texts)):
        return marks
    colon = rules.patterns("interview_answer_colon")
    answers = [next((rid for rid, rx in colon if rx.match(head)), None) for head in heads]
    return [("question", q) if q else ("answer", a) if a else None for q, a in zip(questions, answers)]


def _enough(marks: list[Optional[tuple[str, str]]]) -> bool:
    roles = [m[0] for m in marks if m]
    return roles.count("question") >= 2 and roles.count("answer") >= 2 and roles.index("question") < len(roles) - 1


def _says_interview(text: str, rules: RuleSet) -> bool:
    n = normalize(text).text
    return any(rx.search(n) for _, rx in rules.patterns("interview_signal"))


def _interviewee(title: Optional[str], intro: str, opening: str,
                 rules: RuleSet) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(name as written, the text that named them, rule id): a pattern of family interviewee on the headline,
    then on the intro; else the first name in the intro's first sentence (English capitals)."""
    for text in (title or "", intro):
        nt = normalize(text)
        for rid, rx in rules.patterns("interviewee"):
            m = rx.search(nt.text)
            if m is not None and m.group("name").strip():
                (a, b), (ea, eb) = nt.span(*m.span("name")), nt.span(*m.span())
                return text[a:b].strip(" ،,:"), text[ea:eb], rid
    m = _NAME_RUN.search(opening)
    return (m.group().strip(), opening, "interview.speaker.intro") if m else (None, None, None)
