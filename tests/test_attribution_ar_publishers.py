"""Arabic bodies, outlets and unnamed people who put something before the public: publishing verbs
(cue.ar.published, cue.ar.circulated) and their subjects. Each case comes from the tuning pools (../shared/data; the file is named
beside it)."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(audit):
    """The first claim's source (conftest's audit gives the report)."""
    return lambda text: audit(text).claims[0].source


@pytest.mark.parametrize("text, kind, span", [
    # arabic-pool/skynews_SK-middleEast-842-20180408: documenting, by a monitor
    ("ووثق المرصد السوري السبت مقتل 42 مدنيا جراء القصف الجوي على دوما.", "named_organization", "المرصد السوري"),
    # arabic-pool/alarabia_AL-internationalNews-1962-20180716: circulating, by outlets
    ("تداولت وسائل الإعلام العالمية صورة غير تقليدية للرئيس الروسي فلاديمير #بوتين وهو يدخل القصر الرئاسي.",
     "media", "وسائل الإعلام العالمية"),
    # arabic-pool/alarabia_AL-internationalNews-180-20180224: leaking, by unnamed activists
    ("وسرب #ناشطون يمنيون، تعميما أصدره إبراهيم أحمد الحوثي، المعين من قبل الميليشيات وكيلا للرقابة على البنوك.",
     "anonymous", "#ناشطون يمنيون"),
])
def test_documenting_circulating_and_leaking_publish(audit, text, kind, span):
    # cue.ar.published, cue.ar.circulated: what a body or an outlet documents, or unnamed people circulate or leak, rests on them
    source = audit(text)
    assert (source.type, source.text) == (kind, span)


@pytest.mark.parametrize("text", [
    # arabic-saudi/alyaum_2015-08-02_*: a leak of oil is no leaking of a document ("وتسرب النفط")
    "وتسرب النفط من الناقلة بعد مغادرتها الميناء.",
    # a squadron (سرب) of aircraft is no leak
    "وحلق سرب من الطائرات الحربية فوق المدينة.",
])
def test_a_leak_of_matter_and_a_squadron_are_no_publishing(audit, text):
    assert audit(text).type == "unattributed"


@pytest.mark.parametrize("text, span", [
    # arabic-pool/france24_FR-middleEast-797-20180720: a report issued by a body
    ('والأسبوع الفائت، أصدرت منظمة العفو الدولية تقريرا يدعو للتحقيق في شبكة سجون سرية في جنوب اليمن قالت إنها '
     'تشهد "انتهاكات فظيعة".', "منظمة العفو الدولية"),
    # arabic-pool/alarabia_AL-internationalNews-180-20180224: a circular issued, the issuer far from it
    ("أصدرت #ميليشيات_الحوثي عبر البنك المركزي اليمني الخاضع لسيطرتها في العاصمة #صنعاء، تعميما للجهات المالية "
     "والمصرفية في مناطق سيطرتها بعدم التعامل مع (697) شركة ورجل أعمال.", "#ميليشيات_الحوثي"),
    # arabic-pool/skynews_SK-internationalNews-697-20180331: footage shown by a ministry
    ("والجمعة، عرضت وزارة الدفاع الروسية مقطع فيديو يظهر اختبار صاروخ بالستي عابر للقارات، يستطيع حمل 20 رأسا "
     "نوويا.", "وزارة الدفاع الروسية"),
])
def test_a_body_issuing_a_report_or_showing_footage_is_the_source(audit, text, span):
    # cue.ar.light_verb: issuing a report or a circular, showing footage; what it holds rests on its issuer
    source = audit(text)
    assert (source.type, source.text) == ("named_organization", span)


def test_footage_shown_is_the_shower_s_not_the_verb_of_its_relative_clause(auditor):
    # bbc_BB-internationalNews-131-20180311 (test_attribution_arabic.py held it narration before cue.ar.light_verb
    # knew showing footage): the source is the ministry, by عرضت, not "لقطات مصورة" by the relative تظهر
    claim = auditor.audit(Document(name="t", text="وعرضت وزارة الدفاع الروسية لقطات مصورة تظهر عملية انفصال الصاروخ "
                                                  "من طائرة مقاتلة طراز ميغ-31.")).claims[0]
    assert (claim.source.text, claim.cue) == ("وزارة الدفاع الروسية", "وعرضت")


@pytest.mark.parametrize("text", [
    # an offer is no showing ("عرضت الحكومة"), nor a decision issued a statement
    "وعرضت الحكومة على المعارضة مقاعد في البرلمان.",
    "وأصدرت المحكمة حكما بسجن المتهم عشر سنوات.",
])
def test_offering_and_issuing_a_verdict_are_no_reports(audit, text):
    assert audit(text).type == "unattributed"


@pytest.mark.parametrize("text, span", [
    # arabic-pool/bbc_BB-internationalNews-712-20180628
    ('قالت شركة "لافارج هولسيم"، عملاق صناعة الإسمنت، إنه يجري تحقيق رسمي مع فرعها في فرنسا.',
     'شركة "لافارج هولسيم"'),
    # arabic-pool/france24_FR-internationalNews-1214-20180513
    ('وأعلن تنظيم "الدولة الإسلامية" مسؤوليته عن الهجوم بسكين في وسط باريس في وقت متأخر السبت.',
     'تنظيم "الدولة الإسلامية"'),
    # arabic-pool/france24_FR-internationalNews-2678-20180812
    ('وأحصت هيئة "كالفاير" صباح الجمعة تسعة حرائق فيما تخشى هيئات الأرصاد الجوية اندلاع النيران.',
     'هيئة "كالفاير"'),
])
def test_a_body_s_quoted_name_belongs_to_its_span(audit, text, span):
    # closed.ar.body_head: as after a noun of media (صحيفة "نيويورك تايمز"), a quoted name after the noun of a body is its name
    source = audit(text)
    assert (source.type, source.text) == ("named_organization", span)


def test_two_outlets_publishing_take_the_dual(audit):
    # arabic-saudi/arreyadi_2015-07-21_010: publishing verbs inflect as verbs of speech do (+ت +وا +ا +تا)
    source = audit("وكان موقع صحيفة (مورجن بوست) الألمانية الشهيرة وصحيفة (جازيتا سوبرتوريلور) الرومانية الرياضية قد "
                   "نشرا في الفترة ذاتها تقاريراً شبيهة عن الحادثة.")
    assert source.type == "media" and source.text.startswith("موقع صحيفة (مورجن بوست)")


@pytest.mark.parametrize("text, span", [
    # arabic-pool/alarabia_AL-internationalNews-1962-20180716
    ("وربطت تقارير إعلامية بين هيئة الرئيس الروسي المتعجلة ومحاولته استكمال ارتداء ملابسه.", "تقارير إعلامية"),
    # arabic-unlabelled/france24_FR-internationalNews-680-20180411 (a press review)
    ("سلطت الصحف الضوء على ظهور الرئيس الجزائري عبد العزيز بوتفليقة أول أمس.", "الصحف"),
    ("الصحف ربطت ظهوره باستعداده للترشح لولاية رئاسية خامسة.", "الصحف"),
    # arabic-saudi/alwatan_2015-07-22_059
    ("وطرحت وسائل الإعلام العالمية أسماء أخرى للرئاسة.", "وسائل الإعلام العالمية"),
    # the light shed ends the outlet's name (closed.ar.press_light)
    ("وسلطت وكالة رويترز الضوء على الأزمة.", "وكالة رويترز"),
])
def test_what_the_press_takes_up_rests_on_it(audit, text, span):
    # cue.ar.covered: linking, shedding light, putting forward by the press (LABELLING: media)
    source = audit(text)
    assert (source.type, source.text) == ("media", span)


@pytest.mark.parametrize("text", [
    # arabic-pool/france24_FR-middleEast-591-20180606: tying one's head, no coverage
    "وربطت المحامية رأسها بكوفية باللونين الأحمر والأبيض.",
    "وربطت الحكومة بين الأمرين في قرارها.",
    "وطرحت الشركة منتجا جديدا في الأسواق.",
    # a noun of media that names other things too, heading no outlet's name (closed.ar.media_head.other_sense):
    # a grid, a road network, a ministry's site, social media link and focus; no pool instance was found
    "وربطت شبكة الكهرباء الجديدة بين المدن الثلاث.",
    "وربطت شبكة الطرق السريعة بين العاصمة والموانئ.",
    "وركز موقع الوزارة على الخدمات الإلكترونية.",
    "ويهتم موقع التواصل الاجتماعي بحماية الخصوصية.",
])
def test_the_verbs_of_coverage_with_any_other_subject_are_acts(audit, text):
    assert audit(text).type == "unattributed"


@pytest.mark.parametrize("text, span", [
    ("وركز موقع بي بي سي على الأزمة.", "موقع بي بي سي"),  # an outlet's name after the noun
    ("وسلطت القناة الضوء على الأزمة.", "القناة"),  # the channel cited before
])
def test_a_noun_of_media_with_other_senses_is_the_press_before_an_outlets_name_or_alone(audit, text, span):
    source = audit(text)
    assert (source.type, source.text) == ("media", span)
