"""What a line of an official document is: a heading and its number, a date, a 版记 line …

Each function looks at one line and says what it is, or None. Which of the
possible readings applies (a short line before a date is a 署名, a short line
before the first heading is part of the title) is the builder's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from campaigntool.dates import DateRangeError, Part, PlanDate

# ------------------------------------------------------------ heading numbers

_CN = "一二三四五六七八九十百零〇"
_NUMBERS = [
    # (pattern, Chinese numeral?, bracketed?)
    (re.compile(rf"^(?P<pre>)(?P<n>[{_CN}]{{1,4}})(?P<post>[、，．.])(?!\d)"), True, False),
    (re.compile(rf"^(?P<pre>[（(])(?P<n>[{_CN}]{{1,4}})(?P<post>[）)]、?)"), True, True),
    (re.compile(r"^(?P<pre>)(?P<n>\d{1,2})(?P<post>[、．.](?![\d.．]))"), False, False),
    (re.compile(r"^(?P<pre>[（(])(?P<n>\d{1,2})(?P<post>[）)]、?)"), False, True),
]
_CN_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")}


@dataclass(frozen=True)
class Numbered:
    """A heading number at the start of a line: `（三)` of `（三)践行工会职能…`."""

    number: str  # as written
    family: tuple[bool, bool]  # (Chinese numeral, bracketed): the level's kind, whatever the brackets
    value: int
    rest: str

    @property
    def format(self) -> str:
        """The number as a style format: `（三)` → `（一)`, `3、` → `1、`."""
        prefix_end = 1 if self.family[1] else 0
        digits = len(self.number) - prefix_end - len(self._suffix)
        marker = "一" if self.family[0] else "1"
        return self.number[:prefix_end] + marker + self.number[prefix_end + digits :]

    @property
    def _suffix(self) -> str:
        return re.sub(rf"^[（(]?[{_CN}\d]+", "", self.number)


def numeral_value(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 三十五 → 35 (headings rarely go further)."""
    if text.isdigit():
        return int(text)
    if "百" in text:
        return 100
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_VALUES.get(tens, 1) if tens else 1) * 10 + (_CN_VALUES.get(ones, 0) if ones else 0)
    return _CN_VALUES.get(text[-1], 0) if text else 0


def numbered(line: str) -> Numbered | None:
    """The heading number a line starts with, if any."""
    for pattern, chinese, bracketed in _NUMBERS:
        match = pattern.match(line)
        if match is None:
            continue
        rest = line[match.end() :]
        if not rest or rest[0] in "、，。；：）)":
            return None
        if chinese and not bracketed and match["post"] in "．.":
            return None  # `一.` is not how Chinese numerals are followed
        if chinese and match["post"] == "，":
            return None
        return Numbered(match.group(0), (chinese, bracketed), numeral_value(match["n"]), rest)
    return None


def run_in(rest: str, limit: int = 40) -> tuple[str, str | None]:
    """`指导思想。高举……` → (`指导思想`, `高举……`): a heading that runs into its first paragraph.

    The heading ends at the first 。 outside brackets and quotes, within `limit`
    characters and with text after it; otherwise the whole line is the heading.
    """
    depth = 0
    for index, char in enumerate(rest[: limit + 1]):
        if char in "（(“《「【‘":
            depth += 1
        elif char in "）)”》」】’":
            depth = max(0, depth - 1)
        elif char == "。" and depth == 0:
            body = rest[index + 1 :]
            if body.strip():
                return rest[:index], body
            return rest, None
    return rest, None


# --------------------------------------------------------------------- dates

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "0": 0}
_CN_DIGITS.update({c: i for i, c in enumerate("零一二三四五六七八九") if i})
_ARABIC_DAY = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_CHINESE_DAY = re.compile(
    r"^([〇○零Ｏ0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$"
)


def day_line(line: str) -> PlanDate | None:
    """A line that is only a date: `2013年7月22日`, `二○○七年四月十三日`."""
    text = line.replace(" ", "").replace("\u3000", "")
    match = _ARABIC_DAY.match(text)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    else:
        match = _CHINESE_DAY.match(text)
        if not match:
            return None
        year = int("".join(str(_CN_DIGITS[c]) for c in match[1]))
        month, day = numeral_value(match[2]), numeral_value(match[3])
    try:
        return PlanDate(year, month, Part.DAY, day)
    except (ValueError, DateRangeError):
        return None


# ------------------------------------------------------------ document parts

DOC_NUMBER = re.compile(
    r"^(?P<number>[\u4e00-\u9fffA-Za-z]{1,14}[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*第?\d{1,4}[号號])"
    r"(?:\s*签发人[：:]\s*(?P<signers>.+))?$"
)
ISSUER_MARK = re.compile(r"^[\u4e00-\u9fff（）]{2,30}文件$")
COPY_NUMBER = re.compile(r"^\d{6}$")
SECRECY = re.compile(r"^(?:绝密|机密|秘密)(?:★.{1,10})?$")
URGENCY = re.compile(r"^(特急|加急)$")
NOTICE_TITLE = re.compile(r"^(?P<issuer>.*?)(?:关于|關於|關于)(?:印发|印發)[《〈](?P<title>.+)[》〉]的通知$")
ATTACHMENT_NOTE = re.compile(r"^附(?:件)?[：:]\s*(?P<rest>.*)$")
ATTACHMENT_ITEM = re.compile(r"^(?P<n>\d{1,2})[.．、]\s*(?P<title>.+)$")
ATTACHMENT_LABEL = re.compile(r"^附件\s*(?P<n>\d{0,2})$")
KEYWORDS = re.compile(r"^主题词[：:]\s*(?P<rest>.+)$")
CARBON_COPY = re.compile(r"^抄送[：:]\s*(?P<rest>.+)$")
PRINTED = re.compile(r"^(?P<printer>\S.*?)?\s*(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\s*印发$")
SHORT_NAME = re.compile(r"以下简称[“\"](?P<name>[^”\"]{1,20})[”\"]")
#: The kinds of document a plan is issued as; a title ends with one of them.
PLAN_KINDS = ("方案", "意见", "计划", "安排", "办法", "要点", "细则", "规划", "通知", "规定")
SENTENCE_END = "。；！？：，"


def is_title_like(text: str) -> bool:
    """Text that can be a document's title: it ends with a plan's kind and has no sentence inside."""
    return text.endswith(PLAN_KINDS) and not any(mark in text for mark in "。；！？") and len(text) <= 80


def is_short_line(text: str, limit: int = 30) -> bool:
    """A line without sentence punctuation: a title line, a 署名, a heading without number."""
    return 0 < len(text) <= limit and not any(mark in text for mark in SENTENCE_END)
