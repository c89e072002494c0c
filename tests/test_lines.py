"""Lines and what they read as: the topic words that tell a teaser or a repeated title from the article."""
import random
import re

from provenance.normalize import norm
from provenance.text.lines import content_words


def test_content_words_drop_the_article_of_each_word_and_short_words():
    assert content_words("والحكومة بالقرار الاتفاق للسلام لل ال و وزير the Minister's plan") == \
        ["حكومه", "قرار", "اتفاق", "سلام", "وزير", "minister's", "plan"]


def test_content_words_read_the_text_at_once_as_word_by_word():
    """One substitution over the whole normalised text takes off what the article rule takes off each word."""
    article = re.compile(r"^(وال|بال|فال|كال|لل|ال)(?=\w{2})")
    rnd = random.Random(7)
    pieces = ["ال", "وال", "لل", "بال", "كال", "فال", "وزير", "ة", "ab", " ", "  ", "\n", "-", "،", "x", "ﻻ", "ـ"]
    for _ in range(500):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        by_word = [w for w in (article.sub("", w) for w in norm(text).split()) if len(w) > 3]
        assert content_words(text) == by_word, text
