"""Fingerprints that follow a finding through unrelated edits of its file.

CI systems tell new findings from fixed ones by fingerprint. Line numbers
change whenever a line is inserted above, and messages change by themselves
(`overdue by 21 days` becomes 22 tomorrow), so neither is part of it: a
finding is its file, its code, the text of its line and where in that text it
points. Identical findings (the same text twice in a file) are numbered in
file order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from campaigntool.diagnostics import CheckResult, Diagnostic
from campaigntool.report.paths import relative_uri


def fingerprints(result: CheckResult, root: Path) -> Iterator[tuple[Diagnostic, str, str]]:
    """Each diagnostic with its repository-relative path and its fingerprint (hex)."""
    for file_result in result.files:
        uri = relative_uri(file_result.path, root) if file_result.diagnostics else ""
        seen: dict[str, int] = {}
        for d in file_result.diagnostics:
            line = file_result.source_line(d.line)
            if line is None:
                # Nothing to quote (an unreadable file): the message is all there is.
                where = d.message.en
            else:
                indent = len(line) - len(line.lstrip())
                where = f"{line.strip()}\0{d.col - indent}"
            key = f"{uri}\0{d.code}\0{where}"
            seen[key] = seen.get(key, 0) + 1
            digest = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()
            yield d, uri, digest
