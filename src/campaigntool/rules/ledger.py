"""Ledger rules: every rectification item answered for, numbered once, closed with its evidence."""

from __future__ import annotations

from collections.abc import Iterator

from campaigntool.dates import PlanDate
from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text
from campaigntool.rules.base import Finding, Rule, RuleContext


class DoneNotClosed(Rule):
    """整改任务已完成，却没有销号日期。

    检查什么：state: 已完成 的整改任务没有写 closed（销号日期）。
    为什么：整改任务要经审核、公示后销号，台账和报告要写明何时销号；只写“已完成”无从核对。
    错误示例：
        state: 已完成
    改为：
        state: 已完成
        closed: 2026-09-30
        evidence: [整改结果公示.pdf]
    """

    code = "L001"
    name = "done-not-closed"
    severity = Severity.WARNING
    summary = Text("已完成的整改任务没有销号日期", "item done but not closed")
    doc_en = """
    What it checks: A rectification item in the state 已完成 has no `closed` (销号) date.

    Why: items are closed after review and a public notice period; the ledger and the report
    state when, and "done" alone cannot be verified.
    Example:
            state: 已完成
    Use instead:
            state: 已完成
            closed: 2026-09-30
            evidence: [整改结果公示.pdf]
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for view in ctx.loaded.items:
            if view.item.state == "已完成" and view.item.closed is None:
                yield Finding(
                    (*view.loc, "state"),
                    Text(
                        f"整改任务{view.number}已完成，但没有销号日期",
                        f"rectification item {view.number} is done but has no closing date",
                    ),
                    Text(
                        "加上 closed: 销号日期 和 evidence: 佐证材料", "add 'closed: <date>' and its evidence"
                    ),
                )


class ClosedWithoutEvidence(Rule):
    """销号的整改任务没有佐证材料。

    检查什么：写了 closed（销号日期）的整改任务没有 evidence（佐证材料）。
    为什么：销号要有依据（整改结果公示、制度文件、会议记录等），检查组要据此核验。
    错误示例：
        closed: 2026-09-30
    改为：
        closed: 2026-09-30
        evidence: [整改结果公示.pdf, 制度汇编]
    """

    code = "L002"
    name = "closed-without-evidence"
    severity = Severity.WARNING
    summary = Text("销号没有佐证材料", "item closed without evidence")
    doc_en = """
    What it checks: A rectification item with a `closed` date has no `evidence`.

    Why: closing an item needs grounds (the public notice of the result, a rule, minutes), which
    inspectors verify.
    Example:
            closed: 2026-09-30
    Use instead:
            closed: 2026-09-30
            evidence: [整改结果公示.pdf, 制度汇编]
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for view in ctx.loaded.items:
            if view.item.closed is not None and not view.item.evidence:
                yield Finding(
                    (*view.loc, "closed"),
                    Text(
                        f"整改任务{view.number}已销号，但没有佐证材料",
                        f"rectification item {view.number} is closed without evidence",
                    ),
                    Text("加上 evidence: [佐证材料]", "add 'evidence: [<file or note>]'"),
                )


class ClosedNotDone(Rule):
    """未完成的整改任务写了销号日期。

    检查什么：写了 closed（销号日期）或 done（完成日期）的整改任务，state 却不是 已完成；
    或销号日期早于完成日期。
    为什么：销号以完成为前提，两处记录矛盾，台账和报告的数字会对不上。
    错误示例：
        state: 正在推进
        closed: 2026-09-30
    改为：state: 已完成，或删除 closed。
    """

    code = "L003"
    name = "closed-not-done"
    severity = Severity.ERROR
    summary = Text("销号与完成情况矛盾", "closing contradicts the state")
    doc_en = """
    What it checks: A rectification item has a `closed` or `done` date but its state is not 已完成,
    or it was closed before it was done.

    Why: an item is closed only once done; the two records contradict each other and the counts
    of the ledger and the report disagree.
    Example:
            state: 正在推进
            closed: 2026-09-30
    Use instead: `state: 已完成`, or remove `closed`.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for view in ctx.loaded.items:
            item = view.item
            for key in ("done", "closed"):
                when: PlanDate | None = getattr(item, key)
                if when is not None and item.state != "已完成":
                    yield Finding(
                        (*view.loc, key),
                        Text(
                            f"整改任务{view.number}写了{'完成' if key == 'done' else '销号'}日期，完成情况却是“{item.state}”",
                            f"rectification item {view.number} has a {key} date but its state is {item.state}",
                        ),
                        Text(f"改为 state: 已完成，或删除 {key}", f"set state: 已完成, or remove {key}"),
                    )
            if item.done and item.closed and item.closed.last < item.done.first:
                yield Finding(
                    (*view.loc, "closed"),
                    Text(
                        f"整改任务{view.number}的销号日期早于完成日期",
                        f"rectification item {view.number} is closed before it was done",
                    ),
                    Text("检查两个日期", "check both dates"),
                )


class ItemWithoutLead(Rule):
    """整改任务没有牵头单位或责任单位。

    检查什么：整改任务既没有 lead（牵头单位），也没有 responsible（责任单位）。
    无牵头单位的，责任单位即为牵头单位；两者都没有，就没有人负责。
    为什么：督办清单按单位发出，没有单位的整改任务会被漏掉。
    错误示例：
        - problem: 联系服务职工不够经常
          due: 2026-09 底
    改为：
        - problem: 联系服务职工不够经常
          lead: [组织部]
          due: 2026-09 底
    """

    code = "L004"
    name = "item-without-lead"
    severity = Severity.ERROR
    summary = Text("整改任务没有牵头单位", "item without a lead unit")
    doc_en = """
    What it checks: A rectification item has neither `lead` nor `responsible` units.
    Without lead units, the responsible units lead; with neither, nobody does.

    Why: follow-up lists go out by unit, and an item without one is missed.
    Example:
            - problem: 联系服务职工不够经常
              due: 2026-09 底
    Use instead: add `lead: [组织部]`.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for view in ctx.loaded.items:
            if not view.leads:
                yield Finding(
                    view.loc,
                    Text(
                        f"整改任务{view.number}没有牵头单位或责任单位",
                        f"rectification item {view.number} has no lead or responsible unit",
                    ),
                    Text("加上 lead: [牵头单位]", "add 'lead: [<unit>]'"),
                    key=True,
                )


class NumberTwice(Rule):
    """两项整改任务的序号相同。

    检查什么：rectification 中两项整改任务写了相同的 number（序号）。
    为什么：台账、督办和报告都按序号指称整改任务（“序号十”“1-20号”），重号会指错。
    错误示例：两项都写 number: 3。
    改为：按顺序编号，或都不写 number，由工具按顺序编号。
    """

    code = "L005"
    name = "item-number-twice"
    severity = Severity.ERROR
    summary = Text("整改任务序号重复", "item number used twice")
    doc_en = """
    What it checks: Two rectification items have the same `number`.

    Why: the ledger, the follow-up and the report refer to items by number (序号十, 1-20号); a
    number used twice points to the wrong item.
    Example: two items with `number: 3`.
    Use instead: number them in order, or leave `number` out and let the tool count.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        seen: set[int] = set()
        for view in ctx.loaded.items:
            if view.number in seen:
                yield Finding(
                    (*view.loc, "number") if view.item.number else view.loc,
                    Text(f"整改任务序号 {view.number} 重复", f"item number {view.number} is used twice"),
                    Text("改为未使用的序号", "use a number not yet taken"),
                    key=view.item.number is None,
                )
            seen.add(view.number)


class ItemDueAfterEnd(Rule):
    """整改任务的时限晚于活动结束。

    检查什么：整改任务的 due 是日期，而且晚于活动期间的结束。
    为什么：整改要在活动期间见到成效；确需更长时间的，应写“长期坚持”，或列出近期目标的时限。
    错误示例：活动 12月下旬 结束，due: 2027-03 底。
    改为：due: 2026-12 底，或 due: 长期坚持（state: 长期坚持）。
    """

    code = "L006"
    name = "item-due-after-end"
    severity = Severity.WARNING
    summary = Text("整改时限晚于活动结束", "item due after the campaign ends")
    doc_en = """
    What it checks: A rectification item's `due` is a date after the end of the campaign period.

    Why: rectification should show results within the campaign; what needs longer is written
    长期坚持, or gets a near-term deadline.
    Example: the campaign ends in late December and due: 2027-03 底.
    Use instead: due: 2026-12 底, or due: 长期坚持 (state: 长期坚持).
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        span = ctx.loaded.span
        if span is None:
            return
        for view in ctx.loaded.items:
            due = view.item.due
            if isinstance(due, PlanDate) and due.last > span[1].last:
                yield Finding(
                    (*view.loc, "due"),
                    Text(
                        f"整改任务{view.number}的时限{due.chinese()}晚于活动结束（{span[1].chinese()}）",
                        f"rectification item {view.number} is due {due}, after the campaign ends ({span[1]})",
                    ),
                    Text("改到活动期间之内，或写 长期坚持", "move it within the campaign, or write 长期坚持"),
                )


RULES: tuple[type[Rule], ...] = (
    DoneNotClosed,
    ClosedWithoutEvidence,
    ClosedNotDone,
    ItemWithoutLead,
    NumberTwice,
    ItemDueAfterEnd,
)
