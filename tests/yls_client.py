"""A minimal Language Server Protocol client, to ask yaml-language-server what an editor shows.

VS Code's YAML support is yaml-language-server; driving it over stdio shows
what a secretary sees in the editor: the diagnostics of a plan and the hover
text of a key. The server is found on PATH or under node_modules of the
folder given by CAMPAIGN_YLS_DIR (`npm install yaml-language-server` there).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any


def find_server() -> Path | None:
    folder = os.environ.get("CAMPAIGN_YLS_DIR")
    if folder:
        candidate = Path(folder) / "node_modules" / ".bin" / "yaml-language-server"
        if candidate.exists():
            return candidate
    found = shutil.which("yaml-language-server")
    return Path(found) if found else None


class YamlLanguageServer:
    def __init__(self, server: Path, root: Path) -> None:
        self.process = subprocess.Popen(
            [str(server), "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.next_id = 0
        self.diagnostics: dict[str, list[dict[str, Any]]] = {}
        self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri(),
                "capabilities": {"textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}}},
            },
        )
        self.notify("initialized", {})
        settings = {
            "yaml": {"validate": True, "hover": True, "completion": True, "schemaStore": {"enable": False}}
        }
        self.notify("workspace/didChangeConfiguration", {"settings": settings})

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        self.process.stdin.flush()

    def _receive(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        length = 0
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("yaml-language-server stopped")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        message: dict[str, Any] = json.loads(self.process.stdout.read(length))
        return message

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        wanted = self.next_id
        self._send({"id": wanted, "method": method, "params": params})
        while True:
            message = self._handle(self._receive())
            if message is not None and message.get("id") == wanted and "method" not in message:
                return message.get("result")

    def _handle(self, message: dict[str, Any]) -> dict[str, Any] | None:
        """Answer the server's own requests; keep its diagnostics."""
        method = message.get("method")
        if method == "textDocument/publishDiagnostics":
            self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
        elif method is not None and "id" in message:
            result: Any = None
            if method == "workspace/configuration":
                result = [
                    {"validate": True, "hover": True, "completion": True} for _ in message["params"]["items"]
                ]
            self._send({"id": message["id"], "result": result})
        return message

    def open(self, path: Path) -> str:
        uri = path.as_uri()
        self.diagnostics.pop(uri, None)
        self.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": uri,
                    "languageId": "yaml",
                    "version": 1,
                    "text": path.read_text(encoding="utf-8"),
                }
            },
        )
        return uri

    def diagnostics_of(self, uri: str, timeout: float = 30) -> list[dict[str, Any]]:
        """The diagnostics published for a document, once the schema has been applied."""
        deadline = time.monotonic() + timeout
        # A hover is answered after validation has been scheduled; then wait for the result.
        self.request(
            "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}
        )
        while uri not in self.diagnostics:
            if time.monotonic() > deadline:
                raise TimeoutError(uri)
            self._handle(self._receive())
        return self.diagnostics[uri]

    def hover(self, uri: str, line: int, character: int) -> str:
        result = self.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}},
        )
        if not result:
            return ""
        contents = result["contents"]
        return str(contents["value"] if isinstance(contents, dict) else contents)

    def close(self) -> None:
        try:
            self.request("shutdown", {})
            self.notify("exit", {})
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
