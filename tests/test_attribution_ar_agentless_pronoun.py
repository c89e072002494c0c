"""What is believed, suspected, said or deemed likely with no one named (cue.ar.agentless): the passive before a
complementizer that carries ب or a pronoun ("ويرجح أنها"، "يعتقد بأن"، "الذي يقال إنه") is as agentless as before
a bare أن (LABELLING: agentless "يعتقد أن" is unattributed). Each case comes from the tuning pools
(../shared/data/arabic-pool, arabic-saudi; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text", [
    # arabic-pool/france24_FR-internationalNews-1716-20180608: the scientists name the crater, nobody deems it a lake
    'وجمع المسبار عينات من صخور عمرها ثلاثة مليارات و500 مليون سنة، من عمق خمسة سنتيمترات في منطقة يسميها '
    'العلماء "فوهة غيل"، ويرجح أنها كانت بحيرة في ما مضى قبل جفاف الماء على سطح المريخ.',
    # arabic-saudi/alwatan_2015-07-23_007: ب before أن
    "السيناريو الثالث: يعتقد بأن إيران تخطط لمسايرة الغرب موقتا؛ حتى يتم رفع العقوبات المفروضة عليها.",
    # arabic-pool/france24_FR-internationalNews-584-20180406: in a relative clause
    "وكيريل شمالوف الملياردير الذي يقال إنه صهر بوتين.",
    # arabic-pool/france24_FR-internationalNews-846-20180421: the dual pronoun
    "وتبحث الشرطة عن المشتبه بهما اللذين يرجح أنهما أوروبيان.",
])
def test_an_agentless_passive_before_a_pronoun_complement_cites_no_one(audit, text):
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"
    assert "cue.ar.agentless" in claim.reasons


def test_an_agentless_passive_does_not_go_on_with_the_last_speaker(audit):
    # arabic-pool/bbc_BB-internationalNews-9-20180216, after a speaker: "ويُعتقد أنها" is no "he believes"
    report = audit("وقالت الشرطة إن المرأة تنكرت في زي رجل. ويعتقد أنها تبلغ من العمر 26 عاما وتعرف باسم سويتي.")
    assert report.claims[0].source.type == "named_organization"
    assert report.claims[1].source.type == "unattributed"
    assert "cue.ar.agentless" in report.claims[1].reasons


@pytest.mark.parametrize("text, kind", [
    # arabic-pool/france24_FR-internationalNews-18-20180219: the feminine has its subject, the authorities
    ("وترجح السلطات أن تكون الطائرة تحطمت وقتل جميع ركابها.", "named_organization"),
    # after arabic-pool/skynews_SK-internationalNews-697-20180331 ("فيما يرجح كثيرون أنها", there a side clause):
    # the holder named between the verb and the complementizer
    ("ويرجح كثيرون أنها تقترب من الانفجار.", "anonymous"),
    # a holder between the verb and the complementizer is no agentless formula
    ("ويعتقد دبلوماسيون غربيون أنها ستوقع الاتفاق.", "anonymous_official"),
])
def test_an_opinion_with_its_holder_named_stays_theirs(audit, text, kind):
    assert audit(text).claims[0].source.type == kind
