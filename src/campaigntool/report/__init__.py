"""Reporters: one result, several formats, chosen by name (--format)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from campaigntool.diagnostics import CheckResult
from campaigntool.i18n import Lang

Reporter = Callable[[CheckResult, Lang, TextIO], None]

FORMATS = ("text", "concise", "json", "github", "sarif", "gitlab")


def reporter(name: str, *, quiet: bool = False, statistics: bool = False) -> Reporter:
    """The reporter for a format name; imports only what that format needs.

    `quiet` leaves out what is not a finding (the text format's totals);
    `statistics` counts findings by rule instead of listing them, as JSON
    for `json` and as a table for every other format.
    """
    from functools import partial

    if statistics:
        from campaigntool.report import statistics as counts

        return counts.report_json if name == "json" else partial(counts.report, quiet=quiet)
    if name == "text":
        from campaigntool.report.text import report as text

        return partial(text, quiet=quiet)
    if name == "concise":
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
