"""A local test web server on 127.0.0.1 (loopback only) serving routes built in code."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Mon, 09 Jan 2023 08:00:00 GMT"


@dataclass
class Route:
    """What one path answers: a body (or a streamed size), status, headers, and a delay."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream_bytes: int = 0          # send this many bytes in chunks instead of ``body``
    declare_length: bool = True
    conditional: bool = True       # answer If-Modified-Since / If-None-Match with 304


@dataclass
class Hit:
    """One request the server saw."""

    path: str
    status: int
    headers: dict[str, str]


class Site:
    """Routes by path, and a log of the requests made."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.base = ""

    def add(self, path: str, body: str | bytes = b"", **kw: object) -> None:
        """Serve ``body`` (str is UTF-8 encoded) at ``path``."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **kw)  # type: ignore[arg-type]

    def url(self, path: str) -> str:
        """Return the absolute URL of ``path`` on this server."""
        return self.base + path

    def paths(self, status: int | None = None) -> list[str]:
        """Return the requested paths (with the given answer status), in order."""
        with self.lock:
            return [h.path for h in self.hits if status is None or h.status == status]

    def clear(self) -> None:
        """Forget the requests seen so far."""
        with self.lock:
            self.hits.clear()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def send_response(self, code: int, message: str | None = None) -> None:
            with site.lock:  # logged before any byte goes out, so a client never outruns the log
                site.hits.append(Hit(self.path, code, dict(self.headers)))
            super().send_response(code, message)

        def _answer(self, route: Route | None) -> int:
            if route is None:
                return self._send(404, b"<html><body>not found</body></html>", "text/html")
            if route.delay:
                time.sleep(route.delay)
            fresh = self.headers.get("If-Modified-Since") == LAST_MODIFIED or (
                self.headers.get("If-None-Match") == '"v1"')
            if route.conditional and route.status == 200 and fresh:
                self.send_response(304)
                self.end_headers()
                return 304
            if route.stream_bytes:
                return self._stream(route)
            extra = {"Last-Modified": LAST_MODIFIED, "ETag": '"v1"'} if route.conditional else {}
            return self._send(route.status, route.body, route.content_type, {**extra, **route.headers})

        def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> int:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)
            return status

        def _stream(self, route: Route) -> int:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            if route.declare_length:
                self.send_header("Content-Length", str(route.stream_bytes))
            else:
                self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + "很长的页面".encode() * 2000 + b"</p>\n"
            sent = 0
            try:
                while sent < route.stream_bytes:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return 200

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self._answer(site.routes.get(self.path))

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (timeout, size cap) leaves a broken pipe: expected here


class LocalServer:
    """A threaded HTTP(S) server bound to 127.0.0.1 on a free port, serving ``site``."""

    def __init__(self, site: Site, tls: ssl.SSLContext | None = None) -> None:
        self.site = site
        self.httpd = _QuietServer(("127.0.0.1", 0), _handler(site))
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        scheme = "https" if tls is not None else "http"
        site.base = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


Builder = Callable[[Site], None]
