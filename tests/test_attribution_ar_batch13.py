"""Arabic source types by class, from the errors of the twelve articles labelled last by someone who never saw
the tool's output (/work/labels/arabic-tuned13, 0.842 when added) and the tuned set's leftovers: each case is
real text of the pools (../shared/data/arabic-pool, arabic-saudi; the file is named beside it)."""
from provenance.models import Document


def _claims(auditor, *paragraphs: str):
    return auditor.audit(Document(name="t", text="عنوان\n\n" + "\n".join(paragraphs))).claims


def test_a_spokesperson_named_again_by_the_bare_title_is_the_holder(auditor):
    # arabic-pool/cnn_CN-middleEast-1377-20180913: "المتحدث" after "إريك باهون، المتحدث باسم البنتاغون"
    claims = _claims(
        auditor,
        'جاء ذلك على لسان إريك باهون، المتحدث باسم البنتاغون، حيث قال: "لماذا الوجود العسكري الكثيف '
        'لروسيا لا يزال بمحله شرق المتوسط؟ هل هناك سبب آخر لذلك؟" لافتا إلى أن الإدارة الامريكية تراقب '
        'عن كثب أكثر من 12 قطعة بحرية روسية بالمنطقة أغلبها مزود بقدرات على إطلاق صواريخ مجنحة.',
        'وبين المتحدث أن هناك قلق من أن روسيا ستستخدم قطعها البحرية الحربية لشن هجمات صاروخية لمساعدة '
        'بشار الأسد في العمليات المتوقع شنها على منطقة إدلب آخر معاقل مقاتلي المعارضة أو في المناطق التي '
        'يوجد فيها عناصر من القوات الأمريكية.')
    assert (claims[-1].source.type, claims[-1].source.name) == ("named_official", "إريك باهون")


def test_a_spokesperson_named_again_with_the_body_shortened_is_the_holder(auditor):
    # arabic-pool/france24_FR-internationalNews-519-20180319: "الناطق الرسمي باسم الداخلية" after "الناطق الرسمي
    # باسم وزارة الداخلية خليفة الشيباني"
    claims = _claims(
        auditor,
        'وقال الناطق الرسمي باسم وزارة الداخلية خليفة الشيباني في تصريح لقناة نسمة الخاصة إن قوات الأمن '
        '"طاردت مشتبهين إثنين في منطقة بن قردان، وفجر أحدهما نفسه بدون أن يحدث إصابات في صفوف الأمنيين"، '
        'مضيفا "وصلتنا معلومات حول تحركات مشتبهين إثنين في منطقة المقرون قرب المحمية الطبيعية التُوي '
        'التابعة لبن قردان" قرب الحدود مع ليبيا.',
        'وأشار الناطق الرسمي باسم الداخلية "حين توجهت وحدات الحرس الوطني صوبهما وعندما بدأنا نتعامل '
        'معهما، فجر أحدهما نفسه دون أن يصيب قوات الأمن،\xa0 أما الثاني فلا تزال قوات الأمن تتعامل معه وهو '
        'يحمل كلاشنيكوف ويطلق النار".')
    assert (claims[-1].source.type, claims[-1].source.name) == ("named_official", "خليفة الشيباني")


def test_us_officials_known_by_name_are_known_in_arabic_spelling(auditor):
    # rules/people.yaml listed the 2016 field and Congress's leaders in English only: arabic-pool/
    # skynews_SK-internationalNews-1999-20180606 (Senator McCain), arabic-saudi/aawsat_2015-08-02_028 (Jeb Bush,
    # a governor and candidate)
    mccain = _claims(
        auditor,
        "وكان مكين، الذي تعرض للتعذيب بعد أسره، خلال حرب فيتنام قد أصدر بيانا للرد على تأكيد تولي هاسبل "
        "مرشحة، ترامب، منصب مدير وكالة المخابرات المركزية، وانتقدها فيه لأنها لم تشجب التعذيب.")[0]
    bush = _claims(
        auditor,
        "ورد جيب بوش على تصريحات كلينتون بقوله إن «طلب كلينتون إلغاء الحظر ومبادئ الحرية والديمقراطية "
        "للشعب الكوبي مقابل لا شيء، يشكل إهانة لمعاناة العائلات» المتحدرة من كوبا والمقيمة في فلوريدا.")[0]
    assert (mccain.source.type, mccain.source.name) == ("named_official", "John McCain")
    assert (bush.source.type, bush.source.name) == ("named_official", "Jeb Bush")
