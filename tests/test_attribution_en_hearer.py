"""The hearer after "told" or "in an interview with" (lang/base.py `hearer`) described rather than named: an
outlet by its kind or one of its journalists by their role (rules/en/media.yaml). Each case names the PolNeAR
train file of ../shared/data/english-polnear/train/text its sentence comes from."""
import pytest


def relays(audit, text):
    return [(v.type, v.evidence, v.rules[0]) for v in audit("Title\n\n" + text).claims[-1].via]


@pytest.mark.parametrize("text, evidence", [
    # huff-post_2016-05-16_trump-says-he-s-unlikely-to-have.txt (tests/devset/english)
    ("“It looks like we’re not going to have a very good relationship, who knows?” Trump told Britain’s ITV "
     "television station in an interview aired on Monday.",
     "told Britain’s ITV television station"),
    # huff-post_2016-05-19_these-are-the-people-missing-in-.txt
    ("“We are shocked, Ahmed was a friend to us,” one P&G Amiens employee told French television station BFMTV.",
     "told French television station BFMTV"),
    ("“He had so many projects and ambitions,” his friend Mahamat Saleh Oumar told the website.", "told the website"),
    # wash-post_2016-07-15_truck-attack-in-france-kills-at-.txt
    ('Estrosi told French television channel BFM TV that "the driver fired on the crowd."',
     "told French television channel BFM TV"),
    # nyt_2016-03-12_protesting-at-trump-rallies-a-ri.txt
    ("''He deserved it,'' the assailant, John McGraw, told the television program ''Inside Edition'' after the "
     "confrontation.", "told the television program ''Inside Edition''"),
    # usa-today_2016-04-29_right-wing-parties-threaten-to-j.txt
    ('"We have to get over partisan divides," French Prime Minister Manuel Valls told the Paris daily Liberation.',
     "told the Paris daily Liberation"),
    # politico_2016-02-05_carson-cruz-taking-b...txt: "the show", bare, is the one the article named
    ('Carson said the attitude was the same. "Because that will determine what kind of society we’re going to '
     'be," he told the show.', "told the show"),
])
def test_an_outlet_described_by_its_kind_is_the_relay(audit, text, evidence):
    assert relays(audit, text) == [("media", evidence, "closed.en.medium_noun")]


@pytest.mark.parametrize("text, evidence", [
    # politico_2016-01-14_wsj-editorial-deport-nikki-haley.txt (tests/devset/english)
    ('Coulter told conservative radio host Hugh Hewitt on Wednesday that her tweet was "a joke."',
     "told conservative radio host Hugh Hewitt"),
    # wash-post_2016-02-12_cruz-reboots-his-attacks-on-trum.txt
    ('"The other candidates are not able to beat Donald Trump," Cruz told conservative talk-radio host Mike '
     'Gallagher on Wednesday.', "told conservative talk-radio host Mike Gallagher"),
    # wash-post_2015-11-15_carnage-renews-debate-over-milit.txt
    ('"This is an organized effort to destroy Western civilization," Bush said in an interview with radio host '
     'Hugh Hewitt.', "in an interview with radio host Hugh Hewitt"),
    # west-journal_2016-06-04_former-clinton-pollster-says-cli.txt
    ("Schoen told host Sean Hannity a Clinton loss is “increasingly likely.”", "told host Sean Hannity"),
    # breitbart_2016-06-05_the-latest-mourners-say-ali-s-de.txt
    ("Djokovic told a TV interviewer that he is feeling “a lot of emotion” before the match.", "told a TV interviewer"),
    # nyt_2016-04-21_espn-fires-schilling-over-an-off.txt (tests/devset/english)
    ("Earlier Wednesday, Schilling appeared on a show on WEEI radio in Boston and defended himself against "
     "accusations of intolerance and racism. ''To be in a place where people actually believe I'm a racist says to "
     "me that something has gone horribly askew,'' he told the hosts on WEEI.", "told the hosts"),
])
def test_a_journalist_of_a_programme_is_the_relay(audit, text, evidence):
    assert relays(audit, text) == [("media", evidence, "closed.en.journalist_noun")]


@pytest.mark.parametrize("text", [
    # usa-today_2016-02-09_new-hampshire-primary-game-on-wh.txt (tests/devset/english labels "told reporters" with
    # no relay: the press at large)
    ('"If we don\'t do well, we\'re not going to be dragging around," he told reporters at a breakfast.'),
    # politico_2016-07-22_rep-gwen-graham-slams-trump-prai.txt: a medium named after the hearer is no hearer
    ('"[Trump] doesn\'t speak for anyone who thinks our country should be standing together," Clinton told a '
     'cheering throng of supporters in Tampa in a rally broadcast on the major cable television networks.'),
    # breitbart_2016-05-12_trump-ryan-pledge-to-work-togeth.txt: a noun of the media modifying another head
    ("Ryan told a news conference they are “planting the seeds” to accomplish that."),
])
def test_the_press_at_large_or_an_audience_is_no_relay(audit, text):
    assert relays(audit, text) == []


@pytest.mark.parametrize("text", [
    # made up (notes/s28_review.md 1a): a host, a show, a programme or a network that is no outlet's
    "Obama told Saudi hosts that the deal would hold.",
    "Trump told the summit host, Chinese President Xi Jinping, that the talks went well.",
    "The senator told the dinner's hosts that he would run.",
    "Clinton told the conference host that she would come back.",
    "The mayor told a trade show in Las Vegas that the city was open for business.",
    "The governor told a job-training program in Ohio that jobs were coming.",
    "The governor told a youth program that jobs were coming.",
    "The president told the network of volunteers that the campaign was winning.",
    "The chief executive told Network Rail that the trains would run.",
    # made up (notes/s28_review2.md): after "on", a day is no outlet
    "The senator told the hosts on Monday that he would run.",
])
def test_a_word_the_media_share_with_others_needs_a_medium(audit, text):
    # closed.en.shared_medium_noun: a host, a show, a programme, a network is an outlet's only beside a word of
    # the media ("radio host", "talk show") or with the outlet's or the journalist's name after it ("host Sean
    # Hannity", "the hosts on WEEI"); a capitalised word is never the head ("Network Rail")
    assert relays(audit, text) == []
