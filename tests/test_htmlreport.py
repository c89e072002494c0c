"""The HTML report: every claim highlighted with its grade, Arabic right-to-left, article text inert.

Structural checks parse the page with the standard library; the browser checks open it in headless
Chromium, driven over the DevTools protocol on a pipe (no network, no extra package), and are skipped
when Chromium is not installed.
"""
from __future__ import annotations

import fcntl
import json
import math
import os
import re
import select
import shutil
import subprocess
import sys
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from provenance import Auditor
from provenance.cli import app
from provenance.ingest.inputs import document_from_bytes
from provenance.outputs.htmlreport import STYLE, render_page

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
HOSTILE = ROOT / "tests" / "data" / "hostile_article.txt"
RELAYED = ROOT / "seeds" / "002_8a64b5d3bad4b392.txt"  # no title, no outlet, claims relayed by state media
HOSTILE_URL = "javascript:window.__pwned=1"


def audit(auditor: Auditor, path: Path, url: str | None = None):
    doc = document_from_bytes(path.read_bytes(), str(path))
    return auditor.audit(doc.model_copy(update={"url": url}) if url else doc)


class Page(HTMLParser):
    """The parts of a page the tests look at: start tags with their attributes (and whether they lie in
    the article), and the scripts' text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict, bool]] = []
        self.scripts: list[str] = []
        self._in_script = self._in_article = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self._in_article |= tag == "article"
        self.tags.append((tag, dict(attrs), self._in_article))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data

    def handle_endtag(self, tag):
        self._in_script = False
        self._in_article &= tag != "article"

    def find(self, tag: str | None = None, cls: str | None = None, in_article: bool = False) -> list[dict]:
        return [a for t, a, inside in self.tags if (tag is None or t == tag) and (inside or not in_article)
                and (cls is None or cls in (a.get("class") or "").split())]


# ---------------------------------------------------------------- structure


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_every_claim_is_highlighted_with_its_grade(auditor, path):
    report = audit(auditor, path)
    page = Page(render_page(report, findings=[]))
    marks = {a["id"]: a for a in page.find(cls="claim", in_article=True)}
    assert set(marks) == {c.id for c in report.claims}
    for c in report.claims:
        assert f"g-{c.grade}" in marks[c.id]["class"].split()
        assert marks[c.id]["data-grade"] == c.grade  # the letter shows, not the colour alone
        assert marks[c.id]["tabindex"] == "0"
        tip = [a for a in page.find(cls="tip") if a.get("id") == marks[c.id]["aria-describedby"]]
        assert tip and tip[0]["role"] == "tooltip"
    article = page.find("article")[0]
    assert (article["dir"], article["lang"]) == ("rtl", "ar")
    # a continuing speaker ("He added") may point back at an earlier sentence: marked there, not twice
    inside = [c for c in report.claims if c.source.start is not None and c.start <= c.source.start < c.source.end <= c.end]
    assert len(page.find("span", "src", in_article=True)) == len(inside)


def test_an_attributed_headline_is_highlighted_with_its_grade(auditor):
    from provenance.models import Document
    text = "Poll: <b>Voters</b> favour the new bridge\n\nThe figures were published on Monday in the capital."
    report = auditor.audit(Document(name="t", text=text))
    html = render_page(report, findings=[])
    page = Page(html)
    [mark] = [a for a in page.find(cls="claim") if a.get("id") == "headline"]
    assert mark["data-grade"] == report.headline.grade != "F"
    assert [a for a in page.find(cls="tip") if a.get("id") == mark["aria-describedby"]]
    assert "&lt;b&gt;Voters&lt;/b&gt;" in html  # the title stays text
    plain = Page(render_page(auditor.audit(Document(name="t", text=text.replace("Poll:", "Today"))), findings=[]))
    assert not [a for a in plain.find(cls="claim") if a.get("id") == "headline"]


def test_english_article_reads_left_to_right(auditor):
    article = Page(render_page(audit(auditor, HOSTILE), findings=[])).find("article")[0]
    assert (article["dir"], article["lang"]) == ("ltr", "en")


def test_article_markup_stays_text(auditor):
    report = audit(auditor, HOSTILE, HOSTILE_URL)
    text = render_page(report, findings=[])
    page = Page(text)
    assert len(page.scripts) == 1 and "__pwned" not in page.scripts[0]  # only the page's own script
    assert not any(page.find(tag) for tag in ("img", "iframe", "svg", "a", "style", "script", "meta")
                   if page.find(tag, in_article=True))
    assert len(page.find("style")) == 1
    assert all(not k.startswith("on") for _, attrs, _ in page.tags for k in attrs)
    assert "javascript:" not in " ".join(a.get("href") or "" for a in page.find("a"))
    assert "&lt;script&gt;window.__pwned = 1" in text  # shown to the editor, as text


def test_nothing_is_loaded_from_anywhere(auditor):
    page = Page(render_page(audit(auditor, HOSTILE, "https://example.com/a?b=1&c=<x>"), findings=[]))
    for tag, attrs, _ in page.tags:
        for key in ("src", "href", "action", "srcset", "data"):
            if tag != "a":
                assert key not in attrs, (tag, attrs)
    assert not page.find("link")
    csp = [a["content"] for a in page.find("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "script-src 'sha256-" in csp[0]
    assert [a["href"] for a in page.find("a")] == ["https://example.com/a?b=1&c=<x>"]  # escaped on the way in


def test_findings_link_to_their_claims(auditor):
    report = audit(auditor, SEEDS[0])

    finding = SimpleNamespace(rule="min_claim_score", severity="error", claim="c3", evidence="weak <b>claim</b>",
                              fix="name it")
    text = render_page(report, findings=[finding])
    assert any(a.get("href") == "#c3" for a in Page(text).find("a"))
    assert "weak &lt;b&gt;claim&lt;/b&gt;" in text


def test_page_lists_the_default_policy_findings_with_working_links(auditor):
    from provenance.gate.check import gate, load_policy

    report = audit(auditor, SEEDS[2])
    findings = gate([report], load_policy())
    page = Page(render_page(report))
    ids = {a.get("id") for _, a, _ in page.tags}
    links = [a["href"] for a in page.find("a") if a.get("href", "").startswith("#")]
    assert findings and links == [f"#{f.claim}" for f in findings if f.claim]
    assert all(link[1:] in ids for link in links)


def test_page_still_renders_without_the_gate(auditor, monkeypatch):
    monkeypatch.setitem(sys.modules, "provenance.gate.check", None)  # importing it now fails
    text = render_page(audit(auditor, SEEDS[0]))
    assert "gate unavailable" in text and 'class="claim g-' in text


def test_removed_boilerplate_is_listed_with_its_rule(auditor):
    report = audit(auditor, HOSTILE)
    text = render_page(report, findings=[])
    assert "<details" in text
    for b in report.boilerplate:
        assert re.search(rf'<td class="rule"[^>]*>{re.escape(b.rule)}</td>', text)
    assert '&lt;script src=&quot;https://evil.example/x.js&quot;&gt;' in text


def test_offsets_out_of_line_do_not_break_the_page(auditor):
    report = audit(auditor, SEEDS[0])
    bad = report.model_copy(deep=True)
    bad.claims[0].end = len(bad.body) + 50          # past the end
    bad.claims[1].start = bad.claims[0].start        # overlaps the first
    bad.claims[2].source.start, bad.claims[2].source.end = 0, 10 ** 6   # outside its claim
    bad.claims[3].cue_start, bad.claims[3].cue_end = bad.claims[3].end, bad.claims[3].start
    page = Page(render_page(bad, findings=[]))
    assert len(page.find("mark", "claim", in_article=True)) >= 1 and len(page.find("article")) == 1


def test_report_command_writes_one_page_or_pages_and_an_index(tmp_path):
    runner = CliRunner()
    one = tmp_path / "one.html"
    result = runner.invoke(app, ["report", str(SEEDS[0]), "-o", str(one), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert 'dir="rtl"' in one.read_text(encoding="utf-8")

    result = runner.invoke(app, ["report", *map(str, SEEDS[:2]), str(HOSTILE), "-o", str(tmp_path / "site"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    index = Page((tmp_path / "site" / "index.html").read_text(encoding="utf-8"))
    links = [a["href"] for a in index.find("a")]
    assert len(links) == 3 and all((tmp_path / "site" / h).is_file() for h in links)
    assert [a.get("data-type") for a in index.find("th")] == [None, None, None, "num", "num", "num"]
    assert len(index.find("th")) == len(index.find("button"))  # every header sorts from the keyboard


# ---------------------------------------------------------------- what each rule id means


class Glossary(HTMLParser):
    """The page's list of the rules it names ({id: meaning}) and the title of every element that names one."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.meanings: dict[str, str] = {}
        self.titles: dict[str, str] = {}  # rule id shown in an element -> that element's title
        self._open: list[list] = []  # [tag, attributes, text so far] of each open element
        self._term = ""
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self._open.append([tag, dict(attrs), ""])

    def handle_data(self, data):
        for element in self._open:
            element[2] += data

    def handle_endtag(self, tag):
        while self._open:  # elements left open (<br>, <meta>) close with their parent
            name, attrs, text = self._open.pop()
            if name == tag:
                break
        else:
            return
        text = text.strip()
        if tag == "dt" and "rule" in (attrs.get("class") or "").split():
            self._term = text
        elif tag == "dd" and self._term:
            self.meanings[self._term], self._term = text, ""
        if attrs.get("title") and text:
            self.titles[text] = attrs["title"]


def decision_descriptions(folder: Path = ROOT / "provenance" / "rules") -> dict[str, str]:
    import yaml
    decisions = yaml.safe_load((folder / "decisions.yaml").read_text(encoding="utf-8"))["decisions"]
    return {d["id"]: d["description"] for d in decisions}


def test_every_reason_of_every_claim_is_explained_on_the_page(auditor):
    report = audit(auditor, RELAYED)
    glossary = Glossary(render_page(report, findings=[]))
    reasons = {r for c in report.claims for r in c.reasons}
    assert "attr.relay.reported_speech" in reasons and "ladder.state_media" in reasons
    assert reasons <= set(glossary.meanings)
    described = decision_descriptions()
    for rule in reasons & set(described):
        assert glossary.meanings[rule] == described[rule]
    assert "0.2" in glossary.meanings["ladder.state_media"]  # an id without a description: what it holds


def test_removed_boilerplate_and_findings_carry_their_rule_s_meaning_as_a_title(auditor):
    from provenance.gate.check import gate, load_policy

    report = audit(auditor, HOSTILE)
    policy = load_policy()
    findings = gate([report], policy)
    glossary = Glossary(render_page(report, findings=findings))
    assert report.boilerplate and findings
    for b in report.boilerplate:
        assert glossary.titles[b.rule]
    for f in findings:
        assert glossary.titles[f.rule] == next(r.summary for r in policy.rules if r.id == f.rule)


@pytest.mark.parametrize("command", ["report", "audit"])
def test_a_description_from_the_user_s_rules_reaches_the_page_escaped(tmp_path, command):
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "provenance" / "rules", folder)
    decisions = folder / "decisions.yaml"
    old = decision_descriptions(folder)["attr.no_cue"]
    ours = 'no cue: <img src=x onerror="alert(1)"> & \'quoted\''
    decisions.write_text(decisions.read_text(encoding="utf-8").replace(old, json.dumps(ours)), encoding="utf-8")
    page = tmp_path / "page.html"
    args = (["report", str(RELAYED), "-o", str(page)] if command == "report"
            else ["audit", str(RELAYED), "--format", "html", "-o", str(page)])
    result = CliRunner().invoke(app, [*args, "--rules", str(folder), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert Glossary(text).meanings["attr.no_cue"] == ours
    assert not Page(text).find("img")


# ---------------------------------------------------------------- what the page says and how it looks


def claim_html(html: str, claim_id: str) -> str:
    """The inner markup of one claim's highlight in the article."""
    m = re.search(rf'<mark class="claim [^"]*" id="{re.escape(claim_id)}"[^>]*>(.*?)</mark>', html, re.S)
    assert m, claim_id
    return m[1]


def spans(markup: str, cls: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", s) for s in re.findall(rf'<span class="{cls}">(.*?)</span>', markup, re.S)]


def test_a_relay_is_highlighted_in_its_claim_not_only_the_speaker(auditor):
    report = audit(auditor, RELAYED)
    html = render_page(report, findings=[])
    by_relay = {v.name: c for c in report.claims for v in c.via}
    official = by_relay["وسائل إعلام رسمية في كوريا الشمالية"]  # "ذكرت وسائل إعلام رسمية في كوريا الشمالية ... أن الزعيم"
    inner = claim_html(html, official.id)
    assert spans(inner, "via") == ["وسائل إعلام رسمية في كوريا الشمالية"]
    assert spans(inner, "src") == [official.source.text] and spans(inner, "cue") == ["ذكرت"]
    kcna = next(c for c in report.claims if any(v.evidence.startswith("وقالت وكالة") for v in c.via))
    assert spans(claim_html(html, kcna.id), "via") == ["وكالة الأنباء المركزية الكورية"]  # the relay, not its verb
    relayed_here = [c for c in report.claims if any(v.evidence in c.text for v in c.via)]
    assert len(relayed_here) >= 4 and all(spans(claim_html(html, c.id), "via") for c in relayed_here)
    assert '<span class="via">' in html.split("How to read")[1]  # the legend says what the mark means


def chart_counts(html: str) -> dict[str, int]:
    chart = re.search(r'<section class="chart".*?</section>', html, re.S)[0]
    return {label: int(n) for label, n in
            re.findall(r'<li><span>([^<]+)</span><span class="bar".*?<span class="n">(\d+)</span></li>', chart)}


def test_the_chart_counts_a_claim_by_the_link_that_decided_its_grade(auditor):
    report = audit(auditor, RELAYED)
    html = render_page(report, findings=[])
    ladder = auditor.rules.scores.step_by_type
    decided = Counter(min([c.source.type] + [v.type for v in c.via], key=lambda t: ladder[t].score)
                      for c in report.claims)
    assert chart_counts(html) == {t.replace("_", " "): n for t, n in decided.items()}
    assert decided["state_media"] > sum(c.source.type == "state_media" for c in report.claims)  # relays decided some
    assert "weakest link" in re.search(r'<section class="chart".*?</section>', html, re.S)[0]


def test_a_page_without_title_or_outlet_reads_as_a_page_not_an_error(auditor):
    report = audit(auditor, RELAYED)
    assert report.title is None and report.outlet.name is None and report.outlet.domain is None
    html = render_page(report, findings=[])
    h1 = re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)[1])
    first_line = report.body.splitlines()[0]
    assert h1.rstrip("\u2026") and first_line.startswith(h1.rstrip("\u2026").strip())
    assert "(no title)" not in html and "unknown" not in html
    assert "outlet not stated" in html
    empty = report.model_copy(update={"body": "", "claims": []})
    assert RELAYED.name in re.search(r"<h1[^>]*>(.*?)</h1>", render_page(empty, findings=[]), re.S)[1]


def test_the_index_names_an_untitled_article_by_its_first_line(tmp_path):
    result = CliRunner().invoke(app, ["report", str(RELAYED), str(HOSTILE), "-o", str(tmp_path / "site"), "-j", "1"])
    assert result.exit_code == 0, result.output
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "(no title)" not in index and "سول" in index


# Colours: WCAG contrast, and CIEDE2000 differences under normal vision and simulated colour blindness
# (Machado, Oliveira and Fernandes 2009, severity 1).
CVD = {"normal": None,
       "protan": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
       "deutan": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
       "tritan": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900))}


def linear(hex_colour: str, vision: str = "normal") -> list[float]:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    rgb = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    m = CVD[vision]
    return rgb if m is None else [min(1.0, max(0.0, sum(m[i][j] * rgb[j] for j in range(3)))) for i in range(3)]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((0.2126 * r + 0.7152 * g + 0.0722 * bl for r, g, bl in (linear(a), linear(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def lab(hex_colour: str, vision: str) -> tuple[float, float, float]:
    r, g, b = linear(hex_colour, vision)
    x, y, z = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
               (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def delta_e(c1: tuple, c2: tuple) -> float:
    """CIEDE2000 colour difference."""
    (l1, a1, b1), (l2, a2, b2) = c1, c2
    cb = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cb ** 7 / (cb ** 7 + 25 ** 7)))
    a1, a2 = a1 * (1 + g), a2 * (1 + g)
    k1, k2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = math.degrees(math.atan2(b1, a1)) % 360, math.degrees(math.atan2(b2, a2)) % 360
    dh = 0 if k1 * k2 == 0 else (h2 - h1 + 180) % 360 - 180
    dl, dk, dhh = l2 - l1, k2 - k1, 2 * math.sqrt(k1 * k2) * math.sin(math.radians(dh / 2))
    lm, km = (l1 + l2) / 2, (k1 + k2) / 2
    hm = h1 + h2 if k1 * k2 == 0 else ((h1 + h2) / 2 + (180 if abs(h1 - h2) > 180 else 0)) % 360
    t = (1 - 0.17 * math.cos(math.radians(hm - 30)) + 0.24 * math.cos(math.radians(2 * hm))
         + 0.32 * math.cos(math.radians(3 * hm + 6)) - 0.20 * math.cos(math.radians(4 * hm - 63)))
    rt = (-2 * math.sqrt(km ** 7 / (km ** 7 + 25 ** 7))
          * math.sin(math.radians(60 * math.exp(-(((hm - 275) / 25) ** 2)))))
    sl, sc, sh = 1 + 0.015 * (lm - 50) ** 2 / math.sqrt(20 + (lm - 50) ** 2), 1 + 0.045 * km, 1 + 0.015 * km * t
    return math.sqrt((dl / sl) ** 2 + (dk / sc) ** 2 + (dhh / sh) ** 2 + rt * (dk / sc) * (dhh / sh))


def test_delta_e_matches_published_pairs():
    """Sharma, Wu and Dalal's CIEDE2000 test data, pairs 1 and 17: the measure below is the right one."""
    assert round(delta_e((50, 2.6772, -79.7751), (50, 0, -82.7485)), 4) == 2.0425
    assert round(delta_e((50, 2.5, 0), (73, 25, -18)), 4) == 27.1492


def palette() -> dict[str, str]:
    return dict(re.findall(r"--([A-F](?:-bg)?|ink):(#[0-9a-fA-F]{6})", STYLE))


@pytest.mark.parametrize("grade", list("ABCDEF"))
def test_every_grade_colour_meets_contrast(grade):
    p = palette()
    assert contrast(p["ink"], p[f"{grade}-bg"]) >= 7  # the claim's text on its highlight (WCAG AAA)
    assert contrast("#ffffff", p[grade]) >= 4.5        # the grade letter on its badge (AA)
    assert contrast(p[grade], p[f"{grade}-bg"]) >= 3   # the underline and the big letter against the highlight


@pytest.mark.parametrize("vision", list(CVD))
def test_grades_e_and_f_can_be_told_apart(vision):
    p = palette()
    for key in ("{}", "{}-bg"):  # the letter's colour and the highlight a reader sees most
        e, f = p[key.format("E")], p[key.format("F")]
        assert delta_e(lab(e, vision), lab(f, vision)) >= 12, (vision, e, f)


# ---------------------------------------------------------------- in the browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


class Browser:
    """Headless Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: fd 3 in, fd 4 out)."""

    def __init__(self, profile: Path, timeout: float = 20):
        self.timeout, self.next_id, self.buffer, self.events = timeout, 0, b"", []
        to_chrome, self._write = os.pipe()
        self._read, from_chrome = os.pipe()
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_chrome, from_chrome)]  # out of the way of 3 and 4

        def wire_fds():
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-extensions", f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=wire_fds, pass_fds=(3, 4))
        for fd in (to_chrome, from_chrome, *high):
            os.close(fd)
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def call(self, method: str, session: bool = False, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        reply = self._until(lambda m: m.get("id") == self.next_id)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def _until(self, done, deadline: float | None = None):
        deadline = deadline or time.monotonic() + self.timeout
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message = json.loads(raw)
                if message.get("method") == "Page.javascriptDialogOpening":  # note it, and let the page go on
                    os.write(self._write, json.dumps({"id": 0, "sessionId": message.get("sessionId"),
                                                      "method": "Page.handleJavaScriptDialog",
                                                      "params": {"accept": True}}).encode() + b"\0")
                if "method" in message:
                    self.events.append(message)
                if done(message):
                    return message
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._read], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk

    def open(self, path: Path) -> None:
        self.events.clear()
        self.call("Page.navigate", session=True, url=path.as_uri())
        self._until(lambda m: m.get("method") == "Page.loadEventFired")
        self.eval("new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)))")  # let the page settle

    def eval(self, expression: str):
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def trouble(self) -> list[str]:
        """Dialogs, uncaught errors, console errors, CSP reports and requests beyond the page itself."""
        out = []
        for e in self.events:
            m, p = e["method"], e.get("params", {})
            if m in ("Page.javascriptDialogOpening", "Runtime.exceptionThrown"):
                out.append(f"{m}: {p}")
            elif m == "Runtime.consoleAPICalled" and p.get("type") == "error":
                out.append(f"console error: {p.get('args')}")
            elif m == "Log.entryAdded" and p["entry"]["level"] == "error":
                out.append(f"log error: {p['entry'].get('text')}")
            elif m == "Network.requestWillBeSent" and not p["request"]["url"].startswith("file:"):
                out.append(f"request: {p['request']['url']}")
        return out

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        os.close(self._write)
        os.close(self._read)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not CHROMIUM:
        pytest.skip("chromium is not installed (apt-get install chromium); browser checks skipped")
    b = Browser(tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_browser_shows_every_grade_right_to_left(browser, auditor, tmp_path):
    report = audit(auditor, SEEDS[0])
    browser.open(write(tmp_path, "seed.html", render_page(report, findings=[])))
    counts = browser.eval("Object.fromEntries('ABCDEF'.split('').map(g => "
                          "[g, document.querySelectorAll('#article .claim.g-' + g).length]))")
    assert {g: n for g, n in counts.items() if n} == dict(Counter(c.grade for c in report.claims))
    assert browser.eval("getComputedStyle(document.getElementById('article')).direction") == "rtl"
    assert browser.trouble() == []


def test_browser_focus_shows_claim_details(browser, auditor, tmp_path):
    report = audit(auditor, SEEDS[0])
    browser.open(write(tmp_path, "seed.html", render_page(report, findings=[])))
    claim = report.claims[2]
    shown = browser.eval(f"""new Promise(done => {{
        document.getElementById({json.dumps(claim.id)}).focus();
        requestAnimationFrame(() => requestAnimationFrame(() => {{
            const tip = document.getElementById('tip-' + {json.dumps(claim.id)});
            done([!tip.hidden, tip.textContent, getComputedStyle(tip).display]);
        }}));
    }})""")
    assert shown[0] and shown[2] != "none"
    assert claim.source.type.replace("_", " ") in shown[1] and f"{claim.score:.2f}" in shown[1]
    assert browser.eval("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'})); "
                        "document.querySelectorAll('.tip:not([hidden])').length") == 0


def test_browser_runs_nothing_from_a_hostile_article(browser, auditor, tmp_path):
    report = audit(auditor, HOSTILE, HOSTILE_URL)
    browser.open(write(tmp_path, "hostile.html", render_page(report, findings=[])))
    assert browser.eval("typeof window.__pwned") == "undefined"
    assert browser.eval("document.querySelectorAll('img, iframe, svg, #article script').length") == 0
    assert browser.eval("getComputedStyle(document.getElementById('article')).direction") == "ltr"
    assert browser.trouble() == []


def test_browser_would_notice_a_script_that_ran(browser, tmp_path):
    """The check above is only worth something if it catches a page that does run a payload."""
    browser.open(write(tmp_path, "bad.html", "<p>x</p><script>window.__pwned = 1; alert('pwned')</script>"))
    assert browser.eval("window.__pwned") == 1
    assert any("javascriptDialogOpening" in t for t in browser.trouble())


def test_browser_policy_blocks_a_payload_that_slipped_through(browser, auditor, tmp_path):
    """Second line of defence: were an escape ever missed, the page's Content-Security-Policy stops it."""
    page = render_page(audit(auditor, SEEDS[0]), findings=[]).replace(
        "</article>", '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 1"></article>')
    browser.open(write(tmp_path, "slipped.html", page))
    assert browser.eval("typeof window.__pwned") == "undefined"
    assert any("Content Security Policy" in t for t in browser.trouble())


def test_browser_sorts_the_index_from_the_keyboard(browser, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["report", *map(str, SEEDS), "-o", str(tmp_path / "site" / "index.html"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    browser.open(tmp_path / "site" / "index.html")
    scores = browser.eval("""(() => {
        const th = [...document.querySelectorAll('th')].find(t => t.textContent.trim() === 'Score');
        const button = th.querySelector('button');
        button.focus();
        button.click();  // what Enter or Space on a focused button does
        return [document.activeElement === button, th.getAttribute('aria-sort'),
                [...document.querySelectorAll('tbody tr')].map(r => parseFloat(r.cells[th.cellIndex].dataset.sort))];
    })()""")
    assert scores[0] and scores[1] == "ascending" and scores[2] == sorted(scores[2])
    assert browser.trouble() == []


def test_an_interview_s_questions_are_counted_apart_as_the_score_counts_them(auditor):
    # politico_2016-02-19_q-a-with-vice-president-joe-bide (PolNeAR train), shortened: the chart and the claim
    # count follow score.by_type, which leaves the interviewer's questions out; each question's tip says so
    text = ("Q&A with Vice President Joe Biden.\n\nVice President Joe Biden spent Thursday in St. Paul.\n\n"
            "Q: Is corruption the main problem? Some Americans say: It's time to get out.\n\n"
            "A: It's up to the Afghan people.\n\nQ: What about the middle class?\n\nA: It is getting clobbered.\n")
    report = auditor.audit(document_from_bytes(text.encode(), "qa.txt"))
    html = render_page(report, findings=[])
    asked = [c for c in report.claims if c.question]
    assert len(asked) == 3
    assert chart_counts(html) == {t.replace("_", " "): n for t, n in report.score.by_type.items()}
    assert f"{len(report.claims) - 3} claims \u00b7 3 questions not scored" in html
    assert all("<dt>Question</dt>" in html.split(f'id="tip-{c.id}"')[1].split("</dl>")[0] for c in asked)
