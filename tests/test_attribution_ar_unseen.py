"""Arabic source types by class, from the errors of articles labelled by someone who never saw the tool's
output (tests/devset/arabic-tuned, the sixteen added in session 23): each case is a real sentence of the
pools (../shared/data/arabic-pool, arabic-saudi, arabic-unlabelled; the file is named beside it)."""
import pytest


@pytest.fixture(scope="module")
def audit(audit):
    """Here the text's first claim (conftest.py's audit gives the report)."""
    return lambda text: audit(text).claims[0]


@pytest.mark.parametrize("text", [
    # arabic-unlabelled/france24_FR-middleEast-639-20180617
    "وأظهرت استطلاعات للرأي بعد القبض عليه أن غالبية الإسرائيليين لا يريدون محاكمته عسكريا.",
    # arabic-pool/bbc_BB-internationalNews-303-20180406
    "وتتوقع استطلاعات الرأي أن يفوز لولا بسهولة في الانتخابات الرئاسية المقبلة.",
])
def test_polls_in_the_plural_are_a_document(audit, text):
    # LABELLING: a poll is a document ("the poll found"); its plural is no person's name
    assert audit(text).source.type == "document"


@pytest.mark.parametrize("text", [
    # arabic-unlabelled/skynews_SK-middleEast-1691-20180514: tightened the penalties, no clause is said
    "وشددت الأردن اعتبارا من مطلع العام الماضي العقوبات التي يفرضها على المروجين للأفكار الإرهابية أو الذين "
    "يحاولون الالتحاق بالتنظيمات المتطرفة.",
    # arabic-pool/france24_FR-internationalNews-864-20180423 (twice in the article)
    "ويشدد مشروع القانون قواعد اللجوء وصوت لصالحه 228 نائبا بينما عارضه 139 نائبا آخرين وامتنع 24 نائبا عن التصويت.",
    "وافقت الجمعية الوطنية الفرنسية بأغلبية كبيرة يوم الأحد على مشروع قانون يشدد قواعد اللجوء بعد مناقشات حامية "
    "تسببت في أول تصدعات داخل حركة الرئيس إيمانويل ماكرون.",
])
def test_shaddada_with_an_object_tightens_and_says_nothing(audit, text):
    # شدد is "stressed" before على or what was said, "tightened" before a plain object (LABELLING: plain
    # actions are narration)
    claim = audit(text)
    assert claim.source.type == "unattributed" and claim.cue is None


@pytest.mark.parametrize("text, source", [
    # arabic-unlabelled/skynews_SK-internationalNews-232-20180309: أن after a word of time
    ("وشدد المفوض السامي الجمعة أن \"هذه الهجمات لا يمكن أن تظل دون رد\".", "المفوض السامي"),
    # arabic-pool/alarabia_AL-internationalNews-470-20180315
    ("إلى ذلك، شدد المندوب البريطاني أن بلاده لم تحصل على أي رد روسي حول وصول المادة السامة لبريطانيا.",
     "المندوب البريطاني"),
    # arabic-unlabelled/cnn_CN-internationalNews-651-20181006: على after a subject of five words
    ("وشددت السيدة الأولى في أمريكا على أن الأهم في هذا الأمر هو أن تعبر عن رأيها.", "السيدة الأولى"),
])
def test_shaddada_before_what_was_said_stresses(audit, text, source):
    claim = audit(text)
    assert (claim.source.text or "").startswith(source) and claim.source.type != "unattributed"
