"""A quotation of several sentences and paragraphs goes on with its speaker (engine.py, attr.continuation.open_quote):
each paragraph of it opens with a quotation mark and only the last closes, so a sentence inside it, with no cue of
its own, is still the speaker's. The case comes from PolNeAR's train split
(../shared/data/english-polnear/train/text/breitbart_2016-05-14_mccain-challenger-kelli-ward-imp.txt)."""
from provenance.models import Document

WARD = (
    "Kelli Ward: Impeach AG Lynch\n\n"
    "Former Arizona State Senator Dr. Kelli Ward called for the impeachment of U.S. Attorney General Loretta Lynch.\n\n"
    "Dr. Ward stated:\n\n"
    "\"The U.S. Department of Justice isn’t about “Equal Justice Under Law” anymore. It’s about President Obama’s "
    "extreme vision of fundamentally transforming our nation.\n\n"
    "\"The latest example of this extreme overreach is Loretta Lynch suing North Carolina for its “Bathroom Bill,” "
    "which allows individual business owners to decide who can use which bathrooms.\n\n"
    "\"The solution to transgender bathroom issues is not politics, but personal property. Period. This is government "
    "gone wild.\n\n"
    "\"I’ll be a conservative champion for AZ, not DC. I’ll stop DC at the bathroom door.\"\n\n"
    "North Carolina’s HB2 took effect on March 23 of this year.\n"
)


def _claim(report, opening):
    return next(c for c in report.claims if c.text.startswith(opening))


def test_sentences_inside_an_open_quotation_are_the_speakers(auditor):
    report = auditor.audit(Document(name="ward.txt", text=WARD))
    for opening in ("It’s about President Obama", "\"The latest example", "Period.", "This is government gone wild"):
        claim = _claim(report, opening)
        assert claim.source.type == "named_official", opening
        assert "Ward" in (claim.source.text or ""), opening
        assert "attr.continuation.open_quote" in claim.reasons or "attr.continuation.no_cue" in claim.reasons


def test_narration_after_the_quotation_closed_is_the_writers(auditor):
    report = auditor.audit(Document(name="ward.txt", text=WARD))
    assert _claim(report, "North Carolina’s HB2").source.type == "unattributed"


def test_a_paragraph_that_only_opens_with_a_quoted_phrase_is_narration(auditor):
    # the quotation closed inside the first sentence: the next sentence is the writer's again
    text = ("Title\n\nSen. Ted Cruz said the plan would fail.\n\n"
            "\"Carpet bombing\" is a phrase he has used often. The campaign has spent $2 million on ads.\n")
    report = auditor.audit(Document(name="t.txt", text=text))
    assert _claim(report, "The campaign has spent").source.type == "unattributed"


def test_straight_and_curly_marks_are_counted_together(auditor):
    # politico_2016-02-10_top-clinton-adviser-sent-top-sec.txt: a curly mark opened, a straight one closed
    text = ("Title\n\nSen. Ted Cruz said the emails were a scandal.\n\n"
            "“If they can't, turn into nonpaper with no identifying heading and send nonsecure,\" Clinton wrote. "
            "\"Non-paper\" is a diplomatic term for a discussion draft or memo.\n")
    report = auditor.audit(Document(name="t.txt", text=text))
    assert _claim(report, "\"Non-paper\" is").source.type == "unattributed"


# "I" and "we" outside any quotation are the writer's own voice (attr.continuation.writer, closed.en.first_person):
# the op-eds and speeches PolNeAR's train split prints as articles, in
# ../shared/data/english-polnear/train/text/nyt_2015-12-30_roasts-and-toasts-for-dealbook.txt ("we've asked
# Chipotle to cater", "I was told that"), usa-today_2016-01-08_why-donald-trump-is-leading-in-t.txt ("I pledged to
# create 700,000 jobs"), usa-today_2016-07-28_the-hillary-speech-we-d-like-to-.txt ("I have called on congressional
# leaders") and breitbart_2016-08-11_if-you-re-not-voting-for-trump-y.txt ("I learned that the hard way"): not the
# person the article named last, nor its last speaker. The sentence is the writer's (unattributed); "I" stays an
# attribution in it (claim.also), the person writing.
OP_ED = (
    "Why Trump is leading\n\n"
    "Political pundits are shocked that Donald Trump is leading in the polls.\n\n"
    "I ran for governor of Florida to turn our economy around. I pledged to create 700,000 jobs in seven years.\n\n"
    "\"We will win,\" Trump said. In the past five years, we have announced 1 million private sector jobs.\n\n"
    "\"We said it before. We will say it again,\" Trump said.\n"
)


def test_i_and_we_outside_a_quotation_are_the_writer(auditor):
    report = auditor.audit(Document(name="op-ed.txt", text=OP_ED))
    for opening in ("I pledged", "In the past five years"):
        claim = _claim(report, opening)
        assert claim.source.type == "unattributed", opening
        assert "attr.continuation.writer" in claim.source.rules
        # still an attribution in the sentence, to the person writing (PolNeAR annotates "I said")
        assert claim.also[0].text in ("I", "we") and "attr.continuation.writer" in claim.also[0].rules


def test_we_inside_a_quotation_is_the_speaker(auditor):
    report = auditor.audit(Document(name="op-ed.txt", text=OP_ED))
    assert _claim(report, "\"We said it before").source.name == "Donald Trump"


def test_the_quotation_after_i_said_goes_on_with_the_writer(auditor):
    # breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza.txt: a memoir's '"Your Honor," I said, "..."' and the
    # quotation that goes on are the writer's, not the judge who spoke before
    text = ("Title\n\nJudge Richard Berman said the case was unusual.\n\n"
            "“I am not shy,” I said. “I was seventeen years old when I set foot in America.\n")
    report = auditor.audit(Document(name="memoir.txt", text=text))
    claim = _claim(report, "“I was seventeen")
    assert claim.source.type == "unattributed" and "attr.continuation.writer" in claim.source.rules


# A quotation the last speaker opened inside a paragraph, not at its start, and left open goes on with them
# (attr.continuation.speaker_quote). PolNeAR train: usa-today_2016-06-15_obama-rips-rhetoric-over-radical.txt
# ('Obama said: "There's no magic ... It's a political talking point. It's not a strategy.'),
# nyt_2016-03-09_clinton-tries-to-reframe-revolut.txt (Mrs. Clinton's "Are they just overpromising?"),
# nyt_2016-06-09_ryan-calls-trump-line-racist-but.txt ("''The American justice system ... All judges should be held to
# that standard.", The New York Times' doubled apostrophes), west-journal_2015-12-16_after-isis-death-order-on-down-s.txt
# and west-journal_2016-02-17_black-lives-matter-sends-brutal-.txt.
def test_a_quotation_the_speaker_opened_inside_the_paragraph_goes_on_with_them(auditor):
    text = ("Obama on Sunday\n\nPresident Obama spoke on Sunday.\n\n"
            "Obama said: \"There's no magic to the phrase 'radical Islam.' It's a political talking point. "
            "It's not a strategy.\n\nThe debate goes on.\n")
    report = auditor.audit(Document(name="t.txt", text=text))
    for opening in ("It's a political", "It's not a strategy"):
        claim = _claim(report, opening)
        assert claim.source.name == "Barack Obama", opening
        assert "attr.continuation.speaker_quote" in claim.reasons
    assert _claim(report, "The debate goes on").source.type == "unattributed"


def test_the_doubled_apostrophe_of_the_new_york_times_is_a_quotation_mark(auditor):
    text = ("Trump\n\nMr. Trump tried to answer.\n\n''I am friends with thousands of people,'' he added. "
            "''The American justice system relies on fair judges. All judges should be held to that standard.\n")
    report = auditor.audit(Document(name="t.txt", text=text))
    assert _claim(report, "All judges").source.name == "Donald Trump"


def test_a_quotation_another_speaker_opened_is_not_the_last_speakers(auditor):
    # the quotation opened in Cruz's sentence; Rubio's sentence after it, inside it by the marks, is the last speaker
    text = ("Plan\n\nSen. Ted Cruz said: \"The plan is a scam. Sen. Marco Rubio said it would work. "
            "Nobody believes that.\n")
    report = auditor.audit(Document(name="t.txt", text=text))
    assert _claim(report, "Nobody believes").source.type == "unattributed"
