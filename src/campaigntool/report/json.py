"""A stable JSON document (version 1); its fields are documented in docs/output.md."""

from __future__ import annotations

import json
from typing import Any, TextIO

from campaigntool.diagnostics import CheckResult, Severity
from campaigntool.i18n import Lang
from campaigntool.rules import BY_CODE

VERSION = 1


def document(result: CheckResult, lang: Lang) -> dict[str, Any]:
    return {
        "version": VERSION,
        "summary": {
            "files": len(result.files),
            "error": result.count(Severity.ERROR),
            "warning": result.count(Severity.WARNING),
            "info": result.count(Severity.INFO),
        },
        "diagnostics": diagnostics(result, lang),
    }


def diagnostics(result: CheckResult, lang: Lang) -> list[dict[str, Any]]:
    """Every diagnostic as a JSON object; the other commands' JSON output embeds the same list."""
    return [
        {
            "path": d.path,
            "line": d.span.line,
            "column": d.span.col,
            "end_line": d.span.end_line,
            "end_column": d.span.end_col,
            "code": d.code,
            "rule": BY_CODE[d.code].name,
            "severity": d.severity.value,
            "message": d.message(lang),
            "fix": d.fix(lang) if d.fix else None,
        }
        for d in result.diagnostics
    ]


def report(result: CheckResult, lang: Lang, out: TextIO) -> None:
    json.dump(document(result, lang), out, ensure_ascii=False, indent=2)
    out.write("\n")
