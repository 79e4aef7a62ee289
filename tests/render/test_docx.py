"""The Word file, read back with python-docx: page setup, fonts, headings, table, page numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.helpers import PLANS, run


def render_docx(tmp_path: Path, plan: str, *options: str) -> Any:
    target = tmp_path / "out.docx"
    result = run("render", str(PLANS / plan), "--format", "docx", "-o", str(target), *options)
    assert result.exit_code == 0, result.stderr
    return Document(str(target))


@pytest.fixture(scope="module")
def mass_line(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return render_docx(tmp_path_factory.mktemp("docx"), "liaoning-2013-mass-line.yaml")


def east_asian(run_or_style: Any) -> str | None:
    fonts = run_or_style.element.rPr.find(qn("w:rFonts"))
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def test_page_setup_is_a4_with_official_margins(mass_line: Any) -> None:
    section = mass_line.sections[0]

    def mm(*lengths: Any) -> list[float]:  # Word stores twips: compare to 0.1 mm
        return [round(length.mm, 1) for length in lengths]

    assert mm(section.page_width, section.page_height) == [210, 297]
    assert mm(section.top_margin, section.bottom_margin, section.left_margin, section.right_margin) == [
        37,
        35,
        28,
        26,
    ]


def test_twenty_two_lines_by_twenty_eight_characters(mass_line: Any) -> None:
    grid = mass_line.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"
    assert int(grid.get(qn("w:linePitch"))) == 579  # 28.95 pt: 22 lines in 225 mm
    normal = mass_line.styles["Normal"]
    assert normal.font.size == Pt(16)
    assert normal.paragraph_format.line_spacing == Pt(28.95)
    spacing = normal.element.rPr.find(qn("w:spacing"))
    condensed = 16 + int(spacing.get(qn("w:val"))) / 20
    assert int(156 / 25.4 * 72 / condensed) == 28


def test_every_run_names_its_east_asian_font(mass_line: Any) -> None:
    runs = [r for p in mass_line.paragraphs for r in p.runs if r.text.strip()]
    runs += [
        r for t in mass_line.tables for c in t._cells for p in c.paragraphs for r in p.runs if r.text.strip()
    ]
    assert len(runs) > 100
    assert all(east_asian(r) for r in runs)
    assert east_asian(mass_line.styles["Normal"]) == "仿宋_GB2312"


def test_title_and_heading_fonts_by_level(mass_line: Any) -> None:
    def first_run(prefix: str) -> Any:
        return next(p.runs[0] for p in mass_line.paragraphs if p.text.startswith(prefix))

    title = first_run("辽宁省总工会关于深入开展")
    assert (east_asian(title), title.font.size) == ("方正小标宋简体", Pt(22))
    assert east_asian(first_run("一、指导思想和基本原则")) == "黑体"
    level2 = next(p for p in mass_line.paragraphs if p.text.startswith("（一）指导思想。高举"))
    assert [east_asian(r) for r in level2.runs] == ["楷体_GB2312", "仿宋_GB2312"]
    assert level2.runs[0].text == "（一）指导思想。"
    body = next(p for p in mass_line.paragraphs if p.text.startswith("为全面贯彻落实"))
    assert body.paragraph_format.first_line_indent == Pt(32)


def test_schedule_is_a_real_table_with_merged_phases(mass_line: Any) -> None:
    [table] = mass_line.tables
    assert [c.text for c in table.rows[0].cells] == ["环节", "时间", "主要任务", "牵头", "配合"]
    assert len(table.rows) == 1 + 19
    first_phase = {table.cell(r, 0).text for r in range(1, 8)}
    assert first_phase == {"学习教育、听取意见"}
    assert table.cell(1, 0)._tc is table.cell(7, 0)._tc  # one merged cell
    assert table.cell(1, 1).text == "7月中旬至8月下旬"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_page_numbers_odd_right_even_left(mass_line: Any) -> None:
    assert mass_line.settings.odd_and_even_pages_header_footer
    section = mass_line.sections[0]
    for footer, alignment in ((section.footer, 2), (section.even_page_footer, 0)):
        paragraph = footer.paragraphs[0]
        assert paragraph.alignment == alignment
        assert paragraph.text == "— 1 —"
        assert "PAGE" in paragraph._p.xml


def box_paragraphs(doc: Any) -> list[Any]:
    found: list[Any] = doc.element.body.findall(".//" + qn("w:txbxContent") + "/" + qn("w:p"))
    return found


def text_of(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def test_imprint_sits_in_a_box_at_the_foot_of_the_type_area(tmp_path: Path) -> None:
    doc = render_docx(tmp_path, "liaoning-2013-four-services.yaml")
    cc, printed = box_paragraphs(doc)
    assert text_of(cc).startswith("抄送：") and text_of(printed).endswith("2013年7月22日印发")
    anchor = doc.element.body.find(".//{*}anchor")
    assert anchor.find("{*}positionV").get("relativeFrom") == "margin"
    assert anchor.find("{*}positionV/{*}align").text == "bottom"
    assert round(int(anchor.find("{*}extent").get("cx")) / 36000) == 156  # mm, as wide as the type area
    borders = [p.find(qn("w:pPr")).find(qn("w:pBdr")) for p in (cc, printed)]
    assert borders[0].find(qn("w:top")).get(qn("w:sz")) == "8"  # 0.35 mm
    assert borders[0].find(qn("w:bottom")).get(qn("w:sz")) == "6"  # 0.25 mm
    assert borders[1].find(qn("w:bottom")).get(qn("w:sz")) == "8"
    assert cc.find(qn("w:pPr")).find(qn("w:ind")).get(qn("w:right")) is None


def test_headings_keep_with_next_and_body_is_justified(mass_line: Any) -> None:
    heading = next(p for p in mass_line.paragraphs if p.text == "二、主要内容")
    assert heading.paragraph_format.keep_with_next
    body = next(p for p in mass_line.paragraphs if p.text.startswith("为全面贯彻落实"))
    assert body.alignment == 3  # both: justified, not distributed
    assert mass_line.styles["Normal"].paragraph_format.widow_control


def test_schedule_rows_do_not_split_and_text_is_smaller(mass_line: Any) -> None:
    [table] = mass_line.tables
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    assert table.cell(1, 2).paragraphs[0].runs[0].font.size == Pt(12)
    widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert round(sum(widths) / 1440 * 25.4) == 156
    assert widths[2] == max(widths)  # 主要任务 takes what the others leave


def test_attachment_label_in_heiti_with_the_title_on_the_third_line(mass_line: Any) -> None:
    label = next(p for p in mass_line.paragraphs if p.text == "附件")
    assert label.paragraph_format.page_break_before
    assert east_asian(label.runs[0]) == "黑体"
    assert label.paragraph_format.space_after == Pt(28.95)  # the second line is empty


def test_title_breaks_between_words(mass_line: Any) -> None:
    title = next(p for p in mass_line.paragraphs if p.text.startswith("辽宁省总工会关于深入开展"))
    assert title.text == "辽宁省总工会关于深入开展\n党的群众路线教育实践活动的实施方案"


def test_metadata_names_the_plan_not_python_docx(tmp_path: Path) -> None:
    doc = render_docx(tmp_path, "demo-2026.yaml")
    core = doc.core_properties
    assert core.title == "辽河市总工会关于印发《辽河市总工会关于开展“服务职工提质年”活动的实施方案》的通知"
    assert core.author == "辽河市总工会"
    assert (core.created.year, core.created.month, core.created.day) == (2026, 2, 26)
    assert "python-docx" not in (core.comments + core.last_modified_by)
    names = {str(part.partname) for part in doc.part.package.iter_parts()}
    assert not any("thumbnail" in name or "stylesWithEffects" in name for name in names)


@pytest.mark.parametrize("plan", sorted(p.name for p in PLANS.glob("*.yaml")))
def test_every_shipped_plan_conforms_to_the_ooxml_schema(tmp_path: Path, plan: str) -> None:
    from openxml_audit import OpenXmlValidator

    target = tmp_path / "out.docx"
    assert run("render", str(PLANS / plan), "-f", "docx", "-o", str(target)).exit_code == 0
    result = OpenXmlValidator().validate(str(target))
    assert result.is_valid, [str(error) for error in result.errors]


def test_unsealed_signature_two_characters_from_the_right(tmp_path: Path) -> None:
    config = tmp_path / "campaign.toml"
    config.write_text('[render]\nsignature = "unsealed"\n', encoding="utf-8")
    doc = render_docx(tmp_path, "liaoning-2013-mass-line.yaml", "--config", str(config))
    issuer = next(p for p in doc.paragraphs if p.text == "辽宁省总工会党组")
    date = next(p for p in doc.paragraphs if p.text == "2013年7月22日")
    char = 156 / 28 / 25.4 * 72
    assert round(issuer.paragraph_format.right_indent.pt / char, 1) == 2.0
    # 8 characters of 署名, 6.5 of date: the date starts two characters right of the 署名.
    assert round(date.paragraph_format.right_indent.pt / char, 1) == 1.5


def test_control_characters_in_text_and_fonts_do_not_crash(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        'title: "某机关关于开展\\x01某活动的实施方案"\nissuer: 某机关\ndate: 2026-03-01\n'
        'preamble:\n  - "正文\\x0b内容\\x1f。"\n',
        encoding="utf-8",
    )
    target = tmp_path / "out.docx"
    result = run("render", str(plan), "-f", "docx", "-o", str(target), "--font", "body=仿宋\x02")
    assert result.exit_code == 0, result.stderr
    doc = Document(str(target))
    assert any(p.text == "正文内容。" for p in doc.paragraphs)
    assert east_asian(doc.styles["Normal"]) == "仿宋"


def test_header_has_the_red_issuer_mark_and_document_number(tmp_path: Path) -> None:
    doc = render_docx(tmp_path, "demo-2026.yaml")
    mark = doc.paragraphs[0]
    assert mark.text == "辽河市总工会文件"
    assert str(mark.runs[0].font.color.rgb) == "E60012"
    assert doc.paragraphs[1].text == "辽河工发〔2026〕3号"
    rule = doc.paragraphs[1]._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert rule.get(qn("w:color")) == "E60012"


def test_font_names_are_configurable(tmp_path: Path) -> None:
    doc = render_docx(tmp_path, "demo-2026.yaml", "--font", "body=仿宋", "--font", "heading2=楷体")
    assert east_asian(doc.styles["Normal"]) == "仿宋"
    fonts = {east_asian(r) for p in doc.paragraphs for r in p.runs if r.text.strip()}
    assert "仿宋_GB2312" not in fonts and "楷体_GB2312" not in fonts and "仿宋" in fonts


def test_fonts_from_configuration(tmp_path: Path) -> None:
    config = tmp_path / "campaign.toml"
    config.write_text('[render.fonts]\nbody = "FangSong"\n', encoding="utf-8")
    doc = render_docx(tmp_path, "demo-2026.yaml", "--config", str(config))
    assert east_asian(doc.styles["Normal"]) == "FangSong"


def test_a_title_longer_than_the_format_holds_is_cut_in_the_properties_only(tmp_path: Path) -> None:
    """Found by fuzzing: Word's core properties hold at most 255 characters."""
    from docx import Document

    title = "某机关关于开展" + "某" * 300 + "活动的实施方案"
    plan = tmp_path / "long.yaml"
    plan.write_text(f"title: {title}\nissuer: 某机关\n", encoding="utf-8")
    target = tmp_path / "long.docx"
    assert run("render", str(plan), "-f", "docx", "-o", str(target), "--force").exit_code == 0
    document = Document(str(target))
    assert len(document.core_properties.title) == 255
    text = "".join(p.text for p in document.paragraphs).replace("\n", "")
    assert title in text
