"""The console entry point ends at once, yet output, exit codes and exit handlers are as before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from campaigntool.command.leave import exit_code
from tests.helpers import PLANS, REPO, run

FOUR = str(PLANS / "liaoning-2013-four-services.yaml")


def _python(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "CAMPAIGN_LANG": "en", "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=REPO, input=stdin, check=False
    )


def test_the_whole_output_reaches_a_pipe() -> None:
    expected = run("render", FOUR, "-f", "md").stdout
    done = _python("-m", "campaigntool", "render", FOUR, "-f", "md")
    assert done.returncode == 0, done.stderr
    assert len(expected) > 3000
    assert done.stdout == expected


def test_exit_codes_are_kept(tmp_path: Path) -> None:
    assert _python("-m", "campaigntool", "check", str(PLANS)).returncode == 0
    assert (
        _python("-m", "campaigntool", "check", str(PLANS), "--strict", "--as-of", "2026-11-21").returncode
        == 1
    )
    assert _python("-m", "campaigntool", "chek").returncode == 2


def test_a_reader_that_stops_early_is_no_error() -> None:
    done = subprocess.run(
        f"'{sys.executable}' -m campaigntool render '{FOUR}' -f md | head -c 20",
        shell=True,
        capture_output=True,
        cwd=REPO,
        check=False,
    )
    assert len(done.stdout) == 20
    assert b"Traceback" not in done.stderr and b"BrokenPipe" not in done.stderr


def test_exit_handlers_run_and_buffers_are_flushed() -> None:
    script = (
        "import atexit, sys\n"
        "from campaigntool.command.leave import leave\n"
        "atexit.register(lambda: print('handler ran'))\n"
        "sys.stdout.write('unflushed ')\n"
        "sys.stderr.write('to stderr')\n"
        "leave(5)\n"
    )
    done = _python("-c", script)
    assert done.returncode == 5
    assert done.stdout == "unflushed handler ran\n"
    assert done.stderr == "to stderr"


def test_a_running_thread_is_waited_for(tmp_path: Path) -> None:
    marker = tmp_path / "written"
    script = (
        "import threading, time, pathlib\n"
        "from campaigntool.command.leave import leave\n"
        f"target = pathlib.Path({str(marker)!r})\n"
        "threading.Thread(target=lambda: (time.sleep(0.3), target.write_text('done'))).start()\n"
        "leave(0)\n"
    )
    assert _python("-c", script).returncode == 0
    assert marker.read_text() == "done"


@pytest.mark.parametrize(
    ("code", "expected"), [(None, 0), (0, 0), (1, 1), (2, 2), (130, 130), ("message", 1)]
)
def test_exit_code_is_what_sys_exit_would_give(code: object, expected: int) -> None:
    assert exit_code(SystemExit(code)) == expected
