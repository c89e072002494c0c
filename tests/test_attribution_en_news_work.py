"""A news outlet's own work (an article, a report, an account, a tally) speaks as the outlet, media, not as a
document of its own (en.class.news_work_noun, rules/en/documents.yaml; lang/en_sources.py EnglishSpans._news_work);
and the fact-checking and data-journalism sites are outlets (rules/outlets.yaml). Each case comes from PolNeAR's
train split (../shared/data/english-polnear/train/text; the file is named beside it), typed a document before."""
import pytest

TITLE = "Title\n\n"


@pytest.mark.parametrize("text, name", [
    # huff-post_2015-11-08_ben-carson-defends-himself-again.txt (also tests/devset/english, labelled media)
    ("However, a Wall Street Journal article published Friday found no record of the class.",
     "The Wall Street Journal"),
    # politico_2015-12-15_carson-huckabee-fiorina-earned-s.txt
    ("And Rick Santorum, that cycle's runner-up, also continued to deliver paid speeches, according to an NBC report "
     "at the time.", None),
    # breitbart_2016-04-15_daggers-drawn-as-trump-cruz-wage.txt
    ("Trump so far has won 758 pledged delegates, compared to Cruz's 538, according to a CNN tally.", "CNN"),
    # wash-post_2016-05-05_sanders-faces-tough-sell-in-gett.txt: the outlet after "by"
    ("As of Wednesday, Clinton had 2,205 total delegates, compared with Sanders, who had 1,401, according to a tally "
     "by the Associated Press.", "AP"),
])
def test_an_outlets_article_report_or_tally_is_the_outlet(audit, text, name):
    claim = audit(TITLE + text).claims[0]
    assert claim.source.type == "media"
    assert "en.class.news_work_noun" in claim.reasons
    if name is not None:
        assert claim.source.name == name


@pytest.mark.parametrize("text", [
    # breitbart_2015-12-16_newspaper-defense-secretary-used.txt
    "A news report published Wednesday said Defense Secretary Ash Carter used a personal email account.",
    # wash-post_2016-03-30_trump-sticking-by-his-campaign-m.txt
    "Coffey was the U.S. attorney there in the 1990s, but he resigned after allegations, according to press reports.",
    # wash-post_2016-05-09_for-outgoing-u-n-chief-climate-d.txt (also tests/devset/english, labelled media): it was
    # no source at all, "news account" in no lexicon
    'One news account described Ban sitting "glumly on the podium at a fractious all-night session."',
])
def test_the_news_own_report_or_account_is_the_media_unnamed(audit, text):
    claim = audit(TITLE + text).claims[0]
    assert claim.source.type == "media"
    assert "en.class.news_work_noun" in claim.reasons


@pytest.mark.parametrize("text", [
    # an outlet's analysis stays a document (tests/devset/english: "a POLITICO analysis of other data", labelled so)
    "A POLITICO analysis found at least $130 million in spending on things other than ads.",
    # an outlet's name followed by more capitals is another body's name (nyt_2016-04-23_even-signed-climate-deal-
    # won-t-e.txt: "Bloomberg New Energy Finance", a research firm)
    "Growth is slow, according to a recent report from Bloomberg New Energy Finance.",
    # a report with no outlet named is the document it was
    "The report found that 300 people died.",
])
def test_an_analysis_a_firms_report_or_a_report_alone_stays_a_document(audit, text):
    claim = audit(TITLE + text).claims[0]
    assert claim.source.type == "document"
    assert "en.class.news_work_noun" not in claim.reasons


def test_a_news_work_of_two_words_is_read_whole(audit):
    # "fact check" (en.class.news_work_noun) is one noun of two words: an outlet's fact check is the outlet
    claim = audit(TITLE + "A CNN fact check found the claim false.").claims[0]
    assert (claim.source.type, claim.source.name) == ("media", "CNN")


def test_a_state_outlets_report_is_state_media(audit):
    claim = audit(TITLE + "A Xinhua report said 300 people died in the floods.").claims[0]
    assert (claim.source.type, claim.source.name) == ("state_media", "Xinhua")


def test_a_fact_checking_site_is_an_outlet(audit):
    # west-journal_2016-04-02_revealed-more-than-delegates-are.txt (also tests/devset/english, labelled media):
    # "The website fivethirtyeight" was a document by "website"
    claim = audit(TITLE + "The website fivethirtyeight noted that the way states select delegates works against "
                          "Trump.").claims[0]
    assert (claim.source.type, claim.source.name) == ("media", "FiveThirtyEight")
    claim = audit(TITLE + "Factcheck.org said the claim was false.").claims[0]
    assert (claim.source.type, claim.source.name) == ("media", "FactCheck.org")


@pytest.mark.parametrize("text, name", [
    # breitbart_2015-12-04_bellwether-county-says-trump-sho.txt (also tests/devset/english, labelled media): the
    # according phrase's walk ended before "in Politico", and "a new article" was a document
    ("Donald Trump will likely win the GOP nomination, according to a new article in Politico.", "Politico"),
    # west-journal_2016-02-02_there-s-something-funny-about-hi.txt
    ("Sanders was ahead in the county, according to a report in the Des Moines Register.", "The Des Moines Register"),
])
def test_a_news_work_in_an_outlet_after_according_to_is_the_outlet(audit, text, name):
    claim = audit(TITLE + text).claims[0]
    assert (claim.source.type, claim.source.name) == ("media", name)


@pytest.mark.parametrize("text", [
    "Sanders was ahead in the county, according to a report in March.",
    "Growth is slow, according to a recent report in Bloomberg New Energy Finance.",
])
def test_a_time_or_another_bodys_name_after_in_leaves_the_report_a_document(audit, text):
    # the outlet must follow "in", "by" or "from" right away and end the name ("Bloomberg New Energy Finance")
    claim = audit(TITLE + text).claims[0]
    assert claim.source.type == "document"
