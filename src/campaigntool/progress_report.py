"""The progress report (进展情况报告) or final summary (总结报告) as an official document.

Its figures are computed from the record as of a day: tasks done per phase,
the ledger's items by state (`18项整改任务，已完成14项，正在推进2项……`),
what is overdue and whose it is, quantities added up from progress entries.
The office's own paragraphs come from the plan's `report` section. The result
is the same typed `Document` that `render` lays out, so the text, Markdown,
HTML and Word writers (GB/T 9704-2012) serve it unchanged.

Numbers follow the official style: counts in Arabic numerals with their
measure word (`18项`, `47条`), the number of phases in Chinese (`四个阶段`),
dates in full Arabic form (`2026年11月21日`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from campaigntool.dates import Part, PlanDate, chinese_range
from campaigntool.deadlines import deadline_phrase
from campaigntool.model import STATES, Plan
from campaigntool.model import Block as TextBlock
from campaigntool.plan import Chased, ItemView, LoadedPlan, PhaseView
from campaigntool.render.blocks import Block, Figure, Heading, Paragraph, Recipients, Signoff, Title
from campaigntool.render.document import Document, Piece, paragraphs
from campaigntool.render.helpers import chinese_date, chinese_numeral, heading_number

_SUBJECT = re.compile(r"关于(.+?)的(?:实施|工作)?方案$")


@dataclass(frozen=True)
class Figures:
    """What the record says as of a day; every number of the report comes from here."""

    as_of: date
    tasks: int
    done: int
    cancelled: int
    overdue: list[Chased]
    items_by_state: dict[str, int]
    items_closed: int
    items_overdue: list[ItemView]


def figures(loaded: LoadedPlan, as_of: date) -> Figures:
    tasks = loaded.tasks
    states: dict[str, int] = {
        state: sum(1 for view in loaded.items if view.item.state == state) for state in STATES
    }
    return Figures(
        as_of,
        tasks=sum(1 for t in tasks if t.status != "cancelled"),
        done=sum(1 for t in tasks if t.status == "done"),
        cancelled=sum(1 for t in tasks if t.status == "cancelled"),
        overdue=[t for t in tasks if t.is_overdue(as_of)],
        items_by_state=states,
        items_closed=sum(1 for view in loaded.items if view.item.closed is not None),
        items_overdue=[view for view in loaded.items if view.is_overdue(as_of)],
    )


def is_summary(loaded: LoadedPlan, as_of: date) -> bool:
    """A final summary once the campaign is over, unless the plan says which."""
    report = loaded.plan.report
    if report is not None and report.kind is not None:
        return report.kind == "summary"
    span = loaded.span
    return span is not None and as_of > span[1].last


def report_title(plan: Plan, summary: bool) -> str:
    """`辽河市总工会关于开展“服务职工提质年”活动进展情况的报告`, or `…的总结报告`."""
    if plan.report is not None and plan.report.title:
        return plan.report.title
    match = _SUBJECT.search(plan.title)
    subject = match[1] if match else (plan.short_name or "有关工作")
    return f"{plan.issuer}关于{subject}{'的总结报告' if summary else '进展情况的报告'}"


def build_report(loaded: LoadedPlan, as_of: date, chart: Figure | None = None) -> Document:
    """The report's document; `chart`, when given, follows the progress by phase."""
    plan = loaded.plan
    summary = is_summary(loaded, as_of)
    title = report_title(plan, summary)
    blocks: list[Block] = [Title(title)]
    written = plan.report
    if written is not None and written.recipients:
        blocks.append(Recipients("，".join(written.recipients) + "："))
    found = figures(loaded, as_of)
    blocks += _paragraphs(written.preamble if written else []) or [
        Paragraph(_opening(loaded, as_of, summary))
    ]
    progress = _progress(loaded, found) + ([chart] if chart is not None else [])
    sections = [
        ("总体进展情况" if not summary else "活动开展情况", progress),
        ("主要工作和成效", _work(loaded, as_of) + _paragraphs(written.achievements if written else [])),
        ("整改落实情况", _ledger(loaded, found)),
        ("存在的问题", _overdue(loaded, found) + _paragraphs(written.problems if written else [])),
        ("下一步工作打算", _paragraphs(written.next_steps if written else []) or [Paragraph(_NEXT)]),
    ]
    index = 0
    for heading, content in sections:
        if not content:
            continue
        index += 1
        blocks += [Heading(heading, 1, heading_number(1, index)), *content]
    signature = (written.signature if written else None) or plan.issuer
    blocks.append(Signoff(signature, chinese_date(as_of)))
    return Document([], [Piece("plan", blocks)], [], title)


_NEXT = "下一步，将对照方案和整改台账逐项督办，确保各项任务按期完成。"


def _paragraphs(content: list[TextBlock]) -> list[Block]:
    return [paragraph for item in content for paragraph in paragraphs(item)]


def _name(plan: Plan) -> str:
    return plan.short_name or "活动"


def _opening(loaded: LoadedPlan, as_of: date, summary: bool) -> str:
    plan = loaded.plan
    start = loaded.span[0].chinese(loaded.year) if loaded.span else ""
    began = f"{_name(plan)}于{start}启动以来" if start else f"{_name(plan)}开展以来"
    if summary:
        return f"按照《{plan.title}》的部署，{began}，各项工作已按计划完成。现将活动开展情况总结报告如下。"
    return (
        f"按照《{plan.title}》的部署，{began}，各项工作有序推进。"
        f"现将截至{chinese_date(as_of)}的进展情况报告如下。"
    )


def _progress(loaded: LoadedPlan, found: Figures) -> list[Block]:
    phases = loaded.phases
    as_of = found.as_of
    lines: list[Block] = []
    if phases:
        finished = [p.name for p in phases if p.end.last < as_of]
        current = [p.name for p in phases if p.start.first <= as_of <= p.end.last]
        text = f"{_name(loaded.plan)}分{chinese_numeral(len(phases))}个阶段进行"
        if finished:
            text += f"，{'、'.join(finished)}{'阶段' if len(finished) == 1 else '等阶段'}已经结束"
        if current:
            text += f"，目前处于{'、'.join(current)}阶段"
        lines.append(Paragraph(text + "。" + _tasks_sentence(found)))
    else:
        lines.append(Paragraph(_tasks_sentence(found)))
    for number, phase in enumerate(phases, start=1):
        when = chinese_range(phase.start, phase.end, loaded.year)
        lines.append(
            Heading(f"{phase.name}阶段（{when}）", 2, heading_number(2, number), _phase(phase, as_of))
        )
    return lines


def _tasks_sentence(found: Figures) -> str:
    text = f"方案确定的{found.tasks}项任务，"
    text += "已全部完成" if found.tasks and found.done == found.tasks else f"已完成{found.done}项"
    if found.overdue:
        text += f"，逾期未完成{len(found.overdue)}项"
    if found.cancelled:
        text += f"；另有{found.cancelled}项任务经研究取消"
    return text + "。"


def _phase(phase: PhaseView, as_of: date) -> str:
    tasks = [t for t in phase.tasks if t.status != "cancelled"]
    if not tasks:
        return "本阶段没有单列的任务。"
    done = sum(1 for t in tasks if t.status == "done")
    late = sum(1 for t in tasks if t.is_overdue(as_of))
    if phase.start.first > as_of:
        return f"本阶段尚未开始，安排任务{len(tasks)}项。"
    if done == len(tasks):
        return f"安排任务{len(tasks)}项，全部完成。"
    open_ = len(tasks) - done - late
    parts = [f"安排任务{len(tasks)}项"]
    parts += [f"已完成{done}项"] if done else []
    parts += [f"正在推进{open_}项"] if open_ else []
    parts += [f"逾期{late}项"] if late else []
    return "，".join(parts) + "。"


def quoted(text: str) -> str:
    """“text” with the quotes inside it turned to ‘’, as nested quotation marks are written."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def _work(loaded: LoadedPlan, as_of: date) -> list[Block]:
    totals = loaded.quantities(as_of)
    if not totals:
        return []
    listed = "，".join(f"{name}{amount}" for name, amount in totals.items())
    return [Paragraph(f"活动开展以来，主要工作量累计如下：{listed}。")]


def _ledger(loaded: LoadedPlan, found: Figures) -> list[Block]:
    items = loaded.items
    if not items:
        return []
    states = "，".join(f"{state}{count}项" for state, count in found.items_by_state.items() if count)
    text = f"针对查摆出的问题，制定{len(items)}项整改任务，{states}"
    if found.items_closed:
        text += f"；已销号{found.items_closed}项"
    blocks: list[Block] = [Paragraph(text + "。")]
    for number, view in enumerate((v for v in items if v.item.state != "已完成"), start=1):
        item = view.item
        measures = "；".join(item.measures)
        latest = item.progress[-1].text if item.progress else ""
        body = "。".join(part for part in (measures, latest) if part)
        state = f"目前{item.state}" if item.state != "长期坚持" else "作为长期任务坚持推进"
        lead = "、".join(view.leads)
        body = f"{body}。{state}（牵头：{lead}）。" if body else f"{state}（牵头：{lead}）。"
        blocks.append(Paragraph(f"{number}.关于{quoted(item.problem)}问题的整改。{body}"))
    return blocks


def _overdue(loaded: LoadedPlan, found: Figures) -> list[Block]:
    late: list[Chased] = [*found.overdue, *found.items_overdue]
    if not late:
        return []
    year = loaded.year

    def entry(thing: Chased) -> str:
        due = thing.due
        if isinstance(thing, ItemView):
            name = f"整改任务{thing.number}{quoted(thing.title)}"
            when = deadline_phrase(thing.item.due, year) if thing.item.due is not None else ""
        else:
            name = quoted(thing.title)
            missed = [PlanDate(d.year, d.month, Part.DAY, d.day) for d in thing.missed(found.as_of)]
            first = missed[0] if missed else due
            when = f"{first.chinese(year)}前" if first is not None else ""
        return f"{name}（牵头：{thing.lead}，时限：{when}）"

    listed = "；".join(entry(thing) for thing in late)
    return [Paragraph(f"截至{chinese_date(found.as_of)}，尚有{len(late)}项任务逾期未完成：{listed}。")]
