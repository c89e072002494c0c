"""Judgments held with an object and a predicate noun ("considers himself an immigrant", "has deemed certain
releases a reasonable trade-off"): cue.en.judge_complement, the perfect of a belief (en.class.perfect_auxiliary)
and a plural holder with an aside ("Constitutionalists, like Texas Sen. Ted Cruz, consider"). Each case comes from
PolNeAR's train split (../shared/data/english-polnear/train/text; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, source", [
    # breitbart_2016-04-12_mexican-anchor-crosses-swords-wi.txt
    ("Jorge Ramos is a journalist. Ramos, who lives in Miami, considers himself an immigrant even though he has "
     "acquired US citizenship.", "Ramos"),
    # nyt_2016-01-20_in-prisoner-swap-compassion-vs-c.txt
    ("While critics argue that trading prisoners encourages others to target Americans, President Obama has deemed "
     "certain releases a reasonable trade-off.", "President Obama"),
    # nyt_2016-01-20_in-prisoner-swap-compassion-vs-c.txt (the headline's present)
    ("Despite criticism, Obama deems certain releases a reasonable trade-off.", "Obama"),
])
def test_considering_or_deeming_something_a_thing_is_a_judgment_of_the_subject(audit, text, source):
    # LABELLING.md: opinion verbs with an explicit subject attribute to it
    claim = audit(text).claims[-1]
    assert claim.source.text == source
    assert "attr.opinion_holder" in claim.source.rules


def test_a_plural_holder_with_an_aside_holds_the_judgment(audit):
    # west-journal_2016-06-23_this-well-known-author-would-con.txt: the plural verb agrees with the head before the
    # aside's comma, not with "Cruz"
    claim = audit("Constitutionalists, like Texas Sen. Ted Cruz, consider him a phony.").claims[0]
    assert claim.source.text.startswith("Constitutionalists")


@pytest.mark.parametrize("text", [
    "Clinton is considering a run for the Senate.",  # contemplating an act
    "Clinton considered a run for the Senate.",  # no object before the article
    "The House will consider the bill the next day.",  # a time, after a modal
    "They're considered illegitimate within the Republican Party.",  # a passive
    # nyt_2016-05-19_democrats-pressure-sanders-to-re: a passive
    "Many potential Sanders delegates were deemed ineligible.",
    # breitbart_2015-12-20_republican-donor-adelson-and-tru: a question, after a modal
    "Trump wavered in answering a question about whether he would consider Jerusalem the undivided capital of "
    "Israel.",
    # huff-post_2016-02-21_this-cable-news-panel-just-dismi: after a modal
    "There are many reasons why middle- and low-income Americans might consider it a good deal.",
    # usa-today_2016-03-24_nabisco-rolls-out-layoffs-in-chi: a participle
    "The company considered building the factory lines in Chicago.",
])
def test_contemplating_a_passive_or_a_modal_is_no_judgment_held(audit, text):
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"


def test_a_modal_perfect_is_no_belief_held(audit):
    # "may have thought" (PolNeAR train) is a guess of the writer's, not the subject's belief
    claim = audit("Democrats may have thought the race was over.").claims[0]
    assert claim.source.type == "unattributed"


def test_the_perfect_of_a_belief_is_held(audit):
    # wash-post_2016-01-20_fiorina-pushed-ahead-and-paid-a-.txt
    claim = audit("HP had believed its forecasts for Compaq's new gains were conservative.").claims[0]
    assert claim.source.text == "HP"


@pytest.mark.parametrize("text, source", [
    # nyt_2016-07-15_latest-poll-has-trump-pulling-ev.txt
    ("Last week, the F.B.I. director, James B. Comey, recommended that no criminal charges be filed against Mrs. "
     "Clinton.", "the F.B.I. director, James B. Comey"),
    # usa-today_2016-03-02_no-clear-path-points-to-white-ho.txt
    ("Election scholars caution that high turnout during the primaries doesn't necessarily translate to an "
     "advantage in November.", "Election scholars"),
    # wash-post_2016-09-03_hacker-who-exposed-clinton-s-use.txt (there inside what Cacheris said)
    ("Romania's Justice Ministry requested that Lazar be immediately released.", "Romania's Justice Ministry"),
])
def test_advising_recommending_or_requesting_that_is_a_speech_act(audit, text, source):
    # cue.en.advise_that: LABELLING.md's "urge", "call for", "warn" and their kin
    claim = audit(text).claims[0]
    assert claim.source.text == source


@pytest.mark.parametrize("text", [
    "The senator recommended a new approach to the problem.",  # an act named, no "that"
    # a noun (nyt_2015-12-30_roasts-and-toasts-for-dealbook)
    "The biggest challenge is the requests that come in from all of those people.",
    "Curt Schilling has been advised that his conduct was unacceptable.",  # a passive: the adviser unnamed
    "Comey did not recommend that she face criminal charges.",  # negated: the writer's claim
    # politico_2016-07-11_republicans-ask-doj-to-investiga: "his decisions not to recommend that"
    "Goodlatte wants answers about his decisions not to recommend that Clinton be prosecuted.",
])
def test_a_noun_a_passive_or_a_negation_of_advising_is_no_speech_act(audit, text):
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"


@pytest.mark.parametrize("text, source", [
    # huff-post_2016-06-09_clinton-and-sanders-aren-t-butti.txt
    ("But progressive organizations that have endorsed him say they believe superdelegates should choose the "
     "candidate who won the most pledged delegates.", "progressive organizations that have endorsed him"),
    # nyt_2015-12-09_terrorists-mock-bids-to-block-th.txt (was a person named "Companies")
    ("Companies say that weakening the encryption in their products would only make regular users more vulnerable.",
     "Companies"),
    # politico_2016-08-17_ap-trump-chair-routed-ukrainian-.txt
    ("The heads of both lobbying firms told AP they concluded there was no obligation to disclose their activities.",
     "The heads of both lobbying firms"),
])
def test_a_plural_noun_of_unnamed_bodies_is_an_unnamed_source(audit, text, source):
    # en.class.person_noun: organizations, unions, companies, firms ... name no one, as "groups" does
    claim = audit(text).claims[0]
    assert claim.source.text == source
    assert claim.source.type == "anonymous"


def test_a_plural_noun_of_bodies_as_an_object_is_no_source(audit):
    # politico_2016-08-17_ap-trump-chair-routed-ukrainian-.txt: the firms are paid, they say nothing
    claim = audit("The nonprofit subsequently paid at least $2.2 million to the lobbying firms to advocate positions "
                  "generally in line with those of the party.").claims[0]
    assert claim.source.type == "unattributed"
