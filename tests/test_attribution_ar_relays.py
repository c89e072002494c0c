"""Arabic relays of a speaker named again (lang/ar.py same_speaker, lang/base.py interview_continues): each case
comes from the tuning pools (../shared/data/arabic-pool; the file is named beside it)."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(auditor):
    return lambda text: auditor.audit(Document(name="t", text=text))


@pytest.mark.parametrize("text, relay", [
    # arabic-pool/cnn_CN-middleEast-1404-20181003
    ("عنوان\n\nاعتبر وزير الخارجية الإيراني، محمد جواد ظريف، الحكم الصادر عن محكمة العدل الدولية \"هزيمة أخرى\" "
     "للحكومة الأمريكية، بحسب ما نقلته وكالة الأنباء الإيرانية (إرنا).\n"
     "ولفت وزير الخارجية الإيراني إلى أن القرار \"يشكل هزيمة أخرى للحكومة الأميركية\".\n", "state_media"),
    # arabic-pool/cnn_CN-middleEast-703-20180423
    ("عنوان\n\nوقال المتحدث الرسمي باسم التحالف، تركي المالكي، في تصريحات نقلتها وكالة الأنباء السعودية (واس): "
     "\"رصدت قوات الدفاع الجوي إطلاق صاروخين\".\n"
     "وأضاف المتحدث باسم التحالف أن \"الصاروخين كانا باتجاه مدينة جازان\".\n", "state_media"),
    # arabic-pool/france24_FR-middleEast-180-20180319
    ("عنوان\n\nوقال ولي العهد السعودي، الأمير محمد بن سلمان، لقناة \"سي بي أس\" الأمريكية إن إيران تريد التوسع.\n"
     "وتابع ولي العهد السعودي أن \"الفكر الإيراني تسلل لأجزاء كبيرة من اليمن\".\n", "media"),
])
def test_an_office_named_again_without_its_holder_goes_on_through_the_relay(audit, text, relay):
    first, again = audit(text).claims[-2:]
    assert [v.type for v in first.via] == [relay]
    assert [v.type for v in again.via] == [relay], again.reasons


def test_a_body_named_again_is_no_office_named_again(audit):
    # arabic-pool/alarabia_AL-internationalNews-411-20180310: the government's own demand, not the statement's relay
    claims = audit("عنوان\n\nاتهمت الحكومة اليمنية الشرعية، الجمعة، ميليشيات الحوثي الانقلابية، بوضع \"العراقيل\".\n"
                   "واستنكرت إقدام الحوثيين على اختطاف اثنين من موظفي الأمم المتحدة، بحسب ما ذكر وزير الإدارة "
                   "المحلية اليمني عبدالرقيب فتح، في بيان نشرته وكالة الأنباء اليمنية الرسمية.\n"
                   "وطالبت الحكومة اليمنية، مجلس الأمن والأمم المتحدة بالعمل بقوة على إنهاء كافة هذه التصرفات.\n").claims
    assert claims[-1].source.type == "named_organization"
    assert claims[-1].via == []
