"""The five seed articles against their hand-written expected audits (seeds/*.expected.json)."""
from __future__ import annotations

from collections import Counter

import pytest

from conftest import audit_path, seed_cases

CASES = seed_cases()
IDS = [p.stem for p, _ in CASES]


@pytest.fixture(scope="module", params=CASES, ids=IDS)
def case(request, auditor):
    path, expected = request.param
    return audit_path(auditor, path), expected


def test_every_boilerplate_line_is_removed_and_nothing_else(case):
    report, expected = case
    removed = Counter(b.text.strip() for b in report.boilerplate)
    assert removed == Counter(b["text"].strip() for b in expected["boilerplate"])


def test_boilerplate_names_the_right_kind_of_rule(case):
    report, expected = case
    family = {b["text"].strip(): b["family"] for b in expected["boilerplate"]}
    agree = [b.rule.split(".")[1] == family[b.text.strip()] for b in report.boilerplate]
    assert sum(agree) >= 0.9 * len(agree)


def test_removed_pieces_point_into_the_input(case):
    report, expected = case
    original = (case_path := next(p for p, e in CASES if e is expected)).read_text(encoding="utf-8")
    for piece in report.boilerplate:
        assert original[piece.start:piece.end] == piece.text, case_path


def test_title_and_publication_date(case):
    report, expected = case
    assert report.title == expected["title"]
    assert report.published == expected["published"]
    assert report.language == expected["language"]


def test_outlet_and_origin(case):
    report, expected = case
    assert report.outlet.name == expected["outlet"]["name"]
    assert sorted((o.relation, o.name) for o in report.origin) == \
        sorted((o["relation"], o["name"]) for o in expected["origin"])


def test_wires_with_roles(case):
    report, expected = case
    assert {(w.agency, w.role, w.kind) for w in report.wires} == \
        {(w["agency"], w["role"], w.get("kind", "wire")) for w in expected["wires"]}


def test_a_photo_credit_is_not_a_wire(auditor):
    path, _ = CASES[4]
    report = audit_path(auditor, path)
    assert "via Reuters" in " ".join(b.text for b in report.boilerplate)
    assert "Reuters" not in {w.agency for w in report.wires}


def test_intelligence_sourcing(case):
    report, expected = case
    got = {(i.country, i.named) for i in report.intelligence}
    assert got == {(i["country"], i["named"]) for i in expected["intelligence"]}
    for item in expected["intelligence"]:
        if item["agency"]:
            assert any((i.agency or "").startswith(item["agency"]) for i in report.intelligence)


def test_source_types_of_body_sentences(case):
    report, expected = case
    right = 0
    for label in expected["claims"]:
        pos = report.body.find(label["text"])
        assert pos != -1, f"sentence missing from the body: {label['text'][:60]}"
        claim = next(c for c in report.claims if c.start <= pos + len(label["text"]) // 2 < c.end)
        right += claim.source.type == label["type"]
    assert right / len(expected["claims"]) >= 0.85


def test_state_media_relay_keeps_the_speaker(auditor):
    """'North Korean state media said Kim told Lavrov ...' is Kim via state media."""
    report = audit_path(auditor, CASES[2][0])
    first = report.claims[0]
    assert first.source.type == "named_official" and first.source.name == "Kim Jong Un"
    assert [v.type for v in first.via] == ["state_media"]
    assert first.grade == "E" and "ladder.state_media" in first.reasons


def test_anonymous_official_with_reason_relayed_by_ap(auditor):
    report = audit_path(auditor, CASES[4][0])
    claim = next(c for c in report.claims if "مسؤول أوكراني" in c.text)
    assert claim.source.type == "anonymous_official"
    assert [v.name for v in claim.via] == ["AP"]
    assert claim.source.anonymity_reason and "مخول" in claim.source.anonymity_reason
    assert "modifier.anonymity_reason" in claim.reasons


def test_hedge_is_found(auditor):
    report = audit_path(auditor, CASES[2][0])
    hedged = [c for c in report.claims if c.hedges]
    assert len(hedged) == 1 and "لم يتسن" in hedged[0].text
