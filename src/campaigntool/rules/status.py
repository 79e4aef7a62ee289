"""Status rules: progress recorded consistently, and what is late as of a day."""

from __future__ import annotations

from collections.abc import Iterator

from campaigntool.dates import Part, PlanDate
from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text, days_en
from campaigntool.rules.base import Finding, Rule, RuleContext
from campaigntool.rules.schedule import tasks


class DoneWithoutDate(Rule):
    """标为已完成却没有完成日期。

    检查什么：status: done 的任务没有 done（完成日期）。
    为什么：完成日期是督办和总结报告的依据（何时完成、是否按期）。
    错误示例：
        status: done
    改为：
        status: done
        done: 2013-08-15
    """

    code = "T001"
    name = "done-without-date"
    severity = Severity.WARNING
    summary = Text("已完成但无完成日期", "done without a done date")
    doc_en = """
    What it checks: A task with `status: done` has no `done` date.

    Why: the completion date is what follow-up and the final report rely on.
    Example:
            status: done
    Use instead: add `done: 2013-08-15`.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for task in tasks(ctx):
            if task.status == "done" and task.facts.done is None:
                yield Finding(
                    (*task.loc, "status"),
                    Text(
                        f"任务“{task.title}”已完成，但没有完成日期",
                        f"task '{task.title}' is done but has no done date",
                    ),
                    Text("加上 done: 完成日期", "add 'done: <date>'"),
                )


class Overdue(Rule):
    """任务逾期未完成。

    检查什么：未完成（status 不是 done 或 cancelled）且时限已过的任务。
    时限按最后一天计：due: 2014-04 下旬 到 5月1日才算逾期；当天到期不算逾期。
    检查日默认今天，可用 --as-of 指定。
    为什么：这是督办的依据。它只是警告，不会仅因日期推移让 CI 失败；加 --strict 时才算失败。
    示例：今天 2013-09-01，任务 due: 2013-08 中旬，status: in_progress。
    改为：完成后写 status: done 和 done 日期；时限调整经批准后修改 due。
    """

    code = "T002"
    name = "overdue"
    severity = Severity.WARNING
    summary = Text("任务逾期", "task overdue")
    doc_en = """
    What it checks: A task that is not done (nor cancelled) and whose due date has passed.

    The due date counts to its last day: due 2014-04 下旬 is overdue from 1 May; a task due
    today is not overdue. The day of the check is today, or --as-of.
    Why: this is what follow-up is about. It is a warning, so the calendar alone does not fail
    CI unless --strict.
    Example: on 2013-09-01 a task with due: 2013-08 中旬 and status: in_progress.
    Use instead: when finished, set `status: done` and `done`; change `due` when approved.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for task in tasks(ctx):
            due, days = task.due, task.days_late(ctx.as_of)
            if due is None or days is None or not task.is_overdue(ctx.as_of):
                continue
            # A deadline inherited from the phase is reported on the task itself.
            where = (*task.loc, "due") if task.facts.due is not None else task.loc
            missed = task.missed(ctx.as_of, ctx.calendar)
            if missed:  # a recurring duty: the oldest occurrence not reported
                due = PlanDate(missed[0].year, missed[0].month, Part.DAY, missed[0].day)
            yield Finding(
                where,
                Text(
                    f"任务“{task.title}”已逾期 {days} 天（时限 {due.chinese()}）",
                    f"task '{task.title}' is {days_en(days)} overdue (due {due})",
                ),
                Text(
                    "完成后写 status: done 和完成日期；调整时限须经批准",
                    "when finished, set status: done and the done date",
                ),
            )


class DateWithoutDone(Rule):
    """有完成日期，状态却不是已完成。

    检查什么：写了 done（完成日期），status 却不是 done。
    为什么：两处记录互相矛盾，统计进度时会出错。
    错误示例：
        status: in_progress
        done: 2013-08-15
    改为：status: done，或删除 done。
    """

    code = "T003"
    name = "date-without-done"
    severity = Severity.WARNING
    summary = Text("有完成日期但未标为完成", "done date on a task not done")
    doc_en = """
    What it checks: A task has a `done` date but its status is not `done`.

    Why: the two records contradict each other and progress counts go wrong.
    Example:
            status: in_progress
            done: 2013-08-15
    Use instead: `status: done`, or remove `done`.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for task in tasks(ctx):
            if task.facts.done is not None and task.status != "done":
                yield Finding(
                    (*task.loc, "done"),
                    Text(
                        f"任务“{task.title}”有完成日期，状态却是 {task.status}",
                        f"task '{task.title}' has a done date but its status is {task.status}",
                    ),
                    Text("改为 status: done，或删除 done", "set status: done, or remove done"),
                )


RULES: tuple[type[Rule], ...] = (DoneWithoutDate, Overdue, DateWithoutDone)
