"""Arabic sources the tool left unattributed (session 30, branch ar-recall). Each case names the pool file
(../shared/data) it comes from."""
import pytest


@pytest.mark.parametrize("text, kind, source", [
    # arabic-saudi/aawsat_2015-08-02_028: the statement ends the publisher's span; a campaign is a body
    # (src.org.ar), not the candidate it is named after
    ("ونشرت حملة كلينتون بيانا من طبيبتها ليزا برداك تضمن تفاصيل حالتها الصحية.", "named_organization",
     "حملة كلينتون"),
    # published reports, articles and versions end the span too (closed.ar.published_speech):
    # arabic-pool/bbc_BB-internationalNews-540-20180521 (twice), bbc_BB-internationalNews-40-20180219
    ("كما نشرت صحيفة واشنطن بوست تقريرا مماثلا.", "media", "صحيفة واشنطن بوست"),
    ("ثم نشرت صحيفة نيويورك تايمز مقالة أشارت فيها إلى وجود مخبر.", "media", "صحيفة نيويورك تايمز"),
    ("ونشرت أوكسفام نسخة منقحة من تقريرها، قائلة إنها ترغب في أن تكون شفافة.", "named_organization", "أوكسفام"),
    # arabic-pool/france24_FR-middleEast-593-20180606
    ("ونشرت وسائل إعلام عدة لوائح بينها أسماء رجال أعمال معروفين.", "media", "وسائل إعلام عدة"),
    # arabic-pool/cnn_CN-middleEast-1184-20180812: a person publishing a photo in a tweet
    ("نشر الشيخ جوعان بن حمد، شقيق أمير قطر، الشيخ تميم بن حمد آل ثاني، صورة تظهر الأخير مع والده، وذلك في "
     "تغريدة على صفحته بتويتر.", None, "الشيخ جوعان بن حمد"),
    # arabic-pool/cnn_CN-middleEast-416-20180329: the video stands far from the verb, past a place
    ("من جهته، نشر المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي على حساباته في منصات التواصل الاجتماعي مقطع فيديو "
     "نسب فيه للشيخ قوله.", "named_official", "المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي"),
])
def test_publishing_ones_own_statement_or_footage_is_speech(audit, text, kind, source):
    claim = audit(text).claims[0]
    assert claim.source.text == source
    assert claim.source.type not in ("unattributed", None) and (kind is None or claim.source.type == kind)
    assert "cue.ar.circulated" in claim.reasons


def test_publishing_with_its_subject_dropped_goes_on(audit):
    # arabic-pool/bbc_BB-middleEast-1104-20181015: the television of the sentence before
    claims = audit("وبث التلفزيون التركي لقطات تصور دخول خاشقجي للقنصلية. "
                   "ونشر ايضا فيديو يظهر رجالا وصفوا بأنهم من الأمن السعودي يدخلون تركيا ويغادرونها.").claims
    assert (claims[1].source.type, claims[1].source.text) == ("media", "التلفزيون التركي")


@pytest.mark.parametrize("text", [
    "ونشرت الولايات المتحدة قوات على الحدود في صورة غير مسبوقة.",  # deploying; the photo is after في
    "ونشرت على موقع الوزارة صورة للاجتماع.",  # passive, a place first
    "ونشرت صورة للاجتماع على موقع الوزارة.",  # passive, the photo right after the verb
])
def test_deploying_and_the_passive_publish_no_speech_of_the_speaker_before(audit, text):
    claim = audit("وقال الوزير محمد العلي إن الاجتماع كان ناجحا. " + text).claims[1]
    assert claim.source.text != "الوزير محمد العلي"


def test_a_footage_object_after_a_body_still_ends_it(audit):
    # arabic-pool/skynews_SK-internationalNews-697-20180331: مقطع stays an open word, no closed class
    claim = audit("والجمعة، عرضت وزارة الدفاع الروسية مقطع فيديو يظهر اختبار صاروخ بالستي.").claims[0]
    assert claim.source.text == "وزارة الدفاع الروسية"


@pytest.mark.parametrize("text", [
    # arabic-pool/skynews_SK-middleEast-2889-20180713: the verbal noun with its object
    "وكثفت الميليشيات نشر أفرادها في الشوارع والأزقة المكتظة بالسكان في مدينة زبيد القديمة.",
    "ونشرت الولايات المتحدة حاملة طائرات في المنطقة.",
    # arabic-pool/cnn_CN-middleEast-457-20180402: past a quantity and من
    "وبدأت الإدارة الأمريكية تنشر مزيداً من القوات الأمريكية في أفغانستان.",
    # arabic-pool/alarabia_AL-internationalNews-976-20180508: the verbal noun after a preposition
    "وترد بيونغ يانغ على الدوام بشدة على نشر طائرات خفية من صنف إف 22.",
])
def test_deploying_troops_or_arms_is_no_publishing(audit, text):
    # closed.ar.deployed: نشر with troops, arms or patrols as its object deploys them and says nothing
    claim = audit(text).claims[0]
    assert "cue.ar.circulated" not in claim.reasons
    assert claim.source.type == "unattributed"


def test_a_body_named_after_troops_still_publishes(audit):
    # a published statement before any deployed noun: the forces' statement is speech
    claim = audit("ونشرت قوات سوريا الديمقراطية بيانا قالت فيه إن الهجوم فشل.").claims[0]
    assert (claim.source.type, claim.source.text) == ("named_organization", "قوات سوريا الديمقراطية")


@pytest.mark.parametrize("text, source", [
    # arabic-pool/bbc_BB-internationalNews-494-20180511: a fronted time with a preposition, no comma
    ("وقال رئيس الوزراء الماليزي مهاتير محمد إن الانتخابات نزيهة. وفي أول يوم له في السلطة قال إن الملك وافق على"
     " إصدار عفو \"فوري\" عن إبراهيم.", "رئيس الوزراء الماليزي مهاتير محمد"),
    # arabic-pool/bbc_BB-middleEast-991-20180911: a fronted accusative of responding (closed.ar.fronted_circumstance)
    ("وقالت النائبة مارجريت عازر إنه سيتم تغليظ العقوبة. وتعليقا على وقائع التحرش الأخيرة التي تناقلتها وسائل"
     " الإعلام قالت إنها ستقترح وضع كاميرات مراقبة في كافة الشوارع.", "النائبة مارجريت عازر"),
    # arabic-pool/france24_FR-middleEast-276-20180414: the subject a pronoun after a particle of contrast
    ("وقالت رئيسة الوزراء البريطانية تيريزا ماي إنها أجازت الضربات. إلا أنها سارعت وقالت إنها ضربة محدودة.",
     "رئيسة الوزراء البريطانية تيريزا ماي"),
])
def test_a_verb_of_speech_after_a_fronted_circumstance_goes_on(audit, text, source):
    # attr.continuation.inside: the verb does not open its clause, its subject is dropped and what was said follows
    claim = audit(text).claims[-1]
    assert claim.source.type == "named_official" and claim.source.text == source
    assert "attr.continuation.inside" in claim.reasons


@pytest.mark.parametrize("text", [
    # arabic-pool/bbc_BB-middleEast-245-20180325: a verb after an indefinite noun is a relative clause of it
    "وقال الجيش الأمريكي إنه قصف مواقع. ويشن الجيش الأمريكي من آن لآخر غارات في ليبيا يقول إنها تستهدف متشددين.",
    # arabic-pool/france24_FR-internationalNews-800-20180419: the same, "علاقة تقول إنها"
    "وقال ترامب إنه لا يعرفها. ويمنعها الاتفاق من الحديث علناً عن علاقة تقول إنها ربطت بينها وبين ترامب.",
    # a clause of time is a side clause, the fronted circumstance notwithstanding
    "وقال الوزير إن المحادثات مستمرة. وفي اليوم التالي بعد أن قال إن الاتفاق قريب انهارت المحادثات.",
])
def test_a_verb_of_speech_inside_its_clause_goes_on_only_after_a_fronted_circumstance(audit, text):
    assert "attr.continuation.inside" not in audit(text).claims[-1].reasons


@pytest.mark.parametrize("text, kind, source", [
    # review finding (session 34): a clause of contrast or time opened by a preposition and a particle after the
    # sentence's و ("وفي حين"، "ومنذ أن"، "وقبل أن") is a side clause, not a fronted circumstance: the main clause
    # says whose the sentence is. The pools' subordinators before a verb of speech: "ومنذ أن أعلن عن موعد
    # الانتخابات" (arabic-saudi/almadina_2015-07-22_083), "بعد أن قال إنّ العداء" (arabic-pool/
    # france24_FR-internationalNews-1089-20180505), "حين قال صلى الله عليه وسلم" (arabic-saudi/sabq_2015-07-22_064)
    ("وقال محامي المتهم أحمد علي لرويترز إن موكله بريء. وفي حين قال إنه بريء، أكدت الشرطة أنه اعترف بالجريمة.",
     "named_organization", "الشرطة"),
    ("وقالت وزارة الخارجية الأمريكية إن الانتخابات شابتها مخالفات. ومنذ أن قال إن الانتخابات مزورة، تراجعت"
     " شعبيته بشكل كبير.", "unattributed", None),
    ("وقالت وزارة الصحة إن عدد الإصابات ارتفع. وقبل أن يقول إن الوضع تحت السيطرة، أعلن الوزير إغلاق المدارس.",
     "named_official", None),
])
def test_a_verb_of_speech_in_a_leading_clause_of_time_or_contrast_does_not_govern(audit, text, kind, source):
    claim = audit(text).claims[-1]
    assert claim.source.type == kind and (source is None or claim.source.text == source)
    assert "attr.continuation.inside" not in claim.reasons
