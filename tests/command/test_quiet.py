"""--quiet on the commands that make documents: the file is written, nothing else is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import PLANS, run

DEMO = str(PLANS / "demo-2026.yaml")


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["ledger", DEMO], "台账.xlsx"),
        (["report", DEMO, "--as-of", "2026-11-21", "-f", "docx"], "报告.docx"),
    ],
)
def test_quiet_writes_the_file_and_says_nothing(tmp_path: Path, command: list[str], name: str) -> None:
    target = tmp_path / name
    loud = run(*command, "-o", str(target))
    assert loud.exit_code == 0 and "wrote" in loud.stderr
    target.unlink()
    quiet = run(*command, "-o", str(target), "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == "" and target.stat().st_size > 1000


def test_quiet_import_keeps_the_file_and_drops_the_summary(tmp_path: Path) -> None:
    source = tmp_path / "plan.docx"
    assert run("render", DEMO, "-f", "docx", "-o", str(source)).exit_code == 0
    target = tmp_path / "plan.yaml"
    result = run("import", str(source), "-o", str(target), "--quiet")
    assert result.exit_code == 0 and result.stderr == ""
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server")
