"""Limits on what a template may cost: size of values and output, and time.

A user's template is code we run. The sandbox keeps it away from Python's
internals; these limits keep it from exhausting the machine: a string or list
repeated past a size, a power past a number of bits, a width or padding past a
size, output past a size, and rendering past a time. Each limit is reached as
`TemplateLimit`, which the environment reports with the template's file and
line.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from jinja2.sandbox import ImmutableSandboxedEnvironment

from campaigntool.i18n import Text

#: Characters (or items) any one value may have; plans render to well under 1 MB.
MAX_SIZE = 5_000_000
#: Characters of rendered output.
MAX_OUTPUT = 20_000_000
#: Bits of an integer power.
MAX_BITS = 100_000
#: Seconds a template may take to render.
MAX_SECONDS = 10.0

_NUMBER = re.compile(r"\d+")


class TemplateLimit(Exception):
    """A template went past one of the limits."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


def _too_big() -> TemplateLimit:
    return TemplateLimit(
        Text(
            f"模板要生成的字符串或列表过大（上限 {MAX_SIZE:,}）",
            f"the template asks for too large a string or list (limit {MAX_SIZE:,})",
        )
    )


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, with sizes checked before a value is built."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
        elif operator == "**":
            if _ints(left, right) and abs(left) > 1 and right > 0 and right * left.bit_length() > MAX_BITS:
                raise TemplateLimit(Text("模板中的乘方过大", "a power in the template is too large"))
        elif operator == "%" and isinstance(left, str):
            _check_widths(left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        values = (*args, *kwargs.values())
        if isinstance(owner, str | list | tuple) and any(
            isinstance(v, int) and abs(v) > MAX_SIZE for v in values
        ):
            raise _too_big()  # "x".ljust(10**9), "x".zfill(10**9)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        pattern: str = value.__self__

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_widths(pattern, (*args, *kwargs.values()))  # "{:>999999999}".format(x)
            return wrapped(*args, **kwargs)

        return checked


def _check_repeat(sequence: Any, times: Any) -> None:
    if (
        isinstance(sequence, str | list | tuple | bytes)
        and isinstance(times, int)
        and len(sequence) * times > MAX_SIZE
    ):
        raise _too_big()


def _ints(*values: Any) -> bool:
    return all(isinstance(v, int) for v in values)


def _check_widths(pattern: str, arguments: Any) -> None:
    """A format string may not ask for a width or precision past the size limit."""
    values = arguments if isinstance(arguments, tuple) else (arguments,)
    written = _NUMBER.findall(pattern)
    if any(len(n) > 7 or int(n) > MAX_SIZE for n in written) or (
        "*" in pattern and any(isinstance(v, int) and abs(v) > MAX_SIZE for v in values)
    ):
        raise _too_big()


def bounded_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter whose integer arguments (widths, counts) are checked first."""

    def checked(value: Any, *args: Any, **kwargs: Any) -> Any:
        if any(isinstance(v, int) and abs(v) > MAX_SIZE for v in (*args, *kwargs.values())):
            raise _too_big()
        return function(value, *args, **kwargs)

    checked.__name__ = getattr(function, "__name__", "filter")
    checked.__doc__ = function.__doc__
    return checked


def output_too_large() -> TemplateLimit:
    return TemplateLimit(
        Text(
            f"模板输出过大（超过 {MAX_OUTPUT:,} 个字符）",
            f"the template's output is too large (over {MAX_OUTPUT:,} characters)",
        )
    )


@contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    """Stop rendering after `seconds` (on the main thread, where signals arrive)."""
    seconds = MAX_SECONDS if seconds is None else seconds
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(*_: object) -> None:
        raise TemplateLimit(
            Text(
                f"模板运行超过 {seconds:g} 秒，已停止",
                f"the template ran for over {seconds:g} s and was stopped",
            )
        )

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
