"""bench/agreement.py: two blind labellings of the same articles, paired sentence by sentence."""
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import agreement  # noqa: E402


def test_a_sentence_split_by_one_annotator_pairs_with_the_other_s_whole_sentence():
    first = [{"text": "He said  it rained. Then it stopped.", "type": "named_official"}]
    second = [{"text": "He said it rained.", "type": "named_official"}, {"text": "Unrelated.", "type": "unattributed"}]
    assert agreement.pair_sentences(first, second) == [(first[0], second[0])]


@pytest.mark.parametrize("language,articles", [("en", 5), ("ar", 6)])
def test_every_relabelled_article_is_paired_with_its_first_labels(language, articles):
    first, second = agreement.LABELLINGS[language]
    result = agreement.agreement(first, second)
    assert len(result["articles"]) == len(list(second.glob("*.gold.json"))) == articles
    for article in result["articles"]:
        relabelled = json.loads((second / f"{article['article']}.gold.json").read_text(encoding="utf-8"))
        assert relabelled["language"] == language
        text = (second / relabelled["file"]).read_text(encoding="utf-8")
        assert all(s["text"] in text for s in relabelled["sentences"])
        assert article["paired"] >= 0.85 * len(relabelled["sentences"])  # the two labellings split alike


def test_the_differing_pairs_add_up_to_the_disagreements(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = {"sentences": [{"text": "X said so.", "type": "named_person"}, {"text": "It rained.", "type": "unattributed"}]}
    second = {"sentences": [{"text": "X said so.", "type": "named_official"}, {"text": "It rained.", "type": "unattributed"}]}
    (tmp_path / "a" / "one.gold.json").write_text(json.dumps(first))
    (tmp_path / "b" / "one.gold.json").write_text(json.dumps(second))
    result = agreement.agreement(tmp_path / "a", tmp_path / "b")
    assert (result["paired"], result["same"], result["differ"]) == (2, 1, {"named_person / named_official": 1})
