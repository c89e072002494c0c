"""Arabic relays of a speaker named again (lang/ar.py same_speaker, lang/base.py interview_continues): each case
comes from the tuning pools (../shared/data/arabic-pool; the file is named beside it)."""
import pytest


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


def test_an_occasion_inside_what_was_said_is_none_of_the_speakers(audit):
    # arabic-pool/france24_FR-internationalNews-846-20180421: the conference is where the professor was going
    claims = audit("عنوان\n\nونقلت وكالة \"برناما\" الإخبارية الرسمية الماليزية عن وزير الداخلية الماليزي أحمد زاهد "
                   "حامدي قوله، إن البطش \"مهندس كهربائي وخبير في صناعة الصواريخ\".\n"
                   "وأوضح وزير الداخلية أنه يشتبه في أن البطش \"أصبح عقبة أمام دولة معادية لفلسطين\"، موضحا أن "
                   "البروفسور كان سيتوجه السبت إلى تركيا للمشاركة في مؤتمر دولي.\n").claims
    assert [v.type for v in claims[-1].via] == ["state_media"], claims[-1].reasons


@pytest.mark.parametrize("again", [
    # arabic-pool/cnn_CN-middleEast-1404-20181003: a tweet of his own after a later verb of speech
    "وقال ظريف إن \"على المجتمع الدولي أن يواجه برمته الأحادية المدمرة لهذا البلد\"، كما أوضح بتغريدة له عبر "
    "حسابه الخاص على \"تويتر\" إن محكمة العدل الدولية \"قد أمرت\" أمريكا أن تلتزم بالتعهدات.",
    # arabic-pool/cnn_CN-middleEast-370-20180325: a speech set off by a comma after what was said
    "وقال ظريف إن \"العام الرابع سوف يشهد تطورات كبيرة\"، وذلك في كلمة له بمناسبة الذكرى الثالثة.",
], ids=["tweet after a later verb", "speech after a comma"])
def test_the_speakers_own_occasion_after_what_was_said_still_ends_the_relay(audit, again):
    claims = audit("عنوان\n\nاعتبر وزير الخارجية الإيراني، محمد جواد ظريف، الحكم \"هزيمة أخرى\" للحكومة الأمريكية، "
                   "بحسب ما نقلته وكالة الأنباء الإيرانية (إرنا).\n" + again + "\n").claims
    assert [v.type for v in claims[-2].via] == ["state_media"]
    assert claims[-1].via == [], claims[-1].reasons
