"""Arabic sources of the ninth tuned batch's classes (lang/ar_subjects.py, lang/ar_sources.py, rules/ar): each case
comes from the tuning pools (../shared/data/arabic-pool and arabic-saudi; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, source", [
    # arabic-pool/alarabia_AL-internationalNews-1710-20180620
    ("وقال ممثلو الادعاء الأسبوع الماضي، إن التحقيقات الأولية لم تكشف عن أي مؤشر على وجود خطة محددة لهجوم إرهابي.",
     "ممثلو الادعاء"),
    # arabic-pool/bbc_BB-internationalNews-40-20180219 (introduced before)
    ("وكان مدير عمليات المنظمة في هاييتي رونالد فان هورميرن قد استقال. ونفى هورميرن الأسبوع الماضي دفعه أموالا لعاهرات مقابل الجنس.", "هورميرن"),
])
def test_a_time_phrase_after_the_subject_is_no_part_of_the_source(audit, text, source):
    claim = audit(text).claims[-1]
    assert (claim.source.text or claim.source.name) == source


@pytest.mark.parametrize("text", [
    # arabic-pool/bbc_BB-middleEast-372-20180419
    "وقال قائد ميداني في قوات سوريا الديمقراطية، المدعومة من الولايات المتحدة، لفرانس برس، إن محمد حيدر زمّار معتقل.",
])
def test_an_office_with_an_adjective_of_its_field_and_no_name_is_an_unnamed_official(audit, text):
    # LABELLING: "مسؤول أوكراني", "ضابط في الجيش" are anonymous_official; the adjective is no name
    claim = audit(text).claims[0]
    assert claim.source.type == "anonymous_official"
    assert claim.source.name is None


@pytest.mark.parametrize("text, name", [
    # arabic-saudi/was_2015-08-10_091: a construct with a definite complement names its holder
    ("وأوضح رئيس بلدية الهفوف الدكتور قاسم الهزوم، أن الحملات الرقابية مستمرة.", "قاسم الهزوم"),
])
def test_an_office_in_a_construct_keeps_its_holder(audit, text, name):
    claim = audit(text).claims[0]
    assert claim.source.type == "named_official" and claim.source.name == name


@pytest.mark.parametrize("text, kind", [
    # arabic-pool/alarabia_AL-internationalNews-1710-20180620
    ("وقال هانز جورج ماسن، رئيس وكالة الاستخبارات الداخلية الألمانية، إن المشتبه به كان يخطط لهجوم. "
     "ولم يحدد الهدف المحتمل للمهاجم المشتبه به.", "named_official"),
    # arabic-pool/skynews_SK-internationalNews-2154-20180615
    ("وذكر المسؤول أن كوريا الشمالية والولايات المتحدة بحثتا أيضا قبل قمة الثلاثاء هدف تحقيق نزع السلاح النووي. "
     "ولم يذكر تفاصيل أخرى.", "anonymous_official"),
])
def test_a_negated_verb_of_specifying_without_a_subject_continues_the_speaker(audit, text, kind):
    said, unsaid = audit(text).claims
    assert said.source.type == unsaid.source.type == kind
    assert unsaid.source.text == said.source.text
