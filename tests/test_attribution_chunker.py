"""Which words of an Arabic span can be a name (chunker.py)."""


def test_a_word_with_the_article_after_waw_never_opens_a_name(auditor):
    names = auditor.attributor.typer.arabic_names
    # arabic-saudi/alweeam_2015-07-31_073: "إدارة الحج والعمرة" is a body, its third word no first name
    assert names.word("والعمرة").article
    assert names.run(["والعمرة", "بمنطقة"]) == []
    assert names.run(["الدكتور", "موفق", "محمد", "أبو", "طالب"], leading=True) == ["موفق", "محمد", "أبو", "طالب"]
