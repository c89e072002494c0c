"""First boilerplate layer for HTML: trafilatura removes page furniture by structure."""
from __future__ import annotations

import re
from typing import Optional

from pydantic import BaseModel

from .inputs import InputError


class Extracted(BaseModel):
    text: str
    title: Optional[str] = None
    sitename: Optional[str] = None
    hostname: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None


_TAG = re.compile(r"<[^>]+>")


def extract_html(html: str, url: Optional[str], name: str) -> Extracted:
    """Main text and metadata of a page; a page with visible text but nothing extracted is an error."""
    import trafilatura  # imported here: plain-text audits never pay for it

    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=True, with_metadata=True,
        favor_precision=False, deduplicate=False,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        visible = _TAG.sub(" ", re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html))
        if len(visible.split()) > 30:
            raise InputError(f"{name}: extraction returned no text from a page that has some "
                             "(very deep nesting or an unusual layout); not audited as empty")
        raise InputError(f"{name}: the page holds no article text")
    return Extracted(
        text=text,
        title=getattr(doc, "title", None),
        sitename=getattr(doc, "sitename", None),
        hostname=getattr(doc, "hostname", None),
        date=getattr(doc, "date", None),
        url=getattr(doc, "url", None) or url,
    )
