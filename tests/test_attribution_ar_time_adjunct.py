"""Adjuncts of time end an Arabic subject after its verb (closed.ar.time_adjunct, read by the forward walk of
lang/ar_subjects.py). Each case comes from the tuning pools (../shared/data; the file is named beside it)."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(auditor):
    return lambda text: auditor.audit(Document(name="t", text=text))


@pytest.mark.parametrize("text, span", [
    # arabic-pool/france24_FR-internationalNews-1505-20180529
    ('ولم يعلق النادي الإنكليزي حتى مساء الاثنين على المعلومات التي أوردها الاتحاد المصري في بيان.',
     "النادي الإنكليزي"),
    # arabic-pool/france24_FR-internationalNews-717-20180413
    ('وقالت ساره دانيوس الأمينة الدائمة المستقيلة في ختام اجتماع للحكماء "مغادرتي منصبي كأمينة دائمة".',
     "ساره دانيوس الأمينة الدائمة المستقيلة"),
    ("وفي الشق القضائي، أعلنت النيابة العامة في ستوكهولم في منتصف آذار/مارس أن جزءا من التحقيق انتهى.",
     "النيابة العامة في ستوكهولم"),
    # arabic-saudi/aljazirah_2015-07-22_082
    ("ويتهم حلفاء تركيا منذ أشهر أنقرة بأنها لا تبذل جهودًا كافية لمكافحة تنظيم داعش.", "حلفاء تركيا"),
])
def test_a_time_adjunct_ends_the_subject_after_its_verb(audit, text, span):
    # closed.ar.time_adjunct: "حتى"، "منذ"، "في نهاية ..." say when, after the subject; none is part of it
    assert audit(text).claims[0].source.text == span
