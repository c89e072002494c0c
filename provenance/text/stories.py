"""Other stories inside the text and the title again: the leads of other stories after the article, links
to them between its paragraphs, and the headline repeated (or translated) above the body. Each reads a run
of lines; the rules and their limits are boilerplate.yaml entries (match teasers, headline_run,
duplicate_title), and a run kept while in doubt is reported in the audit's warnings."""
from __future__ import annotations

import re
from itertools import takewhile
from statistics import median
from typing import Optional

from ..normalize import norm, norm_pattern
from ..rules import BoilerplateRule, RuleSet, Subheading
from .lines import SENTENCE_END, TERMINAL, Line, content_words, heading_like, headline_like, words

Verdict = list[Optional[BoilerplateRule]]


def repeated_title(lines: list[Line], verdict: Verdict, title: str, title_index: Optional[int],
                   rules: RuleSet) -> None:
    """A headline before the body starts is the title again if it shares most of its words with the title,
    or if it comes after the title's translation (a headline in another script) was removed."""
    dup = next((r for r in rules.boilerplate.rules if r.match == "duplicate_title"), None)
    if dup is None:
        return
    own = set(content_words(title))
    translated = False
    for i, rule in enumerate(verdict):
        if i == title_index:
            continue
        if rule is not None:
            translated = translated or rule.match == "foreign_script_line"
            continue
        text = lines[i].text
        if not headline_like(text, 20) or words(text) < 3:
            return
        theirs = set(content_words(text))
        similar = bool(own and theirs) and len(own & theirs) >= 0.6 * min(len(own), len(theirs))
        if not (similar or translated):
            return
        verdict[i] = dup


_QUESTION = re.compile(r"[?؟]\s*[\"'”»)]?\s*$")


def _unpunctuated(text: str) -> bool:
    return not TERMINAL.search(text) and not SENTENCE_END.search(text)


def _between_paragraphs(lines: list[Line], body: list[int], k: int, end: int, max_link: float) -> bool:
    """Lines body[k:end] stand between two paragraphs of the body and share less than `max_link` of their word
    stems with the two paragraphs after them (a subheading announces what follows)."""
    if k == 0 or end >= len(body):
        return False
    if not (SENTENCE_END.search(lines[body[k - 1]].text) and SENTENCE_END.search(lines[body[end]].text)):
        return False
    return _apart(lines, body[k:end], _stems(lines, body[end:end + 2]), max_link)


def _stems(lines: list[Line], indices: list[int]) -> set[str]:
    return {w[:4] for i in indices for w in content_words(lines[i].text)}


def _apart(lines: list[Line], indices: list[int], stems: set[str], share: float) -> bool:
    """Each of these lines has word stems and shares less than `share` of them with `stems`: none is
    about what those lines are about."""
    return all(0 < len(own := _stems(lines, [i])) and len(own & stems) < share * len(own) for i in indices)


def _opens_section(lines: list[Line], body: list[int], j: int, sub: Subheading) -> bool:
    """body[j] is a subheading: a short line without final punctuation, above a paragraph, whose words the
    two paragraphs after it take up."""
    text = lines[body[j]].text
    if j + 1 >= len(body) or words(text) > sub.max_words or not _unpunctuated(text) \
            or not SENTENCE_END.search(lines[body[j + 1]].text):
        return False
    own = _stems(lines, [body[j]])
    return bool(own) and len(own & _stems(lines, body[j + 1:j + 3])) >= sub.min_link * len(own)


def _above_subheading(lines: list[Line], body: list[int], k: int, end: int, sub: Subheading) -> tuple[list[int], bool]:
    """The run body[k:end] less a subheading that ends it, and whether it stands right above a subheading
    after a sentence, none of its lines taken up by that section: links to other stories, for a section
    has no two headings."""
    run = body[k:end]
    if k == 0 or not SENTENCE_END.search(lines[body[k - 1]].text):
        return run, False
    if len(run) > 1 and _opens_section(lines, body, end - 1, sub):
        run, head = run[:-1], end - 1
    elif end < len(body) and _opens_section(lines, body, end, sub):
        head = end
    else:
        return run, False
    return run, _apart(lines, run, _stems(lines, body[head:head + 3]), sub.min_link)


def _after_the_article(lines: list[Line], body: list[int], k: int, end: int) -> bool:
    """Lines body[k:end] end the body and follow a sentence (a list's last item or verse follows none)."""
    return end == len(body) and k > 0 and SENTENCE_END.search(lines[body[k - 1]].text) is not None


def _linked(line: str, above: set[str]) -> float:
    """The share of a line's content words that the text above it uses too."""
    own = set(content_words(line))
    return len(own & above) / len(own) if own else 1.0


def teasers(lines: list[Line], verdict: Verdict, body: list[int], rule: BoilerplateRule, rx: re.Pattern,
            warnings: list[str]) -> None:
    """The last lines of the body, when each opens afresh (no "وقال", "كما", "من جهته") as the lead of
    another story does, most share less than max_link of their words with the article above them, and there
    are between min_lines and max_lines of them after the article. A list (two headlines in a row: no final
    stop, at most max_words words) is no lead and ends the run, and so does the body's first paragraph. Of a longer run, the lines at its end that each carry a story's own day (lead_pattern) go
    alone; the rest stays, and so does a run after an article of one paragraph, reported, unless that
    paragraph opens with its dateline (dateline_pattern): then it is a whole story."""
    def headline(i: int) -> bool:
        return bool(rule.max_words) and _unpunctuated(lines[i].text) and words(lines[i].text) <= rule.max_words

    run: list[int] = []  # from the last line up
    for k in range(len(body) - 1, 0, -1):
        text = lines[body[k]].text
        if rx.match(norm(text)) or words(text) < (rule.min_words or 1) or (headline(body[k]) and headline(body[k - 1])):
            break
        run.append(body[k])
    if len(run) < rule.min_lines:
        return
    too_long = bool(rule.max_lines) and len(run) > rule.max_lines
    if too_long and rule.lead_pattern:
        lead = re.compile(norm_pattern(rule.lead_pattern))
        dated = list(takewhile(lambda i: lead.search(norm(lines[i].text)) is not None, run))
        if rule.min_lines <= len(dated) <= rule.max_lines:
            run, too_long = dated, False
    article = body[:len(body) - len(run)]
    if not article or heading_like(lines[article[-1]].text):
        return  # the paragraphs of the article's last section, under its subheading
    above = {w for i in article for w in content_words(lines[i].text)}
    if rule.max_link is not None and median(_linked(lines[i].text, above) for i in run) >= rule.max_link:
        return  # they go on with the article's subject
    if too_long:
        warnings.append(f"boilerplate: the last {len(run)} paragraphs open like the leads of other stories, more "
                        f"than {rule.id} takes ({rule.max_lines}); kept as the article's")
        return
    if len(article) < 2 and not (rule.dateline_pattern
                                 and re.match(norm_pattern(rule.dateline_pattern), norm(lines[article[0]].text))):
        warnings.append(f"boilerplate: the last {len(run)} paragraphs open like the leads of other stories after "
                        f"an article of one paragraph ({rule.id}); kept as the article's")
        return
    for i in run:
        verdict[i] = rule


def headline_runs(lines: list[Line], verdict: Verdict, body: list[int], rule: BoilerplateRule, rx: re.Pattern,
                  warnings: list[str]) -> None:
    """Runs of headline lines (no final punctuation, not continuing a sentence) between paragraphs of the
    body: links to other stories. A list announced by a colon is the article's; a single line may be a
    subheading and stays, unless a subheading (rule.subheading) comes right after it: a subheading stays, and
    counts as a line of the run it ends or follows."""

    def linklike(i: int) -> bool:
        text = lines[i].text
        return (rule.min_words or 1) <= words(text) <= (rule.max_words or 25) and rx.match(norm(text)) is None \
            and (_unpunctuated(text) or (rule.questions and _QUESTION.search(text) is not None))

    def headline(i: int) -> bool:
        return linklike(i) and _unpunctuated(lines[i].text)

    k = 0
    while k < len(body):
        if not linklike(body[k]):
            k += 1
            continue
        end = k
        while end < len(body) and linklike(body[end]):
            end += 1
        run, closed = _above_subheading(lines, body, k, end, rule.subheading) if rule.subheading else (body[k:end], False)
        if not any(headline(i) for i in run):  # questions alone are the article's own headings
            k = end
            continue
        after_text = any(not headline(j) for j in body[:k])
        announced = k > 0 and lines[body[k - 1]].text.rstrip().endswith(":")
        if (rule.at_end and not _after_the_article(lines, body, k, end)) or \
                (rule.max_link is not None and not _between_paragraphs(lines, body, k, end, rule.max_link)):
            k = end
            continue
        if after_text and not announced and len(run) + closed >= rule.min_lines:
            if not rule.max_lines or len(run) <= rule.max_lines:
                for i in run:
                    verdict[i] = rule
            elif rule.min_lines > 1:  # a rule for single lines says nothing of longer runs
                warnings.append(f"boilerplate: {len(run)} headline lines in a row from line {run[0] + 1}, more "
                                f"than {rule.id} takes ({rule.max_lines}); kept")
        k = end
