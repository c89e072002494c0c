"""A known person's whole name after an office's comma is the office holder's (lang/ar_subjects.py _name_after,
rules/people.yaml), also when the name reader takes its given name for another word (علي is also على). Each case
comes from the tuning pools (../shared/data; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, source", [
    # arabic-pool/cnn_CN-middleEast-145-20180302
    ("قال المرشد الإيراني، علي خامنئي، إن سوريا اليوم في الخط الأول.", "المرشد الإيراني، علي خامنئي"),
    # arabic-pool/bbc_BB-internationalNews-78-20180301
    ("وامتدح القائد الأعلى في إيران، علي خامنئي، اللاعب في بيان نشر في ديسمبر/كانون الأول.",
     "القائد الأعلى في إيران، علي خامنئي"),
])
def test_a_known_persons_name_after_an_offices_comma_is_the_holders(audit, text, source):
    assert audit("عنوان\n\n" + text + "\n").claims[-1].source.text == source

