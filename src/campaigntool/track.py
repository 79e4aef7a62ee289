"""Tracking queries over loaded plans: what is overdue, what is due soon, progress.

A deadline counts to its last day: a task due `2014-04 下旬` is overdue from
1 May; a task due today is not overdue. Done and cancelled tasks are never
overdue. Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from campaigntool.dates import PlanDate
from campaigntool.model import Phase, Plan, Task
from campaigntool.workdays import WorkCalendar

UNASSIGNED = "（未指定）"
#: How far (as a share) work may trail time before a phase counts as behind.
BEHIND_MARGIN = 0.1
OPEN = ("not_started", "in_progress")


@dataclass(frozen=True)
class PlanFile:
    """A validated plan and the path it was read from."""

    path: str
    plan: Plan

    @property
    def key(self) -> str:
        """The plan's stable id: its `id`, else its file name."""
        return self.plan.id or self.path.rsplit("/", 1)[-1].removesuffix(".yaml").removesuffix(".yml")


@dataclass(frozen=True)
class TaskRef:
    """One task with where it stands: its plan, phase, and positions in both."""

    source: PlanFile
    phase_index: int
    phase: Phase
    task_index: int
    task: Task

    @property
    def lead(self) -> str:
        return self.task.lead or UNASSIGNED

    @property
    def task_key(self) -> str:
        """A stable id: the task's `id`, else its phase and position."""
        phase = self.phase.id or f"phase{self.phase_index + 1}"
        return self.task.id or f"{phase}-task{self.task_index + 1}"

    @property
    def start(self) -> PlanDate:
        return self.task.start or self.phase.start


def all_tasks(sources: Iterable[PlanFile]) -> Iterator[TaskRef]:
    for source in sources:
        for i, phase in enumerate(source.plan.phases):
            for j, task in enumerate(phase.tasks):
                yield TaskRef(source, i, phase, j, task)


@dataclass(frozen=True)
class DueRow:
    """A task that is overdue (`days` past its deadline) or due soon (`days` left)."""

    ref: TaskRef
    due: PlanDate
    days: int
    #: Working days overdue, when asked for.
    workdays: int | None = None


def is_open(task: Task) -> bool:
    return task.status in OPEN


def overdue_and_due_soon(
    sources: Iterable[PlanFile],
    as_of: date,
    within: int = 0,
    calendar: WorkCalendar | None = None,
) -> tuple[list[DueRow], list[DueRow]]:
    """Overdue tasks (most overdue first) and tasks due within `within` days (soonest first)."""
    overdue: list[DueRow] = []
    soon: list[DueRow] = []
    for ref in all_tasks(sources):
        due = ref.task.due
        if due is None or not is_open(ref.task):
            continue
        days_late = (as_of - due.last).days
        if days_late > 0:
            workdays = calendar.workdays_after(due.last, as_of) if calendar else None
            overdue.append(DueRow(ref, due, days_late, workdays))
        elif -days_late <= within:
            soon.append(DueRow(ref, due, -days_late))
    overdue.sort(key=lambda r: (-r.days, r.ref.source.path, r.ref.phase_index, r.ref.task_index))
    soon.sort(key=lambda r: (r.days, r.ref.source.path, r.ref.phase_index, r.ref.task_index))
    return overdue, soon


def group_rows(rows: list[DueRow], by: str) -> list[tuple[str, list[DueRow]]]:
    """Rows grouped by lead unit or phase, groups with the most overdue first."""
    if by == "none":
        return [("", rows)] if rows else []
    groups: dict[str, list[DueRow]] = {}
    for row in rows:
        name = row.ref.lead if by == "lead" else row.ref.phase.name
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

    def add(self, task: Task, as_of: date, within: int) -> None:
        self.total += 1
        if task.status == "done":
            self.done += 1
        elif task.status == "cancelled":
            self.cancelled += 1
        elif task.due is not None:
            days_left = (task.due.last - as_of).days
            if days_left < 0:
                self.overdue += 1
            elif days_left <= within:
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


def status(source: PlanFile, as_of: date, within: int = 7) -> StatusReport:
    """Progress of one plan by phase, by lead unit, and as a whole."""
    plan = source.plan
    phases: list[Progress] = []
    units: dict[str, Progress] = {}
    overall = Progress(plan.short_name or plan.title)
    for phase in plan.phases:
        progress = Progress(phase.name, elapsed=elapsed_share(phase.start, phase.end, as_of))
        for task in phase.tasks:
            progress.add(task, as_of, within)
            units.setdefault(task.lead or UNASSIGNED, Progress(task.lead or UNASSIGNED)).add(
                task, as_of, within
            )
            overall.add(task, as_of, within)
        phases.append(progress)
    if plan.period is not None:
        overall.elapsed = elapsed_share(plan.period.start, plan.period.end, as_of)
    elif plan.phases:
        overall.elapsed = elapsed_share(plan.phases[0].start, plan.phases[-1].end, as_of)
    ordered = sorted(units.values(), key=lambda p: (-p.overdue, -p.total, p.name))
    return StatusReport(phases, ordered, overall)
