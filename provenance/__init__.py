"""provenance: who stands behind what a news article says, claim by claim."""
from .rulecache import module_patterns

with module_patterns():  # the regular expressions the modules compile, read back compiled (rulecache.py)
    from .ingest.inputs import InputError, iter_documents
    from .models import Report
    from .pipeline import Auditor, audit_html, audit_text
    from .rules import RulesError, load_rules

__all__ = ["Auditor", "InputError", "Report", "RulesError", "audit_html", "audit_text", "iter_documents", "load_rules"]
__version__ = "0.1.0"
