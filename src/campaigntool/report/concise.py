"""`path:line:col: severity CODE message`, one line per diagnostic, for editors and grep."""

from __future__ import annotations

from typing import TextIO

from campaigntool.diagnostics import CheckResult
from campaigntool.i18n import Lang


def report(result: CheckResult, lang: Lang, out: TextIO) -> None:
    for d in result.diagnostics:
        out.write(f"{d.path}:{d.line}:{d.col}: {d.severity.label(lang)} {d.code} {d.message(lang)}\n")
