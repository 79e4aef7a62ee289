"""The loaded plan: the file's text, positions, model and reading problems, and
the facts derived from them, each defined once.

Rules, tracking, the timeline, the calendar and the renderer all ask this
object for a phase's tasks, a task's effective start and deadline, whether a
task is overdue on a day, the plan's year and its span. Nothing downstream
walks the text tree again or re-derives these facts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from campaigntool.dates import PlanDate
from campaigntool.deadlines import Deadline, Immediate, Ongoing, Recurring
from campaigntool.diagnostics import Diagnostic
from campaigntool.workdays import WorkCalendar

if TYPE_CHECKING:
    from campaigntool.model import Amount, Plan, ProgressEntry, RectificationItem, TaskFacts
    from campaigntool.model.text import Block, PhaseSection, Section
    from campaigntool.yamlsource import Loc, SourceMap, YamlProblem

#: Statuses of a task still to be done.
OPEN = ("not_started", "in_progress")
UNASSIGNED = "（未指定）"
#: A task title taken from its paragraph is cut at this many characters.
TITLE_LIMIT = 40
#: Holidays as published, deadlines moved to the working day before: what offices do by default.
_CALENDAR = WorkCalendar()


@dataclass(eq=False)
class PhaseView:
    """A phase wherever it is written (a section of the text, or `phases:`), with its tasks."""

    index: int
    name: str
    id: str | None
    start: PlanDate
    end: PlanDate
    #: Where the phase is written: a section of the body, or an entry of `phases`.
    loc: Loc
    #: The key under `loc` that holds the name: `phase` in the text, `name` in `phases`.
    name_key: str
    tasks: list[TaskView] = field(default_factory=list)

    #: A stable id: the phase's `id`, else one made from its name (set once the plan is walked).
    key: str = ""


class Chased:
    """What the office chases, a task or a ledger item: its deadline, occurrences and lateness.

    A deadline is a date, `立行立改` (due when it starts), `长期坚持` (never
    overdue) or a recurring duty. A recurring duty is due at each occurrence
    from its start to the end of its phase (else of the campaign); an
    occurrence is met by a progress entry dated after the previous one's
    deadline and by its own. An occurrence on a day off moves as the
    calendar says (to the working day before, by default).
    """

    plan: LoadedPlan
    phase: PhaseView | None
    title: str
    key: str

    @property
    def deadline(self) -> Deadline | None:
        """The deadline as written, if any."""
        raise NotImplementedError

    @property
    def leads(self) -> list[str]:
        raise NotImplementedError

    @property
    def supporters(self) -> list[str]:
        raise NotImplementedError

    @property
    def entries(self) -> list[ProgressEntry]:
        raise NotImplementedError

    @property
    def status(self) -> str:
        raise NotImplementedError

    @property
    def start(self) -> PlanDate | None:
        raise NotImplementedError

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    @property
    def lead(self) -> str:
        """The lead units or people as one name (several joined with 、)."""
        return "、".join(self.leads) or UNASSIGNED

    @property
    def units(self) -> list[str]:
        """The lead units, a person counted under their unit; one name for no lead."""
        found = list(dict.fromkeys(self.plan.unit_of(name) for name in self.leads))
        return found or [UNASSIGNED]

    @property
    def is_ongoing(self) -> bool:
        return isinstance(self.deadline, Ongoing)

    @property
    def end(self) -> PlanDate | None:
        """Where the duty's time ends: its phase's end, else the campaign's."""
        if self.phase is not None:
            return self.phase.end
        return self.plan.span[1] if self.plan.span else None

    @property
    def due(self) -> PlanDate | None:
        """The deadline as one date: its own, else its phase's or campaign's end; None when ongoing.

        `立行立改` is its start; a recurring duty's last deadline lies within its end.
        """
        deadline = self.deadline
        if isinstance(deadline, PlanDate):
            return deadline
        if isinstance(deadline, Ongoing):
            return None
        if isinstance(deadline, Immediate):
            return self.start
        return self.end

    def occurrences(self, calendar: WorkCalendar | None = None) -> list[date]:
        """A recurring duty's deadlines, moved off days off; empty for other deadlines."""
        deadline, start, end = self.deadline, self.start, self.end
        if not isinstance(deadline, Recurring) or start is None or end is None:
            return []
        chosen = calendar or _CALENDAR
        return [chosen.roll(day) for day in deadline.occurrences(start.first, end.last)]

    def missed(self, as_of: date, calendar: WorkCalendar | None = None) -> list[date]:
        """A recurring duty's past deadlines with no progress entry in their window."""
        if not self.is_open:
            return []
        reported = sorted(entry.date.first for entry in self.entries)
        missed: list[date] = []
        previous: date | None = None
        for day in self.occurrences(calendar):
            if day >= as_of:
                break
            if not any((previous is None or previous < when) and when <= day for when in reported):
                missed.append(day)
            previous = day
        return missed

    def next_occurrence(self, as_of: date, calendar: WorkCalendar | None = None) -> date | None:
        return next((day for day in self.occurrences(calendar) if day >= as_of), None)

    def days_late(self, as_of: date, calendar: WorkCalendar | None = None) -> int | None:
        """Days past the deadline's last day (negative: days left); None without a deadline.

        A recurring duty counts from its oldest missed occurrence, else to its next one.
        """
        if isinstance(self.deadline, Recurring):
            missed = self.missed(as_of, calendar)
            if missed:
                return (as_of - missed[0]).days
            upcoming = self.next_occurrence(as_of, calendar)
            return None if upcoming is None else (as_of - upcoming).days
        due = self.due
        return None if due is None else (as_of - due.last).days

    def is_overdue(self, as_of: date, calendar: WorkCalendar | None = None) -> bool:
        late = self.days_late(as_of, calendar)
        return self.is_open and late is not None and late > 0


@dataclass(eq=False)
class TaskView(Chased):
    """A tracked task with its effective dates, wherever its facts are written."""

    plan: LoadedPlan
    phase: PhaseView | None
    #: Position among its phase's tasks (or among the tasks outside any phase).
    index: int
    facts: TaskFacts
    title: str
    loc: Loc
    #: A stable id: the task's `id`, else one made from its title (set once the plan is walked).
    key: str = ""

    @property
    def deadline(self) -> Deadline | None:
        return self.facts.due

    @property
    def leads(self) -> list[str]:
        lead = self.facts.lead
        return [lead] if isinstance(lead, str) else list(lead or [])

    @property
    def supporters(self) -> list[str]:
        return list(self.facts.supporters)

    @property
    def entries(self) -> list[ProgressEntry]:
        return list(self.facts.progress)

    @property
    def status(self) -> str:
        return self.facts.status

    @property
    def fixed_due(self) -> PlanDate | None:
        """The task's own deadline when it is a date (rules compare these with phases and starts)."""
        due = self.facts.due
        return due if isinstance(due, PlanDate) else None

    @property
    def start(self) -> PlanDate | None:
        """The task's own start, else its phase's, else the campaign's."""
        if self.facts.start is not None:
            return self.facts.start
        if self.phase is not None:
            return self.phase.start
        return self.plan.span[0] if self.plan.span else None


#: A ledger item's state word as a task's status.
_ITEM_STATUS = {
    "已完成": "done",
    "正在推进": "in_progress",
    "长期坚持": "in_progress",
    "需调整完善": "in_progress",
}


@dataclass(eq=False)
class ItemView(Chased):
    """An item of the rectification ledger (整改任务), chased like a task.

    无牵头单位的，责任单位即为牵头单位: without `lead`, the responsible units lead.
    An item in the state 长期坚持 without a deadline of its own is ongoing.
    """

    plan: LoadedPlan
    index: int
    item: RectificationItem
    loc: Loc
    #: 序号: the item's `number`, else its position from 1.
    number: int
    key: str = ""
    phase: PhaseView | None = None

    @property
    def title(self) -> str:  # type: ignore[override]
        return self.item.problem

    @property
    def deadline(self) -> Deadline | None:
        if self.item.due is None and self.item.state == "长期坚持":
            return Ongoing()
        return self.item.due

    @property
    def leads(self) -> list[str]:
        return list(self.item.lead or self.item.responsible)

    @property
    def supporters(self) -> list[str]:
        return list(self.item.supporters)

    @property
    def entries(self) -> list[ProgressEntry]:
        return list(self.item.progress)

    @property
    def status(self) -> str:
        return _ITEM_STATUS[self.item.state]

    @property
    def start(self) -> PlanDate | None:
        if self.item.start is not None:
            return self.item.start
        return self.plan.span[0] if self.plan.span else None


@dataclass(eq=False)
class LoadedPlan:
    """One plan file after reading: a model, or the problems why not (or both empty on success)."""

    path: str
    source: str | None = None
    model: Plan | None = None
    source_map: SourceMap | None = None
    problems: list[YamlProblem] = field(default_factory=list)
    #: The composed YAML nodes, when the text parsed (`fmt` lays them out again).
    root: Any = None

    @property
    def ok(self) -> bool:
        return self.model is not None and self.source_map is not None

    @cached_property
    def diagnostics(self) -> list[Diagnostic]:
        """The reading and validation problems, as diagnostics with their rules' severity."""
        from campaigntool.rules import BY_CODE

        return [
            Diagnostic(self.path, p.span, p.code, BY_CODE[p.code].severity, p.message, p.fix)
            for p in self.problems
        ]

    @property
    def key(self) -> str:
        """The plan's stable id: its `id`, else its file name."""
        model_id = self.model.id if self.model is not None else None
        return model_id or self.path.rsplit("/", 1)[-1].removesuffix(".yaml").removesuffix(".yml")

    @property
    def plan(self) -> Plan:
        """The model; only for plans that loaded (`ok`)."""
        assert self.model is not None, f"{self.path} did not load"
        return self.model

    @cached_property
    def phases(self) -> list[PhaseView]:
        self._collect()
        return self._phases

    @cached_property
    def tasks(self) -> list[TaskView]:
        """Every tracked task in document order: in the phases first, then any outside them."""
        self._collect()
        return [task for phase in self._phases for task in phase.tasks] + self._loose

    @cached_property
    def items(self) -> list[ItemView]:
        """The rectification ledger's items, numbered from 1 unless they give their number."""
        views: list[ItemView] = []
        keys = _Keys()
        for i, item in enumerate(self.plan.rectification):
            view = ItemView(self, i, item, ("rectification", i), item.number or i + 1)
            view.key = keys("item", item.id, item.problem)
            views.append(view)
        return views

    @property
    def chased(self) -> list[Chased]:
        """Everything the office chases: the tasks, then the ledger's items."""
        return [*self.tasks, *self.items]

    @cached_property
    def _units_of_people(self) -> dict[str, str]:
        return {person.name: person.unit for person in self.plan.people if person.unit}

    def unit_of(self, name: str) -> str:
        """A person's unit (people roll up to their unit); a unit's own name otherwise."""
        return self._units_of_people.get(name, name)

    def quantities(self, as_of: date) -> dict[str, Amount]:
        """Quantities of the progress entries up to `as_of`, added up by name (and unit)."""
        from campaigntool.model import Amount

        totals: dict[str, Amount] = {}
        for chased in self.chased:
            for entry in chased.entries:
                if entry.date.first > as_of:
                    continue
                for name, amount in entry.quantities.items():
                    before = totals.get(name)
                    value = amount.value + (before.value if before is not None else 0)
                    totals[name] = Amount(value, amount.unit or (before.unit if before else ""))
        return totals

    @cached_property
    def span(self) -> tuple[PlanDate, PlanDate] | None:
        """The campaign's period, else from the first phase's start to the last phase's end."""
        plan = self.plan
        if plan.period is not None:
            return plan.period.start, plan.period.end
        phases = self.phases
        if phases:
            return min(phases, key=lambda p: p.start.first).start, max(phases, key=lambda p: p.end.last).end
        return None

    @cached_property
    def year(self) -> int | None:
        """The plan's year: of its 成文日期, else of the campaign's start. Dates in it omit the year."""
        plan = self.plan
        if plan.date is not None:
            return plan.date.year
        span = self.span
        return span[0].year if span is not None else None

    # ------------------------------------------------------------ the tree walk

    def _collect(self) -> None:
        if hasattr(self, "_phases"):
            return
        self._phases: list[PhaseView] = []
        self._loose: list[TaskView] = []
        plan = self.plan
        for i, section in enumerate(plan.body):
            self._section(section, ("body", i), None)
        for i, phase in enumerate(plan.phases):
            view = PhaseView(
                len(self._phases), phase.name, phase.id, phase.start, phase.end, ("phases", i), "name"
            )
            self._phases.append(view)
            for j, task in enumerate(phase.tasks):
                self._add(view, task, task.title, ("phases", i, "tasks", j))
        keys = _Keys()
        for view in self._phases:
            view.key = keys("phase", view.id, view.name)
        for view_task in [t for p in self._phases for t in p.tasks] + self._loose:
            view_task.key = keys("task", view_task.facts.id, view_task.title)

    def _section(self, section: Section | PhaseSection, loc: Loc, phase: PhaseView | None) -> None:
        from campaigntool.model import PhaseSection

        if isinstance(section, PhaseSection):
            phase = PhaseView(
                len(self._phases), section.phase, section.id, section.start, section.end, loc, "phase"
            )
            self._phases.append(phase)
        elif section.is_task:
            self._add(phase, section, section.title or section.heading, loc)
        self._blocks(section.content, (*loc, "content"), phase)
        for j, child in enumerate(section.sections):
            self._section(child, (*loc, "sections", j), phase)
        self._blocks(section.closing, (*loc, "closing"), phase)
        if isinstance(section, PhaseSection):
            for j, task in enumerate(section.tasks):
                self._add(phase, task, task.title, (*loc, "tasks", j))

    def _blocks(self, blocks: list[Block], loc: Loc, phase: PhaseView | None) -> None:
        from campaigntool.model import Enumeration, TaskParagraph

        for k, block in enumerate(blocks):
            if isinstance(block, TaskParagraph):
                self._add(phase, block, block.title or paragraph_title(block.text), (*loc, k))
            elif isinstance(block, Enumeration):
                for m, item in enumerate(block.items):
                    if isinstance(item, TaskParagraph):
                        self._add(
                            phase, item, item.title or paragraph_title(item.text), (*loc, k, "items", m)
                        )

    def _add(self, phase: PhaseView | None, facts: TaskFacts, title: str, loc: Loc) -> None:
        siblings = phase.tasks if phase is not None else self._loose
        siblings.append(TaskView(self, phase, len(siblings), facts, title, loc))


class _Keys:
    """Stable, unique ids for the calendar, the gantt chart and the follow-up list.

    Not positions: a task inserted above another must not take its id, or a
    calendar program would overwrite the wrong event. A phase or task without
    an `id` gets one from a hash of its name; the same name twice gets `-2`.
    """

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, kind: str, given: str | None, name: str) -> str:
        if given:
            key = given
        else:
            import hashlib

            key = f"{kind}-{hashlib.sha256(' '.join(name.split()).encode()).hexdigest()[:12]}"
        self.seen[key] = self.seen.get(key, 0) + 1
        return key if self.seen[key] == 1 else f"{key}-{self.seen[key]}"


def paragraph_title(text: str) -> str:
    """A task's name from its paragraph: the run-in heading before the first 。, or its start."""
    head = text.strip()
    for mark in "。：；":
        cut = head.find(mark)
        if 0 < cut <= TITLE_LIMIT:
            return head[:cut]
    return head if len(head) <= TITLE_LIMIT else head[: TITLE_LIMIT - 1] + "…"


def walk_text(plan: Plan) -> Iterator[tuple[Loc, str]]:
    """Every piece of prose of the plan with its location: for rules that read the words."""
    from campaigntool.model import Enumeration, PhaseSection, TaskParagraph, Use

    def blocks(items: list[Block], loc: Loc) -> Iterator[tuple[Loc, str]]:
        for k, block in enumerate(items):
            if isinstance(block, str):
                yield (*loc, k), block
            elif isinstance(block, TaskParagraph):
                yield (*loc, k, "text"), block.text
            elif isinstance(block, Enumeration):
                for key in ("intro", "outro"):
                    value = getattr(block, key)
                    if value:
                        yield (*loc, k, key), value
                for m, item in enumerate(block.items):
                    text = item if isinstance(item, str) else item.text
                    yield (
                        ((*loc, k, "items", m) if isinstance(item, str) else (*loc, k, "items", m, "text")),
                        text,
                    )
            elif isinstance(block, Use):
                for key in ("intro", "outro"):
                    value = getattr(block, key)
                    if value:
                        yield (*loc, k, key), value

    def section(item: Section | PhaseSection, loc: Loc) -> Iterator[tuple[Loc, str]]:
        if isinstance(item, PhaseSection):
            yield (*loc, "phase"), item.phase
        else:
            yield (*loc, "heading"), item.heading
        yield from blocks(item.content, (*loc, "content"))
        for j, child in enumerate(item.sections):
            yield from section(child, (*loc, "sections", j))
        yield from blocks(item.closing, (*loc, "closing"))

    yield from blocks(plan.preamble, ("preamble",))
    for i, item in enumerate(plan.body):
        yield from section(item, ("body", i))
