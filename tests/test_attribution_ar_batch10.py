"""Arabic sources of the tenth tuned batch's classes (rules/ar/closed.yaml, rules/intelligence.yaml, rules/ar/sources.yaml):
each case comes from the tuning pools (../shared/data/arabic-pool and arabic-saudi; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, word", [
    # arabic-pool/bbc_BB-internationalNews-540-20180521: "came", not a speaker before the verb طلب
    ('وجاء طلب ترامب الأحد في سلسلة من التغريدات ندد فيها بما سماه بـ"المطاردة".', "جاء"),
    # arabic-pool/cnn_CN-middleEast-703-20180423
    ("وتصدت الدفاعات الجوية السعودية له، حسبما جاء في تصريحات للتحالف.", "جاء"),
    # arabic-pool/bbc_BB-middleEast-841-20180807: "about you", a preposition with its pronoun
    ("هل تتذكرين ماذا كان يقول عنك الشباب؟", "عنك"),
])
def test_a_verb_of_coming_or_a_preposition_with_its_pronoun_is_no_name(audit, text, word):
    for claim in audit(text).claims:
        assert word not in (claim.source.name or ""), claim.source
        assert not (claim.source.type == "named_person" and word in (claim.source.text or "")), claim.source


@pytest.mark.parametrize("text, source", [
    # arabic-pool/alarabia_AL-internationalNews-831-20180408
    ('ونقلت الصحيفة عن مصدر مخابراتي مطلع على المفاوضات قوله "المكان الأفضل لإقامتهما هو بريطانيا".', "مصدر مخابراتي"),
    # arabic-pool/cnn_CN-middleEast-659-20180418
    ("كشفت عدة مصادر استخباراتية وعسكرية، في تصريحات خاصة لـCNN، أن الأدلة كانت كافية.", "مصادر استخباراتية"),
    # arabic-pool/skynews_SK-internationalNews-2427-20180702
    ("وقال مسؤول في الاستخبارات إن المشتبه به كان معروفا لدى الأجهزة الأمنية.", "مسؤول في الاستخبارات"),
    # arabic-pool/bbc_BB-middleEast-421-20180428
    ("وقال ضباط في المخابرات الفلسطينية إن الاتهامات باطلة.", "ضباط في المخابرات"),
])
def test_unnamed_people_of_an_intelligence_service_are_unnamed_officials_flagged_intelligence(audit, text, source):
    # LABELLING: anonymous_official for unnamed officials; intelligence marks the claim, the service is no speaker here
    claim = audit(text).claims[0]
    assert source in (claim.source.text or "")
    assert claim.source.type == "anonymous_official"
    assert claim.intelligence


def test_the_intelligence_service_itself_stays_intelligence(audit):
    # arabic-pool/cnn_CN-middleEast-659-20180418: "وكالات الاستخبارات الأمريكية" is the service
    claim = audit("وقالت وكالات الاستخبارات الأمريكية إن الهجوم وقع بغاز الكلور.").claims[0]
    assert claim.source.type == "intelligence"
