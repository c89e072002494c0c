"""The audit as plain text for people reading a terminal."""
from __future__ import annotations

from ..models import Claim, Report
from ..printable import one_line, printable


def render(report: Report) -> str:
    out = []
    o = report.outlet
    out.append(f"# {one_line(report.title or '(no title)')}")
    out.append(f"input: {one_line(report.input or '-')}   id: {report.id}   language: {report.language}   published: {report.published or '-'}")
    out.append(f"outlet: {o.name or 'unknown'}" + (f" ({o.domain})" if o.domain else "") +
               (f" [{o.kind}, {o.country}]" if o.kind else ""))
    for g in report.origin:
        out.append(f"origin: {g.relation} {g.name or g.domain or '?'}  ← {g.evidence!r}")
    for w in report.wires:
        out.append(f"wire: {w.agency} ({w.kind}, {w.role})  ← {w.evidence!r}")
    for i in report.intelligence:
        out.append(f"intelligence: {i.agency or 'unnamed'} country={i.country or '?'} named={i.named}  ← {i.evidence!r}")
    s = report.score
    out.append(f"score: {s.article:.2f} ({s.grade})   by type: " +
               ", ".join(f"{k} {v}" for k, v in sorted(s.by_type.items(), key=lambda kv: -kv[1])))
    h = report.headline
    if h is not None and h.source.type != "unattributed":
        out.append(f"headline: {_summary(h)}   cue: {h.cue}")
    out.append("")
    for c in report.claims:
        flags = ["question: the interviewer's, not scored"] if c.question else []
        if c.source.anonymity_reason:
            flags.append(f"reason: {c.source.anonymity_reason}")
        if c.hedges:
            flags.append("hedged: " + "; ".join(c.hedges))
        out.append(f"[{c.id}] {_summary(c)}")
        out.append(f"     {c.text}")
        if c.cue:
            out.append(f"     cue: {c.cue}")
        for f in flags:
            out.append(f"     {f}")
        out.append(f"     rules: {', '.join(c.reasons)}")
    if report.boilerplate:
        out.append("")
        out.append(f"removed boilerplate ({len(report.boilerplate)}):")
        for b in report.boilerplate:
            out.append(f"  - [{b.rule}] {b.text[:100]}")
    return printable("\n".join(out)) + "\n"


def _summary(c: Claim) -> str:
    """Grade, score, source and relays: "B 0.85 named_official — Kim Jong Un via state_media (KCNA)"."""
    who = c.source.name or c.source.text or ""
    via = "".join(f" via {v.type}" + (f" ({v.name})" if v.name else "") for v in c.via)
    return f"{c.grade} {c.score:.2f} {c.source.type}" + (f" — {who}" if who else "") + via
