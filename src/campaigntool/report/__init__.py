"""Reporters: one result, several formats, chosen by name (--format)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from campaigntool.diagnostics import CheckResult
from campaigntool.i18n import Lang

Reporter = Callable[[CheckResult, Lang, TextIO], None]

FORMATS = ("text", "concise", "json", "github", "sarif", "gitlab")


def reporter(name: str) -> Reporter:
    """The reporter for a format name; imports only what that format needs."""
    if name == "text":
        from campaigntool.report.text import report
    elif name == "concise":
        from campaigntool.report.concise import report
    elif name == "json":
        from campaigntool.report.json import report
    elif name == "github":
        from campaigntool.report.github import report
    elif name == "sarif":
        from campaigntool.report.sarif import report
    elif name == "gitlab":
        from campaigntool.report.gitlab import report
    else:
        raise ValueError(name)
    return report
