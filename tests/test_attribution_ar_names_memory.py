"""Arabic names (session 44, branch ar-type): a European family name's particle inside a name
(closed.ar.name_particle in chunker.py ArabicNames.run), so that the holder of an office named with it is
remembered by the family name. Each case names the pool file (../shared/data) it comes from."""
import pytest


@pytest.mark.parametrize("span, name", [
    # arabic-pool/bbc_BB-internationalNews-40-20180219 ("مدير عملياتها في هاييتي، رونالد فان هورميرن،")
    ("رونالد فان هورميرن", ["رونالد", "فان", "هورميرن"]),
    # arabic-pool/france24_FR-internationalNews-287-20180306 ("وكان لويجي دي مايو زعيم حركة "خمس نجوم"")
    ("لويجي دي مايو", ["لويجي", "دي", "مايو"]),
    # arabic-pool/france24_FR-internationalNews-2083-20180630 ("فأشرك الثنائي أنخل دي ماريا")
    ("أنخل دي ماريا", ["أنخل", "دي", "ماريا"]),
])
def test_a_family_names_particle_is_part_of_the_name(auditor, span, name):
    assert auditor.attributor.typer.name_tokens(span) == name


def test_an_office_holder_named_with_a_particle_is_remembered_by_the_family_name(audit):
    # bbc_BB-internationalNews-40-20180219, its office's place left out (هاييتي is no spelling countries.yaml has)
    text = ("وقالت المنظمة في تقريرها إن مدير عملياتها، رونالد فان هورميرن، أقر بذلك. "
            "ونفى هورميرن الأسبوع الماضي دفعه أموالا.")
    claim = audit(text).claims[-1]
    assert claim.source.type == "named_official" and claim.source.name == "رونالد فان هورميرن"
    assert "src.memory" in claim.source.rules


@pytest.mark.parametrize("text, source", [
    # فان is فإن after a comma or before a noun with the article: no name goes on through it
    ("وقال الوزير إن الأمر صعب، فان الحكومة ستدرس ذلك.", "الوزير"),
    ("وقال محمد فان الحكومة ستدرس ذلك.", "محمد"),
])
def test_fan_before_a_noun_is_no_particle(audit, text, source):
    assert audit(text).claims[0].source.text == source


@pytest.mark.parametrize("span, name", [
    # review of session 44 (/tmp/s44/rev_ar p3, p4): فإن, Egyptian "this" and a verb's object named with a particle
    ("محمد فان الحكومة", ["محمد"]),
    ("خالد فان قرارا", ["خالد"]),
    ("أحمد دي حاجة تانية", ["أحمد"]),
    ("سيرغي لافروف دي ميستورا", ["سيرغي", "لافروف"]),
    ("لافروف دي ميستورا", ["لافروف"]),
    ("بوتين دي ميستورا", ["بوتين"]),
    # the gazetteer joins its own name (person.de_mistura)
    ("ستافان دي ميستورا", ["ستافان", "دي", "ميستورا"]),
])
def test_no_particle_joins_a_noun_or_the_next_persons_name(auditor, span, name):
    assert auditor.attributor.typer.name_tokens(span) == name


def test_a_verbs_object_named_with_a_particle_is_not_remembered_as_its_subject(audit):
    text = ("وأبلغ وزير الخارجية الروسي سيرغي لافروف دي ميستورا أن روسيا تدعم الحل. "
            "وقال دي ميستورا إن المفاوضات ستستأنف.")
    claim = audit(text).claims[-1]
    assert (claim.source.type, claim.source.text) == ("named_official", "دي ميستورا")
    assert "person.de_mistura" in claim.source.rules
