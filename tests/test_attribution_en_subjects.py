"""Which words are a cue's subject, in English word order (provenance/attribution/lang/en_subjects.py), read off the claims."""
import pytest


def source_text(audit, text, claim=0):
    return audit(text).claims[claim].source.text


@pytest.mark.parametrize("text", [
    "The agency less than two weeks ago said that the records had been altered.",
    "The agency a day earlier said that the records had been altered.",
    "The agency earlier this month said that the records had been altered.",
])
def test_a_time_adverbial_between_subject_and_verb_is_left_out(audit, text):
    assert source_text(audit, text) == "The agency"


@pytest.mark.parametrize("text, holder", [
    ("The new figures will almost certainly force Senator Warren to acknowledge that the plan failed.",
     "Senator Warren"),
    ("Falling poll numbers pushed the governor to endorse the rival candidate.", "the governor"),
])
def test_the_object_of_force_or_push_is_the_subject_of_the_infinitive(audit, text, holder):
    claim = audit(text).claims[0]
    assert [s.text for s in claim.also] == [holder]
    assert claim.source.type == "unattributed"  # made to speak, the holder has said nothing yet


def test_a_verb_of_beginning_before_the_cue_is_stepped_over_to_the_clause_subject(audit):
    claims = audit("Senator Jane Smith said the plan was sound. "
                   "But she closed the office and began talking about a new campaign.").claims
    assert [(s.text, s.name) for s in claims[1].also] == [("she", "Jane Smith")]


@pytest.mark.parametrize("quoted", ["“reckless,”", "''reckless,''"])
def test_a_participle_after_a_comma_inside_closing_quotes_reports_the_clause_subject(audit, quoted):
    claims = audit("Senator Jane Smith spoke in Ohio on Thursday. "
                   f"On Friday, she denounced the plan as {quoted} saying in a post that it would fail.").claims
    # "denounced" is a verb of speech itself (cue.en.say); either cue reports the clause subject
    assert claims[1].cue in ("saying", "denounced")
    assert (claims[1].source.text, claims[1].source.name) == ("she", "Jane Smith")


def test_explain_in_its_base_form_is_a_speech_cue(audit):
    claim = audit("In a memo last year, Jane Smith had to explain to the board that the funds were gone.").claims[0]
    assert (claim.cue, claim.source.text) == ("explain", "Jane Smith")


def test_made_the_case_is_a_speech_cue(audit):
    claim = audit("Mayor Jane Smith repeatedly made the case that the new tax was fair.").claims[0]
    assert (claim.cue, claim.source.text) == ("made the case", "Mayor Jane Smith")


def test_a_stance_in_a_relative_clause_inside_reported_speech_is_still_an_attribution(audit):
    claim = audit("Party leaders said the vote would be hard to win - "
                  "something campaign officials argue is still possible.").claims[0]
    assert claim.source.text == "Party leaders"
    assert [s.type for s in claim.also] == ["anonymous_official"]


def test_a_participle_with_its_agent_after_the_subject_is_left_out(audit):
    claims = audit("Jane Smith bought a printing press in May. "
                   "A weekly magazine owned by Smith this week published an interview with the governor.").claims
    assert (claims[1].source.type, claims[1].source.text) == ("media", "A weekly magazine")


def test_whose_and_its_noun_stand_for_the_possessor_before_it(audit):
    claim = audit("Volunteers thanked the Ohio Nurses Association, "
                  "whose political arm has endorsed the governor.").claims[0]
    assert [(s.type, s.name) for s in claim.also] == [("named_organization", "the Ohio Nurses Association")]


@pytest.mark.parametrize("text, speaker", [
    # politico_2016-06-21_sanders-anti-superdelegate-push-.txt: a question, split from its verb at "?"
    ("Democrats met on Tuesday. “Asking a superdelegate to get rid of themselves?” asked Sen. Barbara Mikulski of "
     "Maryland, who wants a commission.", "Sen. Barbara Mikulski of Maryland"),
    # wash-post_2016-03-03_push-inside-gop-to-upend-trump.txt
    ('Trump spoke. "Trump is winning fair and square, so why should the nomination be grabbed from him?" asked '
     "Bennett, now a conservative radio host.", "Bennett"),
    # the same verb after a comma that closes the quotation
    ('"Is he running against the committee," asked Mr. Manafort.', "Mr. Manafort"),
])
def test_asked_right_after_a_quotation_has_its_asker_after_it(audit, text, speaker):
    claims = audit(text).claims
    assert speaker in [c.source.text for c in claims]


def test_asked_before_its_hearer_is_no_inversion(audit):
    # "asked reporters" names the hearer: the asker is the subject before the verb
    assert source_text(audit, "Mr. Smith asked reporters whether the plan would work.") == "Mr. Smith"


def test_a_name_opening_the_sentence_stays_before_an_age_and_a_relative_clause(audit):
    # breitbart_2016-02-18_ap-gfk-poll-voters-increasingly-.txt: not "58"
    source = audit("Woodrow Benford, 58, who lives outside Minneapolis, says he didn’t know much about Sanders "
                   "before he announced his presidential bid.").claims[0].source
    assert source.text.startswith("Woodrow Benford") and source.type == "named_person"


def test_a_contrastive_aside_stands_between_the_subject_and_its_verb(audit):
    # breitbart_2016-03-20_ted-cruz-refuses-to-disavow-lind.txt: not the op-ed after the verb
    text = "Ted Cruz, by contrast, wrote an op-ed urging Congress to fast track Obama’s Trans-Pacific Partnership."
    assert source_text(audit, text) == "Ted Cruz"


@pytest.mark.parametrize("text, holder", [
    # wash-post_2016-09-07_split-on-supreme-court-aids-chal.txt: a name after a lower-case "the"
    ("A district judge agreed with the Democrats. But the U.S. Court of Appeals for the 6th Circuit overruled and "
     "said Ohio already provided more early voting than the vast majority of states.",
     "U.S. Court of Appeals"),
    # west-journal_2016-06-11_private-meeting-between-clinton-.txt: two introductory phrases before the name
    ("On Thursday, after remaining neutral throughout the primary process, Warren appeared with MSNBC’s Rachel "
     "Maddow and officially endorsed Clinton.", "Warren"),
])
def test_a_coordinated_verb_shares_the_subject_named_after_its_clause_openers(audit, text, holder):
    claim = audit(text).claims[-1]
    assert any(holder in (s.text or "") for s in [claim.source, *claim.also])


def test_a_verb_of_saying_after_a_participle_clause_with_no_subject_before_it_is_inverted(audit):
    # usa-today_2016-06-03_calif-win-could-help-sanders-mak.txt
    text = ("That would create a \"summer of agony\" for Clinton leading up to the convention, forcing her to fend "
            "off both Trump and Sanders, said Brad Bannon, a Democratic pollster and consultant.")
    assert source_text(audit, text) == "Brad Bannon, a Democratic pollster and consultant"


@pytest.mark.parametrize("text, holder", [
    # politico_2016-05-05_paul-ryan-says-he-s-not-ready-to.txt: a participle of saying after a comma
    ("Paul Ryan spoke on CNN. The Wisconsin Republican did give Trump some credit during the interview, saying he "
     "should be congratulated for the success of his campaign.", "The Wisconsin Republican"),
    # wash-post_2016-05-29_internal-trump-university-record.txt
    ("The Post intervened in April, arguing that Trump's pursuit of the presidency made his business dealings a "
     "matter of public interest.", "The Post"),
])
def test_a_description_opening_the_clause_is_the_subject_of_its_participle(audit, text, holder):
    claim = audit(text).claims[-1]
    assert holder in [s.text for s in [claim.source, *claim.also]]


@pytest.mark.parametrize("text, holder", [
    # nyt_2015-12-19_putin-chides-turkey-and-praises-.txt: "al" of a name ("al-Assad", "bin Laden") is no prefix
    ("Mr. Putin also veered close to an admission that Russian soldiers had fought in the war in eastern Ukraine, "
     "saying that they were there.", "Mr. Putin"),
    # wash-post_2016-03-03_staffer-who-set-up-clinton-email.txt
    ("FBI officials were angered by the deal and predicted it would affect the outcome of other cases.", "FBI"),
    # wash-post_2016-02-09_barbs-and-pleas-before-n-h-vote.txt
    ("Bush offered a Trump-style retort on the mogul's preferred mode of communication, tweeting at him, "
     "\"Let's be clear.\"", "Bush"),
])
def test_a_capitalised_clause_subject_ends_at_a_word_not_inside_one(audit, text, holder):
    claim = audit(text).claims[0]
    assert holder in [s.text for s in [claim.source, *claim.also]]
    assert all(text[s.end - claim.start:s.end - claim.start + 1] in " ,.;:" for s in [claim.source, *claim.also]
               if s.end is not None)


@pytest.mark.parametrize("text, source", [
    # huff-post_2016-07-26_obama-administration-to-expand-p.txt: a title with commas of its own
    ("The new plans “will not solve this challenge, but are steps in the right direction,” Anne Richards, assistant "
     "secretary of state for population, refugees, and migration, said on the same call.",
     "Anne Richards, assistant secretary of state for population, refugees, and migration"),
    # nyt_2016-06-29_the-perfect-term-for-conservativ.txt
    ("Vikram Amar, dean of the University of Illinois College of Law, said there had been a change in tone.",
     "Vikram Amar, dean of the University of Illinois College of Law"),
    # wash-post_2016-02-17_sanders-and-clinton-see-black-vo.txt
    ("Chris Covert, South Carolina director for Sanders, said the campaign has just opened its 11th field office.",
     "Chris Covert, South Carolina director for Sanders"),
])
def test_a_name_keeps_an_appositive_headed_by_a_title(audit, text, source):
    assert source_text(audit, text) == source


def test_a_time_word_before_a_titled_name_is_no_appositive(audit):
    # usa-today_2016-01-22_some-republicans-promote-sanders.txt
    assert source_text(audit, "Tuesday, Clinton Communication Director Jennifer Palmieri said Sanders' arguments "
                              "are undermined by evidence.") == "Clinton Communication Director Jennifer Palmieri"


@pytest.mark.parametrize("text, subject", [
    # wash-post_2016-02-17_sanders-and-clinton-see-black-vo (PolNeAR train)
    ('Here in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying, "We have got to '
     'achieve the day when young black males and women can walk the streets."', "Sanders"),
    # west-journal_2016-03-19_revealed-here-are-the-conservati
    ("Amid responses from some to create websites that would identify those blacklisted, The Blaze's Matt Walsh "
     "provided a philosophical justification for a blacklist, saying it is necessary.", "The Blaze's Matt Walsh"),
    # politico_2016-02-29_democrats-draw-plan-to-shatter-t
    ("While Democrats plot to take advantage of the GOP's internal tensions, Republicans are looking to do much "
     "the same, hoping that they can bring blue-collar voters into the fold.", "Republicans"),
])
def test_an_opening_phrase_is_stepped_over_to_the_subject_of_a_participle_of_saying(audit, text, subject):
    claim = audit(text).claims[0]
    assert subject in [s.text for s in [claim.source, *claim.also]]


def test_an_opening_adverb_and_its_phrase_is_no_name(audit):
    # wash-post_2016-01-20_fiorina-pushed-ahead-and-paid-a-: "Shortly" was read as the name opening the clause
    claim = audit("Shortly after the merger announcement, the families of the company's founders had mobilized, "
                  "warning that the deal would decimate the company.").claims[0]
    assert "Shortly" not in [s.text for s in [claim.source, *claim.also]]


@pytest.mark.parametrize("text, source", [
    # politico_2016-01-31_clinton-rolls-out-special-charac.txt
    ("Walking to the next address, Ebeling reminisced about her days growing up as a Goldwater girl with Clinton, "
     "and said their political views were both changed by the Vietnam War.", "Ebeling"),
    # nyt_2016-08-01_pressure-rises-on-trump-after-cr.txt
    ("Facing mounting criticism from Democrats and Republicans, Mr. Trump released a follow-up statement on Saturday "
     "night, describing the Khans' deceased son as a hero.", "Mr. Trump"),
    # wash-post_2015-11-10_opposition-appears-to-win-landsl.txt
    ("Appearing before cheering supporters Monday morning at NLD headquarters, Suu Kyi, 70, said it was too early to "
     "congratulate winners but added, \"I think you all have an idea of the results.\"", "Suu Kyi"),
    # politico_2016-04-13_standing-with-activists-mark-viv.txt: being asked, en.class.questioned
    ("Asked about that vote specifically, Mark-Viverito pointed to Clinton\u2019s current support for licenses and "
     "praised her for changing her position.", "Mark-Viverito"),
    # politico_2015-12-15_carson-huckabee-fiorina-earned-s.txt
    ("Asked about his paid speeches in the 2016 race, Huckabee\u2019s campaign said he hasn\u2019t accepted any new "
     "gigs since announcing his candidacy and suggested that the bigger ethical question is elsewhere.", "Huckabee"),
])
def test_an_opening_participle_clause_is_no_subject(audit, text, source):
    # EnglishSubjects.participle_clause: the clause's subject follows the comma of an opening participle clause;
    # the capitalised participle ("Walking", "Facing", "Asked") is no name
    claim = audit(text).claims[0]
    spans = [s.text for s in [claim.source, *claim.also] if s.text]
    assert any(source in s for s in spans)
    assert not any(s.split()[0] in ("Walking", "Facing", "Appearing", "Asked") for s in spans)


@pytest.mark.parametrize("text, source", [
    # the reviewer's sentence (REVIEW25 finding 3): "Sterling" ends in "ing" but is a name, with its appositive
    ("Sterling Brown, a Bucks guard, filed a lawsuit, saying the officers used excessive force.", "Sterling Brown"),
    ("Sterling Brown filed a lawsuit on Monday, saying the officers used excessive force.", "Sterling Brown"),
    # capitalised inside the sentence: a name, never a participle ("Beijing", "Harding")
    ("On Monday, Sterling Brown, a Bucks guard, filed a lawsuit, saying the officers used excessive force.",
     "Sterling Brown"),
    # west-journal_2016-04-22_leadership-announces-dissolution.txt (the 45th session's fresh batch, read after its
    # measure): a surname in -ing opening the sentence before its verb of saying, a comma later on
    ("Boreing said the members will still meet for drinks and speakers, but said, \u201cIt\u2019s time we change how "
     "we do it,\u201d promising the Friends of Abe will return.", "Boreing"),
    # the same shape with other surnames in -ing of PolNeAR train (Ebeling, Schilling, Sperling said), and an auxiliary
    ("Ebeling said it is sometimes hard to watch, but added that she would vote.", "Ebeling"),
    ("Schilling has said the post was a joke, but ESPN fired him.", "Schilling"),
])
def test_a_capitalised_name_ending_in_ing_is_no_opening_participle(audit, text, source):
    # EnglishSubjects.participle_clause reads the normalised (lower-case) text: the original's capitals tell a
    # name ("Sterling Brown") from a participle opening the sentence ("Walking to the next address,")
    assert audit(text).claims[0].source.text == source


@pytest.mark.parametrize("text, source", [
    # closed.en.participle_auxiliary: a participle taking another one still opens a participle clause
    ("Having said that, Trump argued the plan was dead, and the crowd cheered.", "Trump"),
    ("Being told of the vote, the senator said he was pleased, and left.", "the senator"),
    # a participle before its object, "leaked" no verb of saying
    ("Citing leaked emails, Trump said the plan was dead, and the crowd cheered.", "Trump"),
    # a gerund before an auxiliary and a verb of no saying (the 45th session's review): the clause after the comma
    ("Sanders spoke in Iowa on Tuesday. Polling has shown the race is tight, he said.", "he"),
])
def test_a_participle_before_a_participle_or_its_object_still_opens_a_clause(audit, text, source):
    assert audit(text).claims[-1].source.text == source


def test_an_opening_participle_before_a_time_word_is_still_a_participle(audit):
    # huff-post_2015-11-08_ben-carson-defends-himself-again.txt (the participle "saying" added for the test)
    claim = audit("Speaking Sunday on ABC\u2019s This Week, Carson admitted that the course name was inaccurate, "
                  "saying his campaign had found the student newspaper article.").claims[0]
    assert "Carson" in [s.text for s in [claim.source, *claim.also]]


@pytest.mark.parametrize("text, subject", [
    # breitbart_2016-05-25_hacker-guccifer-clinton-s-server.txt (PolNeAR train)
    ("Marcel Lazăr Lehel, the hacker known as \u201cGuccifer,\u201d stated that he had access to the emails.",
     "Marcel Lazăr Lehel, the hacker known as \u201cGuccifer,\u201d"),
    # politico_2016-06-22_trump-s-stumbles-fuel-convention.txt (tuned, fresh; gold named_official Humphrey)
    ("Humphrey, who calls Trump a \u201csociopath,\u201d said he doesn\u2019t believe the effort requires a settled "
     "alternative to succeed.", "Humphrey"),
    # politico_2015-12-09_the-presidential-candidates-favo.txt (PolNeAR train)
    ("Donald Trump, the Republican front-runner and former host of the reality show \u201cThe Apprentice,\u201d "
     "listed an NBC show as his guilty pleasure.",
     "Donald Trump, the Republican front-runner and former host of the reality show \u201cThe Apprentice,\u201d"),
    # nyt_2016-03-23_why-sanders-lags-on-black-vote-h.txt (tuned, fresh; the NYT's doubled apostrophes)
    ("Geoff Garin, a strategist who currently polls for Priorities USA Action, a pro-Clinton ''super PAC,'' posited "
     "that the unemployment rate carries more importance.",
     "Geoff Garin, a strategist who currently polls for Priorities USA Action, a pro-Clinton ''super PAC,''"),
])
def test_an_aside_closing_with_a_quoted_title_before_the_verb(audit, text, subject):
    # the comma inside the closing marks ends the aside, not a quotation the verb reports ('"...," said X'): the
    # subject is before the verb, as with any appositive or relative clause between commas
    assert source_text(audit, text) == subject


def test_a_quotation_opened_before_the_aside_is_still_what_was_said(audit):
    # west-journal_2016-04-15_breaking-trump-campaign-just-mad.txt (PolNeAR train): the marks close a quotation
    # opened before the comma, so the verb's subject is after it
    text = "\u201d \u2026 in the case of Wyoming, the Cruz train has already left the station,\u201d wrote Time magazine."
    assert source_text(audit, text) == "Time magazine"


@pytest.mark.parametrize("text, subject", [
    # made for the review of session 37: a phrase of a preposition frames the quotation, it is no aside of a subject
    ("The plan is, in the mayor's words, \u201cdead,\u201d said an aide.", "an aide"),
    ("The party faces, in the governor's view, \u201ca reckoning,\u201d said Smith.", "Smith"),
    ("The plan, in the senator's words, is \u201cdead,\u201d said an aide.", "an aide"),
])
def test_a_quotation_after_a_phrase_of_a_preposition_is_what_was_said(audit, text, subject):
    # the quoted-title path reads only an appositive or a relative clause; after "in the mayor's words" the
    # quotation is what the verb after it reports ('"...," said X')
    assert source_text(audit, text) == subject


@pytest.mark.parametrize("text", [
    # made for the review of session 37: "said Smith," between commas inside the sentence
    "The bill, a \u201cdisaster,\u201d said Smith, will not pass.",
    "For the party, a \u201cday of reckoning,\u201d said Smith, is coming.",
])
def test_a_parenthetical_speaker_after_a_quoted_appositive_is_read(audit, text):
    # the quotation before "said Smith," is what Smith said, not the title of an aside
    assert source_text(audit, text) == "Smith"


@pytest.mark.parametrize("text, holder", [
    # nyt_2015-11-18_paris-attacks-test-clinton-s-str.txt (PolNeAR train): the state was read as a person's name
    ("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her earlier statement, saying "
     "that the United States should play a leadership role.", "Mrs. Clinton"),
    # nyt_2016-07-15_latest-poll-has-trump-pulling-ev.txt (PolNeAR train): an abbreviated state, then a time
    ("At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton, saying "
     "that his former rival would make an outstanding president.", "Senator Bernie Sanders of Vermont"),
    # a city whose name is a state's: the abbreviation after it is still its state
    ("At a rally in Washington, D.C., Senator Jane Roe criticized the bill, saying it would fail.", "Senator Jane Roe"),
])
def test_an_opening_phrase_goes_on_past_the_state_of_its_city(audit, text, holder):
    claim = audit(text).claims[0]
    assert claim.source.text == holder
    assert claim.source.type == "named_official"


def test_a_list_of_states_opening_the_clause_is_no_city_and_its_state(audit):
    claim = audit("In Alabama, Arkansas, Georgia and Tennessee, governors criticized the plan, saying it "
                  "would cost too much.").claims[0]
    assert (claim.source.text, claim.source.type) == ("governors", "anonymous_official")


@pytest.mark.parametrize("text, holder", [
    # huff-post_2016-07-18_so-long-grand-old-party-hello-wh.txt (PolNeAR train): was "Ohio, 62-year-old Brenda Johnson"
    ("At a June Trump campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also railed against "
     "immigrants, and explained how much it upset her.", "62-year-old Brenda Johnson"),
    # west-journal_2016-07-14_new-poll-shows-large-gap-emergin.txt (PolNeAR train): was "Ohio, a new national poll"
    ("Only days before the Republican Convention in Cleveland, Ohio, a new national poll shows Donald Trump with "
     "his largest lead to date.", "a new national poll"),
])
def test_the_state_of_a_city_in_an_opening_phrase_is_no_name_before_an_appositive(audit, text, holder):
    assert source_text(audit, text) == holder


@pytest.mark.parametrize("text, subject, kind", [
    # PolNeAR train: nyt_2015-11-24_momentum-builds-to-tax-consumpti (the walk stopped at "favor")
    ("So even economists who favor consumption taxes agree that movement toward them will be incremental.",
     "even economists who favor consumption taxes", "anonymous"),
    # PolNeAR train: huff-post_2016-08-01_hillary-clinton-campaign-wants-a (was the outlet heard, media)
    ("Current and former officials who spoke with The Huffington Post said the organization has become a shell.",
     "former officials who spoke with The Huffington Post", "anonymous_official"),
    # PolNeAR train: west-journal_2016-01-18_woman-steps-forward-with-bombshe (was typed by the president in it)
    ("A woman who has accused former President Bill Clinton of rape said Sunday night that Clinton lied.",
     "A woman who has accused former President Bill Clinton of rape", "anonymous"),
    # tuned: huff-post_2015-12-10_hillary-clinton-under-pressure-t (the walk stopped at "on Thursday")
    ("The groups who wrote to her on Thursday say they are concerned.",
     "The groups who wrote to her on Thursday", "anonymous"),
])
def test_a_relative_clause_restricting_the_subject_is_read_past(audit, text, subject, kind):
    # closed.en.restrictive_relative: the noun phrase before "who"/"that" is typed, its clause kept in the span
    source = audit(text).claims[0].source
    assert (source.text, source.type) == (subject, kind)
    assert "closed.en.restrictive_relative" in source.rules


@pytest.mark.parametrize("text, kind", [
    ("The official who spoke to Reuters on Monday said the deal was off.", "anonymous_official"),
    ("The doctor who treated him at the hospital in Boston said he would recover.", "anonymous"),
    ("The woman who was attacked said she was afraid.", "anonymous"),
])
def test_a_definite_head_restricted_by_a_relative_clause_is_a_new_unnamed_person(audit, text, kind):
    # the clause brings someone new in: not the secretary named before, as a bare "the official" would be
    claim = audit("Secretary of State Antony Blinken said the talks would go on. " + text).claims[1]
    assert (claim.source.type, claim.source.name) == (kind, None)


@pytest.mark.parametrize("text, subject", [
    # PolNeAR train: breitbart_2016-03-15_the-latest-kasich-scores-all-del ("residents in Jupiter, Florida who were
    # voting as independents ... complained"): the state after a city's comma closes the city (closed.en.us_state)
    ("Voters in Des Moines, Iowa who backed Sanders say they will stay home.",
     "Voters in Des Moines, Iowa who backed Sanders"),
    ("Officials in Paris, France who spoke to reporters said the attack was planned.",  # a country (countries.yaml)
     "Officials in Paris, France who spoke to reporters"),
    ("Residents of Jupiter, Florida who voted early say they waited hours.",  # "early" is the clause's verb's
     "Residents of Jupiter, Florida who voted early"),
])
def test_a_place_after_a_city_is_no_head_of_a_restrictive_relative(audit, text, subject):
    source = audit(text).claims[0].source
    assert (source.text, source.name) == (subject, None)


@pytest.mark.parametrize("text", [
    "He thanked the voters who backed him and said it was great.",  # a coordinated verb: the sentence's subject
    "He warned that critics say it is bad.",  # "that" opening a complement, no relative
    "The president portrayed him as a candidate who would divide the country into the camps that Mr. Obama argued "
    "were wrong.",  # a second relative: the verb is in it
])
def test_no_restrictive_relative_without_a_clause_of_the_subject(audit, text):
    assert all("closed.en.restrictive_relative" not in c.source.rules for c in audit(text).claims)


@pytest.mark.parametrize("text, subject", [
    # PolNeAR train: politico_2016-04-08_families-of-mass-shooting-victim (was "Colorado")
    ("Sandy Phillips, who lost her daughter Jessica Ghawi during the mass shooting in Aurora, Colorado, in July 2012, "
     "said that Sanders had treated her family disrespectfully.", "Sandy Phillips"),
    # PolNeAR train: politico_2016-05-31_cruz-looks-to-ease-bad-blood-wit (was a "He" continued from Ron Johnson)
    ("Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said he would welcome Cruz.",
     "Sen. Chuck Grassley"),
    # PolNeAR train: nyt_2016-05-19_u-s-to-increase-overtime-eligibi (was "Ohio")
    ("Vice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday to promote the new rules, "
     "said they touched on a core issue.", "Vice President Joseph R. Biden Jr."),
])
def test_a_relative_or_participle_aside_holding_commas_is_stepped_over_whole(audit, text, subject):
    # the nearest comma opens a phrase inside the aside (", in July 2012,", ", a swing state,"); the farthest one
    # opening a relative clause or a participle opens the aside
    assert source_text(audit, text) == subject



@pytest.mark.parametrize("text, name", [
    ("Last week, during a visit to Kabul, Gen. John Allen, the commander, said the war was going well.", "John Allen"),
    ("Earlier this year, during a visit to Denver, Gov. Jared Polis, a Democrat, said the state would act.",
     "Jared Polis"),
    ("Last spring, during the campaign in Iowa, Mrs. Clinton, the former secretary of state, said she would win.",
     "Hillary Clinton"),
])
def test_a_phrase_of_a_preposition_in_ing_opens_no_aside_of_the_subject(audit, text, name):
    # "during" ends in -ing but is a preposition (en.class.ing_no_participle): the subject is the name after it
    assert audit(text).claims[0].source.name == name


@pytest.mark.parametrize("text, subject", [
    # usa-today_2016-08-22_call-the-gop-s-bluff-on-merrick-.txt (PolNeAR train and the tuned set): was CNN/ORC, media
    ("Other recent polls from Monmouth University and CNN/ORC respectively show a 56% and 54% approval rating.",
     "Other recent polls from Monmouth University and CNN/ORC"),
    # nyt_2016-03-03_a-carbon-tax-that-really-works-e.txt (PolNeAR train and the tuned set): was the professor
    ("A study by Michael Greenstone and Thomas Covert of the University of Chicago and Professor Knittel concluded "
     "that oil would have to cost $350 a barrel.",
     "A study by Michael Greenstone and Thomas Covert of the University of Chicago and Professor Knittel"),
    # huff-post_2016-02-21_this-cable-news-panel-just-dismi.txt (PolNeAR train): was "Policy Research"
    ("A 2009 report by the progressive Center for Economic and Policy Research found that a tax would raise $220 "
     "billion.", "A 2009 report by the progressive Center for Economic and Policy Research"),
    # usa-today_2016-05-09_crippling-college-debt-changes-h.txt (PolNeAR train): was the graduate school
    ("A study by Vanderbilt University and the Pennsylvania State University Graduate School of Education found that "
     "tuition costs are the highest in New Jersey.",
     "A study by Vanderbilt University and the Pennsylvania State University Graduate School of Education"),
    # breitbart_2016-03-01_the-latest-sanders-wins-minnesot.txt (PolNeAR train): a participle before its agent
    # is no clause's verb (the span then ends before the participle, as the document's spans there do)
    ("Early results of exit polls conducted by Edison Research for The Associated Press and television networks show "
     "two-thirds of GOP primary voters support the proposal.", "Early results of exit polls"),
])
def test_an_and_inside_a_documents_complement_joins_its_nouns_not_subjects(audit, text, subject):
    # closed.en.document_complement: the walk back from the verb stops at "and"; inside the complement of a
    # document's head it joins the document's authors, so the subject is the document
    source = audit(text).claims[0].source
    assert (source.type, source.text) == ("document", subject)


def test_two_people_joined_by_and_stay_the_last_one_named(audit):
    # no document's head before the "and": the walk's subject stands
    assert audit("Smith and Jones said the poll was wrong.").claims[0].source.text == "Jones"


@pytest.mark.parametrize("text, subject", [
    # the review of session 39: "whom" opens a relative clause between commas as "who" does; the verb after it
    # is the noun's before the comma (was unattributed: "criticized" or nobody read as the subject)
    ("Sanders, whom Clinton had criticized, said the race was rigged.", "Sanders"),
    ("Trump, whom Clinton has called a danger, said the plan would work.", "Trump"),
    # nyt_2016-01-19_bush-s-presidential-campaign-per (PolNeAR train: "Gregory W. Slayton, whom George W. Bush appointed chief of
    # mission to Bermuda, and who is now supporting Senator Marco Rubio")
    ("Gregory W. Slayton, whom George W. Bush appointed chief of mission to Bermuda, said the plan would fail.",
     "Gregory W. Slayton"),
])
def test_a_relative_clause_of_whom_is_an_aside_of_the_subject(audit, text, subject):
    # closed.en.appositive_head: "whom" opens the aside; the relative clause's speaker is an attribution in it
    source = audit(text).claims[0].source
    assert source.text == subject and source.type != "unattributed"


@pytest.mark.parametrize("text", [
    # the review of session 39: "However," was trimmed from the span, "Therefore," and "Thus," were not
    "Therefore, the senator believes the plan will fail.",
    "Thus, the senator said the plan will fail.",
    "However, the senator said the plan will fail.",
    "Overall, the senator said the plan will fail.",
])
def test_a_sentence_adverb_opening_the_clause_is_no_part_of_the_subject(audit, text):
    # en.class.main_clause_opener, the one list of conjunctions and sentence adverbs, is trimmed from the span
    assert audit(text).claims[0].source.text == "the senator"


@pytest.mark.parametrize("text, subject, kind", [
    ("He read a report by the CBO and Ryan said it was wrong.", "Ryan", "named_official"),
    ("A poll from CNN came out on Monday and Trump said the results were fake.", "Trump", "named_official"),
    ("A study of the data took months and the authors said it was worth it.", "the authors", "anonymous"),
    ("The report by the inspector general was released and Clinton said she welcomed it.", "Clinton",
     "named_official"),
    ("The survey of voters was taken in May and the campaign said it was outdated.", "the campaign",
     "named_organization"),
])
def test_an_and_joining_a_clause_after_a_documents_complement_joins_two_subjects(audit, text, subject, kind):
    # a verb ("was released", "took"), a subject pronoun ("He read") or a time ("on Monday") before the "and" makes
    # a clause of the document's phrase: the subject after "and" is the verb's own (EnglishSubjects._no_clause)
    source = audit(text).claims[0].source
    assert (source.text, source.type) == (subject, kind)


# Asides between an English subject and its verb (session 45, branch en-aside): the subject is the name before the
# aside, with its appositive where the labels keep one, never the aside's own nouns. Each sentence is from PolNeAR's
# train split (english-polnear/train/text), the file named beside it.
@pytest.mark.parametrize("text, subject, kind", [
    # a parenthesis holding more than a party tag (west-journal_2016-03-04_kasich-just-revealed-the-thing-h,
    # politico_2016-08-08_how-newtown-gave-chris-murphy-a-)
    ("Kasich (who has 25 delegates to date) said it is possible for him to secure the nomination during the primary "
     "elections, but it will be difficult.", "Kasich", "named_official"),
    ("Few politicians would ever admit this, but Sen. Chris Murphy (a Connecticut Democrat so boyish he has been "
     "mistaken for a junior staffer) says he was unfocused.", "Sen. Chris Murphy", "named_official"),
    # a discourse adverb between commas before a relative clause (politico_2015-11-09_sanders-endorsements-prove-clint)
    ("Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes.", "Sanders",
     "named_official"),
    # a past participle not in -ed and its complement (breitbart_2016-07-21_trump-fever-infects-convention-f)
    ("Minnesota state delegate Mary Susan, clad in a red cape with blinking lights that formed the name Trump, said "
     "the convention could be a failure.", "Minnesota state delegate Mary Susan", "named_official"),
    # a relative clause inside an appositive, its time words and its agent its own
    # (huff-post_2016-07-27_guns-are-the-ultimate-public-hea, politico_2016-04-09_trump-s-getting-trounced-in-indi)
    ("Mark Penn, the Democratic pollster who worked for both Clintons for decades, argued that Dems' support for gun "
     "control hurt the party politically.", "Mark Penn, the Democratic pollster who worked for both Clintons for decades",
     "named_person"),
    ("Pete Seat, an Indiana GOP consultant whose firm was recently retained by the Kasich campaign, said he would be "
     "shocked.", "Pete Seat, an Indiana GOP consultant whose firm was recently retained by the Kasich campaign",
     "named_person"),
    # an appositive with no article, headed by a title or a noun of people (huff-post_2016-08-12_why-progressives-are-
    # celebrating, usa-today_2016-06-07_political-conventions-race-to-cl, wash-post_2015-11-08_all-eggs-in-n-h-and-iowa-
    # baskets, wash-post_2015-11-24_pfizer-deal-s-tax-strategy-assai)
    ("Charles Chamberlain, Democracy for America's executive director, praised Clinton's remarks on Thursday.",
     "Charles Chamberlain, Democracy for America's executive director", "named_official"),
    ("Rashad Robinson, Color of Change's executive director, said his group will continue to press companies.",
     "Rashad Robinson, Color of Change's executive director", "named_official"),
    ("Michael Demastus, pastor of the Fort Des Moines Church of Christ and a Cruz supporter, said he had heard a lot "
     "of candidates pray.", "Michael Demastus, pastor of the Fort Des Moines Church of Christ and a Cruz supporter",
     "named_person"),
    ("Gustav Ando, research director for IHS Life Sciences, a business information and consulting company, said he "
     "thought the deal was carefully planned.",
     "Gustav Ando, research director for IHS Life Sciences, a business information and consulting company",
     "named_official"),
    # a city and its state inside the subject (west-journal_2016-06-06_breaking-latest-primary-has-big-) or its
    # appositive after an age (nyt_2016-07-15_latest-poll-has-trump-pulling-ev)
    ("Another superdelegate, Michael Brown of Washington, D.C., explained the reason for his late-in-the-game support "
     "for the former first lady.", "Michael Brown of Washington, D.C.", "named_official"),
    ("''I just don't think she's been completely truthful,'' Cecelia Purner, 67, a retired customer service "
     "representative in Allentown, Pa., said in a follow-up interview.",
     "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa.", None),
])
def test_an_aside_between_the_subject_and_its_verb_is_stepped_over(audit, text, subject, kind):
    source = audit(text).claims[0].source
    assert source.text == subject
    assert kind is None or source.type == kind


@pytest.mark.parametrize("text, subject", [
    # a one-word party tag stays in the span; a parenthesis of its own is no aside of the subject
    ("Sen. Kristen Gillibrand (D-NY) said the bill was bad.", "Sen. Kristen Gillibrand (D-NY)"),
    ("Senate Majority Whip John Cornyn (R-Tex.) said the bill was bad.", "Senate Majority Whip John Cornyn (R-Tex.)"),
    # a speaker between commas after a name is no appositive of it (nyt_2016-09-06_u-s-presses-for-truce-in-syria-d)
    ("Mrs. Clinton, analysts said, has other reasons for not being drawn out on Syria.", "analysts"),
    # an adverb after an opening phrase is not stepped over before an appositive subject
    # (nyt_2015-12-14_visa-screening-missed-attacker-s)
    ("On Wednesday, however, the director of the Federal Bureau of Investigation, James B. Comey, said that online "
     "communications were not screened.",
     "the director of the Federal Bureau of Investigation, James B. Comey"),
    # a time word before a state's comma is no city (usa-today_2016-08-16_millennials-agree-in-poll-on-tra)
    ("Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules.", "Texas"),
    # a clause between dashes before the verb is no appositive (politico_2016-03-10_hillary-clinton-s-backseat-drive)
    ("In particular, Bill Clinton - often the easiest person to provoke when it comes to criticism of his wife - has "
     "been \"very worked up about it,\" said a source close to the campaign.", "a source close to the campaign"),
    # a preposition opens no title ("in a speech to party leaders"), nor does a participle with its agent
    ("Trump, in a speech to party leaders, said the plan was bad.", "Trump"),
    ("Trump, later alleging - again falsely - that President Obama wanted to admit 250,000 Syrians, said he would "
     "deport refugees.", "Trump"),
])
def test_what_is_no_aside_of_the_subject_is_read_as_before(audit, text, subject):
    assert audit(text).claims[0].source.text == subject


# Review fixes (session 45, branch fix-aside): near sentences the en-aside change read wrong, and the guards of its
# steps, each with a sentence that fails without it. The review's probes (made-up sentences of the pools' shapes)
# and PolNeAR train sentences (english-polnear/train/text, the file named beside it).
@pytest.mark.parametrize("text, subject, kind", [
    # a given name in -ly between commas is an appositive, no discourse adverb (closed.en.aside_adverb is)
    ("His daughter, Emily, who works for the campaign, said the plan was bad.", "Emily", "named_person"),
    ("His wife, Beverly, speaking to reporters, said the plan was bad.", "Beverly", "named_person"),
    ("The senator's wife, Kelly, who works for the campaign, said the plan was bad.", "Kelly", "named_person"),
    # a parenthesis opening with a capital or a former office names the subject: kept in the span
    ("Her husband (former President Bill Clinton) said the plan was bad.",
     "Her husband (former President Bill Clinton)", "named_official"),
    ("The Republican front-runner (Donald Trump) said the plan was bad.",
     "The Republican front-runner (Donald Trump)", "named_official"),
    ("A spokesman for the campaign (Brian Fallon) said the plan was bad.",
     "A spokesman for the campaign (Brian Fallon)", None),
    # a phrase of a preposition fronted before the subject is no name of it (closed.en.fronted_preposition; shapes
    # of "Beyond Washington, other Republicans", nyt_2016-06-09_ryan-calls-trump-line-racist-but, "Besides China,
    # Vietnam", huff-post_2016-06-04_u-s-flexes-muscles-as-asia-worri, "Unlike Trump, Clinton's",
    # usa-today_2016-08-16_millenials-aren-t-buying-trump-s)
    ("Unlike Clinton, many Democratic voters, who backed Sanders, said the plan was bad.", "many Democratic voters",
     "anonymous"),
    ("Besides Trump, campaign aides, in a statement, said the plan was bad.", "campaign aides", "anonymous_official"),
    ("Unlike Trump, Republican nominee Mitt Romney, speaking in Utah, said the plan was bad.",
     "Republican nominee Mitt Romney", "named_official"),
    # a relative's noun and its complement is stepped over: the office is another's
    # (west-journal_2016-04-18_trump-s-son-says-the-battle-agai, with "said" for "talked politics")
    ("Eric Trump, son of the Republican presidential front-runner, said the plan was bad.", "Eric Trump",
     "named_person"),
    # the aside's discourse adverbs and leads are read from the classes that hold them: a conjunctive adverb of
    # en.class.main_clause_opener (shape of "Sanders, meanwhile, who", politico_2015-11-09), a subordinator of
    # time (closed.en.time_subordinator)
    ("Sanders, thus, who sits at zero such endorsements, said that fact speaks volumes.", "Sanders", "named_official"),
    ("Smith, since leaving office, has said the plan was bad.", "Smith", "named_person"),
    # the irregular past participles are those of en.verb.irregular too (shape of "Mary Susan, clad in a red cape
    # ..., said", breitbart_2016-07-21, "Francis, born in Argentina, has", nyt_2016-02-20)
    ("Senator Smith, found in contempt of Congress last year, said the plan was bad.", "Senator Smith",
     "named_official"),
    ("Senator Jones, hit with a subpoena last week, said the plan was bad.", "Senator Jones", "named_official"),
])
def test_a_near_aside_the_review_found_is_read_right(audit, text, subject, kind):
    source = audit(text).claims[0].source
    assert source.text == subject
    assert kind is None or source.type == kind


@pytest.mark.parametrize("text, subject", [
    # a discourse adverb in -ly not written with a capital is still stepped over
    ("Clinton, similarly, who sits at zero such endorsements, said the race was rigged.", "Clinton"),
    # a parenthesis opening with a relative or an article is still stepped over (as Kasich's and Murphy's above)
    ("Sen. Jane Smith (who has 25 delegates to date) said the plan was bad.", "Sen. Jane Smith"),
    # a name before the comma that opens its clause still takes its headed appositive
    ("Like Makaeff, the former Trump University customer, Roffman said the plan was bad.", "Roffman"),
    # a list before the comma is no name that a headed appositive follows (_named_headed reads the capital before the
    # comma; "the gatherings of world leaders, academics and business people, called",
    # nyt_2016-08-22_foundation-and-donors-complicate): the verb's subject is after it
    ("He met the leaders, academics and business people, said a former aide.", "a former aide"),
    # a conjunction's clause is no appositive (", but the state's Democratic senator, Jeanne Shaheen, had",
    # usa-today_2016-02-10_insurgent-tops-institution-in-sa), a time word before a state is no city ("Late Friday,
    # Texas, ...", usa-today_2016-08-16_millennials-agree-in-poll-on-tra); other steps block both too, so these
    # do not fail without their own guards (see the docs' review fixes)
    ("Democrats are angry, but the state's Democratic senator, Jeanne Shaheen, had said the plan was bad.",
     "Jeanne Shaheen"),
    ("Late Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules.", "Texas"),
])
def test_what_the_review_fixes_leave_as_it_was(audit, text, subject):
    assert audit(text).claims[0].source.text == subject


@pytest.mark.xfail(reason="the typer reads 'representative' in 'customer service representative' as a legislator's "
                          "title (title.en.legislature): a retired private person is a named_person (LABELLING)",
                   strict=True)
def test_a_retired_customer_service_representative_is_a_named_person(audit):
    source = audit("''I just don't think she's been completely truthful,'' Cecelia Purner, 67, a retired customer "
                   "service representative in Allentown, Pa., said in a follow-up interview.").claims[0].source
    assert source.type == "named_person"
