"""One claim per sentence: quotes and abbreviations do not split."""
from provenance.boilerplate import clean
from provenance.sentences import split_sentences


def sentences(text, rules, language="en"):
    cleaned = clean(text, rules, language, title="")
    return [s.text for s in split_sentences(cleaned.body, cleaned.paragraphs, rules)]


def test_abbreviations_do_not_end_sentences(auditor):
    got = sentences("Mr. Nevins said the U.S. market was saturated. He added more.", auditor.rules)
    assert got == ["Mr. Nevins said the U.S. market was saturated.", "He added more."]


def test_a_quotation_stays_whole(auditor):
    text = "وقال: “الآن نرى كل موقع. يمكننا أن نضرب”. وأضاف أن الوضع خطير."
    assert sentences(text, auditor.rules, "ar") == ["وقال: “الآن نرى كل موقع. يمكننا أن نضرب”.", "وأضاف أن الوضع خطير."]


def test_arabic_question_mark_splits(auditor):
    assert len(sentences("هل انتهت الحرب؟ قال الوزير إنها لم تنته.", auditor.rules, "ar")) == 2
