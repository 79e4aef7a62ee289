"""A small synchronous LSP client: starts `campaign lsp` and talks JSON-RPC over its stdio.

Tests and `make bench` drive the real server through it, as an editor would.
Requests the server sends (registrations, configuration) are answered with
null; notifications are queued until a test asks for them.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

TIMEOUT = 20.0


class ServerError(Exception):
    """The server answered a request with an error."""


class LspClient:
    """One running server process and the conversation with it."""

    def __init__(self, cwd: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "campaigntool", "lsp", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self._in: IO[bytes] = self.process.stdin
        self._next_id = 0
        self._responses: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self.notifications: queue.Queue[dict[str, Any]] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        threading.Thread(target=self._drain, daemon=True).start()

    # -- the wire -------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}, ensure_ascii=False).encode()
        with self._lock:
            self._in.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
            self._in.flush()

    def _read(self, stream: IO[bytes]) -> None:
        while True:
            length = 0
            while True:
                header = stream.readline()
                if not header:
                    return
                if header in (b"\r\n", b"\n"):
                    break
                name, _, value = header.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            message = json.loads(stream.read(length))
            if "id" in message and "method" in message:  # a request from the server
                self._send({"id": message["id"], "result": None})
            elif "id" in message:
                self._responses.setdefault(message["id"], queue.Queue()).put(message)
            else:
                self.notifications.put(message)

    def _drain(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.stderr.append(line.decode(errors="replace"))

    # -- requests and notifications -------------------------------------------

    def request(self, method: str, params: Any) -> Any:
        self._next_id += 1
        ident = self._next_id
        box = self._responses.setdefault(ident, queue.Queue())
        self._send({"id": ident, "method": method, "params": params})
        try:
            answer = box.get(timeout=TIMEOUT)
        except queue.Empty:
            raise TimeoutError(f"{method}: no answer; server said: {''.join(self.stderr)}") from None
        if "error" in answer:
            raise ServerError(answer["error"])
        return answer.get("result")

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def wait_for(self, method: str, uri: str | None = None) -> dict[str, Any]:
        """The next notification `method` (for `uri`, if given); others are dropped."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no {method}; server said: {''.join(self.stderr)}")
            try:
                message = self.notifications.get(timeout=remaining)
            except queue.Empty:
                continue
            params: dict[str, Any] = message.get("params") or {}
            if message.get("method") == method and (uri is None or params.get("uri") == uri):
                return params

    # -- what an editor does ----------------------------------------------------

    def initialize(self, root: Path, options: dict[str, Any] | None = None, locale: str = "zh-cn") -> Any:
        result = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri(),
                "locale": locale,
                "capabilities": {},
                "initializationOptions": options or {},
            },
        )
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str) -> list[dict[str, Any]]:
        """Open a document; the diagnostics published for it."""
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
        )
        return self.diagnostics(uri)

    def change(
        self, uri: str, version: int, line: int, start: int, end: int, text: str
    ) -> list[dict[str, Any]]:
        """Replace characters start..end of a line (UTF-16 units); the new diagnostics."""
        self.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [
                    {
                        "range": {
                            "start": {"line": line, "character": start},
                            "end": {"line": line, "character": end},
                        },
                        "text": text,
                    }
                ],
            },
        )
        return self.diagnostics(uri)

    def replace_all(self, uri: str, version: int, text: str) -> list[dict[str, Any]]:
        self.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        )
        return self.diagnostics(uri)

    def diagnostics(self, uri: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.wait_for("textDocument/publishDiagnostics", uri)["diagnostics"]
        return found

    def at(self, method: str, uri: str, line: int, character: int, **extra: Any) -> Any:
        """A request about one position of a document."""
        return self.request(
            method,
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}, **extra},
        )

    def close(self) -> None:
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.process.wait(timeout=TIMEOUT)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
