"""Codes for problems found while reading a file, before any rule runs.

They cannot be switched off: a file that cannot be read cannot be checked.
"""

from __future__ import annotations

from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text
from campaigntool.rules.base import Rule


class _Reading(Rule):
    severity = Severity.ERROR
    configurable = False


class NotUtf8(_Reading):
    """文件不是 UTF-8 编码。

    检查什么：方案文件能否按 UTF-8 读出；也报告文件无法读取、含 NUL 字节的情况。
    为什么：在 Windows 上用“记事本”或 WPS 另存时常存成 GBK，别人的电脑和 CI 会读成乱码。
    示例：用 GBK 保存的 plans/方案.yaml。
    改为：在编辑器中“另存为”，编码选 UTF-8（带不带 BOM 均可），换行 CRLF 或 LF 均可。
    """

    code = "Y001"
    name = "encoding"
    summary = Text("文件编码或内容无法读取", "file encoding or contents unreadable")
    doc_en = """
    What it checks: The file is not UTF-8 (or cannot be read, or contains NUL bytes).

    What it checks: that the plan file can be read as UTF-8 text.
    Why: editors on Windows often save as GBK; other machines and CI then read garbage.
    Example: a plan saved as GBK.
    Use instead: save the file as UTF-8 (a BOM and CRLF line endings are fine).
    """


class YamlSyntax(_Reading):
    """YAML 语法错误。

    检查什么：文件是否是合法的 YAML：缩进、冒号后的空格、引号和括号成对。
    为什么：语法错误的文件无法读取，其余检查都无从进行。
    错误示例：
        title: 关于开展"机关转作风活动的方案
    改为：
        title: 关于开展“机关转作风”活动的方案
    """

    code = "Y002"
    name = "yaml-syntax"
    summary = Text("YAML 语法错误", "YAML syntax error")
    doc_en = """
    What it checks: YAML syntax error.

    What it checks: that the file is valid YAML: indentation, a space after colons, paired quotes.
    Why: a file that cannot be parsed cannot be checked at all.
    Example:
        title: on carrying out "the campaign
    Use instead:
        title: on carrying out "the campaign"
    """


class DuplicateKey(_Reading):
    """同一层级的键重复。

    检查什么：同一个映射里出现两次的键。
    为什么：YAML 只保留后一个值，前一个值会被悄悄丢掉。
    错误示例：
        due: 2013-08 上旬
        due: 2013-08 下旬
    改为：只保留一个 due。
    """

    code = "Y003"
    name = "duplicate-key"
    summary = Text("键重复", "duplicate key")
    doc_en = """
    What it checks: A key appears twice in the same mapping.

    Why: YAML keeps only the last value; the first is silently lost.
    Example:
        due: 2013-08 上旬
        due: 2013-08 下旬
    Use instead: keep one `due`.
    """


class UnsupportedYaml(_Reading):
    """使用了不支持的 YAML 功能。

    检查什么：标签（如 !!python/object/apply）、合并键 <<、复杂键。
    为什么：方案只需要文本、数字、列表和映射；标签可能被用来执行代码。
    错误示例：
        title: !!python/object/apply:os.system ["rm -rf /"]
    改为：写普通文本。
    """

    code = "Y004"
    name = "unsupported-yaml"
    summary = Text("不支持的 YAML 标签或键", "unsupported YAML tag or key")
    doc_en = """
    What it checks: A YAML feature plans do not use: tags such as !!python/object/apply, << merges, complex keys.

    Why: plans need only text, numbers, lists and mappings; tags can be used to run code.
    Example:
        title: !!python/object/apply:os.system ["rm -rf /"]
    Use instead: plain text.
    """


class AliasBomb(_Reading):
    """别名（&锚点 / *引用）展开过大或循环。

    检查什么：别名展开后超过 100000 个节点，或别名引用自身。
    为什么：几行文字就能展开成数十亿个节点，耗尽内存（“十亿笑”攻击）。
    示例：a: &a ["x","x"]，b: &b [*a,*a]，……层层翻倍。
    改为：不用别名，直接写出内容。
    """

    code = "Y005"
    name = "alias-bomb"
    summary = Text("别名展开过大", "alias expansion too large")
    doc_en = """
    What it checks: Aliases (&anchor / *alias) expand past 100,000 nodes, or refer to themselves.

    Why: a few lines can expand into billions of nodes and exhaust memory ("billion laughs").
    Example: a: &a ["x","x"], b: &b [*a,*a], … doubling at each level.
    Use instead: write the content out without aliases.
    """


class TooLarge(_Reading):
    """文件过大、过深或不是一个方案。

    检查什么：文件超过 32 MiB、嵌套超过 64 层、为空、含多个文档，或顶层不是映射（键: 值）。
    为什么：这样的文件不是方案文件，或者会让检查耗尽内存。
    错误示例：顶层是列表
        - title: ……
    改为：顶层写 title: ……、issuer: …… 等键。
    """

    code = "Y006"
    name = "not-a-plan"
    summary = Text("文件过大、为空或顶层不是映射", "file too large, empty, or not a mapping")
    doc_en = """
    What it checks: The file is larger than 32 MiB, nested deeper than 64 levels, empty, holds several
    documents, or its top level is not a mapping.

    Why: such a file is not a plan, or would exhaust memory.
    Example: a top-level list
        - title: ...
    Use instead: top-level keys title:, issuer:, ...
    """


class UnknownKey(_Reading):
    """未知的键。

    检查什么：模型中没有的键，多半是拼写错误。
    为什么：拼错的键会被忽略，写进去的内容就丢了。
    错误示例：
        titel: 关于开展××活动的实施方案
    改为：
        title: 关于开展××活动的实施方案
    """

    code = "V001"
    name = "unknown-key"
    summary = Text("未知的键", "unknown key")
    doc_en = """
    What it checks: A key the plan format does not have, usually a typo.

    Why: a misspelt key would be ignored and what it holds lost.
    Example:
        titel: ...
    Use instead:
        title: ...
    """


class MissingKey(_Reading):
    """缺少必填的键。

    检查什么：方案的 title、issuer，环节的 name、start、end，任务的 title 等必填项。
    为什么：缺了它们，方案无法排期、无法生成公文。
    错误示例：一个环节没有写 end。
    改为：补上 end: 2013-08 下旬。
    """

    code = "V002"
    name = "missing-key"
    summary = Text("缺少必填项", "missing required key")
    doc_en = """
    What it checks: A required key is missing: the plan's title and issuer, a phase's name, start and end,
    a task's title, ...

    Why: without them the plan can neither be scheduled nor rendered.
    Example: a phase without `end`.
    Use instead: add `end: 2013-08 下旬`.
    """


class WrongType(_Reading):
    """值的类型不对。

    检查什么：应为文本却写成列表，应为列表却写成一段文本，等等。
    为什么：工具无法按预期读出这些内容。
    错误示例：
        supporters: 办公室
    改为：
        supporters: [办公室]
    """

    code = "V003"
    name = "wrong-type"
    summary = Text("值的类型不对", "value of the wrong type")
    doc_en = """
    What it checks: A value of the wrong kind: a list where text is expected, text where a list is, ...

    Why: the tool cannot read the value as intended.
    Example:
        supporters: 办公室
    Use instead:
        supporters: [办公室]
    """


class BadDate(_Reading):
    """日期写法不对。

    检查什么：日期是否为 2013-07-22、2013-07、2013-07 中旬（上旬、下旬、上中旬、中下旬、底）
    或 2013年7月中旬 这样的写法，且确有其日。
    为什么：日期无法解析，就无法排期和督办。
    错误示例：
        due: 7月中旬
    改为：
        due: 2013-07 中旬
    """

    code = "V004"
    name = "bad-date"
    summary = Text("日期写法不对", "malformed date")
    doc_en = """
    What it checks: A date that is not written as 2013-07-22, 2013-07, 2013-07 中旬 (上旬, 下旬, 上中旬, 中下旬, 底)
    or 2013年7月中旬, or names no real day.

    Why: a date that cannot be read cannot be scheduled or followed up.
    Example:
        due: 7月中旬
    Use instead:
        due: 2013-07 中旬
    """


class BadValue(_Reading):
    """值不在允许的范围内。

    检查什么：status 等只能取固定值的项，以及编号的写法。
    为什么：工具只认识这些固定值。
    错误示例：
        status: 已完成
    改为：
        status: done
    """

    code = "V005"
    name = "bad-value"
    summary = Text("值不在允许范围内", "value not allowed")
    doc_en = """
    What it checks: A value outside the allowed set (such as `status`), or an id written with other characters.

    Why: the tool knows only these fixed values.
    Example:
        status: 已完成
    Use instead:
        status: done
    """


READING_RULES: tuple[type[Rule], ...] = (
    NotUtf8,
    YamlSyntax,
    DuplicateKey,
    UnsupportedYaml,
    AliasBomb,
    TooLarge,
    UnknownKey,
    MissingKey,
    WrongType,
    BadDate,
    BadValue,
)
