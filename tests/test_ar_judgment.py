"""Arabic verbs of judging in the present (cue.ar.judgment: يعتبر، تعتبر، يصنف ...) are spelled like their passive
("يُعتبر": is considered). Active, they name a holder and what it judges (an object, or a clause after أن) and
attribute to the holder, as an opinion verb does; passive, the noun after them is what is judged and its
predicate follows (an indefinite accusative, an elative, من), and nobody is cited. Each case comes from the
tuning pools (../shared/data; the file is named beside it)."""
import pytest


@pytest.fixture(scope="module")
def audit(audit):
    """The last claim's source (conftest's audit gives the report)."""
    return lambda text: audit(text).claims[-1].source


@pytest.mark.parametrize("text, kind, name", [
    # arabic-pool/bbc_BB-middleEast-1034-20180924: a state, then the state it judges
    ("وتعتبر إيران إسرائيل دولة احتلال غير شرعية للأراضي الإسلامية، وقد اتهمتها بمحاولة تقويض الحكومة الإيرانية.",
     "named_organization", "Iran"),
    # arabic-pool/bbc_BB-internationalNews-1193-20181013: two bodies, then the party they class
    ('وتصنف الولايات المتحدة والاتحاد الأوروبي حزب العمال الكردستاني تنظيما "إرهابيا".',
     "named_organization", "United States"),
    # arabic-pool/alarabia_AL-internationalNews-68-20140112: the holder as the topic, the object after the verb
    ("أما الإيرانيون فيعتبرون تجربتهم مع «حزب الله» أهمَّ من الملف النووي في ضرورة الاحتفاظ به!",
     "named_organization", "Iran"),
])
def test_a_holder_judging_an_object_is_the_source(audit, text, kind, name):
    source = audit(text)
    assert (source.type, source.name) == (kind, name)


def test_a_holder_judging_a_clause_is_the_source(audit):
    # arabic-pool/bbc_BB-middleEast-171-20180310: introduced, then judging after أن past a parenthesis
    source = audit("ونقلت وكالة رويترز عن نبيلة حمزة، إحدى المشاركات في التنظيم، إن الرجال أيضا سوف يشاركون في المسيرة. "
                   "وتعتبر نبيلة، وهي من مؤسسي الجمعية التونسية للنساء الديمقراطيات، أن قانون الميراث في تونس "
                   '" عائق كبير أمام النساء".')
    assert (source.type, source.name) == ("named_person", "نبيلة حمزة")


@pytest.mark.parametrize("text", [
    # arabic-pool/bbc_BB-middleEast-1109-20181016: the group is considered an extension (indefinite accusative)
    "وتعتبر الجماعة امتدادا لجماعة جند الله، التي كان يقودها عبد الملك ريغي.",
    # arabic-pool/bbc_BB-internationalNews-1162-20181007: an elative predicate
    "يعتبر الإنتربول أكبر منظمة شرطية في العالم وعدد أعضائه 192 دولة.",
    # arabic-pool/france24_FR-internationalNews-1328-20180519: no lexicon knows the noun judged
    "ويعتبر فستان العروس عنصر التشويق الكبير.",
    # arabic-pool/skynews_SK-internationalNews-1207-20180427: a relative clause, then من
    "ويعتبر بومبيو الذي كان ضابطا في الجيش وعضوا جمهوريا في مجلس النواب الأميركي من الأنصار المخلصين للرئيس.",
    # arabic-pool/france24_FR-internationalNews-417-20180314: the subject first, then من
    "يذكر أن ستيفن هوكينغ يعتبر من أبرز علماء الفيزياء النظرية على مستوى العالم.",
    # arabic-saudi/alyaum_2015-07-31_074: one of, after the verb
    "وتضم خيمة الأسر المنتجة 35 أسرة، وتعتبر إحدى أهم الفعاليات المقامة في المهرجان.",
])
def test_the_passive_of_judging_cites_nobody(audit, text):
    assert audit(text).type == "unattributed"
