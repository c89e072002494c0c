"""Arabic speakers found but typed wrong (provenance/attribution/lang/ar_sources.py): each case comes from the
tuning pools (../shared/data/arabic-pool and arabic-saudi; the file is named beside it)."""
import pytest



@pytest.mark.parametrize("sentence", [
    # arabic-pool/france24_FR-internationalNews-826-20180420: "في" is a preposition, not ف + ي
    "أعلن الناطق باسم وزارة الصحة الفلسطينية في قطاع غزة الجمعة، مقتل فلسطينيين اثنين برصاص الجيش.",
    "وقالت متحدثة في بروكسل إن المفوضية الأوروبية على اتصال بعدد من دول الاتحاد.",
])
def test_a_place_after_in_is_no_spokesperson_s_name(audit, sentence):
    claim = audit(sentence).claims[0]
    assert claim.source.type == "named_organization"


def test_past_a_place_after_in_the_holder_is_named(audit):
    # arabic-pool/france24_FR-internationalNews-846-20180421
    claim = audit("وقال ممثل الحركة في كوالالمبور أنور الآغا لوكالة فرانس برس إن فادي البطش ناشط في الحركة.").claims[0]
    assert claim.source.type == "named_official" and claim.source.name == "أنور الآغا"


def test_a_noun_after_in_is_no_speaker(audit):
    # arabic-pool/france24_FR-internationalNews-2526-20180730: "تلاعب" after "فيه" was taken for a name
    claim = audit('وعرف الوسم انتشارا كبيرا وسط معارضي الرئيس المصري ويظهر فيه تلاعب بالكلمات وتحوير اسم "سيسي" إلى "كيكي".').claims[0]
    assert claim.source.type == "unattributed"


@pytest.mark.parametrize("sentence", [
    # arabic-pool/alarabia_AL-internationalNews-180-20180224
    "وكان محققون أمميون قد كشفوا في تقريرهم النهائي المرفوع لمجلس الأمن الدولي أن جميع مستوردي النفط يدفعون رسوما.",
    # arabic-pool/bbc_BB-internationalNews-689-20180625 (twice)
    "ويتهم المحققون أفراد الشرطة المحلية، وقائدهم غونزاليس، بالارتباط بعصابات الجريمة المنظمة في الولاية.",
    "وعقب اغتياله، اتهم محققون سكرتير الأمن العام لبلدة أوكامبو بالتورط في الجريمة.",
])
def test_investigators_are_unnamed_officials(audit, sentence):
    # police, prosecution and UN commissions investigate (as "investigators" in English): unnamed officials
    claim = audit(sentence).claims[0]
    assert claim.source.type == "anonymous_official"
