"""Learn English stance cues from PolNeAR's train split: provenance/rules/en/learned.yaml.

PolNeAR marks far more predicates of attribution than verbs of saying ("denounced", "is most proud of",
"would advocate for"); the words of its cues form a long tail no hand list covers. This script reads the
cues that PolNeAR's annotators marked in ../shared/data/english-polnear/train (the English held-out
articles of tests/devset/english-heldout left out, as in bench/evaluate.py), tries every one that recurs
in at least MIN_ARTICLES articles and is not already a cue, as a stance cue (a verb whose subject
provenance records among a claim's other attributions), then the rest as stance nouns (whose possessor
is the holder: "his decision"), and keeps those whose holders, as provenance finds them,
are PolNeAR sources at least MIN_PRECISION of the time. The kept words are written, with the figures
that chose them, to rules/en/learned.yaml as the entries cue.en.learned and cue.en.learned_noun: every
decision they make names their id, and the file is edited or removed like any other rules file.

Run: python bench/learn_cues.py [--min-precision 0.7] [--min-articles 2] [--dry-run]
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import evaluate  # noqa: E402
from provenance import Auditor  # noqa: E402
from provenance.attribution.engine import Attributor  # noqa: E402
from provenance.normalize import norm  # noqa: E402
from provenance.rules import DEFAULT_RULES_DIR, SPEECH_FAMILIES, load_rules  # noqa: E402

LEARNED = DEFAULT_RULES_DIR / "en" / "learned.yaml"
ENTRY_ID = "cue.en.learned"
_PROBE = "learn.probe."
_WORD = re.compile(r"[a-z][a-z'’-]*")


# auxiliaries, negation and adverbs that open a cue before its predicate ("has also endorsed")
_LEADING = {"has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "could", "should", "can",
            "may", "might", "must", "did", "does", "do", "not", "never", "also", "still", "even", "just", "already",
            "to", "’s", "'s", "’re", "'re", "’ve", "'ve", "’d", "'d", "’ll", "'ll", "n't", "n’t"}


def gold_cues(pairs) -> Counter:
    """Each cue text PolNeAR marks (normalised), and the predicate word that opens it after auxiliaries,
    negation and adverbs ("has also endorsed" gives "endorsed"), counted once per article."""
    seen: dict[str, set[str]] = defaultdict(set)
    for txt, ann in pairs:
        for _, cue in evaluate.read_ann(ann):
            cue = norm(cue).strip(" \"'“”‘’.,:;-")
            seen[cue].add(txt.name)
            head = next((w for w in cue.split() if w not in _LEADING and not w.endswith("ly")), None)
            if head is not None and head != cue:
                seen[head].add(txt.name)
    return Counter({cue: len(articles) for cue, articles in seen.items()})


def candidates(counts: Counter, min_articles: int, known, function_words: frozenset[str]) -> list[str]:
    """Cue texts of one to four words, recurring, with a content word, that no cue lexicon matches whole."""
    out = []
    for cue, n in counts.items():
        words = cue.split()
        if n < min_articles or not 1 <= len(words) <= 4 or not all(_WORD.fullmatch(w) for w in words):
            continue
        if all(w in function_words for w in words):
            continue
        hit = known.search(f" {cue} ")
        if hit is not None and hit.end - hit.start >= len(cue):
            continue
        out.append(cue)
    return sorted(out)


def probe(rules_dir: Path, candidate_terms: list[str], pairs, family: str) -> dict[str, tuple[int, int]]:
    """(holders found, holders that are PolNeAR sources) for each candidate, tried all at once as cues of
    `family` (stance: a verb and its subject; stance_noun: a noun and its possessor) in `rules_dir`."""
    entries = [{"id": f"{_PROBE}{i}", "family": family, "terms": [t]} for i, t in enumerate(candidate_terms)]
    (rules_dir / "en" / "probe.yaml").write_text(yaml.safe_dump({"lexicons": entries}, allow_unicode=True),
                                                  encoding="utf-8")
    auditor = Auditor(load_rules(rules_dir))
    source, continued = Attributor._source, Attributor._continued

    def tagged(method):
        def wrapper(*args):  # Attributor's static builders of a Source
            out = method(*args)
            cand = next(a for a in args if hasattr(a, "cue"))
            if cand.cue.entry_id.startswith(_PROBE):
                out.rules = [*out.rules, cand.cue.entry_id]
            return out
        return wrapper

    Attributor._source, Attributor._continued = staticmethod(tagged(source)), staticmethod(tagged(continued))  # type: ignore[method-assign,assignment]
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    try:
        for txt, ann in pairs:
            text = txt.read_text(encoding="utf-8")
            report = evaluate.audit_file(auditor, txt)
            frags = [f for frs, _ in evaluate.read_ann(ann) for f in frs]
            for claim in report.claims:
                cpos = text.find(claim.text)
                for src in [claim.source, *claim.also]:
                    probe_id = next((r for r in src.rules if r.startswith(_PROBE)), None)
                    if probe_id is None or src.start is None or cpos == -1:
                        continue
                    start = cpos + src.start - claim.start
                    end = start + src.end - src.start
                    stats[probe_id][0] += 1
                    stats[probe_id][1] += any(start < b and a < end for a, b in frags)
    finally:
        Attributor._source, Attributor._continued = staticmethod(source), staticmethod(continued)  # type: ignore[method-assign,assignment]
    return {t: tuple(stats[f"{_PROBE}{i}"]) for i, t in enumerate(candidate_terms)}  # type: ignore[misc]


def write(entries: list[tuple[str, str, str, list[tuple[str, int, int]]]], min_precision: float,
          min_articles: int) -> None:
    """rules/en/learned.yaml: one entry per family, each term with the figures that kept it."""
    lines = [f"# Written by bench/learn_cues.py from PolNeAR's train split (research use): cue words its\n"
             f"# annotators marked in at least {min_articles} articles whose holders, as provenance finds them,\n"
             f"# were PolNeAR sources at least {min_precision:.0%} of the time. Edit or delete freely; rerun to relearn.\n"
             f"# Each term: holders found, of which sources, on the train split.\n", "lexicons:\n"]
    for entry_id, family, description, kept in entries:
        lines += [f"  - id: {entry_id}\n", f"    family: {family}\n", f"    description: {description}\n",
                  "    terms:\n"]
        lines += [f"      - {yaml.safe_dump(t, allow_unicode=True).strip().removesuffix('...').strip()}  # {n} / {tp}\n"
                  for t, n, tp in kept]
    LEARNED.write_text("".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-precision", type=float, default=0.7)
    parser.add_argument("--min-articles", type=int, default=2)
    parser.add_argument("--min-sources", type=int, default=2, help="holders that are sources, at least")
    parser.add_argument("--dry-run", action="store_true", help="print the kept terms, write nothing")
    args = parser.parse_args()
    pairs = evaluate.polnear_files(False, train=True)
    with tempfile.TemporaryDirectory() as tmp:  # the shipped rules without the learned cues
        rules_dir = Path(tmp) / "rules"
        shutil.copytree(DEFAULT_RULES_DIR, rules_dir)
        (rules_dir / "en" / LEARNED.name).unlink(missing_ok=True)
        rules = load_rules(rules_dir)
        known = rules.lexicon(*SPEECH_FAMILIES, "stance", "opinion", "according",
                              "relay", "participle", "stance_noun")
        terms = candidates(gold_cues(pairs), args.min_articles, known, rules.terms("function_word"))

        def keep(stats: dict[str, tuple[int, int]]) -> list[tuple[str, int, int]]:
            return sorted((t, n, tp) for t, (n, tp) in stats.items()
                          if n and tp >= args.min_sources and tp / n >= args.min_precision)

        verbs = keep(probe(rules_dir, terms, pairs, "stance"))
        taken = {t for t, *_ in verbs}
        nouns = keep(probe(rules_dir, [t for t in terms if t not in taken], pairs, "stance_noun"))
    for what, kept in (("verbs", verbs), ("nouns", nouns)):
        print(f"{len(terms)} candidate cues, {len(kept)} kept as {what} "
              f"({sum(tp for *_, tp in kept)} sources among {sum(n for _, n, _ in kept)} holders)")
        if args.dry_run:
            for t, n, tp in sorted(kept, key=lambda k: -k[2]):
                print(f"  {t!r}: {tp}/{n}")
    if args.dry_run:
        return
    write([(ENTRY_ID, "stance", "stance and attribution predicates learned from PolNeAR's train split "
                                "(bench/learn_cues.py); the holder is the subject", verbs),
           (ENTRY_ID + "_noun", "stance_noun", "stance nouns learned from PolNeAR's train split "
                                              "(bench/learn_cues.py); the holder is the possessor", nouns)],
          args.min_precision, args.min_articles)
    print(f"wrote {LEARNED.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
