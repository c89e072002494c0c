"""Arabic verbs of speech spelled as a word of another sense, a speech act only where the grammar shows it: أقر,
admitting, or passing a text, a body's act (cue.ar.admit): what is admitted follows ب or أن, a text passed (a bill,
a law, a regulation, legislation) is the verb's object; ثمّن, valuing, or ثُمن النهائي, the round of sixteen
(cue.ar.praise_value); the present of a verb of repeating or renewing, تكرر، تجدد, is no stem of a past: تكررت
(recurred) and تجددت (was renewed) are verbs of another form, not "she repeated" (rules.py LexiconEntry._present); يبدو,
seeming, is no belief (cue.ar.opinion). Each case names the pool file it comes from."""
import pytest


@pytest.mark.parametrize("text", [
    # arabic-pool/france24_FR-internationalNews-864-20180423: the National Assembly passed a bill
    "أقرت الجمعية الوطنية الفرنسية (مجلس النواب) مساء أمس الأحد مشروع قانون مثير للجدل يتعلق بقواعد الهجرة للبلاد.",
    # arabic-pool/bbc_BB-middleEast-991-20180911: the cabinet passed a regulation, its name quoted with no space
    "بالتزامن مع السماح للسعوديات بقيادة السيارة، أقر مجلس الوزراء في نهاية شهر أيار/ مايو\"نظام مكافحة جريمة "
    "التحرش\" المكون من 8 مواد، وكان ذلك قبل نحو شهر من رفع الحظر على قيادة المرأة للسيارة .",
    # arabic-pool/bbc_BB-middleEast-991-20180911: states passed legislation
    "وكانت أكثر من دولة في منطقة الشرق الأوسط وشمال إفريقيا قد أقرت خلال العام الماضي عددا من التشريعات التي تجرّم "
    "التحرش والاغتصاب وغيرها من أشكال العنف ضد المرأة.",
])
def test_passing_a_text_is_the_bodys_act_and_narration(audit, text):
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"
    assert claim.cue is None


@pytest.mark.parametrize("text, type_, source", [
    # arabic-pool/skynews_SK-internationalNews-2299-20180624: admitting a victory, after ب
    ("أقر محرم إنجه المنافس الرئيس للرئيس التركي رجب طيب أردوغان في الانتخابات الرئاسية التركية بفوز أردوغان في "
     "الانتخابات.", "named_official", None),
    # arabic-pool/skynews_SK-middleEast-3263-20180807: after بأن
    ("وبحلول عام 2015 أقرّ الرئيس بشار الأسد بأن نقص \"القوة البشرية\"، أدى إلى عدم تمكّن الجيش من القتال في جميع "
     "المناطق خوفا من خسارة أراض مهمة.", "named_official", "الرئيس بشار الأسد"),
])
def test_admitting_after_b_or_an_is_the_subjects_speech(audit, text, type_, source):
    claim = audit(text).claims[0]
    assert claim.source.type == type_
    assert source is None or claim.source.text == source
    assert "cue.ar.admit" in claim.reasons


def test_what_is_admitted_in_quotation_marks_is_still_admitted(audit):
    # arabic-saudi/aawsat_2015-08-02_028: «بتشكيك ... سياسة أوباما»: the policy is in what she admitted
    claim = audit("وأقرت كلينتون في كلمتها «بتشكيك الكثير من الكوبيين - الأميركيين تجاه سياسة أوباما لإعادة إحياء "
                  "العلاقات مع هافانا»، لكنها قالت إن الوقت حان للمضي قدما.").claims[0]
    assert claim.source.type == "named_official"
    assert claim.cue == "وأقرت"


@pytest.mark.parametrize("text, source", [
    # review of session 29: a text in construct with the subject's title, or after a preposition, is no object
    ("وأقرت مديرة البرنامج في الأمم المتحدة بأن التمويل غير كاف.", "مديرة البرنامج في الأمم المتحدة"),
    ("وأقر رئيس لجنة الموازنة في البرلمان بوجود عجز كبير.", None),
    ("وأقر مدير برنامج الأغذية العالمي بصعوبة الوصول إلى المحتاجين.", None),
    ("أقر الرئيس في مقابلة حول خطة الحكومة بأن الإصلاحات تأخرت.", "الرئيس"),
    ("وأقرت الوزيرة خلال جلسة لمناقشة الميزانية بأن العجز كبير.", "الوزيرة"),
    ("وأقرت رئيسة لجنة الدستور في البرلمان بأن النقاش تأخر.", "رئيسة لجنة الدستور في البرلمان"),
])
def test_a_text_named_in_the_subject_or_a_side_phrase_leaves_the_admission(audit, text, source):
    # cue.ar.admit: only the verb's object, after the verb, a definite word, أمس, من or a quotation mark, is a text passed
    claim = audit(text).claims[0]
    assert claim.source.type in ("named_official", "anonymous_official")
    assert source is None or claim.source.text == source
    assert "cue.ar.admit" in claim.reasons


@pytest.mark.parametrize("text", [
    "وأقر البرلمان الأوروبي القانون الجديد بأغلبية كبيرة.",  # the object after the subject's adjective, before ب
    "وأقرت الحكومة أمس خطة جديدة لمواجهة البطالة.",  # after أمس
])
def test_a_text_after_the_subject_is_passed(audit, text):
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"
    assert claim.cue is None


@pytest.mark.parametrize("text", [
    # arabic-pool/france24_FR-internationalNews-2083-20180630: the round of sixteen, ثُمن النهائي, is no ثمّن (valued)
    "تنطلق مبارايات الدور ثمن النهائي لمونديال روسيا لكرة القدم السبت بمواجهة واعدة بين المنتخبين الفرنسي والأرجنتيني.",
    # the same file: with ل written on it
    "وتخص التساؤلات أيضا منتخب فرنسا بعد أن ظهر بوجه ممل خلال الدور الأول رغم أنه أحرز تأشيرة التأهل لثمن النهائي "
    "منذ الجولة الثانية.",
])
def test_the_round_of_sixteen_is_no_praise(audit, text):
    assert audit(text).claims[0].source.type == "unattributed"


def test_valuing_before_anything_else_is_praise(audit):
    # arabic-saudi/almadina_2015-07-21_031: "من جهته ثمن خالد ناقرو المدير", "كما ثمن زيارة أمين المدينة"
    claim = audit("من جهتها ثمنت وزارة الخارجية زيارة الوفد إلى المدينة.").claims[0]
    assert claim.source.type == "named_organization"
    claim = audit("وقال مدير الجمعية إن الزيارة مهمة. كما ثمن زيارة أمين المدينة للمشروع.").claims[1]
    assert "cue.ar.praise_value" in claim.reasons


@pytest.mark.parametrize("sentence", [
    # arabic-pool/alarabia_AL-internationalNews-68-20140112: experiences recurred over two decades
    "وهكذا تكررت على مدى العقدين الماضيين، لدى السنة والشيعة، التجارب التي تحاول تقليد التجربة الرائدة لأميركا مع "
    "«القاعدة»، ولإيران مع «حزب الله».",
    # arabic-pool/bbc_BB-internationalNews-494-20180511: the accusations were renewed against him
    "ولكن تجددت الاتهامات بالمثلية ضده عام 2008 في ما وصفه بأنها محاولة جديدة من الحكومة لتهميشه.",
])
def test_recurring_and_being_renewed_are_no_speech(audit, sentence):
    # the third pool instance, arabic-saudi/aawsat_2015-08-06_093 "وتجددت التصريحات السعودية ... على أن", keeps its
    # Saudi source through "وأكدت ... الرياض" later in the sentence; the speaker before does not go on
    first, claim = audit("عنوان\n\nوقال المكتب الإعلامي للحزب إن الأمر خطير. " + sentence).claims
    assert first.source.type == "named_organization"
    assert claim.source.type == "unattributed"
    assert claim.cue is None


@pytest.mark.parametrize("sentence, cue", [
    ("وتكرر الوزارة أن الحل سياسي.", "وتكرر"),  # she repeats, in the present
    ("وتجدد الوزارة دعوتها إلى الحوار.", "وتجدد"),
    ("كررت الوزارة أن الحل سياسي.", "كررت"),  # she repeated: the past of كرر
])
def test_repeating_and_renewing_are_speech_in_both_tenses(audit, sentence, cue):
    claim = audit(sentence).claims[0]
    assert claim.source.text == "الوزارة" and claim.cue == cue


@pytest.mark.parametrize("text", [
    # arabic-pool/alarabia_AL-internationalNews-68-20140112: the Sunnis appear to be the ones who fight them
    "وفي الحالتين يبدو أهل السنة أو العشائر أو كتائب «الجيش الحر» هم الذين يقومون بضرب هؤلاء المتطرفين.",
    "ويبدو الرئيس واثقا من فوزه في الانتخابات.",
])
def test_seeming_is_no_belief_of_its_subject(audit, text):
    # يبدو (seems) left cue.ar.opinion: its subject is what seems, not one who holds a view
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"
    assert claim.cue is None


def test_believing_still_needs_its_holder(audit):
    claim = audit("ويرى محللون أن الاتفاق هش.").claims[0]
    assert claim.source.type == "anonymous" and "attr.opinion_holder" in claim.reasons


@pytest.mark.parametrize("text", [
    # arabic-pool/bbc_BB-internationalNews-1162-20181007: recognised as a body (بالإنتربول كمنظمة)
    "وفي عام 1971 اعترفت الأمم المتحدة بالإنتربول كمنظمة حكومية دولية.",
    # arabic-pool/cnn_CN-internationalNews-563-20180904 (its related headlines): a state's independence
    "وفي 1783، اعترفت بريطانيا باستقلال المستعمرات الأمريكية الـ13 التي شكلت نواة الولايات المتحدة.",
    # arabic-pool/cnn_CN-internationalNews-646-20181004 (its related headlines): an adverb before the object
    "في 4 أكتوبر/تشرين أول من عام 1963 اعترف العراق رسمياً باستقلال الكويت وسيادة أراضيه.",
])
def test_recognising_a_state_is_its_act_not_an_admission(audit, text):
    # closed.ar.recognition_verb, closed.ar.recognition_object; the negated forms in the pool ("ولا تعترف إيران بدولة
    # إسرائيل"، bbc_BB-internationalNews-78; "ولا تعترف معظم الدول بسيادة إسرائيل"، bbc_BB-middleEast-961) were narration
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"
    assert claim.cue is None


@pytest.mark.parametrize("text, type_", [
    # arabic-pool/alarabia_AL-internationalNews-1682-20180618 and -741-20180401: admitting a death or an act, after ب
    ("واعترفت الميليشيات، الاثنين، بمصرع اثنين من قياداتها الميدانية البارزة.", "named_organization"),
    ("واعترف الجيش الإسرائيلي، رسمياً، بتدمير ما يشتبه أنه مفاعل نووي سوري في ضربة جوية عام 2007.", "named_organization"),
    # review of ar-prec (session 40): a state or a kingdom named after the object is where the admitted act took place
    ("واعترف محمد العتيبي بتهريب المخدرات بالمملكة.", "named_person"),
    ("واعترف وزير الداخلية بتقصير الأجهزة الأمنية بالدولة.", "named_official"),
])
def test_admitting_what_was_done_still_attributes(audit, text, type_):
    assert audit(text).claims[0].source.type == type_
