"""Heading numbers by the document's own scheme, set once for the whole document.

A level's format is written as it looks for the first heading: `一、`, `（一）`,
`1.`, `1、`, `(一)`, `(1)`. `一` stands for a Chinese numeral, `1` for an
Arabic one; whatever surrounds it is kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from campaigntool.render.helpers import chinese_numeral

DEFAULT = ("一、", "（一）", "1.", "（1）")


@dataclass(frozen=True)
class LevelFormat:
    prefix: str
    chinese: bool
    suffix: str

    @classmethod
    def parse(cls, text: str) -> LevelFormat:
        """`（一）` → （, Chinese, ）. A format with neither 一 nor 1 is refused."""
        for marker, chinese in (("一", True), ("1", False)):
            at = text.find(marker)
            if at >= 0:
                return cls(text[:at], chinese, text[at + 1 :])
        raise ValueError(f"a heading number format needs 一 or 1: {text!r}")

    def number(self, index: int) -> str:
        numeral = chinese_numeral(index) if self.chinese else str(index)
        return f"{self.prefix}{numeral}{self.suffix}"


@dataclass(frozen=True)
class Numbering:
    """The four levels' formats; a document that gives fewer keeps the defaults for the rest."""

    levels: tuple[LevelFormat, ...]

    @classmethod
    def of(cls, formats: list[str] | None) -> Numbering:
        given = list(formats or [])
        chosen = given + list(DEFAULT[len(given) :])
        return cls(tuple(LevelFormat.parse(text) for text in chosen[:4]))

    def number(self, level: int, index: int) -> str:
        """The `index`-th (1-based) heading at `level` (1 to 4)."""
        if not 1 <= level <= len(self.levels):
            raise ValueError(f"official documents have four heading levels, not {level}")
        return self.levels[level - 1].number(index)


def valid_format(text: str) -> bool:
    return ("一" in text or "1" in text) and len(text) <= 6
