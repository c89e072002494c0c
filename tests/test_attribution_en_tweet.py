"""Embedded tweets (engine.py `_tweets`, attr.tweet*): the crawl keeps a tweet as a tag whose author attribute
holds the handle; its sentences are its author's. Each case names the PolNeAR train file of
../shared/data/english-polnear/train/text it comes from."""
import pytest


def tweet_sources(audit, text):
    """(claim opening, source type, source text, last rule) of each claim, the source span checked against the
    body the report shows."""
    report = audit("Title\n\n" + text)
    out = []
    for c in report.claims:
        s = c.source
        assert s.start is None or report.body[s.start:s.end] == s.text
        out.append((c.text[:20], s.type, s.text, s.rules[-1] if s.rules else None))
    return out


@pytest.mark.parametrize("text, expected", [
    # breitbart_2016-08-08_exclusive-roger-stone-don-t-trus.txt (tests/devset/english: "Brian Fallon")
    ('Clinton campaign spokesman Brian Fallon responded on Twitter, calling Trump’s charge “pathetic” and '
     '“dangerous.”\n\n<tweet id="760428498989289472" author="@brianefallon" datetime="2016-08-02">Even for a '
     'reflexive conspiracy theorist like Trump, this is pathetic. It’s dangerous, too.https://t.co/hcd4kQ4VS9 — '
     'Brian Fallon (@brianefallon) August 2, 2016</tweet>.',
     ("named_official", "Brian Fallon", "attr.tweet.signature")),
    # breitbart_2016-08-31_jeff-sessions-rudy-giuliani-wea.txt (PolNeAR's source: "Sahil Kapur (@sahilkapur)")
    ('Many reporters noted on Twitter the change from the usual campaign slogan.\n\n<tweet id="771156940076544000" '
     'author="@sahilkapur" datetime="2016-09-01">Rudy Giuliani and Jeff Sessions briefly wore MAKE MEXICO GREAT '
     'AGAIN ALSO hats at Trump’s AZ rally. Just another day in the campaign. — Sahil Kapur (@sahilkapur) September '
     '1, 2016</tweet>.',
     ("named_person", "Sahil Kapur", "attr.tweet.signature")),
])
def test_the_signature_names_the_author(audit, text, expected):
    found = [s[1:] for s in tweet_sources(audit, text) if s[0].startswith(("<tweet", "It’s", "Just"))]
    assert found and all(f == expected for f in found)


@pytest.mark.parametrize("text, expected", [
    # breitbart_2016-08-23_mike-pence-calls-for-special-pro.txt
    ('<tweet id="768166957728358400" author="@AP" datetime="2016-08-23">BREAKING: AP analysis: More than half '
     'those who met Clinton as Cabinet secretary gave money to Clinton Foundation. — The Associated Press (@AP) '
     'August 23, 2016</tweet>.', ("media", "@AP", "attr.tweet.outlet")),
    # west-journal_2016-02-08_on-eve-of-nh-primary-...txt: a programme of MSNBC's
    ('<tweet tweet-author="@hardball" tweet-date="February 8, 2016">Sanders leads Clinton in NBC New Hampshire poll '
     '@SteveKornacki https://t.co/lqdk1ifVuh pic.twitter.com/PaA39tXPcg<tweet/>.',
     ("media", "@hardball", "attr.tweet.outlet")),
])
def test_an_outlets_handle_is_the_outlet(audit, text, expected):
    assert tweet_sources(audit, text)[0][1:] == expected


@pytest.mark.parametrize("text, expected", [
    # west-journal_2016-01-20_wow-glenn-beck-just-r...txt (tests/devset/english: "Cruz")
    ('As the rumors broke Tuesday of the possible Palin endorsement of Trump’s candidacy, Cruz sought to convey '
     'that he is taking the news in stride.\n\n<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016">I love '
     '@SarahPalinUSA Without her support, I wouldn’t be in the Senate. Regardless of what she does in 2016, I will '
     'always be a big fan.<tweet/>.', ("named_official", "Cruz", "attr.tweet.person")),
    # huff-post_2015-12-02_democrats-call-for-...txt: no mention in the text, a person the lexicons know
    ('<tweet pic="" author="GovMikeHuckabee" timestamp="1449075600" tweet_id="672151859491016704">Praying for those '
     'impacted by the shooting in California today.</tweet>.',
     ("named_official", "GovMikeHuckabee", "attr.tweet.person")),
    ('<tweet pic="" author="RandPaul" timestamp="1449075600" tweet_id="672176019122458624">My thoughts and prayers '
     'are with the victims, families, and brave first responders during this unspeakable tragedy.</tweet>.',
     ("named_official", "RandPaul", "attr.tweet.person")),
])
def test_a_handle_that_spells_a_person_is_that_person(audit, text, expected):
    assert tweet_sources(audit, text)[-1][1:] == expected


def test_an_unknown_handle_is_a_person_and_a_signature_alone_no_claim(audit):
    # west-journal_2016-03-10_bombshell-hillary-pho...txt (tests/devset/english: "@humanbrooklyn", named_person)
    assert tweet_sources(audit, '<tweet tweet-author="@humanbrooklyn" tweet-date="March 10, 2016">@DitoDC @Nizy801 '
                                '@edhenry Why do the Clintons get a pass on everything just because they’re '
                                'Democrats?<tweet/>.')[0][1:] == ("named_person", "@humanbrooklyn", "attr.tweet.handle")
    # breitbart_2016-07-22_tim-kaine-fully-embraces-...txt: the signature line is left as it was, unattributed
    sources = tweet_sources(audit, '<tweet id="756643058100428800" author="@CecileRichards" datetime="2016-07-23">'
                                   'Proud to stand with her today.\n— Cecile Richards (@CecileRichards) July 23, '
                                   '2016</tweet>.')
    assert sources[-1][1] == "unattributed"


def test_no_speaker_of_the_article_goes_on_into_a_tweet(audit):
    # west-journal_2016-03-10_look-shocking-photos-of-gop-cand...txt: the line before the tweet opened a list of CNN's
    sources = tweet_sources(audit, 'CNN also noted the relatively sparse attendance:\n\nEven right-leaning journalist '
                                   'Byron York took a moment to point out the lack of a crowd at Rubio’s event.\n\n'
                                   '<tweet tweet-author="@ByronYork" tweet-date="March 9, 2016\n\n">Rubio stadium '
                                   'event in Hialeah. Stands empty; crowd in one end zone. '
                                   'pic.twitter.com/9zj0xslwSA<tweet/>.')
    assert sources[2:] and all(s[1:] == ("named_person", "@ByronYork", "attr.tweet.handle") for s in sources[2:])


def test_a_site_prompt_before_the_signature_is_no_claim(audit):
    # breitbart_2016-06-29_donald-trump-denies-mike-tyson-i.txt: the page's newsletter prompt ran into the tweet
    sources = tweet_sources(audit, '<tweet id="747986907162877952" author="@realDonaldTrump" datetime="2016-06-29">'
                                   'The media makes everything up! SIGN UP FOR OUR NEWSLETTER — Donald J. Trump '
                                   '(@realDonaldTrump) June 29, 2016</tweet>.')
    assert sources[0][1] == "named_official" and sources[-1][1] == "unattributed"


def test_an_outlets_handle_may_add_news_to_its_name(audit):
    # west-journal_2016-03-03_trump-just-responded-to-rubio-s-.txt: Mashable tweets as @MashableNews
    assert tweet_sources(audit, '<tweet tweet-author="@MashableNews" tweet-date="March 4, 2016">Donald Trump knows '
                                'what you mean. Nope.<tweet/>.')[-1][1:] == ("media", "@MashableNews",
                                                                            "attr.tweet.outlet")
