"""What the gate reports: one breach of one policy rule, and how severe it is. Apart from the checks, so that
accepted findings (accept.py) and output formats (formats.py) read it without importing the checks."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, Field

Severity = Literal["error", "warning"]


class Finding(BaseModel):
    """One breach of one policy rule in one article, by one claim (or by the whole article)."""

    rule: str = Field(description="id of the policy rule")
    kind: str = Field(description="the rule's kind")
    severity: Severity
    input: str = Field(description="the article's input name: path, '-' or file.jsonl:LINE")
    article: str = Field(description="id of the article's audit report")
    claim: Optional[str] = Field(default=None, description="claim id; null when the finding is about the article")
    text: Optional[str] = Field(default=None, description="the claim's text")
    start: Optional[int] = Field(default=None, description="character offset of the claim in the report's body")
    end: Optional[int] = None
    file: str = Field(description="the file to annotate (input without the :LINE of a JSON Lines row)")
    line: Optional[int] = Field(default=None, description="1-based line of the claim in the original file, when found")
    column: Optional[int] = Field(default=None, description="1-based column (Unicode code points)")
    end_line: Optional[int] = None
    end_column: Optional[int] = Field(default=None, description="column just after the claim's last character")
    evidence: str = Field(description="why the rule fired, in one line")
    fix: str = Field(description="what to change, in one line")
    accepted: Optional[str] = Field(default=None, description="the reason a marker in the draft gives for accepting it")
