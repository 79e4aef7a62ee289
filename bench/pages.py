"""`make pages`: plans as Word, through LibreOffice to PDF, checked page by page.

Every shipped plan, the test plans in `bench/pages/` (made to reach layouts the
shipped plans do not, such as a blank page before the 版记) and a generated
plan of 200 tasks. Needs soffice (libreoffice-writer), a CJK font
(fonts-noto-cjk) and poppler-utils; the Makefile target installs them where
missing. Checks, from the PDF's text positions and, for the 版头, its pixels:

- no page ends with a heading, and body lines are 28.95 pt apart (22 a page);
- no title wraps in LibreOffice beyond the lines the writer broke it into, and
  no title line is a single character;
- the 署名 and 成文日期 are never on a page without the text above them;
- the 发文机关标志's top edge is 35 mm below the top of the type area and the
  red rule 4 mm under the 发文字号 (±2 mm each), the rule as wide as the type area;
- on every page a schedule table continues onto, its first row's 环节 is
  written there, and a 环节 is written again only at the top of a page;
- the last page is even and the 版记's last line is at the bottom of the type
  area; a blank page stands only before the 版记, and it and the 版记's page
  carry no page number; every other page carries its own;
- the same for the HTML page printed by headless Chromium (when installed): the 署名,
  the 版记 and page numbers.

Page images are written to the output folder for a person to look at, never
into the repository.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
OUT = Path("/tmp") / "campaign-pages"
PT_PER_MM = 72 / 25.4
TYPE_TOP_PT = 37 * PT_PER_MM
TYPE_BOTTOM_PT = (297 - 35) * PT_PER_MM
TYPE_LEFT_PT = 28 * PT_PER_MM
TYPE_WIDTH_PT = 156 * PT_PER_MM
HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\.|（[0-9]+）)[^。]*$")
DATE = re.compile(r"^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$")
PAGE_NUMBER = re.compile(r"^—([0-9]+)—$")
PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.S)
LINE = re.compile(r"<line [^>]*>(.*?)</line>", re.S)
WORD = re.compile(r'<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>')
#: Heights of pdftotext's line boxes: 16 pt body about 21 pt, the 22 pt title about 29 pt.
TITLE_LINE_HEIGHT = (26.0, 32.0)
BODY_LINE_HEIGHT = (19.0, 23.0)
DPI = 100
EXTRA = [Path(arg) for arg in sys.argv[1:]]  # more plans to check, given on the command line


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def text(self) -> str:
        return "".join(w.text for w in self.words)


def pages_of(pdf: Path) -> list[list[Line]]:
    xhtml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in PAGE.findall(xhtml):
        lines = []
        for line in LINE.findall(page):
            words = tuple(
                Word(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in WORD.findall(line)
            )
            if words:
                lines.append(Line(words))
        pages.append(sorted(lines, key=lambda line: (round(line.y0), line.x0)))
    return pages


def body(lines: list[Line]) -> list[Line]:
    """The lines inside the type area (not the page number)."""
    return [line for line in lines if line.y0 < TYPE_BOTTOM_PT + 2]


def footer(lines: list[Line]) -> str:
    return "".join(line.text for line in lines if line.y0 >= TYPE_BOTTOM_PT + 2)


# ------------------------------------------------------------------ checks


def check_text_flow(pages: list[list[Line]]) -> list[str]:
    problems = []
    for number, lines in enumerate(pages, start=1):
        text = body(lines)
        if text and HEADING.match(text[-1].text) and number < len(pages):
            problems.append(f"page {number} ends with the heading {text[-1].text}")
    low, high = BODY_LINE_HEIGHT
    pitches = Counter(
        round(b.y0 - a.y0, 1)
        for lines in pages
        for a, b in itertools.pairwise(line for line in body(lines) if low <= line.y1 - line.y0 <= high)
        if 20 < b.y0 - a.y0 < 40
    )
    pitch = pitches.most_common(1)[0][0] if pitches else 0.0
    if abs(pitch - 28.95) > 0.3:
        problems.append(f"body lines are {pitch} pt apart, not 28.95 (22 a page)")
    return problems


def check_titles(pages: list[list[Line]], doc: Any) -> list[str]:
    problems = []
    written: list[str] = []
    for paragraph in doc.paragraphs:
        if paragraph.runs and paragraph.runs[0].font.size and paragraph.runs[0].font.size.pt == 22:
            for line in paragraph.text.split("\n"):
                written.append(line)
                if len(line) < 2:
                    problems.append(f"title line '{line}' is a single character")
    low, high = TITLE_LINE_HEIGHT
    printed = [line.text for lines in pages for line in body(lines) if low <= line.y1 - line.y0 <= high]
    if printed != written:
        extra = [line for line in printed if line not in written]
        problems.append(f"titles wrap in LibreOffice beyond their lines: {extra or printed}")
    return problems


def check_signature(pages: list[list[Line]]) -> list[str]:
    """The 署名 and date share a page with the text they sign."""
    problems = []
    for number, lines in enumerate(pages, start=1):
        text = body(lines)
        for index, line in enumerate(text):
            if not DATE.match(line.text) or line.x0 < TYPE_LEFT_PT + TYPE_WIDTH_PT / 3:
                continue
            if index == 0:
                problems.append(f"page {number} starts with the date {line.text}, apart from its 署名")
            elif index == 1:
                problems.append(f"page {number} holds the 署名 {text[0].text} and date without their text")
    return problems


def check_banner(pdf: Path, doc: Any) -> list[str]:
    """The 版头's geometry, measured on page 1's pixels (red: the mark and the rule)."""
    first = doc.paragraphs[0]
    if not (
        first.runs
        and first.runs[0].font.color.rgb is not None
        and str(first.runs[0].font.color.rgb) == "E60012"
    ):
        return []
    stem = OUT / f"{pdf.stem}-banner"
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)], check=True
    )
    data = stem.with_suffix(".ppm").read_bytes()
    _, w, h, _, pixels = data.split(maxsplit=4)
    width, height = int(w), int(h)
    red_rows, dark_rows = [], []
    for y in range(height):
        row = pixels[y * width * 3 : (y + 1) * width * 3]
        red = dark = 0
        for x in range(0, width * 3, 3):
            r, g, b = row[x], row[x + 1], row[x + 2]
            if r > 150 and g < 110 and b < 110:
                red += 1
            elif r < 110 and g < 110 and b < 110:
                dark += 1
        red_rows.append(red)
        dark_rows.append(dark)
    mm = 25.4 / DPI
    rule_px = 156 / mm
    rules = [y for y, count in enumerate(red_rows) if count > 0.9 * rule_px]
    if not rules:
        return ["page 1 has no red rule as wide as the type area under the 发文字号"]
    rule = rules[0]
    problems = []
    widest = max(red_rows[y] for y in rules) * mm
    if abs(widest - 156) > 1.5:
        problems.append(f"the red rule is {widest:.1f} mm wide, not 156")
    mark_top = next(y for y, count in enumerate(red_rows) if count > 0)
    below_type_top = mark_top * mm - 37
    if abs(below_type_top - 35) > 2:
        problems.append(
            f"the 发文机关标志's top is {below_type_top:.1f} mm below the type area's top, not 35"
        )
    number_bottom = max((y for y in range(mark_top, rule) if dark_rows[y] > 0), default=None)
    if number_bottom is None:
        return [*problems, "no 发文字号 between the 发文机关标志 and the red rule"]
    gap = (rule - number_bottom) * mm
    if abs(gap - 4) > 2:
        problems.append(f"the red rule is {gap:.1f} mm under the 发文字号, not 4")
    print(f"  版头: mark top {below_type_top:.1f} mm into the type area, rule {gap:.1f} mm under the number")
    return problems


def _schedule_rows(doc: Any) -> tuple[list[float], list[tuple[str, str, bool]]] | None:
    """The schedule table's column widths (pt) and rows: (环节 in force, 主要任务, 环节 written here)."""
    tables = list(doc.element.body.iter(qn("w:tbl")))
    if not tables:
        return None
    table = tables[0]
    widths = [int(col.get(qn("w:w"))) / 20 for col in table.iter(qn("w:gridCol"))]
    rows = []
    phase = ""
    for tr in table.iter(qn("w:tr")):
        if tr.find(qn("w:trPr")) is not None and tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None:
            continue
        cells = ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.iter(qn("w:tc"))]
        written = bool(cells[0])
        phase = cells[0] or phase
        rows.append((phase, cells[2], written))
    return widths, rows


def check_schedule(pages: list[list[Line]], doc: Any) -> list[str]:
    found = _schedule_rows(doc)
    if found is None:
        return []
    widths, rows = found
    left = TYPE_LEFT_PT + (TYPE_WIDTH_PT - sum(widths)) / 2
    edges = list(itertools.accumulate([left, *widths]))

    def column(word: Word) -> int:
        return next((c for c in range(len(widths)) if word.x0 < edges[c + 1] - 2), len(widths) - 1)

    def squeeze(text: str) -> str:
        return re.sub(r"\s+", "", text)

    # The 主要任务 column page by page, matched against the rows' text in order.
    tasks = [squeeze(task) for _, task, _ in rows]
    starts = list(itertools.accumulate([0, *(len(task) for task in tasks)]))
    problems = []
    offset = 0
    first_page = True
    for number, lines in enumerate(pages, start=1):
        words = [w for line in body(lines) for w in line.words]
        header = [w for w in words if w.text in ("环节", "主要任务")]
        if len(header) < 2:
            continue
        top = max(w.y1 for w in header)
        below = sorted((w for w in words if w.y0 > top), key=lambda w: (round(w.y0), w.x0))
        text = squeeze("".join(w.text for w in below if column(w) == 2))
        if not text:
            continue
        if first_page:
            first_page = False
        elif offset not in starts:
            problems.append(f"page {number}: a schedule row is split across the page break")
        else:
            row = starts.index(offset)
            phase, _, written = rows[row]
            names = squeeze("".join(w.text for w in below if column(w) == 0))
            if phase not in names:
                problems.append(
                    f"page {number}: the schedule continues {phase} but its 环节 is not written there"
                )
            elif row > 0 and rows[row - 1][0] == phase and not written:
                problems.append(f"page {number}: the 环节 {phase} shows only from an earlier page")
        offset += len(text)
        # A 环节 written again in the middle of a page: the estimate missed the page break.
        page_start = offset - len(text)
        for row, (phase, _, written) in enumerate(rows):
            repeated = written and row > 0 and rows[row - 1][0] == phase
            if repeated and page_start < starts[row] < offset:
                problems.append(f"page {number}: the 环节 {phase} is written again below the page's top")
    if starts and offset != starts[-1]:
        problems.append(
            f"the schedule's task text read back ({offset} characters) differs from the table's ({starts[-1]})"
        )
    return problems


def check_imprint_and_numbers(pages: list[list[Line]], has_imprint: bool) -> list[str]:
    problems = []
    blank = [number for number, lines in enumerate(pages, start=1) if not body(lines)]
    if has_imprint:
        last = body(pages[-1])
        if len(pages) % 2:
            problems.append(f"the 版记 is on page {len(pages)}, an odd page")
        elif not last or not last[-1].text.endswith("印发") or TYPE_BOTTOM_PT - last[-1].y1 > 10:
            problems.append("the 版记 does not end at the bottom of the type area")
    unnumbered = set(blank)
    for number in blank:
        if not (has_imprint and number == len(pages) - 1):
            problems.append(f"page {number} is blank, and not right before the 版记")
    if has_imprint and len(pages) - 1 in blank:
        unnumbered.add(len(pages))
        print(f"  page {len(pages) - 1} is blank before the 版记")
    for number, lines in enumerate(pages, start=1):
        shown = footer(lines)
        if number in unnumbered:
            if shown:
                problems.append(
                    f"page {number} carries the page number {shown}, but the standard leaves it unnumbered"
                )
            continue
        match = PAGE_NUMBER.match(shown)
        if match is None or int(match[1]) != number:
            problems.append(f"page {number} is numbered '{shown}'")
    return problems


def _has_imprint(doc: Any) -> bool:
    boxes = doc.element.body.iter(qn("w:txbxContent"))
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for box in boxes for p in box.iter(qn("w:p"))]
    return any(text.endswith("印发") for text in texts)


def check_html(plan: Path) -> list[str]:
    """The HTML page printed by headless Chromium: the 署名 with its text, the 版记 and page numbers."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return []
    html = OUT / f"{plan.stem}.html"
    pdf = OUT / f"{plan.stem}-html.pdf"
    rendered = subprocess.run(
        [str(BIN / "campaign"), "render", str(plan), "-f", "html", "-o", str(html), "--force"],
        capture_output=True,
        text=True,
    )
    if rendered.returncode != 0:
        return [f"html render failed: {rendered.stderr.strip()}"]
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                *[
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--disable-background-networking",
                ],
                *["--disable-component-update", "--disable-sync", "--no-pdf-header-footer"],
                f"--user-data-dir={profile}",
                f"--print-to-pdf={pdf}",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    pages = pages_of(pdf)
    print(f"  printed from HTML by Chromium: {len(pages)} pages")
    has_imprint = '<footer class="imprint">' in html.read_text(encoding="utf-8")
    found = [*check_signature(pages), *check_imprint_and_numbers(pages, has_imprint)]
    return [f"HTML: {problem}" for problem in found]


def check(plan: Path) -> list[str]:
    docx = OUT / f"{plan.stem}.docx"
    rendered = subprocess.run(
        [str(BIN / "campaign"), "render", str(plan), "-f", "docx", "-o", str(docx), "--force"],
        capture_output=True,
        text=True,
    )
    if rendered.returncode != 0:
        return [f"render failed: {rendered.stderr.strip()}"]
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(docx)],
        check=True,
        capture_output=True,
    )
    pdf = OUT / f"{plan.stem}.pdf"
    for old in OUT.glob(f"{plan.stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(OUT / plan.stem)], check=True)
    pages = pages_of(pdf)
    doc = Document(str(docx))
    print(f"{plan.name}: {len(pages)} pages")
    problems = [
        *check_text_flow(pages),
        *check_titles(pages, doc),
        *check_signature(pages),
        *check_banner(pdf, doc),
        *check_schedule(pages, doc),
        *check_imprint_and_numbers(pages, _has_imprint(doc)),
        *check_html(plan),
    ]
    print(f"  {len(problems)} problems")
    return problems


def plans() -> list[Path]:
    """The shipped plans, the layout test plans, and a generated plan of 200 tasks."""
    generated = OUT / "generated"
    generated.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "generate.py"),
            "--files",
            "1",
            "--tasks",
            "200",
            str(generated),
        ],
        check=True,
    )
    target = OUT / "generated-200-tasks.yaml"
    (generated / "plan-00000.yaml").replace(target)
    return [
        *sorted((ROOT / "plans").glob("*.yaml")),
        *sorted((ROOT / "bench" / "pages").glob("*.yaml")),
        target,
    ]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    problems = [f"{plan.name}: {p}" for plan in [*plans(), *EXTRA] for p in check(plan)]
    for problem in problems:
        print(problem)
    print(f"page images: {OUT}/*.png")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
