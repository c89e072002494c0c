"""Download one page for `provenance audit --fetch URL`, and nothing a URL should not reach.

Only http and https; every connection (the first and each redirect) goes to an address that was
resolved and checked to be public, and the socket is opened to that very address, so a host name
that resolves differently the second time (DNS rebinding) cannot reach a local service. Proxies
from the environment are not used. The download has a total time limit and a size cap.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from typing import NamedTuple, Optional
from urllib.parse import quote, urlsplit, urlunsplit

from .errors import InputError, over_limit

TIMEOUT = 15.0  # seconds for the whole download
MAX_REDIRECTS = 5
_TLS = ssl.create_default_context()


class AddressError(InputError):
    """A host that cannot be resolved or must not be reached; fetch() puts the URL in front."""


class Page(NamedTuple):
    data: bytes
    url: str  # after redirects
    content_type: str
    charset: Optional[str]


def public_address(host: str, port: int) -> str:
    """An address of `host` to connect to; AddressError if it (or any other address it has) is not public.

    localhost and its subdomains are refused by name, without asking a resolver (which might send
    "localhost." on to DNS); a trailing dot is dropped, so "127.0.0.1." is checked as 127.0.0.1.
    """
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        raise AddressError(f"refused to connect to {host.lower()}: a local, private or reserved address")
    try:
        infos = socket.getaddrinfo(name or host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise AddressError(f"cannot resolve {host} ({exc})") from None
    for *_, sockaddr in infos:
        ip = ipaddress.ip_address(sockaddr[0].split("%")[0])
        if ip.version == 6 and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if not ip.is_global or ip.is_multicast or ip.is_reserved:
            shown = host if host == str(ip) else f"{host} ({ip})"
            raise AddressError(f"refused to connect to {shown}: a local, private or reserved address")
    return infos[0][4][0]


class _Deadline:
    """Cuts every connection of one download when its time is up: a per-read timeout alone lets a
    server that sends its headers a byte a second go on for ever."""

    current = threading.local()  # the download this thread is doing

    def __init__(self, seconds: float):
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True

    def __enter__(self) -> "_Deadline":
        _Deadline.current.value = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _Deadline.current.value = None

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                self._shut(sock)

    def _cut(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:  # the plain socket's shutdown, also under TLS: a blocked read or handshake returns at once
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        except OSError:
            pass


def _connect(host: str, port: int, timeout: float) -> socket.socket:
    return socket.create_connection((public_address(host, port), port), timeout)


def _watched(sock: socket.socket) -> socket.socket:
    deadline = getattr(_Deadline.current, "value", None)
    if deadline is not None:
        deadline.watch(sock)
    return sock


class _HTTPConnection(http.client.HTTPConnection):
    def connect(self) -> None:
        self.sock = _watched(_connect(self.host, self.port, self.timeout))


class _HTTPSConnection(http.client.HTTPSConnection):
    def connect(self) -> None:
        sock = _TLS.wrap_socket(_connect(self.host, self.port, self.timeout), server_hostname=self.host,
                                do_handshake_on_connect=False)
        self.sock = _watched(sock)  # before the handshake, which a server can drip too
        sock.do_handshake()


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPConnection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPSConnection, req)


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


_opener = urllib.request.OpenerDirector()  # not build_opener: no file:, ftp:, data: or proxy handlers
for _handler in (_HTTPHandler(), _HTTPSHandler(), _Redirects(), urllib.request.HTTPDefaultErrorHandler(),
                 urllib.request.HTTPErrorProcessor()):
    _opener.add_handler(_handler)


def _request_url(url: str) -> str:
    """`url` in ASCII (IDNA host, escaped path: Arabic addresses work); InputError if it is no http(s) URL."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
        if parts.scheme.lower() not in ("http", "https") or not host:
            raise InputError(f"{url}: only http:// and https:// addresses can be fetched")
        host = host.encode("idna").decode("ascii")
    except ValueError as exc:  # a bad port, an unclosed [ of an IPv6 address, an empty label...
        raise InputError(f"{url}: not a valid URL ({exc})") from None
    netloc = (f"[{host}]" if ":" in host else host) + (f":{port}" if port is not None else "")
    keep = "/%:@!$&'()*+,;=?-._~"  # what is already escaped or means something stays as it is
    return urlunsplit(parts._replace(netloc=netloc, path=quote(parts.path, safe=keep),
                                     query=quote(parts.query, safe=keep), fragment=""))


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT) -> Page:
    """The body of `url` (at most `max_bytes`), or InputError naming the URL and what went wrong."""
    with _Deadline(timeout) as deadline:
        try:
            page = _download(url, max_bytes, timeout)
        except InputError:
            if not deadline.fired:
                raise
            page = None
    if deadline.fired:  # whatever the cut connection made of it, a page cut short is no page
        raise InputError(f"{url}: the download took over {timeout:g} s")
    return page  # type: ignore[return-value]


def _download(url: str, max_bytes: int, timeout: float) -> Page:
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(_request_url(url), headers={"User-Agent": "provenance (news source auditor)"})
    try:
        with _opener.open(request, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise over_limit(url, max_bytes, int(length))
            content_type = resp.headers.get_content_type()
            if not content_type.startswith("text/") and "html" not in content_type and "xml" not in content_type:
                raise InputError(f"{url}: not a web page ({content_type})")
            chunks, size = [], 0
            while chunk := resp.read1(65536):  # returns what has arrived, so the deadline is checked
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise over_limit(url, max_bytes)
                if time.monotonic() > deadline:
                    raise InputError(f"{url}: the download took over {timeout:g} s")
            return Page(b"".join(chunks), resp.geturl(), content_type, resp.headers.get_content_charset())
    except AddressError as exc:  # raised while connecting, to the first address or after a redirect
        raise InputError(f"{url}: {exc}") from None
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot fetch ({exc.reason})") from None
    except (OSError, http.client.HTTPException, UnicodeError) as exc:  # timeouts, broken connections, odd redirects
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from None
