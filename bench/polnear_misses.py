"""List PolNeAR source spans the auditor misses and the spans it finds that no annotation overlaps, by class.

Reads the TRAIN split only (bench/evaluate.py's `polnear_files(train=True)`; the dev split is held out and
never read here). Each gold source is shown with its cue and its sentence, the source in [brackets];
each extra span likewise. A class is a rough shape of the sentence around the span (a regular expression
per class, first match wins), so the commonest kinds of miss can be counted and worked first.
Run: python bench/polnear_misses.py [--class NAME] [--extra] [--limit N] [--counts] [--rules]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from evaluate import audit_file, polnear_files, predicted_spans  # noqa: E402

from provenance import Auditor  # noqa: E402
from provenance.normalize import norm  # noqa: E402

CUE_FAMILIES = ("speech", "speech_complement", "speech_media", "stance", "stance_noun", "stance_noun_agent",
                "according", "relay", "told", "opinion", "participle", "object_control")

_PRONOUN = re.compile(r"(?i)(?:i|we|you|he|she|they|it|me|us|him|her|them|who|which|that|one|his|its|their)")
_DOCUMENT = re.compile(r"(?i)\b(polls?|surveys?|data|reports?|study|studies|analysis|numbers|figures|results|forecasts?|"
                       r"models?|census|records|documents?|memos?|statements?|filings?|ruling|findings|article|book|letter|ad)\b")


def read_attributions(path: Path) -> list[dict]:
    """Each attribution of a brat file: its source fragments, its cue and content spans (file offsets) and cue text."""
    spans, out = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            frags = [tuple(map(int, f.split())) for f in parts[1].partition(" ")[2].split(";")]
            spans[parts[0]] = (frags, parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            rel = dict(x.split(":", 1) for x in parts[1].split())
            if rel.get("Source") in spans:
                get = lambda k: spans[rel[k]] if rel.get(k) in spans else ([], "")  # noqa: E731
                out.append({"source": spans[rel["Source"]][0], "cue": get("Cue")[0], "cue_text": get("Cue")[1],
                            "content": get("Content")[0]})
    return out


def classify_miss(text: str, att: dict, known) -> str:
    """A miss's class: where its cue and content stand against the source, the kind of source, and whether
    the cue is one of the auditor's cue words (`+cue`) or not (`-cue`)."""
    a, b = att["source"][0][0], att["source"][-1][1]
    cue, span = att["cue_text"], text[a:b]
    cue_at = att["cue"][0][0] if att["cue"] else b
    content_at = att["content"][0][0] if att["content"] else b
    after = text[b:b + 40]
    tag = "+cue" if known.search(norm(cue)) is not None else "-cue"
    if re.search(r"(?i)according to", cue):
        name = "according_to"
    elif re.search(r"(?i)interview|told|speaking to|spoke (to|with)", cue):
        name = "interview_told"
    elif re.match(r"\s*:", after):
        name = "colon"
    elif cue_at < a:
        name = "inverted"  # "said the official"
    elif content_at < a:
        name = "closing"  # '"...," he said'
    elif _PRONOUN.fullmatch(span.strip()):
        name = "pronoun"
    elif re.match(r"\s*['’]s?\b", after) and cue_at > b + 2:
        name = "possessive"  # "Trump's claim"
    elif _DOCUMENT.search(span):
        name = "document"
    else:
        name = "np_before_cue"
    return f"{name}{tag}"


def sentence_of(text: str, a: int, b: int) -> str:
    """The sentence around file offsets a..b, the span in brackets."""
    start = max(text.rfind("\n", 0, a), *(text.rfind(p, 0, a) for p in (". ", "? ", "! ", ".” ", '." ')))
    start = start + 1 if start != -1 else 0
    end = min([x for x in (text.find("\n", b), *(text.find(p, b) for p in (". ", "? ", "! "))) if x != -1] or [len(text)])
    return (text[start:a] + "[" + text[a:b] + "]" + text[b:end + 1]).strip().replace("\n", " ")


def classify_extra(text: str, a: int, b: int) -> str:
    before = text[text.rfind("\n", 0, a) + 1:a]
    if _PRONOUN.fullmatch(text[a:b].strip()):
        return "pronoun"
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return "inside_quote"
    return "other"


def errors(auditor: Auditor, pairs=None):
    """(kind, class, article, cue, span text, sentence) for each miss and each extra span of the train split
    (or of the given (text, annotation) pairs)."""
    known = auditor.rules.lexicon(*CUE_FAMILIES)
    overlap = lambda x, y: x[0] < y[1] and y[0] < x[1]  # noqa: E731
    for txt, ann in pairs if pairs is not None else polnear_files(False, train=True):
        text = txt.read_text(encoding="utf-8")
        report = audit_file(auditor, txt)
        pred = predicted_spans(report, text)
        gold = read_attributions(ann)
        frags = [f for att in gold for f in att["source"]]
        for a, b, rules in pred:
            hit = any(overlap((a, b), g) for g in frags)
            yield ("found" if hit else "wrong", "", ann.stem, ",".join(rules), text[a:b], "")
            if not hit:
                yield ("extra", classify_extra(text, a, b), ann.stem, ",".join(rules[-2:]),
                       text[a:b], sentence_of(text, a, b))
        for att in gold:
            if not any(overlap(p[:2], f) for p in pred for f in att["source"]):
                a, b = att["source"][0][0], att["source"][-1][1]
                yield ("missed", classify_miss(text, att, known), ann.stem, att["cue_text"], text[a:b],
                       sentence_of(text, a, b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--class", dest="klass", help="list only this class")
    parser.add_argument("--extra", action="store_true", help="list the extra spans instead of the misses")
    parser.add_argument("--limit", type=int, default=0, help="list at most N rows")
    parser.add_argument("--rules", action="store_true", help="print each rule id's precision on the found spans")
    parser.add_argument("--counts", action="store_true", help="print the counts per class only")
    args = parser.parse_args()
    rows = list(errors(Auditor()))
    if args.rules:
        found, wrong = Counter(), Counter()
        for r in rows:
            if r[0] in ("found", "wrong"):
                (found if r[0] == "found" else wrong).update(set(r[3].split(",")))
        for rule, n in sorted(((k, found[k] + wrong[k]) for k in found | wrong), key=lambda x: -x[1]):
            print(f"{rule:<32} {n:>6} P {found[rule] / n:.3f}")
        return
    rows = [r for r in rows if r[0] in ("missed", "extra")]
    kind = "extra" if args.extra else "missed"
    counts = Counter((r[0], r[1]) for r in rows)
    for (k, name), count in counts.most_common():
        print(f"{k:<7} {name:<16} {count}")
    if args.counts:
        return
    shown = [r for r in rows if r[0] == kind and (not args.klass or r[1] == args.klass)]
    for r in shown[:args.limit or None]:
        print("\t".join(r[1:4]) + "\t" + r[4] + "\t" + r[5])


if __name__ == "__main__":
    main()
