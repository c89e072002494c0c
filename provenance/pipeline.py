"""The audit as a straight line of stages: extract, clean, locate, split, attribute, score."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .attribution import Attributor
from .boilerplate import clean
from .extract import extract_html
from .inputs import BadInput, InputError, clean_text
from .language import detect_language
from .models import Document, Report
from .outlets import find_origin, find_outlet, site_prefix_origins
from .rules import RuleSet, load_rules
from .scoring import score_article, score_claim
from .sentences import split_sentences
from .timelimit import TimeLimitExceeded, time_limit
from .wires import find_intelligence, find_wires

MAX_TEXT_CHARS = 1_000_000
TIME_LIMIT = 60.0  # processor seconds the audit of one article's text may take (a megabyte of news takes about 3)


class Auditor:
    """Holds the compiled rules; `audit` is safe to call for many documents."""

    def __init__(self, rules: Optional[Union[RuleSet, str, Path]] = None, max_text_chars: int = MAX_TEXT_CHARS,
                 time_limit: Optional[float] = TIME_LIMIT):
        self.rules = rules if isinstance(rules, RuleSet) else load_rules(rules)
        self.attributor = Attributor(self.rules)
        self.max_text_chars = max_text_chars
        self.time_limit = time_limit  # None: no limit

    def audit(self, doc: Document) -> Report:
        """The report of one article; InputError if it cannot be audited. Extraction has its own limits
        (see extract.py); the text stages have `time_limit`."""
        url, title, sitename, hostname, published = doc.url, None, None, None, None
        if doc.html is not None:
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
        cleaned = clean(text, rules, language, title)
        sentences = split_sentences(cleaned.body, cleaned.paragraphs, rules)
        if not sentences:
            raise InputError(f"{doc.name}: not an article (no sentences left after removing boilerplate)")
        origins, hints = find_origin(text, cleaned.boilerplate, rules)
        outlet = find_outlet(url, sitename, hostname, hints, origins, rules)
        origins += site_prefix_origins(hints, origins)
        scanned = rules.scan_body(cleaned.body)
        memory = self.attributor.remember(scanned)
        claims = self.attributor.attribute(scanned, sentences, language, memory)
        headline = self.attributor.headline(cleaned.title, language, memory)
        for claim in claims if headline is None else [*claims, headline]:
            score_claim(claim, rules.scores)
        return Report(
            id=hashlib.sha256(cleaned.body.encode("utf-8")).hexdigest()[:16],
            url=url, title=cleaned.title, language=language,
            published=published or (cleaned.dates[0] if cleaned.dates else None),
            input=doc.name, outlet=outlet, origin=origins,
            wires=find_wires(scanned, rules),
            intelligence=find_intelligence(scanned, rules),
            boilerplate=cleaned.boilerplate, body=cleaned.body, claims=claims, headline=headline,
            score=score_article(claims, rules.scores),
        )

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


def audit_text(text: str, url: Optional[str] = None, rules: Optional[Union[RuleSet, str, Path]] = None) -> Report:
    """Audit one already-extracted article (convenient in a notebook)."""
    return Auditor(rules).audit(Document(name="<text>", url=url, text=text))


def audit_html(html: str, url: Optional[str] = None, rules: Optional[Union[RuleSet, str, Path]] = None) -> Report:
    """Audit one web page."""
    return Auditor(rules).audit(Document(name="<html>", url=url, html=html))
