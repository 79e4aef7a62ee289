"""`make pages`: every shipped plan as Word, through LibreOffice to PDF, checked page by page.

Needs soffice (libreoffice-writer), a CJK font (fonts-noto-cjk) and pdftotext
(poppler-utils); the Makefile target installs them where missing. Checks: no
page ends with a heading; the last page is even and the 版记's last line sits
at the bottom of the type area; no title line is a single character; body
lines are 28.95 pt apart (22 to the page). Page images are left in the output
folder for a person to look at, never in the repository.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from docx import Document

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
OUT = Path("/tmp") / "campaign-pages"
TYPE_BOTTOM_PT = (297 - 35) / 25.4 * 72
HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\.|（[0-9]+）)[^。]*$")
LINE = re.compile(r'<line xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">(.*?)</line>', re.S)
PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.S)
WORD = re.compile(r">([^<]*)</word>")


def pages_of(pdf: Path) -> list[list[tuple[float, float, str]]]:
    xhtml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [(float(a), float(b), "".join(WORD.findall(text))) for a, b, text in LINE.findall(page)]
        for page in PAGE.findall(xhtml)
    ]


def check(plan: Path) -> list[str]:
    docx = OUT / f"{plan.stem}.docx"
    subprocess.run([str(BIN / "campaign"), "render", str(plan), "-f", "docx", "-o", str(docx)], check=True)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(docx)],
        check=True,
        capture_output=True,
    )
    pdf = OUT / f"{plan.stem}.pdf"
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(OUT / plan.stem)], check=True)
    problems: list[str] = []
    pages = pages_of(pdf)
    for number, lines in enumerate(pages, start=1):
        text = [line for line in lines if line[1] < TYPE_BOTTOM_PT + 2]  # not the page number
        if text and HEADING.match(text[-1][2]) and number < len(pages):
            problems.append(f"page {number} ends with the heading {text[-1][2]}")
    pitches = Counter(
        round(b[0] - a[0], 1)
        for lines in pages
        for a, b in itertools.pairwise(lines)
        if 20 < b[0] - a[0] < 40
    )
    pitch = pitches.most_common(1)[0][0] if pitches else 0.0
    if abs(pitch - 28.95) > 0.3:
        problems.append(f"body lines are {pitch} pt apart, not 28.95 (22 a page)")
    doc = Document(str(docx))
    if any(text.endswith("印发") for text in _box_texts(doc)):
        last = [line for line in pages[-1] if line[1] < TYPE_BOTTOM_PT + 2]
        if len(pages) % 2:
            problems.append(f"the 版记 is on page {len(pages)}, an odd page")
        elif not last or not last[-1][2].endswith("印发") or TYPE_BOTTOM_PT - last[-1][1] > 10:
            problems.append("the 版记 does not end at the bottom of the type area")
    for paragraph in doc.paragraphs:
        if paragraph.runs and paragraph.runs[0].font.size and paragraph.runs[0].font.size.pt == 22:
            for line in paragraph.text.split("\n"):
                if len(line) < 2:
                    problems.append(f"title line '{line}' is a single character")
    print(f"{plan.name}: {len(pages)} pages, line pitch {pitch} pt, {len(problems)} problems")
    return problems


def _box_texts(doc: Any) -> list[str]:
    """The paragraphs' text inside text boxes (the 版记)."""
    from docx.oxml.ns import qn

    boxes = doc.element.body.iter(qn("w:txbxContent"))
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for box in boxes for p in box.iter(qn("w:p"))]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    problems = [f"{plan.name}: {p}" for plan in sorted((ROOT / "plans").glob("*.yaml")) for p in check(plan)]
    for problem in problems:
        print(problem)
    print(f"page images: {OUT}/*.png")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
