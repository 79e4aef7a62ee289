"""Responsibility rules: every task has a lead, and every name is defined once."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Literal

from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text
from campaigntool.model import Plan
from campaigntool.plan import LoadedPlan
from campaigntool.rules.base import Finding, Loc, Rule, RuleContext
from campaigntool.rules.schedule import tasks

Kind = Literal["unit", "person", "any"]


def references(loaded: LoadedPlan) -> Iterator[tuple[Loc, str, Kind]]:
    """Every place a unit or person is named, with what kind of name it wants."""
    plan = loaded.plan
    for task in loaded.tasks:
        facts, loc = task.facts, task.loc
        if isinstance(facts.lead, str):
            yield (*loc, "lead"), facts.lead, "any"
        for k, lead in enumerate(facts.lead if isinstance(facts.lead, list) else []):
            yield (*loc, "lead", k), lead, "any"
        if facts.leader:
            yield (*loc, "leader"), facts.leader, "person"
        for k, supporter in enumerate(facts.supporters):
            yield (*loc, "supporters", k), supporter, "any"
    for view in loaded.items:
        item = view.item
        if item.leader:
            yield (*view.loc, "leader"), item.leader, "person"
        for field in ("lead", "responsible", "supporters"):
            for k, name in enumerate(getattr(item, field)):
                yield (*view.loc, field, k), name, "any"
    for i, person in enumerate(plan.people):
        if person.unit:
            yield ("people", i, "unit"), person.unit, "unit"
    group = plan.leading_group
    if group is None:
        return
    if group.head:
        yield ("leading_group", "head"), group.head, "person"
    for field in ("deputy_heads", "members"):
        for k, name in enumerate(getattr(group, field)):
            yield ("leading_group", field, k), name, "person"
    office = group.office
    if office is None:
        return
    if office.director:
        yield ("leading_group", "office", "director"), office.director, "person"
    for field in ("deputy_directors", "liaisons", "members"):
        for k, name in enumerate(getattr(office, field)):
            yield ("leading_group", "office", field, k), name, "person"


def definitions(plan: Plan) -> Iterator[tuple[Loc, str, Kind]]:
    """Every name a unit or person is defined under."""
    for i, unit in enumerate(plan.units):
        yield ("units", i, "name"), unit.name, "unit"
        if unit.short:
            yield ("units", i, "short"), unit.short, "unit"
    for i, person in enumerate(plan.people):
        yield ("people", i, "name"), person.name, "person"


class NoLead(Rule):
    """任务没有牵头单位或责任人。

    检查什么：任务没有写 lead（牵头）。
    为什么：没有牵头的任务就没有人负责，督办时无从问起。
    错误示例：
        - title: 制定整改方案
          due: 2013-10 上旬
    改为：
        - title: 制定整改方案
          lead: 办公室
          due: 2013-10 上旬
    """

    code = "R001"
    name = "no-lead"
    severity = Severity.ERROR
    summary = Text("任务没有牵头", "task without a lead")
    doc_en = """
    What it checks: A task has no `lead`.

    Why: a task nobody leads is a task nobody answers for.
    Example:
            - title: 制定整改方案
              due: 2013-10 上旬
    Use instead: add `lead: <unit or person>`.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for task in tasks(ctx):
            if not task.facts.lead:
                yield Finding(
                    task.loc,
                    Text(
                        f"任务“{task.title}”没有牵头单位或责任人",
                        f"task '{task.title}' has no lead",
                    ),
                    Text("加上 lead: 牵头单位或责任人", "add 'lead: <unit or person>'"),
                    key=True,
                )


class UndefinedName(Rule):
    """引用了未定义的单位或人员。

    检查什么：任务的 lead、leader、supporters，人员的 unit，领导小组的各个姓名，
    是否都在 units 或 people 中定义过。
    为什么：名称写法不一（“办公室”与“办公厅”）会让按单位统计和督办漏掉任务。
    错误示例：units 中只有“办公室”，任务写 lead: 办公厅。
    改为：lead: 办公室，或在 units 中补充定义。
    """

    code = "R002"
    name = "undefined-name"
    severity = Severity.ERROR
    summary = Text("单位或人员未定义", "undefined unit or person")
    doc_en = """
    What it checks: A task's lead, leader or supporters, a person's unit, or a name in the leading group
    is not defined under `units` or `people`.

    Why: names spelt two ways make counts by unit and follow-up miss tasks.
    Example: `units` has 办公室, a task says `lead: 办公厅`.
    Use instead: `lead: 办公室`, or define the unit.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        plan = ctx.plan
        units = [u.name for u in plan.units] + [u.short for u in plan.units if u.short]
        people = [p.name for p in plan.people]
        pools: dict[Kind, list[str]] = {"unit": units, "person": people, "any": units + people}
        where: dict[Kind, Text] = {
            "unit": Text("units", "units"),
            "person": Text("people", "people"),
            "any": Text("units 或 people", "units or people"),
        }
        for loc, name, kind in references(ctx.loaded):
            pool = pools[kind]
            if name in pool:
                continue
            close = difflib.get_close_matches(name, pool, n=1, cutoff=0.5)
            if close:
                fix = Text(f"是否应为“{close[0]}”？", f"did you mean '{close[0]}'?")
            else:
                fix = Text(f"在 {where[kind].zh} 中定义“{name}”", f"define '{name}' under {where[kind].en}")
            yield Finding(
                loc,
                Text(
                    f"“{name}”未在 {where[kind].zh} 中定义",
                    f"'{name}' is not defined under {where[kind].en}",
                ),
                fix,
            )


class NoGroupHead(Rule):
    """领导小组没有组长。

    检查什么：写了 leading_group，却没有 head（组长）。
    为什么：领导小组必须有组长，这是“一把手”负总责的体现。
    错误示例：
        leading_group:
          deputy_heads: [史桂茹]
    改为：
        leading_group:
          head: 赵国红
          deputy_heads: [史桂茹]
    """

    code = "R003"
    name = "no-group-head"
    severity = Severity.ERROR
    summary = Text("领导小组没有组长", "leading group without a head")
    doc_en = """
    What it checks: The leading group has no `head` (组长).

    Why: a leading group is headed by the top leader, who answers for the whole campaign.
    Example:
            leading_group:
              deputy_heads: [史桂茹]
    Use instead: add `head: <name>` under `leading_group`.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        group = ctx.plan.leading_group
        if group is not None and not group.head:
            yield Finding(
                ("leading_group",),
                Text("领导小组没有组长", "the leading group has no head"),
                Text(
                    "在 leading_group 下加上 head: 组长姓名",
                    "add 'head: <name>' under leading_group",
                ),
                key=True,
            )


class DefinedTwice(Rule):
    """单位或人员重复定义。

    检查什么：units 或 people 中同一个名称（含简称）出现两次，或一个名称既是单位又是人员。
    为什么：重复的定义让引用有歧义，职务、简称也可能前后不一。
    错误示例：units 中两次写 name: 办公室。
    改为：删除或合并其中一个。
    """

    code = "R004"
    name = "defined-twice"
    severity = Severity.ERROR
    summary = Text("重复定义", "defined twice")
    doc_en = """
    What it checks: The same name (or short name) is defined twice under `units` or `people`, or is both
    a unit and a person.

    Why: duplicate definitions make references ambiguous.
    Example: `name: 办公室` twice under `units`.
    Use instead: remove or merge one of them.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        first: dict[str, Loc] = {}
        for loc, name, _ in definitions(ctx.plan):
            if name in first:
                where = ".".join(str(p) for p in first[name][:2])
                yield Finding(
                    loc,
                    Text(
                        f"“{name}”重复定义（首次见 {where}）",
                        f"'{name}' is defined twice (first at {where})",
                    ),
                    Text("删除或合并重复的定义", "remove or merge the duplicate"),
                )
            else:
                first[name] = loc


class NeverReferenced(Rule):
    """定义了却从未引用的单位或人员。

    检查什么：units、people 中的名称，没有任何任务、人员或领导小组引用。
    为什么：可能是名称写法不一致导致的漏引，或是多余的定义，所以只作提示。
    示例：units 中有“宣传教育部”，但没有任何任务由它牵头或配合。
    改为：在相应任务中引用它，或删除这个定义。
    """

    code = "R005"
    name = "never-referenced"
    severity = Severity.INFO
    summary = Text("定义了但未引用", "defined but never referenced")
    doc_en = """
    What it checks: A unit or person is defined but no task, person or leading-group entry refers to it.

    Why: it may be a spelling mismatch or a leftover, hence only information.
    Example: 宣传教育部 is under `units`, but no task is led or supported by it.
    Use instead: refer to it where it belongs, or remove the definition.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        plan = ctx.plan
        used = {name for _, name, _ in references(ctx.loaded)}
        for i, unit in enumerate(plan.units):
            if unit.name not in used and (unit.short is None or unit.short not in used):
                yield self._finding(("units", i, "name"), unit.name)
        for i, person in enumerate(plan.people):
            if person.name not in used:
                yield self._finding(("people", i, "name"), person.name)

    @staticmethod
    def _finding(loc: Loc, name: str) -> Finding:
        return Finding(
            loc,
            Text(f"“{name}”已定义，但没有被引用", f"'{name}' is defined but never referred to"),
            Text(
                "在相应任务或领导小组中引用它，或删除定义",
                "refer to it where it belongs, or remove it",
            ),
        )


RULES: tuple[type[Rule], ...] = (NoLead, UndefinedName, NoGroupHead, DefinedTwice, NeverReferenced)
