"""A linear-chain CRF over English tokens for PolNeAR's source spans, measured against the rules.

    python bench/train_crf.py                       # 5-fold cross-validation on train, then the model
    python bench/train_crf.py --folds 0 --out M     # the model only
    python bench/train_crf.py --dev M               # the aggregate dev figures of rules + M (never its errors)

Issue 15 asked whether the classic statistical route (Citron's CRF over token features) lifts English
source spans past the rules. It does not, so it is not wired into the engine: this script keeps the
experiment repeatable. Each English claim of an audit (the engine untouched) gives one sequence: its
tokens, each with the word, its suffix and shape, neighbouring words (±2), which cue lexicon and which
source lexicon (rules/*.yaml) covers it, whether it is quoted, its distance to the nearest cue either way,
and whether the rules' own source spans cover it (so the CRF learns where the rules go wrong, not what
they get right). Labels are B/I/O for the tokens an annotator's Source covers. The CRF's spans that
overlap none of the rules' are added to the claim's `also`, typed by the SourceTyper; a span it types as
unattributed, or a pronoun, is left out (as the engine does with its own).

Data: ../shared/data/english-polnear/train (840 articles, brat .ann), without tests/devset/english-heldout,
as `bench/evaluate.py --polnear-train`; one sequence per annotation file. Deterministic: articles in name
order, fold k holds every fold-th article from the k-th, L-BFGS draws nothing at random.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Optional

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import evaluate  # noqa: E402
from provenance import Auditor  # noqa: E402
from provenance.models import Source  # noqa: E402
from provenance.normalize import normalize  # noqa: E402
from provenance.text.sentences import quote_spans  # noqa: E402

RULE_ID = "src.en.crf"
_SOURCE_FAMILIES = ("pronoun", "role", "spokesperson", "official_noun", "anonymous_noun", "authority",
                    "document_noun", "org_noun", "media_generic", "known_official")
_TOKEN = re.compile(r"\w+(?:[-.&']\w+)*?(?='s\b)|'s\b|\w+(?:[-.&']\w+)*|\S")  # "kerry" "'s"


def _distance(d: Optional[int]) -> str:
    """Tokens to the nearest cue, in buckets."""
    return "none" if d is None else str(d) if d <= 3 else "4-6" if d <= 6 else "far"


class Features:
    """The tokens of an English claim and their features, from the rules' lexicons and the claim's spans."""

    def __init__(self, auditor: Auditor):
        rules = auditor.rules
        self.cues = auditor.attributor.cues
        self.sources = {f: rules.lexicon(f) for f in _SOURCE_FAMILIES} | {"outlet": rules.outlet_names}

    def of(self, text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[list[str]]]:
        """Tokens (offsets into text) and features; spans: the rules' sources, offsets into text."""
        ns = normalize(text)
        n = ns.text
        tokens = [m.span() for m in _TOKEN.finditer(n)]
        starts = [a for a, _ in tokens]
        marks: list[list[str]] = [[] for _ in tokens]

        def mark(a: int, b: int, label: str) -> list[int]:
            idx = [i for i in range(max(0, bisect_right(starts, a) - 1), bisect_left(starts, b)) if tokens[i][1] > a]
            for i in idx:
                marks[i].append(label)
            return idx

        cue_at = sorted(i for fam, hits in self.cues.scan(n).items() for h in hits for i in mark(h.start, h.end, "cue=" + fam))
        for fam, lex in self.sources.items():
            for h in lex.finditer(n):
                mark(h.start, h.end, "lex=" + fam)
        for a, b in quote_spans(n):
            mark(a, b, "q")
        for a, b in spans:  # original offsets -> normalised ones
            mark(bisect_left(ns.offsets, a), bisect_left(ns.offsets, b), "rule")
        words = [n[a:b] for a, b in tokens]
        shapes = ["p" if not w[0].isalnum() else "d" if w[0].isdigit() else "X" if text[ns.offsets[a]].isupper() else "x"
                  for w, (a, _) in zip(words, tokens)]
        feats, j = [], 0
        for i, w in enumerate(words):
            while j < len(cue_at) and cue_at[j] < i:
                j += 1
            f = ["w=" + w, "s3=" + w[-3:], "sh=" + shapes[i], *marks[i],
                 "cr=" + _distance(cue_at[j] - i if j < len(cue_at) else None),
                 "cl=" + _distance(i - cue_at[j - 1] if j > 0 else None)]
            for k in (-2, -1, 1, 2):
                if 0 <= i + k < len(words):
                    f += [f"{k}w={words[i + k]}", f"{k}sh={shapes[i + k]}"]
                    f += [f"{k}{m}" for m in marks[i + k] if m.startswith(("cue", "rule"))]
                else:
                    f.append(f"{k}w=<edge>")
            feats.append(f)
        return [ns.span(a, b) for a, b in tokens], feats


def claim_spans(claim) -> list[tuple[int, int]]:
    """The claim's source spans that the PolNeAR measure counts, as offsets into the claim's text."""
    return [(s.start - claim.start, s.end - claim.start) for s in [claim.source, *claim.also]
            if s.start is not None and s.type != "unattributed" and claim.start <= s.start < claim.end]


def labels(tokens: list[tuple[int, int]], sources: list[list[tuple[int, int]]]) -> list[str]:
    """B/I/O of tokens (file offsets) for the annotators' sources (each a list of fragments)."""
    out, previous = [], None
    for a, b in tokens:
        which = next((k for k, frags in enumerate(sources) if any(x < b and a < y for x, y in frags)), None)
        out.append("O" if which is None else "I" if which == previous else "B")
        previous = which
    return out


def spans_of(tags: list[str]) -> list[tuple[int, int]]:
    """Token index ranges of the B/I runs."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(tags):
        if t == "I" and i and tags[i - 1] != "O":
            out[-1] = (out[-1][0], i + 1)
        elif t != "O":
            out.append((i, i + 1))
    return out


def sequences(auditor: Auditor, pairs: list[tuple[Path, Path]]) -> dict[Path, list]:
    """(features, labels) of every English claim, by article, once per annotation file."""
    feats_of = Features(auditor)
    by_text: dict[Path, list[Path]] = {}
    for txt, ann in pairs:
        by_text.setdefault(txt, []).append(ann)
    out = {}
    for txt, anns in by_text.items():
        text = txt.read_text(encoding="utf-8")
        report = evaluate.audit_file(auditor, txt)
        golds = [[frags for frags, _ in evaluate.read_ann(ann)] for ann in anns]
        out[txt] = []
        if report.language != "en":
            continue
        for claim in report.claims:
            pos = text.find(claim.text)
            tokens, feats = feats_of.of(claim.text, claim_spans(claim))
            if pos != -1 and tokens:
                out[txt] += [(feats, labels([(pos + a, pos + b) for a, b in tokens], g)) for g in golds]
    return out


def train(seqs, path: Path, args) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, tags in seqs:
        trainer.append(feats, tags)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.minfreq": args.minfreq, "feature.possible_transitions": True})
    trainer.train(str(path))


class WithCRF(Auditor):
    """The audit, then the CRF's sources that overlap none of the rules' added to each English claim's `also`."""

    def __init__(self, model: Path):
        super().__init__()
        self.features = Features(self)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model))

    def audit(self, doc):
        report = super().audit(doc)
        if report.language != "en":
            return report
        memory = self.attributor.remember(self.rules.scan_body(report.body))
        for claim in report.claims:
            ruled = claim_spans(claim)
            tokens, feats = self.features.of(claim.text, ruled)
            for i, j in spans_of(self.tagger.tag(feats)) if tokens else []:
                a, b = tokens[i][0], tokens[j - 1][1]
                typed = self.attributor.typer.classify(claim.text[a:b], memory)
                if typed.type not in (None, "unattributed") and not any(a < y and x < b for x, y in ruled):
                    claim.also.append(Source(text=claim.text[a:b], name=typed.name, role=typed.role, type=typed.type,
                                             start=claim.start + a, end=claim.start + b, rules=[*typed.rules, RULE_ID]))
        return report


def counts(result: dict) -> list[int]:
    """[true predicted, predicted, gold found, gold] of one evaluate.polnear_spans result."""
    return [round(result["precision"] * result["predicted"]), result["predicted"],
            round(result["recall"] * result["gold"]), result["gold"]]


def scores(c: list[int]) -> str:
    p, r = c[0] / c[1] if c[1] else 0.0, c[2] / c[3] if c[3] else 0.0
    return f"F1 {2 * p * r / (p + r) if p + r else 0.0:.3f} (P {p:.3f} R {r:.3f}, {c[3]} gold)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds on train (0: none)")
    ap.add_argument("--c1", type=float, default=0.1, help="L1 penalty (keeps the model small)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--iterations", type=int, default=150, help="L-BFGS iterations")
    ap.add_argument("--minfreq", type=float, default=2, help="features seen fewer times are left out")
    ap.add_argument("--out", type=Path, help="write the model trained on all of train here")
    ap.add_argument("--dev", type=Path, help="a model: print the dev split's aggregate figures, rules alone and with it")
    args = ap.parse_args()
    auditor = Auditor()
    if args.dev:
        print(f"dev, rules alone  {scores(counts(evaluate.polnear_spans(auditor, held_out=True)))}")
        print(f"dev, rules + CRF  {scores(counts(evaluate.polnear_spans(WithCRF(args.dev), held_out=True)))}")
        return
    pairs = evaluate.polnear_files(held_out=False, train=True)
    data = sequences(auditor, pairs)
    articles = sorted(data)
    print(f"{len(articles)} articles, {len(pairs)} annotation files, {sum(map(len, data.values()))} sequences",
          file=sys.stderr)
    rules_alone, with_crf = [0, 0, 0, 0], [0, 0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "fold.crfsuite"
        for k in range(args.folds):
            held = set(articles[k::args.folds])
            train([s for a in articles if a not in held for s in data[a]], model, args)
            fold = [(txt, ann) for txt, ann in pairs if txt in held]
            base, crf = counts(evaluate.polnear_spans(auditor, pairs=fold)), \
                counts(evaluate.polnear_spans(WithCRF(model), pairs=fold))
            rules_alone = [x + y for x, y in zip(rules_alone, base)]
            with_crf = [x + y for x, y in zip(with_crf, crf)]
            print(f"fold {k + 1}/{args.folds}: rules {scores(base)}, rules + CRF {scores(crf)}", file=sys.stderr)
        if args.folds:
            print(f"train-split cross-validation ({args.folds} folds), source spans (overlap):")
            print(f"  rules alone    {scores(rules_alone)}")
            print(f"  rules + CRF    {scores(with_crf)}")
        if args.out:
            train([s for a in articles for s in data[a]], model, args)
            shutil.copyfile(model, args.out)
            print(f"model: {args.out} ({args.out.stat().st_size / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
