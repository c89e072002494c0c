"""Source, type, relays and continuation, sentence by sentence, in Arabic and English."""

import pytest

from provenance import audit_text
from provenance.rules import DEFAULT_RULES_DIR


def first(audit, text):
    return audit(text).claims[0]


@pytest.mark.parametrize("text, kind", [
    ("وقال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات كانت مثمرة.", "named_official"),
    ("وقالت وزارة الدفاع الروسية في بيان إن قواتها صدت الهجوم.", "named_organization"),
    ("وقال مسؤول أوكراني إن القوات تتمركز قرب الحدود.", "anonymous_official"),
    ("وقالت مصادر مطلعة إن الاتفاق بات قريبا.", "anonymous"),
    ("وذكرت وكالة الأنباء المركزية الكورية أن التجربة نجحت.", "state_media"),
    ("وقالت الاستخبارات الأميركية إن القوات وصلت إلى كورسك.", "intelligence"),
    ("وأفاد تقرير للأمم المتحدة بأن الوضع الإنساني تدهور.", "document"),
    ("وصل الوفد إلى موسكو صباح اليوم في زيارة تستغرق يومين.", "unattributed"),
    ("Officials said the talks would resume next week.", "anonymous_official"),
    ("The White House said the president would sign the bill.", "named_organization"),
    ("Sen. Bernie Sanders said the deal was a bad one.", "named_official"),
    ("It is widely believed that the talks will fail.", "unattributed"),
    ("A local pediatrician said the lead levels were unusually high.", "anonymous"),  # unnamed, by trade
])
def test_source_types(audit, text, kind):
    assert first(audit, text).source.type == kind


def test_state_media_relaying_a_named_official(audit):
    claim = first(audit, "ذكرت وسائل إعلام رسمية في كوريا الشمالية أن الزعيم كيم جونج أون أبلغ لافروف بأن بلاده مستعدة.")
    assert (claim.source.type, claim.source.name) == ("named_official", "Kim Jong Un")
    assert [v.type for v in claim.via] == ["state_media"]
    assert "ladder.state_media" in claim.reasons  # weakest link


def test_according_to_a_wire_after_a_quote_is_a_relay(audit):
    claim = first(audit, 'وقال بلينكن: "نتشارك مخاوف عميقة"، بحسب فرانس برس.')
    assert claim.source.name == "Antony Blinken"
    assert [(v.type, v.name) for v in claim.via] == [("media", "AFP")]


def test_told_a_news_agency_is_a_relay(audit):
    claim = first(audit, "Two officials told Reuters the shipment had arrived.")
    assert claim.source.type == "anonymous_official"
    assert [v.name for v in claim.via] == ["Reuters"]


def test_continuation_keeps_the_previous_speaker(audit):
    claims = audit("وقال لافروف إن روسيا ممتنة. وأضاف: \u201cهذا سيجعل من الممكن حل مهام أمنية\u201d.").claims
    assert claims[1].source.name == "Sergei Lavrov"
    assert "attr.continuation" in claims[1].reasons


def test_an_english_he_said_after_an_interview_is_no_relay(audit):
    # ../shared/data/english-polnear/train/text/politico_2016-05-05_paul-ryan-says-he-s-not-ready-to.txt: the
    # labels give "He said on Thursday" no relay; an Arabic "وأضاف" after "قال لرويترز" keeps Reuters
    claims = audit("“I’m just not ready to do that at this point,” Speaker Paul Ryan told CNN's Jake Tapper about "
                   "extending his support to Trump. He said on Thursday that Trump needs to do more work.").claims
    assert [v.type for v in claims[0].via] == ["media"]
    assert claims[1].source.name == "Paul Ryan" and claims[1].via == []
    arabic = audit("وقال لافروف لوكالة رويترز إن روسيا ممتنة. وأضاف أن المحادثات كانت مثمرة.").claims
    assert [v.type for v in arabic[1].via] == [v.type for v in arabic[0].via] == ["media"]


def test_he_refers_to_the_last_person_not_the_last_body(audit):
    text = "Senator John Smith said the bill was dead. The committee said it would vote anyway. He said he would not."
    assert audit(text).claims[2].source.name == "John Smith"


def test_opinion_and_editorial_markers_are_not_attributions(audit):
    assert first(audit, "يذكر أن روسيا كثفت إنتاج القذائف هذا العام.").source.type == "unattributed"
    assert first(audit, "ويعتقد أن كليهما يزودان موسكو بالمعدات العسكرية.").source.type == "unattributed"


def test_anonymity_reason_in_the_next_sentence_reaches_the_source(audit):
    claims = audit("وقال مسؤول أوكراني لوكالة أسوشيتد برس إن القوات تتمركز قرب الحدود. "
                   "لم يكن المسؤول مخولًا بالكشف عن المعلومات علنًا.").claims
    assert "مخول" in claims[0].source.anonymity_reason
    assert "modifier.anonymity_reason" in claims[0].reasons


def test_hedge_is_flagged_and_lowers_the_score(audit):
    claim = first(audit, "Rebels said they had taken the town, a claim that could not be independently verified.")
    assert claim.hedges and "modifier.hedge" in claim.reasons


def test_source_offsets_point_into_the_body(audit):
    report = audit("وقال وزير الخارجية الروسي سيرغي لافروف إن العلاقات وثيقة.")
    src = report.claims[0].source
    assert report.body[src.start:src.end] == src.text


def test_notebook_helper_gives_the_same_report(auditor):
    text = "وقال لافروف إن روسيا ممتنة."
    assert audit_text(text).model_dump() == audit_text(text, rules=auditor.rules).model_dump()


def test_arabic_compound_names_keep_their_article(audit):
    # a name rules/people.yaml does not know (it knows أحمد أبو الغيط, and gives his canonical name)
    claim = first(audit, "وقال الأمين العام لجامعة الدول العربية سعيد أبو العلا إن القمة ستعقد في موعدها.")
    assert claim.source.type == "named_official" and "أبو العلا" in claim.source.name


def also(audit, text, index=-1):
    return [(a.text, a.name, a.type) for a in audit(text).claims[index].also]


def test_stance_holder_without_a_speech_cue(audit):
    # a belief, intention or action taken on a proposition is an attribution even in a sentence
    # that quotes no one; the claim itself stays unattributed
    claim = first(audit, "Ali famously opposed Trump in December.")  # rebuking is speech (cue.en.criticize)
    assert claim.source.type == "unattributed"
    assert [(a.text, a.type) for a in claim.also] == [("Ali", "named_person")]


def test_stance_pronoun_is_the_person_last_cited(audit):
    text = "Haleh Karimi said Ali was fun to be around. The bout was held in Manila. She witnessed the fight in 1971."
    assert also(audit, text) == [("She", "Haleh Karimi", "named_person")]


def test_stance_pronoun_right_after_she_spoke_is_the_source(audit):
    # right after she spoke, the holder goes on as the source (attr.continuation.stance), as "She remembers when
    # military officers showed up" after Yin Myint May said (tuned English, wash-post_2015-11-10)
    claim = audit("Haleh Karimi said Ali was fun to be around. She witnessed the fight in 1971.").claims[-1]
    assert (claim.source.text, claim.source.name, claim.source.type) == ("She", "Haleh Karimi", "named_person")
    assert claim.also == []


def test_relative_pronoun_is_typed_by_its_antecedent(audit):
    text = "Following the leak of the report, which concluded that she violated agency rules, Clinton spoke."
    assert also(audit, text, 0) == [("the report, which", "the report", "document")]


@pytest.mark.parametrize("text", [
    "Mrs. Clinton's plans to build on the agenda drew Democrats.",  # a noun, not a verb
    "He flew back to Addis Ababa in 1991.",
    # needs to, tries to, expected: 1 of 17, 3 of 14 and 3 of 18 holders were PolNeAR sources on its train split
    "Clinton needs to win Ohio to stay in the race.",
    "The senator is expected to win the primary easily.",
])
def test_not_a_stance(audit, text):
    assert first(audit, text).also == []


def test_the_holder_of_a_passive_stance_is_its_agent(audit):
    assert [a.text for a in first(audit, "Clinton is backed by 520 superdelegates.").also] == ["520 superdelegates"]


@pytest.mark.parametrize("text, source", [
    ("Many speakers at the service — including Muslims, Christians and Jews — said his death was painful.",
     "Many speakers at the service"),
    ("“It was about money,” Mr. Kaplan, a screenwriter and former studio executive, said dryly.",
     "Mr. Kaplan, a screenwriter and former studio executive"),
    ("Snyder, for his part, has denied that Clinton had anything to do with his decision.", "Snyder"),
    ("Federal officials familiar with the server, speaking on the condition of anonymity because they were "
     "not authorized to discuss the investigation, said that it had some protection.",
     "Federal officials familiar with the server"),
    ("Mrs. Clinton herself, as well as her campaign, has always maintained that the server was secure.",
     "Mrs. Clinton herself"),
    ("The silence comes after the Huffington Post, which originally said it would cover him as entertainment, "
     "said it would treat the campaign as news.", "the Huffington Post"),
    ("Sullivan, struck by her story, told her she did not need any talking points.", "Sullivan"),
    ("Trump, later alleging that Obama wanted to admit 250,000 Syrians, said he would deport refugees.", "Trump"),
])
def test_subject_across_an_aside(audit, text, source):
    assert first(audit, text).source.text == source


def test_an_english_name_ends_at_a_comma(audit):
    claim = first(audit, "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he was alarmed.")
    assert claim.source.name == "Jeffrey Salkin"
    assert claim.source.text.endswith("helping to organize the boycott")


@pytest.mark.parametrize("text, source", [
    ("However, Adelson met with Trump in December and declared in an interview that he found Trump charming.",
     "Adelson"),
    ("Nathan Diament said the speech mattered. But on Tuesday, he stood with other leaders and urged Democrats "
     "to vote.", "he"),
])
def test_a_coordinated_verb_shares_the_clause_subject(audit, text, source):
    claim = audit(text).claims[-1]
    assert claim.source.text == source
    assert claim.source.type in ("named_person", "named_official")


def test_a_negated_cue_is_no_source_but_is_recorded(audit):
    claim = first(audit, "The campaign did not say that Sullivan has been interviewed by the FBI.")
    assert claim.source.type == "unattributed"
    assert [(a.text, a.type) for a in claim.also] == [("The campaign", "named_organization")]


def test_a_negated_cue_that_refuses_to_comment_is_the_source(audit):
    # cue.en.withheld (session 42): "would not say if" refuses to comment, a speech act in LABELLING.md
    claim = first(audit, "The campaign would not say if Sullivan has been interviewed by the FBI.")
    assert (claim.source.text, claim.source.type) == ("The campaign", "named_organization")


def test_a_refusal_to_comment_in_a_relative_clause_stays_a_side_clause(audit):
    # from the session-42 review: the refusal undid the relative clause too ("Senators who" the source); the main
    # clause "are under pressure" is the writer's narration
    claim = first(audit, "Senators who would not say how they will vote are under pressure.")
    assert claim.source.type == "unattributed"
    assert [a.type for a in claim.also] == ["anonymous_official"]


def test_a_name_ending_in_ly_is_not_an_adverb(audit):
    claim = first(audit, "Schlafly also noted that Reagan and Trump have shown they are willing to negotiate.")
    assert (claim.source.text, claim.source.type) == ("Schlafly", "named_person")


@pytest.mark.parametrize("text", [
    "Like the United States, Israel's relationship with Turkey has been more important.",  # part of a name
    "Clinton won in Delaware, which gave her a nearly insurmountable lead in three key states.",
    "The Sept. 11 terrorist attacks changed the debate.",
    "The Huffington Post-Morning Consult poll of 2047 registered voters was released Wednesday.",  # passive
    "He taught one of the department's most sought-after electives.",  # a compound
])
def test_a_noun_is_not_a_reporting_verb(audit, text):
    claim = first(audit, text)
    assert claim.cue is None and claim.source.type == "unattributed"


@pytest.mark.parametrize("text, source", [
    ("After 10 months in Asmara, Nega had flown back to the United States and stated that he was tired.", "Nega"),
    ("The New York Times is expected to endorse the Democratic candidate.", "The New York Times"),
    ("Sanders hasn't said whether he has a strategy for changing the focus of his campaign.", "Sanders"),
    ("In early January, the State Department released a June 2011 email exchange.", "the State Department"),
])
def test_a_subject_is_a_noun_phrase_not_a_clause(audit, text, source):
    claim = first(audit, text)
    found = [a.text for a in (claim.source, *claim.also) if a.text]
    assert found == [source]


def test_a_stance_inside_reported_speech_is_content_not_another_source(audit):
    claim = first(audit, "Tad Devine said Sanders wants to see changes in the party platform.")
    assert claim.source.text == "Tad Devine" and claim.also == []


def test_a_participle_without_a_comma_is_a_modifier(audit):
    claim = first(audit, "Advantages like money will be tested against the messages of rivals promising upheaval.")
    assert claim.source.type == "unattributed"


def test_no_response_to_a_request_is_recorded_not_cited(audit):
    claim = first(audit, "Sullivan's lawyer Beth Wilkinson did not respond to a request for comment.")
    assert claim.source.type == "unattributed"
    assert [a.text for a in claim.also] == ["Sullivan's lawyer Beth Wilkinson"]


@pytest.mark.parametrize("text, source, kind", [
    ("Lawmakers accused each other of playing politics with the crisis.", "Lawmakers", "anonymous_official"),
    ("The genocide, which most historians recognize, is denied.", "most historians", "anonymous"),
    ("A coalition of nearly 40 groups urged Congress to pass the measure.", "A coalition of nearly 40 groups",
     "named_organization"),
])
def test_unnamed_groups_are_sources(audit, text, source, kind):
    claim = first(audit, text)
    found = [(a.text, a.type) for a in (claim.source, *claim.also) if a.text]
    assert found == [(source, kind)]


def test_a_definite_description_after_a_quotation_is_the_last_speaker(audit):
    claims = audit('Ben Carson said regulation had to go. "It drives the prices of everything up," '
                   "the Republican said this week.").claims
    assert (claims[1].source.text, claims[1].source.name) == ("the Republican", "Ben Carson")


@pytest.mark.parametrize("text, source, kind", [
    ('Democrats blocked the package because of "poison pill" measures added by Republicans on other issues.',
     "Republicans", "named_organization"),  # a party's members alone are the party (en.class.party_members)
    ("The immigration bill, opposed by House Republicans, never became law.", "House Republicans", "anonymous"),
])
def test_the_agent_of_a_passive_cue_is_a_source(audit, text, source, kind):
    assert [(a.text, a.type) for a in first(audit, text).also if a.text.endswith("Republicans")] == [(source, kind)]


def test_a_coordinated_relative_stands_for_the_first_relatives_noun(audit):
    claim = first(audit, "Prosecutors cited a group of hackers who officials say is tied to Russia and who claimed "
                         "credit for the breach.")
    assert ("hackers who officials say is tied to Russia and who", "anonymous") in \
        [(a.text, a.type) for a in claim.also]


@pytest.mark.parametrize("text, holder", [
    ("Mr. Trump, who spent Saturday barnstorming across Iowa, projected supreme confidence.", "Mr. Trump"),
    ("Jewish leaders point to Trump's call for a ban on Muslims entering the United States.", "Jewish leaders"),
    ("Despite his standing, his donors remain confident that he will win.", "his donors"),
    ("Mrs. Clinton led, with the new Register survey finding that 45 percent backed her.",
     "the new Register survey"),
    ("Trevor Noah on Thursday showed that the businessman was given an opportunity to clarify.", "Trevor Noah"),
    ("A study by the university examined the gap between its position and its planning.",
     "A study by the university"),
])
def test_stance_finding_and_evaluation_holders(audit, text, holder):
    claim = first(audit, text)
    assert holder in [a.text for a in (claim.source, *claim.also)]


def test_a_stance_inside_a_finding_is_its_content(audit):
    claim = first(audit, "Mrs. Clinton led, with the new Register survey finding that 45 percent backed her.")
    assert [(a.text, a.type) for a in claim.also] == [("the new Register survey", "document")]


def test_a_bare_count_before_a_perfect_cue_is_people(audit):
    claim = first(audit, "Already, 520 superdelegates have said they support Clinton, 39 have said they support "
                         "Sanders and 160 have not publicly announced their choice.")
    assert [(a.text, a.type) for a in claim.also] == [("39", "anonymous"), ("160", "anonymous")]


def test_a_coordinated_stance_after_an_adverbial_shares_the_clause_subject(audit):
    claim = first(audit, "Dottie Deans backs Sanders as a superdelegate and in a statement credited him for "
                         "an exciting campaign.")
    assert [(a.text, a.type) for a in claim.also] == [("Dottie Deans", "named_person")]


# -- Arabic ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ودأب الرؤساء السابقون على حث أوروبا على زيادة إنفاقها العسكري.",  # على حث: a noun after a preposition
    "وتزامن مقال الرأي مع صدور الكتاب الجديد.",  # الرأي (the opinion) is no رأى
    "وأصيب جنديان لدى مرور آليتهم قرب السياج الحدودي.",  # آليتهم (their vehicle) is no يتهم
])
def test_arabic_nouns_are_not_reporting_verbs(audit, text):
    claim = first(audit, text)
    assert (claim.source.type, claim.cue) == ("unattributed", None)


def test_arabic_but_he_continues_the_speaker(audit):
    claims = audit("وقال المتحدث باسم الجيش، العقيد جوناثان كونريكوس، إن القوات ردت على النيران. "
                   "لكنه قال إن التحقيق لا يزال جاريا.").claims
    assert (claims[1].source.type, claims[1].source.text) == ("named_official", "لكنه")
    assert "attr.continuation" in claims[1].reasons


@pytest.mark.parametrize("text, kind, source", [
    ("قتل ثلاثة أشخاص في غارة جوية، وفقا لمصادر طبية محلية.", "anonymous_official", "مصادر طبية محلية"),  # a source of an institution's domain (rules/ar/sources.yaml)
    ("وارتفعت الأسعار بنسبة 5 بالمئة، وفقا لتقديرات البنك الدولي.", "document", "تقديرات البنك الدولي"),
    ("وقتل عشرة مقاتلين، وفقا للمرصد السوري لحقوق الإنسان.", "named_organization",
     "للمرصد السوري لحقوق الإنسان"),  # لل: ل and the article, read by the lexicons
    ("ويعتزم الرئيس إقالة عدد من مساعديه، حسبما قال مسؤول في الإدارة.", "anonymous_official", "مسؤول في الإدارة"),
    ("ويمكن أن يدر القطاع 500 مليون دولار سنويا حسب ما أكدت وزارة الاقتصاد لفرانس24.", "named_organization",
     "وزارة الاقتصاد"),
])
def test_arabic_according_names_the_source_after_its_lam_or_verb(audit, text, kind, source):
    claim = first(audit, text)
    assert (claim.source.type, claim.source.text) == (kind, source)


def test_arabic_a_name_after_a_spokesperson_and_a_comma_is_theirs(audit):
    claim = first(audit, "وانتقدت المتحدثة باسم البيت الأبيض، سارة ساندرز، وسائل الإعلام بشدة.")
    assert (claim.source.type, claim.source.name) == ("named_official", "سارة ساندرز")


def test_arabic_an_outlet_after_lam_is_the_hearer(audit):
    claim = first(audit, "حسبما قال مسؤول في الإدارة لفرانس24.")
    assert claim.source.type == "anonymous_official"
    assert [v.type for v in claim.via] == ["media"]


def test_arabic_subject_between_kana_and_a_comma(audit):
    claim = first(audit, "وكان مصدر مطلع على التحقيقات الجارية بشأن اختفاء الصحفي، قال في تصريحات صحفية إن الأدلة قاطعة.")
    assert (claim.source.type, claim.source.text) == ("anonymous", "مصدر مطلع على التحقيقات الجارية بشأن اختفاء الصحفي")


@pytest.mark.parametrize("text, kind", [
    ("وفي منتصف الثمانينات قدرت أجهزة الاستخبارات الغربية إنتاج الحشيش بألف طن.", "intelligence"),
    ("وفي ختام الاجتماع قال وزير الخارجية الفرنسي إن الحوار مستمر.", "named_official"),
])
def test_arabic_an_opening_adverbial_is_no_subject(audit, text, kind):
    assert first(audit, text).source.type == kind


def test_arabic_a_hashtag_reads_as_its_words(audit):
    claim = first(audit, "وقالت #محكمة_سيول إنها ستسمح ببث جلسة النطق بالحكم على الهواء.")
    assert (claim.source.type, claim.source.text) == ("named_organization", "#محكمة_سيول")


def test_arabic_coordinated_sources_take_the_first_ones_type(audit):
    claim = first(audit, "وصدت القوات الحكومية الهجوم، وفق المرصد السوري والإعلام الرسمي.")
    assert claim.source.type == "named_organization"
    assert "src.coordinated" in claim.source.rules


def test_arabic_ruled_out_is_a_reporting_verb(audit):
    claim = first(audit, "واستبعد وزير الخارجية الإيراني أن تشن الولايات المتحدة هجوما عسكريا.")
    assert (claim.source.type, claim.cue) == ("named_official", "واستبعد")


@pytest.mark.parametrize("text, source, kind", [
    ("The state admitted a mistake after a local pediatrician reported unusually high lead levels in children.",
     "a local pediatrician", "anonymous"),
    ("A senior aide indicated that the server had been probed.", "A senior aide", "anonymous_official"),
])
def test_a_person_can_report_or_find_that(audit, text, source, kind):
    claim = audit(text).claims[-1]
    assert (source, kind) in [(a.text, a.type) for a in (claim.source, *claim.also)]


def test_state_alone_is_the_state_department(audit):
    claim = first(audit, "State has also told lawmakers privately that the department is launching its own probe.")
    assert (claim.source.text, claim.source.type) == ("State", "named_organization")


def test_a_closing_single_quote_after_a_comma_ends_the_quotation(audit):
    claims = audit("Schlafly wrote about Reagan. \u201cWith Trump, it\u2019s his promise to build \u2018an impenetrable "
                   "wall\u201d on our southern border,\u2019 she wrote.").claims
    assert (claims[1].source.text, claims[1].source.name) == ("she", "Schlafly")


def test_the_speaker_a_relay_quotes_is_not_listed_again(audit):
    claim = first(audit, "Reuters quoted a senior official as saying the talks had failed.")
    assert (claim.source.text, [v.name for v in claim.via]) == ("a senior official", ["Reuters"])
    assert [a.text for a in claim.also] == ["Reuters"]  # the relay is an attribution of its own, the official not


def test_a_relative_clause_inside_reported_content_is_another_attribution(audit):
    claim = first(audit, "Trump has cited an award from the Jewish National Fund, which supports building "
                         "infrastructure in Israel.")
    assert claim.source.text == "Trump"
    assert [a.text for a in claim.also] == ["the Jewish National Fund, which"]


def test_opined_is_a_reporting_verb(audit):
    claim = first(audit, '"Gun owners should leave their weapons at home," opined the newspaper.')
    assert (claim.cue, claim.source.text, claim.source.type) == ("opined", "the newspaper", "media")


@pytest.mark.parametrize("text, holder, kind", [
    ("The department spent months pushing back against claims by intelligence agencies that the emails were "
     "secret.", "intelligence agencies", "intelligence"),
    ("The inaction came amid dire warnings from medical experts about the virus.", "medical experts", "anonymous"),
])
def test_a_stance_noun_names_its_holder_after_by_or_from(audit, text, holder, kind):
    assert (holder, kind) in [(a.text, a.type) for a in first(audit, text).also]


def test_claims_after_a_possessive_name_no_holder(audit):
    claim = first(audit, "Contrary to Lazar's claims, the authorities say he never obtained access to the account.")
    assert "Lazar" not in [a.text for a in (claim.source, *claim.also)]


def test_a_holder_after_from_ends_before_about(audit):
    claim = first(audit, "The inaction came amid dire warnings from medical experts about the virus.")
    assert [(a.text, a.type) for a in claim.also] == [("medical experts", "anonymous")]


def test_a_participle_opening_the_sentence_reports_the_subject_after_its_clause(audit):
    claim = first(audit, "Noting that both Reagan and Trump battled the media, Schlafly put her finger on one facet "
                         "of the campaign.")
    assert (claim.cue, claim.source.text, claim.source.type) == ("Noting", "Schlafly", "named_person")


def test_a_stance_participle_after_a_comma_is_the_clause_subjects(audit):
    # (railing against someone is speech, cue.en.criticize: the main clause here has no cue)
    claim = first(audit, "In New Hampshire, Rubio has campaigned hard, taking aim at his past support for "
                         "Justice Sonia Sotomayor.")
    assert [a.text for a in claim.also] == ["Rubio"]


def test_a_comma_standing_alone_before_the_verb_is_no_word(audit):
    claim = first(audit, "Officials , said the talks went well.")
    assert (claim.source.text, claim.source.type) == ("Officials", "anonymous_official")


def test_a_comma_standing_alone_before_a_relative_pronoun_is_no_word(audit):
    claim = first(audit, "He met the officials , who said the talks went well.")
    assert claim.text.startswith("He met")  # audited, not a crash in the antecedent walk


# -- English: spans that are no subject --------------------------------------------------------


def test_a_country_after_a_place_preposition_is_a_place_not_a_source(audit):
    claim = first(audit, "A disproportionate number of refugees from Iraq admitted to the United States have been "
                         "Christian.")
    assert claim.source.type == "unattributed" and claim.also == []
    assert first(audit, "Iraq admitted that the talks failed.").source.type == "named_organization"


def test_a_determiner_after_a_verb_ends_the_subject_before_that_verb(audit):
    assert first(audit, "Schlafly invoked the title of the book she wrote.").source.text == "Schlafly"
    claim = first(audit, "Contrast her accomplishments with the years of empty promises by Sanders.")
    assert "Contrast" not in [a.text.split()[0] for a in (claim.source, *claim.also) if a.text]


@pytest.mark.parametrize("text", [
    "The letter accuses the reporter of not giving the company access to documents she cited.",
    "The former secretary of state has long maintained that she complied with agency rules, claims that the "
    "inspector could not corroborate.",
])
def test_a_subject_pronoun_inside_the_walk_opens_a_clause_it_crossed(audit, text):
    claim = first(audit, text)
    assert claim.source.text in ("The letter", "The former secretary of state") and claim.also == []


@pytest.mark.parametrize("text, source", [
    ("Attendees used markers to write notes to the boxer on a paper banner.", None),
    ("The senator cited reports that the talks had failed.", "The senator"),
    ("A source who asked not to be named says the talks failed.", "A source who asked not to be named"),
    ("A person close to Trump says the talks failed.", "A person close to Trump"),
])
def test_a_cue_ending_in_s_after_a_verb_is_a_plural_noun(audit, text, source):
    claim = first(audit, text)
    assert claim.source.text == source and claim.cue not in ("notes", "reports")


def test_an_infinitive_after_a_verbs_object_is_not_the_subjects(audit):
    claim = first(audit, "Mr. Coll said that Ms. Rust gave the company plenty of time to respond to her questions.")
    assert claim.source.text == "Mr. Coll" and claim.also == []


BODY = "\n\nThe figures were published on Monday in the capital. Turnout was lower than last year."


@pytest.mark.parametrize("title, source, kind, cue", [
    ("Kowalski Says Tariffs Will Hurt Farmers", "Kowalski", "named_person", "Says"),  # Title Case
    ("Poll: Voters favour the new bridge", "Poll", "document", ":"),
    ("Kowalski on the budget: 'We cannot wait'", "Kowalski", "named_person", ":"),
    ("وزارة الصحة: ارتفاع عدد الإصابات في العاصمة", "وزارة الصحة", "named_organization", ":"),
    ("Syria: funerals for the victims of the attacks", None, "unattributed", None),  # a place labels the topic
    ("إيران والمغرب: علاقة متأرجحة على وقع الأوضاع", None, "unattributed", None),
    ("Bill is back: the former president on the trail", None, "unattributed", None),  # a clause, no speaker
])
def test_the_headline_has_its_own_attribution(audit, title, source, kind, cue):
    report = audit(title + BODY)
    h = report.headline
    assert report.title == title and (h.source.text, h.source.type, h.cue) == (source, kind, cue)
    if source is not None:  # offsets into the title
        assert title[h.source.start:h.source.end] == source and title[h.cue_start:h.cue_end] == cue
    assert [c.text for c in report.claims] == ["The figures were published on Monday in the capital.",
                                               "Turnout was lower than last year."]  # no body claim


def test_the_headline_is_scored_but_not_counted_in_the_article_score(audit):
    plain, titled = audit("Turnout fell" + BODY), audit("Poll: Turnout fell" + BODY)
    assert titled.headline.grade != "F" and "cue.headline.colon" in titled.headline.reasons
    assert plain.headline.source.type == "unattributed"
    assert titled.score.article == plain.score.article


def test_a_capital_inside_an_ordinary_sentence_still_marks_a_name(audit):
    claim = first(audit, "A new book, Trump Says Yes, reached the shelves on Monday.")  # a title, not a cue
    assert claim.cue is None and claim.source.type == "unattributed"


def test_removing_the_headline_colon_rule_turns_it_off(tmp_path):
    import shutil

    import yaml

    from provenance.pipeline import Auditor
    from provenance.models import Document
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    cues = yaml.safe_load((rules / "cues.yaml").read_text(encoding="utf-8"))
    cues["lexicons"] = [e for e in cues["lexicons"] if e["family"] != "headline_colon"]
    (rules / "cues.yaml").write_text(yaml.safe_dump(cues, allow_unicode=True), encoding="utf-8")
    report = Auditor(rules).audit(Document(name="t", text="Poll: Voters favour the new bridge" + BODY))
    assert report.headline.source.type == "unattributed"


def test_a_question_headline_is_the_title_and_its_wh_word_is_no_name(audit):
    report = audit("Why Does Kowalski Refuse to Recognize the Treaty?" + BODY)
    assert report.title == "Why Does Kowalski Refuse to Recognize the Treaty?" and len(report.claims) == 2
    assert [(s.text, s.type) for s in report.headline.also] == [("Kowalski", "named_person")]


# -- English: a possessor or a compound names no source ----------------------------------------


@pytest.mark.parametrize("text, kind, name", [
    ("One of Trump's advisers said the plan was unworkable.", "anonymous_official", None),
    ("Mourners at John Smith's funeral said he was generous.", "anonymous", None),
    ("On Sunday, anti-Trump protesters said the rally was peaceful.", "anonymous", None),
    # the banks, not the state: an unnamed source as "The biggest banks said" is (attr.description_subject)
    ("Canada's biggest banks said the rates would rise.", "anonymous", "Canada's biggest banks"),
    ("Smith's team said the vote was rigged.", "named_organization", "Smith's team"),
])
def test_a_possessor_or_a_compound_is_not_the_source(audit, text, kind, name):
    claim = first(audit, text)
    assert (claim.source.type, claim.source.name) == (kind, name)


def test_a_share_inside_a_verb_phrase_is_no_poll_respondent(audit):
    claim = first(audit, "Jones admitted Monday that she would need to win 70 percent of the remaining seats to "
                         "match the party's current pledged total.")
    assert claim.source.text == "Jones" and claim.also == []
    # a share heading the subject is the poll's respondents, typed as the poll (src.anonymous_share.en), in an
    # article that names a poll; without one they are unnamed people (src.anonymous_share.en.no_poll)
    polled = ("Title\n\nA new poll of 1,000 adults came out on Monday. "
              "Some 61 percent of voters said the economy was their main worry.")
    assert audit(polled).claims[1].source.type == "document"
    assert first(audit, "Some 61 percent of voters said the economy was their main worry.").source.type \
        == "anonymous"


def test_a_publishing_word_after_a_preposition_is_a_noun(audit):
    claim = first(audit, "The party rules allow for minority reports at the request of a quarter of the members.")
    assert claim.cue is None and claim.source.type == "unattributed"
    assert first(audit, "The group for veterans says the cuts are cruel.").source.text == "The group for veterans"


def test_a_publishing_word_after_a_named_possessor_is_a_noun(audit):
    claim = first(audit, "Smith appeared on NBC's Today show on Monday.")
    assert claim.cue is None and claim.source.type == "unattributed"
    assert first(audit, "The poll's findings show that voters are tired.").source.type == "document"


@pytest.mark.parametrize("text, speaker, outlet, evidence", [
    ("\u201cWe will win,\u201d Smith said, according to Reuters.", "Smith", "Reuters", "according to Reuters"),
    ("The Boston Globe quoted one of Smith's aides as saying the plan had failed.", "one of Smith's aides",
     "The Boston Globe", "The Boston Globe quoted"),
])
def test_a_relaying_outlet_is_also_an_attribution_of_its_own(audit, text, speaker, outlet, evidence):
    claim = first(audit, text)
    assert claim.source.text == speaker
    assert [(v.name, v.evidence) for v in claim.via] == [(outlet, evidence)]
    assert [(a.type, a.text) for a in claim.also] == [("media", outlet)]


def test_a_definite_trade_noun_is_no_unnamed_source(audit):
    claims = audit("Jones toured the plant on Monday. The businessman turned politician said the plant would close.").claims
    assert claims[1].source.type != "anonymous"
    assert first(audit, "A chemist said the plant would close.").source.type == "anonymous"


@pytest.mark.parametrize("text", [
    "Trump spoke in Ohio on Monday. He used his phone in what he called hostile territory.",
    "Trump spoke in Ohio on Monday. Many young voters ignore that he can't do what he promises to do.",
])
def test_a_cue_in_a_free_relative_attributes_nothing(audit, text):
    claim = audit(text).claims[1]
    after_what = claim.start + claim.text.index("what he") + len("what ")
    assert claim.source.type == "unattributed" and all(a.start != after_what for a in claim.also)


def test_a_plural_speech_verb_inside_reported_content_is_another_speaker(audit):
    claim = first(audit, "Jones said the plan would cost too much - something campaign aides argue is unlikely.")
    assert claim.source.text == "Jones"
    assert [a.type for a in claim.also] == ["anonymous_official"] and claim.also[0].text.endswith("campaign aides")


def test_a_group_named_by_its_stance_is_an_unnamed_source(audit):
    claim = first(audit, "Since then, his backers have argued that the inquiry was unfair.")
    assert (claim.source.type, claim.source.text) == ("anonymous", "his backers")


def test_a_stance_before_a_closing_attribution_is_its_content(audit):
    claim = first(audit, "Smith hopes to win the state in November, Jones said Monday.")
    assert claim.source.text == "Jones" and claim.also == []
    claim = first(audit, "While Republicans have pushed for a vote, Jones told reporters the bill was dead.")
    assert claim.source.text == "Jones" and [a.text for a in claim.also] == ["Republicans"]


# -- English attribution as PolNeAR marks it (issue 15): each class from sentences of PolNeAR's train split ------

def sources_in(claim) -> list[str]:
    """The text of every source the claim places in its sentence: its own and its other attributions."""
    return [s.text for s in [claim.source, *claim.also] if s.start is not None and s.type != "unattributed"]


@pytest.mark.parametrize("text, source, kind", [
    # politico_2015-11-24_clinton-s-iowa-dilemma, politico_2016-05-23_senate-candidates-stake-out-a-ra,
    # nyt_2015-11-18_paris-attacks-test-clinton-s-str: the source after a reported clause and a comma
    ("In a year when arguments against big government are resonating with voters, candidates have more room to walk "
     "away from the program, said Steve Grubbs, an Iowa operative currently working for Rand Paul’s campaign.",
     "Steve Grubbs, an Iowa operative currently working for Rand Paul’s campaign", "named_person"),
    ("Federal mandates are a burden that distract from teaching and learning in schools, said Wilcox.", "Wilcox",
     "named_person"),
    ("There is no real political upside for Mrs. Clinton in coming out early with a detailed plan for Syria, said "
     "Michael O'Hanlon, a senior fellow at the Brookings Institution.",
     "Michael O'Hanlon, a senior fellow at the Brookings Institution", "named_person"),
])
def test_source_after_the_reported_clause(audit, text, source, kind):
    claim = first(audit, text)
    assert (claim.source.text, claim.source.type) == (source, kind)


def test_a_noun_before_a_far_that_is_no_speech_verb(audit):
    # politico_2016-05-23_senate-candidates-stake-out-a-ra: "states" is a noun here; Jolly is the source
    claim = first(audit, "If the federal government gave money for Head Start to states and then states doled it out "
                         "to the organizations that deliver the program, states unnecessarily would become middle "
                         "men, Jolly said.")
    assert claim.source.text == "Jolly"


@pytest.mark.parametrize("text, holder", [
    # politico_2015-12-28_are-democrats-crippling-obamacar: a predicate PolNeAR marks that bench/learn_cues.py
    # learned from its train split (cue.en.learned); "decried" and "lashed out at", learned before, are now
    # verbs of criticism, speech acts (cue.en.say)
    ("Clinton came out against the Cadillac tax in September.", "Clinton"),
])
def test_a_learned_predicate_records_its_holder(audit, text, holder):
    claim = first(audit, text)
    assert claim.source.type == "unattributed"
    assert [a.text for a in claim.also if "cue.en.learned" in a.rules] == [holder]


@pytest.mark.parametrize("text, source", [
    # politico_2016-05-23_senate-candidates-stake-out-a-ra, breitbart_2016-02-20_the-latest-hillary-clinton-tells,
    # politico_2016-04-22_poll-trump-a-big-turnoff-for-flo, huff-post_2016-02-01_here-s-why-winning-iowa-could-br:
    # people named by a quantity, a share or a noun of people (rules/en/people.yaml) are unnamed sources; a count in
    # ten or any small number ("About 4 in 10 say", "Two in three said") speaks for the poll
    # (tests/test_attribution_findings.py, tests/test_attribution_en_sources.py)
    ("Several said they would rather federal officials dole out funding.", "Several"),
    ("Obama’s rise may have been more surprising to the black community, said several observers.", "several observers"),
])
def test_people_without_a_name_are_unnamed_sources(audit, text, source):
    claim = first(audit, text)
    assert (claim.source.text, claim.source.type) == (source, "anonymous")


def test_a_definite_person_refers_back_to_the_person_last_cited(audit):
    # breitbart_2016-03-29_liberal-oscar-winner-sarandon-no: "The actress said" after Sarandon is named
    claims = audit("Susan Sarandon said on Monday that she would not vote for Clinton. "
                   "The actress said she was tired of the status quo.").claims
    assert (claims[1].source.text, claims[1].source.name, claims[1].source.type) == \
        ("The actress", "Susan Sarandon", "named_person")


@pytest.mark.parametrize("text, source, kind", [
    # nyt_2016-07-07_in-criticizing-clinton-hints-tha: the comma ends the content; the head is the administration
    ("Either out of embarrassment or to protect its sources of intelligence, the Obama administration has never "
     "publicly blamed Russia for stealing data.", "the Obama administration", "named_organization"),
    ("The claims came from sources of intelligence, the Obama administration said.", "the Obama administration",
     "named_organization"),
    # the same article: a report read as a person, its participle left out of the head
    ("A State Department inspector general's report issued earlier this year reported what looked like several "
     "attempts at spear phishing.", "A State Department inspector general's report issued",
     "document"),
    # usa-today_2016-03-17_voters-turned-out-in-droves-tues: a document noun heads its complement
    ("An analysis by Politifact of presidential elections going back to 1972 showed the party with the highest "
     "turnout won only four out of 11 times.", "An analysis by Politifact of presidential elections going back to 1972",
     "document"),
    ("An inquiry by the inspector general found that the agency had erred.", "An inquiry by the inspector general",
     "document"),
])
def test_documents_and_bodies_read_by_their_head(audit, text, source, kind):
    claim = first(audit, text)
    assert (claim.source.text, claim.source.type) == (source, kind)


def test_a_contracted_pronoun_is_the_source_at_its_own_letters(audit):
    # breitbart_2016-02-20_the-latest-hillary-clinton-tells: "And he’s predicted big wins in the races ahead."
    report = audit("Donald Trump talked to voters in Iowa on Monday. And he’s predicted big wins in the races ahead.")
    source = report.claims[1].source
    assert (source.text, source.name, report.body[source.start:source.end]) == ("he", "Donald Trump", "he")


def test_a_count_and_an_age_are_people(audit):
    # wash-post_2016-06-27_the-revolutionary-s-next-tactic-: "at least 21,000 said they would"
    claim = first(audit, "At least 21,000 said they would run for office.")
    assert (claim.source.text, claim.source.type) == ("At least 21,000", "anonymous")
    # breitbart_2016-07-19_republicans-begin-roll-call-vote: '"...," said the 46-year-old.'
    claims = audit("Lara Jones said on Tuesday she backed him. “Donald is an amazing leader,” said the 46-year-old.").claims
    assert (claims[1].source.text, claims[1].source.name) == ("the 46-year-old", "Lara Jones")


@pytest.mark.parametrize("text, source", [
    # politico_2016-08-17_ap-trump-chair-routed-ukrainian-: an aside opened by "in" between subject and verb
    ("Gates, in contrast, told AP he was working with Manafort.", "Gates"),
    # huff-post_2016-06-27_hillary-clinton-slams-donald-tru: a time phrase ending in "later" opens the clause
    ("But a few days later, Trump reversed himself yet again, telling CBS that the laws on abortion are set.", "Trump"),
])
def test_the_subject_past_an_aside_or_an_opening_time_phrase(audit, text, source):
    assert first(audit, text).source.text == source


def test_he_after_a_sentence_that_only_names_the_person(audit):
    # huff-post_2016-05-12_george-zimmerman-auctioning-off-: the person named before, though not cited, is "he"
    claims = audit("George Zimmerman is auctioning off the gun. “I’m a free American,” he told Fox 35 in Orlando.").claims
    assert (claims[1].source.text, claims[1].source.name, claims[1].source.type) == \
        ("he", "George Zimmerman", "named_person")


@pytest.mark.parametrize("text, outlet", [
    # huff-post_2016-07-18_more-offensive-things-donald-tru: the interview opens the sentence
    ("In an interview with The Wall Street Journal, Trump doubled down on his comments about Curiel and said the "
     "federal judge had “an inherent conflict of interest”.", "The Wall Street Journal"),
    # tests/devset/english breitbart_2016-04-14_gillibrand-on-hillary-releasing-: the programme before the speaker
    ("Friday on CNN’s “New Day,” Sen. Kristen Gillibrand (D-NY) told host Chris Cuomo she believed that Clinton "
     "would release a transcript.", "CNN"),
    ("Sanders wrote in The New York Times that he would stay in the race.", "The New York Times"),
])
def test_the_outlet_a_source_speaks_through_is_a_relay(audit, text, outlet):
    claim = first(audit, text)
    assert [(v.type, v.name) for v in claim.via] == [("media", outlet)]


def test_a_social_network_is_no_relay(audit):
    # breitbart_2016-04-14_the-latest-trump-delivers-defens: "Sanders said on Twitter Thursday that ..."
    assert first(audit, "Sanders said on Twitter Thursday that the comment was wrong.").via == []


def test_a_stance_pronoun_before_anyone_was_cited_is_the_person_named(audit):
    # huff-post_2016-05-12_george-zimmerman-auctioning-off-: the sentence's subject, not the last name in it
    claims = audit("George Zimmerman is auctioning off the gun that killed Trayvon Martin. "
                   "He hopes to raise money for his legal fees.").claims
    assert [(a.text, a.name) for a in claims[1].also] == [("He", "George Zimmerman")]


def test_what_a_speaker_cites_is_no_source(audit):
    # breitbart_2015-12-04_san-bernardino-terror-suspect-na: "citing" names the administration's reason, not a
    # source (on PolNeAR's train split 1 of the 18 phrases after "citing" was a source)
    claim = first(audit, "The Obama administration is still reluctant to call the attack in California an act of "
                         "terrorism, citing the ongoing investigation by the FBI.")
    assert not any("investigation" in s for s in sources_in(claim))


def test_maintained_reports_speech_only_before_its_complement(audit):
    # politico_2015-12-15_carson-huckabee-fiorina-earned-s: "maintained a paid speaking schedule" keeps something
    assert first(audit, "Huckabee maintained a paid speaking schedule during his candidacy.").source.type == "unattributed"
    assert first(audit, "Clinton has always maintained that the server was secure.").source.text == "Clinton"


def test_prosecutors_are_unnamed_officials_and_authorities_the_body_that_speaks():
    # LABELLING.md: a country's authorities are named_organization; unnamed prosecutors are unnamed officials,
    # anonymous_official, as Arabic's "ممثلو الادعاء" (the prosecutor's office, "the prosecution", is the body; session
    # 45 review, finding 5; the tuned labels of wash-post_2016-09-03 of PolNeAR's train split corrected so)
    report = audit_text("Lazar sentenced\n\nProsecutors said a stern sentence could deter other violators. "
                        "Contrary to Lazar's claims, authorities say he never obtained access to Clinton's email account.")
    assert [c.source.type for c in report.claims] == ["anonymous_official", "named_organization"]


@pytest.mark.parametrize("text, source", [
    # politico_2015-12-28_are-democrats-crippling-obamacar (PolNeAR train)
    ("As White House press secretary Josh Earnest explained, three taxes were postponed in the budget deal, "
     "depriving the government of $35 billion.", "White House press secretary Josh Earnest"),
    # west-journal_2015-12-31_new-detail-just-emerged-about-wh (PolNeAR train)
    ("As The Daily Caller reported, the Cosby Show creator and star gave between $1,001 and $5,000 to the Clintons.",
     "The Daily Caller"),
])
def test_a_leading_as_clause_that_ends_with_its_verb_names_the_source(text, source):
    claim = audit_text("T\n\n" + text).claims[0]
    assert claim.source.text == source


def test_a_leading_although_clause_stays_the_writers():
    claim = audit_text("T\n\nAlthough he told the FBI he was innocent, the jury convicted him.").claims[0]
    assert claim.source.type == "unattributed"


@pytest.mark.parametrize("text, source, type_", [
    # nyt_2015-11-16_social-sites-ov (PolNeAR train): a family name that is also a word, after its honorific
    ("''That is why we created Safety Check and why we have activated it for people in Paris,'' Ms. White said.",
     "Ms. White", "named_person"),
    # huff-post_2016-05-19_these-are (PolNeAR train): an organisation by its kind (rules/sources.yaml src.org.en)
    ("Assem, the plane's co-pilot, had logged 2,766 flying hours with EgyptAir, the airline said Thursday.",
     "the airline", "named_organization"),
])
def test_sources_named_by_an_honorific_or_by_the_kind_of_body(text, source, type_):
    claim = audit_text("T\n\n" + text).claims[0]
    assert (claim.source.text, claim.source.type) == (source, type_)


@pytest.mark.parametrize("text, source", [
    # wash-post_2016-09-03_hacker-who-exposed-clinton-s-use (tests/devset/english)
    ("Lazar said he guessed at passwords. He succeeded only about 8 to 10 percent of the time, he estimated.", "he"),
    # PolNeAR train: a person estimating, not only a document (cue.en.estimate in rules/cues.yaml)
    ("Hoover estimated that there are 23 to 28 people opposed to any mention of it on the committee.", "Hoover"),
])
def test_people_estimate_and_predict_too(text, source):
    claim = audit_text("T\n\n" + text).claims[-1]
    assert claim.source.text == source and claim.cue in ("estimated",)


def test_a_word_of_the_quotation_does_not_make_the_verb_after_it_a_side_clause(audit):
    # politico_2016-05-05_paul-ryan-says-he-s-not-ready-to (PolNeAR train, tests/devset/english): the quotation's
    # last words "that statement," are no "that" clause governing "said"; the same in wash-post_2016-01-31
    # ("that overnight," said Brad Komar) and wash-post_2016-09-04 ("that alone," said Chuck Rocha)
    report = audit("Title\n\n\u201cHe does need to come up with that statement,\u201d said Bruce Hough, the Republican "
                   "National Committeeman from Utah.")
    assert report.claims[0].source.name == "Bruce Hough"


@pytest.mark.parametrize("text, name, type_", [
    # titles by domain (rules/en/titles.yaml); the sentences are from PolNeAR's train split
    ('"He does need it," said Bruce Hough, the Republican National Committeeman from Utah.',  # politico_2016-05-05
     "Bruce Hough", "named_official"),
    ("House Speaker Paul Ryan on Thursday declared that he cannot currently support Donald Trump.",  # politico_2016-05-05
     "Paul Ryan", "named_official"),
    ('"We are already at war with ISIL," said Army Capt. Jeff Davis.',  # politico_2016-06-13 (Navy Capt.)
     "Jeff Davis", "named_official"),
    # a known name before a title modifies it: the person is the name after the title (43 in the train split)
    ("Trump campaign manager Corey Lewandowski said the race was over.",  # huff-post_2016-03-15
     "Corey Lewandowski", "named_official"),
    ("Clinton spokesman Brian Fallon said the meetings were routine.",  # breitbart_2016-08-24
     "Brian Fallon", "named_official"),
    # a trade without an office is no title: strategists and lawyers are named people (LABELLING)
    ('"Donald Trump is the vote for change in this election," Republican strategist Fred Davis said.',  # wash-post_2016-06-01
     "Fred Davis", "named_person"),
    ('Sanders strategist Tad Devine said the central complication was his brand.',  # nyt_2016-04-21
     "Tad Devine", "named_person"),
    ('"The decision recognizes religious freedom," said Robert McDuff, attorney for one of four groups.',  # wash-post_2016-07-02
     "Robert McDuff", "named_person"),
])
def test_english_titles_of_office_by_domain(audit, text, name, type_):
    claim = audit("Title\n\n" + text).claims[0]
    assert (claim.source.name, claim.source.type) == (name, type_)


def test_polls_are_documents_not_anonymous_people(audit):
    # wash-post_2016-06-01_voters-skeptical-as-clinton-vows (tests/devset/english): "Polls show that ..."; 39
    # "polls show/suggest/found" in PolNeAR's train split. A poll is a document (LABELLING), even unnamed
    claim = audit("Title\n\nPolls show that a large majority of voters believe that the country is going in the "
                  "wrong direction.").claims[0]
    assert claim.source.type == "document" and claim.source.text == "Polls"


@pytest.mark.parametrize("line, name", [
    # wash-post_2015-11-16_clinton-s-claim-that-percent-of- (tests/devset/english): a hearing's transcript
    ('Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that figure."', "Trey Gowdy"),
    ('Former secretary of state Hillary Rodham Clinton:"We learned that from the State Department."', "Hillary Clinton"),
    # usa-today_2015-12-01_for-gop-a-golden-opportunity-to- (PolNeAR train): a debate's exchange
    ('Clinton: "Our goal is not to deter or contain ISIS, but to defeat and destroy ISIS."', "Hillary Clinton"),
])
def test_a_body_line_that_opens_with_its_speaker_and_a_colon_before_a_quotation(audit, line, name):
    claim = audit("Title\n\nThe exchange went on.\n" + line).claims[1]
    assert claim.source.name == name and "cue.quote.colon" in claim.reasons
    assert claim.text[claim.source.start - claim.start:claim.source.end - claim.start] == claim.source.text


def test_a_colon_before_a_quotation_needs_a_speaker_before_it(audit):
    claim = audit("Title\n\nThe exchange went on.\nHere is the deal: \"nothing\".").claims[1]
    assert claim.source.type == "unattributed"


@pytest.mark.parametrize("text", [
    # politico_2016-05-05_paul-ryan-says-he-s-not-ready-to (tests/devset/english): a capitalised preposition
    "Through his announcement, Ryan is acknowledging that Trump owns the party's big top.",
    # wash-post_2015-11-16_clinton-s-claim-that-percent-of- (tests/devset/english): a sentence adverb
    "Essentially, Clinton's lawyers looked through the e-mails and found that at least one person was wrong.",
])
def test_a_capitalised_function_word_or_sentence_adverb_is_never_a_name(audit, text):
    claim = audit("Title\n\n" + text).claims[0]
    assert claim.source.text not in ("Through", "Essentially")


def test_a_polls_figures_after_the_poll_go_on_with_the_poll(audit):
    # usa-today_2015-11-23_trump-leads-pack-terrorism-a-top (tests/devset/english): the poll, then its figures
    # with no cue; 300 or so train articles of PolNeAR give a poll's or a survey's shares this way
    report = audit("Title\n\nA national poll released Sunday by The Washington Post and ABC News found that Trump leads "
                   "with 32%. Bush was second with 18%. The candidates met in Iowa.")
    first, figures, narration = report.claims
    assert first.source.type == figures.source.type == "document"
    assert "attr.continuation.poll_figures" in figures.reasons
    assert narration.source.type == "unattributed"


def test_figures_after_a_person_are_not_a_poll(audit):
    report = audit("Title\n\nThe senator said the economy grew fast. Unemployment fell to 4%.")
    assert report.claims[1].source.type == "unattributed"


@pytest.mark.parametrize("text", [
    # arabic-pool france24_FR-internationalNews-2526-20180730: a hashtag's popularity and a price rise after the
    # statistics of who tweeted it (three sentences there)
    "وحسب الإحصاءات التي أجريت عليه فإن معظم التغريدات أتت من مصر. "
    "بينما حقق وسم #ازعل_يا_سيسي درجة أعلى من الشعبية محرزا 10 بالمئة على مقياس شعبية تويتر باللغة العربية.",
    # arabic-pool france24_FR-internationalNews-2678-20180812: a fire contained after a toll
    "وذلك بحسب حصيلة أصدرتها هيئة الإطفاء في كاليفورنيا. "
    "وإلى الشمال قرب مدينة ريدينغ، تمت السيطرة على حريق \"كار\" بنسبة 51% حتى صباح الجمعة.",
])
def test_an_arabic_share_after_a_document_is_the_writers(audit, text):
    # attr.continuation.poll_figures is English's (lang: en): no Arabic pool sentence gives a poll's figures so
    report = audit("عنوان\n\n" + text)
    first, figures = report.claims
    assert first.source.type == "document"
    assert figures.source.type == "unattributed"
    assert "attr.continuation.poll_figures" not in figures.reasons


def test_a_day_between_a_name_and_its_verb_is_no_part_of_the_name(audit):
    # politico_2016-05-05_paul-ryan-says-he-s-not-ready-to (tests/devset/english): "House Speaker Paul Ryan on
    # Thursday declared"; "Trevor Noah on Thursday showed" and the like in PolNeAR's train split
    report = audit("Title\n\nHouse Majority Leader Jim Weaver on Thursday declared that the race is over. "
                   '"I am not ready," Weaver told CNN.')
    assert [c.source.name for c in report.claims] == ["Jim Weaver", "Jim Weaver"]


@pytest.mark.parametrize("text, source", [
    # wash-post_2016-09-04_clinton-s-standing-among-latinos (tests/devset/english)
    ("The survey, conducted for the immigration advocacy group America's Voice, also found that support was "
     "low.", "The survey"),
    # nyt_2016-05-27_clinton-faces-tight-primary-with (PolNeAR train): with "on" before the agent
    ("The poll, released on Wednesday night by the Public Policy Institute of California, showed Clinton ahead.",
     "The poll"),
])
def test_a_past_participle_and_its_complement_are_an_aside_before_the_verb(audit, text, source):
    assert audit("Title\n\n" + text).claims[0].source.text == source


@pytest.mark.parametrize("text", [
    # huff-post_2016-06-04_u-s-flexes-muscles-as-asia-worri (tests/devset/english): "Other Asian leaders said"
    "Other Asian leaders said the situation in the South China Sea was viewed with concern.",
    # politico_2016-05-05_paul-ryan-says-he-s-not-ready-to (tests/devset/english); "GOP leaders said", "leaders
    # ... say/warned/fear" in 8 PolNeAR train articles: unnamed holders of an office
    "Other Republican leaders said on Thursday that it's up to Trump to close the schism.",
])
def test_unnamed_leaders_are_anonymous_officials(audit, text):
    claim = audit("Title\n\n" + text).claims[0]
    assert claim.source.type == "anonymous_official" and claim.source.name is None


@pytest.mark.parametrize("text, name", [
    # wash-post_2016-07-02_judge-blocks-mississippi-s-relig (tests/devset/english); a party and state tag
    # follows 257 names in PolNeAR's train split
    ("Gov. Phil Bryant (R) said the law simply provides religious accommodation.", "Phil Bryant"),
    ("Sen. Dianne Feinstein (D-Calif.) said the bill was wrong.", "Dianne Feinstein"),
])
def test_a_party_tag_is_no_part_of_the_name(audit, text, name):
    assert audit("Title\n\n" + text).claims[0].source.name == name


@pytest.mark.parametrize("text, outlet, evidence", [
    # politico_2016-05-05_paul-ryan-says-he-s-not-ready-to (tests/devset/english): "in the CNN interview"; 11 more
    # ("in a Fox News interview", "in an NBC interview") in PolNeAR's train split
    ("Ryan said in the CNN interview that the onus is on Trump.", "CNN", "in the CNN interview"),
    # wash-post_2016-06-05_is-sanders-finally-connecting-wi (tests/devset/english): a magazine
    ('"We are doing very well with Latinos," Sanders told Rolling Stone.', "Rolling Stone", "told Rolling Stone"),
])
def test_an_outlets_interview_is_the_relay(audit, text, outlet, evidence):
    via = audit("Title\n\n" + text).claims[0].via
    assert [(v.name, v.type, v.evidence) for v in via] == [(outlet, "media", evidence)]


def test_in_the_outlets_studio_is_no_interview(audit):
    assert audit("Title\n\nRyan said in the CNN studio that the onus is on Trump.").claims[0].via == []


@pytest.mark.parametrize("text", [
    # wash-post_2015-11-16_clinton-s-claim-that-percent-of- (tests/devset/english); 6 "a Trump spokesman", "a spokesman
    # for Sanders" and their kin in PolNeAR's train split: a spokesperson without a name of their own speaks
    # for the body (LABELLING: named_organization), the known name only says whose
    '"It is observable by looking at the e-mails," a Clinton campaign spokesman said.',
    "A spokesman for Clinton said the e-mails were provided for release.",
])
def test_an_unnamed_spokesperson_of_a_known_person_speaks_for_the_body(audit, text):
    assert audit("Title\n\n" + text).claims[0].source.type == "named_organization"


@pytest.mark.parametrize("text, source, relay", [
    # wash-post_2016-08-10_philippine-lawmaker-wants-trump-.txt (tests/devset/english): an opening according
    # phrase, then a named speaker whose words follow: the speaker is the source, the outlet its relay
    ('According to GMA News, Salceda said the "ugliness of utterances" by Trump stood in contrast to the warm '
     'welcome he had received.', "Salceda", ("GMA News", "media")),
    # huff-post_2016-06-16_obama-families-of-gun-violence-v.txt
    ('According to White House pool reports, Obama said "there is love" in Orlando after the massacre.',
     "Obama", ("White House pool reports", "document")),
])
def test_a_named_speaker_after_an_opening_according_phrase_is_relayed_by_it(audit, text, source, relay):
    claim = audit("Title\n\n" + text).claims[0]
    assert claim.source.text == source and [(v.name, v.type) for v in claim.via] == [relay]
    assert "attr.relay.according_said" in claim.reasons


def test_respondents_after_an_opening_according_phrase_leave_the_poll_the_source(audit):
    # breitbart_2016-06-26_clinton-swipes-at-trump-over-bre.txt: a share of respondents is no speaker of its own
    claim = audit("Title\n\nAccording to a Washington Post-ABC News survey, 51 percent of respondents said they "
                  "would vote for Clinton, versus 39 percent for Trump.").claims[0]
    assert claim.source.type == "document" and claim.via == []


@pytest.mark.parametrize("text, source, kind", [
    # a sentence that opens with a subordinate clause and closes on "according to": the source covers it all
    # politico_2016-07-29_sex-lies-and-the-grayson-family-.txt
    ("When Randolph refused to bow out, Grayson began vilifying her and trying to force her out of the race, "
     "according to numerous fellow Democrats.", "numerous fellow Democrats", "anonymous"),
    # wash-post_2016-05-05_sanders-faces-tough-sell-in-gett.txt: an outlet's tally is the outlet, media
    # (en.class.news_work_noun, session 43; a document before)
    ("As of Wednesday, Clinton had 2,205 total delegates, compared with Sanders, who had 1,401, according to a "
     "tally by the Associated Press.", "a tally by the Associated Press", "media"),
    # wash-post_2016-07-15_thin-skinned-trump-quells-critic.txt
    ("While it is not unusual for campaigns to sign NDAs with vendors and set ground rules for staff interactions "
     "with reporters, not all campaigns require staffers to sign NDAs, according to John Weaver, a Republican "
     "strategist.", "John Weaver", None),
])
def test_according_to_after_a_leading_subordinate_clause_attributes_the_sentence(audit, text, source, kind):
    claim = first(audit, text)
    assert source in (claim.source.text or "")
    assert kind is None or claim.source.type == kind
