"""An Arabic office set off after its holder's name (session 30, branch ar-apposition): the name is an official's, at
its first mention and when the article names the person again (src.ar.appositive_office). Each case names the pool
file (../shared/data) it comes from."""
import pytest


@pytest.mark.parametrize("text, name", [
    # arabic-pool/france24_FR-internationalNews-864-20180423: the pronoun of an aside between the comma and the office
    ("وصوت جان ميشيل كليمنت، وهو عضو في حركة ماكرون، ضد مشروع القانون وقال إنه سيخالف الأغلبية. "
     "وقال كليمنت إن القانون سيء.", "كليمنت"),
    # arabic-pool/bbc_BB-middleEast-898-20180817: a trade the office is joined to by و; she holds the office too
    ("وتقول دوزان تيكال، الناشطة ومؤسسة منظمة هاوار هيلب المدافعة عن حقوق الإيزيديين ومقرها في برلين، إنها "
     "سمعت عدة حالات مشابهة. وأضافت تيكال أن الحالات كثيرة.", "تيكال"),
    # arabic-pool/bbc_BB-internationalNews-540-20180521: the name before the comma, not one in the office's complement
    ("واتصل هذا المخبر بجورج بابادوبولوس، مستشار السياسة الخارجية السابق في حملة ترامب، وكارتر بيج. "
     "وأقر بابادوبولوس بأنه كذب على المكتب.", "بابادوبولوس"),
])
def test_an_office_set_off_after_a_name_makes_it_an_officials(audit, text, name):
    claim = audit(text).claims[-1]
    assert name in claim.source.text
    assert claim.source.type == "named_official"
    assert "src.ar.appositive_office" in claim.reasons


@pytest.mark.parametrize("text", [
    # arabic-pool/cnn_CN-middleEast-1451-20181009: a trade after the aside holds no office
    "وكتب جمال خاشقجي، وهو كاتب بصحيفة \"واشنطن بوست\" الأمريكية، مقالا. وقال خاشقجي إن الأمر خطير.",
    # arabic-unlabelled/cnn_CN-internationalNews-520-20180817: two trades joined by و hold no office
    "قال فريد زكريا، المحلل السياسي ومقدم برنامج GPS على شبكة CNN إن العقوبات لها تأثير. وأضاف زكريا أن الأمر خطير.",
])
def test_a_trade_set_off_after_a_name_holds_no_office(audit, text):
    claim = audit(text).claims[-1]
    assert claim.source.type == "named_person"


def test_the_aside_follows_the_name_and_its_comma_only(audit):
    # no comma before the pronoun: a clause of its own ("وهو عضو" is no apposition to the name)
    claim = audit("وقال جان ميشيل كليمنت وهو عضو في حركة ماكرون إن القانون سيء. وأضاف كليمنت أن الأمر خطير.").claims[-1]
    assert "src.ar.appositive_office" not in claim.reasons


def test_an_office_joined_by_wa_after_the_comma_is_the_next_of_a_list(audit):
    # the list of arabic-unlabelled/cnn_CN-internationalNews-567-20180906 ("مايك بنس، ووزير الخارجية الأمريكي مايك
    # بومبيو") and arabic-saudi/alriyadh_2015-07-31_045 ("الأمير محمد بن نايف بن عبدالعزيز، وصاحب السمو الملكي"):
    # the name before the comma holds no office of the next item
    claim = audit("وحضر اللقاء الكاتب الصحفي أحمد الشمري، ورئيس الجمعية محمد العتيبي. "
                  "وقال الشمري إن اللقاء كان مهما.").claims[-1]
    assert "src.ar.appositive_office" not in claim.reasons
    assert claim.source.name != "أحمد الشمري"
