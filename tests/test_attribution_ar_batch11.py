"""Arabic sources of the eleventh and twelfth tuned batches' classes (rules/ar/titles.yaml, rules/ar/verbs.yaml):
each case comes from the tuning pools (../shared/data/arabic-pool and arabic-saudi; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, source", [
    # arabic-pool/skynews_SK-internationalNews-3393-20181010
    ("كما قال زعماء الحزب الشيوعي إنهم سيلزمون مسؤولي الحكومة وأعضاء الحزب باعتناق الفكر الماركسي اللينيني.",
     "زعماء الحزب الشيوعي"),
    # arabic-pool/skynews_SK-internationalNews-2015-20180607
    ("وعارض النواب الجمهوريون والديمقراطيون على حد سواء هذه المقترحات، محذرين من أنه إذا لم تكن إيران على استعداد "
     "لتقديم المزيد من التنازلات، فإنه لا ينبغي للولايات المتحدة أن تقدم المزيد.", "النواب الجمهوريون"),
    # arabic-pool/alarabia_AL-internationalNews-1780-20180627
    ('وأقرّ الوزراء الأوروبيون بأن تركيا تظل "شريكا أساسيا" للاتحاد الأوروبي في ملفات عدة.', "الوزراء الأوروبيون"),
])
def test_offices_in_the_plural_without_names_are_unnamed_officials(audit, text, source):
    # LABELLING: unnamed officials are anonymous_official; named_official needs a named person
    claim = audit(text).claims[0]
    assert source in (claim.source.text or "")
    assert claim.source.type == "anonymous_official"
    assert claim.source.name is None


@pytest.mark.parametrize("text, name", [
    # one holder of the same offices stays an office: arabic-pool/cnn_CN-middleEast-77-20180223
    ("أكد نائب رئيس الوزراء التركي هاكان جاويش أوغلو أن بلاده تسعى للتعاون مع السودان.", "هاكان جاويش أوغلو"),
    # arabic-pool/alarabia_AL-internationalNews-1845-20180707
    ("وقال زعيم الحزب الديمقراطي الحر، كريستيان ليندنر، إن الاتفاق ضعيف.", "كريستيان ليندنر"),
])
def test_one_office_holder_is_still_a_named_official(audit, text, name):
    claim = audit(text).claims[0]
    assert claim.source.type == "named_official"
    assert claim.source.name == name


@pytest.mark.parametrize("text, source, kind", [
    # announcing a death is a speech act of its subject: arabic-pool/alarabia_AL-internationalNews-813-20180405
    ('وفي السياق، نعت ميليشيا الحوثي، الخميس، مصرع القيادي البارز في صفوفها العقيد حمدي يحيى المشراقي المكنى "أبو ليث".',
     "ميليشيا الحوثي", "named_organization"),
    # describing as: arabic-pool/alarabia_AL-internationalNews-1073-20180508
    ('ونعت الرئيس الأميركي دونالد ترمب الاتفاق النووي بـ"الكارثي".', "الرئيس الأميركي", "named_official"),
])
def test_announcing_a_death_or_describing_as_is_said_by_its_subject(audit, text, source, kind):
    claim = audit(text).claims[0]
    assert source in (claim.source.text or "")
    assert claim.source.type == kind


@pytest.mark.parametrize("text, source", [
    # arabic-pool/france24_FR-internationalNews-1716-20180608 (after "جنيفير إيغنبرود الباحثة في مركز غودارد")
    ('وأشارت الباحثة إلى أن فوهة غيل "هي مكان مناسب للحياة إن حدث وكانت موجودة فعلا على سطح المريخ".', "الباحثة"),
    # arabic-pool/france24_FR-internationalNews-800-20180419 (after "محامي الرئيس الأمريكي مايكل كوهين")
    ("ويطلب المحامي اليوم استعادة كل ما هو متعلق بسرية المراسلات بين المحامي وزبائنه.", "المحامي"),
    # arabic-pool/bbc_BB-middleEast-57-20180220 (after "كاتب سعودي" ... "محمد السحيمي")
    ("وسخر الكاتب من كثرة عدد المساجد في البلاد قائلا إنه أصبح لكل مواطن مسجد، وهذا يسبب الإزعاج.", "الكاتب"),
    # arabic-saudi/arreyadi_2015-07-21_062 (after "لاعب الرائد عبدالعزيز الجبرين")
    ("كما أفاد اللاعب خلال استجوابه من قبل لجنة الاحتراف أنه اضطر للتواري عن الأنظار.", "اللاعب"),
    # arabic-pool/france24_FR-internationalNews-1425-20180524: his lawyer, someone's own
    ("فيما قال محاميه إنه مارس حقوقه الدستورية فقط.", "محاميه"),
])
def test_a_definite_title_of_a_person_alone_names_one_person(audit, text, source):
    # LABELLING: named_person for a person without office the article identifies;
    # anonymous is for unnamed people ("خبراء"، "باحث في المركز"); no name is invented for it
    claim = audit(text).claims[0]
    assert claim.source.text == source
    assert claim.source.type == "named_person"
    assert claim.source.name is None


@pytest.mark.parametrize("text", [
    # an indefinite title or a group names no one: arabic-saudi/3alyoum_2015-07-31_066
    "وكشف الباحثون أن هذا الاختراق يمكن الهاكر من السيطرة على الهاتف.",
    "وقال باحث في المركز إن الاختراق خطير.",
    "وقالت باحثة في المركز إن الاختراق خطير.",
])
def test_an_indefinite_title_or_a_group_of_people_stays_anonymous(audit, text):
    assert audit(text).claims[0].source.type == "anonymous"


@pytest.mark.parametrize("text, again", [
    # arabic-saudi/sabq_2015-08-06_038: the name runs to five words past the link آل
    ("أدان وزير الخارجية بدولة الإمارات الشيخ عبدالله بن زايد آل نهيان بأشد العبارات الجريمة الإرهابية البشعة.\n"
     "وأكد آل نهيان تضامن دولة الإمارات قيادة وحكومة وشعباً مع المملكة العربية السعودية.", "آل نهيان"),
    # arabic-saudi/alwatan_2015-08-04_098
    ('من جهته، أكد مدير إدارة العيادات الخارجية بمدينة الملك فهد الطبية عوض آل رشيد لـ"الوطن" أن المدينة أطلقت '
     "خدمة عمل العيادات المسائية.\nوبين آل رشيد أن المدينة الطبية طبقت آلية لتحديد العيادات المسائية المساندة.", "آل رشيد"),
])
def test_a_family_name_with_al_named_again_is_the_official_introduced_with_it(audit, text, again):
    # LABELLING: a later surname is the person first introduced with it (an office holder: named_official)
    claim = audit(text).claims[-1]
    assert claim.source.text == again
    assert claim.source.type == "named_official"
    assert again in (claim.source.name or "")


@pytest.mark.parametrize("text, kind", [
    # arabic-pool/alarabia_AL-internationalNews-1824-20180709: the outlet's name in quotation marks
    ('أفاد مراسل قناة "العربية" في #اليمن بمقتل القيادي الحوثي، غالب خرصان، في غارة لطيران التحالف.', "media"),
    # arabic-pool/france24_FR-middleEast-591-20180606: correspondents in the plural
    ("وأفاد مراسلو وكالة الأنباء الفرنسية (فرانس برس) أن نحو 1300 شخص تجمعوا مساء في منطقة الشميساني.", "media"),
    # the same class already read right: arabic-pool/bbc_BB-middleEast-739-20180716
    ("وقال مراسل وكالة فرانس برس إن آلاف المتظاهرين وصلوا إلى حقل الزبير النفطي.", "media"),
    # correspondents of no outlet are people counted: arabic-pool/bbc_BB-middleEast-171-20180310
    ("ويقول مراسلون إنه من المتوقع أن يشارك آلاف النساء التونسيات في المسيرة.", "anonymous"),
    # arabic-pool/alarabia_AL-internationalNews-1962-20180716: the White House is no outlet
    ("وحسب مراسلين للبيت الأبيض، فإن ترمب لم يغادر إلا بعد أن لامست طائرة بوتين أرض المطار.", "anonymous"),
])
def test_correspondents_of_a_named_outlet_speak_for_it(audit, text, kind):
    # LABELLING: media for an outlet; an unnamed correspondent of it is the outlet (docs/attribution.md), unnamed people anonymous
    assert audit(text).claims[0].source.type == kind
