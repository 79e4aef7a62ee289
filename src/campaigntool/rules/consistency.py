"""Consistency rules: what the prose says agrees with the plan's data.

Plans state the same facts twice, once as data and once in words: the
campaign's dates (`集中在7月中旬至11月中旬进行`), the number of phases
(`着力抓好以下三个环节`), who leads the group (`……赵国红任组长`). When one
copy is edited and the other is not, the document contradicts itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from campaigntool.dates import PlanDate, chinese_range
from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text
from campaigntool.plan import PhaseView, walk_text
from campaigntool.prose import date_ranges, group_roles, phase_counts
from campaigntool.rules.base import Finding, Loc, Rule, RuleContext


def _phase_of(loc: Loc, phases: list[PhaseView]) -> PhaseView | None:
    for phase in phases:
        if loc[: len(phase.loc)] == phase.loc and phase.name_key == "phase":
            return phase
    return None


def _range(start: PlanDate, end: PlanDate, year: int | None) -> str:
    return chinese_range(start, end, year)


class ProseDates(Rule):
    """正文中的起止时间与日程不符。

    检查什么：正文里写的起止时间（如“集中在7月中旬至11月中旬进行”“从2008年9月开始至2009年2月份基本完成”）
    与活动期间或所在环节的日期不一致。环节之外的文字应与活动期间（或某个环节）相同；环节中的文字与该环节比较：
    写在环节第一段开头的时间应与环节起止相同，其余的应落在环节之内。
    为什么：改了日程却没改正文，印发的方案就自相矛盾，督办清单也与方案对不上。
    错误示例：
        - phase: 学习调研
          start: 2013-09 下旬
          end: 2013-11 下旬
          content:
            - 9月下旬至11月中旬。组织党员干部集中学习……
    改为：让正文与日期一致，或删去正文里的日期（环节标题会自动写出起止时间）：
        content:
          - 组织党员干部集中学习……
    """

    code = "C001"
    name = "prose-dates"
    severity = Severity.ERROR
    summary = Text("正文中的起止时间与日程不符", "dates in the text disagree with the schedule")
    doc_en = """
    What it checks: a date range written in the text (`集中在7月中旬至11月中旬进行`,
    `从2008年9月开始至2009年2月份基本完成`) that disagrees with the campaign's period or with the
    phase it stands in. Text outside the phases must state the period (or one phase's dates); text inside a phase
    with that phase: a range at the very start of the phase's first paragraph must equal the
    phase's dates, any other must lie within them.
    Why: when the schedule changes and the text does not, the issued plan contradicts itself
    and the follow-up list contradicts the plan.
    Example:
        - phase: 学习调研
          start: 2013-09 下旬
          end: 2013-11 下旬
          content:
            - 9月下旬至11月中旬。组织党员干部集中学习……
    Use instead: make the text agree, or drop the dates from the text (the phase heading
    states them):
        content:
          - 组织党员干部集中学习……
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        loaded = ctx.loaded
        year, span, phases = loaded.year, loaded.span, loaded.phases
        if year is None:
            return
        for loc, text in walk_text(ctx.plan):
            phase = _phase_of(loc, phases)
            for found in date_ranges(text, year):
                message = self._disagreement(
                    found.start, found.end, found.offset, loc, phase, phases, span, year
                )
                if message is not None:
                    yield Finding(loc, *message, offset=found.offset, length=found.length)

    @staticmethod
    def _disagreement(
        start: PlanDate,
        end: PlanDate,
        offset: int,
        loc: Loc,
        phase: PhaseView | None,
        phases: list[PhaseView],
        span: tuple[PlanDate, PlanDate] | None,
        year: int,
    ) -> tuple[Text, Text] | None:
        written = _range(start, end, year)
        if phase is None:
            # Outside the phases, the text may state the campaign's dates or one phase's.
            stated = {(span[0].first, span[1].last)} if span else set()
            stated |= {(p.start.first, p.end.last) for p in phases}
            if span is None or (start.first, end.last) in stated:
                return None
            expected = _range(*span, year)
            return (
                Text(
                    f"正文写“{written}”，活动期间却是{expected}",
                    f"the text says {start} to {end}, but the campaign runs {span[0]} to {span[1]}",
                ),
                Text(f"改为“{expected}”，或调整活动期间", f"write {expected}, or change the period"),
            )
        expected = _range(phase.start, phase.end, year)
        opening = offset == 0 and loc == (*phase.loc, "content", 0)
        if opening:
            agrees = (start.first, end.last) == (phase.start.first, phase.end.last)
        else:
            agrees = phase.start.first <= start.first and end.last <= phase.end.last
        if agrees:
            return None
        return (
            Text(
                f"正文写“{written}”，环节“{phase.name}”却是{expected}",
                f"the text says {start} to {end}, but phase '{phase.name}' runs {phase.start} to {phase.end}",
            ),
            Text(
                f"改为“{expected}”，或删去正文中的日期（环节标题会写出起止时间）",
                f"write {expected}, or drop the dates from the text (the heading states them)",
            ),
        )


class ProsePhaseCount(Rule):
    """正文中的环节数与日程不符。

    检查什么：正文里写的环节（阶段、步骤）个数，如“着力抓好以下三个环节”“分四个阶段进行”，
    与方案中环节的个数不同。
    为什么：增删环节后忘了改这句话，印出来的方案前后不一。
    错误示例：方案有四个环节，正文写
        - 着力抓好以下三个环节。
    改为：
        - 着力抓好以下四个环节。
    """

    code = "C002"
    name = "prose-phase-count"
    severity = Severity.ERROR
    summary = Text("正文中的环节数与日程不符", "number of phases in the text disagrees")
    doc_en = """
    What it checks: a number of phases (环节, 阶段, 步骤) written in the text, such as
    `着力抓好以下三个环节` or `分四个阶段进行`, that differs from the number of phases in the plan.
    Why: after a phase is added or removed, this sentence is easily forgotten, and the printed
    plan contradicts itself.
    Example: the plan has four phases and the text says
        - 着力抓好以下三个环节。
    Use instead:
        - 着力抓好以下四个环节。
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        phases = ctx.loaded.phases
        if not phases:
            return
        for loc, text in walk_text(ctx.plan):
            if _phase_of(loc, phases) is not None:
                continue
            for found in phase_counts(text):
                if found.count != len(phases):
                    yield Finding(
                        loc,
                        Text(
                            f"正文写 {found.count} 个环节，方案中有 {len(phases)} 个",
                            f"the text says {found.count} phases; the plan has {len(phases)}",
                        ),
                        Text(
                            f"改为 {len(phases)} 个，或增删环节使两者一致",
                            f"write {len(phases)}, or add or remove phases so that both agree",
                        ),
                        offset=found.offset,
                        length=found.length,
                    )


class ProseGroupRole(Rule):
    """正文中的组长、副组长与领导小组不符。

    检查什么：正文里写“××任组长”“××任副组长”“组长由××担任”，而领导小组（leading_group）的
    组长、副组长不是这个人。
    为什么：领导小组调整后只改了一处，方案里的名单就前后矛盾。
    错误示例：leading_group 的 head 是 赵国红，正文却写
        - 党组书记王明任组长……
    改为：在正文中用 `- use: leading_group` 插入领导小组（由数据生成，只写一次），或改正正文。
    """

    code = "C003"
    name = "prose-group-role"
    severity = Severity.ERROR
    summary = Text("正文中的组长、副组长与领导小组不符", "group leaders in the text disagree")
    doc_en = """
    What it checks: the text names someone as 组长 or 副组长 (`……任组长`, `组长由……担任`) who is not
    the head or a deputy head in `leading_group`.
    Why: when the group changes and only one copy is edited, the plan contradicts itself.
    Example: leading_group's head is 赵国红, the text says
        - 党组书记王明任组长……
    Use instead: insert the group with `- use: leading_group` (written from the data, once),
    or correct the text.
    """

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        plan = ctx.plan
        group = plan.leading_group
        known = {person.name for person in plan.people}
        if group is not None:
            known |= {name for name in (group.head, *group.deputy_heads, *group.members) if name}
        for loc, text in walk_text(plan):
            for found in group_roles(text):
                yield from self._role(loc, found.offset, found.clause, found.deputy, group, known)

    @staticmethod
    def _role(
        loc: Loc, offset: int, clause: str, deputy: bool, group: object, known: set[str]
    ) -> Iterator[Finding]:
        from campaigntool.model import LeadingGroup

        role = Text("副组长", "deputy head") if deputy else Text("组长", "head")
        if not isinstance(group, LeadingGroup):
            yield Finding(
                loc,
                Text(
                    f"正文写了{role.zh}，方案却没有领导小组",
                    f"the text names a {role.en}, but there is no leading_group",
                ),
                Text(
                    "加上 leading_group，并用 - use: leading_group 写入正文",
                    "add leading_group and insert it with - use: leading_group",
                ),
                offset=offset,
                length=len(clause),
            )
            return
        holders = list(group.deputy_heads) if deputy else [group.head] if group.head else []
        named = sorted((name for name in known if name in clause), key=clause.find)
        strangers = [name for name in named if name not in holders]
        for name in strangers:
            yield Finding(
                loc,
                Text(
                    f"正文写{name}任{role.zh}，领导小组中却不是",
                    f"the text names {name} as {role.en}; the group does not",
                ),
                _fix(holders, role),
                offset=offset + clause.find(name),
                length=len(name),
            )
        if not strangers and holders and not any(name in clause for name in holders):
            yield Finding(
                loc,
                Text(
                    f"正文所写的{role.zh}不是领导小组中的{'、'.join(holders)}",
                    f"the {role.en} the text names is not {', '.join(holders)} of the group",
                ),
                _fix(holders, role),
                offset=offset,
                length=len(clause),
            )


def _fix(holders: list[str], role: Text) -> Text:
    who = "、".join(holders) or "（未设）"
    return Text(
        f"领导小组的{role.zh}是{who}；改正正文，或用 - use: leading_group 由数据生成",
        f"the group's {role.en}: {who}; correct the text, or insert it with - use: leading_group",
    )


RULES: tuple[type[Rule], ...] = (ProseDates, ProsePhaseCount, ProseGroupRole)
