"""A loopback web server for fixture sites: the demo (`sentinella demo`) and the crawl tests.

It serves a directory the way a static web host would, with two twists that make fixture webs
work: every literal `{{base}}` in a response is replaced by the server's own base URL (so feeds,
sitemaps and canonical links point back at it), and tests can steer it — make chosen paths fail,
redirect, or hang, and read back which paths were requested and what status each got (to prove
a known article is not fetched again, or that an unchanged feed was answered 304). Like a real
static host it sends ETag (a hash of the bytes served) and Last-Modified (the file's mtime) and
answers conditional requests with 304 Not Modified; `validators=False` turns that off.
Loopback only, port 0 by default, so parallel test runs never collide.
Without a robots.txt of its own at the root, `/robots.txt` is the union of the outlets' ones.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_NOT_FOUND = b"<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>"


def content_type(path: Path, data: bytes) -> str:
    """The Content-Type a plain static host would send.

    HTML gets a charset parameter only when the file itself declares one, never a guessed
    default: a latin-1 page must not be announced as UTF-8, or extraction tests prove nothing.
    """
    name = path.name.lower()
    if name == "robots.txt" or path.suffix == ".txt":
        return "text/plain"
    if path.suffix in (".xml", ".rss", ".atom"):
        return "application/xml"
    if path.suffix in (".html", ".htm"):
        match = _META_CHARSET.search(data[:4096])
        return f"text/html; charset={match.group(1).decode('ascii')}" if match else "text/html"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


@dataclass
class DemoServer:
    """Handle on a running server: its base URL, its request log and its failure hooks."""

    root: Path
    base_url: str = ""
    validators: bool = True                                     # ETag / Last-Modified / 304
    requests: Counter[str] = field(default_factory=Counter)    # path (no query) -> hits
    log: list[str] = field(default_factory=list)                # "GET /path?query", in order
    responses: list[tuple[str, int]] = field(default_factory=list)  # (path, status), in order
    _failures: dict[str, int] = field(default_factory=dict)
    _redirects: dict[str, tuple[int, str]] = field(default_factory=dict)
    _stalled: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        """Absolute URL of a path on this server (`/sites/x/feed.xml` -> `http://…/sites/…`)."""
        return self.base_url + "/" + path.lstrip("/")

    def fail(self, path: str, status: int = 500) -> None:
        """Answer `path` with `status` (e.g. 404, 500, 503) from now on."""
        with self._lock:
            self._failures[_norm(path)] = status

    def redirect(self, path: str, to: str, status: int = 301) -> None:
        """Answer `path` with a redirect to `to` (a path or an absolute URL)."""
        with self._lock:
            self._redirects[_norm(path)] = (status, to if "://" in to else self.url(to))

    def stall(self, path: str) -> None:
        """Never answer `path` (until the server stops): for timeout and time-limit tests."""
        with self._lock:
            self._stalled.add(_norm(path))

    def reset(self) -> None:
        """Forget the hooks and the request log (between two crawls of one test)."""
        with self._lock:
            self._failures.clear()
            self._redirects.clear()
            self._stalled.clear()
            self.requests.clear()
            self.log.clear()
            self.responses.clear()

    def hits(self, path: str) -> int:
        """How many times `path` (query ignored) was requested."""
        with self._lock:
            return self.requests[_norm(path)]

    def statuses(self, path: str) -> list[int]:
        """The statuses `path` was answered with, in order (e.g. [200, 304])."""
        path = _norm(path)
        with self._lock:
            return [status for p, status in self.responses if p == path]

    def _responded(self, path: str, status: int) -> None:
        with self._lock:
            self.responses.append((path, status))

    def _record(self, method: str, raw_path: str) -> str:
        path = _norm(urlsplit(raw_path).path)
        with self._lock:
            self.requests[path] += 1
            self.log.append(f"{method} {raw_path}")
        return path


def merged_robots(root: Path) -> bytes:
    """The host's /robots.txt for a fixture web: the union of every `sites/<outlet>/robots.txt`.

    A fixture web keeps one robots.txt per outlet, but crawlers (Scrapy's RobotsTxtMiddleware
    included) only read robots.txt at the host root, and here every outlet shares one loopback
    host. Groups for the same user agent are combined by robots.txt parsers (RFC 9309), so the
    concatenation carries each outlet's Disallow, Crawl-delay and Sitemap lines.
    """
    parts = [p.read_bytes().strip() for p in sorted(root.glob("sites/*/robots.txt"))]
    return b"\n\n".join(parts) + b"\n" if parts else b""


def validator_headers(data: bytes, mtime: float) -> dict[str, str]:
    """ETag and Last-Modified for a body: a hash of the bytes served (after `{{base}}` is filled
    in, so two servers of one site differ) and the file's modification time."""
    return {"ETag": '"' + hashlib.sha256(data).hexdigest()[:24] + '"',
            "Last-Modified": formatdate(mtime, usegmt=True)}


def not_modified(request_headers: Any, validators: dict[str, str], mtime: float) -> bool:
    """RFC 9110 §13.1: If-None-Match decides when present (weak comparison); else If-Modified-Since."""
    if_none_match = request_headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or validators["ETag"] in tags
    since = request_headers.get("If-Modified-Since")
    if not since:
        return False
    try:
        return int(mtime) <= parsedate_to_datetime(since).timestamp()
    except (TypeError, ValueError):
        return False


def _norm(path: str) -> str:
    if "://" in path:
        path = urlsplit(path).path
    return "/" + unquote(path).lstrip("/")


def _handler(server: DemoServer) -> type[BaseHTTPRequestHandler]:
    root = server.root.resolve()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "SentinellaDemo/1.0"

        def log_message(self, fmt: str, *args: object) -> None:  # quiet: the log is `server.log`
            pass

        def do_GET(self) -> None:
            self._serve(send_body=True)

        def do_HEAD(self) -> None:
            self._serve(send_body=False)

        def _send(self, status: int, body: bytes, ctype: str, send_body: bool,
                  headers: dict[str, str] | None = None) -> None:
            server._responded(_norm(urlsplit(self.path).path), status)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if send_body:
                self.wfile.write(body)

        def _send_document(self, data: bytes, ctype: str, mtime: float, send_body: bool) -> None:
            """200 with validators, or a body-less 304 when the client's copy is current."""
            if not server.validators:
                self._send(200, data, ctype, send_body)
                return
            headers = validator_headers(data, mtime)
            if not_modified(self.headers, headers, mtime):
                server._responded(_norm(urlsplit(self.path).path), 304)
                self.send_response(304)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                return
            self._send(200, data, ctype, send_body, headers)

        def _serve(self, send_body: bool) -> None:
            path = server._record(self.command, self.path)
            with server._lock:
                failure = server._failures.get(path)
                redirect = server._redirects.get(path)
                stalled = path in server._stalled
            if stalled:
                server._stop.wait()
                self.close_connection = True
                return
            if failure is not None:
                body = f"<html><body><h1>Error {failure}</h1></body></html>".encode()
                self._send(failure, body, "text/html; charset=utf-8", send_body)
                return
            if redirect is not None:
                self._send(redirect[0], b"", "text/html", send_body, {"Location": redirect[1]})
                return
            target = (root / path.lstrip("/")).resolve()
            if path == "/robots.txt" and not target.is_file():
                merged = merged_robots(root).replace(b"{{base}}", server.base_url.encode())
                if merged:
                    mtime = max(p.stat().st_mtime for p in root.glob("sites/*/robots.txt"))
                    self._send_document(merged, "text/plain", mtime, send_body)
                    return
            if target.is_dir():
                target = target / "index.html"
            if not target.is_relative_to(root) or not target.is_file():
                self._send(404, _NOT_FOUND, "text/html; charset=utf-8", send_body)
                return
            data = target.read_bytes().replace(b"{{base}}", server.base_url.encode())
            self._send_document(data, content_type(target, data), target.stat().st_mtime, send_body)

    return Handler


@contextmanager
def serve_directory(root: str | Path, *, host: str = "127.0.0.1", port: int = 0,
                    validators: bool = True) -> Iterator[DemoServer]:
    """Serve `root` on loopback in a background thread for the duration of the `with` block.

    `validators=False` serves like a host that sends no ETag / Last-Modified (every fetch is full).
    """
    if host not in ("127.0.0.1", "::1", "localhost"):
        raise ValueError(f"the demo server only listens on loopback, not {host!r}")
    state = DemoServer(root=Path(root), validators=validators)

    class Server(ThreadingHTTPServer):
        request_queue_size = 128        # the default of 5 stalls a concurrent crawler
        daemon_threads = True

    httpd = Server((host, port), _handler(state))
    state.base_url = f"http://{host}:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, name="demo-server", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state._stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
