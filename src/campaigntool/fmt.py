"""`campaign fmt`: one canonical form for plan files, and never a damaged file.

The layout itself is `fmtlayout`: keys in the model's order (a key the model
does not know keeps its place), two-space indentation with list dashes under
their key, canonical dates, LF line endings, every comment kept. This module
decides what may be written: only plan files are formatted (JSON and other
YAML are left alone with a notice), and the new text is loaded again and
compared with the original (the same data, the same plan, the same comments,
and formatting it again changes nothing) before a single byte is written.
One file's failure is that file's diagnostic; the others go on.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from campaigntool.dates import DateRangeError, DateSyntaxError, PlanDate
from campaigntool.fmtlayout import BREAK, LayoutError, date_fields, layout, nodes
from campaigntool.i18n import Lang, Text
from campaigntool.yamlsource import YamlProblem

if TYPE_CHECKING:
    from campaigntool.plan import LoadedPlan as Loaded

Outcome = Literal["unchanged", "changed", "skipped", "failed"]


class FormatRefused(Exception):
    """Formatting would change the plan or lose a comment; the file is left as it was."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


@dataclass
class FormatResult:
    """What `fmt` did with one file."""

    path: str
    outcome: Outcome
    problems: list[YamlProblem] = field(default_factory=list)
    notice: Text | None = None
    formatted: str | None = None

    def lines(self, lang: Lang) -> list[str]:
        """What to tell the user about this file: `path:line:col: CODE message`, or `path: notice`."""
        said = [f"{self.path}:{p.span.line}:{p.span.col}: {p.code} {p.message(lang)}" for p in self.problems]
        if self.notice is not None:
            said.append(f"{self.path}: {self.notice(lang)}")
        return said

    def announcement(self, check: bool) -> Text:
        if check:
            return Text(f"需要整理：{self.path}", f"would reformat: {self.path}")
        return Text(f"已整理：{self.path}", f"reformatted: {self.path}")


def summary(results: list[FormatResult], check: bool) -> Text:
    """The last line of a run: how many files changed, stayed, were skipped or failed."""
    count = Counter(r.outcome for r in results)
    verb = Text("需要整理", "would be reformatted") if check else Text("已整理", "reformatted")
    zh = f"{count['changed']} 个文件{verb.zh}，{count['unchanged']} 个文件无需改动"
    en = f"{count['changed']} files {verb.en}, {count['unchanged']} left unchanged"
    if count["skipped"]:
        zh += f"，{count['skipped']} 个不是方案的文件未整理"
        en += f", {count['skipped']} not plans and skipped"
    if count["failed"]:
        zh += f"，{count['failed']} 个文件无法读取或整理"
        en += f", {count['failed']} could not be read or formatted"
    return Text(zh + "。", en + ".")


def format_file(path: Path, shown: str, *, write: bool) -> FormatResult:
    """Format one file (or only tell whether it would change); never raises."""
    from campaigntool.load import read_plan_bytes

    if path.suffix.lower() == ".json":
        return FormatResult(shown, "skipped", notice=_NOT_A_PLAN_JSON)
    raw = read_plan_bytes(path)
    if isinstance(raw, YamlProblem):
        return FormatResult(shown, "failed", [raw])
    try:
        result = format_bytes(raw, shown)
        if result.outcome == "changed" and write:
            _write(path, result)
    except FormatRefused as refused:
        return FormatResult(shown, "failed", notice=refusal(refused.reason))
    except Exception as error:  # one file's surprise must not stop the run
        return FormatResult(shown, "failed", notice=refusal(_internal(error)))
    return result


def format_bytes(raw: bytes, shown: str) -> FormatResult:
    """Format the bytes of a plan in memory (raises FormatRefused when it cannot be done safely)."""
    from campaigntool.load import decode, load_text

    text = decode(raw)
    if isinstance(text, YamlProblem):
        return FormatResult(shown, "failed", [text])
    if _is_json(text):
        return FormatResult(shown, "skipped", notice=_NOT_A_PLAN_JSON)
    loaded = load_text(text, shown)
    reading = [p for p in loaded.problems if p.code.startswith("Y")]
    if reading:
        return FormatResult(shown, "failed", reading)
    if not _is_plan(loaded.root):
        return FormatResult(shown, "skipped", notice=_NOT_A_PLAN_YAML)
    converted = _converted(text, loaded, shown)
    if converted is not None:
        text, loaded = converted
    formatted = format_text(text, loaded.root)
    if formatted.encode("utf-8") == raw:
        return FormatResult(shown, "unchanged")
    _verify(text, loaded, formatted)
    return FormatResult(shown, "changed", formatted=formatted)


def _converted(text: str, loaded: Loaded, shown: str) -> tuple[str, Loaded] | None:
    """A plan in the old form moved to the one-tree form, with its schedule unchanged; else None.

    The conversion rebuilds the data (it moves keys between mappings), so it is
    checked on its own terms: the same phases with the same dates, the same
    tasks with the same facts, and every comment still there.
    """
    from campaigntool.load import load_text
    from campaigntool.roundtrip import convert_text

    if loaded.model is None or not _headed_phases(loaded.model):
        # Only a phase under `phases:` that is also a heading is in the old form;
        # the round trip below is ruamel's pure-Python one, too slow to try on every plan.
        return None
    try:
        new_text = convert_text(text)
    except Exception:  # ruamel's round trip reads a few texts the loader accepts differently
        raise FormatRefused(_UNSUPPORTED) from None
    if new_text is None:
        return None
    again = load_text(new_text, shown)
    if not again.ok or _schedule(again) != _schedule(loaded):
        raise FormatRefused(_WOULD_CHANGE)
    if comments(text, loaded.root) != comments(new_text, again.root):
        raise FormatRefused(_WOULD_LOSE)
    return new_text, again


def _headed_phases(plan: Any) -> bool:
    """Whether a phase under `phases:` has the name of a heading anywhere in the body."""
    from campaigntool.convert import heading_name

    names = {phase.name for phase in plan.phases}
    stack = list(plan.body) if names else []
    while stack:
        section = stack.pop()
        heading = getattr(section, "heading", None)
        if isinstance(heading, str) and heading_name(heading) in names:
            return True
        stack.extend(getattr(section, "sections", None) or ())
    return False


def _schedule(loaded: Loaded) -> list[tuple[object, ...]]:
    """What the conversion must keep: each phase's name and dates, each task's facts."""
    return [
        (phase.name, str(phase.start), str(phase.end), [(t.title, t.facts) for t in phase.tasks])
        for phase in loaded.phases
    ]


def _write(path: Path, result: FormatResult) -> None:
    from campaigntool.files import write_atomic

    assert result.formatted is not None
    try:
        write_atomic(path, result.formatted.encode("utf-8"))
    except OSError as error:
        reason = error.strerror or str(error)
        raise FormatRefused(Text(f"无法写入（{reason}）", f"cannot write it ({reason})")) from None


def format_text(text: str, root: Any = None) -> str:
    """The canonical form of plan text (which must load without reading errors)."""
    from campaigntool.load import collector_paused
    from campaigntool.model import Plan

    with collector_paused():
        try:
            return layout(text, root or _compose(text), [Plan], _nested, _date_keys)
        except LayoutError:
            raise FormatRefused(_UNSUPPORTED) from None


def _compose(text: str) -> Any:
    from campaigntool.load import collector_paused
    from campaigntool.yamlsource import compose

    with collector_paused():
        return compose(text)


@lru_cache(maxsize=256)
def _nested_models(name: str, models: tuple[type[BaseModel], ...]) -> list[type[BaseModel]]:
    from campaigntool.validation import _models_in

    found: list[type[BaseModel]] = []
    for model in models:
        info = model.model_fields.get(name)
        if info is not None:
            found.extend(_models_in(info.annotation))
    return found


def _nested(name: str, models: list[type[BaseModel]]) -> list[type[BaseModel]]:
    return _nested_models(name, tuple(models))


_date_keys = lru_cache(maxsize=256)(date_fields)


def _is_json(text: str) -> bool:
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _is_plan(root: Any) -> bool:
    """A mapping most of whose keys are plan keys (a misspelt one or two are fine)."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode

    from campaigntool.model import Plan

    if not isinstance(root, MappingNode) or root.flow_style:
        return False
    names = [k.value for k, _ in root.value if isinstance(k, ScalarNode)]
    known = sum(name in Plan.model_fields for name in names)
    return known > 0 and known * 2 >= len(names)


# --------------------------------------------------------------- verifying


def _verify(before: str, original: Loaded, after: str) -> None:
    """Refuse unless `after` holds exactly the data, plan and comments of `before`."""
    from campaigntool.load import load_text

    again = load_text(after, "formatted")
    if again.root is None or any(p.code.startswith("Y") for p in again.problems):
        raise FormatRefused(_WOULD_BREAK)
    if _data(before, original.root) != _data(after, again.root):
        raise FormatRefused(_WOULD_CHANGE)
    if original.model is not None and original.model != again.model:
        raise FormatRefused(_WOULD_CHANGE)
    if comments(before, original.root) != comments(after, again.root):
        raise FormatRefused(_WOULD_LOSE)
    if format_text(after, again.root) != after:
        raise FormatRefused(_NOT_STABLE)


def _data(text: str, root: Any) -> Any:
    """The plain data of a document, dates compared by what they mean."""
    from campaigntool.load import collector_paused
    from campaigntool.yamlsource import to_data

    with collector_paused():
        return _normalized(to_data(root, text))


def _normalized(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _normalized(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalized(item) for item in value]
    if isinstance(value, float) and value != value:
        return "nan"  # .nan is written the same before and after, yet never equal to itself
    if isinstance(value, str) and value[:1].isdigit():
        try:
            return str(PlanDate.parse(value))
        except (DateSyntaxError, DateRangeError, ValueError, OverflowError):
            return value
    return value


def comments(text: str, root: Any = None) -> Counter[str]:
    """Every comment's text: what stands after `#` between the scalars of the document.

    Found independently of the layout: the text outside every scalar and alias
    (inside flow collections too), where `#` can only begin a comment.
    """
    from ruamel.yaml.nodes import ScalarNode

    root = root or _compose(text)
    found: Counter[str] = Counter()
    if root is None:
        return found
    spans = sorted(
        (n.start_mark.index, n.end_mark.index, n) for n in nodes(root) if isinstance(n, ScalarNode)
    )
    position = 0
    for start, end, node in spans:
        if start >= position:
            _comments_in(text[position:start], found)
        if node.style in ("|", ">"):
            header = BREAK.split(text[start:end], maxsplit=1)[0]
            _comments_in(header[1:], found)
        position = max(position, end)
    _comments_in(text[position:], found)
    return found


def _comments_in(gap: str, found: Counter[str]) -> None:
    for line in BREAK.split(gap):
        if "#" not in line:
            continue
        for token in _GAP_TOKEN.findall(line):  # anchors, tags and aliases may hold a `#`
            if token.startswith("#"):
                found[token[1:].strip()] += 1
                break


_GAP_TOKEN = re.compile(r"[*&!][^\s,\[\]{}]*|#.*")


# ---------------------------------------------------------------- messages


def refusal(reason: Text) -> Text:
    return Text(
        f"无法安全整理：{reason.zh}；文件未改动，请报告给维护者",
        f"cannot be formatted safely: {reason.en}; left as it was (please report it)",
    )


def _internal(error: Exception) -> Text:
    return Text(f"意外错误 {type(error).__name__}", f"unexpected {type(error).__name__}: {error}")


_UNSUPPORTED = Text(
    "文件中有本工具不改写的写法（如文档标记或复杂的键）", "the file uses a form fmt does not rewrite"
)
_WOULD_BREAK = Text("整理后的文本无法读取", "the formatted text would not load")
_WOULD_CHANGE = Text("整理会改变方案的内容", "formatting would change the plan's content")
_WOULD_LOSE = Text("整理会丢失或改动注释", "formatting would lose or alter a comment")
_NOT_STABLE = Text("再次整理结果不同", "formatting it again would change it again")
_NOT_A_PLAN_JSON = Text("是 JSON 文件，不是方案，未整理", "is a JSON file, not a plan; left alone")
_NOT_A_PLAN_YAML = Text(
    "不是方案文件（顶层没有方案的键），未整理", "is not a plan (no plan keys at the top); left alone"
)
