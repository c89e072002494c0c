"""Wire agencies behind the text (dateline, credit line, cited) and intelligence sourcing."""
from __future__ import annotations

from .models import Intelligence, Wire
from .normalize import is_arabic
from .sentences import quote_spans
from .rules import RuleSet, ScannedBody


def find_wires(scanned: ScannedBody, rules: RuleSet) -> list[Wire]:
    body, nb = scanned.text, scanned.normalized
    first_line_end = nb.text.find("\n")
    first_line_end = len(nb.text) if first_line_end == -1 else first_line_end
    roles: dict[int, tuple[str, str]] = {}
    for rule, rx in rules.wire_patterns:
        for m in rx.finditer(nb.text):
            if not m.groupdict().get("agency"):
                continue
            if rule.role == "dateline" and m.start() > first_line_end:
                continue
            hit = rules.outlet_names.search(m.group("agency"))
            if hit is not None and hit.value.agency:
                roles.setdefault(m.start("agency") + hit.start, (rule.role or "credit", rule.id))
    wires: list[Wire] = []
    for hit in scanned.hits["outlet"]:
        entry = hit.value
        if not entry.agency or entry.kind not in ("wire", "state"):
            continue
        a, b = nb.span(hit.start, hit.end)
        role, rule_id = roles.get(hit.start, ("cited", "wire.cited"))
        wires.append(Wire(agency=entry.name, kind="state" if entry.kind == "state" else "wire", role=role,
                          evidence=body[a:b], start=a, end=b, rule=f"{rule_id}:{entry.id}"))
    return wires


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
