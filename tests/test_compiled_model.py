"""The plan model's validator is kept between runs, and a kept one changes nothing."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PLANS, REPO

CACHED = "campaigntool.model.plan.Plan.validator"

#: Prints whether pydantic built the plan model in this process (False: it came from the cache).
_PROBE = """
import sys
from campaigntool.load import load_text
from campaigntool.model import Plan
loaded = load_text(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1])
assert loaded.model is not None, loaded.problems
print(Plan.__pydantic_complete__)
"""

BROKEN = """\
title: 某机关关于开展某活动的实施方案
issuer: 某机关
period: {start: 2026-02-30, end: 2026-12}
phases:
  - name: 动员部署
    start: 2026-03
    end: 2026-13
    tasks: [{title: 任务, due: 明年}]
tasks: 不是列表
titel: 拼错的键
"""


def _environment(cache: Path | None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("CAMPAIGN_")}
    env.update(CAMPAIGN_LANG="en", NO_COLOR="1", COLUMNS="120")
    if cache is None:
        env["CAMPAIGN_NO_CACHE"] = "1"
    else:
        env["CAMPAIGN_CACHE_DIR"] = str(cache)
    return env


def _built_here(plan: Path, cache: Path | None) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(plan)],
        env=_environment(cache),
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return done.stdout.strip() == "True"


def _check(paths: list[Path], cache: Path | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "campaigntool",
            "check",
            *map(str, paths),
            "-f",
            "json",
            "--as-of",
            "2026-11-21",
        ],
        env=_environment(cache),
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )


def test_the_first_run_builds_and_keeps_the_validator_the_next_one_reads_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    plan = PLANS / "demo-2026.yaml"
    assert _built_here(plan, cache)
    kept = cache / CACHED
    assert kept.is_file()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert not _built_here(plan, cache)


def test_a_kept_validator_gives_the_same_findings_as_a_fresh_one(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    paths = [*sorted(PLANS.glob("*.yaml")), broken]
    fresh = _check(paths, None)
    cache = tmp_path / "cache"
    first = _check(paths, cache)
    kept = _check(paths, cache)
    assert (cache / CACHED).is_file()
    assert fresh.returncode == first.returncode == kept.returncode == 1
    assert '"code": "V' in fresh.stdout and "titel" in fresh.stdout
    assert fresh.stdout == first.stdout == kept.stdout


@pytest.mark.parametrize(
    "spoil",
    ["garbage", "other key", "truncated", "group-writable", "symlink"],
)
def test_a_spoilt_cache_is_ignored_and_written_again(tmp_path: Path, spoil: str) -> None:
    cache = tmp_path / "cache"
    plan = PLANS / "liaoning-2013-mass-line.yaml"
    assert _built_here(plan, cache)
    kept = cache / CACHED
    good = kept.read_bytes()
    if spoil == "garbage":
        kept.write_bytes(b"\x80\x04not a pickle at all")
    elif spoil == "other key":
        kept.write_bytes(good.replace(good.split(b"\n")[1], b"0" * 64, 1))
    elif spoil == "truncated":
        kept.write_bytes(good[: len(good) // 2])
    elif spoil == "group-writable":
        kept.chmod(0o660)
    else:
        elsewhere = tmp_path / "elsewhere"
        elsewhere.write_bytes(good)
        kept.unlink()
        kept.symlink_to(elsewhere)
    assert _built_here(plan, cache)  # not trusted: built again, and the plan still loads
    assert not kept.is_symlink() and stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert not _built_here(plan, cache)  # the rewritten cache is used


def test_the_cache_can_be_turned_off(tmp_path: Path) -> None:
    plan = PLANS / "demo-2026.yaml"
    assert _built_here(plan, None)
    assert _built_here(plan, None)
    assert not list(tmp_path.iterdir())


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    result = _check([PLANS / "demo-2026.yaml"], blocked / "cache")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
