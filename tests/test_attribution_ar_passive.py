"""Arabic verbs of charging read in the passive (lang/ar_subjects.py, closed.ar.charge_verb): "اتُّهم X بـ" names
the accused, not an accuser, and the sentence is narration (LABELLING: agentless, unattributed). Each case comes
from the tuning pools (../shared/data/arabic-pool; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text", [
    # arabic-pool/france24_FR-internationalNews-695-20180412: one noun phrase, then the charge after ب
    "ومنذ ذلك الحين اتهم النظام السوري باستخدام غاز الكلور وغيرها من المواد الكيميائية مرارا، ما أجبر المخططين على التفكير بالقيام بعمل أوسع.",
    # arabic-pool/france24_FR-middleEast-797-20180720: the accused with their modifiers before ب
    "وتتهم القوات الموالية للحكومة والحوثيون على حد سواء بتنفيذ عمليات تسببت بمقتل مدنيين في النزاع اليمني.",
    # arabic-pool/bbc_BB-internationalNews-495-20180512
    "كما اتهم سياسي آخر من حزب بهاراتيا جاناتا باغتصاب فتاة تبلغ 16 عاما، وهو ما ينفيه السياسي الهندي.",
    # arabic-pool/skynews_SK-middleEast-3530-20180906: the damma of the passive as written
    "ويُتّهم محمد القاطرجي وشركة القاطرجي التي يُديرها، بالعمل كوسيط بين نظام الأسد وتنظيم داعش.",
    # arabic-pool/bbc_BB-internationalNews-712-20180628
    'وتُتهم "لافارج" أيضا بالتواطؤ في جرائم ضد الإنسانية وتعريض حياة الناس للخطر في سوريا.',
])
def test_a_passive_charge_names_the_accused_and_no_accuser(audit, text):
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"
    assert "closed.ar.charge_verb" in claim.reasons


def test_a_passive_charge_without_a_noun_phrase_does_not_continue_the_last_speaker(audit):
    # arabic-pool/cnn_CN-internationalNews-523-20180817: "واتهم بالمساعدة", he was accused; no one accused him here
    report = audit("وقال محامو برونسون إن موكلهم بريء. واحتُجز برونسون في تركيا منذ عام 2016، واتهم بالمساعدة في "
                   "تدبير محاولة انقلاب ضد الرئيس التركي أردوغان.")
    assert report.claims[1].source.type == "unattributed"


@pytest.mark.parametrize("text, kind", [
    # arabic-pool/france24_FR-internationalNews-695-20180412: the accuser, a day and the accused before ب
    ('واتهم الجيش الروسي الاربعاء منظمة "الخوذ البيضاء" بفبركة الهجوم.', "named_organization"),
    # arabic-pool/bbc_BB-internationalNews-1193-20181013: two noun phrases, a state and a name
    ("وتتهم تركيا فتح الله غولن، المقيم في الولايات المتحدة، بتدبير محاولة الانقلاب العسكري.", "named_organization"),
    # arabic-pool/skynews_SK-internationalNews-2427-20180702: a body, then the company it charged
    ('اتهم القضاء الفرنسي شركة "لافارج" للإسمنت، مؤخرا، بالتواطؤ في جرائم ضد الإنسانية.', "named_organization"),
    # arabic-pool/bbc_BB-middleEast-265-20180330
    ("واتهمت حركة حماس الفلسطينية إسرائيل بالسعي إلى ترهيب الفلسطينيين.", "named_organization"),
])
def test_an_active_charge_keeps_its_accuser(audit, text, kind):
    assert audit(text).claims[0].source.type == kind


def test_a_masculine_verb_before_a_feminine_state_is_active_with_its_subject_dropped(audit):
    # arabic-pool/alarabia_AL-internationalNews-1013-20180506: "واتهم واشنطن" does not agree, so Washington is the
    # accused and the speaker before goes on
    report = audit('وقال المتحدث باسم وزارة خارجية كوريا الشمالية إن المناورات استفزاز. '
                   'واتهم واشنطن بـ"استفزاز (بيونغ يانغ) عمداً".')
    assert report.claims[1].source.type == "named_organization"


@pytest.mark.parametrize("text, accuser", [
    # review finding 2: و opens these words (وزير، وكالة) and joins nothing; الولايات is a noun, no adjective
    ("واتهمت وزارة الخارجية الروسية الولايات المتحدة بالتدخل في شؤونها الداخلية.", "وزارة الخارجية الروسية"),
    ("واتهمت المعارضة وزير الداخلية بالتقصير.", "المعارضة"),
    ("واتهم الحزب وكالة الأنباء بالتحيز.", "الحزب"),
])
def test_a_word_beginning_with_waw_after_the_accuser_opens_the_accused(audit, text, accuser):
    claim = audit(text).claims[0]
    assert "closed.ar.charge_verb" not in claim.reasons
    assert claim.source.type == "named_organization" and claim.source.text.startswith(accuser)
