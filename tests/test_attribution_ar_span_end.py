"""Where an Arabic source's text ends (session 43, branch ar-span): ب before a verbal noun or a demonstrative opens
the verb's complement (closed.ar.verb_complement, lang/ar_subjects.py object_cut), and a comma that closes a
subject is no word of it (ArabicSubjects.subject). Each case comes from the tuning pools (../shared/data; the
file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, span, kind", [
    # arabic-pool/bbc_BB-internationalNews-102-20180220: انفعال
    ("وأفادت تقارير بانضمام هذه الفصائل إلى تنظيم الدولة الإسلامية الشهر الماضي.", "تقارير", "media"),
    # arabic-pool/bbc_BB-internationalNews-78: استفالة, a hollow root
    ("وأفادت تقارير باستقالة أعضاء آخرين في الاتحاد.", "تقارير", "media"),
    # arabic-pool/skynews_SK-internationalNews (طالب الادعاء العام بإصدار حكم): إفعال
    ("طالب الادعاء العام بإصدار حكم بالسجن مدة 30 عاما بحق الرئيسة السابقة.", "الادعاء العام", None),
    # arabic-pool/france24_FR-internationalNews (نددت الأكاديمية بهذه الفتوى): a demonstrative
    ("وقد نددت الأكاديمية بهذه الفتوى لكن بعد 27 عاما على إصدارها.", "الأكاديمية", None),
    # arabic-pool/bbc_BB-middleEast-1034-20180924: a demonstrative after a name met before
    ("وقال وزير الأمن الإيراني محمود علوي إن المهاجمين عبروا الحدود. وأدلى علوي بهذه التصريحات أثناء مشاركته في"
     " جنازة لضحايا الهجوم.", "علوي", None),
])
def test_a_verbal_noun_after_ba_is_the_verbs_complement(audit, text, span, kind):
    # closed.ar.verb_complement: what ب opens after the subject is what was reported, condemned or demanded
    source = audit(text).claims[-1].source
    assert source.text == span
    if kind is not None:
        assert source.type == kind


@pytest.mark.parametrize("text, span", [
    # arabic-saudi/aawsat_2015-08-02_041: a title's complement after ب, a body a lexicon knows (اتحاد has the
    # shape of افتعال)
    ("وقال السكرتير العام بالاتحاد الكويتي سهو السهو إن الفريق جاهز.", "السكرتير العام بالاتحاد الكويتي سهو السهو"),
    # arabic-saudi/aleqtisadiya_2015-07-22_029: after a given name, a word of the shape is the family name
    ("من جهته، قال محمد باريان، صاحب محل ذهب، إن قطاع الذهب لم يعد آمنا.", "محمد باريان"),
    # arabic-pool (المتحدث باسم الكرملين): باسم is no verbal noun
    ("وقال المتحدث باسم الكرملين إن الرئيس سيحضر القمة.", "المتحدث باسم الكرملين"),
])
def test_ba_before_a_body_or_in_a_name_stays_in_the_subject(audit, text, span):
    # the wrong reading avoided: a word a lexicon names, a family name or باسم after ب is the subject's own
    assert audit(text).claims[0].source.text.startswith(span)


@pytest.mark.parametrize("text, span", [
    # arabic-pool/bbc_BB-internationalNews-328-20180412
    ('وكان الرئيس الأمريكي، قد قال الأربعاء، إن الصواريخ "آتية".', "الرئيس الأمريكي"),
    # arabic-pool/bbc_BB-middleEast-171-20180310
    ("وكان الرئيس التونسي، باجي قائد السبسي، قد عبر عن دعمه لمطلب المساواة.", "الرئيس التونسي، باجي قائد السبسي"),
    # arabic-pool/alarabia_AL-internationalNews-741-20180401
    ("وكان وزير المخابرات الإسرائيلي، إسرائيل كاتس، قد صرح في 21 آذار/مارس الماضي، أن القصف رسالة إلى إيران.",
     "وزير المخابرات الإسرائيلي، إسرائيل كاتس"),
])
def test_the_comma_closing_a_subject_is_no_part_of_it(audit, text, span):
    assert audit(text).claims[0].source.text == span
