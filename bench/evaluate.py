"""Measure provenance against the hand-labelled development set and the seed audits.

Prints: source-type accuracy per language with a confusion table; PolNeAR source-span precision,
recall and F1 (overlap); wire detection precision and recall (PolNeAR's `wire` column and the
seeds' wires); boilerplate line precision and recall on the seeds; the snippet score on
../shared/data/html-pages. Run: python bench/evaluate.py [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance import Auditor  # noqa: E402
from provenance.inputs import document_from_bytes  # noqa: E402
from provenance.models import SOURCE_TYPES  # noqa: E402
from provenance.normalize import norm  # noqa: E402

DEVSET = ROOT / "tests" / "devset"
SEEDS = ROOT / "seeds"
POLNEAR = DEVSET / "english" / "polnear"
HTML_PAGES = ROOT.parent / "shared" / "data" / "html-pages"


def audit_file(auditor: Auditor, path: Path):
    return auditor.audit(document_from_bytes(path.read_bytes(), str(path)))


def align(report, labelled: list[dict]) -> list[tuple[dict, str]]:
    """(label, predicted type) for each labelled sentence; 'removed' when it is not in the body."""
    out = []
    for lab in labelled:
        text = lab["text"].strip()
        pos = report.body.find(text)
        if pos == -1:
            out.append((lab, "removed"))
            continue
        mid = pos + len(text) // 2
        claim = next((c for c in report.claims if c.start <= mid < c.end), None)
        out.append((lab, claim.source.type if claim else "not_a_claim"))
    return out


def source_types(auditor: Auditor) -> dict:
    results = {}
    for lang, folder in (("ar", DEVSET / "arabic"), ("en", DEVSET / "english")):
        pairs = []
        for label_file in sorted(folder.glob("*.json")):
            labels = json.loads(label_file.read_text(encoding="utf-8"))
            report = audit_file(auditor, label_file.parent / labels["file"] if "/" in labels["file"] else folder / labels["file"])
            pairs += [(lab["type"], pred, label_file.stem, lab["text"]) for lab, pred in align(report, labels["claims"])]
        if lang == "ar":
            for exp in sorted(SEEDS.glob("*.expected.json")):
                labels = json.loads(exp.read_text(encoding="utf-8"))
                report = audit_file(auditor, SEEDS / labels["file"])
                pairs += [(lab["type"], pred, exp.stem, lab["text"]) for lab, pred in align(report, labels["claims"])]
        correct = sum(1 for g, p, *_ in pairs if g == p)
        confusion = defaultdict(Counter)
        for g, p, *_ in pairs:
            confusion[g][p] += 1
        results[lang] = {"sentences": len(pairs), "accuracy": correct / len(pairs) if pairs else 0.0,
                         "confusion": {g: dict(c) for g, c in confusion.items()},
                         "errors": [(f, g, p, t[:90]) for g, p, f, t in pairs if g != p]}
    return results


def read_ann(path: Path) -> list[tuple[list[tuple[int, int]], str]]:
    """Each attribution's source fragments (file offsets) and its cue text."""
    spans: dict[str, tuple[list[tuple[int, int]], str]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            offsets = parts[1].partition(" ")[2]
            frags = [tuple(map(int, f.split())) for f in offsets.split(";")]
            spans[parts[0]] = (frags, parts[2] if len(parts) > 2 else "")  # type: ignore[misc]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(x.split(":", 1) for x in parts[1].split()))
    out = []
    for rel in relations:
        if "Source" in rel and rel["Source"] in spans:
            cue = spans[rel["Cue"]][1] if rel.get("Cue") in spans else ""
            out.append((spans[rel["Source"]][0], cue))
    return out


def polnear_spans(auditor: Auditor) -> dict:
    """Overlap match of predicted source spans (each claim's source and its other attributions) against
    PolNeAR's sources; recall is also given for attributions whose cue is one of our reporting cues."""
    reporting = auditor.rules.lexicon("speech", "according", "relay")
    tp_p = n_pred = tp_g = n_gold = tp_r = n_r = 0
    overlap = lambda a, b: a[0] < b[1] and b[0] < a[1]  # noqa: E731
    for ann in sorted(POLNEAR.glob("*.ann")):
        txt = POLNEAR / (re.sub(r"_[0-9a-f]{4}$", "", ann.stem) + ".txt")
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        report = audit_file(auditor, txt)
        pred = []
        for c in [*report.claims, *([report.headline] if report.headline else [])]:
            cpos = text.find(c.text)  # claim offsets -> file offsets through the claim's place in the file
            for src in [c.source, *c.also]:
                if src.start is None or src.type == "unattributed" or cpos == -1 or not c.start <= src.start < c.end:
                    continue
                spos = cpos + (src.start - c.start)
                pred.append((spos, spos + (src.end - src.start)))
        gold = read_ann(ann)
        frags = [f for frs, _ in gold for f in frs]
        tp_p += sum(1 for p in pred if any(overlap(p, g) for g in frags))
        n_pred += len(pred)
        for frs, cue in gold:
            hit = any(overlap(p, f) for p in pred for f in frs)
            tp_g += hit
            n_gold += 1
            if reporting.search(norm(cue)) is not None:
                tp_r += hit
                n_r += 1
    precision = tp_p / n_pred if n_pred else 0.0
    recall = tp_g / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    r_rep = tp_r / n_r if n_r else 0.0
    f1_rep = 2 * precision * r_rep / (precision + r_rep) if precision + r_rep else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "predicted": n_pred, "gold": n_gold,
            "reporting_gold": n_r, "reporting_recall": r_rep, "reporting_f1": f1_rep}


def wires(auditor: Auditor) -> dict:
    tp = fp = fn = 0
    rows = (POLNEAR / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    for row in rows[1:]:
        meta = dict(zip(header, row.split("\t")))
        txt = POLNEAR / f"{meta['filename']}.txt"
        if not txt.exists():
            continue
        report = audit_file(auditor, txt)
        predicted = {w.agency for w in report.wires if w.role in ("dateline", "credit")}
        gold = set() if meta.get("wire") in (None, "None", "NA", "wire") else {meta["wire"]}
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    for exp in sorted(SEEDS.glob("*.expected.json")):
        labels = json.loads(exp.read_text(encoding="utf-8"))
        report = audit_file(auditor, SEEDS / labels["file"])
        predicted = {(w.agency, w.role) for w in report.wires}
        gold = {(w["agency"], w["role"]) for w in labels["wires"]}
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "tp": tp, "fp": fp, "fn": fn}


def boilerplate(auditor: Auditor) -> dict:
    tp = fp = fn = 0
    misses = []
    for exp in sorted(SEEDS.glob("*.expected.json")):
        labels = json.loads(exp.read_text(encoding="utf-8"))
        report = audit_file(auditor, SEEDS / labels["file"])
        predicted = Counter(b.text.strip() for b in report.boilerplate)
        gold = Counter(b["text"].strip() for b in labels["boilerplate"])
        tp += sum((predicted & gold).values())
        fp += sum((predicted - gold).values())
        fn += sum((gold - predicted).values())
        misses += [(exp.stem, "extra", t[:70]) for t in predicted - gold] + [(exp.stem, "missed", t[:70]) for t in gold - predicted]
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "errors": misses}


def snippets(auditor: Auditor) -> dict:
    expected = json.loads((HTML_PAGES / "expected.json").read_text(encoding="utf-8"))
    good = total = 0
    failures = []
    for url, spec in expected.items():
        path = HTML_PAGES / spec["file"]
        try:
            report = auditor.audit(document_from_bytes(path.read_bytes(), str(path), url))
            text = report.body
        except Exception as exc:  # noqa: BLE001 - a failure here is a score of zero for the page
            text = ""
            failures.append((spec["file"], str(exc)[:80]))
        for s in spec.get("with", []):
            total += 1
            good += s in text
        for s in spec.get("without", []):
            total += 1
            good += s not in text
    return {"score": good / total if total else 0.0, "snippets": total, "failures": failures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list the mistakes too")
    args = parser.parse_args()
    auditor = Auditor()
    figures = {"source_types": source_types(auditor), "polnear_spans": polnear_spans(auditor), "wires": wires(auditor),
               "boilerplate": boilerplate(auditor)}
    if HTML_PAGES.exists():
        figures["html_snippets"] = snippets(auditor)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    for lang, r in figures["source_types"].items():
        print(f"source type accuracy [{lang}]: {r['accuracy']:.3f} on {r['sentences']} sentences")
        labels = [t for t in SOURCE_TYPES if t in r["confusion"] or any(t in row for row in r["confusion"].values())]
        extra = sorted({p for row in r["confusion"].values() for p in row} - set(SOURCE_TYPES))
        cols = labels + extra
        print("  gold \\ predicted  " + " ".join(f"{c[:6]:>6}" for c in cols))
        for g in labels:
            row = r["confusion"].get(g, {})
            print(f"  {g:<18}" + " ".join(f"{row.get(c, 0):>6}" for c in cols))
        if args.errors:
            for e in r["errors"]:
                print("   ", e)
    s = figures["polnear_spans"]
    print(f"PolNeAR source spans: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
          f"({s['predicted']} predicted, {s['gold']} gold); on the {s['reporting_gold']} attributions with a "
          f"reporting cue: R {s['reporting_recall']:.3f} F1 {s['reporting_f1']:.3f}")
    w = figures["wires"]
    print(f"wires: P {w['precision']:.3f} R {w['recall']:.3f} (tp {w['tp']}, fp {w['fp']}, fn {w['fn']})")
    b = figures["boilerplate"]
    print(f"boilerplate lines (seeds): P {b['precision']:.3f} R {b['recall']:.3f}")
    if args.errors:
        for e in b["errors"]:
            print("   ", e)
    if "html_snippets" in figures:
        h = figures["html_snippets"]
        print(f"html snippet score: {h['score']:.3f} on {h['snippets']} snippets; failures: {h['failures']}")


if __name__ == "__main__":
    main()
