"""Arabic sentences whose speaker the tool did not find: classes read on the tuning pools (../shared/data; each case
names the file it comes from)."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(auditor):
    return lambda text: auditor.audit(Document(name="t", text=text))


@pytest.mark.parametrize("text, type_, source", [
    # arabic-pool/france24_FR-internationalNews-2526-20180730: a count issued by a body
    ('كانت قد أخمدت بنسبة 60% بحسب حصيلة أصدرتها هيئة الإطفاء في كاليفورنيا عند الساعة 14,00 بتوقيت غرينيتش الجمعة.',
     "document", "حصيلة أصدرتها هيئة الإطفاء في كاليفورنيا"),
    ("وبحسب آخر حصيلة متوافرة، تضاعف حجم الحريق تقريبا بين مساء الخميس وصباح الجمعة.", "document", "آخر حصيلة متوافرة"),
    # arabic-pool/france24_FR-internationalNews-2678-20180812: what people witnessed is theirs, unnamed
    ('وبحسب شهادات عدة، اكتشفت السلطات "أدلة ملموسة" في المكان.', "anonymous", "شهادات عدة"),
    # arabic-pool/france24_FR-internationalNews-800-20180419: a record
    ("ويفترض ألا يتجاوز المبلغ الـ75 ألف دولار، بحسب المستند.", "document", "المستند"),
    # arabic-saudi/alwatan_2015-07-22_059: rules
    ("وبحسب اللوائح، فان آخر موعد لتقديم طلبات الترشيح سيكون في 26 أكتوبر.", "document", "اللوائح"),
])
def test_an_according_phrase_headed_by_a_record_or_testimony(audit, text, type_, source):
    # ar.class.according_document / ar.class.according_people: "بحسب" + a noun of counts, records, texts or
    # testimony that no lexicon types still names the sentence's source (attr.according.head)
    claim = audit(text).claims[0]
    assert (claim.source.type, claim.source.text) == (type_, source)
    assert "attr.according.head" in claim.source.rules


@pytest.mark.parametrize("text", [
    "وبحسب رغبة الأهالي، تم تأجيل الحفل إلى الأسبوع المقبل.",  # a wish is no record
    "وحسب الخطة، سيبدأ العمل في المشروع الشهر المقبل.",
])
def test_an_according_phrase_of_no_record_names_no_source(audit, text):
    assert audit(text).claims[0].source.type == "unattributed"
