"""GitHub Actions workflow commands: annotations on the offending lines.

GitHub attaches an annotation to a file by its path from the repository
root, so paths are written that way whatever folder the check ran in (a
`working-directory` step); a file outside the repository keeps its path as
given. Escaping follows the runner's rules: in the
message `%`, CR and LF; in property values also `:` and `,`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from campaigntool.diagnostics import CheckResult, Severity
from campaigntool.i18n import Lang
from campaigntool.report.paths import from_root, repository_root

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def report(result: CheckResult, lang: Lang, out: TextIO) -> None:
    root = repository_root(Path.cwd())
    for d in result.diagnostics:
        message = d.message(lang)
        if d.fix:
            message += "\n" + ("修改：" if lang == "zh" else "fix: ") + d.fix(lang)
        props = ",".join(
            f"{key}={escape_property(str(value))}"
            for key, value in (
                ("file", from_root(d.path, root) or d.path),
                ("line", d.span.line),
                ("col", d.span.col),
                ("endLine", d.span.end_line),
                ("endColumn", d.span.end_col),
                ("title", d.code),
            )
        )
        out.write(f"::{_LEVEL[d.severity]} {props}::{escape_data(message)}\n")
