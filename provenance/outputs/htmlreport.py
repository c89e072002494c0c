"""The audit as a self-contained HTML page an editor can take in at a glance.

One page per article: the cleaned text with every claim highlighted in its grade's colour (and
letter, for those who cannot tell the colours apart), a header with who published and who is
relayed, a side panel of gate findings, and the removed boilerplate. Several articles get an index
page too. Pages load nothing from anywhere: a Content-Security-Policy allows inline styles and our
one inline script (by its hash), so even a missed escape could not run an article's script.
Every piece of report data goes through `esc` before it reaches the page, and so does what each rule id means
(the rules folder's descriptions, a user's own among them): a list of the rules the claims name, and the title
of every other rule id the page shows.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, Union

from ..models import SOURCE_TYPES, Claim, Report, scored_claims
from ..ruleinfo import meanings
from ..rules import RulesError, RuleSet, load_rules

GRADES = ("A", "B", "C", "D", "E", "F")
Findings = Union[list, str]  # the gate's findings (provenance.gate.check.Finding), or why the gate could not run
Meanings = Mapping[str, str]  # rule id -> what it means, in a line (ruleinfo.meanings)
UNDECLARED = "not declared in the rules this page was made with"
RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps", "yi"}
DOT, DASH, STATE = " \u00b7 ", "\u2013", " \u00b7 state"
RELATIONS = {"republished_from": "republished from", "translated_from": "translated from",
             "source_credit": "credits"}


def esc(value: Any) -> str:
    """Escape for text and attribute values alike (quotes included)."""
    return html.escape("" if value is None else str(value), quote=True)


def label(source_type: str) -> str:
    return source_type.replace("_", " ")


def grade_of(grade: str) -> str:
    """The grade as a CSS class suffix; anything unexpected shows as the worst."""
    return grade if grade in GRADES else "F"


def safe_href(url: Optional[str]) -> Optional[str]:
    """Only http(s) addresses become links; anything else (javascript:, data:) stays text."""
    if url and re.match(r"https?://[^\s]+$", url.strip(), re.I):
        return esc(url.strip())
    return None


# ---------------------------------------------------------------- the page's own style and script

STYLE = """
:root{--ink:#1c1d21;--muted:#5b5f6b;--line:#dcdfe6;--bg:#f6f7f9;--card:#fff;
--A:#1b7a3a;--A-bg:#d9f2df;--B:#4a7311;--B-bg:#e6f3cc;--C:#8f5b00;--C-bg:#fcefbf;
--D:#b3410b;--D-bg:#fde0c6;--E:#b4161b;--E-bg:#fbd3d3;--F:#4c1d95;--F-bg:#ddd6fe}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
"Liberation Sans","DejaVu Sans",Arial,sans-serif}
a{color:#1d4ed8}
:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
.wrap{max-width:1280px;margin:0 auto;padding:20px 24px 40px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 20px}
header.top{display:grid;grid-template-columns:1fr auto;gap:16px 24px;align-items:start}
.kicker{margin:0;font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
h1{margin:4px 0 6px;font-size:24px;line-height:1.35}
.meta{margin:0;color:var(--muted);font-size:13px;overflow-wrap:anywhere}
.meta span+span::before{content:" · "}
.score{display:flex;align-items:center;gap:12px;padding:10px 16px;border-radius:10px;border:2px solid var(--g);
background:var(--gb)}
.score .letter{font-size:40px;font-weight:800;line-height:1;color:var(--g)}
.score .num{font-size:13px;color:var(--ink)}
.score .num b{display:block;font-size:22px}
.facts{grid-column:1/-1;display:grid;grid-template-columns:minmax(0,1.3fr) minmax(0,1fr);gap:16px}
dl.info{margin:0;display:grid;grid-template-columns:110px 1fr;gap:6px 12px;font-size:14px}
dl.info dt{color:var(--muted);font-weight:600}
dl.info dd{margin:0;overflow-wrap:anywhere}
.chain{list-style:none;margin:0;padding:0;display:grid;gap:4px}
.chain li+li::before{content:"\\2190";color:var(--muted);margin-inline-end:6px}
.chip{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:1px 9px;background:#fafbfc;
margin:1px 4px 1px 0;font-size:13px}
.chip.state{border-color:var(--F);color:var(--F)}
.none{color:var(--muted)}
h1.untitled{color:var(--muted)}
q{display:block;color:var(--muted);font-size:12px;margin-inline-start:16px;text-align:left}
.chart h2,.panel h2{margin:0 0 8px;font-size:14px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.bars{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:150px 1fr 28px;gap:5px 8px;
font-size:13px;align-items:center}
.bars li{display:contents}
.bar{display:flex;height:16px;background:#eef0f3;border-radius:4px;overflow:hidden}
.bar span{display:block;height:100%;background:var(--g)}
.bars .n{text-align:end;font-variant-numeric:tabular-nums}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:20px;margin-top:20px;align-items:start}
article.body{font-size:18px;line-height:2.15;padding:18px 28px}
article.body[dir=rtl]{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,"DejaVu Sans",sans-serif;
font-size:19px}
article.body p{margin:0 0 14px}
article.body p:empty{display:none}
.claim{color:var(--ink);background:var(--gb);border-radius:4px;padding:2px 1px;cursor:help;
box-decoration-break:clone;-webkit-box-decoration-break:clone;text-decoration:underline 2px var(--g);
text-underline-offset:.45em;text-decoration-skip-ink:none}
.claim::before{content:attr(data-grade);display:inline-block;min-width:1.35em;margin-inline-end:4px;padding:0 3px;
border-radius:3px;background:var(--g);color:#fff;font:700 12px/1.5 system-ui,"DejaVu Sans",sans-serif;
text-align:center;vertical-align:2px;text-decoration:none}
.claim:hover,.claim:focus{background:color-mix(in srgb,var(--gb) 70%,var(--g) 30%)}
.claim:target{outline:3px solid #2563eb}
.g-A{--g:var(--A);--gb:var(--A-bg)}.g-B{--g:var(--B);--gb:var(--B-bg);text-decoration-style:double}
.g-C{--g:var(--C);--gb:var(--C-bg);text-decoration-style:dashed}
.g-D{--g:var(--D);--gb:var(--D-bg);text-decoration-style:dashed}
.g-E{--g:var(--E);--gb:var(--E-bg);text-decoration-style:dotted}
.g-F{--g:var(--F);--gb:var(--F-bg);text-decoration-style:wavy}
.src{font-weight:700;border-bottom:2px solid var(--ink)}
.via{font-weight:700;border-bottom:2px dashed var(--ink)}
.cue{font-weight:700;color:#1e3a8a}
.panel{position:sticky;top:12px;display:grid;gap:16px}
.findings{list-style:none;margin:0;padding:0;display:grid;gap:8px;max-height:60vh;overflow:auto}
.findings li{border-inline-start:4px solid var(--muted);padding:4px 8px;background:#fafbfc;border-radius:4px;
font-size:13px}
.findings li.error{border-color:var(--E)}.findings li.warning{border-color:var(--C)}
.sev{font-weight:700;text-transform:uppercase;font-size:11px;letter-spacing:.05em}
.rule{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px}
.hint{color:var(--muted)}
.legend{list-style:none;margin:0;padding:0;display:grid;gap:6px;font-size:13px}
.legend .claim{cursor:default}
details.bp,details.rules{margin-top:20px}
details.bp summary,details.rules summary{cursor:pointer;font-weight:600}
dl.rules{margin:10px 0 0;display:grid;grid-template-columns:auto 1fr;gap:4px 16px;font-size:13px}
dl.rules dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:start;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
th button{font:inherit;color:inherit;letter-spacing:inherit;text-transform:inherit;background:none;border:0;
padding:0;cursor:pointer}
th.num{text-align:end}
td small{display:block;color:var(--muted)}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
td.num{text-align:end;font-variant-numeric:tabular-nums}
.badge{display:inline-block;min-width:1.6em;text-align:center;border-radius:4px;color:#fff;font-weight:700;
background:var(--g)}
.tip{position:absolute;z-index:10;max-width:420px;background:#fff;border:1px solid #9aa1ad;border-radius:8px;
box-shadow:0 8px 24px rgba(0,0,0,.18);padding:10px 12px;font-size:13px;line-height:1.45;pointer-events:none}
.tip[hidden]{display:none}
.tip .head{display:flex;gap:8px;align-items:center;margin-bottom:6px;font-weight:700}
.tip dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:2px 10px}
.tip dt{color:var(--muted)}.tip dd{margin:0;overflow-wrap:anywhere;text-align:left}
main.index{margin-top:20px}
td .bar{margin-top:4px;height:8px;max-width:160px;margin-inline-start:auto}
footer{margin-top:24px;color:var(--muted);font-size:12px}
@media (max-width:900px){.layout,.facts{grid-template-columns:1fr}.panel{position:static}}
@media print{.tip{display:none}.panel{position:static}}
"""

# Tooltips: show a claim's details on hover or keyboard focus; Escape hides them. Sortable tables.
SCRIPT = """
(function () {
  "use strict";
  var shown = null;
  function hide() { if (shown) { shown.hidden = true; shown = null; } }
  function lineAt(claim, y) {
    var rects = claim.getClientRects();
    for (var i = 0; i < rects.length; i++) { if (y >= rects[i].top && y <= rects[i].bottom) return rects[i]; }
    return claim.getBoundingClientRect();
  }
  function show(claim, rect) {
    var tip = document.getElementById(claim.getAttribute("aria-describedby"));
    if (!tip) return;
    if (shown !== tip) { hide(); tip.hidden = false; shown = tip; }
    var r = rect || claim.getBoundingClientRect(), h = tip.offsetHeight, w = tip.offsetWidth;
    var top = r.bottom + 6;
    if (top + h > innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    var start = getComputedStyle(claim).direction === "rtl" ? r.right - w : r.left;
    var left = Math.max(8, Math.min(start, innerWidth - w - 8));
    tip.style.top = (top + scrollY) + "px";
    tip.style.left = (left + scrollX) + "px";
  }
  function claimOf(node) { return node && node.closest ? node.closest(".claim[aria-describedby]") : null; }
  document.addEventListener("mouseover", function (e) {
    var c = claimOf(e.target);
    if (c) show(c, lineAt(c, e.clientY));
  });
  document.addEventListener("mouseout", function (e) {
    if (claimOf(e.target) && !claimOf(e.relatedTarget)) {
      var f = claimOf(document.activeElement);
      if (f) show(f); else hide();
    }
  });
  document.addEventListener("focusin", function (e) {
    var c = claimOf(e.target);
    if (c) requestAnimationFrame(function () { show(c); }); else hide();
  });
  document.addEventListener("focusout", function (e) { if (claimOf(e.target)) hide(); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  function focusHash() {
    var c = claimOf(document.getElementById(decodeURIComponent(location.hash.slice(1))));
    if (c) c.focus();
  }
  window.addEventListener("hashchange", focusHash);
  if (location.hash) focusHash();

  document.querySelectorAll("table.sortable th button").forEach(function (button) {
    button.addEventListener("click", function () {
      var th = button.closest("th"), table = th.closest("table"), col = th.cellIndex;
      var numeric = th.getAttribute("data-type") === "num";
      var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      table.querySelectorAll("th[aria-sort]").forEach(function (o) { o.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir);
      function key(row) {
        var cell = row.cells[col], v = cell.getAttribute("data-sort");
        if (v === null) v = cell.textContent.trim();
        return numeric ? parseFloat(v) : v.toLowerCase();
      }
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), c = x < y ? -1 : x > y ? 1 : 0;
        return dir === "ascending" ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
"""

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
       + base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
       + "'; base-uri 'none'; form-action 'none'")


def _document(title: str, body: str) -> str:
    """The page around `body`: the policy first, then our style; our script last."""
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{body}\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------- the article with its claims


def _placed(claims: Sequence[Claim], length: int) -> list[tuple[Claim, int, int]]:
    """Claims in text order with offsets clipped to the body, later ones trimmed so none overlap."""
    placed, last = [], 0
    for c in sorted(claims, key=lambda c: (c.start, c.end)):
        start, end = max(c.start, last), min(c.end, length)
        if start < end:
            placed.append((c, start, end))
            last = end
    return placed


def _lines(text: str) -> str:
    """Escaped text with its line breaks kept."""
    return esc(text).replace("\n", "<br>")


def _text(piece: str) -> str:
    """Escaped body text; blank lines end a paragraph (only ever outside claims)."""
    paragraphs = re.split(r"\n\s*\n", piece)
    return "</p>\n<p>".join(_lines(p) for p in paragraphs)


def _relays(body: str, c: Claim, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where each relay of the claim stands in it: its name inside its evidence, else the evidence less the
    source and cue already marked. Relays carry no offsets, so their evidence is looked up in the claim;
    a relay named in an earlier sentence (a continuing speaker) is marked there, not here."""
    spans = []
    for v in c.via:
        at = body.find(v.evidence, start, end) if v.evidence else -1
        if at < 0:
            continue
        s, e = at, at + len(v.evidence)
        named = body.find(v.name, s, e) if v.name else -1
        if named >= 0:
            s, e = named, named + len(v.name)  # type: ignore[arg-type]
        for ts, te in taken:  # leave out what the source or cue mark covers; of a relay split by one, the longer side
            if ts <= s < te:
                s = te
            if ts < e <= te:
                e = ts
            if s < ts and te < e:
                s, e = (s, ts) if ts - s >= e - te else (te, e)
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def _claim(body: str, c: Claim, start: int, end: int) -> str:
    """One claim's highlight, with its source phrase, reporting cue and relays marked inside it."""
    marks = [(s, e, cls) for s, e, cls in ((c.source.start, c.source.end, "src"), (c.cue_start, c.cue_end, "cue"))
             if s is not None and e is not None]
    marks += [(s, e, "via") for s, e in _relays(body, c, start, end, [(s, e) for s, e, _ in marks])]
    inner, pos = [], start
    for s, e, cls in sorted(marks):
        s, e = max(s, pos), min(e, end)
        if s >= e:
            continue
        inner.append(_lines(body[pos:s]))
        inner.append(f'<span class="{cls}">{esc(body[s:e])}</span>')
        pos = e
    inner.append(_lines(body[pos:end]))
    grade = grade_of(c.grade)
    return (f'<mark class="claim g-{grade}" id="{esc(c.id)}" data-grade="{esc(grade)}" tabindex="0" '
            f'aria-describedby="tip-{esc(c.id)}">{"".join(inner)}</mark>')


def _tip(c: Claim) -> str:
    """A claim's details: who says it, through whom, how it was scored."""
    s = c.source
    who = s.text or s.name or "none"
    if s.name and s.text and s.name != s.text:
        who += f" ({s.name})"
    rows = [("Source", who, True), ("Type", label(s.type), False)]  # (label, value, value may be Arabic)
    if s.role and s.role != s.text:
        rows.append(("Role", s.role, True))
    if c.cue:
        rows.append(("Cue", c.cue, True))
    for v in c.via:
        evidence = f" \u2014 {v.evidence}" if v.evidence else ""
        rows.append(("Via", f"{v.name or label(v.type)} ({label(v.type)}){evidence}", True))
    if c.hedges:
        rows.append(("Hedged", "; ".join(c.hedges), True))
    if s.anonymity_reason:
        rows.append(("Why anonymous", s.anonymity_reason, True))
    elif s.type in ("anonymous", "anonymous_official"):
        rows.append(("Why anonymous", "no reason given", False))
    if c.question:
        rows.append(("Question", "the interviewer's: left out of the article's score and the gate", False))
    rows.append(("Rules", ", ".join(c.reasons) or "none", False))
    grade = grade_of(c.grade)
    items = "".join(f"<dt>{esc(k)}</dt><dd{' dir=auto' if auto else ''}>{esc(v)}</dd>" for k, v, auto in rows)
    return (f'<div class="tip" id="tip-{esc(c.id)}" role="tooltip" hidden>'
            f'<div class="head"><span class="badge g-{grade}">{esc(grade)}</span>'
            f"<span>{esc(c.id)} \u00b7 score {c.score:.2f}</span></div><dl>{items}</dl></div>")


def _article(report: Report) -> tuple[str, str]:
    """The highlighted body and the tooltips that go with it."""
    body, out, tips, pos = report.body, [], [], 0
    for c, start, end in _placed(report.claims, len(body)):
        out.append(_text(body[pos:start]))
        out.append(_claim(body, c, start, end))
        tips.append(_tip(c))
        pos = end
    out.append(_text(body[pos:]))
    rtl = report.language.split("-")[0].lower() in RTL_LANGUAGES
    return (f'<article class="body card" id="article" lang="{esc(report.language)}" dir="{"rtl" if rtl else "ltr"}">'
            f'<p>{"".join(out)}</p></article>', "".join(tips))


# ---------------------------------------------------------------- header, chart, panel


def _none(text: str = "none found") -> str:
    return f'<span class="none">{esc(text)}</span>'


def _facts(report: Report) -> str:
    o = report.outlet
    outlet = esc(o.name or o.domain) if o.name or o.domain else _none("outlet not stated")
    outlet += f" ({esc(o.domain)})" if o.name and o.domain else ""
    outlet += "".join(f' <span class="chip">{esc(x)}</span>' for x in (o.kind, o.country) if x)
    chain_items = [f"<li><b>this copy</b>: {outlet}</li>"] + [
        f'<li>{esc(RELATIONS.get(g.relation, g.relation))} <b>{esc(g.name or g.domain or "unnamed source")}</b> '
        f'<q dir="auto">{esc(g.evidence)}</q></li>' for g in report.origin]
    wires = "".join(
        f'<span class="chip{" state" if kind == "state" else ""}">{esc(agency)}{DOT}{esc(role)}'
        f"{STATE if kind == 'state' else ''}{f' ×{n}' if n > 1 else ''}</span>"
        for (agency, kind, role), n in Counter((w.agency, w.kind, w.role) for w in report.wires).items())
    intel = "".join(
        f'<span class="chip">{esc(agency or "unnamed service")}{DOT + esc(country) if country else ""}'
        f"{DOT}{'named' if named else 'unnamed'}{f' ×{n}' if n > 1 else ''}</span>"
        for (agency, country, named), n in Counter((i.agency, i.country, i.named) for i in report.intelligence).items())
    return ('<dl class="info">'
            f'<dt>Origin</dt><dd><ol class="chain">{"".join(chain_items)}</ol></dd>'
            f"<dt>Wires</dt><dd>{wires or _none()}</dd>"
            f"<dt>Intelligence</dt><dd>{intel or _none()}</dd></dl>")


def _counted(report: Report) -> str:
    """How many claims the score counts, and how many questions it leaves out."""
    asked = sum(c.question for c in report.claims)
    return f"{len(report.claims) - asked} claims" + (f" \u00b7 {asked} questions not scored" if asked else "")


def _segments(grades: Counter, total: int) -> str:
    """A grade bar's coloured segments, each as wide as its grade's share of `total`."""
    return "".join(f'<span class="g-{g}" style="width:{100 * grades[g] / total:.1f}%" '
                   f'title="{grades[g]} graded {g}"></span>' for g in GRADES if grades[g])


def _chart(claims: Sequence[Claim]) -> str:
    """Claims by the type of their weakest link, the one that set the grade (a named speaker relayed by
    state media counts as state media), best rung of the ladder first, each bar split by grade."""
    by_type: dict[str, Counter] = {}
    for c in claims:
        by_type.setdefault(c.weakest_link or c.source.type, Counter())[grade_of(c.grade)] += 1
    most = max((sum(g.values()) for g in by_type.values()), default=1)
    rows = []
    for t in [t for t in SOURCE_TYPES if t in by_type]:  # Source.type only ever takes SOURCE_TYPES
        grades = by_type[t]
        rows.append(f'<li><span>{esc(label(t))}</span>'
                    f'<span class="bar" aria-hidden="true">{_segments(grades, most)}</span>'
                    f'<span class="n">{sum(grades.values())}</span></li>')
    return ('<section class="chart" aria-label="Claims by weakest link"><h2>Claims by weakest link</h2>'
            '<p class="meta">each claim under the source or relay that set its grade</p>'
            + (f'<ul class="bars">{"".join(rows)}</ul>' if rows else _none("no claims")) + "</section>")


def _titled(meanings: Meanings, rule: str) -> str:
    """The title attribute that says what `rule` means (none for an id the rules do not declare)."""
    meaning = meanings.get(rule)
    return f' title="{esc(meaning)}"' if meaning else ""


def _findings(findings: Findings, meanings: Meanings) -> str:
    if isinstance(findings, str):
        inner = _none(findings)
    elif not findings:
        inner = _none("no findings under the policy")
    else:
        items = []
        for f in findings:
            where = f'<a href="#{esc(f.claim)}">claim {esc(f.claim)}</a>' if f.claim else "whole article"
            items.append(f'<li class="{esc(f.severity)}"><span class="sev">{esc(f.severity)}</span> '
                         f'<span class="rule"{_titled(meanings, f.rule)}>{esc(f.rule)}</span> \u00b7 {where}'
                         f'<div dir="auto">{esc(f.evidence)}</div><div class="hint">{esc(f.fix)}</div></li>')
        inner = f'<ul class="findings">{"".join(items)}</ul>'
    count = f" ({len(findings)})" if findings and not isinstance(findings, str) else ""
    return f'<section class="card" aria-label="Gate findings"><h2>Gate findings{count}</h2>{inner}</section>'


def _legend() -> str:
    meaning = {"A": "named, on the record", "B": "named body or document", "C": "media or intelligence",
               "D": "anonymous officials", "E": "anonymous or state media", "F": "no source at all"}
    items = "".join(f'<li><mark class="claim g-{g}" data-grade="{g}">{esc(meaning[g])}</mark></li>' for g in GRADES)
    return ('<section class="card" aria-label="Legend"><h2>How to read</h2><ul class="legend">' + items +
            '<li><span class="src">source phrase</span> \u00b7 <span class="via">relay</span> \u00b7 '
            '<span class="cue">reporting verb</span></li>'
            "<li>Hover or Tab to a claim for its source, relays, rules and score; Esc hides. What each rule means "
            "is listed below the article.</li></ul></section>")


def _boilerplate(report: Report, meanings: Meanings) -> str:
    rows = "".join(f'<tr><td class="rule"{_titled(meanings, b.rule)}>{esc(b.rule)}</td><td dir="auto">{esc(b.text)}</td></tr>'
                   for b in report.boilerplate)
    table = (f"<table><thead><tr><th>Rule</th><th>Removed text</th></tr></thead><tbody>{rows}</tbody></table>"
             if rows else _none("nothing was removed"))
    return (f'<details class="bp card"><summary>Removed boilerplate ({len(report.boilerplate)})</summary>'
            f"{table}</details>")


def _rules(report: Report, meanings: Meanings) -> str:
    """What each rule the claims name means. A claim's tooltip lists its rules by id only: it vanishes when the
    pointer leaves the claim, so a title inside it could never be shown."""
    claims = [*report.claims, *([report.headline] if report.headline else [])]
    named = sorted({rule for c in claims for rule in c.reasons})
    if not named:
        return ""
    rows = "".join(f'<dt class="rule">{esc(r)}</dt><dd>{esc(meanings.get(r, UNDECLARED))}</dd>' for r in named)
    return (f'<details class="rules card" id="rules"><summary>Rules the claims name ({len(named)})</summary>'
            f'<dl class="rules">{rows}</dl></details>')


def rule_meanings(rules: Optional[RuleSet] = None, policy_file: Optional[Path] = None) -> dict[str, str]:
    """What each rule id of `rules` (default: the shipped ones) and of the gate's policy means. A policy that does
    not load leaves its ids out: the findings panel says why."""
    try:
        from ..gate.check import load_policy
        policy = load_policy(policy_file)
    except (ImportError, RulesError):
        policy = None
    return meanings(rules or _shipped_rules(), policy)


@functools.cache
def _shipped_rules() -> RuleSet:
    return load_rules()


def display_title(report: Report) -> str:
    """The title; for an article without one, its first line (cut at a word) or else its file name."""
    if report.title:
        return report.title
    line = next((line.strip() for line in report.body.splitlines() if line.strip()), "")
    if len(line) > 90:
        line = line[:90].rsplit(" ", 1)[0] + "\u2026"
    return line or Path(report.input or "").name or report.id


def render_page(report: Report, findings: Optional[Findings] = None, meanings: Optional[Meanings] = None) -> str:
    """One article's page. `findings`: the gate's (default: under the shipped policy), or why there are none;
    `meanings`: what each rule id means (default: under the shipped rules and policy, see rule_meanings)."""
    if findings is None:
        findings = gate_check()(report)
    if meanings is None:
        meanings = rule_meanings()
    s = report.score
    grade = grade_of(s.grade)
    url = safe_href(report.url)
    meta = [f"<span>{esc(x)}</span>" for x in (report.input, report.published, report.language) if x]
    if report.url:
        meta.append(f'<span><a href="{url}" rel="noopener noreferrer">{esc(report.url)}</a></span>' if url
                    else f"<span>{esc(report.url)}</span>")
    article, tips = _article(report)
    title, h = esc(display_title(report)), report.headline
    if report.title and h is not None and h.source.type != "unattributed":
        title, tips = _claim(report.title, h, 0, len(report.title)), _tip(h) + tips  # the headline's own source
    page = f"""<div class="wrap">
<header class="top card">
<div><p class="kicker">Source provenance audit</p>
<h1 dir="auto" lang="{esc(report.language)}"{"" if report.title else ' class="untitled"'}>{title}</h1>
<p class="meta">{"".join(meta)}</p></div>
<div class="score g-{grade}" role="img" aria-label="Article grade {grade}, score {s.article:.2f}">
<span class="letter">{grade}</span><span class="num">article score<b>{s.article:.2f}</b>{_counted(report)}</span></div>
<div class="facts">{_facts(report)}{_chart(scored_claims(report.claims))}</div>
</header>
<main class="layout">
{article}
<aside class="panel">{_findings(findings, meanings)}{_legend()}</aside>
</main>
{_rules(report, meanings)}
{_boilerplate(report, meanings)}
<footer>provenance \u00b7 article id {esc(report.id)}</footer>
</div>
{tips}"""
    return _document(f"{display_title(report)} \u2014 provenance", page)


# ---------------------------------------------------------------- several articles: pages and an index


@dataclass
class IndexEntry:
    """What the index needs of one article (not the whole report, so big batches stay small)."""

    href: str
    title: str
    input: str
    outlet: str
    language: str
    score: float
    grade: str
    grades: Counter = field(default_factory=Counter)
    findings: Optional[int] = None

    @classmethod
    def of(cls, href: str, report: Report, findings: Findings) -> "IndexEntry":
        return cls(href=href, title=display_title(report), input=report.input or report.id,
                   outlet=report.outlet.name or report.outlet.domain or "", language=report.language,
                   score=report.score.article, grade=report.score.grade,
                   grades=Counter(grade_of(c.grade) for c in scored_claims(report.claims)),
                   findings=None if isinstance(findings, str) else len(findings))


def render_index(entries: Sequence[IndexEntry]) -> str:
    """A table of the articles with their scores, sortable by any column."""
    rows = []
    for e in entries:
        claims = sum(e.grades.values())
        grade = grade_of(e.grade)
        bar = _segments(e.grades, claims or 1)
        rows.append(
            f'<tr><td><a href="{esc(e.href)}" dir="auto">{esc(e.title)}</a><small>{esc(e.input)}</small></td>'
            f"<td>{esc(e.outlet)}</td>"
            f"<td>{esc(e.language)}</td>"
            f'<td class="num" data-sort="{claims}">{claims}'
            f'<span class="bar" aria-hidden="true">{bar}</span></td>'
            f'<td class="num" data-sort="{-1 if e.findings is None else e.findings}">'
            f'{DASH if e.findings is None else e.findings}</td>'
            f'<td class="num" data-sort="{e.score:.4f}">{e.score:.2f} <span class="badge g-{grade}">{grade}</span></td>'
            "</tr>")
    headers = [("Article", ""), ("Outlet", ""), ("Language", ""), ("Claims", "num"), ("Findings", "num"),
               ("Score", "num")]
    head = "".join(f'<th scope="col"{f" class={t} data-type={t}" if t else ""}><button type="button">{h}</button></th>'
                   for h, t in headers)
    mean = sum(e.score for e in entries) / len(entries) if entries else 0.0
    page = f"""<div class="wrap">
<header class="card"><p class="kicker">Source provenance audit</p><h1>{len(entries)} articles</h1>
<p class="meta"><span>mean score {mean:.2f}</span><span>click a column header to sort</span></p></header>
<main class="card index">
<table class="sortable"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>
</main></div>"""
    return _document("provenance \u2014 index", page)


def gate_check(policy_file: Optional[Path] = None) -> Callable[[Report], Findings]:
    """A function giving one report's gate findings under the policy, loaded once.

    Without a policy file the page still renders when the gate or its shipped policy is missing:
    the findings are then the reason, shown in the panel. A policy file the user names must load.
    """
    try:
        from ..gate.check import gate, load_policy
        policy = load_policy(policy_file)
    except (ImportError, RulesError) as exc:
        if policy_file is not None:
            raise
        reason = f"gate unavailable: {exc}"
        return lambda report: reason
    return lambda report: gate([report], policy)


def _page_name(report: Report, taken: set[str]) -> str:
    stem = re.sub(r"[^\w.-]+", "-", Path(report.input or "article").stem).strip(".-")[:60] or "article"
    name, n = f"{stem}-{report.id[:8]}.html", 1
    while name in taken:
        n += 1
        name = f"{stem}-{report.id[:8]}-{n}.html"
    taken.add(name)
    return name


def write_pages(reports: Iterable[Report], out: Path, several: bool = False,
                policy_file: Optional[Path] = None, rules: Optional[RuleSet] = None) -> list[Path]:
    """Write the pages; returns the written files, the main one (page or index) first. `rules`: those the
    reports were made with, whose descriptions the pages show (default: the shipped ones).

    One article and an `.html` name: that one page. Otherwise `out` is a folder, or an index file whose
    folder receives one page per article.
    """
    check = gate_check(policy_file)
    meant = rule_meanings(rules, policy_file)
    it = iter(reports)
    first = list(islice(it, 2))
    if not first:
        return []
    html_name = out.suffix.lower() in (".html", ".htm")
    if len(first) == 1 and not several and html_name:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_page(first[0], check(first[0]), meant), encoding="utf-8")
        return [out]
    index = out if html_name else out / "index.html"
    index.parent.mkdir(parents=True, exist_ok=True)
    taken, entries, pages = {index.name}, [], []
    for report in chain(first, it):
        findings = check(report)
        name = _page_name(report, taken)
        page = index.parent / name
        page.write_text(render_page(report, findings, meant), encoding="utf-8")
        entries.append(IndexEntry.of(name, report, findings))
        pages.append(page)
    index.write_text(render_index(entries), encoding="utf-8")
    return [index] + pages
