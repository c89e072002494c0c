"""An opening according phrase closed by its comma or by فإن/أن, then a named speaker's verb of speech: the speaker
is the source and the phrase relays them (engine `_reported_by`, lang/ar.py according_close,
closed.ar.according_close, attr.relay.according_said), as LABELLING's "ذكرت وسائل إعلام رسمية أن كيم أبلغ لافروف"
reads. Each case comes from the tuning pools (../shared/data; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, source, kind, relay", [
    # arabic-unlabelled/france24_FR-internationalNews-1392-20180523: closed by فإن, the speaker before the verb
    ('وبحسب الصحف الإيطالية فإن الرئيس سيرجيو ماتاريلا طلب أيضا من حركة "خمس نجوم" و"الرابطة" ضمانات باحترام '
     'الالتزامات الأوروبية والتحالفات الدولية.', "الرئيس سيرجيو ماتاريلا", "named_official", "media"),
    # arabic-pool/cnn_CN-middleEast-99-20180225: closed by the comma, the verb before the speaker
    ('وبحسب بيان الرئاسة، طالب السيسي قوات الجيش خلال الزيارة بـ"مواصلة بذل أقصى الجهد من أجل مصر".', "السيسي",
     "named_official", "named_organization"),
    # the frame of arabic-pool/bbc_BB-middleEast-1104-20181015 ("وجاء في وكالة الأنباء الرسمية السعودية الأحد أن
    # المملكة تعرب"): a day between the outlet and أن; there "المملكة" alone is typed as no one, so a named speaker here
    ("وجاء في وكالة الأنباء الرسمية السعودية الأحد أن الرئيس السوري قال إنه سيزور كوريا الشمالية.",
     "الرئيس السوري", "named_official", "state_media"),
])
def test_a_named_speaker_opening_the_clause_after_an_according_phrase_is_relayed_by_it(audit, text, source, kind,
                                                                                      relay):
    claim = audit("عنوان\n\n" + text + "\n").claims[-1]
    assert claim.source.text.startswith(source), claim.reasons
    assert claim.source.type == kind
    assert [v.type for v in claim.via] == [relay]
    assert "attr.relay.according_said" in claim.reasons


def test_an_unnamed_official_after_an_outlets_according_phrase_keeps_the_guides_type(audit):
    # LABELLING: "قال مسؤول أوكراني لوكالة أسوشيتد برس" is anonymous_official via media; so is the outlet's phrase
    claim = audit("عنوان\n\nوبحسب الصحيفة فإن مسؤولا أمريكيا قال إن الاتفاق قريب.\n").claims[-1]
    assert claim.source.type == "anonymous_official"
    assert [v.type for v in claim.via] == ["media"]


@pytest.mark.parametrize("text, kind", [
    # arabic-saudi/aawsat_2015-08-02_067: a named official's plain act is what the ministry said
    ("وبحسب الخارجية الأميركية، فإن مساعد وزير الخارجية الأميركية لشؤون حقوق الإنسان، توم مالينوفسكي، غادر واشنطن "
     "ليكون ضمن وفد الحوار الاستراتيجي.", "named_organization"),
    # arabic-pool/france24_FR-internationalNews-560-20180405: an act inside, the paper's claim (gold media)
    ("وبحسب الصحيفة فإن ممثلا عن القذافي توجه بطائرة خاصة إلى كييف لتسليم حقيبة بها أربعة ملايين يورو.", "media"),
    # arabic-pool/bbc_BB-internationalNews-328-20180412: the agency's own report of what officials did (gold media)
    ("وجاء في وكالة رويترز أن المسؤولين الأمريكيين حصلوا على عينات من بول بعض ضحايا الغارات في دوما.", "media"),
    # a survey's finding stays the survey's, as "According to a survey, 51 percent of respondents said" does
    ("وبحسب الاستطلاع، فإن 51 في المئة من المستطلعين قالوا إنهم يؤيدون الاتفاق.", "document"),
])
def test_what_the_according_phrase_reports_of_its_own_stays_with_it(audit, text, kind):
    claim = audit("عنوان\n\n" + text + "\n").claims[-1]
    assert claim.source.type == kind, claim.reasons
    assert claim.via == []
    assert "attr.relay.according_said" not in claim.reasons
