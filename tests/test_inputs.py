"""Reading inputs: encodings, size caps, odd files, JSON Lines rows, URLs and --fetch (never the public network)."""
from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.ingest import fetch as fetch_module
from provenance.ingest.errors import parse_size
from provenance.ingest.fetch import fetch
from provenance.ingest.inputs import (
    BadInput,
    InputError,
    clean_text,
    decode,
    document_from_bytes,
    iter_documents,
)
from provenance.pipeline import Auditor

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "002_8a64b5d3bad4b392.txt"
ARABIC = "قال المتحدث باسم الوزارة إن المحادثات مستمرة. He said talks go on."
runner = CliRunner()


@pytest.mark.parametrize("encoded", [
    ARABIC.encode("utf-8"), b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), ARABIC.encode("cp1256", "replace"),
    ARABIC.encode("utf-16"), b"\xfe\xff" + ARABIC.encode("utf-16-be"),
    ARABIC.encode("utf-16-le"), ARABIC.encode("utf-16-be"),
], ids=["utf-8", "utf-8 BOM", "windows-1256", "utf-16 LE BOM", "utf-16 BE BOM", "utf-16 LE", "utf-16 BE"])
def test_encodings_decode_to_the_same_text(encoded: bytes) -> None:
    assert decode(encoded, "x") == ARABIC


def test_line_endings_nul_bytes_and_direction_marks_are_normalised() -> None:
    raw = "قال\u200f الوزير\r\nإن\x00 المحادثات\rمستمرة\u2028و\u061cانتهت\n".encode("utf-8")
    assert decode(raw, "x") == "قال الوزير\nإن المحادثات\nمستمرة\nوانتهت\n"


# Unicode's Default_Ignorable_Code_Point: a sample of each range, ends included
IGNORABLE = ["\u00ad", "\u034f", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u180b", "\u180e", "\u180f", "\u200b",
             "\u200c", "\u200d", "\u2060", "\u2064", "\u206f", "\u3164", "\ufe00", "\ufe0f", "\uffa0", "\ufff0",
             "\ufff8", "\U0001bca0", "\U0001bca3", "\U0001d173", "\U0001d17a", "\U000e0000", "\U000e0041",
             "\U000e007f", "\U000e0100", "\U000e0fff"]


@pytest.mark.parametrize("mark", IGNORABLE)
def test_default_ignorable_code_points_are_removed(mark: str) -> None:
    assert clean_text(f"Sour{mark}ces sa{mark}id the talks ended.{mark}", "x") == "Sources said the talks ended."


def test_visible_neighbours_of_ignorable_ranges_are_kept() -> None:
    kept = "\u00ac\u00ae\u034e\u0350\u2010\u2070\ufe10\ufffd\U000e1000 ابت"
    assert clean_text(kept, "x") == kept


@pytest.mark.parametrize("data, message", [
    (b"", "x: empty input"),
    (b" \n\t\r\n", "x: empty input"),
    (b"\x00" * 100, "x: empty input"),
    (bytes(range(256)) * 8, "x: binary data, not an article"),
    ("café «crème»".encode("latin-1"), "x: not text (invalid UTF-8 and no Arabic as Windows-1256)"),
])
def test_unreadable_bytes_get_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as err:
        decode(data, "x")
    assert str(err.value) == message


def test_size_caps_refuse_big_inputs_and_the_batch_goes_on(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(SEED.read_bytes() * 3)
    docs = list(iter_documents([str(big), str(SEED)], max_bytes=10_000))
    assert isinstance(docs[0], BadInput)
    assert docs[0].error == f"{big}: 13.9 KB is over the 10 KB input limit (raise it with --max-bytes)"
    assert not isinstance(docs[1], BadInput)
    with pytest.raises(InputError, match="characters of text is over the 500 limit"):
        Auditor(max_text_chars=500).audit(docs[1])


def test_max_bytes_option(tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", "--max-bytes", "1KB", "-j", "1", str(SEED)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {SEED}: 4.63 KB is over the 1 KB input limit (raise it with --max-bytes)\n"
    assert runner.invoke(app, ["audit", "--max-bytes", "50MB", "-j", "1", str(SEED)]).exit_code == 0
    bad = runner.invoke(app, ["audit", "--max-bytes", "lots", str(SEED)])
    assert bad.exit_code == 2 and "--max-bytes" in bad.stderr


@pytest.mark.parametrize("text, size", [("500000", 500_000), ("50MB", 50_000_000), ("1.5g", 1_500_000_000),
                                        ("20 kb", 20_000)])
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_standard_input_in_windows_1256() -> None:
    result = runner.invoke(app, ["audit", "-", "-f", "json", "-j", "1"],
                           input=SEED.read_text(encoding="utf-8").encode("cp1256"))
    assert result.exit_code == 0, result.stderr
    assert '"language": "ar"' in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [doc] = iter_documents([str(fifo)])
    assert doc.error == f"{fifo}: not a regular file"


def test_json_lines_rows_fail_one_by_one(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    good = '{"url": "https://example.com/a", "text": "The minister said the talks would go on."}\n'
    rows.write_text(good + '{"text": "' + "x" * 80_000 + '"}\n' + '{"text": 5}\n' + good, encoding="utf-8")
    docs = list(iter_documents([str(rows)], max_bytes=1000))
    assert [getattr(d, "error", None) for d in docs] == [
        None,
        f"{rows}:2: over the 1 KB input limit (raise it with --max-bytes)",
        f"{rows}:3: the object needs an 'html' or 'text' string",
        None,
    ]
    assert docs[3].name == f"{rows}:4" and docs[3].url == "https://example.com/a"


@pytest.mark.parametrize("url, message", [
    ("https://example.com/news/1", "a URL; pass --fetch to download it"),
    ("ftp://example.com/news.txt", "only http:// and https:// addresses can be fetched"),
    ("file:///etc/passwd", "only http:// and https:// addresses can be fetched"),
])
def test_urls_are_not_fetched_without_fetch(url: str, message: str) -> None:
    result = runner.invoke(app, ["audit", "-j", "1", url])
    assert result.exit_code == 2
    assert result.stderr == f"error: {url}: {message}\n"


# --- --fetch, against a server on 127.0.0.1 only --------------------------------------------------

class Server(http.server.ThreadingHTTPServer):
    """A local web server that records every request it gets."""

    def __init__(self, pages: dict[str, tuple[int, dict[str, str], bytes]]):
        self.pages, self.requests = pages, []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                status, headers, body = server.pages.get(self.path, (404, {}, b""))
                self.send_response(status)
                for k, v in {"Content-Length": str(len(body)), **headers}.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def server() -> Iterator[Server]:
    page = ("<html><body><article><p>" + SEED.read_text(encoding="utf-8") + "</p></article></body></html>").encode()
    srv = Server({
        "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, page),
        "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 50_000),
        "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n"),
    })
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "2130706433", "0x7f.1", "[::ffff:127.0.0.1]",
                                  "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "[fc00::1]",
                                  "[fe80::1]", "224.0.0.1", "0.0.0.0", "100.64.0.1", "240.0.0.1"])
def test_local_private_and_reserved_addresses_are_refused_before_connecting(server: Server, host: str) -> None:
    port = server.server_address[1]
    with pytest.raises(InputError, match=r"refused to connect to .*: a local, private or reserved address"):
        fetch(f"http://{host}:{port}/article", 1_000_000)
    assert server.requests == []


def test_fetch_on_the_command_line_refuses_the_local_server(server: Server) -> None:
    result = runner.invoke(app, ["audit", "-j", "1", "--fetch", f"{server.url}/article"])
    assert result.exit_code == 2
    assert result.stderr == (f"error: {server.url}/article: refused to connect to 127.0.0.1: "
                             "a local, private or reserved address\n")
    assert server.requests == []


@pytest.fixture
def trust_127(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let 127.0.0.1 (the test server) through the address check, as a public server would be."""
    check = fetch_module.public_address
    monkeypatch.setattr(fetch_module, "public_address",
                        lambda host, port: host if host == "127.0.0.1" else check(host, port))


def test_a_redirect_to_a_local_address_is_checked_again(server: Server, trust_127: None) -> None:
    port = server.server_address[1]
    server.pages["/moved"] = (302, {"Location": f"http://localhost:{port}/article"}, b"")
    with pytest.raises(InputError, match=r"refused to connect to localhost: a local, private or reserved address"):
        fetch(f"{server.url}/moved", 1_000_000)
    assert server.requests == ["/moved"]


def test_fetch_downloads_a_page_with_caps(server: Server, trust_127: None) -> None:
    [doc] = iter_documents([f"{server.url}/article"], fetch=True)
    assert doc.html is not None and doc.url == f"{server.url}/article"
    assert len(Auditor().audit(doc).claims) > 5
    with pytest.raises(InputError, match="50 KB is over the 10 KB input limit"):
        fetch(f"{server.url}/big", 10_000)
    with pytest.raises(InputError, match=r"not a web page \(image/png\)"):
        fetch(f"{server.url}/image", 10_000)
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(f"{server.url}/missing", 10_000)


def test_fetch_refuses_other_schemes() -> None:
    for url in ("file:///etc/passwd", "ftp://example.com/", "gopher://example.com/", "http://"):
        with pytest.raises(InputError, match="only http:// and https://"):
            fetch(url, 1000)


def test_document_from_bytes_sniffs_html_from_content() -> None:
    assert document_from_bytes(b"<!DOCTYPE html><html><body><p>x</p></body></html>", "page").html is not None
    assert document_from_bytes(b"Plain text, said he.", "page").text is not None


# --- inputs that cannot be read ---------------------------------------------------------------------
# Tests run as root, whom chmod does not stop: the refusal is made by failing the listing or the open.

def unreadable(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """Listing or opening any of `paths` raises PermissionError, as for a user without the right."""
    denied = {str(p) for p in paths}
    scandir, open_ = os.scandir, Path.open

    def guarded_scandir(path=".", *args, **kwargs):
        if str(path) in denied:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path, *args, **kwargs)

    def guarded_open(self, *args, **kwargs):
        if str(self) in denied:
            raise PermissionError(13, "Permission denied", str(self))
        return open_(self, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    monkeypatch.setattr(Path, "open", guarded_open)


@pytest.fixture
def batch(tmp_path: Path) -> dict[str, Path]:
    """A folder with an article, a locked sub-folder and a locked file, next to a readable article."""
    folder = tmp_path / "drafts"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "hidden.txt").write_bytes(SEED.read_bytes())
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "z.txt").write_bytes(SEED.read_bytes())
    other = tmp_path / "other.txt"
    other.write_bytes(SEED.read_bytes())
    return {"folder": folder, "locked": folder / "locked", "file": folder / "z.txt", "other": other,
            "missing": tmp_path / "missing.txt"}


def test_a_folder_or_file_that_cannot_be_read_is_reported_in_its_place(batch, monkeypatch) -> None:
    unreadable(monkeypatch, batch["locked"], batch["file"])
    docs = list(iter_documents([str(batch["folder"]), str(batch["missing"]), str(batch["other"])]))
    assert [getattr(d, "error", None) for d in docs] == [
        None,
        f"{batch['locked']}: cannot read (Permission denied)",
        f"{batch['file']}: cannot read (Permission denied)",
        f"{batch['missing']}: no such file or folder",
        None]
    assert [d.name for d in docs] == [str(batch["folder"] / "a.txt"), str(batch["locked"]), str(batch["file"]),
                                      str(batch["missing"]), str(batch["other"])]


def test_a_folder_walk_skips_hidden_files_and_folders_and_keeps_path_order(tmp_path: Path) -> None:
    for name in ["b/x.txt", "a.txt", "a/y.txt", ".git/HEAD", "b/.hidden.txt", "c.png", "a-b.txt", "A.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(SEED.read_bytes())
    names = [d.name for d in iter_documents([str(tmp_path)])]
    assert names == [str(tmp_path / n) for n in ["A.txt", "a/y.txt", "a-b.txt", "a.txt", "b/x.txt"]]


@pytest.mark.parametrize("command", ["audit", "export", "gate"])
def test_unreadable_inputs_exit_2_with_one_line_each_and_the_rest_goes_through(batch, monkeypatch, tmp_path,
                                                                               command: str) -> None:
    unreadable(monkeypatch, batch["locked"], batch["file"])
    inputs = [str(batch["folder"]), str(batch["missing"]), str(batch["other"])]
    args = {"audit": ["audit", "-f", "jsonl", "-j", "1", *inputs],
            "export": ["export", str(tmp_path / "audit.db"), *inputs, "-j", "1", "--quiet"],
            "gate": ["gate", *inputs, "-f", "json"]}[command]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [f"error: {batch['locked']}: cannot read (Permission denied)",
                                          f"error: {batch['file']}: cannot read (Permission denied)",
                                          f"error: {batch['missing']}: no such file or folder"]
    done = {"audit": lambda: [json.loads(line)["input"] for line in result.stdout.splitlines()],
            "export": lambda: [r[0] for r in sqlite3.connect(tmp_path / "audit.db").execute(
                "select name from inputs order by name")],
            "gate": lambda: [a["input"] for a in json.loads(result.stdout)["articles"]]}[command]()
    assert done == [str(batch["folder"] / "a.txt"), str(batch["other"])]


# The interpreter may live where another user cannot run it (under /root): the child imports what the
# commands need as root, then becomes nobody before it reads anything, so the kernel checks as for nobody.
AS_NOBODY = ("import os, sys, provenance.cli, provenance.gate.check, provenance.gate.formats\n"
             "os.setgroups([]); os.setgid(65534); os.setuid(65534)\n"
             "sys.argv[0] = 'provenance'; provenance.cli.main()")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to become another user")
@pytest.mark.parametrize("command", ["audit", "gate"])
def test_a_real_user_without_read_permission_gets_exit_2(command: str) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        (folder / "locked").mkdir()
        (folder / "locked" / "draft.txt").write_bytes(SEED.read_bytes())
        (folder / "locked").chmod(0o000)
        folder.chmod(0o755)
        result = subprocess.run([sys.executable, "-c", AS_NOBODY, command, str(folder)], capture_output=True,
                                text=True, timeout=120, cwd="/")
    finally:
        shutil.rmtree(folder)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr == f"error: {folder / 'locked'}: cannot read (Permission denied)\n"


@pytest.mark.parametrize("host", ["LOCALHOST.", "localhost.", "Sub.LocalHost.", "news.localhost"])
def test_localhost_names_are_refused_without_asking_the_resolver(host: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []
    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", lambda *args, **kwargs: asked.append(args) or [])
    with pytest.raises(InputError, match=rf"refused to connect to {re.escape(host.lower())}: a local, private"):
        fetch(f"http://{host}:8080/article", 1_000_000)
    assert asked == []


def test_a_trailing_dot_reaches_the_address_check(server: Server) -> None:
    port = server.server_address[1]
    with pytest.raises(InputError, match=r"refused to connect to 127\.0\.0\.1\.? ?.*: a local, private"):
        fetch(f"http://127.0.0.1.:{port}/article", 1_000_000)
    assert server.requests == []


@pytest.fixture
def dripping() -> Iterator[str]:
    """A server that sends its status line, then a header one byte every 0.1 s (for 20 s at most)."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            try:
                conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                for _ in range(200):
                    if stop.wait(0.1):
                        return
                    conn.sendall(b"a")
            except OSError:  # the client hung up
                return

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/article"
    stop.set()
    thread.join(25)
    listener.close()


def test_a_server_that_drips_its_headers_is_cut_at_the_overall_limit(dripping: str, trust_127: None) -> None:
    started = time.monotonic()
    with pytest.raises(InputError) as err:
        fetch(dripping, 1_000_000, timeout=1.5)
    assert time.monotonic() - started < 5
    assert str(err.value) == f"{dripping}: the download took over 1.5 s"
