"""一是……二是……: enumerations found in paragraphs, kept only when they write back word for word."""

from __future__ import annotations

import re
from dataclasses import dataclass

from campaigntool.render.helpers import enumeration, ordinal

_MARKER = re.compile(r"(?:^|(?<=[。；：，:;,]))([一二三四五六七八九十]{1,2})是")


@dataclass
class Found:
    """An enumeration as the model writes it: intro, items, style, outro."""

    intro: str | None
    items: list[str]
    style: str
    outro: str | None = None


def _split(text: str) -> tuple[str, list[str]] | None:
    """The text before 一是, and the items (without their ordinals), if 一是, 二是 … follow in order."""
    markers = []
    expected = 1
    for match in _MARKER.finditer(text):
        if match.group(1) == ordinal(expected)[:-1]:
            markers.append(match)
            expected += 1
    if len(markers) < 2:
        return None
    intro = text[: markers[0].start()]
    items = [
        text[marker.end() : markers[i + 1].start() if i + 1 < len(markers) else len(text)]
        for i, marker in enumerate(markers)
    ]
    return intro, items


def in_paragraph(text: str) -> Found | None:
    """`……：一是……；二是……。` (semicolon) or `一是……。二是……。` (sentence), as one paragraph."""
    split = _split(text)
    if split is None:
        return None
    intro, items = split
    last = items[-1]
    candidates: list[Found] = []
    # semicolon style: the last item ends at its first 。, what follows is the outro
    stop = last.find("。")
    if stop >= 0:
        semicolon = [*(item.rstrip("；;") for item in items[:-1]), last[:stop]]
        candidates.append(Found(intro or None, semicolon, "semicolon", last[stop + 1 :] or None))
    candidates.append(Found(intro or None, list(items), "sentence"))
    for found in candidates:
        if all(item.strip() for item in found.items) and written(found) == [text]:
            return found
    return None


def written(found: Found) -> list[str]:
    return enumeration(found.items, found.style, found.intro, found.outro)


def paragraph_run(paragraphs: list[str], start: int) -> int:
    """How many paragraphs from `start` are 一是……。, 二是……。, … each a paragraph of its own."""
    count = 0
    while start + count < len(paragraphs):
        text = paragraphs[start + count]
        if not text.startswith(ordinal(count + 1)) or not text.endswith("。"):
            break
        if _split(text) is not None:  # a paragraph with its own 一是…二是… inside
            break
        count += 1
    return count if count >= 2 else 0
