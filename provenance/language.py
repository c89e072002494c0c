"""Guess the article's language: Arabic by script, others by their commonest words."""
from __future__ import annotations

import re

from .normalize import ARABIC_LETTER, LATIN_LETTER
from .rules import RuleSet

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, rules: RuleSet) -> str:
    sample = text[:20000]
    arabic = len(ARABIC_LETTER.findall(sample))
    latin = len(LATIN_LETTER.findall(sample))
    if arabic == 0 and latin == 0:
        return "und"
    if arabic >= latin:
        return "ar"
    words = [w.lower() for w in _WORD.findall(sample)]
    best, best_count = "en", 0
    for code in ("en", "de", "es", "fr", "it", "pt"):
        stop = rules.terms(f"stopword_{code}")
        count = sum(1 for w in words if w in stop)
        if count > best_count:
            best, best_count = code, count
    return best
