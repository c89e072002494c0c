"""Wire agencies by role, and intelligence sourcing by country."""
from provenance.models import Document


def test_english_dateline_credit(auditor):
    report = auditor.audit(Document(name="t", text="WASHINGTON (Reuters) - The White House said on Monday it would act."))
    assert [(w.agency, w.role, w.kind) for w in report.wires] == [("Reuters", "dateline", "wire")]


def test_arabic_spellings_map_to_canonical_agencies(auditor):
    report = auditor.audit(Document(name="t", text="وقال الوزير لوكالة فرانس برس إن الاتفاق قريب، وفق ما نقلت يونهاب."))
    assert {w.agency for w in report.wires} == {"AFP", "Yonhap"}


def test_state_agency_is_a_state_wire(auditor):
    report = auditor.audit(Document(name="t", text="وقالت وكالة الأنباء المركزية الكورية إن التجربة نجحت."))
    assert [(w.agency, w.kind, w.role) for w in report.wires] == [("KCNA", "state", "cited")]


def test_intelligence_with_its_country(auditor):
    report = auditor.audit(Document(name="t", text="Ukrainian officials said U.S. intelligence had warned them."))
    assert [(i.country, i.named) for i in report.intelligence] == [("US", False)]
    report = auditor.audit(Document(name="t", text="وقال جهاز المخابرات الوطني في كوريا الجنوبية إن الجنود وصلوا."))
    assert report.intelligence[0].named and report.intelligence[0].country == "KR"


# Real datelines and credits (tests/data/pages, origins in its README).
from pathlib import Path  # noqa: E402

PAGES = Path(__file__).parent / "data" / "pages"


def audit_page(auditor, name):
    return auditor.audit(Document(name=name, text=(PAGES / name).read_text(encoding="utf-8")))


def test_an_outlet_dateline_is_metadata_of_the_first_sentence_not_its_source(auditor):
    # cnn_CN-middleEast-1258-20180819.txt opens "دبي، الإمارات العربية المتحدة (CNN)—علّقت السفارة اليمنية ..."
    report = audit_page(auditor, "cnn_CN-middleEast-1258-20180819.txt")
    assert report.dateline is not None
    assert (report.dateline.text, report.dateline.outlet, report.dateline.wire) == \
        ("دبي، الإمارات العربية المتحدة (CNN)—", "CNN", False)
    first = report.claims[0]
    assert first.text.startswith("علّقت السفارة اليمنية في أمريكا")
    assert report.body[first.start:first.end] == first.text
    assert not report.wires or all(w.agency != "CNN" for w in report.wires)


def test_the_place_in_a_dateline_never_speaks(auditor):
    # the country of the place ("الإمارات العربية المتحدة") was taken for the speaker of the first sentence
    text = ("خارجية إيران تنصح البحرين\n\nدبي، الإمارات العربية المتحدة (CNN)— رد بهرام قاسمي، المتحدث باسم "
            "وزارة الخارجية الإيرانية، على بيان البحرين، واصفا إياه بأنه \"مكرر\".\nوتابع قاسمي أن بلاده لا تتدخل.")
    report = auditor.audit(Document(name="cnn_CN-middleEast-166-20180304.txt", text=text))
    assert "الإمارات" not in (report.claims[0].source.text or "")
    assert report.dateline.place == "دبي، الإمارات العربية المتحدة"


def test_a_dateline_alone_on_its_line_is_no_claim(auditor):
    report = auditor.audit(Document(name="t", text="Title of the story\n\nWASHINGTON (AP) —\n\nThe White House said on Monday it would act."))
    assert [c.text for c in report.claims] == ["The White House said on Monday it would act."]
    assert [(w.agency, w.role) for w in report.wires] == [("AP", "dateline")]


def test_wires_in_removed_dateline_and_credit_lines(auditor):
    # was_2015-08-10_026.txt: the SPA dateline line is boilerplate, yet SPA is the wire behind the story
    report = audit_page(auditor, "was_2015-08-10_026.txt")
    assert [(w.agency, w.role) for w in report.wires] == [("SPA", "dateline")]
    # france24_FR-middleEast-276-20180414.txt ends "فرانس24/ أ ف ب": AFP is credited
    report = audit_page(auditor, "france24_FR-middleEast-276-20180414.txt")
    assert ("AFP", "credit") in {(w.agency, w.role) for w in report.wires}
