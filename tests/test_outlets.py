"""The outlet of this copy, from the URL (offline), the page metadata or the text."""
from provenance.models import Document


def test_outlet_from_the_url_uses_the_registry(auditor):
    report = auditor.audit(Document(name="t", url="https://www.alarabiya.net/ar/arab-and-world/x.html",
                                    text="وقال الوزير إن المحادثات كانت مثمرة."))
    assert (report.outlet.name, report.outlet.kind, report.outlet.country) == ("Al Arabiya", "private", "SA")


def test_subdomain_of_a_registered_outlet(auditor):
    report = auditor.audit(Document(name="t", url="https://arabic.cnn.com/middle-east/article/x",
                                    text="وقال الوزير إن المحادثات كانت مثمرة."))
    assert report.outlet.domain == "arabic.cnn.com"


def test_unknown_domain_is_reported_as_such(auditor):
    report = auditor.audit(Document(name="t", url="https://news.example.org/a", text="The minister said the talks went well."))
    assert report.outlet.domain == "example.org" and report.outlet.kind is None


# arabic-pool/cnn_CN-middleEast-218-20180308.txt (and 43 more CNN Arabic articles of the pool open with "(CNN)")
CNN_COPY = ("عنوان\n\n"
            "دبي، الإمارات العربية المتحدة (CNN) -- كشفت مصادر عسكرية أمريكية لـCNN أن قوات موالية للنظام السوري "
            "عادت للتجمع من جديد.\n"
            "وقال الناطق باسم وزارة الدفاع الأمريكية، الرائد آدريان رانكين غالاوي لـCNN: \"رغم أننا لا نرغب في وقوع "
            "مواجهة مع قوات النظام، فلن نتردد في الدفاع عن أنفسنا\".\n")


def test_a_text_s_own_dateline_names_its_outlet_and_what_was_told_to_it_is_no_relay(auditor):
    """A text without its address: the outlet in the dateline that opens the body wrote it, so a source that
    spoke to that outlet reached the reader through no relay (LABELLING: an interview, not a relay)."""
    report = auditor.audit(Document(name="t", text=CNN_COPY))
    assert (report.outlet.name, report.outlet.rule) == ("CNN", "outlet.dateline")
    assert [[v.type for v in c.via] for c in report.claims] == [[], []]


def test_a_wire_s_dateline_does_not_name_the_copy_s_outlet(auditor):
    """arabic-pool and PolNeAR copies open with "(AP)", "(UPI)", "(رويترز)": the agency wrote the story, the
    copy's publisher stays unknown."""
    report = auditor.audit(Document(name="t", text="Title\n\nWASHINGTON (AP) - The senator said on Monday that "
                                                   "the bill would pass.\n"))
    assert report.outlet.name is None and [(w.agency, w.role) for w in report.wires] == [("AP", "dateline")]


def test_a_copy_with_its_own_address_keeps_that_outlet_whatever_its_dateline_says(auditor):
    """A blog republishing a CNN story is the blog's copy: the dateline names the outlet only for a text
    without its address."""
    report = auditor.audit(Document(name="t", url="https://some-blog.example.org/copy/1", text=CNN_COPY))
    assert (report.outlet.domain, report.outlet.rule) == ("example.org", "outlet.unregistered")
