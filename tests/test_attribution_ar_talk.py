"""Talking with nothing said: an Arabic verb of talking (تحدث، يتحدث، تتحدث; closed.ar.talk_verb) reports speech
only with a topic (closed.ar.talk_topic: عن، حول، بشأن)، أن/إن، a saying word or a colon after it in its clause;
alone it tells of a call or an appearance, the writer's narration (LABELLING.md: plain actions). The talker is
who a sentence with its subject dropped goes on with. Each case names the pool file it comes from."""
import pytest

from provenance.attribution.words import closed_class
from provenance.rules import load_rules


@pytest.mark.parametrize("text", [
    # arabic-pool/bbc_BB-middleEast-1104-20181015: a call, its time and its other party, nothing said
    "وقد تحدث العاهل السعودي، الملك سلمان بن عبد العزيز هاتفيا الأحد مع الرئيس التركي، رجب طيب أردوغان.",
    # arabic-saudi/aawsat_2015-08-02_028: an appearance at a conference; the organisation's quoted name is no
    # quotation of what was said
    "وكانت كلينتون تتحدث في مؤتمر لمنظمة «ناشيونال أوروبان ليغ» شمال ميامي، حيث اعتلى بوش نفس المنصة بعد نحو "
    "ساعة.",
    # arabic-pool/bbc_BB-internationalNews-102-20180305, as a main clause: a call
    "وتحدث ترامب هاتفيا مع زوجة الجندي القتيل ديفيد جونسون.",
])
def test_talking_with_nothing_said_is_narration(audit, text):
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"
    assert "closed.ar.talk_verb" in claim.reasons


@pytest.mark.parametrize("text, type_, source", [
    # arabic-pool/cnn_CN-internationalNews-577-20180905: the topic after a name, a title and a day
    ('للمرة الثالثة، تحدث الرئيس الأمريكي، دونالد ترامب، الأربعاء، عن الكتاب الجديد "الخوف".', "named_official",
     "الرئيس الأمريكي، دونالد ترامب"),
    # arabic-saudi/alwatan_2015-07-22_059: عن before أن
    ("وتحدثت بعض المصادر عن أن رئيس الاتحاد الألماني سيخلف بلاتيني.", "anonymous", "بعض المصادر"),
    # arabic-saudi/aawsat_2015-08-02_041: أن alone
    ("وكانت مصادر إماراتية قد تحدثت أن لجنة دوري المحترفين لا تسمح بتوقف النشاط.", "anonymous", "مصادر إماراتية"),
    ("وتحدث الوزير للصحفيين قائلا إن الوضع مستقر.", "named_official", "الوزير"),
    ('وتحدث الوزير للصحفيين: "نحن مستعدون".', "named_official", "الوزير"),
    ("وتحدث الوزير حول الأزمة مطولا.", "named_official", "الوزير"),
])
def test_talking_of_a_topic_or_before_what_was_said_reports(audit, text, type_, source):
    claim = audit(text).claims[0]
    assert (claim.source.type, claim.source.text) == (type_, source)
    assert "closed.ar.talk_verb" not in claim.reasons


def test_the_talker_is_who_a_dropped_subject_goes_on_with(audit):
    # arabic-pool/bbc_BB-middleEast-1104-20181015: "وأكد" after the call is the king's (tuned gold), not the
    # body cited before the call
    claims = audit("وقالت الخارجية التركية إن التحقيق مستمر. وقد تحدث العاهل السعودي، الملك سلمان بن عبد العزيز "
                   "هاتفيا الأحد مع الرئيس التركي، رجب طيب أردوغان. وأكد على علاقات بلاده الوطيدة مع أنقرة.").claims
    assert [c.source.type for c in claims] == ["named_organization", "unattributed", "named_official"]
    assert claims[2].source.text.startswith("العاهل السعودي")


def test_the_verbs_of_talking_are_read_in_every_number():
    talk = closed_class(load_rules(), "closed.ar.talk_verb")
    assert {"تحدث", "تحدثت", "تحدثوا", "يتحدث", "تتحدث", "يتحدثون"} <= talk
