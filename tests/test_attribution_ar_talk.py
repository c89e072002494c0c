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


# review of session 41 (fix-ar2; /tmp/s41/review3): the findings, each with the input that showed it

def test_a_speech_verb_joined_to_the_talk_is_the_talkers(audit):
    # finding 1: "ودعا" after the narrated talk in its own sentence goes on with the talker, not the body cited before
    claims = audit("وقالت الخارجية التركية إن التحقيق مستمر. وتحدث وزير الخارجية السعودي عادل الجبير في مؤتمر صحفي "
                   "في الرياض، ودعا إلى وقف التصعيد.").claims
    assert (claims[1].source.type, claims[1].source.text) == ("named_official", "وزير الخارجية السعودي عادل الجبير")
    assert "closed.ar.talk_verb" in claims[1].reasons
    assert claims[1].source.text not in [a.text for a in claims[1].also]  # the source is no other attribution


def test_the_talker_handed_on_respects_the_next_verbs_gender(audit):
    # finding 2: "وتحدثت الوزيرة" is a woman; "وأكد" (he) does not go on with her
    claims = audit("وقالت الخارجية التركية إن التحقيق مستمر. وتحدثت الوزيرة مع نظيرها التركي. "
                   "وأكد على علاقات بلاده.").claims
    assert claims[2].source.type == "unattributed"
    assert "attr.continuation.disagreement" in claims[2].reasons
    # and "وأكدت" (she) does
    claims = audit("وقالت الخارجية التركية إن التحقيق مستمر. وتحدثت الوزيرة مع نظيرها التركي. "
                   "وأكدت على علاقات بلادها.").claims
    assert (claims[2].source.type, claims[2].source.text) == ("named_official", "الوزيرة")


@pytest.mark.parametrize("text", [
    # finding 3: the topic after "، و" or حيث belongs to another clause
    "وتحدث الوزير هاتفيا مع الرئيس، ودعا إلى وقف التصعيد حول المدينة.",
    "وتحدث الوزير هاتفيا مع الرئيس حيث ناقشا الوضع حول المدينة.",
    "وتحدث الوزير هاتفيا مع الرئيس بعد أن تحدث الرئيس عن الأزمة.",
    # finding 5: a clock time is no colon
    "وتحدث الوزير في الساعة 10:30 مع نظيره التركي.",
])
def test_the_look_ahead_stays_in_the_talks_clause(audit, text):
    claim = audit(text).claims[0]
    assert claim.cue is None or claim.cue != "وتحدث"
    assert claim.source.type == "unattributed" or "closed.ar.talk_verb" in claim.reasons


@pytest.mark.parametrize("text", [
    # finding 4: a topic as a pronoun (arabic-saudi/almadina_2015-07-22_083: "مشكلات، تحدثوا عنها قبل أربعين سنة")
    "وتحدث الوزير عنها بإسهاب.",
    "وتحدث الوزير مطولا حولها.",
    "وتحدث الوزير بشأنه أمس.",
    "وتحدث الوزير عما جرى في الاجتماع.",
    "وتحدث الوزير عمّا جرى في الاجتماع.",
    # finding 6: a quotation after the talk verb, its subject or its hearer is what was said
    "وتحدث الوزير للصحفيين «نحن مستعدون للحوار».",
    "وتحدث الوزير «نحن مستعدون للحوار».",
])
def test_a_pronoun_topic_or_a_quotation_is_talked_of(audit, text):
    claim = audit(text).claims[0]
    assert claim.source.type == "named_official" and claim.cue == "وتحدث"
    assert "closed.ar.talk_verb" not in claim.reasons


def test_the_talk_rule_does_not_leak_into_later_claims(audit):
    # finding 8: the claims going on with the talker name their own cue, not the rule that read the talk
    claims = audit("وقالت الخارجية التركية إن التحقيق مستمر. وقد تحدث العاهل السعودي هاتفيا الأحد مع الرئيس التركي. "
                   "وأكد على علاقات بلاده. وأضاف أن العلاقات قوية.").claims
    assert [c.source.type for c in claims[2:]] == ["named_official", "named_official"]
    assert not any("closed.ar.talk_verb" in c.reasons for c in claims[2:])
    assert not any("closed.ar.talk_verb" in c.source.rules for c in claims[2:])


def test_a_narrated_talk_with_its_subject_dropped_names_the_rule(audit):
    # finding 8: "وتحدث هاتفيا" with no subject is narrated by the talk rule, not only by the side clause
    claim = audit("وتحدث هاتفيا مع الرئيس التركي.").claims[0]
    assert claim.source.type == "unattributed" and "closed.ar.talk_verb" in claim.reasons


def test_a_present_of_talking_takes_no_past_suffix():
    talk = closed_class(load_rules(), "closed.ar.talk_verb")
    assert not {"يتحدثت", "يتحدثتا"} & talk


def test_every_look_ahead_for_what_was_said_reads_one_colon(auditor):
    # finding 9: said_start, complement_ahead and talk_ahead read the colon from one piece (Arabic.said_mark), which
    # takes a clock's "10:30" for no colon
    arabic = auditor.attributor.languages["ar"]
    for ahead in (arabic.said_start, arabic.complement_ahead, arabic.talk_ahead):
        assert arabic.said_mark in ahead.pattern
        assert ahead.search(" في الساعة 10:30 مع نظيره") is None
        assert ahead.search(" للصحفيين: نحن مستعدون") is not None
