"""The text layer of boilerplate removal, one family at a time."""
import pytest

from provenance.boilerplate import clean
from provenance.rules import DEFAULT_RULES_DIR


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
    from pathlib import Path

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
