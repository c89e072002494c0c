"""Arabic sources of the fourteenth tuned batch's classes (lang/ar.py, rules/ar): each case comes from the tuning
pools (../shared/data/arabic-pool and arabic-saudi; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text", [
    # arabic-pool/bbc_BB-internationalNews-1193-20181013
    "وأدانت المحكمة برونسون بإقامة علاقات مع حزب العمال الكردستاني، الذي تصنفه أنقرة تنظيما \"إرهابيا\".",
    # arabic-pool/skynews_SK-middleEast-1408-20180503
    "وكانت محكمة اسكتلندية دانت الليبي المقرحي عام 2001 بالسجن 27 عاما لدوره في الاعتداء على طائرة ركاب.",
])
def test_a_court_that_convicts_is_narrated_not_quoted(audit, text):
    # (a third pool instance, bbc_BB-middleEast-65-20180221 "وأدانت المحكمة الناشط نبيل رجب بتهمة نشر", is
    # still misread: the verbal noun نشر after بتهمة is taken for a verb of publishing, another class)
    # LABELLING: plain actions are narration; a verdict (قضت، حكمت، أدانت المحكمة) is the court's act, not its words
    assert audit(text).claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text, kind", [
    # arabic-pool/bbc_BB-middleEast-65-20180221: condemning, said by a body that is no court
    ("وأدانت منظمة العفو الدولية الحكم ووصفته بأنه ظالم.", "named_organization"),
    ("وأدانت الخارجية الأمريكية الهجوم على السفارة.", "named_organization"),
])
def test_condemning_by_any_other_subject_still_attributes(audit, text, kind):
    assert audit(text).claims[0].source.type == kind
