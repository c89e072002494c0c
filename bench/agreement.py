"""How far two annotators agree on source types: the ceiling any rule set can be measured against.

tests/devset/english-agreement and tests/devset/arabic-agreement hold a second, blind labelling of articles already
in tests/devset/english and tests/devset/arabic-tuned (by an annotator who saw neither the tool's output nor the
first labels). Sentences are paired by their text
(whitespace aside; a sentence one annotator split is paired with the other's sentence that holds it), and
the share of paired sentences given the same source type is printed with the disagreements by pair of types.
Run: python bench/agreement.py [--language ar] [--json]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "devset"
# (first labels, second labels) by language
LABELLINGS = {"en": (DEVSET / "english", DEVSET / "english-agreement"),
              "ar": (DEVSET / "arabic-tuned", DEVSET / "arabic-agreement")}
FIRST, SECOND = LABELLINGS["en"]


def _plain(text: str) -> str:
    return " ".join(text.split())


def pair_sentences(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]]:
    """(first, second) labels of the same sentence: equal text, else the first sentence that holds the other."""
    texts = [(_plain(s["text"]), s) for s in first]
    pairs = []
    for label in second:
        text = _plain(label["text"])
        match = next((s for t, s in texts if t == text), None) or next(
            (s for t, s in texts if text in t or t in text), None)
        if match is not None:
            pairs.append((match, label))
    return pairs


def agreement(first_dir: Path = FIRST, second_dir: Path = SECOND) -> dict:
    """Per article and overall: sentences paired, same type, and the type pairs that differ."""
    articles, differ = [], Counter()
    for path in sorted(second_dir.glob("*.gold.json")):
        second = json.loads(path.read_text(encoding="utf-8"))["sentences"]
        first = json.loads((first_dir / path.name).read_text(encoding="utf-8"))["sentences"]
        pairs = pair_sentences(first, second)
        same = sum(a["type"] == b["type"] for a, b in pairs)
        differ.update(f"{a['type']} / {b['type']}" for a, b in pairs if a["type"] != b["type"])
        articles.append({"article": path.name.removesuffix(".gold.json"), "paired": len(pairs), "same": same,
                         "sentences": [len(first), len(second)]})
    paired = sum(a["paired"] for a in articles)
    same = sum(a["same"] for a in articles)
    return {"articles": articles, "paired": paired, "same": same, "agreement": same / paired if paired else 0.0,
            "differ": dict(differ.most_common())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=sorted(LABELLINGS), default="en", help="which labellings to pair")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    result = agreement(*LABELLINGS[args.language])
    if args.json:
        print(json.dumps(result, indent=1))
        return
    for a in result["articles"]:
        print(f"{a['article']}: {a['same']}/{a['paired']}")
    print(f"source types agree on {result['same']}/{result['paired']} = {result['agreement']:.3f}")
    for pair, n in result["differ"].items():
        print(f"  {n}  first / second: {pair}")


if __name__ == "__main__":
    main()
