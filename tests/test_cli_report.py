"""`campaign report`: the progress report of the shipped demo, its figures counted by hand."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.helpers import HEADER, PLANS, run

DEMO = str(PLANS / "demo-2026.yaml")
AS_OF = ("--as-of", "2026-11-21")


def report(*options: str) -> str:
    result = run("report", DEMO, *AS_OF, *options)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_the_demo_report_reads_like_a_progress_report(golden: Any) -> None:
    golden("demo-2026-report.txt", report())


def test_figures_are_computed_from_the_record() -> None:
    text = report()
    assert "辽河市总工会关于开展“服务职工提质年”活动进展情况的报告" in text
    assert "中共辽河市委组织部，辽宁省总工会：" in text
    # 20 tasks, one cancelled; done: 3 + 3 + 3 (rectification list, membership, mediation) = 9.
    assert "方案确定的19项任务，已完成9项，逾期未完成5项；另有1项任务经研究取消。" in text
    assert "（三）整改提质阶段（7月上旬至11月中旬）。安排任务7项，已完成3项，逾期4项。" in text
    # The ledger: items 1, 2, 5-16 done; 3 and 4 in progress; 17 ongoing; 18 to be adjusted.
    assert "制定18项整改任务，已完成14项，正在推进2项，长期坚持1项，需调整完善1项；已销号14项。" in text
    # Quantities added up from progress entries: two entries of 谈心谈话 and 走访 on one task.
    assert "意见建议47条" in text and "谈心谈话54次" in text and "职工座谈会12场" in text
    # Overdue, with their units: five tasks (one a missed monthly report) and two ledger items.
    assert "尚有7项任务逾期未完成" in text
    assert "“每月汇总任务进展并督办通报”（牵头：领导小组办公室，时限：10月28日前）" in text
    assert "整改任务3“评比表彰和检查考核事项过多过频，基层负担重”（牵头：办公室，时限：10月底前）" in text
    assert text.rstrip().endswith("2026年11月21日")


def test_after_the_campaign_it_is_a_final_summary() -> None:
    result = run("report", DEMO, "--as-of", "2027-01-05")
    assert result.exit_code == 0
    assert "活动的总结报告" in result.stdout and "活动开展情况" in result.stdout


def test_markdown_and_html(tmp_path: Path) -> None:
    markdown = report("-f", "md")
    assert markdown.startswith("# 辽河市总工会关于开展“服务职工提质年”活动进展情况的报告\n")
    assert "\n## 三、整改落实情况\n" in markdown
    output = tmp_path / "report.html"
    assert run("report", DEMO, *AS_OF, "-f", "html", "-o", str(output)).exit_code == 0
    html = output.read_text(encoding="utf-8")
    title = re.search(r'<h1 class="title">(.*?)</h1>', html, re.S)
    assert title is not None
    assert (
        re.sub(r"<[^>]+>|\s", "", title.group(1)) == "辽河市总工会关于开展“服务职工提质年”活动进展情况的报告"
    )


def test_the_word_report_reads_back(tmp_path: Path) -> None:
    from docx import Document

    output = tmp_path / "进展报告.docx"
    assert run("report", DEMO, *AS_OF, "-f", "docx", "-o", str(output)).exit_code == 0
    doc = Document(str(output))
    texts = [p.text.replace("\n", "") for p in doc.paragraphs if p.text.strip()]
    assert texts[0] == "辽河市总工会关于开展“服务职工提质年”活动进展情况的报告"
    assert texts[1] == "中共辽河市委组织部，辽宁省总工会："
    assert "一、总体进展情况" in texts and "五、下一步工作打算" in texts
    assert texts[-2:] == ["辽河市总工会", "2026年11月21日"]
    assert doc.core_properties.title == texts[0]
    section = doc.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28  # type: ignore[union-attr]


def test_docx_needs_an_output_file_and_a_broken_plan_gives_no_report(tmp_path: Path) -> None:
    assert run("report", DEMO, *AS_OF, "-f", "docx").exit_code == 2
    broken = tmp_path / "plan.yaml"
    broken.write_text(HEADER + "rectification:\n  - problem: 会议偏多\n", encoding="utf-8")
    result = run("report", str(broken), *AS_OF)
    assert result.exit_code == 1
    assert "L004" in result.stderr


def test_the_html_report_carries_the_progress_chart_as_svg(tmp_path: Path) -> None:
    output = tmp_path / "report.html"
    result = run("report", DEMO, *AS_OF, "-f", "html", "-o", str(output))
    assert result.exit_code == 0
    html = output.read_text(encoding="utf-8")
    chart = html[html.index('<figure class="chart">') : html.index("</figure>")]
    assert "<svg" in chart and "整改提质" in chart and "11月21日" in chart
    assert "<figcaption>提质年活动进度图（截至11月21日）</figcaption>" in chart


def test_the_word_report_carries_the_chart_as_a_picture(tmp_path: Path) -> None:
    from docx import Document

    output = tmp_path / "report.docx"
    assert run("report", DEMO, *AS_OF, "-f", "docx", "-o", str(output)).exit_code == 0
    document = Document(str(output))
    [picture] = document.inline_shapes
    assert round(picture.width.mm) == 150
    assert any(p.text == "提质年活动进度图（截至11月21日）" for p in document.paragraphs)


def test_without_matplotlib_the_report_says_so_and_has_no_chart(tmp_path: Path, monkeypatch: Any) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    output = tmp_path / "report.html"
    result = run("report", DEMO, *AS_OF, "-f", "html", "-o", str(output), "--lang", "zh")
    assert result.exit_code == 0
    assert "未安装绘图组件 matplotlib" in result.stderr
    html = output.read_text(encoding="utf-8")
    assert "<figure" not in html and "三、整改落实情况" in html
