"""An iCalendar file of a plan: phases as multi-day events, tasks on their deadline.

Calendar programs match an imported event to the one they hold by its UID
and apply it when its SEQUENCE is not older, so:

- a UID comes from the plan's id and the phase's or task's `id`; without an
  `id`, from its name or title, never from its position, which changes when a
  task is inserted above (two tasks of the same title are numbered in order);
- SEQUENCE is the minute of the export (minutes since 2020), so a later
  export always wins, with no state kept between exports.

Plan text goes into TEXT values escaped by the icalendar library; control
characters, which RFC 5545 does not allow in text, are removed first and
line breaks normalised.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from campaigntool.i18n import Lang, Text
from campaigntool.plan import LoadedPlan

_STATUS = {
    "not_started": Text("未开始", "not started"),
    "in_progress": Text("进行中", "in progress"),
    "done": Text("已完成", "done"),
    "cancelled": Text("已取消", "cancelled"),
}
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def one_line(text: str) -> str:
    """The calendar's name on one line: X-WR-CALNAME is not escaped like text, so a line break
    in it would make the file unreadable."""
    return " ".join(clean(text).split())


def clean(text: str) -> str:
    """Text as iCalendar allows it: LF line breaks, tabs, and no other control characters."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def sequence(stamp: datetime) -> int:
    """A number that grows with every export: the minutes since 2020."""
    return max(int((stamp - _EPOCH).total_seconds() // 60), 0)


def calendar_bytes(source: LoadedPlan, lang: Lang, stamp: datetime | None = None) -> bytes:
    from icalendar import Calendar, Event

    plan = source.plan
    plan_year = source.year
    stamp = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", "-//campaigntool//campaign//ZH")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", one_line(plan.short_name or plan.title))
    for phase in source.phases:
        event = Event()
        event.add("uid", f"{source.key}.{phase.key}@campaigntool")
        event.add("dtstamp", stamp)
        event.add("sequence", sequence(stamp))
        event.add("summary", clean(Text(f"【环节】{phase.name}", f"[phase] {phase.name}")(lang)))
        event.add("dtstart", phase.start.first)
        event.add("dtend", phase.end.last + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    for ref in source.tasks:
        task, due = ref.facts, ref.due
        if due is None:
            continue
        phase_name = ref.phase.name if ref.phase is not None else "—"
        lines = [
            Text(f"牵头：{ref.lead}", f"Lead: {ref.lead}")(lang),
            Text(
                f"配合：{'、'.join(task.supporters) or '无'}",
                f"Supporters: {', '.join(task.supporters) or 'none'}",
            )(lang),
            Text(f"环节：{phase_name}", f"Phase: {phase_name}")(lang),
            Text(f"时限：{due.chinese(plan_year)}", f"Due: {due}")(lang),
            Text(f"状态：{_STATUS[task.status].zh}", f"Status: {_STATUS[task.status].en}")(lang),
        ]
        if task.leader:
            lines.insert(1, Text(f"责任领导：{task.leader}", f"Leader: {task.leader}")(lang))
        detail = getattr(task, "detail", None)
        if detail:
            lines.append(Text(f"具体内容：{detail}", f"Detail: {detail}")(lang))
        event = Event()
        event.add("uid", f"{source.key}.{ref.key}@campaigntool")
        event.add("dtstamp", stamp)
        event.add("sequence", sequence(stamp))
        event.add("summary", clean(ref.title))
        event.add("dtstart", due.last)
        event.add("dtend", due.last + timedelta(days=1))
        event.add("description", clean("\n".join(lines)))
        event.add("categories", [one_line(ref.lead)])
        event.add("status", "CANCELLED" if task.status == "cancelled" else "CONFIRMED")
        calendar.add_component(event)
    return bytes(calendar.to_ical())
