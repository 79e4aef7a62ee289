from pathlib import Path

from tests.helpers import HEADER, found, run

MARK = "header:\n  issuer_mark: 某机关文件\n"


def test_number_without_a_mark_is_reported_at_the_key() -> None:
    text = HEADER + "doc_number: 某发〔2026〕1号\ndate: 2026-03-01\n"
    assert found(text, "P008") == [("P008", 3, 1)]


def test_number_under_a_mark_or_no_number_passes() -> None:
    assert found(HEADER + "doc_number: 某发〔2026〕1号\n" + MARK, "P008") == []
    assert found(HEADER + MARK, "P008") == []
    assert found(HEADER, "P008") == []


def test_render_warns_and_strict_refuses(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(HEADER + "doc_number: 某发〔2026〕1号\ndate: 2026-03-01\n", encoding="utf-8")
    warned = run("render", str(plan), "--lang", "en")
    assert warned.exit_code == 0
    assert "plan.yaml:3:1" in warned.stderr and "P008" in warned.stderr
    assert "某发〔2026〕1号" in warned.stdout
    assert run("render", str(plan), "--strict").exit_code == 1
