"""Tracking queries over loaded plans: what is overdue, what is due soon, progress.

A deadline counts to its last day: a task due `2014-04 下旬` is overdue from
1 May; a task due today is not overdue. Done and cancelled tasks are never
overdue. Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from campaigntool.dates import Part, PlanDate
from campaigntool.plan import OPEN, UNASSIGNED, Chased, LoadedPlan, TaskView
from campaigntool.workdays import WorkCalendar

#: How far (as a share) work may trail time before a phase counts as behind.
BEHIND_MARGIN = 0.1

__all__ = ["OPEN", "UNASSIGNED", "DueRow", "Progress", "StatusReport", "overdue_and_due_soon", "status"]


@dataclass(frozen=True)
class DueRow:
    """A task or ledger item that is overdue (`days` past its deadline) or due soon (`days` left).

    A recurring duty gives one row per missed occurrence, `due` being that day.
    """

    ref: Chased
    due: PlanDate
    days: int
    #: Working days overdue, when asked for.
    workdays: int | None = None


def overdue_and_due_soon(
    sources: Iterable[LoadedPlan],
    as_of: date,
    within: int = 0,
    calendar: WorkCalendar | None = None,
) -> tuple[list[DueRow], list[DueRow]]:
    """Overdue tasks and items (most overdue first) and those due within `within` days (soonest first).

    `calendar` moves recurring deadlines off days off and counts working days late.
    """
    overdue: list[DueRow] = []
    soon: list[DueRow] = []
    for ref in chased(sources):
        if not ref.is_open or ref.is_ongoing:
            continue
        occurrences = ref.occurrences(calendar)
        if occurrences:
            for day in ref.missed(as_of, calendar):
                overdue.append(_late(ref, _day(day), as_of, calendar))
            upcoming = ref.next_occurrence(as_of, calendar)
            if upcoming is not None and (upcoming - as_of).days <= within:
                soon.append(DueRow(ref, _day(upcoming), (upcoming - as_of).days))
            continue
        due, days_late = ref.due, ref.days_late(as_of)
        if due is None or days_late is None:
            continue
        if days_late > 0:
            overdue.append(_late(ref, due, as_of, calendar))
        elif -days_late <= within:
            soon.append(DueRow(ref, due, -days_late))
    overdue.sort(key=lambda r: (-r.days, *_position(r.ref)))
    soon.sort(key=lambda r: (r.days, *_position(r.ref)))
    return overdue, soon


def ongoing(sources: Iterable[LoadedPlan]) -> list[Chased]:
    """长期坚持: open tasks and items never overdue, listed for periodic review."""
    return [ref for ref in chased(sources) if ref.is_open and ref.is_ongoing]


def chased(sources: Iterable[LoadedPlan]) -> Iterator[Chased]:
    for loaded in sources:
        yield from loaded.chased


def _day(day: date) -> PlanDate:
    return PlanDate(day.year, day.month, Part.DAY, day.day)


def _late(ref: Chased, due: PlanDate, as_of: date, calendar: WorkCalendar | None) -> DueRow:
    workdays = calendar.workdays_after(due.last, as_of) if calendar else None
    return DueRow(ref, due, (as_of - due.last).days, workdays)


def _position(ref: Chased) -> tuple[str, int, int, int]:
    # Tasks before ledger items, each in their written order.
    index = ref.index if isinstance(ref, TaskView) else 0
    item = 0 if isinstance(ref, TaskView) else 1 + getattr(ref, "index", 0)
    return ref.plan.path, ref.phase.index if ref.phase is not None else -1, item, index


#: How `overdue` groups its rows: by lead (as written), by unit (people under their unit), phase, plan.
GROUPINGS = ("lead", "unit", "phase", "plan", "none")


def group_names(ref: Chased, by: str) -> list[str]:
    """The groups a task or item belongs to; with several lead units, one group each."""
    if by == "unit":
        return ref.units
    if by == "phase":
        return [ref.phase.name if ref.phase is not None else UNASSIGNED]
    if by == "plan":
        plan = ref.plan.plan
        return [plan.short_name or plan.title]
    return [ref.lead]


def group_rows(rows: list[DueRow], by: str) -> list[tuple[str, list[DueRow]]]:
    """Rows grouped by lead, unit, phase or plan, groups with the most overdue first."""
    if by == "none":
        return [("", rows)] if rows else []
    groups: dict[str, list[DueRow]] = {}
    for row in rows:
        for name in group_names(row.ref, by):
            groups.setdefault(name, []).append(row)
    return sorted(groups.items(), key=lambda item: (-len(item[1]), -max(r.days for r in item[1]), item[0]))


@dataclass
class Progress:
    """Done against total for a phase, a unit, or the whole campaign."""

    name: str
    total: int = 0
    done: int = 0
    cancelled: int = 0
    overdue: int = 0
    due_soon: int = 0
    #: Share of the phase's time that has passed (phases only).
    elapsed: float | None = None

    @property
    def counted(self) -> int:
        """Tasks that count toward progress: cancelled ones do not."""
        return self.total - self.cancelled

    @property
    def done_share(self) -> float:
        return self.done / self.counted if self.counted else 1.0

    @property
    def behind(self) -> bool:
        """Less of the work done than of the time gone, by more than BEHIND_MARGIN.

        The margin keeps a phase that has just begun, or one a task short of
        its pace, from being flagged.
        """
        return self.elapsed is not None and self.elapsed - self.done_share > BEHIND_MARGIN

    def add(self, task: Chased, as_of: date, within: int) -> None:
        self.total += 1
        late = task.days_late(as_of)
        if task.status == "done":
            self.done += 1
        elif task.status == "cancelled":
            self.cancelled += 1
        elif late is not None:
            if late > 0:
                self.overdue += 1
            elif -late <= within:
                self.due_soon += 1


def elapsed_share(start: PlanDate, end: PlanDate, as_of: date) -> float:
    """How much of the time from start to end (inclusive) has passed by the end of as_of."""
    length = (end.last - start.first).days + 1
    gone = (as_of - start.first).days + 1
    return min(max(gone / length, 0.0), 1.0) if length > 0 else 1.0


@dataclass
class StatusReport:
    phases: list[Progress]
    units: list[Progress]
    overall: Progress


def status(loaded: LoadedPlan, as_of: date, within: int = 7) -> StatusReport:
    """Progress of one plan by phase, by lead unit, and as a whole."""
    plan = loaded.plan
    phases: list[Progress] = []
    units: dict[str, Progress] = {}
    overall = Progress(plan.short_name or plan.title)
    for phase in loaded.phases:
        progress = Progress(phase.name, elapsed=elapsed_share(phase.start, phase.end, as_of))
        for task in phase.tasks:
            progress.add(task, as_of, within)
        phases.append(progress)
    for chased_one in loaded.chased:
        for unit in chased_one.units:
            units.setdefault(unit, Progress(unit)).add(chased_one, as_of, within)
        overall.add(chased_one, as_of, within)
    if loaded.span is not None:
        overall.elapsed = elapsed_share(*loaded.span, as_of)
    ordered = sorted(units.values(), key=lambda p: (-p.overdue, -p.total, p.name))
    return StatusReport(phases, ordered, overall)


@dataclass
class Rollup:
    """Several plans at once (a federation's member unions, a 党委's branches): by plan and by unit."""

    plans: list[Progress]
    units: list[Progress]
    overall: Progress


def rollup(sources: list[LoadedPlan], as_of: date, within: int = 7) -> Rollup:
    """One table across plans: each plan's progress, and each unit's across every plan."""
    plans: list[Progress] = []
    units: dict[str, Progress] = {}
    overall = Progress("")
    for loaded in sources:
        plan = loaded.plan
        progress = Progress(plan.short_name or plan.title)
        if loaded.span is not None:
            progress.elapsed = elapsed_share(*loaded.span, as_of)
        for task in loaded.chased:
            progress.add(task, as_of, within)
            overall.add(task, as_of, within)
            for unit in task.units:
                units.setdefault(unit, Progress(unit)).add(task, as_of, within)
        plans.append(progress)
    ordered = sorted(units.values(), key=lambda p: (-p.overdue, -p.total, p.name))
    return Rollup(plans, ordered, overall)
