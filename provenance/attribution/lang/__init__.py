"""Per language, the steps of attribution that depend on its grammar (base.py says which), its walks to a
cue's subject (ar_subjects.py, en_subjects.py, over the shared walk of ../subjects.py) and its reading of a
span's type (ar_sources.py, en_sources.py, asked by ../sources.py); English also reads gender (en_gender.py)."""
from .ar import Arabic
from .ar_sources import ArabicSpans
from .base import Language
from .en import English
from .en_sources import EnglishSpans

__all__ = ["Arabic", "ArabicSpans", "English", "EnglishSpans", "Language"]
