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
