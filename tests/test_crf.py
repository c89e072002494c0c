"""bench/train_crf.py, the CRF experiment of issue 15 (it did not beat the rules, so the engine does not use
it): labels follow the annotators, training is repeatable byte for byte, and what it learns from PolNeAR's
train articles in tests/devset finds a post-posed speaker with no help from the rules. No dev data."""
from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

import pytest

pycrfsuite = pytest.importorskip("pycrfsuite")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import evaluate  # noqa: E402
import train_crf  # noqa: E402

SETTINGS = Namespace(c1=0.1, c2=0.01, iterations=40, minfreq=2)


@pytest.fixture(scope="module")
def model(auditor, tmp_path_factory) -> Path:
    """A model trained on the 40 PolNeAR train articles of tests/devset/english/polnear."""
    data = train_crf.sequences(auditor, evaluate.polnear_files(held_out=False))
    path = tmp_path_factory.mktemp("crf") / "a.crfsuite"
    train_crf.train([s for seqs in data.values() for s in seqs], path, SETTINGS)
    return path


def test_labels_follow_the_annotated_sources():
    tokens = [(0, 3), (4, 9), (10, 14), (14, 15), (16, 18), (19, 23)]  # "Mr. Smith said , he said"
    assert train_crf.labels(tokens, [[(0, 9)], [(16, 18)]]) == ["B", "I", "O", "O", "B", "O"]
    assert train_crf.spans_of(["B", "I", "O", "O", "B", "O"]) == [(0, 2), (4, 5)]


def test_training_is_deterministic(auditor, model, tmp_path):
    data = train_crf.sequences(auditor, evaluate.polnear_files(held_out=False))
    again = tmp_path / "b.crfsuite"
    train_crf.train([s for seqs in data.values() for s in seqs], again, SETTINGS)
    assert again.read_bytes() == model.read_bytes()


def test_a_post_posed_he_said_gets_its_source(auditor, model):
    sentence = "“There are no excuses,” he said."  # a sentence of a train article in tests/devset
    tokens, feats = train_crf.Features(auditor).of(sentence, [])  # no rule span to lean on
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    found = [sentence[tokens[i][0]:tokens[j - 1][1]] for i, j in train_crf.spans_of(tagger.tag(feats))]
    assert found == ["he"]
