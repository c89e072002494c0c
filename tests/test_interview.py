"""Interviews: the questions are the interviewer's, claims read as any sentence and left out of the article's score;
the answers are the interviewee's."""
from pathlib import Path

import pytest

from provenance.models import Document

PAGES = Path(__file__).parent / "data" / "pages"


def audit_page(auditor, name):
    return auditor.audit(Document(name=name, text=(PAGES / name).read_text(encoding="utf-8")))


def test_arabic_interview_answers_take_the_interviewee_named_in_the_headline(auditor):
    # assabah_interview_excerpt.txt: "الناشط ... خالد عبد الكريم ماسا لـ«الصباح»: ..."; "*" questions, "-" answers
    report = audit_page(auditor, "assabah_interview_excerpt.txt")
    assert report.interview is not None and "خالد عبد الكريم ماسا" in report.interview.interviewee
    assert report.interview.questions == 2
    asked = [c for c in report.claims if c.text.startswith(("*ما الذي يحدث", "*وما هو البديل"))]
    assert len(asked) == 2 and all("interview.question" in c.reasons and not c.speaker_hint for c in asked)
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
    # the questions are claims of their own, unattributed as the labels have them, not the interviewee's
    asked = [c for c in report.claims if c.text.startswith("Q:")]
    assert asked and all(c.source.type == "unattributed" and "interview.question" in c.reasons for c in asked)
    mistake = next(c for c in report.claims if c.text == "A: It’s a big mistake.")
    assert (mistake.source.type, mistake.source.name) == ("named_official", "Joe Biden")
    assert "interview.answer" in mistake.reasons
    # a paragraph after an answer, before the next question, is the answer going on
    problems = next(c for c in report.claims if c.text == "Are there problems?")
    assert problems.speaker_hint and problems.source.type == "named_official"


# Questions of Q&A pages of the PolNeAR train pool, shortened: politico_2016-02-19_q-a-with-vice-president-joe-bide
# ("Q: You said yesterday", "the polls tell us"), usa-today_2016-05-06_immigration-debate-hits-home-for and
# usa-today_2016-03-18_laura-bush-sees-hope-help-for-af ("Some Americans say: It's time for us to get out."):
# the labels give every question a type of its own, unattributed unless it cites someone
QUESTIONS = """Q&A with Vice President Joe Biden.

Vice President Joe Biden spent Thursday morning in St. Paul, Minnesota. Here is the edited transcript of the interview.

Q: You said yesterday, the middle class is still getting crushed.

A: It is. The middle class is getting clobbered.

Q: Afghanistan is America's longest war. Some Americans say: It's time for us to get out. What do you make of it?

A: It's up to the Afghan people. We need to stay engaged.
"""


def test_questions_are_claims_of_their_own_and_their_you_is_the_interviewee(auditor):
    report = auditor.audit(Document(name="t", text=QUESTIONS))
    by_text = {c.text: c for c in report.claims}
    you = by_text["Q: You said yesterday, the middle class is still getting crushed."]
    assert (you.source.type, you.source.name) == ("named_official", "Joe Biden")
    assert "interview.question.addressee" in you.reasons and not you.speaker_hint
    assert by_text["Q: Afghanistan is America's longest war."].source.type == "unattributed"
    assert by_text["Some Americans say: It's time for us to get out."].source.type == "anonymous"
    assert by_text["We need to stay engaged."].source.name == "Joe Biden"  # the answer goes on
    asked = [c for c in report.claims if c.question]  # the marker the score, the gate and the export read
    assert asked == [c for c in report.claims if "interview.question" in c.reasons]
    assert len(asked) == 4 and report.interview.questions == 4
    rest = [c.score for c in report.claims if c not in asked]  # the interviewer's questions: not the page's sourcing
    assert report.score.article == pytest.approx(sum(rest) / len(rest), abs=1e-3)


def test_a_you_that_the_cue_befalls_is_no_addressee_speaking(auditor):
    # review of session 33 on the Biden Q&A (politico_2016-02-19_q-a-with-vice-president-joe-bide): a "you" is the
    # interviewee only as the subject of a speech cue; "Were you criticized" cites no one (the pools hold no passive
    # "you" in a question: a guard from English grammar, be/get + participle, not a lexicon; "accused of" with its
    # charge right after it is no cue at all since the 36th session, closed.en.charged_with, so the guard is shown
    # on "criticized")
    text = QUESTIONS.replace("Q: You said yesterday, the middle class is still getting crushed.",
                             "Q: Were you criticized for the cuts in 2010?\n\nA: No.\n\n"
                             "Q: You said yesterday, the middle class is still getting crushed.")
    by_text = {c.text: c for c in auditor.audit(Document(name="t", text=text)).claims}
    accused = by_text["Q: Were you criticized for the cuts in 2010?"]
    assert (accused.source.type, accused.cue) == ("unattributed", None) and accused.question
    assert "interview.question.addressee.passive" in accused.reasons
    assert not any(r.startswith(("attr.continuation", "cue.")) for r in accused.reasons)
    said = by_text["Q: You said yesterday, the middle class is still getting crushed."]
    assert (said.source.type, said.source.name) == ("named_official", "Joe Biden")
    assert "interview.question.addressee" in said.reasons
    assert not any(r.startswith("attr.continuation") for r in said.reasons)  # the replaced reading's reasons go


# usa-today_2016-03-18_laura-bush-sees-hope-help-for-af (PolNeAR train), shortened: the crawl ran each question's
# bold "Q" into its first word ("QWhat would have happened?"); the answers keep "A:"
GLUED = """Laura Bush sees 'Hope,' help for Afghan women

Former first lady Laura Bush wrote the introduction for a new book. Questions and answers have been edited for length.

QLast October, President Obama changed course and decided to keep a significant number of U.S. troops there.

A: Yes, I think that's really important.

QWhat would have happened?

A: I think they would have been set back. I think it would be very, very difficult for Afghanistan.

Qatar's envoy was not asked.
"""


def test_a_question_whose_q_the_crawl_ran_into_its_first_word_is_a_question(auditor):
    report = auditor.audit(Document(name="t", text=GLUED))
    assert report.interview is not None and "interview.question.glued" in report.interview.rules
    assert report.interview.interviewee == "Laura Bush"
    by_text = {c.text: c for c in report.claims}
    assert "interview.question" in by_text["QWhat would have happened?"].reasons
    assert by_text["QWhat would have happened?"].source.type == "unattributed"
    going_on = by_text["I think it would be very, very difficult for Afghanistan."]
    assert going_on.source.name == "Laura Bush" and "interview.answer" in going_on.reasons
    # a word that opens with "Qa" keeps its case: no question, the answer going on ("Qatar's envoy")
    assert "interview.question" not in by_text["Qatar's envoy was not asked."].reasons


def test_a_q_run_into_a_word_without_marked_answers_is_no_interview(auditor):
    text = "Title\n\nQVC sold more last year.\n\nQVC said the season was strong.\n\nIt said more."
    assert auditor.audit(Document(name="t", text=text)).interview is None


# review of session 33: a news story whose paragraphs open with "QAnon" (a name, no glued "Q") and "A. J." (an
# initial, no "A:") was read as a Q&A; glued questions need answers marked "A:", a question that asks ("?"), and
# "QAnon" is a name (interview.question.glued.name)
QANON = """Ohio rally

QAnon followers met in Ohio on Saturday.

A. J. Smith, a sheriff, said the crowd was calm.

QAnon has spread to Europe?

A. J. Smith added that no one was arrested.

QUESTIONABLE claims were shared.

A: The rally ended at noon.

QNobody was hurt.

A: Police said so.
"""


def test_a_story_of_qanon_and_initials_is_no_interview(auditor):
    report = auditor.audit(Document(name="t", text=QANON))
    assert report.interview is None and not any(c.question for c in report.claims)
    smith = next(c for c in report.claims if c.text.startswith("A. J. Smith, a sheriff"))
    assert "interview.answer" not in smith.reasons and smith.cue == "said"


def test_glued_questions_need_one_that_asks(auditor):
    no_question = GLUED.replace("QWhat would have happened?", "QWhat would have happened.")
    assert auditor.audit(Document(name="t", text=no_question)).interview is None


def test_dashes_and_stars_without_an_interview_are_plain_text(auditor):
    # okaz-style price list and an alarabia reprint credit: "-" and "*" lines in an ordinary article
    text = ("أسعار الحج\n\nأعلنت الوزارة أسعار البرامج لهذا العام.\n- الشريحة الأولى: (7546 - 8146) ريالا.\n"
            "- الشريحة الثانية: (7295 - 7895) ريالا.\n* ما هي الشريحة الأرخص؟\n- الشريحة الثالثة.\n"
            "* وهل تشمل السكن؟\n- نعم تشمل السكن.")
    report = auditor.audit(Document(name="t", text=text))
    assert report.interview is None


# breitbart_2016-07-10_ok-gov-fallin-trump-is-trying-to.txt (PolNeAR train split), shortened
FALLIN = """Sunday, on CNN’s “State of the Union,” Governor Mary Fallin (R-OK) said presumptive Republican presidential nominee Donald Trump is “trying to campaign as a racial healer.”

Partial transcript as follows:

JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing. Take a listen.

(BEGIN VIDEO CLIP.)

TRUMP: The deaths of Alton Sterling in Louisiana and Philando Castile in Minnesota, also make clear how much more work we have to do. Racial divisions have gotten worse, not better.

(END VIDEO CLIP.)

TAPPER: And obviously, you’re supporting Donald Trump.

Specifically I’ve heard from a number of Latino-Americans, all expressing concern about some of the things that Donald Trump has said. Talk to them.

FALLIN: Well, I think the whole nation needs to work together. They want safe homes. They want safe streets.
"""


def test_a_broadcast_transcript_gives_every_sentence_of_a_turn_to_its_speaker(auditor):
    report = auditor.audit(Document(name="t", text=FALLIN))
    by_text = {c.text: c for c in report.claims}
    tapper = by_text["JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing."]
    assert (tapper.source.type, tapper.source.text) == ("named_person", "JAKE TAPPER")
    assert "interview.turn" in tapper.reasons and tapper.cue == ":"
    assert report.body[tapper.source.start:tapper.source.end] == "JAKE TAPPER"  # the label is the span
    assert by_text["Take a listen."].source.type == "named_person"  # the same paragraph goes on
    assert by_text["Racial divisions have gotten worse, not better."].source.name == "Donald Trump"
    # the paragraph after a turn that speaks in the first person is the turn going on, whoever it mentions
    concern = next(c for c in report.claims if c.text.startswith("Specifically I’ve heard"))
    assert (concern.source.type, concern.source.text) == ("named_person", "TAPPER")
    assert any(s.name == "Donald Trump" for s in concern.also)  # what it reports stays another attribution
    # FALLIN: the governor the article introduced, an official
    for text in ("FALLIN: Well, I think the whole nation needs to work together.", "They want safe streets."):
        assert (by_text[text].source.type, by_text[text].source.name) == ("named_official", "Mary Fallin")


# west-journal_2016-03-29_hillary-camp-declining-to-debate.txt (PolNeAR train split)
BENENSON = """Video Transcript:

A few weeks ahead of the New York Primary, Hillary Clinton’s campaign says they are unwilling to debate.

KATE BOULDUAN: Why not debate?

JOEL BENENSON: This is a man who said he’d never run a negative ad, ever. He’s now running them.

BOULDUAN: You guys, back in January, were open to more debates. Why not debate in New York?

BENENSON: Senator Sanders doesn’t get to decide when we debate. If he does that, then we’ll talk about debates.

The ads are too tough huh? What ever happened to Hillary’s mantra of always being willing?

CLINTON: Honestly, I mean, I just believe that this is the most important job in the world.
"""


def test_a_turn_ends_where_the_writer_speaks_again(auditor):
    report = auditor.audit(Document(name="t", text=BENENSON))
    by_text = {c.text: c for c in report.claims}
    assert by_text["KATE BOULDUAN: Why not debate?"].source.type == "named_person"
    decide = by_text["BENENSON: Senator Sanders doesn’t get to decide when we debate."]
    assert (decide.source.type, decide.source.name.lower()) == ("named_person", "joel benenson")  # the surname resolved
    assert by_text["He’s now running them."].source.text == "JOEL BENENSON"
    # a paragraph in the writer's voice (no I, we or you) is no part of the turn before it
    assert by_text["The ads are too tough huh?"].source.type == "unattributed"
    assert "interview.turn" not in by_text["The ads are too tough huh?"].reasons
    honestly = next(c for c in report.claims if c.text.startswith("CLINTON: Honestly"))
    assert (honestly.source.type, honestly.source.name) == ("named_official", "Hillary Clinton")


@pytest.mark.parametrize("text", [
    # section labels, in a dialogue of their own: no person of the article is named UPDATE or BYLINE
    "UPDATE: The website removed the listing.\n\nBYLINE: Amber Phillips.\n\nUPDATE: The site said it would "
    "not list guns.\n\nEXCLUSIVE: The memo was sent on Monday.\n\nSTAT OF THE WEEK: Nine in ten voters stayed home.",
    # usa-today_2016-02-09_new-hampshire-primary-game-on-wh.txt: what each candidate needs, one heading each
    "Here's a look at what each candidate needs to do in Tuesday's primary.\n\nSanders: Win in a walk.\n\n"
    "Vermont Sen. Bernie Sanders has led former secretary of State Hillary Clinton in just about every poll.\n\n"
    "Clinton: Keep it close.\n\nIf Hillary Clinton somehow managed to win, she would go a long way.\n\n"
    "Trump: Move past Iowa.\n\nDonald Trump has something to prove.",
    # breitbart_2016-06-04_delegate-update-the-latest-count.txt: counts, not words
    "A look at where the race stands.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 1,501.\n\n"
    "These delegates, however, can change their minds.\n\nClinton: 547.\n\nSanders: 46.",
])
def test_labels_that_name_no_speaker_of_a_dialogue_give_no_turns(auditor, text):
    report = auditor.audit(Document(name="t", text=text))
    assert not any("interview.turn" in c.reasons for c in report.claims)


# politico_2016-02-19_q-a-with-vice-president-joe-bide.txt (PolNeAR train split), shortened
BIDEN_QA = """Q&A with Vice President Joe Biden.

Vice President Joe Biden spoke with POLITICO on Air Force Two. Here is the edited transcript of the interview.

Q: You’ve been talking about how the country is on the upswing.

A: It’s a big mistake. Everybody’s making it.

Q: Weren’t you the architect of that deal?

A: Well, I did. But the leadership got pissed off because I got put in a terrible position: remember, McConnell said he would only negotiate with Joe Biden. Harry Reid got mad.

Q: And Bernie Sanders?

A: Look, what Bernie is talking about now is mainstream. Full-blown capitalists are saying that’s true, that’s not right.
"""


def test_every_sentence_of_an_answer_is_the_interviewees_whoever_it_reports(auditor):
    # as in a transcript's turn: what an answer reports of others ("McConnell said") is the interviewee's claim,
    # the reported speaker another attribution in `also`
    report = auditor.audit(Document(name="t", text=BIDEN_QA))
    mcconnell = next(c for c in report.claims if c.text.startswith("But the leadership got pissed off"))
    assert (mcconnell.source.type, mcconnell.source.name) == ("named_official", "Joe Biden")
    assert "interview.answer" in mcconnell.reasons and any(s.text == "McConnell" for s in mcconnell.also)
    capitalists = next(c for c in report.claims if c.text.startswith("Full-blown capitalists"))
    assert capitalists.source.name == "Joe Biden"


@pytest.mark.parametrize("name,text", [("benenson", BENENSON), ("fallin", FALLIN),
                                       ("assabah", (PAGES / "assabah_interview_excerpt.txt").read_text(encoding="utf-8")),
                                       ("politico", (PAGES / "politico_qa_excerpt.txt").read_text(encoding="utf-8"))])
def test_turns_and_markers_read_from_the_body_normalised_once_are_those_of_each_paragraph(auditor, name, text):
    # the pipeline hands the body normalised once: the opening of each paragraph cut out of it (Normalized.view)
    # reads as that paragraph's opening normalised alone, offsets and all
    from provenance.normalize import normalize
    from provenance.text.boilerplate import clean
    from provenance.text.interview import _opening, find_interview, find_turns
    from provenance.text.language import detect_language
    from provenance.text.sentences import split_sentences

    rules = auditor.rules
    cleaned = clean(text, rules, detect_language(text, rules))
    nb = normalize(cleaned.body)
    for p in cleaned.paragraphs:
        for size in (40, 60):  # a marker's and a speaker's label
            alone, viewed = normalize(cleaned.body[p.start:p.end][:size]), _opening(p, size, nb)
            assert (viewed.text, list(viewed.offsets)) == (alone.text, list(alone.offsets))
    sentences = split_sentences(cleaned.body, cleaned.paragraphs, rules, nb)
    args = (cleaned.body, cleaned.paragraphs, sentences, rules, nb)
    if name in ("benenson", "fallin"):
        assert find_turns(*args)  # transcripts: the turns were found
    else:
        assert find_interview(cleaned.title, *args) is not None


def test_a_questions_you_is_the_interviewee_when_no_one_has_spoken_before(auditor):
    # review of session 33: attribution leaves the source's text empty when no one has spoken yet
    # (attr.continuation.no_previous); the "you" before the cue is read on the question itself, as on the Biden Q&A
    text = ("Q&A with Governor Jane Smith.\n\nSmith spoke with us on Friday.\n\n"
            "Q: You said last week that the budget was balanced.\n\nA: It is. We cut spending.\n\n"
            "Q: Were you criticized for the cuts in 2010?\n\nA: No.\n")
    by_text = {c.text: c for c in auditor.audit(Document(name="t", text=text)).claims}
    said = by_text["Q: You said last week that the budget was balanced."]
    assert (said.source.type, said.source.name) == ("named_official", "Jane Smith")
    assert "interview.question.addressee" in said.reasons and said.question
    assert not any(r.startswith("attr.continuation") for r in said.reasons)
    accused = by_text["Q: Were you criticized for the cuts in 2010?"]
    assert (accused.source.type, accused.cue) == ("unattributed", None)
    assert "interview.question.addressee.passive" in accused.reasons
