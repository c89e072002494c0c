"""An outlet that puts out what someone said relays them (lang/ar.py published_speaker, attr.relay.published;
closed.ar.relayed_speech). Each case comes from the tuning pools or the seeds (../shared/data; the file is named
beside it)."""
import pytest


@pytest.mark.parametrize("text, source, relay", [
    # arabic-saudi/arreyadi_2015-07-21_010: a statement after ل
    ("وفي تاريخ 7 فبراير من العام 2013، نشر موقع (فوكوس) الألماني تصريحاً لرئيس نادي كوتبوس كريستيان بيك الذي أعلن "
     "عن تفاجئه من الحديث الدائر في رومانيا.", "رئيس نادي كوتبوس كريستيان بيك", "media"),
    # arabic-pool/cnn_CN-middleEast-145-20180302: positions in construct with their speaker
    ("وكالة \"تسنيم\" الإيرانية شبه الرسمية أوردت مواقف خامنئي التي أدلى بها خلال استقباله وزير الأوقاف السوري.",
     "خامنئي", "state_media"),
])
def test_an_outlet_putting_out_a_statement_relays_its_speaker(audit, text, source, relay):
    claim = audit("عنوان\n\n" + text + "\n").claims[-1]
    assert claim.source.text == source, claim.reasons
    assert [v.type for v in claim.via] == [relay]
    assert "attr.relay.published" in claim.reasons


@pytest.mark.parametrize("text", [
    # arabic-pool/aljazirah_2015-07-22_082: pictures are the outlet's own
    "ونشرت الصحف التركية أمس الثلاثاء على صفحاتها الأولى صور جثث الضحايا تغطيها الدماء.",
    # arabic-pool/france24_FR-internationalNews-717-20180413: a report, no one's statement
    "وكانت صحيفة \"داغنز نيهيتر\" قد نشرت تقريرا عن الأكاديمية السويدية.",
    # seeds/003_1737d019b6254664: the statement put out, with nothing of what it said, is the paper's news
    "ونشرت صحيفة \"بيونج يانج تايمز\" تصريح الزعيم الكوري الشمالي.",
])
def test_what_an_outlet_puts_out_of_its_own_stays_with_it(audit, text):
    claim = audit("عنوان\n\n" + text + "\n").claims[-1]
    assert claim.source.type in ("media", "state_media")
    assert claim.via == []


def test_the_speaker_first_heard_alone_goes_on_without_the_outlet_that_put_out_one_statement(audit):
    # arabic-pool/cnn_CN-middleEast-145-20180302: Khamenei spoke first with no relay; Tasnim put out his positions
    claims = audit("عنوان\n\nقال المرشد الإيراني، علي خامنئي، إن سوريا اليوم \"في الخط الأول\".\n"
                   "وكالة \"تسنيم\" الإيرانية شبه الرسمية أوردت مواقف خامنئي التي أدلى بها خلال استقباله وزير الأوقاف "
                   "السوري.\n"
                   "واعتبر خامنئي أن الدعم الذي تقدمه بلاده لسوريا هو في مواجهة \"أعداء الإسلام،\" وفق قوله.\n").claims
    assert claims[0].source.text == "المرشد الإيراني، علي خامنئي"
    assert [v.type for v in claims[1].via] == ["state_media"]
    assert claims[2].source.type == "named_official"
    assert claims[2].via == [], claims[2].reasons

