"""Hover texts: what a date means, who a name is, what a rule in `# noqa` checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from campaigntool.dates import DateRangeError, DateSyntaxError, PlanDate
from campaigntool.diagnostics import Span
from campaigntool.i18n import Lang, Text
from campaigntool.lsp.cursor import date_at, noqa_code_at
from campaigntool.lsp.names import NameIndex
from campaigntool.rules import BY_CODE
from campaigntool.workdays import WorkCalendar

_WEEKDAYS = "一二三四五六日"
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class HoverText:
    """Markdown for the editor, and the 0-based span it describes."""

    markdown: str
    line: int
    start: int
    end: int


def hover(
    lines: list[str], line: int, col: int, names: NameIndex | None, calendar: WorkCalendar, lang: Lang
) -> HoverText | None:
    """The hover at a 0-based position, or None where there is nothing to say."""
    if not 0 <= line < len(lines):
        return None
    text = lines[line]
    code = noqa_code_at(text, line, col)
    if code is not None:
        rule = BY_CODE.get(code.text)
        if rule is None:
            unknown = Text(f"未知的规则代码 {code.text}", f"unknown rule code {code.text}")
            return HoverText(unknown(lang), line, code.start, code.end)
        title = f"**{rule.code}** `{rule.name}` ({rule.severity.label(lang)})"
        return HoverText(f"{title}\n\n{rule.documentation(lang)}", line, code.start, code.end)
    if names is not None:
        found = names.at(line, col)
        if found is not None:
            entity, span = found
            return HoverText(entity.describe(names)(lang), *_zero_based(span))
    written = date_at(text, line, col)
    if written is not None:
        try:
            when = PlanDate.parse(written.text)
        except (DateSyntaxError, DateRangeError):
            return None
        return HoverText(describe_date(when, calendar)(lang), line, written.start, written.end)
    return None


def describe_date(when: PlanDate, calendar: WorkCalendar) -> Text:
    """`2013-07 中旬` → 2013年7月11日至20日, as a start and as a deadline, and working days."""
    first, last = when.first, when.last
    if first == last:
        zh = [f"**{_zh(first)}**，星期{_WEEKDAYS[first.weekday()]}，{_workday(first, calendar).zh}"]
        en = [f"**{first.isoformat()}**, {_WEEKDAYS_EN[first.weekday()]}, {_workday(first, calendar).en}"]
    else:
        tail = f"{last.day}日" if (first.year, first.month) == (last.year, last.month) else _zh(last)
        zh = [
            f"**{_zh(first)}至{tail}**",
            f"作为开始：{_zh(first)}（{_workday(first, calendar).zh}）",
            f"作为结束或时限：{_zh(last)}（{_workday(last, calendar).zh}），当天仍不算逾期",
        ]
        en = [
            f"**{first.isoformat()} to {last.isoformat()}**",
            f"as a start: {first.isoformat()} ({_workday(first, calendar).en})",
            f"as an end or deadline: {last.isoformat()} ({_workday(last, calendar).en}), "
            "not overdue until the day after",
        ]
        count = calendar.workdays_after(first - timedelta(days=1), last)
        zh.append(f"其间 {count} 个工作日")
        en.append(f"{count} working days in it")
    notice = calendar.notice()
    if notice is not None:
        zh.append(notice.zh)
        en.append(notice.en)
    return Text("\n\n".join(zh), "\n\n".join(en))


def _zh(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _workday(day: date, calendar: WorkCalendar) -> Text:
    if calendar.is_workday(day):
        if day.weekday() >= 5:
            return Text("调休上班，是工作日", "a makeup working day")
        return Text("工作日", "a working day")
    holiday = _holiday(day)
    if holiday is not None:
        return Text(f"非工作日（{holiday.zh}）", f"not a working day ({holiday.en})")
    if day.weekday() >= 5:
        return Text("非工作日（周末）", "not a working day (weekend)")
    return Text("非工作日（campaign.toml 中的休息日）", "not a working day (closed in campaign.toml)")


def _holiday(day: date) -> Text | None:
    """The public holiday a day belongs to, where the calendar data knows it."""
    try:
        import chinese_calendar

        is_holiday, name = chinese_calendar.get_holiday_detail(day)
    except (ImportError, NotImplementedError):
        return None
    if not is_holiday or name is None:
        return None
    for holiday in chinese_calendar.Holiday:
        if holiday.value == name:
            return Text(str(holiday.chinese), str(name))
    return None


def _zero_based(span: Span) -> tuple[int, int, int]:
    return span.line - 1, span.col - 1, span.end_col - 1
