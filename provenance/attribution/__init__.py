"""Attribution: for each sentence, the cue, its source span and type, relays, hedges and anonymity.

engine.py runs the same steps over every sentence and carries speakers across sentences; the steps that
depend on the grammar are the article's language's, lang/ar.py or lang/en.py (lang/base.py lists them);
reading.py holds what they share (a sentence read once, a candidate source, the discourse); each language
walks to a cue's subject in its word order (lang/ar_subjects.py, lang/en_subjects.py) over the walk of
subjects.py they share; sources.py types a span with the lexicons of provenance/rules in one order,
asking the span's language where the grammar decides (lang/ar_sources.py, lang/en_sources.py); chunker.py
says whether an Arabic span can be a speaking noun phrase at all;
words.py reads the function words every step tests against (rules/<language>/function_words.yaml).
"""
from .engine import Attributor

__all__ = ["Attributor"]
