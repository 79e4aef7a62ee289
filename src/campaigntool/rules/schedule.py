"""Schedule rules: dates in order, phases inside the period, tasks inside phases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from campaigntool.dates import PlanDate
from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text, days_en
from campaigntool.plan import PhaseView, TaskView
from campaigntool.rules.base import Finding, Loc, Rule, RuleContext


def _zh(value: PlanDate) -> str:
    return value.chinese()


def tasks(ctx: RuleContext) -> Iterator[TaskView]:
    """Every tracked task, wherever the plan writes it."""
    return iter(ctx.loaded.tasks)


class EndBeforeStart(Rule):
    """结束早于开始。

    检查什么：活动期间（period）或环节的 end 早于 start，任务的 due 早于其 start。
    为什么：倒置的日期多半是笔误，会让排期、督办和日程表全部出错。
    旬按区间理解：作开始取第一天，作结束取最后一天。
    错误示例：
        start: 2013-08 中旬
        end: 2013-08 上旬
    改为：
        start: 2013-08 上旬
        end: 2013-08 中旬
    """

    code = "S001"
    name = "end-before-start"
    severity = Severity.ERROR
    summary = Text("结束早于开始", "end before start")
    doc_en = """
    What it checks: An end (of the period or a phase) before its start, or a task due before it starts.

    Why: reversed dates are usually typos and break scheduling, tracking and the schedule table.
    A 旬 date is an interval: a start means its first day, an end its last day.
    Example:
        start: 2013-08 中旬
        end: 2013-08 上旬
    Use instead:
        start: 2013-08 上旬
        end: 2013-08 中旬
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        period = ctx.plan.period
        if period and period.end.last < period.start.first:
            yield self._finding(("period", "end"), period.start, period.end)
        for phase in ctx.loaded.phases:
            if phase.end.last < phase.start.first:
                yield self._finding((*phase.loc, "end"), phase.start, phase.end)
        for task in tasks(ctx):
            start, due = task.facts.start, task.fixed_due
            if start and due and due.last < start.first:
                yield self._finding((*task.loc, "due"), start, due)

    def _finding(self, loc: Loc, start: PlanDate, end: PlanDate) -> Finding:
        return Finding(
            loc,
            Text(
                f"结束（{_zh(end)}）早于开始（{_zh(start)}）",
                f"ends ({end}) before it starts ({start})",
            ),
            Text("检查两个日期是否写反或写错", "check whether the two dates are swapped or mistyped"),
        )


class PhaseOutsidePeriod(Rule):
    """环节超出活动期间。

    检查什么：环节的 start 早于活动期间（period）的开始，或 end 晚于其结束。
    为什么：方案写明的活动期间是对上级的承诺，环节不应越出。
    错误示例：
        period: {start: 2013-07 中旬, end: 2013-11 中旬}
        phases:
          - name: 整改落实、建章立制
            start: 2013-10 上旬
            end: 2013-12 上旬
    改为：end: 2013-11 中旬，或相应调整活动期间。
    """

    code = "S002"
    name = "phase-outside-period"
    severity = Severity.ERROR
    summary = Text("环节超出活动期间", "phase outside the campaign period")
    doc_en = """
    What it checks: A phase starts before the campaign period (`period`) or ends after it.

    Why: the period stated in the plan is a commitment; phases must stay inside it.
    Example: period ends 2013-11 中旬, a phase ends 2013-12 上旬.
    Use instead: end the phase by 2013-11 中旬, or change the period.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        period = ctx.plan.period
        if period is None:
            return
        for phase in ctx.loaded.phases:
            if phase.start.first < period.start.first:
                yield Finding(
                    (*phase.loc, "start"),
                    Text(
                        f"环节“{phase.name}”开始于{_zh(phase.start)}，早于活动期间的开始（{_zh(period.start)}）",
                        f"phase '{phase.name}' starts {phase.start}, before the period starts ({period.start})",
                    ),
                    Text(
                        "推迟环节开始，或提前活动期间",
                        "start the phase later, or the period earlier",
                    ),
                )
            if phase.end.last > period.end.last:
                yield Finding(
                    (*phase.loc, "end"),
                    Text(
                        f"环节“{phase.name}”结束于{_zh(phase.end)}，晚于活动期间的结束（{_zh(period.end)}）",
                        f"phase '{phase.name}' ends {phase.end}, after the period ends ({period.end})",
                    ),
                    Text(
                        "提前环节结束，或延长活动期间",
                        "end the phase earlier, or extend the period",
                    ),
                )


class PhasesOutOfOrder(Rule):
    """环节未按时间先后排列。

    检查什么：某个环节的开始早于排在它前面的环节的开始。
    为什么：环节的顺序就是公文中“（一）（二）（三）”的顺序，也是日程表的顺序，应与时间一致。
    错误示例：第二个环节 start: 2013-07 中旬，第一个环节 start: 2013-08 上旬。
    改为：把环节按开始时间重新排列，或改正日期。
    """

    code = "S003"
    name = "phases-out-of-order"
    severity = Severity.ERROR
    summary = Text("环节顺序与时间不符", "phases out of order")
    doc_en = """
    What it checks: A phase starts before the phase listed before it.

    Why: the order of phases is the order of the document's sections and of the schedule table.
    Example: the second phase starts 2013-07 中旬, the first 2013-08 上旬.
    Use instead: list phases by start date, or fix the dates.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        phases = ctx.loaded.phases
        for i in range(1, len(phases)):
            before, phase = phases[i - 1], phases[i]
            if phase.start.first < before.start.first:
                yield Finding(
                    (*phase.loc, "start"),
                    Text(
                        f"环节“{phase.name}”开始于{_zh(phase.start)}，早于前一环节“{before.name}”（{_zh(before.start)}）",
                        f"phase '{phase.name}' starts {phase.start}, before the previous phase "
                        f"'{before.name}' ({before.start})",
                    ),
                    Text("按开始时间先后排列环节", "list the phases in order of their start"),
                )


def _consecutive(ctx: RuleContext) -> Iterator[tuple[PhaseView, PhaseView]]:
    """Pairs of neighbouring phases that are in order (S003 reports the others)."""
    phases = ctx.loaded.phases
    for i in range(1, len(phases)):
        if phases[i].start.first >= phases[i - 1].start.first:
            yield phases[i - 1], phases[i]


class PhasesOverlap(Rule):
    """相邻环节时间重叠。

    检查什么：一个环节开始时，前一个环节还没有结束。前一环节在某旬结束、后一环节在同一旬开始
    （“……至11月中旬”“11月中旬至……”）是方案交接的常见写法，不算重叠。
    为什么：实际方案常有意让环节衔接重叠（边学边改），所以只作警告；
    若非有意，多半是日期写错。有意重叠时可在该行加注释 “# noqa: S004”。
    错误示例：
        - name: 学习教育、听取意见
          end: 2013-08 下旬
        - name: 查摆问题、开展批评
          start: 2013-08 中旬
    改为：start: 2013-09 上旬，或保留并注明有意重叠。
    """

    code = "S004"
    name = "phases-overlap"
    severity = Severity.WARNING
    summary = Text("环节时间重叠", "phases overlap")
    doc_en = """
    What it checks: a phase starts before the previous one ends. A phase that starts in the
    very 旬 (or on the very day) the previous one ends (`……至11月中旬`, `11月中旬至……`) is how
    plans write a hand-over, not an overlap.

    Why: real plans overlap phases on purpose, hence only a warning; otherwise a date is wrong.
    Mark an intended overlap with a `# noqa: S004` comment on the line.
    Example: one phase ends 2013-08 下旬, the next starts 2013-08 中旬.
    Use instead: start the next phase 2013-09 上旬, or keep it and mark the overlap.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for before, phase in _consecutive(ctx):
            handover = phase.start == before.end
            if phase.start.first <= before.end.last and not handover:
                days = (before.end.last - phase.start.first).days + 1
                yield Finding(
                    (*phase.loc, "start"),
                    Text(
                        f"环节“{phase.name}”与前一环节“{before.name}”重叠 {days} 天",
                        f"phase '{phase.name}' overlaps the previous phase '{before.name}' by {days_en(days)}",
                    ),
                    Text("若非有意，推迟本环节的开始", "if not intended, start this phase later"),
                )


class PhaseGap(Rule):
    """相邻环节之间有空档。

    检查什么：一个环节结束后，下一个环节隔了若干天才开始。
    为什么：空档期可能是漏排了工作，也可能是有意安排（如节假日），所以只作提示。
    示例：前一环节 end: 2013-08 中旬，下一环节 start: 2013-09 上旬（8月下旬空档）。
    改为：衔接日期，或确认空档是有意的。
    """

    code = "S005"
    name = "phase-gap"
    severity = Severity.INFO
    summary = Text("环节之间有空档", "gap between phases")
    doc_en = """
    What it checks: Days pass between the end of one phase and the start of the next.

    Why: a gap may be forgotten work or intended (holidays), hence only information.
    Example: one phase ends 2013-08 中旬, the next starts 2013-09 上旬.
    Use instead: join the dates, or confirm the gap is intended.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for before, phase in _consecutive(ctx):
            gap = (phase.start.first - before.end.last - timedelta(days=1)).days
            if gap > 0:
                yield Finding(
                    (*phase.loc, "start"),
                    Text(
                        f"环节“{before.name}”结束后隔 {gap} 天才开始“{phase.name}”",
                        f"{days_en(gap)} pass between phase '{before.name}' and phase '{phase.name}'",
                    ),
                    Text(
                        "衔接两个环节的日期，或确认空档是有意安排",
                        "join the dates, or confirm the gap is intended",
                    ),
                )


def _outside(due: PlanDate, start: date, end: date) -> bool:
    return due.last < start or due.last > end


class TaskOutsidePhase(Rule):
    """任务时限不在所属环节之内。

    检查什么：任务的 due 早于所属环节的开始，或晚于其结束。
    为什么：任务应在本环节内完成；超出时，要么任务放错了环节，要么时限写错了。
    错误示例：环节 end: 2013-08 下旬，其中任务 due: 2013-09 中旬。
    改为：把任务移到相应环节，或改正时限。
    """

    code = "S006"
    name = "task-outside-phase"
    severity = Severity.ERROR
    summary = Text("任务时限超出所属环节", "task due outside its phase")
    doc_en = """
    What it checks: A task's `due` is before its phase starts or after it ends.

    Why: a task is done within its phase; otherwise it is in the wrong phase or its date is wrong.
    Example: the phase ends 2013-08 下旬, a task in it is due 2013-09 中旬.
    Use instead: move the task to the right phase, or fix the date.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for task in tasks(ctx):
            phase, due = task.phase, task.fixed_due
            if phase is not None and due and _outside(due, phase.start.first, phase.end.last):
                yield Finding(
                    (*task.loc, "due"),
                    Text(
                        f"任务“{task.title}”的时限{_zh(due)}不在环节“{phase.name}”"
                        f"（{_zh(phase.start)}至{_zh(phase.end)}）之内",
                        f"task '{task.title}' is due {due}, outside its phase '{phase.name}' "
                        f"({phase.start} to {phase.end})",
                    ),
                    Text(
                        "把任务移到相应环节，或改正时限",
                        "move the task to the right phase, or fix the date",
                    ),
                )


class TaskOutsidePeriod(Rule):
    """任务时限不在活动期间之内。

    检查什么：任务的 due 早于活动期间（period）的开始，或晚于其结束。
    为什么：活动结束后还有未完成的任务，说明期间或时限有误。
    错误示例：period end: 2013-11 中旬，任务 due: 2013-12。
    改为：改正时限，或延长活动期间。
    """

    code = "S007"
    name = "task-outside-period"
    severity = Severity.ERROR
    summary = Text("任务时限超出活动期间", "task due outside the campaign period")
    doc_en = """
    What it checks: A task's `due` is before the campaign period starts or after it ends.

    Why: a task still open after the campaign ends means the period or the deadline is wrong.
    Example: the period ends 2013-11 中旬, a task is due 2013-12.
    Use instead: fix the date, or extend the period.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        period = ctx.plan.period
        if period is None:
            return
        for task in tasks(ctx):
            due = task.fixed_due
            if due and _outside(due, period.start.first, period.end.last):
                yield Finding(
                    (*task.loc, "due"),
                    Text(
                        f"任务“{task.title}”的时限{_zh(due)}不在活动期间"
                        f"（{_zh(period.start)}至{_zh(period.end)}）之内",
                        f"task '{task.title}' is due {due}, outside the period "
                        f"({period.start} to {period.end})",
                    ),
                    Text("改正时限，或调整活动期间", "fix the date, or change the period"),
                )


class DoneBeforeStart(Rule):
    """完成日期早于任务开始。

    检查什么：任务的 done 早于它的 start（没有 start 时取所属环节的开始）。
    为什么：还没开始就已完成，多半是日期写错了。
    错误示例：start: 2013-08 中旬，done: 2013-08-05。
    改为：填写实际完成的日期。
    """

    code = "S008"
    name = "done-before-start"
    severity = Severity.ERROR
    summary = Text("完成日期早于开始", "done before the task starts")
    doc_en = """
    What it checks: A task's `done` date is before its start (or its phase's start when it has none).

    Why: a task done before it started usually means a mistyped date.
    Example: start: 2013-08 中旬, done: 2013-08-05.
    Use instead: the date the task was actually completed.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for task in tasks(ctx):
            start, done = task.start, task.facts.done
            if start and done and done.last < start.first:
                yield Finding(
                    (*task.loc, "done"),
                    Text(
                        f"任务“{task.title}”的完成日期{_zh(done)}早于开始（{_zh(start)}）",
                        f"task '{task.title}' is done {done}, before it starts ({start})",
                    ),
                    Text("填写实际完成日期", "give the date it was actually completed"),
                )


class DoneInFuture(Rule):
    """完成日期晚于今天。

    检查什么：任务的 done 晚于检查日（默认今天，可用 --as-of 指定）。
    为什么：还没到的日期不可能已经完成，多半是年份或月份写错。
    错误示例：今天是 2026-11-21，done: 2026-12-01。
    改为：填写实际完成的日期。
    """

    code = "S009"
    name = "done-in-future"
    severity = Severity.ERROR
    summary = Text("完成日期晚于检查日", "done date in the future")
    doc_en = """
    What it checks: A task's `done` date is after the day of the check (today, or --as-of).

    Why: a day still to come cannot have been the day it was done; usually a wrong year or month.
    Example: today is 2026-11-21 and done: 2026-12-01.
    Use instead: the date it was actually completed.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for task in tasks(ctx):
            done = task.facts.done
            if done and done.first > ctx.as_of:
                yield Finding(
                    (*task.loc, "done"),
                    Text(
                        f"任务“{task.title}”的完成日期{_zh(done)}晚于检查日（{ctx.as_of.isoformat()}）",
                        f"task '{task.title}' is done {done}, after the day of the check "
                        f"({ctx.as_of.isoformat()})",
                    ),
                    Text("填写实际完成日期", "give the date it was actually completed"),
                )


class NonWorkingDay(Rule):
    """日期落在非工作日。

    检查什么：任务的开始日期或时限是具体某一天（不是旬或月），而这一天是周末、法定节假日，
    或 campaign.toml 中 [calendar] closed 列出的休息日；调休上班日算工作日。
    节假日和调休数据来自 chinese-calendar，没有数据的年份只按周末判断。
    为什么：会议、报送截止排在假日，往往是没有核对日历；但也可能是有意安排，所以只作提示。
    示例：
        - title: 召开动员大会
          due: 2026-10-01
    改为：改到工作日，如 due: 2026-10-09；确属有意安排可加注释 “# noqa: S010”。
    """

    code = "S010"
    name = "non-working-day"
    severity = Severity.INFO
    summary = Text("日期落在非工作日", "date on a non-working day")
    doc_en = """
    What it checks: A task's start or due date is an exact day that is a weekend, a public holiday, or a day
    closed in campaign.toml ([calendar] closed); makeup working days (调休) count as working.

    Holiday data comes from chinese-calendar; years it does not cover count weekends only.
    Why: a meeting or deadline on a holiday usually means the calendar was not checked;
    it may be deliberate, hence only information.
    Example: due: 2026-10-01 (National Day)
    Use instead: a working day such as 2026-10-09, or mark it with # noqa: S010.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for task in tasks(ctx):
            for key in ("start", "due"):
                value = task.facts.start if key == "start" else task.fixed_due
                if value is None or value.day is None or ctx.calendar.is_workday(value.first):
                    continue
                weekday = "一二三四五六日"[value.first.weekday()]
                yield Finding(
                    (*task.loc, key),
                    Text(
                        f"任务“{task.title}”的日期{_zh(value)}（星期{weekday}）不是工作日",
                        f"task '{task.title}' is dated {value}, a non-working day ({value.first:%A})",
                    ),
                    Text(
                        "改到工作日，或确认是有意安排", "move it to a working day, or confirm it is intended"
                    ),
                )


class PhaseWrittenTwice(Rule):
    """环节写了两遍（旧写法）。

    检查什么：phases 中的环节，在正文里又有一个同名的标题（heading），如正文写
    “（一）学习教育、听取意见”，phases 中又写 name: 学习教育、听取意见。
    为什么：同一件事写两遍，改了一处忘了另一处，标题、日程表和督办就会互相矛盾。
    现在环节写在正文中，只写一次：标题、起止时间和任务都在同一节里。
    错误示例：
        body:
          - heading: 学习教育、听取意见
            content: [……]
        phases:
          - name: 学习教育、听取意见
            start: 2013-07 中旬
            end: 2013-08 下旬
    改为（campaign fmt 会自动转换）：
        body:
          - phase: 学习教育、听取意见
            start: 2013-07 中旬
            end: 2013-08 下旬
            content: [……]
    """

    code = "S011"
    name = "phase-written-twice"
    severity = Severity.ERROR
    summary = Text("环节在正文和 phases 中写了两遍", "phase written both in the text and under phases")
    doc_en = """
    What it checks: a phase under `phases:` whose name is also a heading of the body (the form
    plans had before phases became part of the text).
    Why: a fact written twice drifts apart; the heading, the schedule and the follow-up list
    then contradict each other. A phase is now written once, as a section of the text.
    Example:
        body:
          - heading: 学习教育、听取意见
        phases:
          - name: 学习教育、听取意见
            start: 2013-07 中旬
            end: 2013-08 下旬
    Use instead (`campaign fmt` converts it):
        body:
          - phase: 学习教育、听取意见
            start: 2013-07 中旬
            end: 2013-08 下旬
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        from campaigntool.convert import heading_name
        from campaigntool.model import PhaseSection, Section

        headings: dict[str, Loc] = {}

        def visit(sections: list[Section | PhaseSection], loc: Loc) -> None:
            for j, section in enumerate(sections):
                if isinstance(section, Section):
                    headings.setdefault(heading_name(section.heading), (*loc, j, "heading"))
                    visit(list(section.sections), (*loc, j, "sections"))

        visit(list(ctx.plan.body), ("body",))
        for i, phase in enumerate(ctx.plan.phases):
            where = headings.get(phase.name)
            if where is None:
                continue
            line = ctx.loaded.source_map.span(where).line if ctx.loaded.source_map else 0
            yield Finding(
                ("phases", i, "name"),
                Text(
                    f"环节“{phase.name}”在正文（第 {line} 行）和 phases 中各写了一遍",
                    f"phase '{phase.name}' is written in the text (line {line}) and under phases",
                ),
                Text(
                    "运行 campaign fmt 自动转换；或把正文的 heading 改为 phase，并把这里的 id、start、end、tasks 移过去",
                    "run campaign fmt to convert it; or turn the heading into `phase:` and move id, "
                    "start, end and tasks there",
                ),
            )


RULES: tuple[type[Rule], ...] = (
    EndBeforeStart,
    PhaseOutsidePeriod,
    PhasesOutOfOrder,
    PhasesOverlap,
    PhaseGap,
    TaskOutsidePhase,
    TaskOutsidePeriod,
    DoneBeforeStart,
    DoneInFuture,
    NonWorkingDay,
    PhaseWrittenTwice,
)
