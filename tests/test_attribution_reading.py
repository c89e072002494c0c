"""One sentence as attribution reads it (provenance/attribution/reading.py): spans taken back to the article's
own characters."""
from provenance.models import Document


def test_a_span_keeps_the_case_ending_normalising_deleted(auditor):
    # arabic-saudi/almadina_2015-07-22_083: "يبدي تفاعلاً مع هذا الحدث": the tanween after the last letter shows an
    # indefinite noun, the verb's object; cut off, "تفاعلا" was read as a person's name
    text = ("ولم أسمع أحدًا داخل التجمّعات من مختلف الأطياف، يبدي تفاعلاً مع هذا الحدث، أو يقترب من الحديث فيه.\n"
            "الناس في مدينة كجدة مثلاً يتكلّمون عن مشكلات، تحدّثوا عنها قبل أربعين سنة.")
    claims = auditor.audit(Document(name="t", text=text)).claims
    assert [c.source.type for c in claims] == ["unattributed", "unattributed"]
    assert all(c.source.name is None for c in claims)
