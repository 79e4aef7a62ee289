"""GitLab Code Quality report: a JSON array, one issue per finding.

Paths are relative to the repository root, as GitLab shows them in merge requests.

Each finding has a fingerprint unique in the report (GitLab uses it to tell
new findings from fixed ones), built from the path, code, position and message.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, TextIO

from campaigntool.diagnostics import CheckResult, Severity
from campaigntool.i18n import Lang
from campaigntool.report.sarif import relative_uri, repository_root

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def issues(result: CheckResult, lang: Lang) -> list[dict[str, Any]]:
    root = repository_root(Path.cwd())
    seen: dict[str, int] = {}
    found = []
    for d in result.diagnostics:
        key = f"{d.path}\0{d.code}\0{d.span.line}\0{d.span.col}\0{d.message.en}"
        seen[key] = seen.get(key, 0) + 1
        fingerprint = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()
        found.append(
            {
                "type": "issue",
                "check_name": d.code,
                "description": f"{d.code} {d.message(lang)}",
                "categories": ["Style"],
                "severity": _SEVERITY[d.severity],
                "fingerprint": fingerprint,
                "location": {
                    "path": relative_uri(d.path, root),
                    "lines": {"begin": d.span.line, "end": d.span.end_line},
                },
            }
        )
    return found


def report(result: CheckResult, lang: Lang, out: TextIO) -> None:
    json.dump(issues(result, lang), out, ensure_ascii=False, indent=2)
    out.write("\n")
