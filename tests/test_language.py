"""Language detection, and what an audit does with a language that has no attribution rules."""
import sqlite3

from provenance.gate.check import GateRun, load_policy, run_gate
from provenance.gate.formats import render
from provenance.models import Document
from provenance.outputs.export import export
from provenance.text.language import has_attribution_rules

# rtl.de-lockdown.html (trafilatura's evaluation pages): its headline and first paragraphs as extracted
GERMAN = """Medienbericht: Corona-Lockdown steht vor 4-wöchiger Verlängerung

Das vorübergehende Astrazeneca-Aus in Deutschland sorgt für ein Erdbeben und bringt die ganze Impfstrategie der Bundesregierung heftig ins Wackeln. Mehrere Bundesländer zapfen bereits die Impfstoff-Reserven an, um das Tempo einigermaßen zu halten. Laut einem Medienbericht droht ein weiterer Lockdown.

Wie der "Business Insider" unter Berufung auf Regierungskreise berichtet, soll der geplante vierte Öffnungsschritt bundesweit ausgesetzt werden – und das möglicherweise für weitere vier Wochen.
"""


def test_only_arabic_and_english_have_attribution_rules(auditor):
    assert has_attribution_rules("ar", auditor.rules) and has_attribution_rules("en", auditor.rules)
    assert not has_attribution_rules("de", auditor.rules) and not has_attribution_rules("es", auditor.rules)


def test_a_german_page_keeps_its_text_but_its_claims_are_not_scored(auditor):
    report = auditor.audit(Document(name="rtl.txt", text=GERMAN))
    assert report.language == "de"
    assert any("lang.no_rules" in w and "de" in w for w in report.warnings)
    assert len(report.claims) == 4 and report.body.startswith("Das vorübergehende")
    for claim in report.claims:
        assert claim.source.type == "unattributed" and claim.reasons == ["lang.no_rules"] and claim.grade == "-"
    assert report.headline is None  # "Medienbericht" was read as a named person
    assert report.score.reasons == ["lang.no_rules"] and report.score.grade == "-" and report.score.weakest == []


def test_gate_and_export_say_how_many_articles_were_not_scored(auditor, tmp_path):
    draft = tmp_path / "rtl.txt"
    draft.write_text(GERMAN, encoding="utf-8")
    english = tmp_path / "en.txt"
    english.write_text("Vote delayed\n\nSources said the minister took bribes.", encoding="utf-8")
    docs = [Document(name=str(p), text=p.read_text(encoding="utf-8")) for p in (draft, english)]
    run = run_gate(docs, auditor, GateRun(policy=load_policy(), policy_path="policy.yaml"))
    assert all(f.input == str(english) for f in run.findings) and run.findings
    assert "1 article not checked: no attribution rules for its language (de)" in render("text", run)
    assert '"unscored": 1' in render("json", run)
    summary = export(tmp_path / "audit.db", [str(draft), str(english)], jobs=1)
    assert summary.unscored == 1 and "1 not scored (no attribution rules for their language)" in str(summary)
    with sqlite3.connect(tmp_path / "audit.db") as db:
        assert db.execute("select count(*) from claims").fetchone()[0] >= 5  # the German text is still there
