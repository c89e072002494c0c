"""Arabic claims carried by a frame no verb of saying opens: what a legal text provides, and the speech acts
of praising, attacking and ordering. Each case comes from the tuning pools (../shared/data/arabic-pool and
arabic-saudi; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, source", [
    # arabic-pool/skynews_SK-middleEast-3394-20180813 (its negation, "ولا يسمح القانون اللبناني" in
    # france24_FR-middleEast-593-20180606, stays a side clause: only لم opens a reported negation)
    ("وفي أي دائرة انتخابية يتجاوز مرشحوها 3 أشخاص، يفرض القانون الانتخابي وجود لائحة خاصة بالنساء.",
     "القانون الانتخابي"),
    # arabic-pool/bbc_BB-middleEast-991-20180911
    ("كما تناول القانون جريمة التحرش الجنسي التي حدد عقوبتها بالسجن مدة عامين وبغرامة قدرها خمسة آلاف دينار.",
     "القانون"),
    ("وفي الباب الأول عرف القانون العنف ضد المرأة بأنه \"كل اعتداء مادي أو معنوي\".", "القانون"),
    # arabic-saudi/was_2015-08-10_052
    ("واشترطت المادة الثامنة للحصول على ترخيص الحملة الانتخابية عدة شروط منها تقديم طلب الترخيص.", "المادة الثامنة"),
    # arabic-pool/france24_FR-internationalNews-1059-20180504: the plural of a legal text
    ("وتنص قوانين الأكاديمية على إمكان إرجاء منح الجائزة حتى العام التالي.", "قوانين الأكاديمية"),
])
def test_what_a_legal_text_provides_rests_on_it(audit, text, source):
    # LABELLING: a document (a treaty text, a statement read as a document) is the source of what it states
    claim = audit(text).claims[0]
    assert (claim.source.type, claim.source.text) == ("document", source)


@pytest.mark.parametrize("text", [
    "وفرضت الولايات المتحدة عقوبات جديدة على كيانين إيرانيين.",
    "ويمنع الجيش المدنيين من دخول المنطقة منذ أسبوع.",
    "وتناول الوزير الغداء مع نظيره في القصر.",
])
def test_the_same_verbs_with_a_subject_that_is_no_text_are_acts(audit, text):
    # imposing sanctions, keeping people out, having lunch: plain actions are narration
    assert audit(text).claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text", [
    # arabic-pool/bbc_BB-middleEast-991-20180911 (the law goes on after a sentence of its own)
    "وفي الباب الأول عرف القانون العنف ضد المرأة بأنه \"كل اعتداء\". ونص على أنه يعاقب بالسجن مدة لا تزيد على سنتين.",
    # arabic-saudi/aawsat_2015-08-06_093 and arabic-unlabelled/france24_FR-internationalNews-1392-20180523 ("كما نص على")
    "ونصت الوثيقة على وضع حزمة من الآليات التنفيذية. كما نصت على تكثيف التعاون السياسي والثقافي بين البلدين.",
    "ونص التقرير على خفض الضرائب. كما نص على خفض كبير للضرائب وإنشاء دخل مواطنة.",
])
def test_a_text_goes_on_with_its_subject_dropped(audit, text):
    # attr.continuation.document: "كما نص على" after a document is that document's content
    claim = audit(text).claims[-1]
    assert claim.source.type == "document" and "attr.continuation.document" in claim.reasons


@pytest.mark.parametrize("text", [
    # arabic-pool/france24_FR-internationalNews-2526-20180730: a noun after the verb is its subject
    "ونص القانون على حظر الإساءة للرئيس. وعرف الوسم انتشارا كبيرا وسط معارضي الرئيس المصري.",
    # arabic-pool/alarabia_AL-internationalNews-88-20131228: after a body, not a document, the verb is an act
    "وقالت النقابات إن الأجور متدنية. كما فرضت على أصحاب العمل الالتزام بعقود.",
])
def test_a_dropped_subject_is_no_text_unless_a_document_spoke_and_a_preposition_follows(audit, text):
    assert audit(text).claims[-1].source.type != "document"


@pytest.mark.parametrize("text", [
    # a sentence with no speaker between: the law cited two sentences back does not go on
    "ونص القانون على عقوبة السجن. واعتقل الرجل في منزله. ومنع من السفر إلى الخارج.",
    # arabic-pool/bbc_BB-middleEast-991-20180911: the Tunisian law, then a heading and the Saudi «نظام» (typed
    # nobody's); "ونص على" is not the Tunisian law's
    "كما أشار القانون في فصل آخر إلى جريمة الاغتصاب ضد الذكر والأنثى وحدد عقوبة مرتكبها بالسجن عشرين عاما.\n"
    "كما فرضت غرامة تتراوح بين 500 دينار إلى 1000 دينار على كل من يضايق امرأة في فضاء عمومي.\n"
    "السعودية: قيادة السيارة ومكافحة التحرش\n"
    "بالتزامن مع السماح للسعوديات بقيادة السيارة، أقر مجلس الوزراء في نهاية شهر أيار/ مايو \"نظام مكافحة جريمة التحرش\".\n"
    "وعرف ها النظام التحرش بأنه: \"كل قول أو فعل أو إشارة ذات مدلول جنسي\".\n"
    "ونص على أنه يعاقب بالسجن \"مدة لا تزيد على سنتين، وبغرامة مالية لا تزيد على مائة ألف ريال\".",
    # a word before the verb that is no sentence opener ("كم" of «كما» stripped letter by letter)
    "ونص القانون على عقوبة السجن. كم نص على أنه يعاقب.",
])
def test_a_text_goes_on_only_from_the_sentence_right_before(audit, text):
    # attr.continuation.document reads the speaker of the sentence right before, not the last one however far back
    assert audit(text).claims[-1].source.type != "document"


def test_a_text_before_its_provision_is_in_a_side_clause(audit):
    # arabic-pool/bbc_BB-internationalNews-9-20180216: the sentence is the writer's, the law a concession in it
    text = ("وتقتضي التقاليد الهندية القديمة أن تدفع عائلة العروس مهرا من المال والذهب للعريس بعد الزواج، وعلى الرغم من"
            " أن القانون منع هذه الممارسات منذ 1961 فإنها لا تزال شائعة في المجتمع.")
    assert audit(text).claims[0].source.type == "unattributed"


def test_a_clause_before_a_colon_is_no_speaker(audit):
    # arabic-pool/bbc_BB-middleEast-991-20180911 ("ها" is the article's typo for هذا): what opens with بأنه is
    # what was said, so the words before the colon are a clause, never a speaker named like 'Clinton: "..."'
    claim = audit('وعرف ها النظام التحرش بأنه: "كل قول أو فعل أو إشارة ذات مدلول جنسي".').claims[0]
    assert "بأنه" not in (claim.source.text or "")


@pytest.mark.parametrize("text, kind, source", [
    # arabic-pool/alarabia_AL-internationalNews-1390-20180530
    ("وقال الرئيس الأوكراني إن العملية كانت ضرورية. وفي تعقيب لوزارة الخارجية الروسية قالت إنها سعيدة بأن"
     " بابتشينكو لا يزال على قيد الحياة.", "named_organization", "وزارة الخارجية الروسية"),
    # arabic-pool/cnn_CN-middleEast-465-20180403
    ("وقالت السلطات الفلبينية إن الحكم عادل. وفي بيان نشرته وزارة الخارجية الفلبينية، الإثنين، ذكرت ترحيبها"
     " \"بحكم المحكمة الكويتية\".", "named_organization", "وزارة الخارجية الفلبينية"),
    # arabic-pool/france24_FR-middleEast-202-20180403
    ("وأكد وزير الداخلية أن الخطة قائمة. وفي مؤتمر صحفي عقده نتانياهو الاثنين قال إن \"الاتفاق مع الأمم المتحدة"
     " ينص على ذلك\".", "named_official", "نتانياهو"),
])
def test_an_opening_occasion_of_speech_names_the_speaker_of_a_verb_without_subject(audit, text, kind, source):
    # LABELLING: the statement's issuer speaks ("بيان صادر عن الحزب"); the verb's dropped subject is that issuer,
    # not the previous sentence's speaker
    claim = audit(text).claims[1]
    assert (claim.source.type, claim.source.text) == (kind, source)


def test_a_speech_delivered_by_its_speaker_after_the_occasion_formula(audit):
    # arabic-pool/alarabia_AL-internationalNews-1203-20180516: "جاء ذلك في خطاب وجهه هادي": the speech's
    # speaker is the agent of the relative verb of delivering it, as "بيان أصدرته الوزارة" is the ministry's
    text = ("تعهد الرئيس اليمني، عبدربه منصور هادي، بأن لا تكون بلاده مكانا للمناورة. جاء ذلك في خطاب وجهه هادي"
            " للشعب اليمني، بمناسبة حلول شهر رمضان المبارك.")
    claim = audit(text).claims[1]
    assert (claim.source.type, claim.source.text) == ("named_official", "هادي")


def test_an_invitation_extended_is_an_act(audit):
    # arabic-saudi/aleqtisadiya_2015-08-09_042: "دعوة وجهتها سلطنة عمان" outside the occasion formula is an
    # invitation the sultanate extended, which says nothing the sentence reports
    text = ("فقد التقى وزير الخارجية السوري نظيره العماني في مسقط الخميس لبحث الأزمة بناء على دعوة وجهتها سلطنة"
            " عمان حليفة الولايات المتحدة.")
    assert audit(text).claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text, kind", [
    # arabic-pool/bbc_BB-middleEast-1109-20181016: laying the responsibility on someone is blaming them
    ("من جانبها ألقت وسائل الإعلام الحكومية الإيرانية مسؤولية الهجوم، على ما وصفتها بـ\"جماعة إرهابية\".",
     "state_media"),
    # arabic-pool/bbc_BB-middleEast-1034-20180924: issuing condemnations is condemning
    ("وأصدرت سلطنة عمان والكويت وقطر إدانات للهجوم، في حين لم يصدر أي بيان من المملكة العربية السعودية.",
     "named_organization"),
    # arabic-pool/alarabia_AL-internationalNews-620-20180325: exchanging accusations is accusing each other
    ("تبادل الجيش وقوات المعارضة في دولة جنوب السودان اتهامات بشن هجمات على مواقع للطرف الآخر في 3 ولايات.",
     "named_organization"),
])
def test_a_light_verb_with_a_noun_of_speech_act_for_object_speaks(audit, text, kind):
    # LABELLING: accuse, condemn, blame are speech acts; cue.ar.light_verb reads them as a verb and its noun
    assert audit(text).claims[0].source.type == kind


@pytest.mark.parametrize("text, source", [
    # arabic-pool/cnn_CN-middleEast-1258-20180819: sending cables of condolence
    ("بعث الرئيس الأمريكي، دونالد ترامب، السبت، برقيتي عزاء لذوي الطالبين السعوديين، ذيب اليامي وجاسر اليامي،"
     " اللذين توفيا محاولين انقاذ طفلين أمريكيين من الغرق في ولاية ماساتشوستس.", "الرئيس الأمريكي، دونالد ترامب"),
    # arabic-pool/cnn_CN-middleEast-1340-20180910: sending messages, with the preposition of the thing sent
    ("بعث رئيس الحكومة الأردنية عمر الرزاز برسائل \"مصارحة\" للأردنيين، الأحد، حول التوجهات الاقتصادية لحكومته"
     " خلال المرحلة المقبلة.", "رئيس الحكومة الأردنية عمر الرزاز"),
    # arabic-saudi/aleqtisadiya_2015-08-06_016: directing a cable of thanks, a long title between
    ("ومن جهة أخرى، وجه الأمير محمد بن سلمان بن عبدالعزيز، ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير"
     " الدفاع، برقية شكر إلى الملك عبدالله الثاني ابن الحسين ملك الأردن، وذلك بعد انتهاء زيارته إلى الأردن.",
     "الأمير محمد بن سلمان بن عبدالعزيز، ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع"),
])
def test_sending_a_message_of_speech_speaks(audit, text, source):
    # LABELLING: thanking, condoling and telling are speech acts; sending or directing a cable, a letter or a
    # message of them is performing them (cue.ar.light_verb)
    # (the span runs on to the message where no comma ends the title, as for every light verb's object)
    claim = audit(text).claims[0]
    assert claim.source.type == "named_official" and claim.source.text.startswith(source)


@pytest.mark.parametrize("text", [
    # arabic-pool/bbc_BB-internationalNews-102-20180305: sending troops
    "أرسلت الولايات المتحدة 800 من قواتها إلى النيجر بهدف تدريب القوات المحلية ودعم مكافحة الإرهاب في المنطقة.",
    # arabic-pool/cnn_CN-middleEast-1258-20180819's kin: sending aid is an act
    "وأرسلت حكومات من مختلف أنحاء العالم طائرات تحمل المساعدات إلى إندونيسيا.",
])
def test_sending_what_is_no_message_is_an_act(audit, text):
    assert audit(text).claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text, source", [
    # arabic-pool/bbc_BB-internationalNews-482-20180509
    ("في تسجيل المكالمة الذي يستمر لثلاث دقائق، تحاول موزنجا جاهدة أن تصف ألمها.", "تسجيل المكالمة"),
    # arabic-saudi/aleqtisadiya_2015-08-02_068
    ("وفي البحث الذي نشر في مطبوعة (ديابيتيس كير) اكتشفت جيبس وزملاؤها صلة بين عدم النشاط والإصابة بالسكري.",
     "البحث"),
    # arabic-saudi/aleqtisadiya_2015-08-06_016: the formula points to a statement issued by no one named
    ("جاء ذلك في بيان مشترك صدر أمس بمناسبة زيارة الأمير محمد بن سلمان للأردن.", "بيان مشترك"),
    # the shape of bbc-482's, a report set off by its comma
    ("وفي تقرير الأمم المتحدة، ارتفع عدد النازحين إلى مليون شخص.", "تقرير الأمم المتحدة"),
])
def test_a_document_the_sentence_opens_in_holds_its_content(audit, text, source):
    claim = audit(text).claims[0]
    assert (claim.source.type, claim.source.text) == ("document", source)
    assert "attr.framing_document" in claim.source.rules


@pytest.mark.parametrize("text", [
    "وفي مجال البحث العلمي هناك من الأمراض الفتاكة ما يحتاج إلى دعم.",  # a field of research, no document
    "في صحيفة إيزفستيا الروسية مقال للخبير السياسي فلاديمير إسييف.",  # an outlet's page (france24-680)
    "وفي عام 1972 تم إبرام اتفاق مقر مع فرنسا.",  # a year; the document is no head (bbc-1162)
])
def test_a_sentence_opened_by_no_document_has_no_source(audit, text):
    assert audit(text).claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text", [
    # review of session 29: an indefinite message or decision is the act's manner
    "في رسالة واضحة إلى إيران، أرسلت الولايات المتحدة حاملة طائرات إلى الخليج.",
    "وفي قرار مفاجئ، أقالت الحكومة وزير المالية.",
    "وفي رسالة عاجلة أرسلتها الوزارة إلى السفارة، تم إبلاغ الدبلوماسيين بالمغادرة.",
    "وفي خطاب شديد اللهجة، استدعت الخارجية السفير.",
    # a definite document not set off: where the clause begins is not read (the span ran into it)
    "وفي الاتفاق الموقع عام 2015 التزمت إيران بخفض مخزونها من اليورانيوم.",
    "في وثائق بنما ظهر اسم رئيس الوزراء.",
])
def test_a_document_in_a_manner_or_not_set_off_frames_nothing(audit, text):
    # attr.framing_document: only a definite document set off by a comma or a relative
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"
    assert "attr.framing_document" not in claim.source.rules


@pytest.mark.parametrize("text, kind, source", [
    # arabic-saudi/alriyadh_2015-08-08_032: the examples he gave, after "وقال د. الهاجري" (memory: the adviser)
    ("وأكد المستشار التدريبي د. فيصل الهاجري أن الغضب يقود إلى التطرف. وقدم د. الهاجري بعض الأمثلة على حالات الغضب.",
     "named_person", "المستشار التدريبي د. فيصل الهاجري"),
    # arabic-saudi/almadina_2015-07-26_005: the explanation, its hearer set off in commas, is no part of the subject
    ("وقدم الرئيس هادي، لمبعوث الأمين العام للأمم المتحدة، شرحًا عن الأوضاع الراهنة في اليمن.", "named_official",
     "الرئيس هادي"),
    # review of session 37: the subject ends before its object (closed.ar.account_noun is no name)
    ("وقدم وزير الخارجية سامح شكري شرحا مفصلا للموقف المصري.", "named_official", "وزير الخارجية سامح شكري"),
    ("وقدمت وزيرة الخارجية الألمانية أنالينا بيربوك تعريفا جديدا للأمن الأوروبي.", "named_official",
     "وزيرة الخارجية الألمانية أنالينا بيربوك"),
    # the noun at the sentence's end (arabic-pool/france24_FR-internationalNews-1089-20180505: "إنّ عباس قدم اعتذاره.")
    ("وقدم رئيس الوزراء الياباني شينزو آبي اعتذاره.", "named_official", "رئيس الوزراء الياباني شينزو آبي"),
    # a briefing to the Security Council (إحاطة beside إيجاز) is speech; غير here is Geir, a name
    ("وقدم المبعوث الأممي غير بيدرسن إحاطة أمام مجلس الأمن عن الأوضاع في سوريا.", "named_official",
     "المبعوث الأممي غير بيدرسن"),
    # a testimony with a complement of speech (closed.ar.account_complement)
    ("وقدم الشاهد شهادته أمام المحكمة عن الحادث.", "named_person", "الشاهد"),
])
def test_presenting_an_account_is_speech(audit, text, kind, source):
    """قدم before a noun of explaining, defining, giving examples, apologising, testifying or briefing as its
    object (cue.ar.presenting); a third instance is arabic-pool/bbc_BB-middleEast-991-20180911 ("وقدّم تعريفا لكل
    من", the law's article going on, its subject dropped, not reached)."""
    claim = audit(text).claims[-1]
    assert "cue.ar.presenting" in claim.reasons
    assert (claim.source.type, claim.source.text) == (kind, source)


@pytest.mark.parametrize("text", [
    "لكن لم تقدم أي منهما أدلة على ذلك.",  # arabic-pool/bbc_BB-middleEast-1034-20180924: evidence, and negated
    "وكان بلاتر قد قدم استقالته من رئاسة الفيفا.",  # a resignation (arabic-saudi/alwatan_2015-07-22_059)
    "وتقدم الجيش نحو المدينة بعد معارك عنيفة.",  # advancing
    # review of session 37: a noun of explaining that is not the verb's object, or after "دون أن"
    "وقدم الوزير استقالته، دون أن يقدم أي توضيح لأسبابها.",
    "وتقدم الجيش نحو المدينة دون أي تفسير من القيادة.",
    "وقدمت الوزارة أدلة على تورطه دون تعريف المتهمين.",
    "وقدمت الحكومة مساعدات للاجئين دون توضيح مصدر التمويل.",
    # arabic-saudi/aawsat_2015-08-02_067: a vision presented, the explaining after a preposition
    "وستقدم رؤيتها إلى الجانب الأميركي بكل شفافية من أجل توضيح الصورة.",
    # second meanings: a novel, a diploma, an example set (closed.ar.account_noun.ambiguous)
    "وقدم الكاتب روايته الجديدة في معرض الكتاب.",
    "وقدم الطالب شهادته الجامعية إلى لجنة القبول.",
    "وقدم اللاعب مثالا رائعا على الروح الرياضية.",
])
def test_putting_forward_evidence_or_a_resignation_is_no_speech(audit, text):
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed" and "cue.ar.presenting" not in claim.reasons


@pytest.mark.parametrize("text, kind, source", [
    # arabic-pool/skynews_SK-internationalNews-2160-20180616: كان and a predicate, a day set off after the comma
    ("وفي كلمة خلال حفل تخرج بكلية الحرب البحرية، الجمعة، كان وزير الدفاع الأميركي، جيمس ماتيس، أشد انتقادا لروسيا.",
     "named_official", "وزير الدفاع الأميركي، جيمس ماتيس"),
    # arabic-saudi/aawsat_2015-08-02_028 (read in its article through a later cue; alone only through the occasion)
    ("وفي كلمة أمام العشرات من مؤيديها، ذهبت كلينتون إلى أبعد من بوش في التركيز على الدور الذي يلعبه العرق.",
     "named_official", "كلينتون"),
    # arabic-pool/france24_FR-middleEast-180-20180319: the outlet's verb inside the occasion describes it, and the
    # verb of speech joined after the main verb goes on with its subject
    ("وفي حوار دام 60 دقيقة مع قناة \"سي بي أس\" الأمريكية نشرت جريدة \"الشرق الأوسط\" أجزاء منها، تهجم محمد بن "
     "سلمان على إيران وقياداتها، وقال: \"إن خامنئي يريد التوسع\".", "named_official", "محمد بن سلمان"),
    # a press conference and a pronoun on the noun
    ("وفي مؤتمر صحفي مشترك، دافع وزير الخارجية سامح شكري عن موقف بلاده.", "named_official",
     "وزير الخارجية سامح شكري"),
    ("وفي تغريدة على حسابه، هاجم الرئيس الأمريكي دونالد ترامب، مجددا، وسائل الإعلام.", "named_official",
     "الرئيس الأمريكي دونالد ترامب"),
    ("وفي بيانها، كانت وزارة الخارجية الروسية، كعادتها، أكثر حذرا.", "named_organization", "وزارة الخارجية الروسية"),
])
def test_an_opening_occasion_of_speaking_frames_the_main_clause(audit, text, kind, source):
    """What a main clause says after an opening occasion of the subject's own speaking was said there
    (closed.ar.speaking_occasion), whatever its verb."""
    claim = audit(text).claims[0]
    assert "closed.ar.speaking_occasion" in claim.reasons
    assert (claim.source.type, claim.source.text) == (kind, source)


@pytest.mark.parametrize("text", [
    "وفي مؤتمر ميونيخ للأمن، التقى الوزير نظيره الروسي.",  # a conference, not a press conference: acts
    "وفي لقاء مع السفير، وقع الوزير الاتفاقية.",  # a meeting
    "وفي اتصال هاتفي، بحث الرئيس مع نظيره العلاقات.",  # a call
    "وفي كلمة خلال حفل، ذهب إلى أبعد من ذلك.",  # a dropped subject, no speaker before it
    "وفي كلمة خلال الحفل، الحضور صفقوا طويلا.",  # a noun with the article after the comma is no verb
    "في كلمة السر تكمن المشكلة، كما يقول الخبراء دائما.",  # no comma right after the occasion's phrase opens a clause
])
def test_no_occasion_of_speaking_or_no_speaker_frames_nothing(audit, text):
    claim = audit(text).claims[0]
    assert "closed.ar.speaking_occasion" not in claim.reasons


@pytest.mark.parametrize("text, kind, source", [
    # review of session 44 (/tmp/s44/rev_ar p1, p5): a verb of speech before the first comma governs, and a clause
    # joined by و after the comma is a second clause, never the main one
    ("وفي كلمة له أمام البرلمان قال الرئيس إن بلاده لن تتراجع، وستواصل الحكومة دعمها للجيش.",
     "named_official", "الرئيس"),
    ("وخلال مقابلة تلفزيونية أعلن الرئيس الأسد أن الحرب انتهت، ويسيطر الجيش السوري على معظم البلاد.",
     "named_official", "الرئيس الأسد"),
    ("وفي بيان صدر الأربعاء أكدت وزارة الخارجية المصرية رفضها للتصريحات، وتدرس القاهرة الرد عليها.",
     "named_organization", "وزارة الخارجية المصرية"),
])
def test_a_verb_of_speech_inside_the_opening_keeps_its_reading(audit, text, kind, source):
    claim = audit(text).claims[0]
    assert "closed.ar.speaking_occasion" not in claim.reasons
    assert (claim.source.type, claim.source.text) == (kind, source)


@pytest.mark.parametrize("text", [
    # acts after an occasion of speaking: narration (closed.ar.speaking_occasion_verb lists none of these verbs)
    "وفي مؤتمر صحفي، الجمعة، اعتقلت الشرطة الفرنسية صحفيا.",
    "وفي مؤتمر صحفي مشترك، وقع الوزيران اتفاقية للتعاون.",
    "وفي بيان مقتضب، استقال رئيس الوزراء الإيطالي.",
    "وخلال مقابلة مع شبكة سي إن إن، بكى الرئيس الأمريكي باراك أوباما.",
    "وفي مقابلة أجرتها معه قناة روسيا اليوم، ظهر الرئيس السوري بشار الأسد متعبا.",
    "وفي كلمة أمام البرلمان، انسحب نواب المعارضة من القاعة.",
    "وخلال حديث هاتفي، بحث الرئيس المصري عبد الفتاح السيسي مع نظيره الفرنسي العلاقات الثنائية.",
    "وفي تغريدة على تويتر، أقال ترامب وزير خارجيته ريكس تيلرسون.",
    # the occasion is another's, named after ل, by a relative verb or in construct: the clause is no speech of its
    # subject's
    "وفي كلمة ألقاها الرئيس الإيراني، انسحب الوفد الأمريكي من القاعة.",
    "وفي كلمة ترامب، بدا الرئيس الفرنسي إيمانويل ماكرون متجهما.",
    "وفي تصريحات لوزير الخارجية الروسي سيرغي لافروف، وصلت القوات الروسية إلى الحدود.",
    "وفي بيان للوزارة، اعتقلت الشرطة ثلاثة أشخاص.",
    "وفي بيان للجيش الإسرائيلي، استهدفت طائرات حربية مواقع لحماس.",
    "وفي تغريدة لترامب، ردت وزارة الخارجية الصينية بغضب.",
    "وفي تغريدة لترامب، كانت وزارة الخارجية الصينية أكثر تشددا.",
    # the writer's idiom, in a word, in other words (closed.ar.speaking_occasion_idiom)
    "وفي كلمة واحدة، فشلت الحكومة في إدارة الأزمة.",
    "وفي كلمة أخرى، تراجعت الحكومة عن قرارها.",
    "وفي كلمة أخرى، كانت الحكومة أكثر تشددا.",
])
def test_an_act_or_anothers_occasion_is_no_speech(audit, text):
    """Review of session 44 (/tmp/s44/rev_ar p1, p2, p5): narration stays unattributed."""
    claim = audit(text).claims[0]
    assert "closed.ar.speaking_occasion" not in claim.reasons and claim.source.type == "unattributed"


@pytest.mark.parametrize("text, kind, source", [
    ("وفي حديثه للصحفيين، كان وزير الخارجية الأمريكي واضحا.", "named_official", "وزير الخارجية الأمريكي"),
    ("وفي كلمة له، كانت الوزارة أكثر وضوحا.", "named_organization", "الوزارة"),
])
def test_a_copulas_predicate_is_no_part_of_its_subject(audit, text, kind, source):
    claim = audit(text).claims[0]
    assert "closed.ar.speaking_occasion" in claim.reasons
    assert (claim.source.type, claim.source.text) == (kind, source)
