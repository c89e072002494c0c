"""Arabic sources of the eleventh and twelfth tuned batches' classes (rules/ar/titles.yaml, rules/ar/verbs.yaml):
each case comes from the tuning pools (../shared/data/arabic-pool and arabic-saudi; the file is named beside it)."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(auditor):
    return lambda text: auditor.audit(Document(name="t", text=text))


@pytest.mark.parametrize("text, source", [
    # arabic-pool/skynews_SK-internationalNews-3393-20181010
    ("كما قال زعماء الحزب الشيوعي إنهم سيلزمون مسؤولي الحكومة وأعضاء الحزب باعتناق الفكر الماركسي اللينيني.",
     "زعماء الحزب الشيوعي"),
    # arabic-pool/skynews_SK-internationalNews-2015-20180607
    ("وعارض النواب الجمهوريون والديمقراطيون على حد سواء هذه المقترحات، محذرين من أنه إذا لم تكن إيران على استعداد "
     "لتقديم المزيد من التنازلات، فإنه لا ينبغي للولايات المتحدة أن تقدم المزيد.", "النواب الجمهوريون"),
    # arabic-pool/alarabia_AL-internationalNews-1780-20180627
    ('وأقرّ الوزراء الأوروبيون بأن تركيا تظل "شريكا أساسيا" للاتحاد الأوروبي في ملفات عدة.', "الوزراء الأوروبيون"),
])
def test_offices_in_the_plural_without_names_are_unnamed_officials(audit, text, source):
    # LABELLING: unnamed officials are anonymous_official; named_official needs a named person
    claim = audit(text).claims[0]
    assert source in (claim.source.text or "")
    assert claim.source.type == "anonymous_official"
    assert claim.source.name is None


@pytest.mark.parametrize("text, name", [
    # one holder of the same offices stays an office: arabic-pool/cnn_CN-middleEast-77-20180223
    ("أكد نائب رئيس الوزراء التركي هاكان جاويش أوغلو أن بلاده تسعى للتعاون مع السودان.", "هاكان جاويش أوغلو"),
    # arabic-pool/alarabia_AL-internationalNews-1845-20180707
    ("وقال زعيم الحزب الديمقراطي الحر، كريستيان ليندنر، إن الاتفاق ضعيف.", "كريستيان ليندنر"),
])
def test_one_office_holder_is_still_a_named_official(audit, text, name):
    claim = audit(text).claims[0]
    assert claim.source.type == "named_official"
    assert claim.source.name == name


@pytest.mark.parametrize("text, source, kind", [
    # announcing a death is a speech act of its subject: arabic-pool/alarabia_AL-internationalNews-813-20180405
    ('وفي السياق، نعت ميليشيا الحوثي، الخميس، مصرع القيادي البارز في صفوفها العقيد حمدي يحيى المشراقي المكنى "أبو ليث".',
     "ميليشيا الحوثي", "named_organization"),
    # describing as: arabic-pool/alarabia_AL-internationalNews-1073-20180508
    ('ونعت الرئيس الأميركي دونالد ترمب الاتفاق النووي بـ"الكارثي".', "الرئيس الأميركي", "named_official"),
])
def test_announcing_a_death_or_describing_as_is_said_by_its_subject(audit, text, source, kind):
    claim = audit(text).claims[0]
    assert source in (claim.source.text or "")
    assert claim.source.type == kind
