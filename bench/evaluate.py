"""Measure provenance against hand labels, twice: on tuned sets and on held-out sets.

Tuned sets are labels whose errors were read while writing rules: the seed audits, `tests/devset`
(Arabic ANT articles, English PolNeAR articles) and `tests/devset/arabic-tuned` (articles of
../shared/data/arabic-pool and arabic-saudi labelled with ../shared/LABELLING.md); with `--polnear-train`
also the spans of PolNeAR's whole train split (../shared/data/english-polnear/train, without the English
held-out articles). Held-out sets were labelled by others and are only ever measured:
../shared/data/arabic-labelled, `tests/devset/english-heldout` (12 PolNeAR train articles labelled with
LABELLING.md) and PolNeAR's dev split in ../shared/data/english-polnear/dev. Never read the held-out
errors (`--errors` lists tuned ones only).

Prints per set: source-type accuracy and relay (via) F1, a confusion table for the tuned Arabic set,
PolNeAR source-span precision, recall and F1 (overlap), boilerplate line precision and recall with the
gold sentences lost from the body, wire detection and the html snippet score.
Run: python bench/evaluate.py [--json] [--errors] [--polnear-train]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from provenance import Auditor  # noqa: E402
from provenance.ingest.inputs import InputError, clean_text, document_from_bytes  # noqa: E402
from provenance.models import SOURCE_TYPES  # noqa: E402
from provenance.normalize import norm  # noqa: E402

DEVSET = ROOT / "tests" / "devset"
SEEDS = ROOT / "seeds"
POLNEAR = DEVSET / "english" / "polnear"
SHARED = ROOT.parent / "shared" / "data"
HTML_PAGES = SHARED / "html-pages"
ARABIC_TUNED = DEVSET / "arabic-tuned"
ARABIC_BOILERPLATE = DEVSET / "arabic-boilerplate"  # labelled for boilerplate lines only
ARABIC_HELD_OUT = SHARED / "arabic-labelled"
ENGLISH_HELD_OUT = DEVSET / "english-heldout"
POLNEAR_HELD_OUT = SHARED / "english-polnear" / "dev"
POLNEAR_TRAIN = SHARED / "english-polnear" / "train"


def audit_file(auditor: Auditor, path: Path):
    return auditor.audit(document_from_bytes(path.read_bytes(), str(path)))


def _as_body(text: str) -> str:
    """A labelled sentence cleaned as the article's body was (ingest's clean_text: right-to-left marks and other
    invisible characters dropped), so that a sentence a labeller copied with them is found in the body. A label of
    nothing but them is empty, as a blank label was: clean_text refuses an empty article, a label may be one."""
    try:
        return clean_text(text, "label").strip()
    except InputError:
        return ""


def align(report, labelled: list[dict]) -> list[tuple[dict, object]]:
    """(label, the claim holding the labelled sentence, or 'removed' / 'not_a_claim'); a sentence labelled
    twice is the first occurrence of its text the first time, the next one the second time."""
    out = []
    seen: Counter = Counter()
    for lab in labelled:
        text = _as_body(lab["text"])
        pos = -1
        for _ in range(seen[text] + 1):
            pos = report.body.find(text, pos + 1)
            if pos == -1:
                break
        seen[text] += 1
        if pos == -1:
            out.append((lab, "removed"))
            continue
        mid = pos + len(text) // 2
        claim = next((c for c in report.claims if c.start <= mid < c.end), None)
        out.append((lab, claim if claim else "not_a_claim"))
    return out


def labelled_files(lang: str, held_out: bool) -> list[tuple[Path, dict]]:
    """(article path, labels) of a set; labels hold `sentences` (LABELLING.md) or `claims` (older sets)."""
    if held_out:
        folders = [ARABIC_HELD_OUT] if lang == "ar" else [ENGLISH_HELD_OUT]
    else:
        folders = [DEVSET / "arabic", ARABIC_TUNED, SEEDS] if lang == "ar" else [DEVSET / "english"]
    out = []
    for folder in folders:
        for label_file in sorted(folder.glob("*.json")) if folder.exists() else []:
            if label_file.name == "MANIFEST.json":
                continue
            labels = json.loads(label_file.read_text(encoding="utf-8"))
            out.append((folder / labels["file"], labels))
    return out


def source_types(auditor: Auditor, held_out: bool = False) -> dict:
    """Source-type accuracy and relay F1 per language on the tuned or the held-out set."""
    results = {}
    for lang in ("ar", "en"):
        files = labelled_files(lang, held_out)
        if not files:
            continue
        pairs = []
        via_tp = via_pred = via_gold = 0
        for path, labels in files:
            report = audit_file(auditor, path)
            for lab, claim in align(report, labels.get("sentences") or labels.get("claims") or []):
                pred = claim if isinstance(claim, str) else claim.source.type
                pairs.append((lab["type"], pred, path.stem, lab["text"]))
                gold_via = Counter(lab.get("via") or [])
                pred_via = Counter() if isinstance(claim, str) else Counter([v.type for v in claim.via])
                via_tp += sum((gold_via & pred_via).values())
                via_pred += sum(pred_via.values())
                via_gold += sum(gold_via.values())
        correct = sum(1 for g, p, *_ in pairs if g == p)
        confusion = defaultdict(Counter)
        for g, p, *_ in pairs:
            confusion[g][p] += 1
        vp = via_tp / via_pred if via_pred else 0.0
        vr = via_tp / via_gold if via_gold else 0.0
        results[lang] = {"articles": len(files), "sentences": len(pairs),
                         "accuracy": correct / len(pairs) if pairs else 0.0,
                         "via_precision": vp, "via_recall": vr, "via_f1": 2 * vp * vr / (vp + vr) if vp + vr else 0.0,
                         "confusion": {g: dict(c) for g, c in confusion.items()},
                         "errors": [] if held_out else [(f, g, p, t[:90]) for g, p, f, t in pairs if g != p]}
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


def polnear_files(held_out: bool, train: bool = False) -> list[tuple[Path, Path]]:
    """(article text, annotation file) pairs: tests/devset's 40 train articles, the whole train split
    without the English held-out articles (`train`), or the dev split (`held_out`)."""
    if held_out:
        text_dir, ann_dir = POLNEAR_HELD_OUT / "text", POLNEAR_HELD_OUT / "attributions"
    elif train:
        text_dir, ann_dir = POLNEAR_TRAIN / "text", POLNEAR_TRAIN / "attributions"
    else:
        text_dir = ann_dir = POLNEAR
    kept_out = {p.name for p in ENGLISH_HELD_OUT.glob("*.txt")} if train else set()
    pairs = []
    for ann in sorted(ann_dir.glob("*.ann")) if ann_dir.exists() else []:
        txt = text_dir / (re.sub(r"_[0-9a-f]{4}$", "", ann.stem) + ".txt")
        if txt.exists() and txt.name not in kept_out:
            pairs.append((txt, ann))
    return pairs


def _context(text: str, span: tuple[int, int]) -> str:
    """The line around a span, the span in brackets, for an error list."""
    a, b = span
    start, end = max(text.rfind("\n", 0, a) + 1, a - 100), text.find("\n", b)
    end = min(end if end != -1 else len(text), b + 100)
    return (text[start:a] + "[" + text[a:b] + "]" + text[b:end]).replace("\n", " ")


def file_places(report, text: str) -> dict[str, int]:
    """Where each claim (by id) starts in the file it was read from. The body is the file less its headline and
    boilerplate, with line breaks added, so its offsets are not the file's, but its order is: each claim is
    the first occurrence of its text after the claim before it (a short claim said twice, '"...?" Trump
    said.', is each time its own), the headline the first occurrence of its own."""
    places, at = {}, 0
    if report.headline and (head := text.find(report.headline.text)) != -1:
        places[report.headline.id], at = head, head + len(report.headline.text)
    for claim in sorted(report.claims, key=lambda c: c.start):
        pos = text.find(claim.text, at)
        pos = text.find(claim.text) if pos == -1 else pos
        if pos != -1:
            places[claim.id], at = pos, max(at, pos + len(claim.text))
    return places


def predicted_spans(report, text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, rules) in the file for each source span of the report (each claim's source and its other
    attributions), claim offsets carried to file offsets through the claim's place (`file_places`)."""
    places, out = file_places(report, text), []
    for c in [*report.claims, *([report.headline] if report.headline else [])]:
        cpos = places.get(c.id, -1)
        for src in [c.source, *c.also]:
            if src.start is None or src.type == "unattributed" or cpos == -1 or not c.start <= src.start < c.end:
                continue
            spos = cpos + (src.start - c.start)
            out.append((spos, spos + (src.end - src.start), src.rules))
    return out


def polnear_spans(auditor: Auditor, held_out: bool = False, train: bool = False,
                  pairs: Optional[list[tuple[Path, Path]]] = None) -> dict:
    """Overlap match of predicted source spans (each claim's source and its other attributions) against
    PolNeAR's sources; recall is also given for attributions whose cue is one of our reporting cues.
    Errors (tuned sets only): each missed gold source with its cue, each predicted span no source overlaps."""
    reporting = auditor.rules.lexicon("speech", "according", "relay")
    tp_p = n_pred = tp_g = n_gold = tp_r = n_r = 0
    errors = []
    overlap = lambda a, b: a[0] < b[1] and b[0] < a[1]  # noqa: E731
    for txt, ann in pairs if pairs is not None else polnear_files(held_out, train):  # pairs: a fold (train_crf.py)
        text = txt.read_text(encoding="utf-8")
        report = audit_file(auditor, txt)
        pred = [(a, b) for a, b, _ in predicted_spans(report, text)]
        gold = read_ann(ann)
        frags = [f for frs, _ in gold for f in frs]
        wrong = [p for p in pred if not any(overlap(p, g) for g in frags)]
        tp_p += len(pred) - len(wrong)
        n_pred += len(pred)
        if not held_out:
            errors += [(ann.stem, "extra", "", _context(text, p)) for p in wrong]
        for frs, cue in gold:
            hit = any(overlap(p, f) for p in pred for f in frs)
            tp_g += hit
            n_gold += 1
            if not hit and not held_out:
                errors.append((ann.stem, "missed", cue, _context(text, (frs[0][0], frs[-1][1]))))
            if reporting.search(norm(cue)) is not None:
                tp_r += hit
                n_r += 1
    precision = tp_p / n_pred if n_pred else 0.0
    recall = tp_g / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    r_rep = tp_r / n_r if n_r else 0.0
    f1_rep = 2 * precision * r_rep / (precision + r_rep) if precision + r_rep else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "predicted": n_pred, "gold": n_gold,
            "reporting_gold": n_r, "reporting_recall": r_rep, "reporting_f1": f1_rep, "errors": errors}


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


def boilerplate(auditor: Auditor, held_out: bool = False) -> dict:
    """Boilerplate line precision and recall, and the labelled body sentences missing from `body`."""
    tp = fp = fn = lost = sentences = 0
    misses = []
    if held_out:
        files = labelled_files("ar", True)
    else:
        files = [(p, lab) for p, lab in labelled_files("ar", False) if "boilerplate" in lab]
        for label_file in sorted(ARABIC_BOILERPLATE.glob("*.gold.json")):
            labels = json.loads(label_file.read_text(encoding="utf-8"))
            files.append((ARABIC_BOILERPLATE / labels["file"], labels))
    for path, labels in files:
        report = audit_file(auditor, path)
        predicted = Counter(b.text.strip() for b in report.boilerplate)
        gold = Counter((b["text"] if isinstance(b, dict) else b).strip() for b in labels["boilerplate"])
        tp += sum((predicted & gold).values())
        fp += sum((predicted - gold).values())
        fn += sum((gold - predicted).values())
        body_sentences = labels.get("sentences") or labels.get("claims") or []
        sentences += len(body_sentences)
        lost += sum(1 for s in body_sentences if _as_body(s["text"]) not in report.body)
        if not held_out:
            misses += [(path.stem, "extra", t[:70]) for t in predicted - gold]
            misses += [(path.stem, "missed", t[:70]) for t in gold - predicted]
    return {"articles": len(files), "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0, "lines": tp + fn, "sentences": sentences,
            "lost": lost, "errors": misses}


def snippets(auditor: Auditor) -> dict:
    """Snippets the body must hold (`with`) and must not (`without`); a `with` snippet that the text layer
    removed (it is in a boilerplate piece) is counted apart from one extraction never gave."""
    expected = json.loads((HTML_PAGES / "expected.json").read_text(encoding="utf-8"))
    kept = removed = with_total = left_out = without_total = 0
    failures, lost = [], []
    for url, spec in expected.items():
        path = HTML_PAGES / spec["file"]
        try:
            report = auditor.audit(document_from_bytes(path.read_bytes(), str(path), url))
            text, pieces = report.body, [b.text for b in report.boilerplate]
        except Exception as exc:  # noqa: BLE001 - a failure here is a score of zero for the page
            text, pieces = "", []
            failures.append((spec["file"], str(exc)[:80]))
        for s in spec.get("with", []):
            with_total += 1
            kept += s in text
            if s not in text and any(s in p for p in pieces):
                removed += 1
                lost.append((spec["file"], s[:60]))
        for s in spec.get("without", []):
            without_total += 1
            left_out += s not in text
    total = with_total + without_total
    return {"score": (kept + left_out) / total if total else 0.0, "snippets": total, "failures": failures,
            "with_kept": kept, "with": with_total, "with_removed": removed, "lost": lost,
            "without_left_out": left_out, "without": without_total}


def _row(name: str, tuned: str, held_out: str) -> str:
    return f"{name:<44} {tuned:<30} {held_out}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list the mistakes on the tuned sets")
    parser.add_argument("--polnear-train", action="store_true",
                        help="also measure source spans on PolNeAR's whole train split (tuned)")
    args = parser.parse_args()
    auditor = Auditor()
    figures = {}
    for column, held_out in (("tuned", False), ("held_out", True)):
        figures[column] = {"source_types": source_types(auditor, held_out),
                           "polnear_spans": polnear_spans(auditor, held_out),
                           "boilerplate": boilerplate(auditor, held_out)}
    if args.polnear_train:
        figures["tuned"]["polnear_train_spans"] = polnear_spans(auditor, train=True)
    figures["wires"] = wires(auditor)
    if HTML_PAGES.exists():
        figures["html_snippets"] = snippets(auditor)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    tuned, held = figures["tuned"], figures["held_out"]
    na = "-"

    def types(col, lang):
        r = col["source_types"].get(lang)
        return f"{r['accuracy']:.3f} ({r['sentences']} sent., {r['articles']} art.)" if r else na

    def via(col, lang):
        r = col["source_types"].get(lang)
        return f"F1 {r['via_f1']:.3f} (P {r['via_precision']:.2f} R {r['via_recall']:.2f})" if r else na

    def spans(col, key="polnear_spans"):
        s = col.get(key)
        if s is None:
            return na
        return f"F1 {s['f1']:.3f} (P {s['precision']:.3f} R {s['recall']:.3f}, {s['gold']} gold)" if s["gold"] else na

    def bp(col):
        b = col["boilerplate"]
        if not b["articles"]:
            return na
        return f"P {b['precision']:.3f} R {b['recall']:.3f} ({b['lines']} lines, {b['lost']} lost)"

    print(_row("measure", "tuned", "held-out"))
    print(_row("source type accuracy, Arabic", types(tuned, "ar"), types(held, "ar")))
    print(_row("relays (via), Arabic", via(tuned, "ar"), via(held, "ar")))
    print(_row("source type accuracy, English", types(tuned, "en"), types(held, "en")))
    print(_row("relays (via), English", via(tuned, "en"), via(held, "en")))
    print(_row("source spans, PolNeAR (overlap)", spans(tuned), spans(held)))
    if args.polnear_train:
        print(_row("source spans, PolNeAR train split", spans(tuned, "polnear_train_spans"), na))
    print(_row("boilerplate lines, Arabic (sentences lost)", bp(tuned), bp(held)))
    s = tuned["polnear_spans"]
    print(f"PolNeAR tuned, attributions with a reporting cue: R {s['reporting_recall']:.3f} F1 {s['reporting_f1']:.3f}")
    w = figures["wires"]
    print(f"wires (PolNeAR train metadata + seeds): P {w['precision']:.3f} R {w['recall']:.3f} "
          f"(tp {w['tp']}, fp {w['fp']}, fn {w['fn']})")
    if "html_snippets" in figures:
        h = figures["html_snippets"]
        print(f"html snippet score: {h['score']:.3f} on {h['snippets']} snippets (with: {h['with_kept']}/{h['with']} "
              f"kept, {h['with_removed']} removed as boilerplate; without: {h['without_left_out']}/{h['without']} "
              f"left out); failures: {h['failures']}")
    for lang, r in tuned["source_types"].items():
        print(f"confusion, tuned [{lang}] (rows gold, columns predicted)")
        labels = [t for t in SOURCE_TYPES if t in r["confusion"] or any(t in row for row in r["confusion"].values())]
        cols = labels + sorted({p for row in r["confusion"].values() for p in row} - set(SOURCE_TYPES))
        print("  " + " " * 18 + " ".join(f"{c[:6]:>6}" for c in cols))
        for g in labels:
            row = r["confusion"].get(g, {})
            print(f"  {g:<18}" + " ".join(f"{row.get(c, 0):>6}" for c in cols))
        if args.errors:
            for e in r["errors"]:
                print("   ", e)
    if args.errors:
        for e in tuned["boilerplate"]["errors"]:
            print("   ", e)
        for e in figures.get("html_snippets", {}).get("lost", []):
            print("    html 'with' snippet removed as boilerplate:", e)
        for key in ("polnear_spans", "polnear_train_spans"):
            for e in tuned.get(key, {}).get("errors", []):
                print("    " + "\t".join((key, *e)))


if __name__ == "__main__":
    main()
