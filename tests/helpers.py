"""Shared test helpers: check YAML text and run the CLI with a fixed environment."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from typer.testing import CliRunner, Result

from campaigntool.check import Selection, check_loaded
from campaigntool.cli import app
from campaigntool.config import Settings
from campaigntool.diagnostics import Diagnostic
from campaigntool.load import load_text

AS_OF = date(2026, 11, 21)
REPO = Path(__file__).resolve().parent.parent
PLANS = REPO / "plans"

#: A plan that passes every rule; tests add to it.
HEADER = """\
title: 某机关关于开展某活动的实施方案
issuer: 某机关
"""


def diagnostics(text: str, *select: str, as_of: date = AS_OF) -> list[Diagnostic]:
    """Diagnostics of plan text, with only the given rules (all when none)."""
    settings = Settings(select=list(select) or ["ALL"])
    loaded = load_text(textwrap.dedent(text), "plan.yaml")
    return check_loaded(loaded, Selection.from_settings(settings), as_of).diagnostics


def found(text: str, *select: str, as_of: date = AS_OF) -> list[tuple[str, int, int]]:
    """(code, line, column) of each diagnostic, in file order."""
    return [(d.code, d.line, d.col) for d in diagnostics(text, *select, as_of=as_of)]


def run(*args: str, env: dict[str, str] | None = None, input: str | bytes | None = None) -> Result:
    """Run `campaign` in-process with a fixed language and no CI detection; `input` is standard input."""
    base = {"CAMPAIGN_LANG": "en", "GITHUB_ACTIONS": "", "COLUMNS": "200", "NO_COLOR": "1"}
    return CliRunner().invoke(
        app, list(args), env={**base, **(env or {})}, catch_exceptions=False, input=input
    )
