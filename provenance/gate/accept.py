"""Findings a newsroom has accepted: marker lines in a draft, and a baseline of known findings.

A marker is a line of its own, bare or inside a comment (`<!-- -->`, `#`, `//`, `%`):

    provenance: ignore[source.anonymity_reason] the desk agreed to protect these sources
    provenance: ignore-file[source, unattributed.figure] background piece, figures from the archive

`ignore[...]` accepts the findings of the claim that starts first after it, `ignore-file[...]` those
of the whole draft; the brackets hold rule ids or prefixes ("source" is source.*) and a reason must
follow. Marker lines are blanked before the draft is audited, so they are no claims and every
other line keeps its number.

A baseline records findings by rule, draft and claim text (not offsets, which move with every
edit), so that CI fails only on findings that are new.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from .findings import Finding

MARKER = re.compile(r"^[ \t]*(?:<!--|#+|//|%)?[ \t]*provenance:[ \t]*(ignore(?:-file)?)\[([^\]\n]*)\][ \t]*(.*?)"
                    r"[ \t]*(?:-->)?[ \t]*$", re.M)


class MarkerError(ValueError):
    """A marker that names no rule of the policy or gives no reason; the message is its one line."""


@dataclass(frozen=True)
class Marker:
    line: int  # 1-based
    whole_file: bool
    rules: frozenset[str]  # the ids its names pick
    reason: str


def read_markers(text: str, pick: Callable[[list[str]], set[str]], name: str) -> list[Marker]:
    """The draft's markers, `pick` giving the rule ids that names pick (ValueError for a name that picks
    none); MarkerError for the first broken one (`name` is the draft's, for the message)."""
    markers = []
    for m in MARKER.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        names = [n.strip() for n in m.group(2).split(",") if n.strip()]
        if not names or not m.group(3):
            raise MarkerError(f"{name}:{line}: {m.group(1)}[...] must name rules and give a reason after the "
                              "brackets, e.g. provenance: ignore[source.anonymity_reason] protected under our policy")
        try:
            rules = pick(names)
        except ValueError as exc:
            raise MarkerError(f"{name}:{line}: {exc}") from None
        markers.append(Marker(line, m.group(1) == "ignore-file", frozenset(rules), m.group(3)))
    return markers


def blank_markers(text: str) -> str:
    """The text with each marker line emptied (its line break kept)."""
    return MARKER.sub("", text)


def accept(findings: list[Finding], markers: list[Marker], starts: dict[str, int]) -> list[Finding]:
    """Mark the findings the markers accept (their `accepted` reason set) and return them; `starts`
    gives the line each claim starts on."""
    accepted = []
    for f in findings:
        for marker in markers:
            if f.rule not in marker.rules:
                continue
            if marker.whole_file or (f.claim is not None and f.claim == _first_after(starts, marker.line)):
                f.accepted = marker.reason
                accepted.append(f)
                break
    return accepted


def _first_after(starts: dict[str, int], line: int) -> Optional[str]:
    after = [(start, claim) for claim, start in starts.items() if start > line]
    return min(after)[1] if after else None


# --- baseline -------------------------------------------------------------------------------

def _key(f: Finding) -> tuple[str, str, str]:
    return f.rule, f.file, f.text or ""


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Record the findings; returns how many."""
    rows = sorted(_key(f) for f in findings)
    data = {"version": 1, "findings": [{"rule": r, "draft": d, "text": t} for r, d, t in rows]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(rows)


def read_baseline(path: Path) -> Counter:
    """How many times each (rule, draft, claim text) was recorded; ValueError when the file is no baseline."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter((row["rule"], row["draft"], row["text"]) for row in data["findings"])
    except FileNotFoundError:
        raise ValueError(f"{path}: no such baseline; record today's findings with --write-baseline") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not a gate baseline ({exc})") from None


def split_known(findings: list[Finding], baseline: Optional[Counter]) -> tuple[list[Finding], int]:
    """(the findings the baseline does not record, how many it does); each recorded one matches one finding."""
    left = Counter(baseline)
    new = []
    for f in findings:
        if left[_key(f)] > 0:
            left[_key(f)] -= 1
        else:
            new.append(f)
    return new, len(findings) - len(new)
