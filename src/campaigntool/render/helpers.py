"""Writing Chinese official text: numerals, heading numbers, enumerations, dates.

Each helper is also a Jinja filter, so user templates can use them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from campaigntool.dates import PlanDate, chinese_range

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(number: int) -> str:
    """一, 十, 十一, 二十, 二十一, 一百, 一百零五 … (1 to 9999)."""
    if not 0 < number < 10000:
        raise ValueError(f"no Chinese numeral for {number}")
    if number < 10:
        return _DIGITS[number]
    if number < 20:
        return "十" + (_DIGITS[number % 10] if number % 10 else "")
    parts: list[str] = []
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // value % 10
        if digit:
            if zero and parts:
                parts.append("零")
            parts.append(_DIGITS[digit] + unit)
            zero = False
        else:
            zero = bool(parts)
    return "".join(parts)


def heading_number(level: int, index: int) -> str:
    """The number of the `index`-th (1-based) heading at `level`: 一、 （一） 1. （1）."""
    if level == 1:
        return f"{chinese_numeral(index)}、"
    if level == 2:
        return f"（{chinese_numeral(index)}）"
    if level == 3:
        return f"{index}."
    if level == 4:
        return f"（{index}）"
    raise ValueError(f"official documents have four heading levels, not {level}")


def ordinal(index: int) -> str:
    """一是, 二是, … for enumerations inside a paragraph."""
    return f"{chinese_numeral(index)}是"


_ENDINGS = "。！？；"


def _closed(text: str) -> str:
    """A sentence with its final full stop."""
    text = text.rstrip()
    return text if text.endswith(tuple("。！？")) else text.rstrip("；，、") + "。"


def enumeration(
    items: Iterable[str], style: str = "semicolon", intro: str | None = None, outro: str | None = None
) -> list[str]:
    """Items written as 一是…；二是…。 Returns the paragraphs it makes.

    `semicolon`: one paragraph, items joined by ；, ending with 。
    `sentence`: one paragraph, each item a sentence of its own.
    `paragraph`: each item a paragraph of its own.
    """
    items = [item.strip() for item in items]
    if style == "paragraph":
        paragraphs = [intro] if intro else []
        paragraphs += [ordinal(i) + _closed(item) for i, item in enumerate(items, start=1)]
        return paragraphs + ([outro] if outro else [])
    if style == "sentence":
        body = "".join(ordinal(i) + _closed(item) for i, item in enumerate(items, start=1))
    else:
        body = "；".join(ordinal(i) + item.rstrip(_ENDINGS) for i, item in enumerate(items, start=1)) + "。"
    return [f"{intro or ''}{body}{outro or ''}"]


def chinese_date(value: PlanDate | date) -> str:
    """2013年7月22日: Arabic numerals, full year, no zero padding."""
    if isinstance(value, PlanDate):
        return value.chinese()
    return f"{value.year}年{value.month}月{value.day}日"


def xun_range(start: PlanDate, end: PlanDate, plan_year: int | None = None) -> str:
    """A range as plans write it: 2月中下旬至4月下旬; the year only where it differs."""
    return chinese_range(start, end, plan_year)


def join_list(items: Iterable[str], separator: str = "、") -> str:
    """甲、乙、丙."""
    return separator.join(items)
