"""Guess the article's language: Arabic by script, others by their commonest words."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..normalize import ARABIC_LETTER, LATIN_LETTER
from ..rules import RuleSet

_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_RUN = re.compile(ARABIC_LETTER.pattern + "+")
_LATIN_RUN = re.compile(LATIN_LETTER.pattern + "+")


def _letters(run: re.Pattern, text: str) -> int:
    """How many letters of one script `text` holds, counted by runs (far fewer than letters)."""
    return sum(map(len, run.findall(text)))


def detect_language(text: str, rules: RuleSet) -> str:
    sample = text[:20000]
    arabic = _letters(_ARABIC_RUN, sample)
    if arabic == 0 and LATIN_LETTER.search(sample) is None:
        return "und"
    # Latin letters are counted only against Arabic ones, and not at all when Arabic is most of the text
    if arabic and (arabic * 2 >= len(sample) or arabic >= _letters(_LATIN_RUN, sample)):
        return "ar"
    words = Counter(_WORD.findall(sample.lower()))
    best, best_count = "en", 0
    for code in ("en", "de", "es", "fr", "it", "pt"):
        stop = rules.terms(f"stopword_{code}")
        count = sum(words[w] for w in words.keys() & stop)
        if count > best_count:
            best, best_count = code, count
    return best


@lru_cache(maxsize=8)
def attribution_languages(rules: RuleSet) -> frozenset[str]:
    """The languages attribution can read: those with reporting verbs of their own (cues.yaml, family speech)."""
    return frozenset(e.lang for e in rules.entries if e.family == "speech" and e.lang != "any")


def has_attribution_rules(language: str, rules: RuleSet) -> bool:
    return language in attribution_languages(rules)
