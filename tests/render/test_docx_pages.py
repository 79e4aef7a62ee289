"""Where the Word file puts page breaks: 署名 with its text, 版记 after a blank page, schedule rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn

from tests.helpers import PLANS, REPO, run

LINE_PT = 28.95
LAYOUTS = REPO / "bench" / "pages"


def render(tmp_path: Path, plan: Path) -> Any:
    target = tmp_path / "out.docx"
    result = run("render", str(plan), "-f", "docx", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    return Document(str(target))


def test_the_signature_keeps_with_the_text_and_closes_up_to_fit(tmp_path: Path) -> None:
    doc = render(tmp_path, PLANS / "demo-2026.yaml")
    paragraphs = doc.paragraphs
    issuer = next(i for i, p in enumerate(paragraphs) if p.text == "辽河市总工会")
    assert paragraphs[issuer + 1].text == "2026年2月26日"
    assert paragraphs[issuer - 1].paragraph_format.keep_with_next  # the text's last lines go along
    assert paragraphs[issuer].paragraph_format.keep_with_next
    # The notice's first page has three lines left: one empty line above the 署名, not two.
    assert round(paragraphs[issuer].paragraph_format.space_before.pt, 2) == LINE_PT


def test_a_signature_with_room_keeps_two_empty_lines(tmp_path: Path) -> None:
    doc = render(tmp_path, PLANS / "liaoning-2013-mass-line.yaml")
    issuer = next(p for p in doc.paragraphs if p.text == "辽宁省总工会党组")
    assert round(issuer.paragraph_format.space_before.pt, 2) == 2 * LINE_PT


def _imprint_setup(doc: Any) -> tuple[int, bool, list[Any]]:
    body = doc.element.body
    anchor = next(p for p in body.iter(qn("w:p")) if p.find(".//" + qn("w:txbxContent")) is not None)
    breaks = anchor.find(qn("w:pPr")).find(qn("w:pageBreakBefore")) is not None
    return len(doc.sections), breaks, list(body.iterchildren(qn("w:p")))


def test_an_even_page_without_room_gets_a_blank_page_before_the_imprint(tmp_path: Path) -> None:
    for name in ("blank-before-imprint.yaml", "full-even-page.yaml"):
        doc = render(tmp_path, LAYOUTS / name)
        sections, breaks, _ = _imprint_setup(doc)
        assert sections == 2 and breaks, name  # a section without page numbers, then the 版记's page
        last = doc.sections[-1]
        for footer in (last.footer, last.even_page_footer):
            assert not footer.is_linked_to_previous and footer.paragraphs[0].text == ""


def test_schedule_rows_are_as_tall_as_the_page_estimate_counted(tmp_path: Path) -> None:
    doc = render(tmp_path, PLANS / "liaoning-2013-mass-line.yaml")
    rows = list(doc.element.body.iter(qn("w:tr")))
    for row in rows:
        height = row.find(qn("w:trPr")).find(qn("w:trHeight"))
        assert height is not None and height.get(qn("w:hRule")) == "atLeast"
        assert int(height.get(qn("w:val"))) >= 18 * 20
