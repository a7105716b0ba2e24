"""Real local peers shared by the tests: an HTTP receiver for apprise's json:// URLs."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Receiver:
    """json:// target: records every POST; can be told to hang on the Nth request."""

    def __init__(self):
        self.posts: list[dict] = []
        self.arrived = threading.Event()          # set when a request reaches the handler
        self.release = threading.Event()
        self.block_on: int | None = None
        self.status = 200
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.posts.append(body)
                if outer.block_on is not None and len(outer.posts) == outer.block_on:
                    outer.arrived.set()
                    outer.release.wait(30)
                self.send_response(outer.status)
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/hook"

    def stop(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


