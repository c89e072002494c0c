"""Attribution: for each sentence, the cue, its source span and type, relays, hedges and anonymity.

engine.py decides which cue governs a sentence and carries speakers across sentences; subjects.py
finds the words that are a cue's subject in each word order; sources.py types a span with the
lexicons of provenance/rules; chunker.py says whether a span can be a speaking noun phrase at all.
"""
from .engine import Attributor

__all__ = ["Attributor"]
