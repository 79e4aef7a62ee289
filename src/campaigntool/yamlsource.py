"""YAML text → plain data, keeping every node's position for diagnostics.

The C composer of ruamel.yaml (when installed) builds the node tree; we turn
nodes into plain Python values ourselves so that we decide what is allowed:
only the core tags, no duplicate keys, aliases bounded before anything is
expanded, nesting bounded. Dates stay text: the model parses `2014-02-15` and
`2014-02 中旬` alike, so both end up as the same type.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from campaigntool.diagnostics import Span
from campaigntool.i18n import Text

Loc = tuple[str | int, ...]

#: Aliases may add at most this many nodes beyond the ones written out.
MAX_ALIAS_EXPANSION = 100_000
#: Plans are shallow; anything deeper is a mistake or an attack.
MAX_DEPTH = 64

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}


@dataclass(frozen=True)
class YamlProblem:
    """A problem found while reading YAML, before any model is involved."""

    code: str
    span: Span
    message: Text
    fix: Text | None = None


class YamlFailure(Exception):
    """Reading stopped: the problems say why."""

    def __init__(self, problems: list[YamlProblem]) -> None:
        super().__init__(problems)
        self.problems = problems


_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?[0-9][0-9_]*|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_NOT_TEXT_START = frozenset("0123456789+-.~tTfFnN")


def _shared_tags() -> dict[str, Any]:
    """One ruamel Tag object per core tag, shared by all nodes.

    Nodes wrap a plain string tag in a new Tag object each; sharing them saves
    about 200 bytes per node on large plans.
    """
    from ruamel.yaml.tag import Tag

    return {
        name: Tag(suffix=f"{_CORE}{name}")
        for name in ("str", "int", "float", "bool", "null", "merge", "seq", "map")
    }


_TAGS = _shared_tags()


def tag_of(node: Node) -> str:
    """A node's full tag, read without ruamel's per-access URI decoding."""
    ctag = node.ctag
    if ctag is None:
        return ""
    if ctag.handle is None:
        return str(ctag.suffix)
    return str(ctag)


def _plain_tag(value: str) -> Any:
    """The YAML 1.2 core-schema tag of a plain scalar; dates stay text."""
    if value and value[0] not in _NOT_TEXT_START:
        return _TAGS["merge"] if value == "<<" else _TAGS["str"]  # mostly Chinese text
    if _NULL.match(value):
        return _TAGS["null"]
    if _BOOL.match(value):
        return _TAGS["bool"]
    if _INT.match(value):
        return _TAGS["int"]
    if _FLOAT.match(value):
        return _TAGS["float"]
    return _TAGS["str"]


class _CoreResolver:
    """The resolver the C composer calls for every node.

    ruamel's own resolver is pure Python and walks a table of regular
    expressions per scalar; plans are mostly Chinese text, which the first
    character already tells apart.
    """

    def descend_resolver(self, parent: Any, index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> Any:
        if kind is ScalarNode:
            return _plain_tag(value) if implicit[0] else _TAGS["str"]
        return _TAGS["seq"] if kind is SequenceNode else _TAGS["map"]


def compose(text: str) -> Node | None:
    """Parse one YAML document into nodes; None for an empty document."""
    try:
        from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - only without the C extension
        from ruamel.yaml import YAML

        return YAML(typ="safe", pure=True).compose(text)  # type: ignore[no-any-return]

    class Composer(CParser, _CoreResolver):  # type: ignore[misc]
        pass

    composer = Composer(text)
    try:
        return composer.get_single_node()  # type: ignore[no-any-return]
    finally:
        composer.dispose()


def syntax_problem(error: YAMLError) -> YamlProblem:
    """A ruamel syntax error as a problem at its mark, explained where we can."""
    line, col = 1, 1
    detail = str(error)
    if isinstance(error, MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        if "end of stream" in str(error.problem) and error.context_mark is not None:
            mark = error.context_mark  # where the unfinished thing began
        if mark is not None:
            line, col = mark.line + 1, mark.column + 1
        detail = " ".join(str(x) for x in (error.context, error.problem) if x)
    for needle, (zh, en) in _EXPLAINED.items():
        if needle in detail:
            return YamlProblem(
                "Y002",
                Span.point(line, col),
                Text(f"YAML 语法错误：{zh}", f"YAML syntax error: {detail}"),
                Text(en[0], en[1]),
            )
    return YamlProblem(
        "Y002",
        Span.point(line, col),
        Text("YAML 语法错误：这里无法按 YAML 读取", f"YAML syntax error: {detail}"),
        Text(
            "检查这一行及上一行的缩进、冒号后的空格、引号和括号是否成对",
            "check the indentation, the space after colons, and paired quotes and brackets "
            "on this line and the one before",
        ),
    )


#: The libyaml messages secretaries meet most, explained in Chinese with a fix.
_EXPLAINED: dict[str, tuple[str, tuple[str, str]]] = {
    "tab character": (
        "缩进中有制表符（Tab）",
        ("YAML 只能用空格缩进：把 Tab 换成空格", "YAML indents with spaces only: replace the tab"),
    ),
    "mapping values are not allowed": (
        "这一行多了一个“: ”，或缩进不对",
        (
            "文字中的英文冒号改为中文冒号“：”，或给整段文字加引号；并检查缩进",
            "use a full-width colon in text or quote the text; check the indentation",
        ),
    ),
    "could not find expected ':'": (
        "缺少“: ”",
        ("键和值之间写英文冒号加一个空格，如 title: ……", "separate key and value by ': ', as in 'title: …'"),
    ),
    "did not find expected '-' indicator": (
        "列表项的缩进不一致",
        ("同一列表的各项“- ”应上下对齐", "align the '- ' of items of the same list"),
    ),
    "did not find expected key": (
        "缩进不一致",
        ("同一层的键应上下对齐", "align keys of the same level"),
    ),
    "quoted scalar": (
        "引号没有成对",
        ("在这段文字的末尾补上与开头相同的引号", "close the text with the same quote it opens with"),
    ),
    "expected ',' or ']'": (
        "方括号 [ ] 没有成对，或项之间缺少逗号",
        ("补上“]”，各项用英文逗号分隔", "close the bracket and separate items with commas"),
    ),
    "expected ',' or '}'": (
        "花括号 { } 没有成对，或项之间缺少逗号",
        ("补上“}”，各项用英文逗号分隔", "close the brace and separate items with commas"),
    ),
    "undefined alias": (
        "引用了未定义的锚点 *",
        ("文字以 * 开头时要加引号", "quote text that starts with *"),
    ),
    "single document": (
        "文件里有多个文档（---）",
        ("一个文件只写一个方案：删除多余的 ---", "keep one plan per file: remove the extra ---"),
    ),
}


def node_span(node: Node) -> Span:
    """Where a node stands; collections are marked at their first character."""
    start, end = node.start_mark, node.end_mark
    if isinstance(node, ScalarNode) and end is not None:
        if end.line == start.line:
            end_col = max(end.column, start.column + 1)
            return Span(start.line + 1, start.column + 1, end.line + 1, end_col + 1)
        return Span(start.line + 1, start.column + 1, start.line + 1, start.column + 2)
    return Span.point(start.line + 1, start.column + 1)


def to_data(root: Node, text: str) -> Any:
    """Turn the node tree into dicts, lists and scalars, or raise YamlFailure."""
    if "*" in text:  # without an alias indicator nothing can expand or loop
        _check_aliases(root)
    problems: list[YamlProblem] = []
    data = _convert(root, problems, 0)
    if problems:
        raise YamlFailure(problems)
    return data


def _check_aliases(root: Node) -> None:
    """Refuse alias bombs and cycles by counting, before expanding anything."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    distinct = 0

    def size(node: Node, depth: int) -> int:
        nonlocal distinct
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in on_path:
            raise YamlFailure([_problem("Y005", node, _CYCLE)])
        if depth > MAX_DEPTH:
            raise YamlFailure([_problem("Y006", node, _TOO_DEEP)])
        distinct += 1
        total = 1
        if not isinstance(node, ScalarNode):
            on_path.add(key)
            for child in _children(node):
                total += size(child, depth + 1)
            on_path.discard(key)
        sizes[key] = total
        return total

    total = size(root, 0)
    if total - distinct > MAX_ALIAS_EXPANSION:
        raise YamlFailure([_problem("Y005", root, _ALIAS_BOMB)])


def _children(node: Node) -> Iterator[Node]:
    if isinstance(node, MappingNode):
        for key, value in node.value:
            yield key
            yield value
    elif isinstance(node, SequenceNode):
        yield from node.value


def _convert(node: Node, problems: list[YamlProblem], depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise YamlFailure([_problem("Y006", node, _TOO_DEEP)])
    tag = tag_of(node)
    if isinstance(node, ScalarNode):
        if tag not in _SCALAR_TAGS:
            problems.append(_problem("Y004", node, _unknown_tag(tag)))
            return None
        return _scalar(node, tag)
    if isinstance(node, SequenceNode):
        if tag != f"{_CORE}seq":
            problems.append(_problem("Y004", node, _unknown_tag(tag)))
        return [_convert(item, problems, depth + 1) for item in node.value]
    if tag != f"{_CORE}map":
        problems.append(_problem("Y004", node, _unknown_tag(tag)))
    result: dict[str, Any] = {}
    seen: dict[str, Node] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode) or tag_of(key_node) == f"{_CORE}merge":
            problems.append(_problem("Y004", key_node, _COMPLEX_KEY))
            continue
        key = str(key_node.value)
        if key in seen:
            first = seen[key].start_mark.line + 1
            problems.append(_problem("Y003", key_node, *_duplicate(key, first)))
        seen[key] = key_node
        result[key] = _convert(value_node, problems, depth + 1)
    return result


def _scalar(node: ScalarNode, tag: str) -> Any:
    value: str = node.value
    kind = tag[len(_CORE) :]
    try:
        if kind == "int":
            return int(value.replace("_", ""), 0)
        if kind == "float":
            lowered = value.lower().lstrip("+")
            special = {".inf": "inf", "-.inf": "-inf", ".nan": "nan"}
            return float(special.get(lowered, value))
    except ValueError:
        return value
    if kind == "bool":
        return value.lower() == "true"
    if kind == "null":
        return None
    return value


def _problem(code: str, node: Node, message: Text, fix: Text | None = None) -> YamlProblem:
    return YamlProblem(code, node_span(node), message, fix)


def _unknown_tag(tag: str) -> Text:
    return Text(f"不支持的 YAML 标签 {tag}", f"unsupported YAML tag {tag}")


def _duplicate(key: str, first_line: int) -> tuple[Text, Text]:
    return (
        Text(
            f"键“{key}”重复，第 {first_line} 行已有",
            f"key '{key}' repeated (first on line {first_line})",
        ),
        Text("删除或合并重复的键", "remove or merge the repeated key"),
    )


_CYCLE = Text("别名引用了自身，形成循环", "an alias refers to itself, forming a cycle")
_ALIAS_BOMB = Text(
    f"别名展开后超过 {MAX_ALIAS_EXPANSION} 个节点，拒绝读取",
    f"aliases would expand to more than {MAX_ALIAS_EXPANSION} nodes; refused",
)
_TOO_DEEP = Text(f"嵌套超过 {MAX_DEPTH} 层", f"nested more than {MAX_DEPTH} levels deep")
_COMPLEX_KEY = Text(
    "键必须是简单文本（不支持合并键 << 和复杂键）",
    "keys must be plain text (no << merges or complex keys)",
)


class SourceMap:
    """Finds where a value of the loaded data was written."""

    def __init__(self, text: str, root: Node) -> None:
        self._text = text
        self._root = root
        self._line_starts: list[int] | None = None

    def find(self, loc: Loc) -> tuple[Node, Node | None]:
        """The deepest node along `loc`, and the key node that introduced it."""
        node, key_node = self._root, None
        for part in loc:
            found = self._child(node, part)
            if found is None:
                break
            key_node, node = found
        return node, key_node

    @staticmethod
    def _child(node: Node, part: str | int) -> tuple[Node | None, Node] | None:
        if isinstance(node, MappingNode) and isinstance(part, str):
            # The last of duplicated keys wins, as in the data.
            for key_node, value_node in reversed(node.value):
                if isinstance(key_node, ScalarNode) and key_node.value == part:
                    return key_node, value_node
        if isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            return None, node.value[part]
        return None

    def span(self, loc: Loc, *, key: bool = False, offset: int | None = None, length: int = 1) -> Span:
        """The span of the value at `loc` (or of its key, or of characters inside it)."""
        node, key_node = self.find(loc)
        if key and key_node is not None:
            return node_span(key_node)
        if offset is not None and isinstance(node, ScalarNode):
            found = self._char_position(node, offset)
            if found is not None:
                line, col = found
                return Span(line, col, line, col + length)
        return node_span(node)

    def _char_position(self, node: ScalarNode, offset: int) -> tuple[int, int] | None:
        """Line and column of character `offset` of a scalar's value.

        The value differs from the source by quotes, escapes, indentation and
        folding; non-blank characters appear in the same order in both, so we
        walk them side by side.
        """
        value: str = node.value
        if not 0 <= offset < len(value):
            return None
        start = self._index(node.start_mark.line, node.start_mark.column)
        end = self._index(node.end_mark.line, node.end_mark.column)
        if node.style in ("|", ">"):
            start = self._text.find("\n", start, end) + 1
        elif node.style in ("'", '"'):
            start += 1
        position = start
        for ch in value[: offset + 1]:
            if ch.isspace():
                continue
            found = self._text.find(ch, position, end)
            if found < 0:
                return None
            position = found + 1
        return self._line_col(position - 1)

    def _starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            index = self._text.find("\n")
            while index >= 0:
                starts.append(index + 1)
                index = self._text.find("\n", index + 1)
            self._line_starts = starts
        return self._line_starts

    def _index(self, line: int, col: int) -> int:
        starts = self._starts()
        return starts[min(line, len(starts) - 1)] + col

    def _line_col(self, index: int) -> tuple[int, int]:
        starts = self._starts()
        line = bisect.bisect_right(starts, index) - 1
        return line + 1, index - starts[line] + 1


# ------------------------------------------------------- input-method mistakes
#
# A Chinese input method types `：` for `:` and U+3000 for a space, or eats the
# space after a colon. YAML then fails on a later line, or reads the line as
# something else, and its messages point at the wrong place. These patterns
# find the line the secretary actually mistyped.

_KEY = r"[A-Za-z_][A-Za-z0-9_]*"
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # as libyaml counts lines
_FULL_WIDTH_COLON = re.compile(rf"^[ ]*(?:-[ ]+)?{_KEY}[ \t]*(：)")
_NO_SPACE = re.compile(rf"^[ ]*(?:-[ ]+)?({_KEY}):([^\s:/])")
_WIDE_INDENT = re.compile(rf"^[ ]*(\u3000)[ \u3000]*(?:-[ \u3000]+)?{_KEY}[ \t]*[:：]")
#: A list item of Chinese text (a paragraph) with an English colon; a Chinese
#: key in a mapping is a misspelt key instead (V001 says so).
_PROSE_COLON = re.compile(r"^[ ]*-[ ]+[^#:'\"\[{\s][^#:\n]*[\u4e00-\u9fff][^#:\n]*(:)[ \t]")


def _input_method_problem(line: str, number: int, keys: frozenset[str]) -> YamlProblem | None:
    """The input-method mistake on one line, if it has one."""
    match = _WIDE_INDENT.match(line)
    if match:
        return YamlProblem(
            "Y002",
            Span.point(number, match.start(1) + 1),
            Text("这一行用全角空格（U+3000）缩进", "this line is indented with full-width spaces (U+3000)"),
            Text(
                "删除全角空格，改用半角空格缩进",
                "delete the full-width spaces and indent with ordinary spaces",
            ),
        )
    match = _FULL_WIDTH_COLON.match(line)
    if match:
        return YamlProblem(
            "Y002",
            Span.point(number, match.start(1) + 1),
            Text("键后面用了中文冒号“：”", "a full-width colon '：' follows the key"),
            Text("把“：”改成英文冒号加一个空格“: ”", "replace '：' by a colon and a space ': '"),
        )
    match = _NO_SPACE.match(line)
    if match and match[1] in keys:
        return YamlProblem(
            "Y002",
            Span.point(number, match.start(2) + 1),
            Text(f"“{match[1]}:”后面缺少空格", f"no space after '{match[1]}:'"),
            Text("在冒号后加一个空格", "put a space after the colon"),
        )
    match = _PROSE_COLON.match(line)
    if match:
        return YamlProblem(
            "Y002",
            Span.point(number, match.start(1) + 1),
            Text(
                "中文段落里的英文冒号“: ”被当成了“键: 值”",
                "an English colon ': ' in Chinese text makes it read as 'key: value'",
            ),
            Text("改成中文冒号“：”，或给整段文字加引号", "use the full-width colon '：', or quote the text"),
        )
    return None


def input_method_problems(text: str, problems: list[YamlProblem], keys: frozenset[str]) -> list[YamlProblem]:
    """The problems, with those an input-method mistake explains replaced by that mistake, at its place.

    A syntax error is reported where YAML gave up: the mistyped line is that
    one or the last line with content before it. A validation problem is
    reported on the mistyped line itself.
    """
    if not problems:
        return problems
    lines = _LINE_BREAK.split(text)
    result: list[YamlProblem] = []
    replaced: dict[int, YamlProblem] = {}
    for problem in problems:
        found = None
        for number in _suspects(lines, problem):
            found = _input_method_problem(lines[number - 1], number, keys)
            if found is not None:
                break
        if found is None:
            result.append(problem)
        elif found.span.line not in replaced:
            replaced[found.span.line] = found
            result.append(found)
    return result


def _suspects(lines: list[str], problem: YamlProblem) -> list[int]:
    line = problem.span.line
    if not 1 <= line <= len(lines):
        return []
    if problem.code not in ("Y002", "Y006"):
        return [line]
    before = line - 1
    while before >= 1 and (not lines[before - 1].strip() or lines[before - 1].lstrip().startswith("#")):
        before -= 1
    return [n for n in (before, line) if n >= 1]
