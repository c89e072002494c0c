"""English source spans read from the misses of PolNeAR's train split (round 26): each class a grammatical one,
each case from the train split (../shared/data/english-polnear/train/text; the file is named beside it)."""
import pytest


def attributions(claim):
    return [claim.source, *claim.also]


@pytest.mark.parametrize("text, source", [
    # wash-post_2016-03-03_push-inside-gop-to-upend-trump.txt
    ("Romney's associates said he is not planning to offer an endorsement when he speaks Thursday.",
     "Romney's associates"),
    # wash-post_2016-09-03_hacker-who-exposed-clinton-s-use.txt
    ("In court documents, Lazar's public defense counsel asked for a sentence of three years, calling his hacking "
     "expeditions \"an addiction of sorts.\"", "Lazar's public defense counsel"),
    # wash-post_2016-06-29_attempt-to-fund-zika-fight-dies-.txt
    ("Each side said the other would be responsible if the money isn't approved.", "Each side"),
    # nyt_2015-12-15_white-house-schmoozing-season-ho.txt
    ("If the two spoke about the year-end budget agreement, neither side would say so.", "neither side"),
])
def test_a_description_opened_by_a_possessor_or_a_distributive_is_an_unnamed_source(audit, text, source):
    # a possessor's people ("Romney's associates") or each of two sides, right before a verb of saying: an
    # unnamed source, as "the associates" or "both sides" already were (attr.description_subject)
    found = [s for s in attributions(audit(text).claims[0]) if s.text == source]
    assert found and found[0].type == "anonymous" and "attr.description_subject" in found[0].rules


@pytest.mark.parametrize("text", [
    # huff-post_2016-07-18_more-offensive-things-donald-tru.txt: "it's" is "it is", no possessor
    "Given his past comments, it’s safe to say he would not be welcome.",
    # politico_2016-02-19_q-a-with-vice-president-joe-bide.txt
    "You could say, that’s easy for you to say, Joe, but you’re not running.",
    # nyt_2016-06-29_the-perfect-term-for-conservativ.txt: a determiner's possessor, the walk run past the verb
    "When it was argued in January, the court's conservatives seemed ready to say that forcing public workers "
    "to pay fees was wrong.",
    # before a verb that is no verb of saying a possessor's people say nothing
    "Romney's associates planned a dinner on Thursday.",
])
def test_a_contraction_or_another_verb_makes_no_possessed_description(audit, text):
    claim = audit(text).claims[0]
    assert "attr.description_subject" not in [r for s in attributions(claim) for r in s.rules]


@pytest.mark.parametrize("text", [
    "Trump's tweets said the election was rigged.",
    # wash-post_2016-01-31_state-calls-emails-of-clinton-to.txt
    "Friday's announcement suggested an effort to hurt Clinton ahead of Monday's voting in Iowa.",
    # usa-today_2015-12-29_syrians-find-a-home-in-clarkston.txt
    "Though they speak barely a word of English, their smiles said a lot.",
])
def test_a_possessed_thing_before_a_verb_of_saying_is_no_unnamed_person(audit, text):
    # a possessor's tweets, announcement or smiles are things, not people who speak: no unnamed source
    source = audit(text).claims[0].source
    assert source.type != "anonymous" and "attr.description_subject" not in source.rules


def test_a_possessed_record_before_a_verb_of_saying_is_a_document(audit):
    # a possessor's statement, report or memo speaks as a document, not as an unnamed person
    source = audit("Trump's statement said the election was rigged.").claims[0].source
    assert source.type == "document" and source.text == "Trump's statement"


@pytest.mark.parametrize("text, source", [
    # nyt_2016-06-17_as-its-rivals-pair-up-will-twitt.txt
    ("But Alphabet's founders have said repeatedly they don't want to create content.", "Alphabet's founders"),
    # wash-post_2016-01-31_state-calls-emails-of-clinton-to.txt
    ("State's reviewers had said more than 1,300 Clinton emails contained classified material.", "State's reviewers"),
])
def test_a_description_before_a_verb_of_saying_in_the_perfect_is_an_unnamed_source(audit, text, source):
    # "have said", "had said": the perfect of a verb of saying is that verb, as "would say" already was
    found = [s for s in attributions(audit(text).claims[0]) if s.text == source]
    assert found and found[0].type == "anonymous" and "attr.description_subject" in found[0].rules


def test_a_clause_between_commas_before_a_verb_of_saying_leaves_it_inverted(audit):
    # usa-today_2015-12-07_gop-targets-clinton-s-foreign-po.txt: ", while others aren't meaningful to the public,"
    # is a clause of its own, no aside of a subject before it; the speaker follows the verb
    claim = audit("Some accusations are difficult to prove, while others aren't meaningful to the public, said "
                  "Grant Green, a national security official under Presidents Reagan and George W. Bush.").claims[0]
    assert (claim.source.text or "").startswith("Grant Green") and claim.source.type == "named_official"


@pytest.mark.parametrize("text, source", [
    # politico_2016-07-06_atlantic-city-officials-welcome-.txt: a relative clause is an aside of its subject
    ("State Senate President Steve Sweeney, who also serves as a top official in the state iron workers union, "
     "said contractors eventually built a Trump cushion into their bids.", "Steve Sweeney"),
    # west-journal_2015-12-09_the-email-that-makes-benghazi-lo.txt: so is a phrase
    ("Judicial Watch, in releasing the email, noted congressional testimony by Gregory Hicks, the former deputy "
     "chief of mission for the U.S.", "Judicial Watch"),
    # a conjunction that opens a phrase, no clause (no subject and finite verb after it), opens an aside too:
    # west-journal_2016-06-13_omar-mateen-worked-with-departme.txt ("Donald Trump, while being interviewed on Fox
    # and Friends Monday morning, called"), nyt_2016-05-19_democrats-pressure-sanders-to-re.txt ("a statement
    # that, while condemning violence, accused"), west-journal_2016-01-25_rick-perry-just-announced-his-of.txt
    # ("Perry, while still a candidate for president last summer, did")
    ("Hillary Clinton, while in Iowa, said the plan failed.", "Hillary Clinton"),
    ("Clinton, while campaigning in Iowa on Monday, said voters deserve better.", "Clinton"),
])
def test_an_aside_of_a_subject_keeps_the_subject_before_it(audit, text, source):
    assert source in (audit(text).claims[0].source.text or "")


@pytest.mark.parametrize("text, source", [
    # politico_2015-12-31_more-than-clinton-emails-now-dee.txt
    ("Hillary Clinton spoke on Monday. She has since stressed that she did not send any classified information.",
     "She"),
    # nyt_2016-04-26_sanders-and-allies-aim-to-shape-.txt
    ("Mrs. Clinton has since said she would support an wage increase similar to the one enacted recently in New "
     "York.", "Mrs. Clinton"),
    # wash-post_2015-11-13_cruz-rubio-take-off-the-kid-glov.txt
    ("Cruz has supported increasing the number of H-1B visas - at one point, as much as fivefold - but has since "
     "said he now believes the system needs to be reformed.", "Cruz"),
])
def test_since_between_an_auxiliary_and_a_verb_of_saying_is_an_adverb(audit, text, source):
    claim = audit(text).claims[-1]
    assert claim.source.text == source and claim.source.type == "named_official"


def test_since_opening_a_clause_still_ends_the_walk(audit):
    # "since" before a subject opens a clause of time: the subject is the clause's own. After a main clause of its
    # own the clause is a side attribution (attr.continuation.side_clause), the sentence the writer's
    claim = audit("Trump has been quiet since Clinton said the plan would fail.").claims[0]
    assert claim.source.type == "unattributed" and [s.text for s in claim.also] == ["Clinton"]


@pytest.mark.parametrize("text, source", [
    # breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza.txt: the walk back stopped at "Having"
    ("Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence.",
     "Judge Berman"),
    # wash-post_2016-01-07_ig-report-state-was-inaccurate-o.txt: the officials, not the department (PolNeAR's span)
    ("Pointing to the report's broad conclusions about weak records management, State Department officials concurred "
     "with the inspector general's findings.", "State Department officials"),
    # a possessor opens the main clause's subject and is not it: the supporters claimed, not Trump
    ("Having claimed that the vote was rigged, Trump's supporters marched on the capitol.", "Trump's supporters"),
])
def test_a_verb_inside_an_opening_participle_clause_is_held_by_the_main_clause_subject(audit, text, source):
    # the participle clause has no subject of its own: the main clause's whole subject after its comma holds the
    # verb inside it (attr.opening_participle), not the participle the walk back stops at; a plain action after it
    # leaves the sentence the writer's, the clause's holder an attribution in it
    claim = audit(text).claims[0]
    found = [s for s in claim.also if s.text == source]
    assert claim.source.type == "unattributed" and found and "attr.opening_participle" in found[0].rules


@pytest.mark.parametrize("text", [
    "Having announced that he would run, Sanders toured Iowa.",
    "Having said that, the senator voted for the bill.",
])
def test_a_verb_of_saying_in_an_opening_participle_clause_does_not_govern_the_main_clause(audit, text):
    # LABELLING.md: the attribution governing the main clause is the sentence's; a plain action governs it here
    assert audit(text).claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text, source", [
    # politico_2016-02-05_carson-cruz-taking-benghazi-appr.txt: "rejected" governs, not "explain" in the clause
    ("Continuing to explain his perspective, Carson rejected the notion that the episode should be water under the "
     "bridge.", "Carson"),
    ("Having announced his candidacy, Trump's campaign manager said the race was wide open.",
     "Trump's campaign manager"),
])
def test_the_main_clauses_verb_of_saying_governs_after_an_opening_participle_clause(audit, text, source):
    assert audit(text).claims[0].source.text == source


@pytest.mark.parametrize("text, holder", [
    # usa-today_2016-01-26_candidates-fan-out-in-iowa-as-ca.txt: the event was broadcast, not the Democrats
    ("During a town hall event broadcast by CNN, Democrats Hillary Clinton, Bernie Sanders, and Martin O'Malley "
     "offered Iowa voters different approaches to the presidency.", "Democrats Hillary Clinton"),
    ("During an interview broadcast by Fox News, Trump's campaign manager Kellyanne Conway visited Ohio.",
     "Trump's campaign manager Kellyanne Conway"),
])
def test_a_preposition_in_ing_opens_no_participle_clause(audit, text, holder):
    # "During" is no participle (en.class.ing_no_participle): a verb after it is not the main subject's
    claim = audit(text).claims[0]
    assert all(s.text != holder for s in attributions(claim))


def test_an_opening_participle_clause_with_no_subject_after_it_keeps_the_walks_reading_aside(audit):
    # breitbart_2016-02-20_the-latest-hillary-clinton-tells.txt: no subject right after the clause's first comma
    # (a list goes on); the walk's reading stays a side attribution (dropping it lost a source on the dev split)
    # and the main clause's verb governs
    claim = audit("Rattling off promises to lower student debt, reform the immigration system, combat systemic racism "
                  "and improve education, Clinton promised a country of new opportunities.").claims[0]
    assert claim.source.text == "Clinton"


@pytest.mark.parametrize("text, source", [
    # nyt_2016-03-03_a-carbon-tax-that-really-works-e.txt (a relative clause with no pronoun: no source was read)
    ("That ''is the thing that saved us,'' said Carole Taylor, the provincial minister of finance at the time the "
     "tax was introduced.", "Carole Taylor, the provincial minister of finance at the time the tax was introduced"),
    # usa-today_2016-04-26_sanders-will-back-clinton-eventu.txt
    ("Bernie Sanders will throw his support behind Hillary Clinton before the Democratic Party's nominating "
     "convention, predicted Madeleine Kunin, the former Vermont Democratic governor challenged by Sanders 30 years "
     "ago.", "Madeleine Kunin, the former Vermont Democratic governor challenged by Sanders 30 years ago"),
    # usa-today_2016-05-09_crippling-college-debt-changes-h.txt ("Will" was read as a modal, the name cut off)
    ('"It\'s a pretty expensive business model," said Will Doyle, a professor of higher education at Vanderbilt '
     'University in Nashville, Tennessee.',
     "Will Doyle, a professor of higher education at Vanderbilt University in Nashville"),
    # nyt_2016-02-22_the-party-of-bush-yields-warily-.txt
    ("''It's bad for the party and bad for the country,'' said Stuart Stevens, the chief strategist for Mitt "
     "Romney's presidential campaign four years ago.",
     "Stuart Stevens, the chief strategist for Mitt Romney's presidential campaign four years ago"),
])
def test_a_name_and_its_appositive_after_the_verb_are_not_cut_at_a_verb_inside(audit, text, source):
    # a subject after its verb of saying is the name and its appositive that `_inverted` reads; the cut after the
    # last verb is for a walk back that crossed another clause, not for a participle or a clause in the appositive
    assert audit(text).claims[0].source.text == source


@pytest.mark.parametrize("text", [
    # breitbart_2015-12-04_san-bernardino-terror-suspect-na.txt: what follows "said" is its content, no comma in it
    "King said Petraeus' testimony differed from an earlier assessment the former CIA director gave lawmakers.",
    # nyt_2016-04-23_campaign-for-trump-says-he-ll-re.txt
    "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very competitive "
    "situation in states like Pennsylvania.",
])
def test_the_content_after_a_verb_is_still_cut_at_its_verb(audit, text):
    source = audit(text).claims[0].source.text or ""
    assert "could" not in source and "differed" not in source


@pytest.mark.parametrize("text, inner, source", [
    # huff-post_2016-02-07_the-latest-gop-debate-kicked-off.txt
    ("Carson noted that CNN's Chris Moody had tweeted that the candidate was staying in the race.",
     "CNN's Chris Moody", "Carson"),
    # wash-post_2016-07-16_new-iran-sanctions-bill-lacks-bi.txt: a time between the verb and "that"
    ("Cardin said Wednesday that Republicans rejected his attempts to include language to strengthen the bill.",
     "Republicans", "Cardin"),
    # huff-post_2016-02-07_the-latest-gop-debate-kicked-off.txt: a pronoun, resolved to the speaker
    ("Ted Cruz spoke in Iowa. Cruz said that he had since apologized to Carson, whom he considers a friend.", "he",
     "Cruz"),
])
def test_a_speaker_inside_the_clause_the_source_reports_is_no_attribution_of_its_own(audit, text, inner, source):
    # "X said that Y told ...": Y's speech is what X reports (English.in_complement, closed.en.complementizer);
    # PolNeAR's train split marks 1 of 49 such holders (wash-post_2016-09-03, prosecutors say that he told;
    # nyt_2015-12-31, wrote that she agreed; politico_2016-07-29, told others that he called her)
    claim = audit(text).claims[-1]
    assert (claim.source.text, [s.text for s in claim.also]) == (source, [])  # not `inner`, the speaker reported


def test_a_relative_clause_after_a_dash_keeps_its_speaker(audit):
    # wash-post_2016-04-30_indiana-governor-endorses-cruz-b.txt: "moves that he said" is a relative after a dash,
    # the holder of its own "said" (annotated), not inside what "praised" reports
    claim = audit("Ted Cruz spoke in Indiana. Cruz praised Pence for cutting taxes and paring regulations - moves "
                  "that he said improved Indiana's economy.").claims[-1]
    assert any(s.text == "he" and "attr.also.pronoun" in s.rules for s in claim.also)


@pytest.mark.parametrize("text, holder", [
    # made up after the review of session 37 (only a hearer or a time may stand between the cue and "that"); the
    # class on PolNeAR train: wash-post_2016-04-30_indiana-governor-endorses-cruz-b ("moves that he said"), a
    # relative "that" after the thing the verb takes
    ("Smith criticized the report that officials said was leaked.", "officials"),
    ("Smith said the plan that officials said would save money was dead.", "officials"),
    ("Smith welcomed the news that Jones said he would run.", "Jones"),
])
def test_a_relative_clause_after_the_cues_object_keeps_its_speaker(audit, text, holder):
    # English.in_complement: a thing between the cue and "that" ("the report", "the plan") makes "that" a relative
    # pronoun; the holder inside speaks on its own, listed in also
    claim = audit(text).claims[-1]
    assert any(s.text == holder for s in claim.also)


@pytest.mark.parametrize("text, source", [
    # breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza.txt
    ("The judge rubbed his chin, and then said some- thing very strange.", "The judge"),
    # politico_2016-08-08_how-newtown-gave-chris-murphy-a-.txt
    ("The senator paused and recalled the figure of Neil Heslin, sitting alone in the firehouse near the school after "
     "the shooting.", "The senator"),
    # politico_2016-01-19_clinton-super-pac-answers-rove-a.txt
    ("The Rove ad hits Clinton for taking “54 times more money from Wall Street interests than from all of Iowa” and "
     "claims that “Wall Street made her a multi-millionaire.”", "The Rove ad"),
])
def test_a_description_opening_the_clause_is_the_subject_of_a_coordinated_verb_of_saying(audit, text, source):
    # the walk back from the second verb stops at "and"; the clause's subject is a description, not a name
    # (clause_holder), before a verb of saying as before the first verb
    assert audit(text).claims[0].source.text == source


def test_a_description_before_a_time_word_opens_a_time_phrase_not_a_subject(audit):
    # breitbart_2016-02-20_the-latest-hillary-clinton-tells.txt: "A few" was the subject ("minute", src.time.en)
    claim = audit("A few minutes later they reversed themselves, rushed everyone inside the room and said they will "
                  "register voters while the caucus is under way.").claims[0]
    assert all(s.text != "A few" for s in attributions(claim))


def test_a_time_phrase_inside_a_description_is_cut_off_and_the_subject_follows_it(audit):
    # review finding (session 39): "Two hours later they" was read as one description; the subject is "they"
    claim = audit("Two hours later they walked out and said the talks were over.").claims[0]
    assert all("Two" not in (s.text or "") for s in attributions(claim))


@pytest.mark.parametrize("text", [
    "The bill was passed by the House and announced on Friday.",
    "The winner was chosen by the jury and announced at the ceremony.",
    "The results were counted overnight and announced in the morning.",
    "The new rules were drafted by the agency and announced on Friday.",
    # review finding (session 40): adverbs joined by "and" between "be" and its participle (passive_be)
    "The bill was quickly and quietly passed by the House and announced on Friday.",
])
def test_a_participle_coordinated_with_a_passive_takes_no_subject(audit, text):
    # review finding (session 39): "was passed ... and announced" is an agentless passive, no one spoke
    # (LABELLING: unattributed); the clause's description is not the holder of the second participle
    assert audit(text).claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text", [
    "The retired neurosurgeon was down in the polls and warned that taxes would rise.",
    "The retired neurosurgeon was often in Iowa and warned that taxes would rise.",
    "The retired neurosurgeon was behind in the polls and warned that taxes would rise.",
])
def test_a_word_ending_like_a_participle_after_be_is_no_passive(audit, text):
    # review finding (session 40): "down", "often" end in -wn, -en but are no participles (a participle is in -ed
    # or of en.verb.irregular), so the clause stays active and its description warned (attr.description_subject)
    source = audit(text).claims[0].source
    assert (source.type, source.text) == ("anonymous", "The retired neurosurgeon")
