"""What a fresh process imports to audit plain text: the page extractor and the worker pool stay out.

Each check runs in a new interpreter (sys.modules of this one is shared with every other test) and asserts on
the modules it ends with; speed itself is measured in bench/speed.py, not here."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

ARTICLE = ("Officials said on Monday that the bridge would reopen next week after repairs. "
           "The ministry of transport said the work had cost more than expected.\n")


def modules_after(code: str, tmp_path) -> set[str]:
    """The modules a fresh interpreter has imported after running `code`, with the rules read from the cache
    (in tmp_path) that a first run of the same code wrote, as every process but the first after a change."""
    script = textwrap.dedent(code) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    env_code = f"import os\nos.environ['XDG_CACHE_HOME'] = {str(tmp_path)!r}\n"
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", env_code + script], check=True, capture_output=True, text=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_auditing_text_imports_no_page_extractor_and_no_worker_pool(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    mods = modules_after(f"""
        from provenance.batch.parallel import audit_paths
        reports = list(audit_paths([{str(article)!r}], jobs=1))
        assert reports[0].claims, reports
    """, tmp_path)
    assert "provenance.pipeline" in mods  # the audit did run here
    for heavy in ["trafilatura", "lxml", "tldextract", "rich", "typer", "yaml", "concurrent.futures.process",
                  "multiprocessing", "ctypes"]:
        assert heavy not in mods, f"{heavy} imported to audit plain text"

