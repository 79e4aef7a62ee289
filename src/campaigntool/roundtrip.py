"""Plan data in ruamel.yaml's round-trip types, put in the canonical order in place.

Two things build or rebuild plan data as objects rather than text: the
importer, which assembles a plan in memory and dumps it once, and the
conversion of plans in the old form (a phase written both as a section and
under `phases:`), which moves keys between mappings. Both use this. Plain
formatting of a plan someone wrote is `fmt`, which lays the text out again
without rebuilding it.
"""

from __future__ import annotations

import io
import typing
from typing import Any

from pydantic import BaseModel

from campaigntool.convert import convert
from campaigntool.dates import DateRangeError, DateSyntaxError, PlanDate
from campaigntool.model import Plan
from campaigntool.validation import _models_in


def yaml_writer() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold long Chinese paragraphs
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def convert_text(text: str) -> str | None:
    """The plan converted from the old form to the one-tree form, or None when it is not in the old form."""
    from campaigntool.convert import old_form_phases

    yaml = yaml_writer()
    data = yaml.load(text)
    if not old_form_phases(data):
        return None
    convert(data)
    _canonical(data, [Plan])
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _canonical(node: Any, models: list[type[BaseModel]]) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedSeq):
        for item in node:
            _canonical(item, models)
        return
    if not isinstance(node, CommentedMap) or not models:
        return
    model = _pick(node, models)
    order = list(model.model_fields)
    known = [key for key in order if key in node]
    for key in known:
        annotation = model.model_fields[key].annotation
        if _is_date(annotation):
            node[key] = _date(node[key])
        else:
            _canonical(node[key], list(_models_in(annotation)))
    _reorder(node, known + [key for key in list(node) if key not in order])


def _reorder(node: Any, keys: list[Any]) -> None:
    """Put the keys in order, keeping full-line comments before the key they introduce.

    ruamel attaches the comment lines between two entries to the end of the
    first entry's value; moved naively, a comment would follow the wrong key.
    """
    before = list(node)
    if before == keys:
        return
    leading = {key: _detach_tail(node, key) for key in before}
    for key in keys:
        node.move_to_end(key)
    for index, key in enumerate(before):
        comment = leading[key]
        if not comment:
            continue
        if index + 1 == len(before):
            _attach_tail(node, keys[-1], comment)  # the map's closing comments stay at its end
            continue
        introduced = before[index + 1]
        position = keys.index(introduced)
        _attach_tail(node, keys[position - 1] if position else key, comment)


def _tail_slot(container: Any, key: Any) -> tuple[list[Any], int]:
    """Where the comment after `container[key]`'s value is kept: the slot list and index."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    value = container[key]
    if isinstance(value, CommentedMap | CommentedSeq) and len(value) and not value.fa.flow_style():
        last = list(value)[-1] if isinstance(value, CommentedMap) else len(value) - 1
        return _tail_slot(value, last)
    slots = container.ca.items.setdefault(key, [None, None, None, None])
    return slots, 2 if isinstance(container, CommentedMap) else 0


def _detach_tail(node: Any, key: Any) -> str:
    """Remove and return the full comment lines after the value (its end-of-line comment stays)."""
    slots, index = _tail_slot(node, key)
    token = slots[index]
    if token is None or "\n" not in token.value:
        return ""
    text: str = token.value
    head, _, rest = text.partition("\n")
    token.value = head + "\n"
    return rest


def _attach_tail(node: Any, key: Any, comment: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    slots, index = _tail_slot(node, key)
    token = slots[index]
    if token is None:
        slots[index] = CommentToken("\n" + comment, CommentMark(0), None)
    else:
        token.value += comment


def _pick(node: Any, models: list[type[BaseModel]]) -> type[BaseModel]:
    """The model a mapping is written for: the one that knows most of its keys."""
    return max(models, key=lambda model: sum(key in model.model_fields for key in node))


def _is_date(annotation: Any) -> bool:
    if annotation is PlanDate:
        return True
    return any(_is_date(arg) for arg in typing.get_args(annotation))


def _date(value: Any) -> Any:
    """A date in its canonical spelling; anything unreadable is left for `check` to report."""
    if not isinstance(value, str):
        return value
    try:
        canonical = str(PlanDate.parse(value))
    except (DateSyntaxError, DateRangeError):
        return value
    return value if canonical == value else canonical


def canonical(data: Any) -> None:
    """Plan data built in memory (ruamel's round-trip types) put in the canonical form, in place."""
    convert(data)
    _canonical(data, [Plan])
