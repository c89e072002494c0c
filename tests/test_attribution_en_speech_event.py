"""English speech events named without a verb of saying (rules/en/speech_events.yaml): taking to a social network
is posting on it, a speech act whose subject is the claim's source. Each case comes from PolNeAR's train split
(../shared/data/english-polnear/train/text; the file is named beside it)."""
import pytest


def said_by(audit, text: str, source: str, rule: str) -> bool:
    """Whether the sentence's claim rests on `source`, found by `rule`."""
    claim = audit(text).claims[0]
    return claim.source.type not in (None, "unattributed") and source in (claim.source.text or "") \
        and rule in claim.reasons


@pytest.mark.parametrize("text, source", [
    # politico_2016-07-06_lewandowski-fbi-director-acted-a.txt
    ("Trump took to Twitter early Wednesday morning to continue his verbal assault on the presumptive Democratic "
     "nominee.", "Trump"),
    # west-journal_2015-11-21_after-trump-heard-what-his-fox-n.txt
    ("Trump took to Twitter to fire back at George Will.", "Trump"),
    # huff-post_2016-07-18_more-offensive-things-donald-tru.txt
    ("Sometimes confrontations between supporters and protestors grew violent, and the GOP candidate took to "
     "Twitter to call out protestors.", "the GOP candidate"),
])
def test_taking_to_twitter_is_said_by_its_subject(audit, text, source):
    # LABELLING.md: tweeting is a speech act; taking to Twitter is tweeting
    assert said_by(audit, text, source, "cue.en.took_to")


def test_taking_to_the_stage_is_no_speech(audit):
    # only a social network: the stage, the streets or the airwaves name an appearance or an ad
    text = "Thousands of protesters took to the streets of Philadelphia on Monday."
    assert audit(text).claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text, source", [
    # west-journal_2015-11-13_ben-carson-just-dropped-a-powerf.txt
    ("Donald Trump unleashed a harsh attack on Ben Carson last night, comparing Carson to a child molester.",
     "Donald Trump"),
    # breitbart_2016-02-07_after-rubio-stumbles-rivals-see-.txt
    ("Christie unleashed withering attacks against Rubio in Saturday’s debate.", "Christie"),
    # breitbart_2016-07-27_obama-to-frame-election-as-comma.txt
    ("In an incendiary press conference, Trump launched a pre-emptive attack against Obama.", "Trump"),
])
def test_a_verbal_attack_opened_is_said_by_its_subject(audit, text, source):
    # "attacked" is a verb of saying (cue.en.say); so is unleashing or stepping up an attack on someone
    assert said_by(audit, text, source, "cue.en.verbal_attack")


def test_an_attack_of_arms_is_no_speech(audit):
    # the kind of attack names arms, not words
    text = "Russia launched a missile attack on Aleppo on Tuesday."
    assert audit(text).claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text, source", [
    # breitbart_2016-04-01_clinton-sanders-had-opposing-vie.txt
    ("Patient advocacy groups note that Sanders co-sponsored bans in 2003 and 2005.", "Patient advocacy groups"),
    # nyt_2016-08-31_the-human-face-of-coal-power.txt
    ("But experts note that despite the new limits, there are still lots of new coal-fired generators being built.",
     "experts"),
    # usa-today_2015-12-15_nevada-a-newcomer-in-republican-.txt
    ("Residents cite jobs, safety from terrorism as top concerns.", "Residents"),
    # wash-post_2016-01-07_germany-targets-a-surge-of-vitri.txt
    ("Critics call it the enforcement of political correctness.", "Critics"),
    # breitbart_2016-04-29_president-barack-obama-s-last-ch.txt
    ("Others call it the nerd prom.", "Others"),
    # wash-post_2016-04-09_trump-s-new-go-to-guy-no-strange.txt
    ("Corporate lobbyists describe such work as \"a different cup of tea\" than the typical contract lobbying.",
     "Corporate lobbyists"),
])
def test_the_plural_present_of_noting_citing_or_calling_names_its_subject(audit, text, source):
    # the plural present of a verb of saying (cue.en.plural_present): "experts note that", "Critics call it"
    assert said_by(audit, text, source, "cue.en.plural_present")


@pytest.mark.parametrize("text", [
    # nyt_2016-02-18_trump-fires-up-g-o-p-base-by-pri.txt: a noun after "his"
    "The survey showed that 65 percent of Republicans supported his call for a temporary ban on Muslims.",
])
def test_a_call_that_is_a_noun_or_a_saying_names_no_one(audit, text):
    assert not any("cue.en.plural_present" in c.reasons for c in audit(text).claims)


@pytest.mark.parametrize("text, source", [
    # politico_2016-06-14_sanders-scripts-his-primary-seas.txt
    ("Sanders has made no secret of the policy points he hopes to see on the party platform in Philadelphia.",
     "Sanders"),
    # usa-today_2016-05-03_ted-cruz-says-heckler-deserves-a.txt
    ("Texas Sen. Ted Cruz has made no secret of the fact that he spanks his daughter when she misbehaves.",
     "Ted Cruz"),
    # wash-post_2015-12-04_a-killing-and-video-test-emanuel.txt
    ("Emanuel has made no secret of his frustration with the movie's title.", "Emanuel"),
])
def test_making_no_secret_is_saying_openly(audit, text, source):
    assert said_by(audit, text, source, "cue.en.no_secret")


@pytest.mark.parametrize("text, source", [
    # politico_2016-01-19_clinton-super-pac-answers-rove-a.txt
    ("In an interview with ABC News over the weekend, Clinton laughed off the attack ad.", "Clinton"),
    # huff-post_2016-08-11_donald-trump-is-now-calling-obam.txt
    ("Trump parroted these views during an interview with NBC South Florida on Thursday afternoon.", "Trump"),
    # wash-post_2016-01-16_ex-cia-chief-in-ben.txt
    ("In a lengthy interview with reporters from The Washington Post, Bob provided new details about the attacks.",
     "Bob"),
    # west-journal_2016-08-25_trump-stands-tal.txt: a verb of stance there is said too
    ("During an interview with Sean Hannity that aired Wednesday night, Donald Trump discussed one of his signature "
     "proposals.", "Donald Trump"),
    # nyt_2015-11-18_paris-attacks-test-clinton-s-str.txt
    ("(In an interview with ABC News on Sunday, Mr. Rhodes sought to clarify Mr. Obama's comment.", "Mr. Rhodes"),
])
def test_the_clause_an_interview_frames_is_said_by_its_subject(audit, text, source):
    # cue.en.interview_occasion: 29 of 34 such clauses annotated on PolNeAR's train split
    assert said_by(audit, text, source, "cue.en.interview_occasion")


@pytest.mark.parametrize("text", [
    # wash-post_2016-06-01_voters-skeptical-as-clinton-vows.txt: asked, not saying
    "In an interview with The Post last week, Trump was asked what he thought Clinton could do.",
    # breitbart_2016-01-05_the-latest-cruz-to-.txt: an interview to come
    "He will participate in an interview with WVIT in Hartford, Connecticut.",
    # politico_2016-05-24_ken-starr-praises-la.txt: the interview frames a clause further on, not the main verb
    "Starr in 1994 took over the investigation and investigated the suicide of Vincent Foster, an incident Trump "
    "brought up as \"very fishy\" in an interview with The Washington Post.",
])
def test_an_interview_that_frames_no_speech_of_the_main_clause_names_no_source(audit, text):
    assert audit(text).claims[0].source.type in (None, "unattributed")


@pytest.mark.parametrize("text", [
    "Veteran actor John Smith collapsed during an interview with the BBC on Tuesday.",
    "During an interview with CNN on Sunday, a protester stormed the set.",
    "Protesters interrupted the senator during an interview with Fox News on Monday.",
    "The minister walked out of the studio during an interview with Al Jazeera.",
    "Trump appeared in an interview with Fox News on Sunday.",
    "The senator stumbled in an interview with CNN on Sunday.",
])
def test_an_act_done_in_an_interview_is_narration_not_speech(audit, text):
    # cue.en.interview_occasion reads only a verb of expression (closed.en.expression_verb) or of stance: collapsing,
    # appearing or walking out in an interview says nothing (review 2 of the 35th session, findings 1 and 6)
    claim = audit(text).claims[0]
    assert claim.source.type in (None, "unattributed")
    assert claim.via == []


@pytest.mark.parametrize("text, source", [
    # wash-post_2016-05-09_for-outgoing-u-n-chief-climate-d.txt
    ("Asked whether he was concerned that Donald Trump, the presumptive Republican presidential nominee, who has "
     "called the notion of man-made global warming a hoax, could be the next occupant of the White House, Ban "
     "demurred.", "Ban"),
    # wash-post_2016-08-28_in-crazy-election-gary-johnson-s.txt (its Libertarian candidate)
    ("Asked whether he would encourage his voters to pick Republicans or Democrats when they went down their "
     "ballot, Johnson demurred.", "Johnson"),
    # west-journal_2016-02-23_wow-al-sharpton-just-said-someth.txt
    ('Asked by Thrush if Clinton "gets" race, Sharpton avoided a declarative answer.', "Sharpton"),
])
def test_a_question_put_makes_the_main_clause_an_answer(audit, text, source):
    # cue.en.question_answered: "Asked whether ..., X demurred" is X's answer, whatever the verb (PolNeAR train
    # annotates each verb a cue with its subject the source); the question's own "asked" and "has called" are no cue
    assert said_by(audit, text, source, "cue.en.question_answered")


@pytest.mark.parametrize("text", [
    "Asked later, the admiral chuckled.",
    "Asked to leave the rally, the protester walked out.",
    "Asked by his coach to play through the injury, Smith scored twice in the second half.",
    "Asked about the shooting, police arrested two men on Friday.",
    "Asked about the plan in March, the city council approved it in a 5-2 vote.",
    "Asked if she was tired, Clinton kept smiling.",
    "Asked about the allegations, Smith walked out of the interview.",
    "Asked about the ad, Clinton laughed.",
])
def test_a_gesture_a_request_or_an_act_is_no_answer(audit, text):
    # en.class.nonverbal_response: a chuckle says nothing; "asked to", "asked by his coach to" are requests, no
    # question put; an arrest, a vote, smiling on or walking out is an act, not a reply (closed.en.answer_verb;
    # review 2 of the 36th session, findings 2-4)
    assert audit(text).claims[0].source.type in (None, "unattributed")


@pytest.mark.parametrize("text, source", [
    ("Asked about the ad, Clinton laughed off the attack.", "Clinton"),
    ("Asked about the deal, Acme's chief executive, Jane Doe, demurred.", "Acme's chief executive, Jane Doe"),
])
def test_an_answer_of_expression_names_the_subject_after_the_question(audit, text, source):
    # "laughed off" is a verb of expression (closed.en.expression_verb), read before the gesture "laughed"; the
    # answer's subject starts after the question put, not at "Asked" (review 2 of the 36th session, finding 4)
    claim = audit(text).claims[0]
    assert claim.source.text == source and "cue.en.question_answered" in claim.reasons
