"""Arabic sources of the ninth tuned batch's classes (lang/ar_subjects.py, lang/ar_sources.py, rules/ar): each case
comes from the tuning pools (../shared/data/arabic-pool and arabic-saudi; the file is named beside it)."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(auditor):
    return lambda text: auditor.audit(Document(name="t", text=text))


@pytest.mark.parametrize("text, source", [
    # arabic-pool/alarabia_AL-internationalNews-1710-20180620
    ("وقال ممثلو الادعاء الأسبوع الماضي، إن التحقيقات الأولية لم تكشف عن أي مؤشر على وجود خطة محددة لهجوم إرهابي.",
     "ممثلو الادعاء"),
    # arabic-pool/bbc_BB-internationalNews-40-20180219
    ("ونفى هورميرن الأسبوع الماضي دفعه أموالا لعاهرات مقابل الجنس.", "هورميرن"),
])
def test_a_time_phrase_after_the_subject_is_no_part_of_the_source(audit, text, source):
    claim = audit(text).claims[0]
    assert (claim.source.text or claim.source.name) == source
