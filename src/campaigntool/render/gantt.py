"""A Gantt chart of the campaign: phases and tasks, how far each is, and the as-of line.

Drawn with matplotlib, an optional extra (`campaign[charts]`) imported only
here, so `campaign check` never pays for it. SVG keeps its text as text, so
a browser shows the Chinese labels in its own fonts; a PNG for Word needs a
Chinese font on this machine, and the first one found among common names is
used. Without one the picture is still drawn, and the caller is told.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from campaigntool.plan import LoadedPlan, TaskView

#: Chinese fonts an office machine or a Linux server is likely to have, best first.
CJK_FONTS = (
    "FangSong",
    "仿宋_GB2312",
    "SimHei",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "PingFang SC",
)
#: Rows at most; a plan with more tasks shows its phases and the late tasks.
MAX_ROWS = 60

_COLOURS = {"done": "#2e7d32", "cancelled": "#9e9e9e", "late": "#c62828", "open": "#1565c0"}


class ChartsUnavailable(Exception):
    """matplotlib is not installed: `pip install 'campaigntool[charts]'`."""


@dataclass(frozen=True)
class Chart:
    data: bytes
    #: Whether the Chinese labels have a font to be drawn in (always true for SVG).
    has_chinese_font: bool


def available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def cjk_font() -> str | None:
    """The first Chinese font matplotlib can find, or None."""
    from matplotlib import font_manager

    names = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in names), None)


@dataclass(frozen=True)
class _Row:
    label: str
    start: date
    end: date
    colour: str
    phase: bool


def _colour(task: TaskView, as_of: date) -> str:
    if task.status in ("done", "cancelled"):
        return _COLOURS[task.status]
    return _COLOURS["late"] if task.is_overdue(as_of) else _COLOURS["open"]


def _rows(loaded: LoadedPlan, as_of: date) -> list[_Row]:
    rows: list[_Row] = []
    many = len(loaded.tasks) + len(loaded.phases) > MAX_ROWS
    for phase in loaded.phases:
        rows.append(_Row(phase.name, phase.start.first, phase.end.last, "#90a4ae", True))
        for task in phase.tasks:
            start, due = task.start, task.due
            if start is None or due is None or (many and not task.is_overdue(as_of)):
                continue
            label = task.title if len(task.title) <= 24 else task.title[:23] + "…"
            rows.append(_Row(label, start.first, due.last, _colour(task, as_of), False))
    return rows[:MAX_ROWS]


def draw(loaded: LoadedPlan, as_of: date, kind: Literal["svg", "png"] = "svg") -> Chart:
    """The chart's bytes; raises ChartsUnavailable without matplotlib."""
    import importlib

    try:
        matplotlib: Any = importlib.import_module("matplotlib")
        matplotlib.use("Agg")
        # Typed loosely: matplotlib's stubs, where present, vary between versions.
        mdates: Any = importlib.import_module("matplotlib.dates")
        plt: Any = importlib.import_module("matplotlib.pyplot")
    except ImportError:
        raise ChartsUnavailable from None
    font = cjk_font()
    rows = _rows(loaded, as_of)
    params: dict[str, Any] = {"svg.fonttype": "none", "svg.hashsalt": "campaign", "axes.unicode_minus": False}
    if font is not None:
        params["font.family"] = [font, "DejaVu Sans"]
    with matplotlib.rc_context(params):
        height = max(2.0, 0.32 * len(rows) + 1.2)
        figure, axes = plt.subplots(figsize=(7.2, height), dpi=150)
        try:
            for index, row in enumerate(rows):
                days = (row.end - row.start).days + 1
                axes.barh(
                    index,
                    days,
                    left=mdates.date2num(row.start),
                    height=0.6 if row.phase else 0.45,
                    color=row.colour,
                    alpha=0.55 if row.phase else 0.9,
                )
            axes.set_yticks(range(len(rows)))
            axes.set_yticklabels([row.label for row in rows], fontsize=7)
            for label, row in zip(axes.get_yticklabels(), rows, strict=True):
                label.set_fontweight("bold" if row.phase else "normal")
            axes.invert_yaxis()
            axes.axvline(mdates.date2num(as_of), color="#c62828", linewidth=1, linestyle="--")
            axes.text(
                mdates.date2num(as_of),
                -1.0,
                f"{as_of.month}月{as_of.day}日",
                color="#c62828",
                fontsize=7,
                ha="center",
            )
            axes.xaxis.set_major_locator(mdates.MonthLocator())
            axes.xaxis.set_major_formatter(mdates.DateFormatter("%-m月"))
            axes.tick_params(axis="x", labelsize=7)
            span = loaded.span
            if span is not None:
                axes.set_xlim(
                    mdates.date2num(span[0].first - timedelta(days=3)),
                    mdates.date2num(span[1].last + timedelta(days=3)),
                )
            patch: Any = importlib.import_module("matplotlib.patches").Patch

            legend = [("已完成", "done"), ("进行中", "open"), ("逾期", "late"), ("已取消", "cancelled")]
            axes.legend(
                handles=[patch(color=_COLOURS[key], label=label) for label, key in legend],
                loc="upper center",
                bbox_to_anchor=(0.5, -0.04),
                ncol=4,
                fontsize=7,
                frameon=False,
            )
            axes.grid(axis="x", linewidth=0.3)
            axes.set_axisbelow(True)
            for side in ("top", "right"):
                axes.spines[side].set_visible(False)
            figure.tight_layout()
            buffer = io.BytesIO()
            metadata = {"Date": None} if kind == "svg" else {}
            figure.savefig(buffer, format=kind, metadata=metadata)
        finally:
            plt.close(figure)
    return Chart(buffer.getvalue(), kind == "svg" or font is not None)
