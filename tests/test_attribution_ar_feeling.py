"""Arabic verbs of feeling before a noun of feeling (cue.ar.feeling): "يشعر X بالقلق" states X's concern, as
"أعرب X عن قلقه" does, and like an opinion verb it attributes only with its holder named. Each case comes from
the tuning pools (../shared/data; the file is named beside it)."""
import pytest


@pytest.fixture(scope="module")
def audit(audit):
    """The first claim's source (conftest's audit gives the report)."""
    return lambda text: audit(text).claims[0].source


@pytest.mark.parametrize("text, kind, span", [
    # arabic-pool/alarabia_AL-internationalNews-1845-20180707
    ("يشعر نواب وخبراء أمن ألمان بقلق متزايد من احتمال أن يتخذ الرئيس الأميركي، دونالد #ترمب، إجراءات غير متفق "
     "عليها مع حلف شمال الأطلسي.", "anonymous_official", "نواب وخبراء أمن ألمان"),
    # arabic-pool/cnn_CN-middleEast-457-20180402
    ("ويشعر السعوديون بالقلق من رحيل الأمريكيين من سوريا لأنهم يعتقدون أن ذلك قد يترك فراغاً.",
     "named_organization", "السعوديون"),
])
def test_a_named_holder_of_a_feeling_is_the_source(audit, text, kind, span):
    source = audit(text)
    assert (source.type, source.text) == (kind, span)


@pytest.mark.parametrize("text", [
    # arabic-pool/alarabia_AL-internationalNews-1780-20180627: the feeling inside what a speaker said stays his
    'وقال الوزراء في بيانهم إن "المجلس يشعر بالقلق بوجه خاص بشأن التراجع العميق والمستمر في حكم القانون".',
    # arabic-pool/alarabia_AL-internationalNews-1390-20180530
    "وقال كريستوف ديلوار، رئيس المنظمة المدافعة عن حرية الإعلام في باريس، إنه بينما يشعر بالارتياح لأن أركادي "
    "بابتشينكو على قيد الحياة، فإن الشرطة الأوكرانية تلاعبت بالحقيقة.",
])
def test_a_feeling_inside_reported_speech_leaves_the_speaker(audit, text):
    assert audit(text).text.startswith(("الوزراء", "كريستوف ديلوار"))


def test_a_feeling_without_its_holder_is_nobodys(audit):
    # constructed: like "يعتقد أن", a feeling with no holder named attributes nothing
    assert audit("ويشعر بالقلق من احتمال انهيار الهدنة.").type == "unattributed"
