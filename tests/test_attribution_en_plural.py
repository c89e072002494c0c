"""A capitalised common noun opening the sentence is no name: a plural of people by its suffix
(en.class.agent_plural), a noun of someone's associates (en.class.possessed_person) or an unnamed official or
anonymous noun after a capitalised modifier (src.bare_plural.en) is an unnamed group, anonymous or
anonymous_official (LABELLING.md: "experts", "analysts", "diplomats"), not a person named "Proponents". Each case
comes from PolNeAR's train split (../shared/data/english-polnear/train/text; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, source, kind", [
    # politico_2015-11-30_congress-set-to-dump-.txt
    ("The bill passed the House. Proponents of the new bill, however, say it would keep enough federal safeguards "
     "in place.", "Proponents of the new bill", "anonymous"),
    # wash-post_2016-01-07_germany-targets-a-s.txt
    ("Proponents are hailing the government effort as a way to foment respect.", "Proponents", "anonymous"),
    # nyt_2016-06-15_global-sympathy-but-very-.txt
    ("Editorialists opined against extremism and violence.", "Editorialists", "anonymous"),
    # breitbart_2016-02-20_the-latest-hillary-.txt
    ("Caucus-goers were slightly more likely to say they preferred Clinton than Sanders to handle Supreme Court "
     "nominations.", "Caucus-goers", "anonymous"),
    # wash-post_2016-04-21_what-s-next-for-san.txt
    ("Associates say he is likely to run for reelection as a senator in two years.", "Associates", "anonymous"),
    # politico_2016-02-23_obama-s-gitmo-plan-l.txt
    ("Legal observers note the White House wouldn't truly close the prison.", "Legal observers", "anonymous"),
    # nyt_2016-07-29_obama-lays-out-stakes-for.txt
    ("Top advisers said he had rejected the idea of a valedictory address.", "Top advisers", "anonymous_official"),
])
def test_a_capitalised_plural_of_people_opening_the_sentence_is_an_unnamed_group(audit, text, source, kind):
    claim = audit(text).claims[-1]
    assert claim.source.text == source
    assert claim.source.type == kind


@pytest.mark.parametrize("text, source", [
    # a surname the article introduced, in -ents: still the person (memory, not the suffix)
    ("Bill Clements is a former governor. Clements said the bill was bad.", "Clements"),
    # a surname in -ers never introduced: no suffix of the class, still a name
    ("Sanders said the bill was bad.", "Sanders"),
])
def test_a_surname_in_the_plural_stays_a_name(audit, text, source):
    claim = audit(text).claims[-1]
    assert claim.source.text == source
    assert claim.source.type in ("named_person", "named_official")


def test_nouns_in_ment_are_no_agents(audit):
    # -ments are things, never an agent noun: "Statements" is not read as a group of people by its suffix
    claim = audit("Statements suggest the plan was late.").claims[-1]
    assert "en.class.agent_plural" not in claim.source.rules
