"""Arabic normalisation keeps a map back to the original text."""
from provenance.normalize import norm, norm_pattern, normalize


def test_alef_hamza_ta_marbuta_and_alef_maqsura_fold():
    assert norm("أكّد إنّ آلاف الجنود على") == "اكد ان الاف الجنود علي"
    assert norm("وكالة") == "وكاله"


def test_diacritics_tatweel_and_direction_marks_disappear():
    assert norm("قـــال\u200f مُضِيفًا\u061c") == "قال مضيفا"


def test_persian_letters_and_digits():
    assert norm("کوریا ٢٠٢٤") == "كوريا 2024"


def test_offsets_point_into_the_original():
    text = "وقَالَ  لافروف"
    n = normalize(text)
    start = n.text.index("لافروف")
    a, b = n.span(start, start + len("لافروف"))
    assert text[a:b] == "لافروف"


def test_patterns_are_normalised_but_regex_syntax_is_kept():
    assert norm_pattern(r"على\s+(أن|إن)\b") == r"علي\s+(ان|ان)\b"


def test_a_view_of_the_normalised_article_is_the_normalisation_of_its_slice():
    """The article is normalised once; a sentence or span is a view into it, the same text and offsets
    as normalising the slice again (diacritics and marks deleted, Σ, İ and ligatures kept as normalize does)."""
    import random

    rnd = random.Random(5)
    pieces = ["قَالَ", "الـوزير", "\u200f", "أكّد", " ", "\n\n", "ΟΔΟΣ", "İstanbul", "Said", "“x”", "٢٠٢٤", "ﻻ", "."]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        whole = normalize(text)
        start, end = sorted(rnd.randint(0, len(text)) for _ in range(2))
        view, again = whole.view(start, end), normalize(text[start:end])
        assert (view.text, list(view.offsets), view.original_length) == \
            (again.text, list(again.offsets), again.original_length), (text, start, end)
        a, b = sorted(rnd.randint(0, end - start) for _ in range(2))  # a span of the sentence: a view of a view
        inner, again = view.view(a, b), normalize(text[start + a:start + b])
        assert (inner.text, list(inner.offsets), inner.span(0, len(inner.text))) == \
            (again.text, list(again.offsets), again.span(0, len(again.text)))


def test_a_body_joined_from_views_is_the_normalisation_of_the_joined_lines():
    """The body is joined from its kept lines' views of the article normalised once (normalize.joined): the same
    text and offsets as normalising the joined lines again, marks deleted at their edges and inside them."""
    import random

    from provenance.normalize import joined

    rnd = random.Random(11)
    pieces = ["قَالَ", "الـوزير", "\u200f", "أكّد", " ", "ً", "ـ", "Said", "٢٠٢٤", "."]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        whole = normalize(text)
        cuts = sorted(rnd.randint(0, len(text)) for _ in range(4))
        lines = [(cuts[0], cuts[1]), (cuts[2], cuts[3])]
        body = joined([whole.view(a, b) for a, b in lines], "\n\n")
        again = normalize("\n\n".join(text[a:b] for a, b in lines))
        assert (body.text, list(body.offsets), body.original_length) == \
            (again.text, list(again.offsets), again.original_length), (text, lines)
        a, b = sorted(rnd.randint(0, body.original_length) for _ in range(2))  # a sentence of the body
        assert list(body.view(a, b).offsets) == list(again.view(a, b).offsets)
