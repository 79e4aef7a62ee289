"""Every write keeps the user's file as it was, except its content; special files are never read."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from campaigntool.files import write_atomic
from tests.helpers import PLANS, run

UNFORMATTED = "issuer: 某机关\ntitle: 某机关关于某的方案\n"
FORMATTED = "title: 某机关关于某的方案\nissuer: 某机关\n"


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text(UNFORMATTED, encoding="utf-8")
    target.chmod(0o664)
    old = os.umask(0o077)
    try:
        assert run("fmt", str(target)).exit_code == 0
    finally:
        os.umask(old)
    assert target.read_text(encoding="utf-8") == FORMATTED
    assert _mode(target) == 0o664


@pytest.mark.usefixtures("umask_022")
@pytest.mark.parametrize(
    "args",
    [
        ("render", str(PLANS / "demo-2026.yaml"), "-f", "md", "-o"),
        ("ics", str(PLANS / "demo-2026.yaml"), "-o"),
        ("overdue", str(PLANS / "demo-2026.yaml"), "--as-of", "2026-11-21", "-o"),
        ("schema", "-o"),
    ],
    ids=lambda a: a[0],
)
def test_new_files_get_the_mode_of_the_umask(args: tuple[str, ...], tmp_path: Path) -> None:
    target = tmp_path / "out"
    result = run(*args, str(target))
    assert result.exit_code == 0, result.stderr
    assert _mode(target) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_symlink_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real" / "plan.yaml"
    real.parent.mkdir()
    real.write_text(UNFORMATTED, encoding="utf-8")
    link = tmp_path / "plan.yaml"
    link.symlink_to(real)
    assert run("fmt", str(link)).exit_code == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == FORMATTED


def test_a_plan_reached_twice_is_formatted_and_counted_once(tmp_path: Path) -> None:
    real = tmp_path / "plan.yaml"
    real.write_text(UNFORMATTED, encoding="utf-8")
    (tmp_path / "also.yaml").symlink_to(real)
    result = run("fmt", str(tmp_path), str(real))
    assert result.exit_code == 0
    assert "1 files reformatted, 0 left unchanged" in result.stdout + result.stderr
    assert real.read_text(encoding="utf-8") == FORMATTED


def test_hard_links_stay_linked(tmp_path: Path) -> None:
    first = tmp_path / "plan.yaml"
    first.write_text(UNFORMATTED, encoding="utf-8")
    second = tmp_path / "copy.yml"
    os.link(first, second)
    assert run("fmt", str(first)).exit_code == 0
    assert first.stat().st_ino == second.stat().st_ino
    assert second.read_text(encoding="utf-8") == FORMATTED


def test_stale_temporary_files_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text(UNFORMATTED, encoding="utf-8")
    dead = _dead_pid()
    stale = tmp_path / f".plan.yaml.{dead}.x1y2.campaign-tmp"
    stale.write_text("half", encoding="utf-8")
    live = tmp_path / f".plan.yaml.{os.getppid()}.x1y2.campaign-tmp"
    live.write_text("being written", encoding="utf-8")
    write_atomic(target, FORMATTED.encode())
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "plan.yaml"]


def _dead_pid() -> int:
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            pass
        pid -= 1


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text(UNFORMATTED, encoding="utf-8")

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    result = run("fmt", str(target))
    assert result.exit_code == 1 and "No space left on device" in result.stderr
    assert target.read_text(encoding="utf-8") == UNFORMATTED
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]


@pytest.mark.parametrize("command", ["check", "fmt", "render", "timeline", "ics", "overdue", "status"])
def test_a_fifo_is_refused_before_reading(command: str, tmp_path: Path) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)
    extra = ["-o", str(tmp_path / "out.ics")] if command == "ics" else []
    result = run(command, str(fifo), *extra)  # would block forever if it were opened
    assert result.exit_code == 1
    assert "Y001" in result.stdout + result.stderr
    assert "named pipe" in result.stdout + result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_before_reading(device: str) -> None:
    for command in ("check", "fmt", "render"):
        result = run(command, device)
        assert result.exit_code == 1, (command, result.stdout, result.stderr)
        assert "a device, not a regular file" in result.stdout + result.stderr
