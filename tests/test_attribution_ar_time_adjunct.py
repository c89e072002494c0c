"""Adjuncts of time end an Arabic subject after its verb (closed.ar.time_adjunct, read by the forward walk of
lang/ar_subjects.py). Each case comes from the tuning pools (../shared/data; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, span", [
    # arabic-pool/france24_FR-internationalNews-1505-20180529
    ('ولم يعلق النادي الإنكليزي حتى مساء الاثنين على المعلومات التي أوردها الاتحاد المصري في بيان.',
     "النادي الإنكليزي"),
    # arabic-pool/france24_FR-internationalNews-717-20180413
    ('وقالت ساره دانيوس الأمينة الدائمة المستقيلة في ختام اجتماع للحكماء "مغادرتي منصبي كأمينة دائمة".',
     "ساره دانيوس الأمينة الدائمة المستقيلة"),
    ("وفي الشق القضائي، أعلنت النيابة العامة في ستوكهولم في منتصف آذار/مارس أن جزءا من التحقيق انتهى.",
     "النيابة العامة في ستوكهولم"),
    # arabic-saudi/aljazirah_2015-07-22_082
    ("ويتهم حلفاء تركيا منذ أشهر أنقرة بأنها لا تبذل جهودًا كافية لمكافحة تنظيم داعش.", "حلفاء تركيا"),
])
def test_a_time_adjunct_ends_the_subject_after_its_verb(audit, text, span):
    # closed.ar.time_adjunct: "حتى"، "منذ"، "في نهاية ..." say when, after the subject; none is part of it. The
    # club that did not comment is kept in `also` (closed.ar.negated_silence), the others are the claim's source
    claim = audit(text).claims[0]
    assert span in [s.text for s in (claim.source, *claim.also)]


@pytest.mark.parametrize("text, span", [
    # arabic-pool/bbc_BB-middleEast-898-20180817: an indefinite accusative after a body and its article
    ("وقد نشرت الشرطة تصويرا لوجه المشتبه به بناء على أوصافها.", "الشرطة"),
    # arabic-saudi/alwatan_2015-08-04_098
    ("وتبنت الوزارة وضع نظام آلي يتابع إنتاجية كل الأطباء الاستشاريين والاختصاصيين.", "الوزارة"),
    # arabic-pool/cnn_CN-internationalNews-643-20181005
    ("ورفضت وزارة الداخلية والشرطة الفرنسية تقديم رد رسمي.", "وزارة الداخلية والشرطة الفرنسية"),
    # arabic-pool/france24_FR-middleEast-192-20180405: a number counts the object (the pool's clause opens with
    # حين, a clause of time that governs nothing since the 34th session: here it stands as a main clause)
    ("واتهمت السلطات المصرية 43 شخصا بينهم 29 أجنبيا يعملون لدى خمس منظمات بتلقي تمويل.", "السلطات المصرية"),
])
def test_an_indefinite_word_after_a_definite_body_opens_the_object(audit, text, span):
    # a definite noun heads no construct and its adjectives are definite: an indefinite word after a body named
    # with the article is the verb's object (a title, not a body, may take a name after it: "الرئيس الأمريكي دونالد ترامب")
    assert audit(text).claims[0].source.text == span


@pytest.mark.parametrize("text, span", [
    # review finding 4: a body's name in apposition after it and its adjective is no object
    ("وقالت الحركة الفلسطينية حماس إن الاتفاق انتهى.", "الحركة الفلسطينية حماس"),
    ("وقال الحزب الحاكم نداء تونس إن الحكومة باقية.", "الحزب الحاكم نداء تونس"),
])
def test_a_body_keeps_its_name_after_it(audit, text, span):
    assert audit(text).claims[0].source.text == span


def test_a_name_after_a_title_stays_in_the_subject(audit):
    claim = audit("وقال الرئيس الأمريكي دونالد ترامب إن المحادثات كانت جيدة.").claims[0]
    assert claim.source.text == "الرئيس الأمريكي دونالد ترامب"


@pytest.mark.parametrize("text, kind, span", [
    # arabic-pool/bbc_BB-middleEast-991-20180911: "then" before the verb was read as its pronoun subject, a
    # continuation with no one before it (in the article, the report of the sentence before)
    ("وحينها قالت مايا مرسي، رئيسة المجلس القومي للمرأة، لبي بي سي إن البرلمان كان يناقش مشروع قانون.",
     "named_official", "مايا مرسي، رئيسة المجلس القومي للمرأة"),
    # arabic-pool/bbc_BB-middleEast-65-20180221: between the verb and its subject
    ('وقال آنذاك سليل شيتي، الأمين العام لمنظمة العفو الدولية، إن "سجن نبيل رجب يعد انتهاكا".',
     "named_official", "سليل شيتي، الأمين العام لمنظمة العفو الدولية"),
    # arabic-pool/alarabia_AL-internationalNews-1399-20180531, there after حيث (the span runs on to "عقب محادثات")
    ("وأعلن آنذاك بوتين أن سوريا لن تشن حربا ضد إسرائيل.", "named_official", "بوتين"),
    # the other adverbs of the class, made up
    ("وعندها قال الوزير إن البرلمان كان يناقش القانون.", "named_official", "الوزير"),
    ("ويومئذ أعلنت الوزارة أن البرلمان كان يناقش القانون.", "named_organization", "الوزارة"),
])
def test_an_adverb_of_a_time_named_before_is_no_speaker(audit, text, kind, span):
    # src.time_then.ar: "then", "at that time" (حينها، آنذاك، عندها، يومئذ ...) say when, like a day (src.time.ar)
    claim = audit(text).claims[0]
    assert (claim.source.type, claim.source.text) == (kind, span)


def test_then_before_a_verb_with_its_subject_dropped_goes_on_with_the_speaker(audit):
    report = audit("قال وزير الخارجية الأردني أيمن الصفدي إن الوضع خطير. وحينها قال إن البرلمان كان يناقش القانون.")
    assert report.claims[1].source.text == "وزير الخارجية الأردني أيمن الصفدي"


@pytest.mark.parametrize("text, kind, span", [
    # session 40 review: the time word was read into the span, and as the spokesperson's name (src.name)
    ("وقال الناطق باسم الحكومة عندئذ إن الحكومة سترد.", "named_organization", "الناطق باسم الحكومة"),
    ("وقال المتحدث باسم الجيش يومها إن القوات انسحبت.", "named_organization", "المتحدث باسم الجيش"),
    ("وقال الرئيس بعدها إن البلاد بخير.", "named_official", "الرئيس"),
    # arabic-pool/bbc_BB-internationalNews-102-20180305
    ('وفند ترامب بعدها تصريحات أرملة الجندي، واصفا كلامها بأنها "ملفق".', "named_official", "ترامب"),
])
def test_an_adverb_of_a_time_named_before_ends_the_subject_after_it(audit, text, kind, span):
    # src.time_then.ar: after the subject "then" says when it spoke and ends it; no time word is a name
    claim = audit(text).claims[0]
    assert (claim.source.type, claim.source.text) == (kind, span)

