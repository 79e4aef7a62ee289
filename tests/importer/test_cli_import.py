"""`campaign import` through the command line: the seeds, the round trip, the formats, bad input."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tests.helpers import PLANS, REPO, run
from tests.render.test_fidelity import SEEDS, in_order, sentences

FIXTURES = REPO / "tests" / "fixtures" / "import"


def imported(source: Path, tmp_path: Path, *args: str) -> Path:
    target = tmp_path / f"{source.stem}.yaml"
    result = run("import", str(source), "-o", str(target), *args)
    assert result.exit_code == 0, result.output
    return target


def rendered(plan: Path) -> str:
    result = run("render", str(plan))
    assert result.exit_code == 0, result.output
    return result.stdout


def load(plan: Path) -> dict:  # type: ignore[type-arg]
    return YAML(typ="safe").load(plan.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("seed", ["000_af935f686f080961.txt", "002_b5956a1815ce5066.txt"])
def test_a_seed_imports_without_errors_and_renders_its_sentences(seed: str, tmp_path: Path) -> None:
    plan = imported(SEEDS / seed, tmp_path)
    checked = run("check", str(plan), "--format", "concise", "--as-of", "2013-07-22")
    assert checked.exit_code == 0, checked.output
    expected = sentences((SEEDS / seed).read_text(encoding="utf-8"))
    output = re.sub(r"\s+", "", rendered(plan))
    assert in_order(expected, output) / len(expected) >= 0.98


def test_seed_000_phases_tasks_and_group(tmp_path: Path) -> None:
    plan = load(imported(SEEDS / "000_af935f686f080961.txt", tmp_path))
    steps = plan["body"][2]
    assert steps["heading"] == "方法步骤"
    assert [s["phase"] for s in steps["sections"]] == [
        "学习教育、听取意见",
        "查摆问题、开展批评",
        "整改落实、建章立制",
    ]
    assert str(steps["sections"][0]["start"]) == "2013-07 中旬"
    assert str(steps["sections"][-1]["end"]) == "2013-11 中旬"
    items = steps["sections"][2]["content"][1]["items"]
    assert items[1]["lead"] == "办公室"
    assert items[1]["supporters"] == ["经济技术部"]
    group = plan["leading_group"]
    assert (group["head"], group["deputy_heads"]) == ("赵国红", ["史桂茹", "刘野"])
    assert plan["people"][0] == {"name": "赵国红", "titles": ["省委常委", "省总工会主席", "党组书记"]}
    assert plan["body"][3]["sections"][0]["content"][0]["use"] == "leading_group"
    assert plan["style"] == {"phase_dates": False}


def test_seed_002_keeps_the_title_broken_over_lines_and_its_own_numbers(tmp_path: Path) -> None:
    plan = load(imported(SEEDS / "002_b5956a1815ce5066.txt", tmp_path))
    assert plan["title"] == "辽宁省总工会关于开展“机关转作风为民四服务”实践活动的实施方案"
    assert plan["doc_number"] == "辽工党发〔2013〕18号"
    assert plan["body"][1]["heading"] == "主要内容"
    assert plan["body"][1]["number"] == ""
    assert plan["body"][1]["sections"][2]["number"] == "（三)"


@pytest.mark.parametrize("name", ["demo-2026", "liaoning-2013-mass-line", "liaoning-2013-four-services"])
def test_word_round_trip_renders_the_same_text(name: str, tmp_path: Path) -> None:
    original = PLANS / f"{name}.yaml"
    word = tmp_path / f"{name}.docx"
    assert run("render", str(original), "-f", "docx", "-o", str(word)).exit_code == 0
    plan = imported(word, tmp_path)
    assert run("check", str(plan), "--format", "concise").exit_code == 0
    assert rendered(plan) == rendered(original)


def test_markdown_round_trip_renders_the_same_text(tmp_path: Path) -> None:
    original = PLANS / "demo-2026.yaml"
    markdown = tmp_path / "demo.md"
    assert run("render", str(original), "-f", "md", "-o", str(markdown)).exit_code == 0
    assert rendered(imported(markdown, tmp_path)) == rendered(original)


def test_output_is_formatted_with_the_modeline_and_never_overwritten(tmp_path: Path) -> None:
    source = SEEDS / "002_b5956a1815ce5066.txt"
    plan = imported(source, tmp_path)
    text = plan.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=campaign.schema.json\n")
    assert (tmp_path / "campaign.schema.json").is_file()
    assert run("fmt", "--check", str(plan)).exit_code == 0
    again = run("import", str(source), "-o", str(plan))
    assert again.exit_code == 2
    assert "exists" in again.stderr
    plan.write_text("changed", encoding="utf-8")
    assert run("import", str(source), "-o", str(plan), "--force").exit_code == 0
    assert plan.read_text(encoding="utf-8") == text


def test_summary_in_both_languages(tmp_path: Path) -> None:
    source = SEEDS / "000_af935f686f080961.txt"
    zh = run("import", str(source), "-o", str(tmp_path / "a.yaml"), "--lang", "zh")
    assert "3 个环节" in zh.stderr and "推测" in zh.stderr
    en = run("import", str(source), "-o", str(tmp_path / "b.yaml"))
    assert "3 phases" in en.stderr


def test_gb18030_text_is_read_and_said_so(tmp_path: Path) -> None:
    source = tmp_path / "gbk.txt"
    source.write_bytes((SEEDS / "000_af935f686f080961.txt").read_text(encoding="utf-8").encode("gb18030"))
    result = run("import", str(source), "-o", str(tmp_path / "gbk.yaml"))
    assert result.exit_code == 0
    assert "GB18030" in result.stderr
    assert load(tmp_path / "gbk.yaml")["issuer"] == "辽宁省总工会党组"


def test_variants_of_numbering_dates_responsibility_and_roster(tmp_path: Path) -> None:
    plan_file = imported(FIXTURES / "variants.txt", tmp_path)
    assert run("check", str(plan_file), "--format", "concise", "--as-of", "2008-09-16").exit_code == 0
    plan = load(plan_file)
    assert plan["title"] == "某某县教育局关于开展作风建设“回头看”活动的实施方案"
    assert str(plan["date"]) == "2008-09-16"  # 二○○八年九月十六日
    assert plan["style"]["numbering"] == ["一、", "(一)", "1、"]
    assert plan["style"]["date_separator"] == "—"
    assert plan["style"]["date_brackets"] == "()"
    phases = plan["body"][1]["sections"]
    assert [(p["phase"], str(p["start"]), str(p["end"])) for p in phases] == [
        ("动员部署阶段", "2008-09 下旬", "2008-10 中旬"),
        ("查摆整改阶段", "2008-10 下旬", "2008-12 上旬"),
        ("总结提高阶段", "2008-12 中旬", "2009-02 上旬"),
    ]
    first = phases[0]["sections"][0]["content"][0]
    assert (first["lead"], first["supporters"], str(first["due"])) == ("局办公室", ["各股室"], "2008-10-10")
    labelled = phases[1]["sections"][0]["content"][0]
    assert (labelled["lead"], labelled["supporters"]) == ("人事股", ["各学校"])
    assert plan["body"][2]["content"] == [{"use": "leading_group", "form": "roster"}]
    assert plan["leading_group"]["head"] == "王大明"
    assert plan["imprint"]["keywords"] == ["作风建设", "方案", "通知"]
    assert plan["imprint"]["cc"] == ["县委办公室", "县政府办公室"]
    assert [a["title"] for a in plan["attachments"]] == ["活动日程安排表", "问题清单"]
    text = plan_file.read_text(encoding="utf-8")
    assert "# 推测：原文时限“年底前”在所属环节之外" in text
    expected = sentences((FIXTURES / "variants.txt").read_text(encoding="utf-8"))
    output = re.sub(r"\s+", "", rendered(plan_file))
    # all but the date written in Chinese numerals, which the plan writes in Arabic ones
    assert in_order(expected, output) == len(expected) - 1


# ------------------------------------------------------------------ bad input


def _docx(path: Path, body: str) -> Path:
    """A minimal Word file whose body is `body` (WordprocessingML)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/document.xml", f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>'
        )
    return path


def _paragraphs(*texts: str) -> str:
    return "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in texts)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "I001"),
        ("blank.txt", b"  \n\n \n", "I001"),
        ("corrupt.docx", b"PK\x03\x04 this is not a zip archive", "I002"),
        ("broken.docx", b"not a word file at all", "I002"),
        (
            "locked.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64,
            "I003",
        ),
        ("scan.pdf", b"%PDF-1.4\n1 0 obj << /Type /XObject /Subtype /Image >> endobj\n%%EOF", "I004"),
        (
            "letter.txt",
            "张主任：\n您好！来函收悉，现将有关情况函复如下，请查收。\n此致\n敬礼\n某某办公室\n2024年3月1日\n".encode(),
            "I005",
        ),
    ],
)
def test_bad_input_is_a_diagnostic_and_a_non_zero_exit(
    name: str, content: bytes, code: str, tmp_path: Path
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    result = run("import", str(source))
    assert result.exit_code == 1
    assert f"{name}:1:1: error {code}" in result.stderr
    assert "Traceback" not in result.output
    assert not source.with_suffix(".yaml").exists()


def test_word_files_without_text_or_that_are_spreadsheets(tmp_path: Path) -> None:
    empty = _docx(tmp_path / "empty.docx", "<w:p/><w:p/>")
    assert "error I001" in run("import", str(empty)).stderr
    sheet = tmp_path / "sheet.docx"
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "error I005" in run("import", str(sheet)).stderr
    table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    assert "error I005" in run("import", str(_docx(tmp_path / "table.docx", table))).stderr


def test_a_minimal_word_plan_imports(tmp_path: Path) -> None:
    word = _docx(
        tmp_path / "plan.docx",
        _paragraphs(
            "某局关于开展学习活动的实施方案",
            "为推动学习，制定本方案。",
            "一、学习安排",
            "由办公室牵头，6月15日前完成集中学习。",
            "二、工作要求",
            "各部门要高度重视。",
            "某局",
            "2024年5月6日",
        ),
    )
    plan = load(imported(word, tmp_path))
    task = plan["body"][0]["content"][0]
    assert (task["lead"], str(task["due"])) == ("办公室", "2024-06-15")
    assert plan["issuer"] == "某局"


def test_legacy_word_without_libreoffice_says_how_to_convert(tmp_path: Path) -> None:
    source = tmp_path / "old.doc"
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    result = run("import", str(source), env={"PATH": str(tmp_path)})
    assert result.exit_code == 1
    assert "error I004" in result.stderr
    assert "LibreOffice" in result.stderr


def test_missing_file_and_bad_year_are_usage_errors(tmp_path: Path) -> None:
    assert run("import", str(tmp_path / "none.docx")).exit_code == 2
    assert (
        run(
            "import", str(SEEDS / "000_af935f686f080961.txt"), "-o", str(tmp_path / "x.yaml"), "--year", "13"
        ).exit_code
        == 2
    )
