"""Progress rules: recurring duties that can fall due, progress entries that have happened."""

from __future__ import annotations

from collections.abc import Iterator

from campaigntool.deadlines import Recurring
from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text
from campaigntool.plan import Chased, ItemView, TaskView
from campaigntool.rules.base import Finding, Loc, Rule, RuleContext


def chased(ctx: RuleContext) -> Iterator[tuple[Chased, Loc]]:
    """Every task and ledger item, with the place its facts are written."""
    for task in ctx.loaded.tasks:
        yield task, task.loc
    for item in ctx.loaded.items:
        yield item, item.loc


def _name(thing: Chased) -> Text:
    if isinstance(thing, ItemView):
        return Text(f"整改任务{thing.number}", f"rectification item {thing.number}")
    assert isinstance(thing, TaskView)
    return Text(f"任务“{thing.title}”", f"task '{thing.title}'")


class ImpossibleRecurringDay(Rule):
    """周期性时限的日子不存在。

    检查什么：每月、每季度、每周的时限写了不存在的日子，如 每月32日前、每季度第4个月的20日前。
    每月29日至31日可以写：没有这一天的月份按月底计。
    为什么：这样的时限永远不会到期，督办时会漏掉。
    错误示例：
        due: 每月32日前
    改为：
        due: 每月底
    """

    code = "T004"
    name = "impossible-recurring-day"
    severity = Severity.ERROR
    summary = Text("周期性时限的日子不存在", "recurring deadline on a day that does not exist")
    doc_en = """
    What it checks: A monthly, quarterly or weekly deadline names a day that does not exist:
    每月32日前 or 每季度第4个月的20日前. Days 29 to 31 are fine: a month without the day
    uses its last day.

    Why: such a deadline never falls due, and follow-up misses it.
    Example:
            due: 每月32日前
    Use instead:
            due: 每月底
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for thing, loc in chased(ctx):
            deadline = thing.deadline
            if isinstance(deadline, Recurring) and not deadline.possible:
                name = _name(thing)
                yield Finding(
                    (*loc, "due"),
                    Text(
                        f"{name.zh}的时限“{deadline.text}”中的日子不存在",
                        f"{name.en}: the deadline '{deadline.text}' names a day that does not exist",
                    ),
                    Text(
                        "每月写 1 至 31 日或“底”，每季度写第1至第3个月，每周写一至日",
                        "write a day 1-31 or 底 for months, month 1-3 of a quarter, 一 to 日 for weeks",
                    ),
                )


class ProgressInFuture(Rule):
    """进展记录的日期晚于检查日。

    检查什么：progress 中某条进展的 date 晚于检查日（默认今天，可用 --as-of 指定）。
    为什么：还没到的日子不会有进展；多半是年份或月份写错，报告中的累计数字也会因此出错。
    错误示例：今天是 2026-11-21，
        progress:
          - date: 2026-12-05
            text: 召开座谈会
    改为：填写实际的日期。
    """

    code = "T005"
    name = "progress-in-future"
    severity = Severity.ERROR
    summary = Text("进展日期晚于检查日", "progress dated after the day of the check")
    doc_en = """
    What it checks: A progress entry is dated after the day of the check (today, or --as-of).

    Why: nothing has happened on a day still to come; usually a wrong year or month, and the
    report's running totals would be wrong.
    Example: today is 2026-11-21 and
            progress:
              - date: 2026-12-05
                text: 召开座谈会
    Use instead: the day it actually happened.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for thing, loc in chased(ctx):
            for k, entry in enumerate(thing.entries):
                if entry.date.first > ctx.as_of:
                    name = _name(thing)
                    yield Finding(
                        (*loc, "progress", k, "date"),
                        Text(
                            f"{name.zh}的进展日期{entry.date.chinese()}晚于检查日（{ctx.as_of.isoformat()}）",
                            f"{name.en}: progress dated {entry.date}, after the day of the check "
                            f"({ctx.as_of.isoformat()})",
                        ),
                        Text("填写实际的日期", "give the day it actually happened"),
                    )


RULES: tuple[type[Rule], ...] = (ImpossibleRecurringDay, ProgressInFuture)
