"""Per language, the steps of attribution that depend on its grammar (base.py says which) and its walks to a
cue's subject (ar_subjects.py, en_subjects.py, over the shared walk of ../subjects.py)."""
from .ar import Arabic
from .base import Language
from .en import English

__all__ = ["Arabic", "English", "Language"]
