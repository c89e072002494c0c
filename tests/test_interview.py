"""Interviews: the questions are the interviewer's and no claims; the answers are the interviewee's."""
from pathlib import Path

from provenance.models import Document

PAGES = Path(__file__).parent / "data" / "pages"


def audit_page(auditor, name):
    return auditor.audit(Document(name=name, text=(PAGES / name).read_text(encoding="utf-8")))


def test_arabic_interview_answers_take_the_interviewee_named_in_the_headline(auditor):
    # assabah_interview_excerpt.txt: "الناشط ... خالد عبد الكريم ماسا لـ«الصباح»: ..."; "*" questions, "-" answers
    report = audit_page(auditor, "assabah_interview_excerpt.txt")
    assert report.interview is not None and "خالد عبد الكريم ماسا" in report.interview.interviewee
    assert report.interview.questions == 2
    texts = [c.text for c in report.claims]
    assert not any(t.startswith(("*ما الذي يحدث", "*وما هو البديل")) for t in texts)  # questions are no claims
    answers = [c for c in report.claims if c.speaker_hint]
    assert len(answers) >= 8
    for claim in answers:
        if "interview.answer" in claim.reasons:
            assert claim.source.type == "named_person" and "خالد عبد الكريم ماسا" in (claim.source.text or "")
    assert sum("interview.answer" in c.reasons for c in answers) >= 6
    assert report.score.article > 0.6  # it was 0.06: every answer unattributed


def test_english_q_and_a_answers_take_the_interviewee(auditor):
    # politico_qa_excerpt.txt: "Q&A with Vice President Joe Biden." then "Q:" and "A:" paragraphs
    report = audit_page(auditor, "politico_qa_excerpt.txt")
    assert report.interview is not None and report.interview.interviewee.endswith("Joe Biden")
    assert not any(c.text.startswith("Q:") for c in report.claims)
    mistake = next(c for c in report.claims if c.text == "A: It’s a big mistake.")
    assert (mistake.source.type, mistake.source.name) == ("named_official", "Joe Biden")
    assert "interview.answer" in mistake.reasons
    # a paragraph after an answer, before the next question, is the answer going on
    problems = next(c for c in report.claims if c.text == "Are there problems?")
    assert problems.speaker_hint and problems.source.type == "named_official"


def test_dashes_and_stars_without_an_interview_are_plain_text(auditor):
    # okaz-style price list and an alarabia reprint credit: "-" and "*" lines in an ordinary article
    text = ("أسعار الحج\n\nأعلنت الوزارة أسعار البرامج لهذا العام.\n- الشريحة الأولى: (7546 - 8146) ريالا.\n"
            "- الشريحة الثانية: (7295 - 7895) ريالا.\n* ما هي الشريحة الأرخص؟\n- الشريحة الثالثة.\n"
            "* وهل تشمل السكن؟\n- نعم تشمل السكن.")
    report = auditor.audit(Document(name="t", text=text))
    assert report.interview is None
