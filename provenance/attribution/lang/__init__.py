"""One module per language: the steps of attribution that depend on its grammar (base.py says which)."""
from .ar import Arabic
from .base import Language
from .en import English

__all__ = ["Arabic", "English", "Language"]
