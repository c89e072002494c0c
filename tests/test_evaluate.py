"""bench/evaluate.py places each claim and each labelled sentence where it stands, not where its text first occurs."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import evaluate  # noqa: E402

# A short claim said twice: both annotated, each at its own place (PolNeAR repeats '"...?" Trump said.').
TEXT = ("Questions in Iowa.\n\n"
        "Trump spoke to reporters in Iowa on Monday morning. “Why not?” Trump said. "
        "The crowd in the hall was larger than the one at his last stop. “Why not?” Trump said.\n")


def _ann(text: str) -> str:
    rows = []
    for n, pos in enumerate(i for i in range(len(text)) if text.startswith("Trump said", i)):
        rows += [f"T{3 * n + 1}\tSource {pos} {pos + 5}\tTrump", f"T{3 * n + 2}\tCue {pos + 6} {pos + 10}\tsaid",
                 f"E{n + 1}\tAttribution:T{3 * n + 2} Cue:T{3 * n + 2} Source:T{3 * n + 1}"]
    return "\n".join(rows) + "\n"


def test_a_repeated_claim_is_scored_at_its_own_place(auditor, tmp_path):
    txt, ann = tmp_path / "repeat.txt", tmp_path / "repeat.ann"
    txt.write_text(TEXT, encoding="utf-8")
    ann.write_text(_ann(TEXT), encoding="utf-8")
    spans = evaluate.polnear_spans(auditor, pairs=[(txt, ann)])
    assert spans["gold"] == 2
    assert spans["recall"] == 1.0 and spans["precision"] == 1.0


def test_a_repeated_labelled_sentence_is_matched_to_its_own_claim(auditor, tmp_path):
    txt = tmp_path / "repeat.txt"
    txt.write_text(TEXT, encoding="utf-8")
    report = evaluate.audit_file(auditor, txt)
    labels = [{"text": "“Why not?” Trump said.", "type": "named_person"}] * 2
    claims = [claim for _, claim in evaluate.align(report, labels)]
    assert all(not isinstance(c, str) for c in claims)
    assert claims[0].start < claims[1].start


def test_a_labelled_sentence_with_a_copied_right_to_left_mark_is_scored(auditor, tmp_path):
    # tests/devset/arabic-tuned/sabq_2015-08-06_038: the line opens with U+200F U+202B, which the body drops; the
    # labeller copied them into the sentence, which is still in the body: it is scored, not counted lost
    body = "حاتم العميري - سبق - مكة المكرمة: أدان وزير الخارجية الجريمة."
    txt = tmp_path / "rtl.txt"
    txt.write_text("\u200f\u202b" + body + "\n", encoding="utf-8")
    report = evaluate.audit_file(auditor, txt)
    [(_, claim)] = evaluate.align(report, [{"text": "\u200f\u202b" + body, "type": "named_official"}])
    assert not isinstance(claim, str) and claim.source.type == "named_official"


def test_a_label_of_invisible_marks_alone_does_not_stop_the_evaluation():
    assert evaluate._as_body("\u200f ") == evaluate._as_body("") == ""


def test_the_miss_lister_places_a_repeated_claim_as_the_evaluator_does(auditor, tmp_path):
    # bench/polnear_misses.py lists the misses the evaluator counts: the second '“Why not?” Trump said.' is
    # found at its own place, not reported missed (nor its span extra at the first one)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import polnear_misses  # noqa: E402
    txt, ann = tmp_path / "repeat.txt", tmp_path / "repeat.ann"
    txt.write_text(TEXT, encoding="utf-8")
    ann.write_text(_ann(TEXT), encoding="utf-8")
    rows = list(polnear_misses.errors(auditor, pairs=[(txt, ann)]))
    assert [r[0] for r in rows].count("found") == 2
    assert not [r for r in rows if r[0] in ("missed", "extra")]
