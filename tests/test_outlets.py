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
