"""Arabic spans typed (provenance/attribution/lang/ar_sources.py, asked by SourceTyper), by class of
sentence: each case comes from the tuning pools (../shared/data/arabic-pool and arabic-saudi; the file is
named beside it)."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(auditor):
    return lambda text: auditor.audit(Document(name="t", text=text))


@pytest.mark.parametrize("text, surname", [
    # arabic-saudi/alweeam_2015-07-31_073: a kunya whose second word is also a title (طالب, student)
    ("أوضح مدير إدارة الحج والعمرة بمنطقة مكة المكرمة الدكتور موفق محمد أبو طالب أن مديري المواقع الصحية "
     "باشروا أعمالهم. وأفاد أبو طالب أن الإدارة شددت على ضرورة التأكد من الجاهزية.", "أبو طالب"),
    # arabic-saudi/alweeam_2015-08-09_034
    ("من جانبه أشار مدير المشاريع الرأسمالية بشركة المياه الوطنية بمدينة الطائف المهندس محمد الربيعي إلى أن "
     "الشركة تعمل. وأكد الربيعي حرص شركة المياه الوطنية على تقديم خدماتها.", "الربيعي"),
    ("بدوره كشف المشرف على تنفيذ توسعة المحطة المهندس سلطان الخديدي أن عملية المعالجة تمر بأربع مراحل. "
     "وأضاف الخديدي أنه تم تنفيذ المشروع طبقاً للمواصفات الفنية العالية.", "الخديدي"),
])
def test_the_holder_named_after_an_office_its_body_and_an_honorific_is_an_official_later(audit, text, surname):
    later = audit(text).claims[1]
    assert later.source.type == "named_official"
    assert later.source.name is not None and later.source.name.endswith(surname)


def test_a_title_inside_a_name_is_not_its_title(audit):
    # arabic-saudi/alweeam_2015-07-31_073 (the kunya alone): "طالب" is part of the name, not "a student"
    claim = audit("وأفاد أبو طالب أن الإدارة شددت على ضرورة التأكد من الجاهزية.").claims[0]
    assert claim.source.name == "أبو طالب"
    assert "title.ar.person" not in claim.reasons


@pytest.mark.parametrize("text, holder", [
    # arabic-pool/france24_FR-internationalNews-2776-20180818
    ("وقالت الناطقة باسم وزارة الخارجية الأمريكية هيذر نويرت إن الوزير سمح بتغيير وجهة الأموال. "
     "قالت الناطقة باسم وزارة الخارجية الأمريكية إن تعليق هذه الأموال لا يعني تراجعا.", "هيذر نويرت"),
    # arabic-pool/cnn_CN-middleEast-1209-20180814
    ("وقال المتحدث باسم الرئاسة المصرية بسام راضي إنه جرى خلال اللقاء التشاور. "
     "وذكر المتحدث باسم الرئاسة المصرية أن اللواء عباس كامل كان حاضرا في اللقاء.", "بسام راضي"),
])
def test_a_spokesperson_named_earlier_is_that_person_when_unnamed_later(audit, text, holder):
    later = audit(text).claims[1]
    assert later.source.type == "named_official" and later.source.name == holder
    assert "src.office_holder" in later.reasons


def test_an_unnamed_spokesperson_never_named_speaks_for_the_body(audit):
    # arabic-pool/cnn_CN-middleEast-1209-20180814, without the earlier mention
    claim = audit("وذكر المتحدث باسم الرئاسة المصرية أن اللواء عباس كامل كان حاضرا في اللقاء.").claims[0]
    assert claim.source.type == "named_organization"


@pytest.mark.parametrize("sentence", [
    # arabic-saudi/aleqtisadiya_2015-08-06_016 (three times), and "تبادلت الدولتان"، "رفض الجانبان" in the pool:
    # the two parties to a visit or an agreement, named in the dual, speak as such
    "وأكد البلدان أهمية العمل المشترك في مكافحة الإرهاب والتنظيمات الإرهابية.",
    "وقد أكد الجانبان أهمية وحدة العراق وأمنه وضرورة إشراك كافة مكونات شعبه في العملية السياسية.",
    "وأكد الطرفان أهمية التقدم في العملية السلمية على أساس المبادرة العربية للسلام.",
])
def test_the_two_parties_named_in_the_dual_speak_as_bodies(audit, sentence):
    source = audit("عنوان\n\n" + sentence).claims[0].source
    assert source.type == "named_organization" and "src.org.ar" in source.rules


@pytest.mark.parametrize("sentence", [
    # arabic-saudi/aleqtisadiya_2015-08-06_016: "مشترك صدر" was taken for a person's name, graded A
    "جاء ذلك في بيان مشترك صدر أمس بمناسبة زيارة الأمير محمد بن سلمان بن عبدالعزيز للأردن.",
    # arabic-pool/alarabia_AL-internationalNews-1780-20180627: "مقتضب" likewise
    "ما أثار المخاوف في بروكسل التي هنأته على فوزه في بيان مقتضب.",
])
def test_the_manner_of_a_statement_is_never_its_speaker(audit, sentence):
    source = audit("عنوان\n\n" + sentence).claims[0].source
    assert source.type != "named_person" and "src.name" not in source.rules
