"""Turn paths, folders, JSON Lines and standard input into Documents.

Input problems raise InputError with one clear line; a batch reports them and goes on.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Iterator, Optional, Union

from .models import Document

MAX_INPUT_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FOLDER_SUFFIXES = HTML_SUFFIXES | {".txt", ".text", ".jsonl", ""}  # what a folder walk picks up
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html|<meta|<div|<article|<p[ >])", re.I)


class InputError(Exception):
    """The input cannot be audited; the message is the one line the user sees."""


class BadInput(Document):
    """A placeholder in a batch for an input that could not be read; `error` says why."""

    error: str


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256 for Arabic pages."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: broken UTF-16 text") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1256")
            except UnicodeDecodeError:
                raise InputError(f"{name}: not text (neither UTF-8 nor Windows-1256)") from None
            if not re.search(r"[\u0621-\u064A]", text):
                raise InputError(f"{name}: not text (invalid UTF-8 and no Arabic as Windows-1256)")
    text = text.replace("\x00", "")
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls > max(10, len(text[:20000]) // 50):
        raise InputError(f"{name}: binary data, not an article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(data: bytes, name: str = "") -> bool:
    return Path(name).suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(data[:2048]))


def document_from_bytes(data: bytes, name: str, url: Optional[str] = None,
                        max_bytes: int = MAX_INPUT_BYTES) -> Document:
    if len(data) > max_bytes:
        raise InputError(f"{name}: {len(data) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB input limit")
    text = decode(data, name)
    if looks_like_html(data, name):
        return Document(name=name, url=url, html=text)
    return Document(name=name, url=url, text=text)


def _jsonl(path: Path, url: Optional[str], max_bytes: int) -> Iterator[Union[Document, BadInput]]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            name = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
                if not isinstance(obj, dict):
                    raise InputError(f"{name}: a JSON Lines row must be an object")
                body = obj.get("html") if obj.get("html") is not None else obj.get("text")
                if not isinstance(body, str):
                    raise InputError(f"{name}: the object needs an 'html' or 'text' string")
                data = body.encode("utf-8")
                if len(data) > max_bytes:
                    raise InputError(f"{name}: {len(data) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB input limit")
                doc_url = obj.get("url") or url
                if "html" in obj and obj["html"] is not None:
                    yield Document(name=name, url=doc_url, html=decode(data, name))
                else:
                    yield Document(name=name, url=doc_url, text=decode(data, name))
            except json.JSONDecodeError as exc:
                yield BadInput(name=name, error=f"{name}: not JSON ({exc.msg})")
            except InputError as exc:
                yield BadInput(name=name, error=str(exc))


def iter_documents(paths: list[str], url: Optional[str] = None,
                   max_bytes: int = MAX_INPUT_BYTES) -> Iterator[Union[Document, BadInput]]:
    """Yield a Document (or a BadInput saying why not) per article, streaming, in a stable order."""
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            try:
                yield document_from_bytes(data, "-", url, max_bytes)
            except InputError as exc:
                yield BadInput(name="-", error=str(exc))
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith(".")
                           and f.suffix.lower() in FOLDER_SUFFIXES)
            yield from iter_documents([str(f) for f in files], None, max_bytes)
            continue
        if not path.exists():
            yield BadInput(name=p, error=f"{p}: no such file or folder")
            continue
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl(path, url, max_bytes)
            continue
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(f"{p}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB input limit")
            yield document_from_bytes(path.read_bytes(), p, url, max_bytes)
        except InputError as exc:
            yield BadInput(name=p, error=str(exc))
        except OSError as exc:
            yield BadInput(name=p, error=f"{p}: cannot read ({exc.strerror})")
