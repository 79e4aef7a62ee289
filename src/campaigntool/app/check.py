"""`campaign check`: every plan file under the paths, through every selected rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from campaigntool.app.errors import UsageError
from campaigntool.config import ConfigError, Settings, validate_selector
from campaigntool.diagnostics import CheckResult


def apply_selection(settings: Settings, select: list[str], ignore: list[str]) -> Settings:
    """Command-line --select replaces the configured selection; --ignore adds to it."""
    try:
        for code in select:
            validate_selector(code)
        for code in ignore:
            validate_selector(code, ignoring=True)
    except ConfigError as error:
        raise UsageError(error.text) from None
    if select:
        settings.select = list(select)
    settings.ignore = [*settings.ignore, *ignore]
    return settings


def check(
    files: list[Path],
    settings: Settings,
    as_of: date,
    progress: Callable[[Path], None] | None = None,
) -> CheckResult:
    """Check the files (from `discover_plans`); one bad file never stops the others."""
    from campaigntool.check import Selection, check_files

    return check_files(files, Selection.from_settings(settings), as_of, progress=progress)
