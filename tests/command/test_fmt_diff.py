"""`campaign fmt --diff`: what would change, as a unified diff; no file is written."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import run

UNTIDY = "issuer: 某机关\ntitle:   某机关关于开展某活动的实施方案\n"
TIDY = "title: 某机关关于开展某活动的实施方案\nissuer: 某机关\n"


def test_diff_shows_the_changes_and_writes_nothing(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(UNTIDY, encoding="utf-8")
    result = run("fmt", "--diff", str(plan))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"--- {plan}",
        f"+++ {plan}",
        "@@ -1,2 +1,2 @@",
        "+title: 某机关关于开展某活动的实施方案",
        " issuer: 某机关",
        "-title:   某机关关于开展某活动的实施方案",
    ]
    assert result.stderr == "1 files would be reformatted, 0 left unchanged.\n"
    assert plan.read_text(encoding="utf-8") == UNTIDY


def test_diff_of_formatted_plans_is_empty(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(TIDY, encoding="utf-8")
    result = run("fmt", "--diff", str(plan))
    assert (result.exit_code, result.stdout) == (0, "")


def test_diff_applies_as_a_patch(tmp_path: Path) -> None:
    """The diff is one `patch` understands: applied, it gives what fmt writes."""
    if shutil.which("patch") is None:
        pytest.skip("no patch program")
    plan = tmp_path / "plan.yaml"
    plan.write_text(UNTIDY, encoding="utf-8")
    diff = run("fmt", "--diff", str(plan)).stdout
    subprocess.run(["patch", "-s", str(plan)], input=diff, text=True, check=True)
    assert plan.read_text(encoding="utf-8") == TIDY
