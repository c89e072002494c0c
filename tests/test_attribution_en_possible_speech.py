"""English verbs of saying after a modal of possibility or obligation (closed.en.possibility_modal): what one can,
may or must say is not said, so the sentence is the writer's (LABELLING.md: a speech act attributes; one that
may or must happen reports nothing) and the subject stays a side attribution in `also`. Instances from PolNeAR's
train split (../shared/data/english-polnear/train/text; the file is named beside each)."""
import pytest


@pytest.mark.parametrize("text, holder", [
    # huff-post_2016-04-27_why-does-israel-refuse-to-recogn.txt (tuned label: unattributed)
    ("Israel must also acknowledge the history of its centuries-old Armenian quarter and church that reigns strong "
     "in Jerusalem.", "Israel"),
    # wash-post_2016-03-29_calif-may-raise-minimum-wage-to-.txt
    ("But there are some industries in California that might respond more radically.", None),
    # nyt_2016-05-09_american-admiral-rattles-beijing.txt
    ("Beijing could also declare an air defense zone over parts of the South China Sea.", None),
    # politico_2015-12-28_are-democrats-crippling-obamacar.txt
    ("The whole system will have to respond by focusing on quality.", None),
    # nyt_2015-12-10_immigrants-can-find-way-in-ameri.txt
    ("By some standards one could say immigrants to the United States integrate poorly.", None),
])
def test_what_may_or_must_be_said_is_the_writers(audit, text, holder):
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"
    if holder is not None:
        side = [s for s in claim.also if s.text == holder]
        assert side and "closed.en.possibility_modal" in side[0].rules


@pytest.mark.parametrize("text, source", [
    # a refusal to comment: the negated modal is read as before (cue.en.withheld)
    ("Trump could not say whether the wall would be built.", "Trump"),
    # "would" narrates a later saying; "had to" an obligation met (politico_2016-02-10_top-clinton-adviser-sent-top-sec)
    ("Trump would later say that the wall would be built.", "Trump"),
    ("Sullivan had to explain to Clinton that he couldn't send her a Mideast peace-related document.", "Sullivan"),
    # a plain report whose complement holds a modal
    ("Trump says he can win the nomination.", "Trump"),
])
def test_refused_narrated_or_met_saying_keeps_its_source(audit, text, source):
    claim = audit(text).claims[0]
    assert claim.source.type != "unattributed"
    assert source in (claim.source.text or "")
    assert not any("closed.en.possibility_modal" in s.rules for s in [claim.source, *claim.also])


def test_a_modal_perfect_is_said(audit):
    # west-journal_2016-02-10_look-man-spotted-directly-behind: "may have said" tells what was said
    claim = audit("Ed Krayewski may have said it best when he blogged: “Hillary Clinton is as close to a "
                  "pre-selected candidate as this cycle’ll see.”").claims[0]
    assert claim.source.type == "named_person"
    assert claim.source.text == "Ed Krayewski"


def test_a_pronoun_subject_is_read_as_before(audit):
    # breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza: a speaker's own way of saying it stays its sentence's
    # attribution (as a side one the pronoun went unresolved and PolNeAR lost the span)
    claim = audit("Mr. Obama spoke on Tuesday. He can now say, with the benefit of hindsight, that the plan "
                  "worked.").claims[1]
    assert claim.source.type != "unattributed"
    assert not any("closed.en.possibility_modal" in s.rules for s in [claim.source, *claim.also])
