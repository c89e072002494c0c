"""Wire agencies behind the text (dateline, credit line, cited), the dateline that opens the body, and
intelligence sourcing."""
from __future__ import annotations

import re
from typing import Iterable, Optional

from ..models import Boilerplate, Dateline, Intelligence, Wire
from ..normalize import is_arabic, normalize
from ..rules import OutletEntry, RuleSet, ScannedBody
from ..text.sentences import quote_spans

_DATELINE_TAIL = re.compile(r"[ \t:\-]*")
_PLACE_END = re.compile(r"[\s,،\-]+$")


def find_wires(scanned: ScannedBody, rules: RuleSet, removed: Iterable[Boilerplate] = ()) -> list[Wire]:
    """Agencies in the body, by role; and those of the dateline and credit lines the text layer removed,
    which point at the body's start (a dateline) or its end (a credit), as empty spans."""
    body, nb = scanned.text, scanned.normalized
    roles = _roles(nb.text, rules)
    wires: list[Wire] = []
    for hit in scanned.hits["outlet"]:
        entry = hit.value
        if not entry.agency or entry.kind not in ("wire", "state"):
            continue
        a, b = nb.span(hit.start, hit.end)
        role, rule_id = roles.get(hit.start, ("cited", "wire.cited"))
        wires.append(_wire(entry, role, body[a:b], a, b, f"{rule_id}:{entry.id}"))
    for piece in removed:
        if not piece.rule.startswith(("bp.date_line", "bp.source_line")):
            continue
        npiece = normalize(piece.text)
        for at, (role, rule_id) in _roles(npiece.text, rules).items():
            hit = rules.outlet_names.search(npiece.text, at)
            at_end = 0 if role == "dateline" else len(body)
            wires.append(_wire(hit.value, role, piece.text, at_end, at_end, f"{rule_id}:{hit.value.id}:{piece.rule}"))
    return wires


def _roles(text: str, rules: RuleSet) -> dict[int, tuple[str, str]]:
    """Where a dateline or credit pattern names an agency: (role, rule id) by the agency's offset."""
    first_line_end = text.find("\n")
    first_line_end = len(text) if first_line_end == -1 else first_line_end
    roles: dict[int, tuple[str, str]] = {}
    for rule, rx in rules.wire_patterns:
        for m in rx.finditer(text):
            if not m.groupdict().get("agency"):
                continue
            if rule.role == "dateline" and m.start() > first_line_end:
                continue
            agency = next((h for h in rules.outlet_names.finditer(text, m.start("agency"), m.end("agency"))
                           if h.value.agency), None)  # "فرانس24/ أ ف ب": the agency, not the channel
            if agency is not None:
                roles.setdefault(agency.start, (rule.role or "credit", rule.id))
    return roles


def _wire(entry: OutletEntry, role: str, evidence: str, start: int, end: int, rule: str) -> Wire:
    return Wire(agency=entry.name, kind="state" if entry.kind == "state" else "wire", role=role,
                evidence=evidence, start=start, end=end, rule=rule)


def find_dateline(scanned: ScannedBody, rules: RuleSet) -> Optional[Dateline]:
    """The place and outlet that open the body ("دبي، الإمارات العربية المتحدة (CNN)--"): metadata of the
    first sentence, neither a claim nor, unless the outlet is an agency, a wire."""
    nb = scanned.normalized
    for rule, rx in rules.wire_patterns:
        m = rx.rx.match(nb.text) if rule.role == "dateline" else None
        hit = rules.outlet_names.search(nb.text, m.start("agency"), m.end("agency")) \
            if m is not None and m.groupdict().get("agency") else None
        if hit is None:
            continue  # "(طلب عدم ذكر اسمه):" is no dateline: the parentheses must name an outlet
        a, b = nb.span(0, _DATELINE_TAIL.match(nb.text, m.end()).end())
        text = scanned.text[a:b].rstrip()
        place = _PLACE_END.sub("", scanned.text[a:nb.span(hit.start, hit.end)[0]].rstrip("( ")) or None
        return Dateline(text=text, place=place, outlet=hit.value.name, wire=hit.value.agency,
                        start=a, end=a + len(text), rule=rule.id)
    return None


def find_intelligence(scanned: ScannedBody, rules: RuleSet) -> list[Intelligence]:
    """Intelligence named as a source; mentions inside quotations are what someone said, not sourcing."""
    body, nb = scanned.text, scanned.normalized
    quotes = quote_spans(nb.text)
    found: list[Intelligence] = []
    for hit in scanned.hits["intelligence"]:
        if quotes.holds(hit.start):
            continue
        a, b = nb.span(hit.start, hit.end)
        if hit.family == "service":
            found.append(Intelligence(agency=hit.value.name, country=hit.value.country, named=True,
                                      evidence=body[a:b], start=a, end=b, rule=hit.entry_id))
            continue
        # Arabic adjectives follow the noun ("الاستخبارات الأميركية"); English ones precede it ("US intelligence").
        if is_arabic(hit.text):
            country = rules.country_lexicon.search(nb.text, hit.end, min(len(nb.text), hit.end + 45))
            end = nb.span(country.start, country.end)[1] if country is not None else b
        else:
            before = list(rules.country_lexicon.finditer(nb.text, max(0, hit.start - 25), hit.start))
            country, end = (before[-1] if before else None), b
        found.append(Intelligence(agency=None, country=country.value.code if country else None, named=False,
                                  evidence=body[a:end], start=a, end=end, rule=hit.entry_id))
    return found
