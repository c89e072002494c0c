"""Reject regular expressions that backtrack catastrophically, before they meet hostile text."""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

# --- catastrophic backtracking -------------------------------------------------------------
# Each pattern is run (search or fullmatch, as the pipeline runs it) on strings built from the
# pattern itself: the text one of its repeats consumes, repeated, then an ending that makes the
# match fail at the last moment, which is what drives a backtracking engine into super-linear work.
# Probes grow step by step up to PROBE_SIZE, so a catastrophic pattern shows itself on a short
# string and the check never hangs. Linear work grows with the probe; catastrophic work grows faster.

PROBE_SIZE = 100_000  # characters of the largest adversarial string
PROBE_BUDGET_MS = 10.0  # one match on one probe may take this long, unless it grows only linearly
HARD_BUDGET_MS = 1000.0  # and never longer than this, linear or not
# probe lengths: fine steps while high-degree work can still explode between two of them, then x4
_LADDER = (*sorted({int(8 * 1.25 ** k) for k in range(22)}), *(PROBE_SIZE // 4 ** k for k in range(3, -1, -1)))
_ENDINGS = ("\x00", "\n")  # ways for a nearly matching string to fail at its end (or at the end of a line)
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_CATEGORIES = {"CATEGORY_DIGIT": str.isdigit, "CATEGORY_SPACE": str.isspace,
               "CATEGORY_WORD": lambda c: c.isalnum() or c == "_"}


def _in_set(ch: str, items: list) -> bool:
    hit, negate = False, False
    for op, av in items:
        if op.name == "NEGATE":
            negate = True
        elif op.name == "LITERAL":
            hit |= ord(ch) == av
        elif op.name == "RANGE":
            hit |= av[0] <= ord(ch) <= av[1]
        elif op.name == "CATEGORY":
            test = _CATEGORIES.get(av.name.replace("NOT_", ""))
            hit |= test is not None and test(ch) != ("NOT_" in av.name)
    return hit != negate


_POOL = "xa1 _-.,;!ا٣\n"  # characters to try where a pattern has a choice: letters, digits, spaces, marks


def _member(items: list) -> str:
    """A character of the set `[...]`: its own first literal if it has one, else a common one."""
    own = [chr(av if op.name == "LITERAL" else av[0]) for op, av in items if op.name in ("LITERAL", "RANGE")]
    return next((c for c in [*own, *_POOL] if _in_set(c, items)), "x")


def _sample(items: list, pick: dict[int, object] = {}) -> str:
    """A short string the parsed regex sequence `items` matches: first alternatives and minimal repeats,
    except at the choice points `pick` settles (see _choices)."""
    out = []
    for node in items:
        op, av = node
        if op.name == "LITERAL":
            out.append(chr(av))
        elif op.name in ("NOT_LITERAL", "ANY"):
            out.append(pick.get(id(node)) or ("y" if av == ord("x") else "x"))  # type: ignore[arg-type]
        elif op.name == "IN":
            out.append(pick.get(id(node)) or _member(av))  # type: ignore[arg-type]
        elif op.name in _REPEATS:
            out.append(_sample(av[2], pick) * max(av[0], 1) if av[1] else "")
        elif op.name == "SUBPATTERN":
            out.append(_sample(av[-1], pick))
        elif op.name == "ATOMIC_GROUP":
            out.append(_sample(av, pick))
        elif op.name == "BRANCH":
            out.append(_sample(pick.get(id(node), av[1][0]), pick))  # type: ignore[arg-type]
        elif op.name == "GROUPREF_EXISTS":
            out.append(_sample(av[1], pick))
    return "".join(out)


def _choices(items: list) -> Iterator[tuple[int, list]]:
    """(node, options) for every place in `items` where a match may go more than one way: each
    alternative of a branch, and the characters of _POOL a set, a category or '.' accepts. Two ways
    that match the same text are what makes a repeat backtrack exponentially ((?:--|\\w|\\d)+ on
    digits): a sample that takes only first alternatives never shows them."""
    for node in items:
        op, av = node
        if op.name == "BRANCH":
            yield id(node), av[1]
            for alt in av[1]:
                yield from _choices(alt)
        elif op.name == "IN":
            yield id(node), [c for c in _POOL if _in_set(c, av)]
        elif op.name in ("ANY", "NOT_LITERAL"):
            yield id(node), [c for c in _POOL if c != "\n" and ord(c) != av]
        elif op.name in _REPEATS:
            yield from _choices(av[2])
        elif op.name == "SUBPATTERN":
            yield from _choices(av[-1])
        elif op.name == "ATOMIC_GROUP":
            yield from _choices(av)
        elif op.name == "GROUPREF_EXISTS":
            yield from _choices(av[1])


def _units(body: list) -> list[str]:
    """What one pass of a repeat's `body` may consume: its first-choice sample, then the sample with
    each choice point taken each other way."""
    units = [_sample(body)]
    for key, options in _choices(body):
        units += [_sample(body, {key: option}) for option in options]
    return list(dict.fromkeys(u for u in units if u))


def _repeated(items: list, before: str = "") -> Iterator[tuple[str, str]]:
    """(text that leads up to it, one pass of its body) for every repeat in the parsed regex."""
    for i, (op, av) in enumerate(items):
        lead = before + _sample(items[:i])
        if op.name in _REPEATS:
            if av[1] > 1:
                yield from ((lead, unit) for unit in _units(av[2]))
            yield from _repeated(av[2], lead)
        elif op.name == "SUBPATTERN":
            yield from _repeated(av[-1], lead)
        elif op.name == "ATOMIC_GROUP":
            yield from _repeated(av, lead)
        elif op.name == "BRANCH":
            for alt in av[1]:
                yield from _repeated(alt, lead)


def adversarial_seeds(regex: re.Pattern) -> list[tuple[str, str]]:
    """(lead, unit) pairs built from the regex itself: a probe is lead + unit repeated + a failing ending.

    Units are what each repeat consumes, each way it can go, a whole match and a near miss (all but its
    last character), and the first characters of a match on their own.
    """
    try:
        from re import _parser  # type: ignore[attr-defined]  # Python 3.11+
    except ImportError:  # Python 3.10
        import sre_parse as _parser  # type: ignore[no-redef]
    parsed = list(_parser.parse(regex.pattern, regex.flags))
    whole = _sample(parsed)
    seeds = [*_repeated(parsed), ("", whole), ("", whole[:-1]), *(("", c) for c in dict.fromkeys(whole[:4]))]
    return list(dict.fromkeys((lead, unit) for lead, unit in seeds if unit))


def _time_ms(match: Any, probe: str, runs: int = 1) -> float:
    """CPU time of this thread, not the clock: on a busy machine the clock also counts the time the
    process waits for a core, which made linear patterns look catastrophic."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.thread_time()
        match(probe)
        best = min(best, (time.thread_time() - t0) * 1000)
    return best


def check_pattern(regex: re.Pattern, mode: str = "search", budget_ms: float = PROBE_BUDGET_MS,
                  size: int = PROBE_SIZE) -> Optional[str]:
    """None if `regex.<mode>` is fast on every probe up to `size` characters, else what was slow.

    Slow means over `budget_ms` and more than four times what linear growth from a probe at least
    eight times shorter predicts (growth, unlike time, does not depend on the machine), or over
    HARD_BUDGET_MS at all.
    """
    match = getattr(regex, mode)
    ladder = [n for n in _LADDER if n < size] + [size]
    for lead, unit in adversarial_seeds(regex):
        for ending in _ENDINGS:
            measured: list[tuple[int, float, str]] = [(1, 0.0, "")]
            for n in ladder:
                probe = lead + (unit * (n // len(unit) + 1))[:n] + ending
                ref_n, ref_ms, ref_probe = next(m for m in reversed(measured) if m[0] * 8 <= n)
                too_slow = lambda ms, ref_ms: ms > HARD_BUDGET_MS or ms > budget_ms and ms > 4 * ref_ms * n / ref_n
                ms = _time_ms(match, probe)
                if too_slow(ms, ref_ms):  # or a busy machine: time both again, side by side, best of three
                    ms = _time_ms(match, probe, 3)
                    ref_ms = max(ref_ms, _time_ms(match, ref_probe, 3)) if ref_probe else ref_ms
                    if too_slow(ms, ref_ms):
                        growth = f", against {ref_ms:.1f} ms on {ref_n:,} characters" if ref_n > 1 else ""
                        return (f"catastrophic backtracking: {mode} took {ms:.0f} ms (budget {budget_ms:g} ms{growth}) "
                                f"on a {len(probe):,}-character probe {(lead + unit * 3)[:40]!r}... ending in {ending!r}")
                measured.append((n, ms, probe))
    return None


def where(files: Iterable[Path], rule_id: str, otherwise: str) -> str:
    """'file:line' of the rule with this id in the first of `files` that has it, else `otherwise`."""
    id_line = re.compile(rf"\bid:\s*['\"]?{re.escape(rule_id)}['\"]?\s*$")
    for file in files:
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if id_line.search(line):
                return f"{file}:{n}"
    return otherwise


def check_patterns(place: Path, patterns: Iterable[tuple[str, str, re.Pattern, str]],
                   budget_ms: float = PROBE_BUDGET_MS, size: int = PROBE_SIZE) -> list[str]:
    """One 'file:line: rule id: what was slow' line for each pattern of a rules folder or a policy file
    (`place`) that backtracks catastrophically."""
    problems = []
    files = [place] if place.is_file() else sorted([*place.glob("*.yaml"), *place.glob("*/*.yaml")])
    for rule_id, pattern, regex, mode in patterns:
        slow = check_pattern(regex, mode, budget_ms, size)
        if slow:
            problems.append(f"{where(files, rule_id, str(place))}: {rule_id}: pattern {pattern!r}: {slow}")
    return problems
