"""Progress bars: shown on a terminal for long runs, never in pipes or under --quiet.

The bar goes to standard error only when it is a terminal, so these tests
give the command a pseudo-terminal, as a user's shell would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.helpers import HEADER

pty = pytest.importorskip("pty")

MANY = 60  # more than the 50 files from which a bar is shown
ENV = {"CAMPAIGN_LANG": "en", "TERM": "xterm", "COLUMNS": "100", "GITHUB_ACTIONS": ""}


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for number in range(MANY):
        (folder / f"plan-{number:02}.yaml").write_text(HEADER, encoding="utf-8")
    return folder


def on_terminal(*args: str) -> tuple[int, str, str]:
    """Exit code, standard output (a file) and standard error (a terminal) of a campaign run."""
    main, side = pty.openpty()
    # Standard output goes to a file: a pipe nobody reads while the terminal is read could fill up.
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "campaigntool", *args],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=side,
            env={**os.environ, **ENV},
        )
        os.close(side)
        seen = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal's other end closed: the run is over
                break
            if not chunk:
                break
            seen += chunk
        os.close(main)
        code = process.wait(timeout=60)
        out.seek(0)
        return code, out.read().decode("utf-8"), seen.decode("utf-8", errors="replace")


@pytest.mark.parametrize(
    ("args", "label"),
    [
        (["check", "--as-of", "2026-11-21"], "checking"),
        (["overdue", "--as-of", "2026-11-21"], "reading"),
        (["status", "--as-of", "2026-11-21"], "reading"),
        (["fmt", "--check"], "formatting"),
    ],
    ids=["check", "overdue", "status", "fmt"],
)
def test_long_runs_show_a_bar_on_a_terminal(many: Path, args: list[str], label: str) -> None:
    code, out, err = on_terminal(*args, str(many))
    assert code == 0, err
    assert label in err
    assert label not in out


def test_no_bar_under_quiet(many: Path) -> None:
    code, out, err = on_terminal("check", str(many), "--quiet")
    assert (code, out) == (0, "")
    assert "checking" not in err


def test_no_bar_in_a_pipe(many: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "campaigntool", "check", str(many)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**os.environ, **ENV},
        check=False,
    )
    assert completed.returncode == 0
    assert completed.stderr == ""
    assert completed.stdout == f"{MANY} files checked, no problems found.\n"
