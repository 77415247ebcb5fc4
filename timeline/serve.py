"""`newsline serve`: the output folder over HTTP, read-only, so that the Prefect UI's link opens the page."""

from __future__ import annotations

import functools
import http.server
from pathlib import Path


class ReadOnlyHandler(http.server.SimpleHTTPRequestHandler):
    """GET and HEAD only (the base class answers 501 to every other method); no directory listings."""

    def list_directory(self, path):  # noqa: D401 - the base class's hook
        self.send_error(403, "Directory listing is not served")
        return None

    def end_headers(self) -> None:
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def make_server(folder: Path, host: str = "127.0.0.1", port: int = 8765) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(ReadOnlyHandler, directory=str(Path(folder).resolve()))
    return http.server.ThreadingHTTPServer((host, port), handler)


def serve(folder: Path, host: str = "127.0.0.1", port: int = 8765) -> None:
    server = make_server(folder, host, port)
    print(f"newsline: serving {Path(folder).resolve()} at http://{host}:{server.server_port}/timeline.html (Ctrl-C stops)")
    try:
        server.serve_forever()
    finally:
        server.server_close()
