"""English predicates by verb class (rules/en/verb_classes.yaml): lemmas of a Levin class or FrameNet frame, kept
as a whole class after measuring on PolNeAR's train split how often annotators marked the holders it finds. Each
case comes from that split (../shared/data/english-polnear/train/text; the file is named beside it). Their holders
are stances: recorded in a claim's `also`, never its source (README: only speech acts, "according to", relays and
publishing verbs make a source)."""
import pytest


def _holders(claim):
    return [(s.text, s.rules) for s in claim.also]


@pytest.mark.parametrize("text, holder", [
    # nyt_2016-04-26_sanders-and-allies-aim-to-shape-.txt
    ("Liberal groups have pressured the president on recent appointments to the Treasury Department and his "
     "deportation policies.", "Liberal groups"),
    # politico_2016-07-02_sanders-california-supporters-ca.txt
    ("State party chairman John Burton has also implored state party delegates to unite and focus on Trump.",
     "John Burton"),
    # huff-post_2016-02-12_the-democratic-primary-is-a-figh.txt
    ("Former White House Chief Of Staff Rahm Emanuel pressured them to stop by threatening their funding sources.",
     "Rahm Emanuel"),
])
def test_pressing_someone_to_act_is_a_stance_of_its_subject(audit, text, holder):
    # cue.en.suasion (FrameNet's Attempt_suasion): the one pressing holds the stance pressed for
    claim = audit(text).claims[0]
    assert any(holder in (t or "") and "cue.en.suasion" in rules for t, rules in _holders(claim)), _holders(claim)
    assert claim.source.type in (None, "unattributed")


def test_pleading_guilty_is_no_suasion(audit):
    # breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza.txt: a plea in court; only "pleaded with" is in the class
    claim = audit("In 2012, Chatwal pleaded guilty to making more than $180,000 in straw donations.").claims[0]
    assert not any("cue.en.suasion" in rules for _, rules in _holders(claim))


@pytest.mark.parametrize("text", [
    # huff-post_2016-08-17_the-unhappy-campaign-of-paul-man.txt: an inference, no one pressed
    "Many of those mistakes were of the candidate’s own doing, but they begged the question of whether Trump was "
    "being managed at all.",
    # nyt_2016-06-15_clinton-s-chance-to-make-bold-ch.txt: a noun
    "Clinton's careful collection of tweaks and prods is no match for the challenge.",
])
def test_begging_the_question_or_a_prod_presses_no_one(audit, text):
    claim = audit(text).claims[0]
    assert not any("cue.en.suasion" in rules for _, rules in _holders(claim))


@pytest.mark.parametrize("text, holder", [
    # wash-post_2016-07-02_judge-blocks-mississippi-s-relig.txt
    ("Bryant enthusiastically signed the bill into law April 5.", "Bryant"),
    # wash-post_2016-06-28_ruling-solidifies-candidates-abo.txt
    ("The Oklahoma legislature passed a measure that would ban almost all abortions.", "The Oklahoma legislature"),
    # wash-post_2016-03-10_after-hour-filibuster-missouri-s.txt
    ("Last week, South Dakota's Republican governor vetoed a bill that would have required schoolchildren to use the "
     "bathroom that matched with their biological sex.", "governor"),
    # wash-post_2015-12-04_a-killing-and-video-test-emanuel.txt
    ("In May, the city council voted to pay $5.5 million to the family.", "the city council"),
])
def test_enacting_or_blocking_a_measure_is_an_act_of_its_subject(audit, text, holder):
    # cue.en.enact (FrameNet's Legislation and Enforcing): an act taken on a proposition, in `also`
    claim = audit(text).claims[0]
    assert any(holder in (t or "") and "cue.en.enact" in rules for t, rules in _holders(claim)), _holders(claim)


@pytest.mark.parametrize("text", [
    # breitbart_2016-02-20_the-latest-hillary-clinton-tells.txt: a noun
    "Supporters gave each other high-fives and held Trump signs high above their heads as they celebrated.",
    # nyt_2015-12-14_visa-screening-missed-attacker-s.txt: no measure passed
    "Tashfeen Malik passed three background checks.",
    "Her grandfather passed away last year.",
])
def test_signs_and_other_passing_enact_nothing(audit, text):
    claim = audit(text).claims[0]
    assert not any("cue.en.enact" in rules for _, rules in _holders(claim))


@pytest.mark.parametrize("text", [
    # session 38's review: the measure is no object of the verb, time passed before or without it
    "Years passed without a deal on the budget.",
    "Two weeks passed before the bill was signed.",
    # a stretch of time passes nothing, whatever follows (src.time.en, en.class.quantifier)
    "Months passed and the bill died in committee.",
])
def test_time_passing_enacts_nothing(audit, text):
    claim = audit(text).claims[0]
    assert not any("cue.en.enact" in rules for _, rules in _holders(claim)), _holders(claim)


@pytest.mark.parametrize("text, holder", [
    # a time word inside the subject's clause is no stretch of time passing
    ("The House on Tuesday passed the bill.", "The House"),
    # usa-today_2016-05-12_obama-order-opens-door-for-outsi.txt: the measure before, signed "into law"
    ("Under the Presidential Transitions Improvement Act, which Obama signed into law in March, the president must "
     "establish a transition plan.", "Obama"),
])
def test_a_body_acting_on_a_day_or_into_law_still_enacts(audit, text, holder):
    claim = audit(text).claims[0]
    assert any(t == holder and "cue.en.enact" in rules for t, rules in _holders(claim)), _holders(claim)


@pytest.mark.parametrize("text", [
    # session 38's review: a noun after a verb in the past, where its object begins
    "Protesters held signs opposing the new law.",
    "Supporters waved signs backing the ban.",
    # after a determiner
    "His vetoes of the budget bills angered the legislature.",
])
def test_a_plural_noun_after_a_verb_or_determiner_enacts_nothing(audit, text):
    claim = audit(text).claims[0]
    assert not any("cue.en.enact" in rules for _, rules in _holders(claim)), _holders(claim)


def test_a_present_verb_after_its_subject_still_enacts(audit):
    claim = audit("The governor signs the bill into law on Friday.").claims[0]
    assert any(t == "The governor" and "cue.en.enact" in rules for t, rules in _holders(claim)), _holders(claim)


@pytest.mark.parametrize("text, holder", [
    # wash-post_2015-12-20_democratic-candidates-pi*.txt
    ("The Republicans had sparred over a range of issues, including immigration and surveillance.",
     "The Republicans"),
    # wash-post_2016-01-18_a-sharper-tone-as-stakes*.txt
    ("The leading candidates also sparred over financial regulations.", "The leading candidates"),
    # huff-post_2016-07-26_obama-administration-to-*.txt
    ("Republicans quickly pounced on the administration’s policy announcement by tying it to unauthorized "
     "immigration.", "Republicans"),
])
def test_sparring_or_pouncing_on_words_is_a_stance_of_its_subject(audit, text, holder):
    # cue.en.sparring: verbal attack named by a verb of fighting or striking, in `also`
    claim = audit(text).claims[0]
    assert any(holder in (t or "") and "cue.en.sparring" in rules for t, rules in _holders(claim)), _holders(claim)
    assert claim.source.type in (None, "unattributed")


@pytest.mark.parametrize("text", [
    "The cat pounced at the mouse.",
    "He took a jab to the ribs in the third round.",
    # review of session 40: "needles" the noun, literal sparring, jabbing and pouncing
    "Addicts often share needles.",
    "Drug users share needles at the clinic.",
    "Volunteers distribute needles in the park.",
    "Mike Tyson jabbed at his opponent in the second round.",
    "Senator Ted Cruz pounced on the ball and scored.",
    "Jeb Bush sparred with his trainer at the gym before dawn.",
])
def test_literal_pouncing_and_jabs_are_no_sparring(audit, text):
    claim = audit(text).claims[0]
    assert not any("cue.en.sparring" in rules for _, rules in _holders(claim))


@pytest.mark.parametrize("text, holder", [
    # breitbart_2016-06-24_hillary-clinton-unveils-*.txt (its headline)
    ("Hillary Clinton unveils first Spanish campaign ad.", "Hillary Clinton"),
    # politico_2015-12-23_ben-carson-hints-at-major*.txt (its headline)
    ("Ben Carson hints at major campaign shakeup, then takes it back.", "Ben Carson"),
    # nyt_2016-05-18_clinton-hints-at-husband-s-job*.txt (its headline)
    ("Clinton hints at husband's job in her administration.", "Clinton"),
])
def test_presenting_or_hinting_at_a_plan_in_the_present_is_a_stance(audit, text, holder):
    # cue.en.present_plan: the present forms of the presenting and implying verbs the lexicons hold in the past
    claim = audit(text).claims[0]
    assert any(holder in (t or "") and "cue.en.present_plan" in rules for t, rules in _holders(claim)), \
        _holders(claim)


def test_jabbing_at_a_rival_on_a_topic_is_sparring(audit):
    # politico_2016-04-11_clinton-and-sanders-trade-low-bl.txt: "jab at" before a topic ("on that same topic")
    claim = audit("Sanders jabbed at Clinton on that same topic on Monday.").claims[0]
    assert any(t == "Sanders" and "cue.en.sparring" in rules for t, rules in _holders(claim)), _holders(claim)


@pytest.mark.parametrize("text", [
    "Trump was needled by Bush over his record.",
    "Clinton's plan was outlined by Bush over the weekend.",
])
def test_the_agent_of_a_passive_stance_ends_before_its_reason(audit, text):
    # the passive holder read as attr.passive_agent reads the agent ("Trump was criticized by Bush over his record":
    # Bush): "Bush over his record", "Bush over the weekend" before (review of session 40)
    claim = audit(text).claims[0]
    assert [t for t, _ in _holders(claim)] == ["Bush"], _holders(claim)


@pytest.mark.parametrize("text, holder", [
    # breitbart_2016-05-14_mccain-challenger-kelli-ward-imp.txt
    ("Instead of complying with the DOJ’s demand, Gov. McCrory filed a complaint for declaratory judgement against "
     "Obama’s DOJ, AG Lynch, and Principal Deputy Assistant AG Vanita Gupta.", "McCrory"),
    # huff-post_2015-12-22_of-the-most-powerful-things-lati.txt
    ("Pulitzer Prize-winning author Junot Díaz made a case for reading authors with diverse gender and race "
     "perspectives as critical to understanding the world.", "Junot Díaz"),
    # politico_2016-02-23_obama-s-gitmo-plan-leaves-everyo.txt
    ("Clinton weighed in with her support on Tuesday evening.", "Clinton"),
])
def test_a_support_verb_predicate_is_a_stance_of_its_subject(audit, text, holder):
    # cue.en.support_predicate: a support verb and the noun that carries its sense, its subject a stance's holder
    claim = audit(text).claims[0]
    assert any(holder in (t or "") and "cue.en.support_predicate" in rules for t, rules in _holders(claim)), \
        _holders(claim)
    assert claim.source.type in (None, "unattributed")


@pytest.mark.parametrize("text", [
    # a walk back past a comma or over more than six words has crossed a clause or a list
    "An aide to Senator Warren, a longtime critic, filed a complaint.",
    "In Washington, Mr. Obama and the many allies of the Democratic Party in the House weighed in.",
    # a modal, an infinitive: a stance that may come, not one taken
    "Clinton would have weighed in with her support on Tuesday.",
    "Clinton is expected to have weighed in with her support.",
    # a question
    "Has Clinton weighed in with her support yet?",
    # a relative clause: the walk back would find the noun before "who"
    "The senator met voters who weighed in with their support.",
    # review 2 (session 41), finding 7: a subject's last conjunct opens no clause
    "Supporters of Trump and Cruz took a stand against the deal.",
    "Trump, Cruz and Rubio took a stand against the deal.",
    "The father of Trump and Cruz took a stand.",
])
def test_a_support_verb_predicate_needs_a_strict_holder(audit, text):
    # en.class.strict_holder_stance: a person, a he/she/they or a named organisation opening its clause right before
    # the predicate
    claim = audit(text).claims[0]
    assert not any("cue.en.support_predicate" in rules for _, rules in _holders(claim)), _holders(claim)


@pytest.mark.parametrize("text", [
    # review 2 (session 41), finding 10: "weighed in on" (cue.en.learned) opens with a strict term, so it is read
    # as strictly: a modal, a question, a relative clause leave no holder
    "Clinton would have weighed in on the bill by now.",
    "Has Clinton weighed in on the bill yet?",
    "The senator met voters who weighed in on the bill.",
])
def test_a_longer_term_opening_with_a_strict_one_is_read_strictly(audit, text):
    claim = audit(text).claims[0]
    assert not [t for t, _ in _holders(claim)], _holders(claim)


def test_a_longer_term_opening_with_a_strict_one_keeps_its_holder(audit):
    claim = audit("Clinton weighed in on the bill on Monday.").claims[0]
    assert any("Clinton" in (t or "") for t, _ in _holders(claim)), _holders(claim)


def test_a_clause_after_but_opens_with_its_holder(audit):
    claim = audit("The deal passed, but Cruz took a stand against it.").claims[0]
    assert any("Cruz" in (t or "") and "cue.en.support_predicate" in rules for t, rules in _holders(claim))
