"""GitLab Code Quality report: a JSON array, one issue per finding.

Paths are relative to the repository root, as GitLab shows them in merge
requests. GitLab tells new findings from fixed ones by fingerprint, so it
stays the same when lines are inserted above a finding or its message
changes (see campaigntool.report.fingerprint).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from campaigntool.diagnostics import CheckResult, Severity
from campaigntool.i18n import Lang
from campaigntool.report.fingerprint import fingerprints
from campaigntool.report.paths import repository_root

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def issues(result: CheckResult, lang: Lang) -> list[dict[str, Any]]:
    return [
        {
            "type": "issue",
            "check_name": d.code,
            "description": f"{d.code} {d.message(lang)}",
            "categories": ["Style"],
            "severity": _SEVERITY[d.severity],
            "fingerprint": fingerprint,
            "location": {"path": uri, "lines": {"begin": d.span.line, "end": d.span.end_line}},
        }
        for d, uri, fingerprint in fingerprints(result, repository_root(Path.cwd()))
    ]


def report(result: CheckResult, lang: Lang, out: TextIO) -> None:
    json.dump(issues(result, lang), out, ensure_ascii=False, indent=2)
    out.write("\n")
