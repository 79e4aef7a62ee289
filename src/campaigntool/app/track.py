"""`campaign overdue`, `status`, `timeline` and `ics`: queries over loaded plans."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from campaigntool.app.sources import Loaded, Meter, load_one, load_plans
from campaigntool.diagnostics import CheckResult
from campaigntool.i18n import Lang, Text
from campaigntool.plan import Chased, LoadedPlan
from campaigntool.track import DueRow, Rollup, StatusReport
from campaigntool.workdays import WorkCalendar


@dataclass
class OverdueResult:
    findings: CheckResult
    overdue: list[DueRow]
    due_soon: list[DueRow]
    as_of: date
    within: int
    notices: list[Text] = field(default_factory=list)
    #: 长期坚持: never overdue, listed for review.
    ongoing: list[Chased] = field(default_factory=list)


def overdue(
    paths: list[Path] | None,
    as_of: date,
    within: int = 0,
    calendar: WorkCalendar | None = None,
    meter: Meter | None = None,
) -> OverdueResult:
    """Overdue tasks and those due within `within` days; with a calendar, working days late too."""
    from campaigntool.track import ongoing, overdue_and_due_soon

    loaded = load_plans(paths, meter)
    late, soon = overdue_and_due_soon(loaded.plans, as_of, within, calendar)
    notices = loaded.notices + _calendar_notice(calendar)
    return OverdueResult(loaded.findings, late, soon, as_of, within, notices, ongoing(loaded.plans))


@dataclass
class StatusResult:
    findings: CheckResult
    reports: list[tuple[str, StatusReport]]
    as_of: date
    notices: list[Text] = field(default_factory=list)
    #: Across the plans, when there are several: by plan and by unit.
    rollup: Rollup | None = None


def status(
    paths: list[Path] | None, as_of: date, within: int = 7, meter: Meter | None = None
) -> StatusResult:
    """Progress of each plan by phase and by lead unit."""
    from campaigntool.track import rollup
    from campaigntool.track import status as progress

    loaded = load_plans(paths, meter)
    reports = [(plan.path, progress(plan, as_of, within)) for plan in loaded.plans]
    combined = rollup(loaded.plans, as_of, within) if len(loaded.plans) > 1 else None
    return StatusResult(loaded.findings, reports, as_of, loaded.notices, combined)


@dataclass
class TextResult:
    """An output made of text (a timeline) or bytes (a calendar), or nothing if the plan did not load."""

    findings: CheckResult
    lines: list[str] = field(default_factory=list)
    data: bytes | None = None
    notices: list[Text] = field(default_factory=list)


def timeline(
    path: Path, as_of: date, output_format: str, width: int, lang: Lang, calendar: WorkCalendar
) -> TextResult:
    """The terminal chart as rich-markup lines, or a Mermaid gantt chart as one text."""
    from campaigntool import timeline as chart

    loaded = load_one(path)
    result = TextResult(loaded.findings)
    plan = _only(loaded)
    if plan is None:
        return result
    if output_format == "mermaid":
        result.data = chart.mermaid(plan, as_of, calendar).encode("utf-8")
        result.notices = _calendar_notice(calendar)
    else:
        result.lines = chart.terminal_lines(plan, as_of, width, lang)
    return result


def ics(path: Path, lang: Lang) -> TextResult:
    """The plan's phases and deadlines as an iCalendar file."""
    from campaigntool.ics import calendar_bytes

    loaded = load_one(path)
    result = TextResult(loaded.findings)
    plan = _only(loaded)
    if plan is not None:
        result.data = calendar_bytes(plan, lang)
    return result


def _only(loaded: Loaded) -> LoadedPlan | None:
    return loaded.plans[0] if loaded.plans else None


def _calendar_notice(calendar: WorkCalendar | None) -> list[Text]:
    notice = calendar.notice() if calendar is not None else None
    return [notice] if notice is not None else []
