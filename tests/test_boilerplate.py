"""The text layer of boilerplate removal, one family at a time."""
from dataclasses import replace
from pathlib import Path

import pytest

from provenance.rules import DEFAULT_RULES_DIR
from provenance.text.boilerplate import clean


def removed(text, rules, language="ar"):
    return {b.text: b.rule for b in clean(text, rules, language).boilerplate}


@pytest.fixture(scope="module")
def rules(auditor):
    return auditor.rules


BODY = "قال الوزير إن المحادثات كانت مثمرة وإن الجانبين اتفقا على مواصلة الحوار في الأسابيع المقبلة."


def test_follow_us_footer_goes_but_a_sentence_about_telegram_stays(rules):
    text = f"{BODY}\nقال الحاكم الإقليمي على تطبيق تيليجرام إن قنبلة أصابت مبنى سكنيا.\nTelegram\nWhatsapp channel\nGOOGLE NEWS"
    gone = removed(text, rules)
    assert set(gone) == {"Telegram", "Whatsapp channel", "GOOGLE NEWS"}
    assert all(rule.startswith("bp.social_follow") for rule in gone.values())


def test_read_also_takes_the_foreign_article_with_it(rules):
    text = "\n".join([BODY] * 3 + ["إقرأ أيضاً:", "عنوان مقال آخر لا علاقة له", "فقرة من المقال الآخر عن موضوع مختلف تماما."])
    gone = removed(text, rules)
    assert list(gone.values()) == ["bp.read_also.header"] * 3


def test_disclaimer_in_an_ordinary_paragraph(rules):
    text = f"{BODY}\nادارة الموقع لا تتبنى وجهة نظر الكاتب او الخبر المنشور بل يقع على عاتق الناشر الاصلي"
    assert list(removed(text, rules).values()) == ["bp.disclaimer.ar"]


def test_photo_caption_with_a_wire_credit(rules):
    text = f"A file image of the two leaders [Vladimir Smirnov/Sputnik/Pool via Reuters]\n{BODY}"
    assert list(removed(text, rules).values()) == ["bp.caption.bracket_credit"]


def test_a_sentence_starting_with_sources_is_not_a_credit_line(rules):
    text = "Sources said the talks had stalled over the weekend.\nThe minister denied it on Monday, his office said."
    assert removed(text, rules, "en") == {}


def test_publication_date_line_is_removed_and_kept_as_metadata(rules):
    cleaned = clean(f"تاريخ النشر: 9th, November 2023 GMT\n{BODY}", rules, "ar")
    assert cleaned.dates == ["2023-11-09"]
    assert cleaned.boilerplate[0].rule == "bp.date_line.published"


def test_title_is_taken_out_of_the_body(rules):
    cleaned = clean(f"عنوان الخبر الرئيسي\n\n{BODY}", rules, "ar")
    assert cleaned.title == "عنوان الخبر الرئيسي"
    assert cleaned.body == BODY


def test_offsets_point_into_the_text_given(rules):
    text = f"{BODY}\n\nExit mobile version"
    piece = clean(text, rules, "ar").boilerplate[0]
    assert text[piece.start:piece.end] == "Exit mobile version"


def test_a_read_also_block_early_in_the_article_takes_one_line_only(rules):
    # before the block's end: a header takes `otherwise_lines` lines, and a line it took heads no block
    text = "\n".join([BODY, "إقرأ أيضاً:", "عنوان مقال آخر لا علاقة له"] + [BODY.replace("الوزير", f"الوزير {i}") for i in range(8)])
    gone = removed(text, rules)
    assert gone == {"إقرأ أيضاً:": "bp.read_also.header", "عنوان مقال آخر لا علاقة له": "bp.read_also.header"}


def test_the_first_rule_in_file_order_wins_and_any_pattern_a_user_writes_works(tmp_path):
    # Whole-line rules are matched together as one alternation; a contains rule earlier in the file,
    # a back-reference and a flag must still behave as if every rule were tried in order.
    import shutil

    from provenance.rules import load_rules

    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    path = folder / "boilerplate.yaml"
    user_rules = """rules:
  - id: bp.user.stutter
    family: user
    match: line
    pattern: '(\\w+) \\1'
  - id: bp.user.contains_promo
    family: user
    match: contains
    pattern: 'promo code'
  - id: bp.user.flagged
    family: user
    match: line
    pattern: '(?s)subscribe.*now'
"""
    path.write_text(path.read_text(encoding="utf-8").replace("rules:\n", user_rules, 1), encoding="utf-8")
    user = load_rules(folder)
    text = f"{BODY}\nhello hello\nFollow us: promo code NEWS\nSubscribe now\nFollow us on Facebook"
    assert removed(text, user, "en") == {
        "hello hello": "bp.user.stutter",
        "Follow us: promo code NEWS": "bp.user.contains_promo",  # before bp.social_follow.join_us in the file
        "Subscribe now": "bp.user.flagged",
        "Follow us on Facebook": "bp.social_follow.join_us",
    }


# --- real pages (tests/data/pages, origins in its README) --------------------------------------

PAGES = Path(__file__).parent / "data" / "pages"


def page(name, rules, language="ar"):
    """Clean a page the way the pipeline does: plain text, title on its first line."""
    return clean((PAGES / name).read_text(encoding="utf-8"), rules, language)


def page_removed(name, rules, language="ar"):
    return {b.text: b.rule for b in page(name, rules, language).boilerplate}


def test_bbc_separator_app_prompt_and_inline_related_headlines_go(rules):
    # bbc_BB-middleEast-739-20180716.txt: two links to other stories inside the body, a rule, an app prompt
    gone = page_removed("bbc_BB-middleEast-739-20180716.txt", rules)
    assert gone == {
        "احتجاجات العراق: العبادي يضع قوات الجيش والأمن في حالة تأهب قصوى": "bp.related.headline_run",
        "احتجاجات البصرة: الشرطة العراقية تحبط محاولة مئات المتظاهرين اقتحام مبنى حكومة البلدية": "bp.related.headline_run",
        "_________________________________________": "bp.separator",
        "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.":
            "bp.app_prompt.ar",
    }


def test_cnn_teasers_of_other_stories_at_the_end_go_and_the_article_stays(rules):
    # cnn_CN-middleEast-1258-20180819.txt: four paragraphs of the article, then five leads of other stories
    cleaned = page("cnn_CN-middleEast-1258-20180819.txt", rules)
    assert [b.rule for b in cleaned.boilerplate] == ["bp.teasers.trailing"] * 5
    assert cleaned.boilerplate[0].text.startswith("قال عمرو موسى، الأمين العام السابق لجامعة الدول العربية")
    assert cleaned.body.startswith("دبي، الإمارات العربية المتحدة (CNN)—علّقت السفارة اليمنية")
    assert cleaned.body.endswith("وإبراهيم الديلمي\".")


def test_related_headers_and_their_teasers_go(rules):
    # cnn_CN-middleEast-1451-20181009.txt: "اقرأ أيضاً" and "قد يعجبك" each above one headline, then teasers
    gone = page_removed("cnn_CN-middleEast-1451-20181009.txt", rules)
    assert gone["قد يعجبك"] == gone["السعودية تنفي طرد السفير التركي.. وأردوغان يطالب بأدلة على مغادرة خاشقجي القنصلية"]
    assert gone["قد يعجبك"].startswith("bp.related")
    assert list(gone.values()).count("bp.teasers.trailing") == 5
    # inline pointers to other stories, one line each (cnn_CN-middleEast-367, -77, -431, -594; france24_FR-middleEast-180)
    lines = ["قد يهمك.. تركيا تتهم مصر بـ\"دعم الإرهاب\" ردا على بيان \"احتلال عفرين\" السورية",
             "قد يهمك/ حلايب وشلاتين وسواكن واستدعاء السفير.. ماذا بين مصر والسودان؟",
             "اقرأ: (محمد بن سلمان يحذر من حرب مع إيران.. ويعتبر جماعة الإخوان \"حاضنة للإرهابيين\")",
             "أيضاً.. منظمة حظر الكيماوي: محققونا في طريقهم إلى سوريا وسيبدأون العمل في 14 إبريل",
             "للمزيد: ما سر التغيرات العسكرية في السعودية؟"]
    gone = removed("\n".join([BODY, *lines, BODY.replace("الوزير", "المتحدث")]), rules)
    assert set(gone) == set(lines) and all(r == "bp.related.inline" for r in gone.values())


def test_spa_dateline_end_marker_and_time_go(rules):
    # was_2015-08-10_026.txt: the SPA dateline under the title, "// انتهى //" and the time of filing
    cleaned = page("was_2015-08-10_026.txt", rules)
    gone = {b.text: b.rule for b in cleaned.boilerplate}
    assert gone == {"الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس": "bp.date_line.spa",
                    "// انتهى //": "bp.end_marker", "15:16 ت م": "bp.timestamp"}
    assert cleaned.dates == ["2015-08-10"]


def test_byline_and_tags_line_go(rules):
    # 3alyoum_2015-07-31_066.txt: "عين اليوم – متابعات" under the title, a "سمات" tags line at the end
    gone = page_removed("3alyoum_2015-07-31_066.txt", rules)
    assert gone == {"عين اليوم – متابعات": "bp.byline.dash", "سمات آندرويد اختراق رسالة": "bp.keywords"}


def test_republished_from_and_opinion_disclaimer_go(rules):
    # alarabia_AL-internationalNews-59-20140201.txt: an opinion column reprinted from another paper
    gone = page_removed("alarabia_AL-internationalNews-59-20140201.txt", rules)
    assert gone == {"* نقلا عن \"الشرق الأوسط\"": "bp.source_line.quoted_from",
                    "** جميع المقالات المنشورة تمثل رأي كتابها فقط.": "bp.disclaimer.ar"}


def test_wire_credit_line_goes_and_subheadings_stay(rules):
    # france24_FR-middleEast-276-20180414.txt: subheadings of the article's own sections are kept
    cleaned = page("france24_FR-middleEast-276-20180414.txt", rules)
    assert {b.text: b.rule for b in cleaned.boilerplate} == {"فرانس24/ أ ف ب": "bp.source_line.wire_credit"}
    for heading in ("الرئيس الأمريكي يعلن انطلاق العملية العسكرية على سوريا", "ماذا استهدفت الضربات الجوية؟",
                    "فرنسا تشارك في الهجوم المنسق على الترسانة الكيماوية للنظام السوري"):
        assert heading in cleaned.body


@pytest.mark.parametrize("name", [
    "aawsat_2015-08-06_093.txt",  # a dated timeline, one line per event
    "3alyoum_2015-07-24_027.txt",  # a poem, one verse per line
])
def test_lists_and_verse_in_the_body_stay(rules, name):
    cleaned = page(name, rules)
    text = (PAGES / name).read_text(encoding="utf-8")
    kept = [ln.strip() for ln in text.splitlines()[2:] if ln.strip() and ln.strip() in cleaned.body]
    assert len(kept) >= 10, [b.text[:40] for b in cleaned.boilerplate]


def test_a_list_above_the_teasers_stops_them_and_stays(rules):
    # cnn_CN-internationalNews-563-20180904.txt: "events of the day" announced by a colon, five short items
    # without a final stop, then five leads of other stories; the items are no leads, so the run stops there
    cleaned = page("cnn_CN-internationalNews-563-20180904.txt", rules)
    assert [b.rule for b in cleaned.boilerplate] == ["bp.teasers.trailing"] * 5
    assert cleaned.boilerplate[0].text.startswith("أعلنت حركة طالبان، الثلاثاء، مقتل جلال الدين حقاني")
    for item in ("هزيمة إمبراطور فرنسا نابليون الثالث", "بابا الفاتيكان فرنسيس يعلن الأم تريزا قديسة"):
        assert item in cleaned.body


def test_in_a_run_too_long_for_teasers_only_the_dated_leads_at_its_end_go(rules):
    # cnn_CN-middleEast-1340-20180910.txt: an opinion piece whose last two paragraphs open like leads,
    # followed by five teasers, each dated by its own weekday ("، مساء الأحد،", "، السبت،"); the run of
    # seven is more than teasers take, so only the dated leads at its end go
    cleaned = page("cnn_CN-middleEast-1340-20180910.txt", rules)
    assert [b.rule for b in cleaned.boilerplate] == ["bp.disclaimer.ar"] + ["bp.teasers.trailing"] * 5
    assert cleaned.boilerplate[1].text.startswith("قرر الرئيس السوداني عمر البشير، مساء الأحد")
    assert cleaned.body.split("\n\n")[-1].startswith("لا يمكن للمال أن يشتري قلوب الناس وصداقتهم بشكل دائم")
    assert "لقد رد العراقيون الدرس الذي تعلموه من أساتذتهم عليهم" in cleaned.body


def test_a_run_too_long_for_teasers_without_dated_leads_is_kept_with_a_warning(rules):
    # alwatan_2015-07-23_007.txt: an opinion column whose last twelve paragraphs ("السيناريو الأول: ...")
    # open afresh; none carries a story's own weekday, so all stay and the audit says so
    cleaned = page("alwatan_2015-07-23_007.txt", rules)
    assert not any(b.rule.startswith("bp.teasers") for b in cleaned.boilerplate)
    assert any("bp.teasers.trailing" in w for w in cleaned.warnings)


def test_leads_after_a_one_paragraph_story_under_its_dateline_go(rules):
    # cnn_CN-middleEast-1529-20181014.txt: a one-paragraph story opened by its dateline ("دبي، ... (CNN) –"),
    # then five Khashoggi leads of other stories; the dateline says the paragraph is the story's own lead
    cleaned = page("cnn_CN-middleEast-1529-20181014.txt", rules)
    assert [b.rule for b in cleaned.boilerplate] == ["bp.teasers.trailing"] * 5
    assert cleaned.boilerplate[0].text.startswith("عبّرت دول عربية عدة عن دعمها للمملكة العربية السعودية")
    assert cleaned.body.startswith("دبي، الإمارات العربية المتحدة (CNN) – أجرى العاهل السعودي")
    assert "\n" not in cleaned.body and not cleaned.warnings


def test_leads_after_an_article_of_one_paragraph_without_a_dateline_are_kept_with_a_warning(rules):
    # alarabia_AL-internationalNews-59-20140201.txt: an opinion column whose paragraphs after the first each
    # open afresh; with one paragraph above them and no dateline, nothing tells the article from followers
    cleaned = page("alarabia_AL-internationalNews-59-20140201.txt", rules)
    assert not any(b.rule.startswith("bp.teasers") for b in cleaned.boilerplate)
    assert any("bp.teasers.trailing" in w for w in cleaned.warnings)
    assert "الحق أن رجال الأمن المحترفين في جمع المعلومات" in cleaned.body


def test_english_page_furniture_goes(rules):
    lines = [
        "ABSTRACT.", "FULL TEXT.",  # nyt_2015-11-17_terrorism-moves-to-fore-of-u-s-c.txt (PolNeAR)
        "6:01 p.m.", "4:40 p.m.:", "___.",  # breitbart_2016-01-05_the-latest-cruz-to-give-away-eng.txt (PolNeAR)
        "Follow Pam Key on Twitter @pamkeyNEN.",  # breitbart_2015-11-17_wash-post-fact-check-if-obama-sa.txt
    ]
    body = "The senator said on Monday that the vote would be held next week, aides said."
    gone = removed("\n".join([body, *lines, body.replace("Monday", "Tuesday")]), rules, "en")
    assert set(gone) == set(lines)


def test_english_related_list_and_paywall_go(rules):
    # huff-post_2015-11-11_watch-the-best-moments-from-the-.txt (PolNeAR): a "Related:" list of headlines
    related = ['"Related:"', "GOP Candidates Resoundingly Reject The Idea Of A Minimum Wage Hike.",
               "Rand Paul Scores Direct Hit On Donald Trump.",
               "The Daily Show Takes A Closer Look At The GOP Candidates So You Don’t Have To.",
               "Marco Rubio Responds To Question About Minimum Wage By Saying We Need Fewer Philosophers.",
               "Mike Huckabee Makes Sexist Wife Joke To Bash Fed Chair Janet Yellen"]
    para = "Were there some personal attacks? Yes. But the discussion mainly focused on regulating big banks."
    after = "Ohio Gov. John Kasich and Donald Trump sparred over illegal immigration, with Trump defending his plan."
    gone = removed("\n\n".join([para, para, *related, after, after, after]), rules, "en")
    assert set(gone) == set(related)
    # haitiantimes.com-family.html (trafilatura's evaluation pages): the pitch after the teaser paragraphs
    pitch = ["To view the full story, please subscribe to The Haitian Times. You can choose a $60 Annual "
             "Subscription or a $5 Weekly Pass.", "Join now or renew to get:",
             "First-time subscribers also receive a special welcome gift handmade in Haiti by expert artisans!"]
    story = "Mekhi’s older brother Khaleel, 22, started the Go Fund Me page earlier this month, the family said."
    gone = removed("\n".join([story, story, *pitch]), rules, "en")
    assert set(gone) == set(pitch)


def test_a_first_paragraph_without_a_final_stop_is_not_taken_for_the_title_again(rules):
    # huff-post_2016-02-18_canada-s-cape-breto*.txt and nyt_2016-01-18_a-one-person-job-now-divi*.txt
    # (PolNeAR): the opening paragraph ends in a quotation, so it reads like a headline; it is the article
    for title, first in [
        ("Canada’s Cape Breton Will Welcome American Refugees Fleeing President Trump.",
         "Each election cycle, there’s a threat many people make but few keep: “If so-and-so wins, I’m moving to Canada!”"),
        ("A One-Person Job, Now Divided Among Many More.",
         "LOS ANGELES --  ''The stories begin. The stories end. But the work of Eddie Mannix will never end.''"),
    ]:
        second = "Now, one kind-hearted Canadian wants to help Americans keep that promise should Donald Trump win."
        cleaned = clean(f"{title}\n\n{first}\n\n{second}", rules, "en")
        assert cleaned.title == title and cleaned.body.startswith(first), cleaned.boilerplate


def test_the_title_repeated_or_translated_above_the_body_goes(rules):
    # seeds 003 (the title again under a navigation line) and 004 (the Arabic of an English headline)
    title = "كيم جونج أون يعد بتقديم \"دعم ثابت\" للجيش الروسي من كوريا الشمالية"
    assert removed(f"{title}\n\nأخبار\n\n{title}\n\n{BODY}", rules) == {"أخبار": "bp.navigation.words", title: "bp.duplicate_title"}
    english = "Military interaction with N Korea doesn’t breach int’l law: Russia UN envoy"
    arabic = "التفاعل العسكري مع كوريا الشمالية لا ينتهك القانون الدولي: مندوب روسيا لدى الأمم المتحدة"
    text = f"تعزيز التحالف العسكري بين روسيا وكوريا الشمالية\n\n{english}\nLoading...\n\n{arabic}\n\n{BODY}"
    assert removed(text, rules)[arabic] == "bp.duplicate_title"


def test_a_kept_doubtful_run_is_reported_in_the_audit(auditor):
    from provenance.pipeline import audit_text

    report = audit_text((PAGES / "alwatan_2015-07-23_007.txt").read_text(encoding="utf-8"))
    assert any("bp.teasers.trailing" in w for w in report.warnings)


def test_every_run_of_links_to_other_stories_goes_not_only_the_first(rules):
    # bbc_BB-internationalNews-494-20180511.txt: two runs of two headlines, ten paragraphs apart
    gone = page_removed("bbc_BB-internationalNews-494-20180511.txt", rules)
    assert gone == dict.fromkeys([
        "مهاتير محمد: أنور إبراهيم سيعود للسياسة الماليزية بعفو ملكي",
        "في عمر الـ 92 مهاتير محمد يصحح \"أكبر خطأ في حياته\"",
        "زعيم المعارضة الماليزية يخسر التماسا لإطلاق سراحه",
        "تأييد حبس المعارض الماليزي أنور إبراهيم بتهمة اللواط"], "bp.related.headline_run")


def test_one_link_to_another_story_between_paragraphs_goes_a_subheading_stays(rules):
    # bbc_BB-internationalNews-1162-20181007.txt: a headline about the Interpol chief's arrest between two
    # paragraphs on Interpol's history, which the next paragraphs do not take up
    gone = page_removed("bbc_BB-internationalNews-1162-20181007.txt", rules)
    assert gone == {"تقارير عن اعتقال رئيس الانتربول المختفي في الصين": "bp.related.headline_alone"}
    # france24_FR-middleEast-639-20180617.txt: its subheadings open sections that take up their words
    cleaned = page("france24_FR-middleEast-639-20180617.txt", rules)
    assert "قانون لحماية \"الروح المعنوية\" للجنود الإسرائيليين" in cleaned.body
    assert "إشادة إسرائيلية وتنديد فلسطيني" in cleaned.body
    assert {b.rule for b in cleaned.boilerplate} <= {"bp.related.inline", "bp.source_line.wire_credit"}


def test_teasers_on_the_article_own_subject_go_too(rules):
    # cnn_CN-middleEast-1566-20181016.txt: five Khashoggi stories after a Khashoggi article; they share
    # some words with it, yet each opens afresh as a lead
    cleaned = page("cnn_CN-middleEast-1566-20181016.txt", rules)
    assert [b.rule for b in cleaned.boilerplate] == ["bp.teasers.trailing"] * 5
    assert cleaned.boilerplate[0].text.startswith("لم يستغرق اجتماع وزير الخارجية الأمريكي")


def test_the_paragraphs_of_a_last_section_are_no_teasers(rules):
    # tests/devset/arabic/france24_FR-middleEast-833-20180723.txt: the subheading "مناوشات... وقاذفات
    # صواريخ" opens three paragraphs that each start afresh; they are the article's last section
    text = (Path(__file__).parent / "devset" / "arabic" / "france24_FR-middleEast-833-20180723.txt").read_text(encoding="utf-8")
    cleaned = clean(text, rules, "ar")
    assert not any(b.rule.startswith("bp.teasers") for b in cleaned.boilerplate)
    assert "في 2016، حجزت قوى الأمن الداخلي اللبنانية" in cleaned.body


def test_lines_after_the_last_sentence_that_are_no_sentences_go(rules):
    # alyaum_2015-07-31_074.txt ends with seven photo captions; aljazirah_2015-08-10_030.txt, an opinion
    # column, with its writer's signature
    gone = page_removed("alyaum_2015-07-31_074.txt", rules)
    assert list(gone.values()) == ["bp.related.trailing"] * 7
    assert any(text.endswith("تفاعل من الأطفال مع الفقرات") for text in gone)
    gone = page_removed("aljazirah_2015-08-10_030.txt", rules)
    assert gone == {"د. أحمد بن عبد العزيز الشثري - جامعة الأمير سطام بن عبد العزيز": "bp.related.trailing"}


def test_verses_of_a_poem_are_no_headline_run():
    """arabic-saudi/3alyoum_2015-07-24_027: a poem quoted line by line, its halves around ***, stays."""
    from provenance import audit_text
    text = ("عين اليوم\n\nكتب إمام وخطيب المسجد الحرام قصيدة في الرد على دعوة مليونية خلع الحجاب.\n"
            "لو يخلع الجلباب مليونية *** فبخلعهم قد شرّفوا الجلبابا\n"
            "مهما يكن هذا الذي قد أبرموا *** فغداً يراه الماكرون سرابا\n"
            "قولوا بقولكموا ولا تستعجلوا *** فالفوز حظ القائلين صوابا\n"
            "وقد لقيت القصيدة انتشارا واسعا في مواقع التواصل.\n")
    report = audit_text(text)
    assert "فالفوز حظ القائلين صوابا" in report.body and not any("***" in b.text for b in report.boilerplate)


def test_a_question_among_links_to_other_stories_goes_a_question_heading_stays(rules):
    # BBC Arabic links to its explainers by their question ("كيف ...؟", "هل ...؟") beside other headlines
    # bbc_BB-middleEast-1057-20181005.txt (arabic-pool): a question, then a headline
    gone = page_removed("bbc_BB-middleEast-1057-20181005.txt", rules)
    assert gone["كيف تؤثر مصادرة \"أموال الإخوان\" على الاستثمار في مصر؟"] == "bp.related.headline_run"
    # bbc_BB-middleEast-437-20180502.txt (arabic-unlabelled): a headline, then a question
    gone = page_removed("bbc_BB-middleEast-437-20180502.txt", rules)
    assert gone["هل تنسحب واشنطن من الاتفاق النووي مع إيران؟"] == "bp.related.headline_run"
    assert gone["الاتفاق النووي الإيراني: إيران تصف نتنياهو بأنه كذاب سيئ السمعة"] == "bp.related.headline_run"
    # bbc_BB-middleEast-1034-20180924.txt (arabic-pool): a question alone opens the section that answers it
    cleaned = page("bbc_BB-middleEast-1034-20180924.txt", rules)
    assert "ما أسباب توتر العلاقات بين الولايات المتحدة وإيران ؟" in cleaned.body


def test_short_captions_after_the_last_sentence_go_the_subheadings_stay(rules):
    # alyaum_2015-08-09_100.txt (arabic-saudi) ends with four photo captions set apart by blank lines, two of
    # them of three words (a name, a motto); its two-word subheadings each open a paragraph and stay
    cleaned = page("alyaum_2015-08-09_100.txt", rules)
    gone = {b.text: b.rule for b in cleaned.boilerplate}
    assert gone["المقدم سلطان السبيعي"] == "bp.related.trailing"
    assert gone["متابعة ويقظة دائمة"] == "bp.related.trailing"
    assert len(gone) == 4
    assert "معدل البلاغات" in cleaned.body and cleaned.body.endswith("و15 بلاغا فقط عام 1435هـ.")


@pytest.mark.parametrize("line", [
    # okaz_2015-08-09_063.txt (arabic-saudi): the article's last line sends the reader to the paper's site
    "** تفاصيل الخدمات المقدمة في كل شريحة، وسياسة إلغاء الحجوزات في المسار الإلكتروني لحجاج الداخل، "
    "على موقع عكاظ الإلكتروني (www.okaz.com.sa).",
    # france24_FR-internationalNews-2083-20180630.txt (arabic-pool): an invitation to watch on the site
    "ويمكنكم متابعة المباراة مباشرة على موقع فرانس24 عند الساعة الرابعة ظهرا بتوقيت باريس (الثالثة بتوقيت غرينتش).",
    # bbc_BB-middleEast-841-20180807.txt (arabic-pool): the link to the whole project under the article
    "للاطلاع على المشروع كاملا: عن التحدي والحب والاختلاف، رسائل من رسامات شابات",
], ids=["okaz", "france24", "bbc"])
def test_a_line_that_sends_the_reader_to_the_site_goes(rules, line):
    assert removed(f"{BODY}\n{BODY}\n{line}", rules) == {line: "bp.site_prompt.ar"}


def test_a_sentence_about_details_published_on_a_site_stays(rules):
    line = "ونشرت الوزارة تفاصيل الخدمات المقدمة على موقعها الإلكتروني، ودعت المواطنين إلى متابعتها."
    assert removed(f"{BODY}\n{line}\n{BODY}", rules) == {}


@pytest.mark.parametrize("name, title", [
    ("alriyadh_2015-07-23_006.txt", "كاتب مسرحية «هيا تعال»: البرامج الرياضية مسؤولة عن التعصب!"),  # arabic-saudi
    ("alarabia_AL-internationalNews-831-20180408.txt", "بريطانيا تغير هوية سكريبال وابنته وتوطنهما بهذا البلد!"),  # pool
], ids=["alriyadh", "alarabia"])
def test_a_title_that_ends_in_an_exclamation_mark_is_the_title(rules, name, title):
    cleaned = page(name, rules)
    assert cleaned.title == title
    assert title not in cleaned.body


def test_a_link_whose_first_word_starts_with_waw_or_fa_is_no_continuation(rules):
    # Headlines open with nouns that begin with و or ف as often as with anything else (arabic-pool titles:
    # bbc_BB-middleEast-1011 "واشنطن تغلق ...", bbc_BB-internationalNews-540 "وزارة العدل ..."); such a word
    # is no "و"/"ف" that joins the line to the sentence above
    before = "وكانت الزيارة الأولى في سجن برج العرب في الشمال الغربي من مصر، وذلك في نوفمبر 2013."
    after = "ويقول عبد المنعم عبد المقصود، محامي مرسي، إن آخر زيارة جرت له منذ عام تقريبا."
    links = ["واشنطن تغلق قنصليتها بالبصرة وتحمل طهران مسؤولية سلامة رعاياها",
             "وزارة العدل الأمريكية تحقق في احتمال \"تجسس\" مكتب التحقيقات على حملة ترامب"]
    text = "\n".join([BODY, before, *links, after, BODY])
    assert removed(text, rules) == dict.fromkeys(links, "bp.related.headline_run")
    # france24_FR-internationalNews-2083-20180630.txt (arabic-pool): a link to a video between paragraphs
    cleaned = page("france24_FR-internationalNews-2083-20180630.txt", rules)
    assert {b.text: b.rule for b in cleaned.boilerplate}[
        "فيديو: المنتخب الفرنسي يسعى لتخطي عقبة الأرجنتين للمرور إلى ربع النهائي"] == "bp.related.headline_alone"
    # a line that goes on with the sentence above still stays
    text = "\n".join([BODY, before, "وفي الأثناء أعلنت السلطات المحلية حظر التجول في المدينة", after, BODY])
    assert removed(text, rules) == {}


def test_the_opinion_disclaimer_above_a_column_goes(rules):
    # cnn_CN-middleEast-1340-20180910.txt and cnn_CN-middleEast-457-20180402.txt open with CNN Arabic's
    # opinion disclaimer; a sentence reporting what a view reflects stays
    line = ("هذا المقال بقلم کاملیا انتخابی فرد، والآراء الواردة أدناه تعبر عن رأي الكاتبة، ولا تعكس بالضرورة "
            "وجهة نظر شبكة CNN.")
    kept = "وقال الوزير إن القرار لا يعكس بالضرورة موقف الحكومة كلها من الاتفاق."
    assert removed("\n".join([BODY, line, kept, BODY]), rules) == {line: "bp.disclaimer.ar"}


ENGLISH_BODY = "The senator said on Monday that the vote would be held next week, aides said."


def test_english_photo_credits_embed_prompts_and_follow_lines_go(rules):
    lines = [
        "Getty.",  # huff-post_2015-12-22_of-the-most-powerful-things-lati.txt (PolNeAR), 23 times in 3 files
        # an embedded video or podcast: huff-post_2015-11-10_top-climate-group-will-run-ads-d.txt,
        # breitbart_2016-05-03_glenn-beck-blasts-drudge-for-moc.txt, huff-post_2016-03-23_how-the-democratic-elite-betraye.txt,
        # west-journal_2015-12-19_dinesh-d-souza-just-made-huge-pr.txt (PolNeAR)
        "Watch the ad above.", "Watch the full video of Beck’s remarks below:",
        "Listen to HuffPost’s interview with Frank in the latest episode of the So, That Happened podcast "
        "embedded below. The discussion starts at the 15:20 mark.",
        "Watch the interview segment here.",
        # politico_2015-12-31_more-than-clinton-emails-now-dee.txt, usa-today_2016-03-01_democratic-voters-size-up-clinto.txt,
        # breitbart_2015-12-04_san-bernardino-terror-suspect-na.txt (PolNeAR): follow prompts without "on Twitter"
        # or with a long name
        "Follow @politico.", "Follow @USATOpinion or #tellusatoday on Twitter for more of this discussion.",
        "Follow Breitbart News investigative reporter and Citizen Journalism School founder Lee Stranahan on "
        "Twitter at @Stranahan.",
    ]
    kept = ["Watch what happens when the committee meets above the objections of the chairman, he said.",
            "Supporters follow the senator on the campaign trail across Iowa, aides said."]
    gone = removed("\n".join([ENGLISH_BODY, *lines, *kept, ENGLISH_BODY.replace("Monday", "Tuesday")]), rules, "en")
    assert set(gone) == set(lines)


def test_a_foreign_photo_credit_in_a_caption_goes(rules):
    # clarin.com-albertofernandez.html (trafilatura's evaluation pages): a caption with "(Foto: ...)"
    line = "Cristina Kirchner y Alberto Fernández, el 1 de marzo, en el Congreso (Foto: Natacha Pisarenko/Pool via REUTERS)."
    assert removed("\n".join([ENGLISH_BODY, line, ENGLISH_BODY]), rules, "es") == {line: "bp.caption.credit"}


def test_english_credits_handles_empty_tweets_and_reader_section_labels_go(rules):
    lines = [
        "Bloomberg via Getty Images.",  # huff-post_2016-07-14_fdic-accused-of-covering-up-chin.txt (PolNeAR)
        "Twitter: @Milbank.",  # wash-post_2015-11-17_republicans-turning-their-backs-.txt (PolNeAR)
        # an embedded tweet whose text the page did not give: west-journal_2015-11-18_donald-trump-just-revealed-who-h.txt
        '<tweet tweet-id="661196115484643328"><tweet/>.',
        # usa-today_2016-03-01_democratic-voters-size-up-clinto.txt (PolNeAR): where readers' views come from
        "LETTERS.", "TWITTER.", "FACEBOOK.",
    ]
    kept = ["The photographs were later sold to clients via Getty Images, the agency said.",
            "Letters from voters poured in after the debate, the campaign said."]
    gone = removed("\n".join([ENGLISH_BODY, *lines, *kept, ENGLISH_BODY.replace("Monday", "Tuesday")]), rules, "en")
    assert set(gone) == set(lines)


def test_english_contributor_credits_and_hat_tips_go(rules):
    lines = [
        # usa-today_2016-04-15_fiery-words-light-up-the-*.txt, usa-today_2016-06-27_orlando-shootings-temper-*.txt,
        # usa-today_2016-07-22_drama-doesn-t-slow-party-*.txt (PolNeAR): 9 such lines in 9 files
        "Contributing: Nicole Gaudiano.", "Contributing: Brittney Bennett and Greg Toppo, USA TODAY.",
        # huff-post_2016-03-16_hillary-clinton-wins-mis*, politico_2016-01-05_republicans-blast-obama-a*,
        # politico_2016-01-28_super-pac-blasts-trump-fo*, huff-post_2016-02-01_here-s-why-winning-iowa-*,
        # wash-post_2016-06-06_clinton-wins-puerto-rico*, breitbart_2016-05-24_in-two-front-war-clinton* (PolNeAR)
        "Amanda Terkel contributed reporting.", "Nolan McCaskill contributed.", "Alex Isenstadt contributed to this story.",
        "Samantha Lachman contributed reporting from Charleston. Ryan Grim reported from Washington, D.C.",
        "Phillip reported from Oakland, Calif.; Gearan, from Washington.",
        "Lerer reported from Los Angeles. Associated Press writer Jill Colvin contributed from Albuquerque.",
        "Co-authored by Hasmik Piliposyan.",  # huff-post_2016-04-27_why-does-israel-refuse-t*
        # breitbart_2015-12-11_trump-cruz-has-to-come-a*, west-journal_2016-03-11_breaking-bernie-sande*,
        # west-journal_2016-06-27_nfl-legend-pays-a-hea* (PolNeAR): 7 hat tips in 7 files
        "(h/t Mediaite.)", "h/t: The Hill.", "h/t/: Independent Journal.",
    ]
    kept = [
        # nyt_2016-03-22_trump-s-success-finally-unites*, politico_2015-12-31_more-than-clinton-emails-* (PolNeAR)
        "Mr. Rastin also contributed $300,000 to an independent group backing Gov. John Kasich of Ohio.",
        "Soros, in the first half of 2015, contributed more than $2 million to pro-Clinton super PAC Priorities USA.",
        "The Times reported from Baghdad that the talks had stalled, officials said.",
    ]
    gone = removed("\n".join([ENGLISH_BODY, *kept, *lines]), rules, "en")
    assert set(gone) == set(lines)
    assert all(rule.startswith("bp.source_line.") for rule in gone.values())  # credits: wires are read from them


def test_english_update_notes_go(rules):
    lines = [
        # huff-post_2015-12-10_hillary-clinton-under-pr*, huff-post_2016-03-16_hillary-clinton-wins-mis*,
        # huff-post_2016-01-19_flint-water-response-per*, huff-post_2016-08-23_donald-trump-jacked-up-h*,
        # huff-post_2016-05-19_these-are-the-people-mis* (PolNeAR): 12 notes in 11 files
        "This story has been updated to include comments from Clark and from the Clinton campaign.",
        "This article was updated to reflect that Clinton was officially declared the winner and that Sanders conceded.",
        "This piece has been updated with comments from Erin Brockovich and Snyder’s office.",
        "This post has been updated with comments from Trump’s campaign.",
        "This is a developing story and will be updated.",
    ]
    # huff-post_2016-05-12_george-zimmerman-auction* (PolNeAR): an update that reports something is the article's
    kept = ["UPDATE: 5/12 — The website that originally listed the weapon for auction, GunBroker.com, has removed the "
            "listing from its site.", "The website has been updated to include the new rules, the agency said."]
    gone = removed("\n".join([ENGLISH_BODY, *kept, *lines]), rules, "en")
    assert set(gone) == set(lines)
    assert set(gone.values()) == {"bp.update_note"}


def test_english_read_the_rest_and_first_published_lines_go(rules):
    lines = [
        # breitbart_2016-04-07_ny-post-megyn-kelly-is-n*, breitbart_2016-06-04_darrell-scott-you-find-m*,
        # breitbart_2016-06-22_former-ted-cruz-super-pa*, breitbart_2015-12-04_bellwether-county-says-t* (PolNeAR)
        "Read the rest of the story at The New York Post.", "Read the rest of the story here.", "Read it all here.",
        # nyt_2015-11-26_with-fewer-golfers-in-u-s-cour*, nyt_2016-06-08_durability-carries-clinton-to-* (PolNeAR):
        # 5 such lines; huff-post_2016-03-21_the-rise-of-switzerland-*
        "As published in the International New York Times.", "This piece first appeared on Global Risk Insights.",
    ]
    kept = ["Read the statement, Mr. Cruz said, and you will see what the senator meant.",
            "As published in the report, the figures show a sharp drop in turnout, officials said."]
    gone = removed("\n".join([ENGLISH_BODY, *kept, *lines]), rules, "en")
    assert set(gone) == set(lines)


def test_subscribe_and_like_prompts_go(rules):
    lines = [
        # huff-post_2016-01-12_tuesday-s-morning-email-*, huff-post_2016-07-25_monday-s-morning-email-p*,
        # huff-post_2016-01-19_flint-water-response-per*, huff-post_2016-02-01_here-s-why-winning-iowa-*,
        # huff-post_2016-03-23_how-the-democratic-elite*, politico_2015-12-11_politico-new-york-s-cultu*,
        # politico_2016-06-24_nerdcast-was-firing-lewan* (PolNeAR): 10 prompts in 8 files
        "For more, sign up for the What’s Working newsletter.",
        "Want more updates from Amanda? Sign up for her newsletter, Piping Hot Truth.", "Enter your email address:",
        "Sign up to get an email from reporter Ryan Grim when he publishes a new story.",
        "Subscribe to HuffPost’s politics podcast here.",
        "Want to receive this in your inbox? Sign up by entering your email and clicking the \"subscribe\" button:",
        "(Subscribe to the 2016 Nerdcast on iTunes or download from Soundcloud here.)",
        "For more from The Huffington Post, download our app for iOS or Android.",
        # west-journal_2015-12-07_immediately-after-oba*, west-journal_2016-01-25_rick-perry-just-annou*,
        # west-journal_2016-06-13_trump-calls-on-obama-* (PolNeAR): 12 prompts in 12 files
        "Do you support Donald Trump? Like the page:", "Are you on Team Trump? Like the page:",
    ]
    # nyt_2016-02-09_it-s-fine-to-feel-the-bern-but* (PolNeAR): a sentence about signing up stays
    kept = ["A woman's right-swiping in an effort to get men to sign up for updates from Bernie Sanders's presidential "
            "bid resulted in her account being blocked, the company said.",
            "Supporters who like the page were asked to donate, the campaign said."]
    gone = removed("\n".join([ENGLISH_BODY, *kept, *lines]), rules, "en")
    assert set(gone) == set(lines)
    # austria.info.radfahren.html (trafilatura's evaluation pages): the newsletter prompt of a German page
    line = ("Mit unserem Newsletter erhalten Sie monatlich Informationen rund um das Urlaubsland Österreich und eine "
            "Auswahl exklusiver Angebote!")
    assert set(removed("\n".join([ENGLISH_BODY, line]), rules, "de")) == {line}


def test_read_also_links_of_spanish_pages_go(rules):
    lines = [
        # elcomercio.pe-kenjifujimori.html and ultimahora.com-apelacion.html (trafilatura's evaluation pages)
        "MIRA | Kenji Fujimori: PJ concluye con interrogatorio a testigos en juicio por presunta compra de votos",
        "LEE MÁS | Kenji Fujimori: exministro Giuffra niega que haya negociado obras con excongresista",
        "Lea más: Secretaria vip: Tribunal condena a 4 años de prisión a ex contralor",
    ]
    kept = "Mira, el problema es que la fiscalía no presentó pruebas, dijo el abogado."
    gone = removed("\n".join([ENGLISH_BODY, *lines, kept, ENGLISH_BODY]), rules, "es")
    assert gone == dict.fromkeys(lines, "bp.read_also.inline")


def test_the_writer_bio_that_ends_the_article_goes_the_same_sentence_inside_it_stays(rules):
    bios = [
        # usa-today_2016-05-18_don-t-be-a-sucker-for-th*, usa-today_2015-11-24_trump-card-for-census-ro*,
        # usa-today_2016-06-14_donald-trump-at-just-the*, huff-post_2015-12-03_cnn-president-on-trump-w* (PolNeAR)
        "Glenn Harlan Reynolds, a University of Tennessee law professor, is a member of USA TODAY's Board of Contributors.",
        "James Bovard is the author of Public Policy Hooligan and a member of USA TODAY's Board of Contributors.",
        "Bill Sternberg is editor of the editorial page.",
        "Gabriel Arana is senior media editor at The Huffington Post.",
        # chip.de.beef.html (trafilatura's evaluation pages)
        "Inga Buller ist Head of Social & Community bei CHIP. Wenn sie gerade nichts bei Ebay Kleinanzeigen verkauft, "
        "testet sie gerne neue Haushalts-Gadgets wie Staubsaugerroboter, Sous-vide-Garer oder smarte Fleisch-Thermometer.",
    ]
    for bio in bios:
        assert removed("\n".join([ENGLISH_BODY, ENGLISH_BODY, bio]), rules, "en") == {bio: "bp.author_bio"}
        # the same words between two paragraphs are the article's: a person it is about
        assert removed("\n".join([ENGLISH_BODY, bio, ENGLISH_BODY]), rules, "en") == {}
    # a credit after the bio does not keep it
    text = "\n".join([ENGLISH_BODY, bios[3], "Contributing: Grant Miller."])
    assert removed(text, rules, "en") == {bios[3]: "bp.author_bio", "Contributing: Grant Miller.": "bp.source_line.contributors"}


def test_english_correction_notes_contact_prompts_and_bare_links_go(rules):
    lines = [
        # nyt_2016-03-17_reputations-at-risk-over-bets-*, nyt_2016-04-25_trump-s-aging-air-fleet-gives-* (PolNeAR):
        # the labels of a correction, 4 and 5 times
        "CORRECTION APPENDED.", "CORRECTION:",
        # huff-post_2016-07-25_monday-s-morning-email-p*, politico_2016-06-24_nerdcast-was-firing-lewan*,
        # nyt_2016-07-31_sisterhood-of-the-skateboard* (PolNeAR)
        "Send tips/quips/quotes/stories/photos/events/scoops to Lauren Weber lauren.weber@huffingtonpost.com.",
        "Feedback? What should we talk about next? Email us at nerdcast@politico.com.", "EMAIL: fitcity@nytimes.com.",
        # politico_2016-04-05_ted-cruz-wins-wisconsin-r*, politico_2016-04-22_poll-trump-a-big-turnoff-* (PolNeAR)
        "View full results: http://politi.co/1oGcEFv.", "2016 delegate tracker: http://politi.co/2176fPm.",
        "A summary of the results is here: http://bit.ly/1Tnr3QM.",
    ]
    kept = ["The correction was published on Monday after the campaign complained, the paper said.",
            "Voters can email us their questions, the moderator said: http://example.com was down for hours.",
            "Trump tweeted: https://t.co/2xQ9a1"]
    gone = removed("\n".join([ENGLISH_BODY, *kept, *lines]), rules, "en")
    assert set(gone) == set(lines)


def test_the_correction_under_its_label_stays(rules):
    # nyt_2016-04-25_trump-s-aging-air-fleet-gives-hi.txt and nyt_2015-12-14_visa-screening-missed-attacker-s.txt
    # (PolNeAR): the correction says what the article misstated and what officials told the paper, and PolNeAR
    # annotates those attributions; politico_2016-04-09_trump-s-getting-trounced-in-indi.txt the same way
    tail = ["CORRECTION:", "Because of an editing error, an article on April 25  about how Donald J. Trump's brand has "
            "gotten a lift from his aging fleet of airplanes misstated part of the name of a company.",
            "Correction: An earlier version of this story incorrectly indicated that Mark Wynn, the 6th District "
            "chairman, intended to become a delegate."]
    body = [ENGLISH_BODY.replace("next week", f"in {n} weeks") for n in range(2, 14)]
    assert removed("\n".join([*body, *tail]), rules, "en") == {"CORRECTION:": "bp.correction_note"}


def test_a_quotation_about_a_newsletter_or_a_call_to_register_stays(rules):
    kept = ["“We announced it in our newsletter last week,” the spokesman said.",
            "Register to vote by Oct. 11, the secretary of state urged residents."]
    assert removed("\n".join([ENGLISH_BODY, *kept, ENGLISH_BODY]), rules, "en") == {}


@pytest.mark.parametrize("header", [
    "أخبار ذات صلة",  # seeds/ (a seed page's related block)
    "قد يعجبك",  # cnn_CN-middleEast-1451-20181009.txt (arabic-pool)
    # the same header in the other words of the domain: what is related (news, topics, reports, videos) and how
    "موضوعات ذات صلة", "تقارير متعلقة", "روابط ذات صلة", "فيديوهات ذات صلة", "مواضيع قد تهمك", "مقالات قد تعجبك",
    "قصص مرتبطة:", "More stories", "Recommended for you", "You might also like",
])
def test_every_header_of_a_related_block_takes_its_headlines(rules, header):
    headlines = ["السعودية تنفي طرد السفير التركي.. وأردوغان يطالب بأدلة", "عنوان مقال آخر لا علاقة له"]
    gone = removed("\n".join([BODY, BODY.replace("المقبلة", "القادمة"), header, *headlines]), rules)
    assert gone == dict.fromkeys([header, *headlines], "bp.related.header")


def test_more_from_a_speaker_is_no_related_header(rules):
    text = "\n".join([ENGLISH_BODY] * 3 + ["More from Trump:", "We are going to win so much", ENGLISH_BODY])
    assert removed(text, rules, "en") == {}


@pytest.mark.parametrize("line, family", [
    ("حمّل تطبيق بي بي سي عربي الآن على هاتفك.", "bp.subscribe_prompt"),
    ("نزّلوا التطبيق لمتابعة آخر الأخبار.", "bp.subscribe_prompt"),
    ("اشترك في نشرتنا البريدية.", "bp.subscribe_prompt"), ("اشتركوا في قناتنا على يوتيوب.", "bp.subscribe_prompt"),
    ("تابعوا آخر الأخبار عبر حسابنا على تويتر.", "bp.social_follow"),
    ("سجل إعجابك بصفحتنا على فيسبوك.", "bp.social_follow"),
])
def test_arabic_app_subscribe_and_follow_prompts_go(rules, line, family):
    # the prompts of the Arabic pools' pages in their other phrasings (arabic-pool bbc_BB-middleEast-574-20180603.txt
    # ends with "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي"); between two
    # paragraphs and with a final stop, where no rule of runs of lines takes them
    gone = removed("\n".join([BODY, line, BODY.replace("المقبلة", "القادمة")]), rules)
    assert list(gone) == [line] and gone[line].startswith(family)


def test_a_sentence_about_an_app_or_a_follow_up_stays(rules):
    kept = ["وحمّل التطبيق أكثر من مليون مستخدم خلال أسبوع، بحسب الشركة.",
            "وتابعوا عبر حسابهم على تويتر تطورات المفاوضات حتى ساعة متأخرة من الليل."]
    assert removed("\n".join([BODY, *kept, BODY]), rules) == {}


def test_a_link_right_above_a_subheading_goes_and_the_subheading_stays(rules):
    # tests/devset/arabic-boilerplate/bbc_BB-middleEast-50-20180219.txt (ANT, BBC Arabic): twice a headline of
    # another story stands between a section's last paragraph and the next section's subheading, which the
    # paragraph under it takes up ("اسلحة الدمار الشامل العراقية" then "... لأسلحة دمار شامل ...")
    path = Path(__file__).parent / "devset" / "arabic-boilerplate" / "bbc_BB-middleEast-50-20180219.txt"
    cleaned = clean(path.read_text(encoding="utf-8"), rules, "ar")
    assert {b.text: b.rule for b in cleaned.boilerplate} == dict.fromkeys([
        "إسرائيل تحذر إيران بعد غارات جوية واسعة في سوريا",
        "الولايات المتحدة تطالب بتحرك ضد إيران إثر تقرير أممي يتهمها بتهريب أسلحة إلى اليمن"],
        "bp.related.headline_run")
    assert "هيلي و\"الصاروخ الحوثي\"" in cleaned.body
    assert "اسلحة الدمار الشامل العراقية" in cleaned.body


def test_two_subheadings_in_a_row_stay(rules):
    # a section heading and the subheading under it, both taken up by the paragraph that follows: no link
    before = "وكانت الزيارة الأولى في سجن برج العرب في الشمال الغربي من مصر، وذلك في نوفمبر 2013."
    text = "\n".join([BODY, before, "محاكمة الرئيس المصري السابق محمد مرسي أمام محكمة الجنايات",
                      "محكمة الجنايات", "وقضت محكمة الجنايات بسجن الرئيس المصري السابق محمد مرسي بعد محاكمة طويلة.",
                      BODY])
    assert removed(text, rules) == {}


@pytest.mark.parametrize("name, tags, last", [
    ("3alyoum_2015-08-08_001.txt", "سمات الاعلامي الدكتور عبدالرحمن الحقباني سعود الدوسري وفاة يكشف",
     "والداه صالحان."),
    ("3alyoum_2015-08-08_014.txt", "سمات الفيفا بلاتيني", "المقررة في 26 شباط/فبراير 2016."),
    ("3alyoum_2015-08-09_079.txt", "سمات أغذية فاسدة الأمانة تهريب مكة", "يعرّض حياتهم للخطر."),
], ids=["001", "014", "079"])
def test_a_tags_line_glued_to_the_last_paragraph_goes_alone(rules, name, tags, last):
    # arabic-saudi (Ain Alyoum): the page's "سمات" (tags) line is glued to the last paragraph, after its
    # last sentence; the tags go, with their offsets in the text, and the paragraph stays whole
    text = (Path(__file__).parent / "devset" / "arabic-tuned" / name).read_text(encoding="utf-8")
    cleaned = clean(text, rules, "ar")
    piece = next(b for b in cleaned.boilerplate if b.rule == "bp.keywords.glued")
    assert piece.text == tags and text[piece.start:piece.end] == tags
    assert cleaned.body.endswith(last)


def test_tags_inside_a_paragraph_or_a_sentence_stay(rules):
    # aljazirah_2015-08-10_030.txt (arabic-saudi): "سماتٍ فريدة" inside the column's last paragraph
    line = "فهو قدوة لما يتمتع به هذا الرجل من سمات فريدة قل أن توجد عند غيره من الرجال."
    assert removed(f"{BODY}\n{line}", rules) == {}
    line = "وتحدث الوزير عن الاقتصاد. سمات المرحلة المقبلة واضحة في خطة الحكومة الجديدة."
    assert removed(f"{BODY}\n{line}", rules) == {}


@pytest.mark.parametrize("line", [
    "  اقرأ أيضاً:  ", "محمود وهبي ـ جدة", "Follow   US on\tTwitter", "تـــابعونا عَلَى «تويتر»", "ΣΟΦΊΑ ΟΔΌΣ", "İstanbul",
    "\u200fشارك\u200e المقال"])
def test_a_line_is_read_in_the_normal_form_cut_out_of_the_text_normalised_once(rules, line):
    """The text is normalised once and each line's normal form cut out of it: the same form, and the same
    rule, as the line normalised alone (diacritics, tatweel, invisible marks and case folded; a tatweel
    between spaces read as a dash)."""
    from provenance.normalize import norm, normalize
    from provenance.text.boilerplate import line_norm
    from provenance.text.lines import split_lines

    text = f"{BODY}\n{line}\n{BODY}"
    nt = normalize(text)
    for ln in split_lines(text):
        assert line_norm(ln, nt) == norm(ln.text.replace(" ـ ", " - "))
    assert replace(clean(text, rules, "ar", normalized=nt), normalized=None) == clean(text, rules, "ar")


@pytest.mark.parametrize("lines", [
    ["تابعونا على تويتر", BODY, "قـال الوزيرُ إنَّ «المحادثات» مثمرة.", "\u200fشارك\u200e المقال"],
    [BODY, "The Minister SAID talks — “fruitful” — would go on.", BODY],
    [BODY],
])
def test_the_body_s_normal_form_is_cut_out_of_the_text_normalised_once(rules, lines):
    """The body (the kept lines) carries its normal form, made from the text normalised once: what
    normalising the body again would give, with every offset into the body."""
    from provenance.normalize import normalize

    text = "\n".join(lines)
    cleaned = clean(text, rules, "ar", normalized=normalize(text))
    assert cleaned.normalized == normalize(cleaned.body)
    assert clean(text, rules, "ar").normalized is None
