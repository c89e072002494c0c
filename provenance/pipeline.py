"""The audit as a straight line of stages: extract, clean, locate, split, attribute, score."""
from __future__ import annotations

import gc
import hashlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .attribution import Attributor
from .attribution.sources import Memory
from .ingest.inputs import BadInput, InputError, clean_text
from .models import Claim, Document, Report, Score, Source, scored_claims
from .normalize import normalize
from .origin.outlets import find_origin, find_outlet, site_prefix_origins
from .origin.wires import find_dateline, find_intelligence, find_wires
from .rulecache import cached
from .rules import DEFAULT_RULES_DIR, RuleSet, ScannedBody, load_built
from .scoring import score_article, score_claim
from .text.boilerplate import clean
from .text.interview import Found, Turn, answer_claims, find_interview, find_turns, turn_claims
from .text.language import detect_language, has_attribution_rules
from .text.signatures import Signed, find_signatures, signatory, signed_claims
from .text.sentences import Sentence, after_dateline, compile_lexicons, split_sentences
from .timelimit import TimeLimitExceeded, time_limit

MAX_TEXT_CHARS = 1_000_000
TIME_LIMIT = 60.0  # processor seconds the audit of one article's text may take (a megabyte of news takes about 3)
NO_RULES = "lang.no_rules"  # a language that cues.yaml has no reporting verbs for


class Auditor:
    """Holds the compiled rules; `audit` is safe to call for many documents."""

    def __init__(self, rules: Optional[Union[RuleSet, str, Path]] = None, max_text_chars: int = MAX_TEXT_CHARS,
                 time_limit: Optional[float] = TIME_LIMIT):
        with no_collection():
            if isinstance(rules, RuleSet):
                self.rules, self.attributor = _build(rules)
            else:
                folder = Path(rules) if rules else DEFAULT_RULES_DIR
                self.rules, self.attributor = cached(folder, lambda: load_built(folder, _build))
        self.max_text_chars = max_text_chars
        self.time_limit = time_limit  # None: no limit

    def audit(self, doc: Document) -> Report:
        """The report of one article; InputError if it cannot be audited. Extraction has its own limits
        (see extract.py); the text stages have `time_limit`."""
        url, title, sitename, hostname, published = doc.url, None, None, None, None
        if doc.html is not None:
            from .ingest.extract import extract_html  # trafilatura's side, for pages only

            ex = extract_html(doc.html, doc.url, doc.name)
            text, title, sitename, hostname, published = ex.text, ex.title, ex.sitename, ex.hostname, ex.date
            url = url or ex.url
        else:
            text = doc.text or ""
        try:
            with time_limit(self.time_limit):
                return self._audit_text(doc, text, url, title, sitename, hostname, published)
        except TimeLimitExceeded:
            raise InputError(f"{doc.name}: the audit took over {self.time_limit:g} s of processor time "
                             "(raise the limit with --time-limit); not audited") from None

    def _audit_text(self, doc: Document, text: str, url: Optional[str], title: Optional[str],
                    sitename: Optional[str], hostname: Optional[str], published: Optional[str]) -> Report:
        rules = self.rules
        text = clean_text(text, doc.name)  # the same invisible marks and line breaks as file input
        if len(text) > self.max_text_chars:
            raise InputError(f"{doc.name}: {len(text):,} characters of text is over the {self.max_text_chars:,} limit")
        language = detect_language(text, rules)
        normalized = normalize(text)  # once: boilerplate reads each line in it, the origin the whole
        cleaned = clean(text, rules, language, title, normalized)
        scanned = rules.scan_body(cleaned.body, cleaned.normalized)  # the scans and every sentence read it
        signed = find_signatures(text, cleaned.body, cleaned.paragraphs, cleaned.boilerplate, cleaned.title, rules,
                                 language)
        sentences = split_sentences(cleaned.body, [p for p in cleaned.paragraphs if p.start not in signed.bylines],
                                    rules, scanned.normalized)  # a byline ("Martin Litwak.") is no claim
        if not sentences:
            raise InputError(f"{doc.name}: not an article (no sentences left after removing boilerplate)")
        origins, hints = find_origin(text, cleaned.boilerplate, rules, normalized)
        dateline = find_dateline(scanned, rules)
        outlet = find_outlet(url, sitename, hostname, hints, origins, dateline, rules)
        origins += site_prefix_origins(hints, origins)
        sentences = after_dateline(cleaned.body, sentences, dateline, scanned.normalized)
        interview = find_interview(cleaned.title, cleaned.body, cleaned.paragraphs, sentences, rules, scanned.normalized)
        turns = find_turns(cleaned.body, cleaned.paragraphs, sentences, rules, scanned.normalized)
        claims, headline, score, warnings = self._claims(scanned, sentences, cleaned.title, language, interview,
                                                         outlet.name, turns, signed)
        return Report(
            id=hashlib.sha256(cleaned.body.encode("utf-8")).hexdigest()[:16],
            url=url, title=cleaned.title, language=language,
            published=published or (cleaned.dates[0] if cleaned.dates else None),
            input=doc.name, outlet=outlet, origin=origins,
            wires=find_wires(scanned, rules, cleaned.boilerplate), dateline=dateline,
            interview=interview.summary if interview is not None else None,
            intelligence=find_intelligence(scanned, rules),
            boilerplate=cleaned.boilerplate, body=cleaned.body, claims=claims, headline=headline,
            score=score, warnings=cleaned.warnings + warnings,
        )

    def _claims(self, scanned: ScannedBody, sentences: list[Sentence], title: Optional[str], language: str,
                interview: Optional[Found], publisher: Optional[str],
                turns: list[Turn], signed: Signed) -> tuple[list[Claim], Optional[Claim], Score, list[str]]:
        """Claims attributed and scored, with the headline's own; in a language without attribution rules,
        claims left unscored and a warning that says so."""
        rules = self.rules
        if not has_attribution_rules(language, rules):
            claims, score = _unscored(sentences)
            return claims, None, score, [f"language {language} has no attribution rules: its {len(claims)} sentences "
                                         f"are kept as claims but not attributed or scored ({NO_RULES})"]
        memory = self.attributor.remember(scanned, title)
        claims = self.attributor.attribute(scanned, sentences, language, memory)
        self.attributor.drop_publisher_relays(claims, publisher)
        if interview is not None:
            answer_claims(claims, interview, self._interviewee(interview.summary.interviewee, memory), rules)
        if turns:  # a transcript: every sentence of a turn is its speaker's
            # each label typed once, in the order the transcript shows them: typing remembers names
            turn_claims(claims, turns, {label: self._interviewee(label, memory, "interview.turn")
                                        for label in dict.fromkeys(t.label for t in turns)})
        if signed.signatures:  # a signed round-up: a letter's sentences that cite no one are its writer's
            signed_claims(claims, signed, {s.label: signatory(s, self._interviewee(s.label, memory, s.rule))
                                           for s in signed.signatures})
        headline = self.attributor.headline(title, language, memory)
        for claim in claims if headline is None else [*claims, headline]:
            score_claim(claim, rules.scores)
        return claims, headline, score_article(scored_claims(claims), rules.scores), []

    def _interviewee(self, name: Optional[str], memory: Memory, rule: str = "interview.answer") -> Optional[Source]:
        """The interviewee (or a transcript's speaker) as a source, typed like any source span (a named person at
        least). The hook that the attribution engine may take over: it receives the name as written and
        returns a Source."""
        if not name:
            return None
        typed = self.attributor.typer.classify(name, memory)
        kind = typed.type if typed.type not in (None, "unattributed") else "named_person"
        return Source(text=name, name=typed.name or name, role=typed.role, type=kind,
                      rules=[*typed.rules, rule])

    def audit_many(self, docs: Iterable[Union[Document, BadInput]]) -> Iterator[Union[Report, BadInput]]:
        """Audit a stream; a document that fails comes back as a BadInput and the rest go on."""
        for doc in docs:
            if isinstance(doc, BadInput):
                yield doc
                continue
            try:
                yield self.audit(doc)
            except InputError as exc:
                yield BadInput(name=doc.name, url=doc.url, error=str(exc))


def _build(rules: RuleSet) -> tuple[RuleSet, Attributor]:
    """The rules with every matcher that the audit reads built, and the attributor over them."""
    attributor = Attributor(rules)
    compile_lexicons(rules)
    rules.build_matchers()
    return rules, attributor


@contextmanager
def no_collection(freeze: bool = False) -> Iterator[None]:
    """No garbage collection while the rules are built: tens of thousands of objects that live as long as
    the process, which the collector would only walk through again and again (a third of the start-up).
    With `freeze`, for a process that keeps its rules to the end (a worker, the command), every object
    is then frozen (gc.freeze) out of all later collections: enabled again with them young, the
    collector's next pass would walk them all at once, and its later ones again as they age. A library
    caller's own objects are never frozen by an Auditor it builds."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze and enabled:
            gc.freeze()
    finally:
        if enabled:
            gc.enable()


def _unscored(sentences: list[Sentence]) -> tuple[list[Claim], Score]:
    """Claims of a language without attribution rules: each sentence unattributed by rule lang.no_rules,
    with no grade, and no article score (so no gate finding and no weakest claim)."""
    claims = [Claim(id=f"c{i}", text=s.text, start=s.start, end=s.end, grade="-", reasons=[NO_RULES],
                    source=Source(rules=[NO_RULES])) for i, s in enumerate(sentences, 1)]
    by_type = {"unattributed": len(claims)} if claims else {}
    return claims, Score(article=0.0, grade="-", by_type=by_type, weakest=[], reasons=[NO_RULES])


def audit_text(text: str, url: Optional[str] = None, rules: Optional[Union[RuleSet, str, Path]] = None) -> Report:
    """Audit one already-extracted article (convenient in a notebook)."""
    return Auditor(rules).audit(Document(name="<text>", url=url, text=text))


def audit_html(html: str, url: Optional[str] = None, rules: Optional[Union[RuleSet, str, Path]] = None) -> Report:
    """Audit one web page."""
    return Auditor(rules).audit(Document(name="<html>", url=url, html=html))
