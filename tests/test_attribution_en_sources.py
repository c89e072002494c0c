"""English source types (lang/en_sources.py, rules/en/titles.yaml): classes of PolNeAR train sentences typed
wrong, each test naming the train file of ../shared/data/english-polnear/train/text it comes from."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(auditor):
    return lambda text: auditor.audit(Document(name="t", text="Title\n\n" + text))


def test_a_party_tag_makes_the_name_before_it_an_office_holder_for_the_rest_of_the_article(audit):
    # huff-post_2016-02-24_donald-trump-picks-up-his-first-.txt: Hunter has no title, only his tag; 185 such
    # tags ("(R-Texas)", "(D-N.Y.)", "(I-Vt.)") in 113 articles of the train split
    report = audit("Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.) on Wednesday became the first sitting "
                   "members of Congress to endorse the presidential bid of real estate mogul Donald Trump.\n\n"
                   "Hunter, meanwhile, told Politico on Wednesday that he is in favor of Trump because \u201cwe "
                   "don\u2019t need a policy wonk as president.\u201d")
    hunter = report.claims[-1].source
    assert (hunter.type, hunter.name) == ("named_official", "Duncan Hunter")
    assert "src.memory" in hunter.rules


def test_a_party_tag_types_the_span_it_closes(audit):
    # breitbart_2016-07-10_ok-gov-fallin-trump-is-trying-to.txt ("Governor Mary Fallin (R-OK) said"), here
    # without the title before it
    claim = audit("Mary Fallin (R-OK) said presumptive Republican presidential nominee Donald Trump is \u201ctrying "
                  "to campaign as a racial healer.\u201d").claims[0]
    assert (claim.source.type, claim.source.name) == ("named_official", "Mary Fallin")
    assert "title.en.party_tag" in claim.source.rules


@pytest.mark.parametrize("introduction, later, name", [
    # politico_2016-07-06_lewandowski-fbi-director-acted-a.txt
    ("Corey Lewandowski, Donald Trump\u2019s fired campaign manager, ripped FBI Director James Comey for acting as "
     "\u201cthe judge and the jury.\u201d", "Lewandowski said he does not do them publicly.", "Corey Lewandowski"),
    # nyt_2015-11-24_momentum-builds-to-tax-consumpti.txt
    ("Peter Orszag, President Obama's first budget director, backed the tax.", "Orszag said the plan would pass.",
     "Peter Orszag"),
])
def test_an_office_after_a_whole_named_possessor_is_remembered_for_the_surname(audit, introduction, later, name):
    source = audit(f"{introduction}\n\n{later}").claims[-1].source
    assert (source.type, source.name) == ("named_official", name)


def test_a_middle_initial_does_not_end_an_inverted_subject(audit):
    # nyt_2015-11-18_paris-attacks-test-clinton-s-str.txt; 37 "said FIRST X. LAST" in the train split
    claim = audit("''I assume she and her advisers are trying to calibrate Obama's approval rating right now,'' "
                  "said Paul R. Pillar, a former analyst.").claims[0]
    assert claim.source.text.startswith("Paul R. Pillar")
    assert claim.source.type == "named_person"


def test_a_modifier_of_a_title_is_no_name(audit):
    # politico_2016-07-06_lewandowski-fbi-director-acted-a.txt: "Former" was taken for a person's name
    claim = audit("Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey on "
                  "MSNBC\u2019s \u201cMorning Joe,\u201d calling it a \u201cno-brainer\u201d to prosecute.").claims[0]
    assert "Former" not in (claim.source.name or "")


@pytest.mark.parametrize("text, name", [
    # huff-post_2016-06-16_obama-families-of-gun-violence-v.txt
    ("CIA Director John Brennan told a Senate Intelligence Committee hearing on Thursday that the agency had "
     "\u201cnot been able to\u201d stop the group.", "John Brennan"),
    # breitbart_2016-02-08_lynch-no-outside-influence-on-fb.txt; "FBI Director James Comey" 13 times in the train split
    ("In a letter filed in federal court Monday as part of a Freedom of Information lawsuit, FBI general counsel "
     "James Baker said the FBI has not commented.", "James Baker"),
])
def test_a_service_before_a_title_only_modifies_the_office_holder(audit, text, name):
    source = audit(text).claims[0].source
    assert source.type == "named_official" and source.name.endswith(name)


def test_an_unnamed_spokesman_of_a_service_speaks_for_it(audit):
    # wash-post_2016-07-13_after-review-clinton-s-emails-mi.txt (LABELLING.md: an unnamed spokesperson OF a
    # named body is the body)
    source = audit("An FBI spokesman said the bureau would not comment further.").claims[0].source
    assert source.type == "named_organization"


def test_an_initialism_of_a_country_is_no_name(audit):
    # huff-post_2016-07-31_clinton-says-russians-hacked-dnc.txt: "U.S." was read as a person's name, an official graded A
    source = audit("Cyber security experts and U.S. officials, however, said they believed Russia engineered the "
                   "release of the emails.").claims[0].source
    assert source.name != "U.S" and source.type != "named_official"


@pytest.mark.parametrize("text, name", [
    # huff-post_2016-07-27_guns-are-the-ultimate-public-hea.txt; 20 "NAME, a Trump/Clinton/Sanders/Obama
    # supporter/delegate/backer" in the train split
    ("Paul Huntley, a Sanders delegate from California, said he wanted \u201ccommon-sense solutions to the "
     "problem.\u201d", "Paul Huntley"),
    # huff-post_2016-02-01_here-s-why-winning-iowa-could-br.txt
    ("Simmons, an Obama supporter, said he saw the 2008 shift in attitude in his own Detroit family.", "Simmons"),
])
def test_a_known_name_in_an_appositive_describes_the_person_named_first(audit, text, name):
    source = audit(text).claims[0].source
    assert (source.type, source.name) == ("named_person", name)
