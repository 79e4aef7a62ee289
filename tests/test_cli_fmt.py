"""`campaign fmt`: canonical form, nothing lost, idempotent, --check for CI."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from campaigntool.fmt import format_text
from campaigntool.load import load_text
from tests.helpers import PLANS, REPO, run

COMMENTED = REPO / "tests" / "fixtures" / "commented.yaml"
SAMPLES = [*sorted(PLANS.glob("*.yaml")), COMMENTED]


def comments(text: str) -> Counter[str]:
    """Every comment's text (the part after `#` that is not inside a value)."""
    found: Counter[str] = Counter()
    for line in text.splitlines():
        match = re.search(r"(?:^|\s)#\s?(.*)$", line)
        if match:
            found[match[1].strip()] += 1
    return found


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_formatting_keeps_every_value_and_comment(path: Path) -> None:
    before = path.read_text(encoding="utf-8")
    after = format_text(before)
    old, new = load_text(before, "before.yaml"), load_text(after, "after.yaml")
    assert old.plan is not None and new.plan is not None
    assert old.plan == new.plan
    assert comments(after) == comments(before)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_formatting_is_idempotent(path: Path) -> None:
    once = format_text(path.read_text(encoding="utf-8"))
    assert format_text(once) == once


def test_canonical_order_and_dates() -> None:
    after = format_text(COMMENTED.read_text(encoding="utf-8"))
    top = [line.split(":")[0] for line in after.splitlines() if re.match(r"^[a-z_]+:", line)]
    assert top == ["id", "title", "issuer", "period", "phases", "units"]

    def before(first: str, second: str) -> bool:
        return after.index(first) < after.index(second)

    assert before("  start: 2026-03 上旬", "  end: 2026-12 下旬")
    assert before("  - name: 学习动员", "    start: 2026-03 上旬") and before(
        "    end: 2026-04 下旬", "    tasks:"
    )
    assert before("- title: 召开动员大会", "lead: 办公室") and before("lead: 办公室", "due: 2026-03 中旬")
    assert "2026年" not in after
    assert "done: '2026-03-12'   # 引号要保留" in after
    assert 'title: "集中学习"' in after
    assert "  - name: 办公室\n    short: 办" in after


def test_comments_stay_before_the_key_they_introduce() -> None:
    after = format_text(COMMENTED.read_text(encoding="utf-8"))
    assert "issuer: 某机关   # 发文机关放在了标题前面\n\n# 期间用中文写法\nperiod:\n" in after
    assert "        due: 2026-04\n\nunits:   # 单位\n" in after
    assert '      # 第二个任务\n      - title: "集中学习"\n' in after
    assert after.endswith("  - name: 组织部   # 组织部\n\n# 结尾的注释\n")


def test_check_mode_and_writes(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    shutil.copy(COMMENTED, target)
    original = target.read_bytes()
    checked = run("fmt", str(target), "--check")
    assert checked.exit_code == 1 and "would reformat" in checked.stdout
    assert target.read_bytes() == original
    written = run("fmt", str(target))
    assert written.exit_code == 0 and "reformatted" in written.stdout
    assert run("fmt", str(target), "--check").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_shipped_plans_are_formatted() -> None:
    assert run("fmt", str(PLANS), "--check").exit_code == 0


def test_crlf_and_bom_become_plain_utf8(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_bytes(b"\xef\xbb\xbf" + "title: 某机关关于某的方案\r\nissuer: 某机关\r\n".encode())
    assert run("fmt", str(target)).exit_code == 0
    assert target.read_bytes() == "title: 某机关关于某的方案\nissuer: 某机关\n".encode()


def test_unreadable_files_are_left_alone(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_bytes(b"title: [\n")
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes("title: 某机关\n".encode("gbk"))
    result = run("fmt", str(tmp_path))
    assert result.exit_code == 1
    assert "Y002" in result.stderr and "Y001" in result.stderr
    assert "0 files reformatted, 0 left unchanged, 2 could not be read or formatted." in result.stderr
    assert broken.read_bytes() == b"title: [\n"
