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
