"""Arabic source types by class, from the errors of the sixteen articles labelled blind and added to
tests/devset/arabic-tuned in session 23 (/work/labels/arabic-tuned8): each case is a real sentence of the
pools (../shared/data/arabic-pool, arabic-saudi; the file is named beside it)."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(audit):
    """Here the text's first claim (conftest.py's audit gives the report)."""
    return lambda text: audit(text).claims[0]


@pytest.mark.parametrize("text, state", [
    # arabic-pool/france24_FR-middleEast-797-20180720: the report is what the state rejected
    ("ورفضت الإمارات التقرير، واعتبرت أنه \"مخالف للحقيقة والواقع\".", "الإمارات"),
    # arabic-pool/skynews_SK-middleEast-2390-20180614: the indictment is where the state said it
    ("وقالت الولايات المتحدة في عريضة اتهام سلمتها هيئة محلفين كبرى في محكمة مقاطعة كولومبيا الجزئية إن المتهمين "
     "استخدموا ناقلتين للمنتجات البترولية.", "الولايات المتحدة"),
    # arabic-pool/france24_FR-internationalNews-1089-20180505: the president is whom the state condemned
    ("أدانت الولايات المتحدة الرئيس الفلسطيني محمود عباس في بيان على خلفية تصريحات اعتبرت \"معادية للسامية\".",
     "الولايات المتحدة"),
    # arabic-pool/skynews_SK-middleEast-975-20180412: a capital speaking for its state, the president its object
    ("وحذرت تل أبيب الرئيس السوري بشار الأسد ونظامه، الأربعاء، من أنهما يستخفيان عن خريطة العالم.", "تل أبيب"),
])
def test_a_state_opening_the_subject_is_the_source_not_its_object(audit, text, state):
    # LABELLING: a country or capital speaking as such is named_organization; what follows it is the verb's
    # object or where it spoke, not part of the source
    claim = audit(text)
    assert claim.source.type == "named_organization"
    assert "src.state_subject.ar" in claim.source.rules


@pytest.mark.parametrize("text, kind, source", [
    # arabic-pool/bbc_BB-middleEast-1104-20181015: what the outlet learned is its own report
    ("وعلمت بي بي سي أن أحد أعضاء الفريق هو ماهر المترب وهو عقيد في جهاز المخابرات السعودي عمل في سفارة بلاده في "
     "لندن.", "media", "بي بي سي"),
    # arabic-saudi/alwatan_2015-08-04_098: learned from its sources, the sources are the source
    ("من جهة أخرى، علمت \"الوطن\" من مصادرها الطبية أن وزارة الصحة طالبت أطباءها بزيادة فاعلية الأداء في "
     "المستشفيات.", "anonymous", "مصادرها الطبية"),
    # arabic-saudi/arreyadi_2015-07-21_062 (its "بعد أن علمت (الرياضي) من مصادر مؤكدة أن" opens a clause of time,
    # which the tool leaves as a side clause whatever its verb)
    ("كما علمت مصادر (الرياضي) أن اللجنة استجوبت الوكيل المفوض ذيب الدحيم عن أسباب دخوله في المفاوضات.",
     "anonymous", "مصادر"),
])
def test_what_an_outlet_learned_rests_on_it_or_on_whom_it_learned_it_from(audit, text, kind, source):
    # LABELLING: an outlet's own report is media; "from its sources" names the sources (labelled in the
    # tuned set: bbc-1104 media, alwatan-098 and arreyadi-062 anonymous, with no relay)
    claim = audit(text)
    assert claim.source.type == kind and (claim.source.text or "").startswith(source)
    assert claim.cue is not None and "علمت" in claim.cue


def test_a_title_word_after_a_first_name_is_a_family_name(auditor):
    # arabic-saudi/alriyadh_2015-07-23_006: "خالد قاضي" is a journalist named Qadi, not a judge whose name is
    # the relative clause after him; the play's author is a named person (LABELLING), not an official met before
    text = ("كاتب مسرحية «هيا تعال»: البرامج الرياضية مسؤولة عن التعصب!\n\n"
            "وفي هذا قال مؤلف المسرحية فاروق الشعيبي ل\"الرياض\" إن نص \"هيا تعال\" حاول أن يوائم بين الانتماء "
            "للأندية والمواطنة. أما الإعلامي خالد قاضي الذي حضر المسرحية فقد أبدى إعجابه بها وأثنى على فريق العمل.")
    claims = auditor.audit(Document(name="t", text=text)).claims
    assert [c.source.type for c in claims] == ["named_person", "named_person"]
