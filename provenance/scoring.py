"""Score each claim by its weakest link on the ladder in rules/scores.yaml, then the article."""
from __future__ import annotations

from statistics import median

from .models import Claim, Score
from .rules import ScoresFile


def grade(score: float, scores: ScoresFile) -> tuple[str, str]:
    for band in scores.bands_high_first:
        if score >= band.min - 1e-9:
            return band.grade, band.id
    return "F", "grade.none"


def score_claim(claim: Claim, scores: ScoresFile) -> None:
    ladder = scores.step_by_type
    links = [claim.source.type] + [v.type for v in claim.via]
    weakest = min(links, key=lambda t: ladder[t].score)
    value = ladder[weakest].score
    claim.weakest_link = weakest
    reasons = [r for r in claim.reasons if not r.startswith(("ladder.", "modifier.", "grade."))]
    reasons += [r for r in claim.source.rules if r not in reasons]
    for v in claim.via:
        reasons += [r for r in v.rules if r not in reasons]
    reasons.append(ladder[weakest].id)
    for mod in scores.modifiers:
        applies = not mod.applies_to or claim.source.type in mod.applies_to
        fired = (mod.when == "anonymity_reason" and bool(claim.source.anonymity_reason)) \
            or (mod.when == "hedge" and bool(claim.hedges)) or (mod.when == "relayed" and bool(claim.via))
        if applies and fired:
            value += mod.delta
            reasons.append(mod.id)
    claim.score = round(min(1.0, max(0.0, value)), 3)
    claim.grade, band = grade(claim.score, scores)
    claim.reasons = reasons + [band]


def exact_mean(values: list[float]) -> float:
    """statistics.mean of floats to the last bit (the exact mean, correctly rounded), without its
    Fraction arithmetic, which cost more than the rest of the article's scoring: each float is an
    integer over a power of two, so the sum is exact over the largest of them, and dividing one int
    by another rounds correctly."""
    ratios = [v.as_integer_ratio() for v in values]
    scale = max(d for _, d in ratios)
    return sum(n * (scale // d) for n, d in ratios) / (scale * len(ratios))


def score_article(claims: list[Claim], scores: ScoresFile) -> Score:
    by_type: dict[str, int] = {}
    for c in claims:
        by_type[c.source.type] = by_type.get(c.source.type, 0) + 1
    if not claims:
        return Score(article=0.0, grade="F", by_type={}, weakest=[], reasons=["score.no_claims"])
    values = [c.score for c in claims]
    agg = {"mean": exact_mean, "min": min, "median": median}[scores.article]
    article = round(agg(values), 3)
    low = min(values)
    letter, band = grade(article, scores)
    return Score(article=article, grade=letter, by_type=by_type,
                 weakest=[c.id for c in claims if c.score == low][:5], reasons=[f"score.article.{scores.article}", band])
