"""Arabic source typing (session 43, branch ar-typing): the adjectives that qualify an outlet after its quoted name
belong to its span, so that an official one is state media (closed.ar.outlet_qualifier,
src.state_media_generic.ar.qualified); an office's place after في before its holder's comma is the office's, so the
holder is remembered (closed.ar.place_before_name in ArabicSpans._after_comma). Each case names the pool file
(../shared/data) it comes from."""
import pytest


@pytest.mark.parametrize("text, source, kind", [
    # arabic-pool/skynews_SK-internationalNews-2463-20180703: the official station of the Netherlands
    ('وأعلن تلفزيون "نوش" الرسمي الهولندي أنهما "كانا في طريقهما إلى البعثة الدبلوماسية الهولندية".',
     'تلفزيون "نوش" الرسمي الهولندي', "state_media"),
    # arabic-pool/cnn_CN-middleEast-465-20180403: a paper's country
    ('وذكرت صحيفة "القبس" الكويتية بأن المحكمة حكمت على لبناني وزوجته بالإعدام.', 'صحيفة "القبس" الكويتية', "media"),
    # arabic-pool/skynews_SK-middleEast-2424-20180616: the country before a comma
    ('ذكرت صحيفة "واشنطن تايمز" الأميركية، أن حزب الله حول المطار إلى مركز للتهريب.',
     'صحيفة "واشنطن تايمز" الأميركية', "media"),
    # arabic-pool/alarabia_AL-internationalNews-876-20180411: a name in brackets, official
    ("وقالت وكالة (وام) الرسمية إن الطائرة تأخرت لعدة ساعات.", "وكالة (وام) الرسمية", "state_media"),
])
def test_an_outlets_qualifiers_after_its_quoted_name_are_its_own(audit, text, source, kind):
    claim = audit(text).claims[0]
    assert claim.source.text == source
    assert claim.source.type == kind


@pytest.mark.parametrize("text, source", [
    # semi-official is no qualifier of the class: the span stops before it, the outlet typed by its own entry
    ('وقالت وكالة "تسنيم" الإيرانية شبه الرسمية إن الوزير وصل.', 'وكالة "تسنيم" الإيرانية'),
    # a word after the name that qualifies nothing is the verb's object, not the outlet's
    ('وعرضت قناة "العربية" صورا للهجوم.', 'قناة "العربية"'),
])
def test_other_words_after_a_quoted_name_stay_out_of_the_span(audit, text, source):
    assert audit(text).claims[0].source.text == source


@pytest.mark.parametrize("text, name", [
    # arabic-pool/bbc_BB-internationalNews-328-20180412 ("سفير السويد في الأمم المتحدة، أولوف سكوغ،"),
    # cnn_CN-middleEast-1340-20180910 ("رئيس مركز المصالحة الروسي في سوريا، فلاديمير سافتشينكو،"),
    # bbc_BB-internationalNews-40-20180219 ("مدير عملياتها في هاييتي، رونالد فان هورميرن،"): the holder named after the
    # office's place and a comma in narration, then by the family name alone
    ("والتقى سفير السويد في الأمم المتحدة، أولوف سكوغ، نظيره الروسي. وقال سكوغ إن المجلس سيجتمع.", "سكوغ"),
    ("واتهم رئيس مركز المصالحة الروسي في سوريا، فلاديمير سافتشينكو، التحالف بالقصف. وأضاف سافتشينكو أن القصف "
     "استمر.", "سافتشينكو"),
])
def test_a_holder_after_the_offices_place_and_a_comma_is_remembered(audit, text, name):
    claim = audit(text).claims[-1]
    assert claim.source.text == name
    assert claim.source.type == "named_official"


@pytest.mark.parametrize("text", [
    # from the session-43 review (probes place3.txt art 5, 3, 1; place2.txt art 6): a room of one's own or an event
    # after في, then the verb's object after the comma, holds no office (was named_official by memory)
    "والتقى السفير الأمريكي في منزله، سارة محمد القحطاني. وقالت القحطاني إن اللقاء كان مثمرا.",
    "واستقبل وزير الصحة في مكتبه بالوزارة، خالد سعيد العمري. وقال العمري إن المستشفيات تعاني.",
    "وكرم محافظ المدينة في حفل أقيم مساء أمس، أحمد يوسف الحربي. وقال الحربي إنه فخور بهذا التكريم.",
])
def test_an_object_after_a_room_or_an_event_after_fi_holds_no_office(audit, text):
    assert audit(text).claims[-1].source.type != "named_official"


def test_an_occasion_after_fi_is_no_place_of_the_office(audit):
    # "في مؤتمر صحفي، " is where the minister spoke: the names after its comma hold no office
    claim = audit("وتحدث رئيس الوزراء في مؤتمر صحفي، وحضر رونالد هورميرن ومحمد علي. وقال هورميرن إن الأمر صعب.").claims[-1]
    assert claim.source.type == "named_person"
