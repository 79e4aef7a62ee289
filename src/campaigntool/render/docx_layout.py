"""Where the Word writer's content falls on pages, estimated as it is written.

The type area holds 22 grid lines of 28 characters; body text sits on the grid
and so can be counted. The estimate decides what a static file cannot leave to
the word processor: which schedule rows start a page (the 环节 is written again
there) and whether the 版记 needs a page of its own to land on an even page.
`make pages` checks the estimate against LibreOffice's real pages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LINES = 22
CHARS = 28
LINE_PT = 28.95  # 225 mm / 22 lines
PAGE_PT = LINES * LINE_PT


def width(text: str) -> float:
    """Display width in characters: full-width 1, Latin letters, digits and spaces ½."""
    return sum(1.0 if ord(ch) > 0x2E7F else 0.5 for ch in text)


def text_lines(text: str, indent: float = 2, chars: float = CHARS) -> int:
    """Lines a paragraph takes: its width plus the first-line indent, in lines of `chars`."""
    return max(1, math.ceil((indent + width(text)) / chars - 1e-9))


@dataclass
class Pages:
    """The page being filled and how far down it is, in points."""

    page: int = 1
    used: float = 0.0
    last_lines: int = 0  # lines of the last grid paragraph, for what must keep with it

    @property
    def left(self) -> float:
        return PAGE_PT - self.used

    def new_page(self) -> None:
        if self.used > 0:
            self.page += 1
            self.used = 0.0

    def snap(self) -> None:
        """Grid paragraphs start on the next grid line."""
        self.used = math.ceil(self.used / LINE_PT - 1e-6) * LINE_PT
        if self.used >= PAGE_PT - 1e-6:
            self.new_page()

    def lines_left(self) -> int:
        """Whole grid lines left on the page after the next snap."""
        return int((PAGE_PT - math.ceil(self.used / LINE_PT - 1e-6) * LINE_PT) / LINE_PT + 1e-6)

    def block(self, height: float) -> None:
        """Something that does not split: a title line, a table row, a page-number-free frame."""
        if height > self.left + 1e-6:
            self.new_page()
        self.used += height

    def paragraph(self, lines: int, keep_with: int = 0) -> None:
        """A grid paragraph of `lines`, kept with `keep_with` lines of the next (headings)."""
        self.last_lines = lines
        self.snap()
        room = round(self.left / LINE_PT)
        # A heading with its next lines, a short paragraph, or an orphan line goes over.
        goes_over = keep_with or lines <= 2 or room < 2
        if lines + keep_with > room and goes_over and lines + keep_with <= LINES:
            self.new_page()
            room = LINES
        if lines <= room:
            self.used += lines * LINE_PT
            return
        rest = lines - room
        if rest == 1 and room > 2:  # widow control: never one line alone at the top
            rest = 2
        self.new_page()
        while rest > LINES:
            rest -= LINES
            self.page += 1
        self.used = rest * LINE_PT
