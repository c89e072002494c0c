"""Arabic sentences whose source the tool missed (session 29, branch ar-miss): verbs and idioms of speech and
opinion no lexicon held. Each case names the pool file (../shared/data) it comes from."""
import pytest


@pytest.mark.parametrize("text, source", [
    # arabic-saudi/arreyadi_2015-07-21_075: going to the view that
    ("ترك كلام الأمير تساؤلات بين أوساط الجماهير، حيث ذهب البعض أن اللاعب نواف العابد كان أول المعارضين.", "البعض"),
    ("وذهبت أنظار البعض إلى أن قائد الفريق ياسر القحطاني كان من المعارضين أيضاً.", "أنظار البعض"),
    # arabic-pool/skynews_SK-internationalNews-1461-20180509: regarding something as
    ("وينظر كثيرون  للإفراج عن الأميركيين الثلاثة على أنها جزء من مبادرات من زعيم كوريا الشمالية.", "كثيرون"),
])
def test_a_view_held_by_people_named_is_theirs(audit, text, source):
    # cue.ar.view: an opinion (family opinion) whose holder is named
    claim = audit(text).claims[0]
    assert (claim.source.type, claim.source.text) == ("anonymous", source)
    assert "cue.ar.view" in claim.reasons


@pytest.mark.parametrize("text", [
    "وذهب إلى أن الوضع خطير.",  # no holder named: nobody's opinion, as "يعتقد أن"
    "ذهب الوزير إلى المستشفى لزيارة الجرحى.",  # going somewhere
    "وتنظر المحكمة في الطعن الأسبوع المقبل، على أن تصدر حكمها لاحقا.",  # hearing a case; على أن, provided that
    # review of session 29: أن after بعد or قبل, a place after إلى, ل on no article, على أن with no pronoun
    "وذهبت الشرطة إلى المنزل بعد أن تلقت بلاغا.",
    "وذهب الوفد إلى القاهرة قبل أن يعود إلى بيروت.",
    "تنظر المحكمة الأسبوع المقبل في طلب لإخلاء سبيله على أن تصدر حكمها في مارس.",
    "وتنظر المحكمة في القضية لمدة أسبوع على أن تصدر حكمها بعد ذلك.",
    "وينظر الكونغرس في مشروع القرار لفرض عقوبات جديدة على أن يصوت عليه الأسبوع المقبل.",
    "وتنظر اللجنة في الطلبات لتعديل الدستور على أن ترفع توصياتها إلى البرلمان.",
])
def test_going_and_looking_without_a_view_attribute_nothing(audit, text):
    assert audit(text).claims[0].source.type == "unattributed"


@pytest.mark.parametrize("text, source", [
    # arabic-pool/cnn_CN-middleEast-145-20180302: the speaker of the sentence before goes on
    ('وقال خامنئي إن بلاده تدعم سوريا. كما تطرق إلى قضية الوحدة الإسلامية قائلا: "نحن لانقبل ذلك".', "خامنئي"),
    # arabic-pool/france24_FR-middleEast-180-20180319
    ('وتطرق محمد بن سلمان إلى عملية "التطهير" التي استهدفت العديد من الأمراء.', "محمد بن سلمان"),
])
def test_touching_on_a_matter_is_speech(audit, text, source):
    # cue.ar.touch_on: kin of talking about (تحدث عن)
    claim = audit(text).claims[-1]
    assert (claim.source.type, claim.source.text) == ("named_official", source)
    assert "cue.ar.touch_on" in claim.reasons


def test_extolling_is_praise(audit):
    # arabic-pool/bbc_BB-internationalNews-78-20180301; cue.ar.extol completes cue.ar.praise (أشاد، أثنى)
    claim = audit("وامتدح القائد الأعلى في إيران، علي خامنئي، اللاعب في بيان نشر في ديسمبر.").claims[0]
    # the known name after the office's comma is its holder's (lang/ar_subjects.py _name_after), as the labels have it
    assert (claim.source.type, claim.source.text) == ("named_official", "القائد الأعلى في إيران، علي خامنئي")
    assert "cue.ar.extol" in claim.reasons


@pytest.mark.parametrize("text", [
    # review of session 29: أطرت is also أطّرت, framed
    "وأطرت الحكومة عملها الجديد بقانون خاص.",
    "وأطروا مطالبهم في إطار قانوني واضح.",
])
def test_framing_is_no_praise(audit, text):
    # cue.ar.extol lists أطرى and its present, not the past forms spelled as أطّر
    claim = audit(text).claims[0]
    assert claim.source.type == "unattributed"
    assert "cue.ar.extol" not in claim.reasons
