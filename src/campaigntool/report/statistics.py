"""`check --statistics`: how many findings of each rule, and how many `# noqa` silenced.

A plan copied from a web page can hold hundreds of the same finding; the
counts say what to fix first, or what a file-level `# campaign: noqa` now
hides. Rows run from the most frequent rule down.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TextIO

from campaigntool.diagnostics import CheckResult, Diagnostic, Severity
from campaigntool.i18n import Lang, Text
from campaigntool.rules import BY_CODE


@dataclass
class Row:
    code: str
    severity: Severity
    count: int = 0
    suppressed: int = 0

    @property
    def rule(self) -> str:
        return BY_CODE[self.code].name


def rows(result: CheckResult) -> list[Row]:
    """One row per code found or silenced: most findings first, then by code."""
    table: dict[str, Row] = {}

    def row(d: Diagnostic) -> Row:
        return table.setdefault(d.code, Row(d.code, d.severity))

    for file_result in result.files:
        for d in file_result.diagnostics:
            row(d).count += 1
        for d in file_result.suppressed:
            row(d).suppressed += 1
    return sorted(table.values(), key=lambda r: (-r.count, -r.suppressed, r.code))


_HEAD = (
    Text("数量", "count"),
    Text("noqa 关闭", "silenced"),
    Text("代码", "code"),
    Text("级别", "severity"),
    Text("规则", "rule"),
)


def report(result: CheckResult, lang: Lang, out: TextIO, *, quiet: bool = False) -> None:
    """A table with a line per rule, then (unless quiet) the totals."""
    from rich.cells import cell_len

    found = rows(result)
    if found:
        lines = [[head(lang) for head in _HEAD]] + [
            [str(r.count), str(r.suppressed), r.code, r.severity.label(lang), r.rule] for r in found
        ]
        widths = [max(cell_len(line[i]) for line in lines) for i in range(len(_HEAD))]
        for line in lines:
            cells = [" " * (w - cell_len(c)) + c for c, w in zip(line[:2], widths, strict=False)]
            cells += [c + " " * (w - cell_len(c)) for c, w in zip(line[2:], widths[2:], strict=True)]
            out.write("  ".join(cells).rstrip() + "\n")
    if not quiet:
        out.write(total(found)(lang) + "\n")


def total(found: list[Row]) -> Text:
    count = sum(r.count for r in found)
    silenced = sum(r.suppressed for r in found)
    if count == silenced == 0:
        return Text("没有发现问题。", "no problems found.")
    return Text(
        f"共 {count} 个问题，另有 {silenced} 个由 noqa 关闭。",
        f"{count} problems, and {silenced} silenced by noqa.",
    )


def report_json(result: CheckResult, lang: Lang, out: TextIO) -> None:
    """The rows as a JSON list (fields in docs/output.md); names and codes need no language."""
    data: list[dict[str, Any]] = [
        {
            "code": r.code,
            "rule": r.rule,
            "severity": r.severity.value,
            "count": r.count,
            "suppressed": r.suppressed,
        }
        for r in rows(result)
    ]
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
