"""Declining to comment in Arabic, a speech act of its subject (LABELLING.md: "refuse to comment"): the verbs of
refusing and abstaining before a noun of comment, statement or disclosure (cue.ar.deny, cue.ar.decline_comment),
and that noun ends the subject before it (closed.ar.stated_noun). Each case names the pool file it comes from."""
import pytest


@pytest.mark.parametrize("text, type_, source", [
    # arabic-pool/bbc_BB-middleEast-703-20180706: what Syria refused to disclose is no part of its name
    ("ورفضت سوريا الكشف عن المكان الذي توجد فيه رفاته.", "named_organization", "سوريا"),
    # arabic-pool/france24_FR-internationalNews-846-20180421, without its relative clause: the statement refused
    ("وردا على سؤال لوكالة فرانس برس، رفض مسؤول حكومي إسرائيلي الإدلاء بأي تعليق.", "anonymous_official",
     "مسؤول حكومي إسرائيلي"),
])
def test_the_noun_of_comment_a_subject_refused_ends_the_subject(audit, text, type_, source):
    claim = audit(text).claims[0]
    assert (claim.source.type, claim.source.text) == (type_, source)


@pytest.mark.parametrize("text, type_, source", [
    # arabic-pool/france24_FR-internationalNews-846-20180421, with the other verb of refusing (امتنع عن)
    ("وردا على سؤال لوكالة فرانس برس، امتنع مسؤول حكومي إسرائيلي عن الإدلاء بأي تعليق.", "anonymous_official",
     "مسؤول حكومي إسرائيلي"),
    ("وردا على سؤال لوكالة فرانس برس، امتنع مسؤول حكومي إسرائيلي عن التعليق.", "anonymous_official",
     "مسؤول حكومي إسرائيلي"),  # the noun before the full stop
    # arabic-pool/bbc_BB-middleEast-703-20180706, with امتنعت عن
    ("وامتنعت سوريا عن الكشف عن المكان الذي توجد فيه رفاته.", "named_organization", "سوريا"),
])
def test_abstaining_from_comment_is_the_subjects_act_of_speech(audit, text, type_, source):
    claim = audit(text).claims[0]
    assert (claim.source.type, claim.source.text) == (type_, source)
    assert "cue.ar.decline_comment" in claim.reasons


@pytest.mark.parametrize("text", [
    # arabic-pool/france24_FR-internationalNews-1578-20180601: abstaining from a vote says nothing
    "وامتنعت أربعة دول عن التصويت من بينها بريطانيا.",
    # arabic-saudi/aawsat_2015-08-02_028: not replying in kind, in a side clause of narration
    "وكانت كلينتون تتحدث في مؤتمر لمنظمة «ناشيونال أوروبان ليغ» شمال ميامي، حيث اعتلى بوش نفس المنصة بعد نحو "
    "ساعة، لكنه امتنع عن الرد بالمثل على تصريحات المرشحة الديمقراطية.",
])
def test_abstaining_from_anything_but_comment_is_no_speech(audit, text):
    # (the second is typed by its other verb, تتحدث, which is no concern of this class)
    assert "cue.ar.decline_comment" not in audit(text).claims[0].reasons


def test_abstaining_from_a_vote_names_no_source(audit):
    # arabic-pool/france24_FR-internationalNews-1578-20180601
    assert audit("وامتنعت أربعة دول عن التصويت من بينها بريطانيا.").claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text", [
    # the same nouns as acts: suspending, a statement of account, examining, voting, talking with one's family
    "وامتنعت الحكومة عن تعليق الرحلات الجوية إلى الصين.",
    "وامتنع البنك المركزي عن تعليق العمل بالقرار.",
    "وامتنعت الشركة عن كشف الحساب الختامي.",
    "وامتنع الطبيب عن الكشف على المريض.",
    "وامتنع الناخبون عن الإدلاء بأصواتهم في عدة مدن.",
    "وامتنع عن الكلام مع عائلته.",
    "وامتنع السجناء عن الكلام والطعام.",
])
def test_abstaining_from_an_act_named_like_comment_is_no_speech(audit, text):
    assert "cue.ar.decline_comment" not in audit("عنوان\n\n" + text).claims[-1].reasons


def test_voters_abstaining_do_not_continue_the_last_speaker(audit):
    claim = audit("عنوان\n\nوقال الوزير إن الانتخابات نزيهة. وامتنع الناخبون عن الإدلاء بأصواتهم في عدة مدن.").claims[-1]
    assert claim.source.type == "unattributed"


@pytest.mark.parametrize("text, source", [
    ("وامتنع المتحدث باسم الشرطة عن التعليق على التقرير.", "المتحدث باسم الشرطة"),
    ("وامتنع مسؤول في الوزارة عن الإدلاء بتصريحات حول الحادث.", "مسؤول في الوزارة"),
    ("وامتنعت الوزارة عن الرد على أسئلة الصحفيين.", "الوزارة"),
    ("وامتنع مسؤول في الوزارة عن الحديث لوسائل الإعلام.", "مسؤول في الوزارة"),
])
def test_abstaining_from_comment_in_its_news_forms(audit, text, source):
    claim = audit("عنوان\n\n" + text).claims[-1]
    assert claim.source.text == source and "cue.ar.decline_comment" in claim.reasons


@pytest.mark.parametrize("text, source", [
    # an office whose body's name holds a noun of comment: the noun is no object of the verb of saying
    ("وقال مدير إدارة كشف الألغام في الجيش اللبناني إن الحقول خطرة.", "مدير إدارة كشف الألغام في الجيش اللبناني"),
    ("وقال رئيس لجنة تعليق العضوية إن القرار نهائي.", "رئيس لجنة تعليق العضوية"),
    ("وقال رئيس فريق كشف المنشطات إن العينات إيجابية.", "رئيس فريق كشف المنشطات"),
])
def test_a_noun_of_comment_inside_an_office_keeps_the_office_whole(audit, text, source):
    assert audit("عنوان\n\n" + text).claims[-1].source.text == source
