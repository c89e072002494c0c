"""Turn paths, folders, JSON Lines, standard input and (with --fetch) URLs into Documents.

Input problems raise InputError with one clear line; a batch reports them and goes on.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import BinaryIO, Iterator, Optional, Union

from ..models import Document
from .errors import InputError, over_limit

MAX_INPUT_BYTES = 20_000_000  # per article; a bigger file is refused before it is read
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FOLDER_SUFFIXES = HTML_SUFFIXES | {".txt", ".text", ".jsonl", ""}  # what a folder walk picks up
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html|<meta|<div|<article|<p[ >])",
                         re.I)
_URL = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.I)
_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\v": "\n", "\f": "\n"})
_OTHER_BREAK = re.compile("[" + "".join(re.escape(chr(c)) for c in _LINE_BREAKS) + "]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# NUL and Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): byte-order marks, soft
# hyphens, zero-width spaces and joiners, word joiners, direction marks, embeddings and isolates,
# variation selectors, Hangul fillers, tag characters. They only steer display; inside a word they
# hide it from the audit ("sour\u00adces said"), between words they hide sentence and word boundaries.
_INVISIBLE = re.compile("[\x00\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3"
                        "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # below 32, other than \t \n \v \f \r: binary data
_ANY_SPECIAL = re.compile("|".join(rx.pattern for rx in (_OTHER_BREAK, _SURROGATE, _INVISIBLE, _CONTROL)))


class BadInput(Document):
    """A placeholder in a batch for an input that could not be read; `error` says why."""

    error: str


def _utf16_without_bom(data: bytes) -> Optional[str]:
    """BOM-less UTF-16: ASCII spaces and digits put NUL bytes on one side of each pair only."""
    sample = data[:8192]
    pairs = len(sample) // 2
    even, odd = sample[0:2 * pairs:2].count(0), sample[1:2 * pairs:2].count(0)
    if odd > pairs // 20 and even == 0:
        return "utf-16-le"
    if even > pairs // 20 and odd == 0:
        return "utf-16-be"
    return None


def _to_text(data: bytes, name: str, charset: Optional[str]) -> str:
    if charset:  # declared by a web server; wrong declarations fall through to detection
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    utf16 = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            raise InputError(f"{name}: broken UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1256")  # defines all 256 bytes: the check below is what tells
    if not re.search(r"[\u0621-\u064A]", text):
        raise InputError(f"{name}: not text (invalid UTF-8 and no Arabic as Windows-1256)")
    return text


def clean_text(text: str, name: str) -> str:
    """Drop invisible controls, refuse binary data, and make every line break a plain newline."""
    if _ANY_SPECIAL.search(text) is None:  # most texts: one scan shows there is nothing to do
        if not text.strip():
            raise InputError(f"{name}: empty input")
        return text
    text = _SURROGATE.sub("\ufffd", _INVISIBLE.sub("", text))
    if not text.strip():
        raise InputError(f"{name}: empty input")
    head = text[:20000]
    controls = len(_CONTROL.findall(head))
    if controls > max(10, len(head) // 50):
        raise InputError(f"{name}: binary data, not an article")
    text = text.replace("\r\n", "\n")
    # translate looks up every character: only worth it when there is a break to change
    return text.translate(_LINE_BREAKS) if _OTHER_BREAK.search(text) else text


def decode(data: bytes, name: str, charset: Optional[str] = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with or without BOM), or Windows-1256 for Arabic pages."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    return clean_text(_to_text(data, name, charset), name)


def looks_like_html(text: str, name: str = "") -> bool:
    return Path(name).suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(text[:2048]))


def document_from_bytes(data: bytes, name: str, url: Optional[str] = None, max_bytes: int = MAX_INPUT_BYTES,
                        charset: Optional[str] = None, html: Optional[bool] = None) -> Document:
    """One article from raw bytes; `html` None means: decide from the name and the content."""
    if len(data) > max_bytes:
        raise over_limit(name, max_bytes, len(data))
    text = decode(data, name, charset)
    if html or (html is None and looks_like_html(text, name)):
        return Document(name=name, url=url, html=text)
    return Document(name=name, url=url, text=text)


def _row_document(raw: bytes, name: str, url: Optional[str], max_bytes: int) -> Document:
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8, as JSON Lines must be") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{name}: not JSON (nested too deeply)") from None
    except ValueError as exc:  # e.g. an integer of a million digits
        raise InputError(f"{name}: not JSON ({str(exc)[:80]})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{name}: a JSON Lines row must be an object")
    is_html = obj.get("html") is not None
    body = obj["html"] if is_html else obj.get("text")
    if not isinstance(body, str):
        raise InputError(f"{name}: the object needs an 'html' or 'text' string")
    doc_url = obj.get("url") or url
    if doc_url is not None and not isinstance(doc_url, str):
        raise InputError(f"{name}: 'url' must be a string")
    doc_url = doc_url and _SURROGATE.sub("\ufffd", doc_url)  # "\ud800" in JSON: no report could hold it
    size = len(body.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise over_limit(name, max_bytes, size)
    text = clean_text(body, name)
    return Document(name=name, url=doc_url, html=text) if is_html else Document(name=name, url=doc_url, text=text)


def _rows(fh: BinaryIO, limit: int) -> Iterator[Optional[bytes]]:
    """Lines of a file, with None for a line over `limit` bytes (skipped without holding it in memory)."""
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield raw


def _jsonl(path: Path, url: Optional[str], max_bytes: int) -> Iterator[Union[Document, BadInput]]:
    limit = 6 * max_bytes + 65536  # JSON escapes (\uXXXX) make a row up to six times its text
    with path.open("rb") as fh:
        for n, raw in enumerate(_rows(fh, limit), 1):
            name = f"{shown(str(path))}:{n}"
            if raw is None:
                yield BadInput(name=name, error=str(over_limit(name, max_bytes)))
            elif raw.strip():
                try:
                    yield _row_document(raw, name, url, max_bytes)
                except InputError as exc:
                    yield BadInput(name=name, error=str(exc))


def _fetched(url: str, max_bytes: int) -> Document:
    from .fetch import fetch

    page = fetch(url, max_bytes)
    is_html = "html" in page.content_type or None  # text/plain or unlabelled: look at the content
    return document_from_bytes(page.data, url, page.url, max_bytes, page.charset, is_html)


def _path_document(p: str, name: str, url: Optional[str], max_bytes: int, fetch: bool) -> Document:
    if _URL.match(p) and not Path(p).exists():
        if not p.lower().startswith(("http://", "https://")):
            raise InputError(f"{name}: only http:// and https:// addresses can be fetched")
        if not fetch:
            raise InputError(f"{name}: a URL; pass --fetch to download it")
        return _fetched(p, max_bytes)
    path = Path(p)
    if not path.exists():
        raise InputError(f"{name}: no such file or folder")
    if not path.is_file():  # a FIFO or a device would block or never end
        raise InputError(f"{name}: not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise over_limit(name, max_bytes, size)
    with path.open("rb") as fh:
        return document_from_bytes(fh.read(), name, url, max_bytes)


def shown(path: str) -> str:
    """A path as text that prints and serialises: bytes of a file name that are not UTF-8 (which
    Python keeps as lone surrogates) become backslash escapes, a\\xffb.txt, in every output alike."""
    if _SURROGATE.search(path) is None:
        return path
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file name decodes to (\ud800, from JSON)
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def _folder_files(folder: Path) -> Iterator[Union[Path, BadInput]]:
    """The files a folder walk picks (see FOLDER_SUFFIXES), in path order, without hidden files and
    folders or links to folders; a folder that cannot be listed is a BadInput in its place."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        name = shown(str(folder))
        yield BadInput(name=name, error=f"{name}: cannot read ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _folder_files(path)
            elif entry.is_file() and path.suffix.lower() in FOLDER_SUFFIXES:
                yield path
        except OSError as exc:
            name = shown(entry.path)
            yield BadInput(name=name, error=f"{name}: cannot read ({exc.strerror or exc})")


def folder_files(folder: Path) -> list[Path]:
    """The files a folder walk audits, in its order (hidden files and folders, other suffixes left out)."""
    return [f for f in _folder_files(folder) if isinstance(f, Path)]


def iter_documents(paths: list[str], url: Optional[str] = None, max_bytes: int = MAX_INPUT_BYTES,
                   fetch: bool = False) -> Iterator[Union[Document, BadInput]]:
    """Yield a Document (or a BadInput saying why not) per article, streaming, in a stable order."""
    url = shown(url) if url else url
    for p in paths:
        yield from _documents(p, url, max_bytes, fetch)


def _documents(p: str, url: Optional[str], max_bytes: int, fetch: bool) -> Iterator[Union[Document, BadInput]]:
    name = shown(p)
    try:
        if p == "-":
            yield document_from_bytes(sys.stdin.buffer.read(max_bytes + 1), "-", url, max_bytes)
        elif Path(p).is_dir():
            for item in _folder_files(Path(p)):
                yield from [item] if isinstance(item, BadInput) else _documents(str(item), None, max_bytes, False)
        elif p.lower().endswith(".jsonl") and Path(p).is_file():
            yield from _jsonl(Path(p), url, max_bytes)
        else:
            yield _path_document(p, name, url, max_bytes, fetch)
    except InputError as exc:
        yield BadInput(name=name, error=str(exc))
    except OSError as exc:
        yield BadInput(name=name, error=f"{name}: cannot read ({exc.strerror or exc})")
