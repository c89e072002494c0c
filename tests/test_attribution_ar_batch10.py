"""Arabic sources of the tenth tuned batch's classes (rules/ar/closed.yaml, rules/intelligence.yaml, rules/ar/sources.yaml):
each case comes from the tuning pools (../shared/data/arabic-pool and arabic-saudi; the file is named beside it)."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(auditor):
    return lambda text: auditor.audit(Document(name="t", text=text))


@pytest.mark.parametrize("text, word", [
    # arabic-pool/bbc_BB-internationalNews-540-20180521: "came", not a speaker before the verb طلب
    ('وجاء طلب ترامب الأحد في سلسلة من التغريدات ندد فيها بما سماه بـ"المطاردة".', "جاء"),
    # arabic-pool/cnn_CN-middleEast-703-20180423
    ("وتصدت الدفاعات الجوية السعودية له، حسبما جاء في تصريحات للتحالف.", "جاء"),
    # arabic-pool/bbc_BB-middleEast-841-20180807: "about you", a preposition with its pronoun
    ("هل تتذكرين ماذا كان يقول عنك الشباب؟", "عنك"),
])
def test_a_verb_of_coming_or_a_preposition_with_its_pronoun_is_no_name(audit, text, word):
    for claim in audit(text).claims:
        assert word not in (claim.source.name or ""), claim.source
        assert not (claim.source.type == "named_person" and word in (claim.source.text or "")), claim.source
