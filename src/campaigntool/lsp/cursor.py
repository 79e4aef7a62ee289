"""What stands at the cursor, read from the text alone.

These work on half-typed files, where the YAML may not parse: the key whose
value is being typed, a date, a rule code in a `# noqa` comment. Lines and
columns are 0-based and count characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KEY_LINE = re.compile(r"^(?P<indent>\s*)(?:-\s+)?(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*:(?:\s+|$)(?P<value>.*)$")
_ITEM_LINE = re.compile(r"^(?P<indent>\s*)-(?:\s+|$)(?P<value>.*)$")
_OPEN_KEY = re.compile(r"^(?P<indent>\s*)(?:-\s+)?(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?:#.*)?$")
_SUFFIX = "上中旬|中下旬|上旬|中旬|下旬|月底|月末|底|末"
DATE = re.compile(
    rf"\d{{4}}-\d{{1,2}}(?:-\d{{1,2}}|\s?(?:{_SUFFIX}))?(?!\d)"
    rf"|\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日|{_SUFFIX})?"
)
_NOQA = re.compile(r"#\s*noqa:\s*(?P<codes>[A-Za-z]+[0-9]+(?:[\s,]+[A-Za-z]+[0-9]+)*)", re.IGNORECASE)
_CODE = re.compile(r"[A-Za-z]+[0-9]+")


@dataclass(frozen=True)
class Token:
    """Text found on one line, from `start` to `end` (exclusive)."""

    text: str
    line: int
    start: int
    end: int


@dataclass(frozen=True)
class ValueContext:
    """The value being typed: the key it belongs to and what is typed so far."""

    key: str
    typed: Token


def value_at(lines: list[str], line: int, col: int) -> ValueContext | None:
    """The key whose value (or list item) the cursor is in, and the partial word.

    Handles `key: partial`, `key: [a, partial`, and list items `- partial`
    under a `key:` line.
    """
    if not 0 <= line < len(lines):
        return None
    col = min(col, len(lines[line]))
    before = lines[line][:col]
    match = _KEY_LINE.match(before)
    if match is not None:
        key, value_start = match["key"], match.start("value")
    else:
        item = _ITEM_LINE.match(before)
        if item is None:
            return None
        found = _parent_key(lines, line, len(item["indent"]))
        if found is None:
            return None
        key, value_start = found, item.start("value")
    value = before[value_start:]
    if value.startswith("#") or " #" in value:
        return None
    # In a flow list the word starts after the last bracket or comma.
    cut = max(value.rfind("["), value.rfind(","))
    start = value_start + cut + 1
    while start < col and before[start] in " \"'":
        start += 1
    return ValueContext(key, Token(before[start:col], line, start, col))


def _parent_key(lines: list[str], line: int, indent: int) -> str | None:
    """The key that opens the list a `- ` item at `indent` belongs to."""
    for number in range(line - 1, -1, -1):
        text = lines[number]
        stripped = text.strip()
        if not stripped or stripped.startswith("#"):
            continue
        own = len(text) - len(text.lstrip())
        if own > indent or (own == indent and stripped.startswith("-")):
            continue
        match = _OPEN_KEY.match(text)
        return match["key"] if match is not None and own <= indent else None
    return None


def date_at(text: str, line: int, col: int) -> Token | None:
    """A date written in the line (in any accepted spelling) under the cursor."""
    for match in DATE.finditer(text):
        if match.start() <= col <= match.end():
            return Token(match.group(), line, match.start(), match.end())
    return None


def noqa_code_at(text: str, line: int, col: int) -> Token | None:
    """A rule code in the line's `# noqa: CODE, CODE` comment, under the cursor."""
    noqa = _NOQA.search(text)
    if noqa is None:
        return None
    offset = noqa.start("codes")
    for match in _CODE.finditer(noqa["codes"]):
        start, end = offset + match.start(), offset + match.end()
        if start <= col <= end:
            return Token(match.group().upper(), line, start, end)
    return None
