"""Arabic chiefs of a body of officials ("كبير المتحدثين باسم": title.ar.chief_of_officials; "كبير مسؤولي الطوارئ":
src.ar.official_plural): "كبير" with the plural of an office in construct is an office of its own, the head of those
officials; its holder is a named official. Each case comes from the tuning pools (../shared/data; the file is named
beside it)."""
import pytest


@pytest.fixture(scope="module")
def audit(audit):
    """The first claim's source (conftest's audit gives the report)."""
    return lambda text: audit(text).claims[0].source


@pytest.mark.parametrize("text, name", [
    # arabic-pool/cnn_CN-middleEast-1308-20180907: the name, then the office after a comma
    ('وقال وليام أوربان، كبير المتحدثين باسم القيادة المركزية: "ستثبت قواتنا القدرة على الانتشار السريع".',
     "وليام أوربان"),
    # arabic-pool/skynews_SK-internationalNews-3418-20181011: the office, then the name
    ("وخلال إطلاع الرئيس دونالد ترامب في البيت الأبيض على آخر المستجدات، قال كبير مسؤولي الطوارئ بروك لونغ إن "
     "مايكل أعنف إعصار يضرب المنطقة منذ 1851.", "لونغ"),
])
def test_a_chief_of_officials_is_a_named_official(audit, text, name):
    source = audit(text)
    assert source.type == "named_official" and name in source.name


@pytest.mark.parametrize("text", [
    "وقال كبير الأمناء إن اللوحة أصلية.",  # a museum's chief curator
    "وقال كبير مساعدي المدرب إن الفريق جاهز.",  # a coach's first assistant
    "وقال كبير المدعين إن الشركة خدعتهم.",  # the lead plaintiff
])
def test_a_chief_of_no_office_is_no_official(audit, text):
    assert "title.ar.chief_of_officials" not in audit(text).rules
