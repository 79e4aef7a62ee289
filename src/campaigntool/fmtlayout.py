"""The canonical layout of plan text, rewritten from the source itself.

The C composer gives every node its position; the text is then rebuilt from
source slices: scalars, aliases and flow collections are copied as written
(quotes, escapes, comments inside brackets), block mappings and sequences are
re-indented (two spaces, list dashes two spaces under their key) and mapping
keys are put in the model's order. Comments are the text between nodes: a
comment on the line where a node ends stays at the end of that line, comment
lines stay in front of the key or list item they introduce. Dates get their
canonical spelling in the quotes they had.

Nothing here decides whether the result is safe to write: `fmt` loads the
result again and compares it with the original before writing anything.
"""

from __future__ import annotations

import bisect
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from campaigntool.dates import DateRangeError, DateSyntaxError, PlanDate

#: Every line break libyaml knows (YAML 1.1 counts NEL, LS and PS too).
BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_BREAK_CHARS = "\r\n\x85\u2028\u2029"
#: What may stand between two nodes besides whitespace and comments.
_INDICATORS = set("-?:,")
_PROPERTIES = re.compile(r"(?:[&!][^\s,\[\]{}]*[ \t]*)+")
_ALIAS = re.compile(r"\*[^\s,\[\]{}]+")

ModelsOf = Callable[[str, list[type[BaseModel]]], list[type[BaseModel]]]


class LayoutError(Exception):
    """The text has a shape this formatter does not rewrite (it is left as it was)."""


@dataclass
class _Leaf:
    """A piece of source copied as written: a scalar, an alias, a flow collection or node properties."""

    start: int
    end: int
    node: Node | None = None
    leading: list[str] = field(default_factory=list)  # comment lines before it; "" for a blank line
    trailing: str = ""  # the comment after it on its line, with the spaces before it
    text: str = ""


@dataclass
class _Block:
    """A block mapping or sequence in one place of the document."""

    node: Node
    props: _Leaf | None
    leading: list[str] = field(default_factory=list)


Slot = _Leaf | _Block


class _Collector:
    """Walks the nodes in document order and records every leaf and the gaps between them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.leaves: list[_Leaf] = []
        self.slots: dict[tuple[int, int, int], Slot] = {}
        self.seen: set[int] = set()
        self.cursor = 0
        self.starts = [0, *(m.end() for m in BREAK.finditer(text))]

    def column(self, position: int) -> int:
        return position - self.starts[bisect.bisect_right(self.starts, position) - 1]

    def node(self, node: Node) -> Slot:
        if id(node) in self.seen:
            return self._leaf(self._alias_span(), None)
        self.seen.add(id(node))
        if isinstance(node, ScalarNode):
            return self._leaf((node.start_mark.index, node.end_mark.index), node)
        if getattr(node, "flow_style", False) or not isinstance(node, MappingNode | SequenceNode):
            self._mark_seen(node)
            return self._leaf((node.start_mark.index, node.end_mark.index), node)
        props = None
        end = _properties_end(self.text, node.start_mark.index)
        if end is not None:
            props = self._leaf((node.start_mark.index, end), None)
        block = _Block(node, props)
        if isinstance(node, MappingNode):
            for index, (key, value) in enumerate(node.value):
                self.slots[(id(node), index, 0)] = self.node(key)
                self.slots[(id(node), index, 1)] = self.node(value)
        else:
            for index, item in enumerate(node.value):
                first = len(self.leaves)
                slot = self.node(item)
                self.slots[(id(node), index, 0)] = slot
                if len(self.leaves) > first:
                    # Comment lines before a list item introduce the item, not its first key.
                    owner = self.leaves[first]
                    if isinstance(slot, _Block):
                        slot.leading, owner.leading = owner.leading, []
                    else:
                        slot.leading = owner.leading
        return block

    def _mark_seen(self, node: Node) -> None:
        stack = [node]
        while stack:
            current = stack.pop()
            self.seen.add(id(current))
            if isinstance(current, MappingNode):
                stack.extend(n for pair in current.value for n in pair if id(n) not in self.seen)
            elif isinstance(current, SequenceNode):
                stack.extend(n for n in current.value if id(n) not in self.seen)

    def _alias_span(self) -> tuple[int, int]:
        position = _skip_gap(self.text, self.cursor)
        match = _ALIAS.match(self.text, position)
        if match is None:
            raise LayoutError("alias not found")
        return match.start(), match.end()

    def _leaf(self, span: tuple[int, int], node: Node | None) -> _Leaf:
        start, end = span
        if start < self.cursor:
            raise LayoutError("nodes out of order")
        leaf = _Leaf(start, end, node)
        if self.leaves:  # the text before the first node is the document's header
            leaf.leading = self._gap(self.cursor, start, self.leaves[-1])
        leaf.text = _leaf_text(self.text, leaf)
        self.leaves.append(leaf)
        self.cursor = end
        return leaf

    def _gap(self, start: int, end: int, before: _Leaf, *, final: bool = False) -> list[str]:
        """Give the comment on `before`'s line to it; return the comment lines that follow."""
        gap = self.text[start:end]
        if not gap.strip(" \n-:?,"):  # the usual gap: no comment, no blank line, no odd break
            breaks = gap.count("\n")
            if breaks == 0 or (breaks == 1 and not final and not _ends_with_break(self.text, before)):
                return []
        lines = BREAK.split(gap)
        head, middle = lines[0], lines[1:] if final else lines[1:-1]
        if _ends_with_break(self.text, before):
            middle = [head, *middle]
        else:
            before.trailing = _comment(head, trailing=True)
        if not final and len(lines) > 1 and ("#" in lines[-1] or _foreign(lines[-1])):
            raise LayoutError("unexpected text between nodes")
        if final:  # a document end marker `...` carries nothing
            middle = [line for line in middle if line.split("#", 1)[0].strip() != "..."]
        return [_comment(line, trailing=False) for line in middle if not _indicators_only(line)]

    def tail(self) -> list[str]:
        """Comment lines after the last node."""
        return self._gap(self.cursor, len(self.text), self.leaves[-1], final=True)


def _properties_end(text: str, start: int) -> int | None:
    """Where the anchor and tag of a block collection end, if it has any.

    They stand alone on their line; an anchor followed by more text on the
    line belongs to the first key instead.
    """
    match = _PROPERTIES.match(text, start)
    if match is None or text[start] not in "&!":
        return None
    rest = BREAK.split(text[match.end() : match.end() + 4096], maxsplit=1)[0].strip()
    if rest and not rest.startswith("#"):
        return None
    return start + len(match[0].rstrip())


def _ends_with_break(text: str, leaf: _Leaf) -> bool:
    return leaf.end > leaf.start and text[leaf.end - 1] in _BREAK_CHARS


def _indicators_only(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and "#" not in stripped and set(stripped.replace(" ", "")) <= _INDICATORS


def _foreign(segment: str) -> bool:
    """True when a gap holds anything but whitespace, indicators and comments."""
    before = segment.split("#", 1)[0]
    return any(not ch.isspace() and ch not in _INDICATORS for ch in before)


def _comment(segment: str, *, trailing: bool) -> str:
    if "#" not in segment:
        if _foreign(segment):
            raise LayoutError("unexpected text between nodes")
        return ""
    before, _, after = segment.partition("#")
    if _foreign(before):
        if before.strip() in ("---", "...") or before.startswith("%"):
            raise LayoutError("document markers")
        raise LayoutError("unexpected text between nodes")
    comment = "#" + after.rstrip()
    if trailing:
        spaces = before[len(before.rstrip()) :] or " "
        return spaces + comment
    return comment


def _skip_gap(text: str, position: int, *, dashes: bool = True) -> int:
    while position < len(text):
        ch = text[position]
        if ch == "#":
            match = BREAK.search(text, position)
            position = match.start() if match else len(text)
        elif ch.isspace() or (dashes and ch in _INDICATORS):
            position += 1
        else:
            break
    return position


def _leaf_text(text: str, leaf: _Leaf) -> str:
    piece = text[leaf.start : leaf.end]
    if _ends_with_break(text, leaf):
        piece = BREAK.sub("\n", piece)
        piece = piece[:-1]
    return piece


# ------------------------------------------------------------------ emitting


class _Emitter:
    def __init__(self, text: str, collector: _Collector, models_of: ModelsOf, date_keys: DateKeys) -> None:
        self.text = text
        self.column = collector.column
        self.slots = collector.slots
        self.models_of = models_of
        self.date_keys = date_keys

    def mapping(self, node: MappingNode, indent: int, models: list[type[BaseModel]]) -> list[str]:
        pairs = list(range(len(node.value)))
        model = _pick(node, models)
        if model is not None:
            pairs = _ordered(node, list(model.model_fields))
        keys = [self.slots[(id(node), i, 0)] for i in range(len(node.value))]
        delta = indent - (self.column(keys[0].start) if isinstance(keys[0], _Leaf) else 0)
        pad = " " * indent
        lines: list[str] = []
        for index in pairs:
            key = self.slots[(id(node), index, 0)]
            value = self.slots[(id(node), index, 1)]
            if not isinstance(key, _Leaf) or "\n" in BREAK.sub("\n", key.text):
                raise LayoutError("complex key")
            lines.extend(pad + c if c else "" for c in key.leading)
            name = key.node.value if isinstance(key.node, ScalarNode) else None
            head = f"{pad}{key.text}:"
            nested = self.models_of(name, [model]) if model is not None and name is not None else []
            if isinstance(value, _Leaf):
                body = self._leaf_lines(value, delta, name in self.date_keys(model))
                if key.trailing or value.leading:
                    lines.append(head + key.trailing)
                    lines.extend(pad + "  " + c if c else "" for c in value.leading)
                    lines.append(pad + "  " + body[0])
                    lines.extend(body[1:])
                else:
                    lines.append(f"{head} {body[0]}" if body[0] else head)
                    lines.extend(body[1:])
                lines[-1] += value.trailing
                continue
            lines.extend(self._block_value(head, key.trailing, value, indent + 2, nested))
        return lines

    def _block_value(
        self, head: str, trailing: str, block: _Block, indent: int, models: list[type[BaseModel]]
    ) -> list[str]:
        if block.props is not None:
            if trailing and block.props.trailing:
                raise LayoutError("two comments")
            head += " " + block.props.text
            trailing = trailing or block.props.trailing
        return [head + trailing, *self.block(block.node, indent, models)]

    def block(self, node: Node, indent: int, models: list[type[BaseModel]]) -> list[str]:
        if isinstance(node, MappingNode):
            return self.mapping(node, indent, models)
        assert isinstance(node, SequenceNode)
        return self.sequence(node, indent, models)

    def sequence(self, node: SequenceNode, indent: int, models: list[type[BaseModel]]) -> list[str]:
        pad = " " * indent
        delta = indent - self._dash_column(node)
        lines: list[str] = []
        for index in range(len(node.value)):
            item = self.slots[(id(node), index, 0)]
            lines.extend(pad + c if c else "" for c in item.leading)
            if isinstance(item, _Leaf):
                body = self._leaf_lines(item, delta, False)
                lines.append(f"{pad}- {body[0]}" if body[0] else f"{pad}-")
                lines.extend(body[1:])
                lines[-1] += item.trailing
                continue
            if item.props is not None:
                lines.extend(self._block_value(f"{pad}-", "", item, indent + 2, models))
                continue
            inner = self.block(item.node, indent + 2, models)
            first = next(i for i, line in enumerate(inner) if line and not line.lstrip().startswith("#"))
            lines.extend(line[2:] if line else "" for line in inner[:first])
            lines.append(f"{pad}- {inner[first][indent + 2 :]}")
            lines.extend(inner[first + 1 :])
        return lines

    def _dash_column(self, node: SequenceNode) -> int:
        position = node.start_mark.index
        end = _properties_end(self.text, position)
        if end is not None:
            position = _skip_gap(self.text, end, dashes=False)
        if self.text[position : position + 1] != "-":
            raise LayoutError("sequence without a dash")
        return self.column(position)

    def _leaf_lines(self, leaf: _Leaf, delta: int, is_date: bool) -> list[str]:
        text = leaf.text
        if is_date and isinstance(leaf.node, ScalarNode) and text.strip() and text[0] not in "&!|>":
            text = _canonical_date(leaf.node, text)
        parts = BREAK.split(text)
        if len(parts) == 1:
            return parts
        breaks = BREAK.findall(text)
        lines = [parts[0]]
        for separator, part in zip(breaks, parts[1:], strict=True):
            shifted = _shift(part, delta)
            if separator in ("\r\n", "\r", "\n"):
                lines.append(shifted)
            else:  # a YAML 1.1 break inside a scalar: keep the character itself
                lines[-1] += separator + shifted
        return lines


def _shift(line: str, delta: int) -> str:
    if not line:
        return line
    if delta >= 0:
        return " " * delta + line
    spaces = len(line) - len(line.lstrip(" "))
    return line[min(spaces, -delta) :] if line.strip() else line[-delta:] if spaces > -delta else ""


def _canonical_date(node: ScalarNode, written: str) -> str:
    try:
        canonical = str(PlanDate.parse(node.value))
    except (DateSyntaxError, DateRangeError, ValueError, OverflowError):
        return written
    if canonical == node.value:
        return written
    quote = node.style if node.style in ("'", '"') else ""
    if quote and not (written.startswith(quote) and written.endswith(quote)):
        return written
    return f"{quote}{canonical}{quote}"


def _pick(node: MappingNode, models: list[type[BaseModel]]) -> type[BaseModel] | None:
    """The model a mapping is written for: the one that knows most of its keys."""
    if not models:
        return None
    names = [k.value for k, _ in node.value if isinstance(k, ScalarNode)]
    return max(models, key=lambda model: sum(name in model.model_fields for name in names))


def _ordered(node: MappingNode, order: list[str]) -> list[int]:
    """Known keys in the model's order; an unknown key keeps its place among them."""
    rank = {name: i for i, name in enumerate(order)}
    names = [k.value if isinstance(k, ScalarNode) else None for k, _ in node.value]
    known = [i for i, name in enumerate(names) if name in rank]
    ordered = sorted(known, key=lambda i: rank[str(names[i])])
    result = list(range(len(names)))
    for slot, index in zip(known, ordered, strict=True):
        result[slot] = index
    return result


DateKeys = Callable[[type[BaseModel] | None], frozenset[str]]


def layout(
    text: str, root: Node, models: list[type[BaseModel]], models_of: ModelsOf, date_keys: DateKeys
) -> str:
    """The canonical text of a document whose root is a block mapping."""
    if not isinstance(root, MappingNode) or root.flow_style or not root.value:
        raise LayoutError("not a block mapping")
    collector = _Collector(text)
    block = collector.node(root)
    assert isinstance(block, _Block)
    tail = collector.tail()
    first = collector.leaves[0]
    header = [line.rstrip() for line in BREAK.split(text[: first.start])[:-1]]
    if block.props is not None:
        raise LayoutError("properties on the document")
    first.leading = []
    body = _Emitter(text, collector, models_of, date_keys).mapping(root, 0, models)
    while tail and not tail[-1]:
        tail.pop()
    return "\n".join([*header, *body, *tail]) + "\n"


def date_fields(model: type[BaseModel] | None) -> frozenset[str]:
    """The keys of a model whose values are plan dates."""
    if model is None:
        return frozenset()
    return frozenset(name for name, info in model.model_fields.items() if _is_date(info.annotation))


def _is_date(annotation: Any) -> bool:
    if annotation is PlanDate:
        return True
    return any(_is_date(arg) for arg in typing.get_args(annotation))


def nodes(root: Node) -> Iterator[Node]:
    """Every node once, in document order (aliases are not visited again)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        if isinstance(node, MappingNode):
            stack.extend(n for pair in reversed(node.value) for n in reversed(pair))
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
