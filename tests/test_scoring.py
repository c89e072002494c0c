"""A claim scores as its weakest link; reasons explain the number; the ladder is data."""
import shutil

import yaml

from provenance import Auditor
from provenance.models import Document
from provenance.rules import DEFAULT_RULES_DIR


def test_a_user_can_change_the_ladder_without_python(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    scores = yaml.safe_load((rules / "scores.yaml").read_text())
    for step in scores["ladder"]:
        if step["type"] == "state_media":
            step["score"] = 0.8
    (rules / "scores.yaml").write_text(yaml.safe_dump(scores, allow_unicode=True))
    text = "ذكرت وكالة الأنباء المركزية الكورية أن التجربة نجحت."
    default = Auditor().audit(Document(name="t", text=text)).claims[0]
    changed = Auditor(rules).audit(Document(name="t", text=text)).claims[0]
    assert default.score == 0.2 and changed.score == 0.8
    assert changed.grade == "B"


def test_article_score_and_weakest_claims(auditor):
    report = auditor.audit(Document(name="t", text="وقال لافروف إن روسيا ممتنة. وصل الوفد إلى موسكو."))
    assert report.score.article == 0.5
    assert report.score.weakest == ["c2"]
    assert report.score.by_type == {"named_official": 1, "unattributed": 1}


def test_a_claim_names_its_weakest_link(tmp_path, auditor):
    """Kim speaks through state media: the relay, not the speaker, sets the score; with the ladder
    turned round, the speaker does."""
    text = "ذكرت وسائل إعلام رسمية في كوريا الشمالية أن الزعيم كيم جونج أون أبلغ لافروف بأن بلاده ستدعم روسيا."
    claim = auditor.audit(Document(name="t", text=text)).claims[0]
    assert (claim.source.type, [v.type for v in claim.via]) == ("named_official", ["state_media"])
    assert claim.weakest_link == "state_media" and "ladder.state_media" in claim.reasons
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    scores = yaml.safe_load((rules / "scores.yaml").read_text())
    for step in scores["ladder"]:
        step["score"] = {"state_media": 1.0, "named_official": 0.2}.get(step["type"], step["score"])
    (rules / "scores.yaml").write_text(yaml.safe_dump(scores, allow_unicode=True))
    assert Auditor(rules).audit(Document(name="t", text=text)).claims[0].weakest_link == "named_official"


def test_the_article_mean_is_the_exact_mean_correctly_rounded():
    """The article's mean is statistics.mean's, to the last bit (its rounding to 3 places may hang on it),
    without its Fraction arithmetic."""
    import random
    import statistics

    from provenance.scoring import exact_mean

    rng = random.Random(14)
    cases = [[0.1, 0.2, 0.3], [0.35] * 7, [1e-300, 1.0, 1e300], [0.0], [1.0, 0.0005, 0.0005]]
    cases += [[round(rng.random(), rng.choice((1, 2, 3, 17))) for _ in range(rng.randint(1, 40))] for _ in range(2000)]
    for values in cases:
        assert exact_mean(values) == statistics.mean(values), values
