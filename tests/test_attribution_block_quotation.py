"""The paragraph after a sentence that ends its own with its verb of speech and a colon is what was said, a block
quotation whose marks the crawl lost (attr.continuation.block, engine.py). From PolNeAR train
(english-polnear/train/text): west-journal_2016-01-12_benghazi-movie-hours-is-about-to ("Hewitt writes:"),
west-journal_2015-11-10_christian-speaker-just-shared-th ("Wallnau wrote:"), west-journal_2016-01-25_rick-perry-just-
announced-his-of ("In a speech last July, he said:"), west-journal_2015-11-12_the-fbi-just-made-an-even-bigger ("Fox
News reports:"). What stays the writer's, from the same split: huff-post_2016-05-19_ferguson-is-not-among-the-most-d
("Libby Schaaf ... also spoke out against Trump:", an embed the crawl dropped, then the writer's narration)."""
from provenance import audit_text


def _claim(report, opening):
    return next(c for c in report.claims if c.text.startswith(opening))


HEWITT = ("Benghazi movie\n\nAccording to conservative columnist Hugh Hewitt, the movie is an indictment.\n\n"
          "Hewitt writes:\n\n"
          "The movie mentions neither the president nor the then secretary of state by name. But the overwhelming "
          "impression will be that they did not do enough.\n\n"
          "The film opens on Friday in 2,000 theaters.\n")


def test_the_paragraph_after_the_colon_is_the_speakers():
    report = audit_text(HEWITT)
    for opening in ("The movie mentions", "But the overwhelming"):
        claim = _claim(report, opening)
        assert "attr.continuation.block" in claim.reasons, opening
        assert claim.source.type == "named_person"


def test_the_paragraph_after_that_is_the_writers():
    assert _claim(audit_text(HEWITT), "The film opens").source.type == "unattributed"


def test_a_colon_after_the_verb_s_object_opens_no_block():
    report = audit_text("Trump rally\n\nLibby Schaaf, the mayor of Oakland, California, also spoke out against "
                        "Trump:\n\nOakland, which has a population of more than 400,000, had over 6,000 occurrences "
                        "of violent crime in 2014.\n")
    assert _claim(report, "Oakland, which").source.type == "unattributed"


def test_points_after_the_colon_stay_a_list():
    report = audit_text("Refugees\n\nJenny Yang, a spokeswoman for World Relief, said:\n\n- Only 2,200 Syrians have "
                        "been admitted.\n\nThe program began in 1980.\n")
    assert "attr.continuation.list" in _claim(report, "- Only 2,200").reasons
    assert _claim(report, "The program began").source.type == "unattributed"


def test_a_verb_of_posting_before_the_colon_opens_no_block():
    # closed.en.posting_verb: "tweeted:" introduces an embed the crawl may have dropped (west-journal_2016-03-11_
    # breaking-bernie-sanders-just-got and west-journal_2016-02-17_black-lives-matter-sends-brutal-: "One user
    # tweeted:", "One BLM activist tweeted:", each before a tweet in markup the plain text loses)
    report = audit_text("Trump and the judge\n\nDonald Trump attacked the judge on Monday. Trump tweeted:\n\n"
                        "The tweet was deleted an hour later.\n")
    assert _claim(report, "The tweet was").source.type == "unattributed"
