"""Ending the process as soon as a command is done, without tearing Python down.

After a command, Python would still take every module apart and free every
object one at a time before the process ends. This tool loads typer,
pydantic and the plan model at each start, and that teardown took longer
than checking a plan (about 60 ms of a 0.25 s run). The operating system
frees a finished process's memory at once, so the console entry point ends
with `os._exit`, after doing what the teardown does that anyone could
notice: running the `atexit` handlers (logging, temporary folders and the
like) and flushing standard output and standard error. While another thread
is still running, the process exits the usual way, which waits for it.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from typing import NoReturn


def leave(code: int) -> NoReturn:
    """End the process with exit code `code`."""
    if _others_running():
        sys.exit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        # A reader that went away (`| head`) or a closed stream loses nothing of ours.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def exit_code(done: SystemExit) -> int:
    """The exit code `sys.exit` would give: None is 0, a message is printed and gives 1."""
    if done.code is None:
        return 0
    if isinstance(done.code, int):
        return done.code
    print(done.code, file=sys.stderr)
    return 1


def _others_running() -> bool:
    threading = sys.modules.get("threading")
    if threading is None:
        return False
    main = threading.main_thread()
    return any(t is not main and t.is_alive() and not t.daemon for t in threading.enumerate())
