"""Files to lines: Word (.docx, and .doc/.wps through LibreOffice), plain text, Markdown.

Every reader gives the same thing: the document's lines in order, each a
paragraph's text or a table's rows, and a note on how the file was read (which
encoding was assumed). A file that cannot be read is an `ImportProblem`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from campaigntool.i18n import Text
from campaigntool.importer.problems import ImportProblem

#: Words, and nothing else, of a paragraph's ends: ASCII and full-width spaces, no-break spaces.
_SPACE = " \t\u3000\u00a0\ufeff\r"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the legacy (compound file) container
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


@dataclass
class Line:
    """A paragraph of the source (its text; a Word title may hold line breaks) or a table."""

    text: str
    rows: list[list[str]] | None = None

    @property
    def is_table(self) -> bool:
        return self.rows is not None


@dataclass
class Source:
    lines: list[Line]
    kind: str  # docx, text, markdown
    notes: list[Text] = field(default_factory=list)


def read(path: Path) -> Source:
    """The lines of a document, by its suffix (and, for Word files, its content)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise ImportProblem(
            "I002", Text(f"无法读取 {path}：{reason}", f"cannot read {path}: {reason}")
        ) from None
    if not raw.strip():
        raise ImportProblem("I001", Text("文件是空的", "the file is empty"))
    suffix = path.suffix.lower()
    if raw.startswith(b"%PDF"):
        raise _pdf(raw)
    if raw.startswith(_OLE):
        if _ENCRYPTED in raw:
            raise _protected()
        return _converted(path, "doc")
    if suffix in (".doc", ".wps"):
        return _converted(path, suffix[1:])
    if raw.startswith(b"PK\x03\x04"):
        return _docx(path)
    if suffix == ".docx":
        raise _corrupt()
    text, notes = decode(raw)
    if suffix in (".md", ".markdown"):
        return Source(markdown_lines(text), "markdown", notes)
    return Source(text_lines(text), "text", notes)


# ---------------------------------------------------------------- plain text


def decode(raw: bytes) -> tuple[str, list[Text]]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (which includes GBK); say which."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), [Text("按 UTF-16 编码读取", "read as UTF-16")]
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw:
        raise ImportProblem(
            "I002", Text("不是文本文件（含有二进制内容）", "not a text file (binary content)")
        )
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        raise ImportProblem(
            "I002",
            Text(
                "无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK）",
                "unknown encoding (neither UTF-8 nor GB18030/GBK)",
            ),
        ) from None
    return text, [Text("文件不是 UTF-8 编码，已按 GB18030（GBK）读取", "not UTF-8; read as GB18030 (GBK)")]


def clean(text: str) -> str:
    return text.strip(_SPACE)


def text_lines(text: str) -> list[Line]:
    return [Line(clean(line)) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


# ------------------------------------------------------------------ markdown

_TAG = re.compile(r"<[^>]+>")
_MARKS = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+)")
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")


def markdown_lines(text: str) -> list[Line]:
    """Markdown as written by hand or by `campaign render -f md`: marks and tags removed, tables kept."""
    lines: list[Line] = []
    table: list[list[str]] = []
    for raw_line in text.replace("\r\n", "\n").split("\n"):
        line = clean(raw_line)
        if line.startswith("|"):
            cells = [clean(cell) for cell in line.strip("|").split("|")]
            if not all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells):
                table.append([_inline(cell) for cell in cells])
            continue
        if table:
            lines.append(Line("", table))
            table = []
        if _RULE.match(line):
            lines.append(Line(""))
            continue
        line = re.sub(r"<br\s*/?>", "\n", line)
        for part in line.split("\n"):
            lines.append(Line(clean(_inline(_MARKS.sub("", clean(part))))))
    if table:
        lines.append(Line("", table))
    return lines


def _inline(text: str) -> str:
    return _TAG.sub("", text).replace("**", "").replace("__", "").replace("\\", "")


# ---------------------------------------------------------------------- Word

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(path: Path) -> Source:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        raise _corrupt() from None
    if "word/document.xml" not in names:
        if "xl/workbook.xml" in names:
            raise ImportProblem(
                "I005",
                Text("这是一个电子表格，不是方案文件", "this is a spreadsheet, not a plan"),
                Text(
                    "把方案正文另存为 Word 文件再导入", "save the plan's text as a Word file and import that"
                ),
            )
        raise _corrupt()
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile):
        raise _corrupt() from None
    except Exception:  # lxml's XMLSyntaxError and the like: a damaged part
        raise _corrupt() from None
    lines: list[Line] = []
    _blocks(document.element.body, document, lines)
    return Source(lines, "docx")


def _blocks(parent: object, document: object, lines: list[Line]) -> None:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in parent.iterchildren():  # type: ignore[attr-defined]
        tag = child.tag
        if tag == f"{_W}p":
            lines.append(Line(clean(Paragraph(child, document).text)))  # type: ignore[arg-type]
            # 版记 and similar boxes are anchored to a paragraph: their text follows it.
            for box in child.iter(f"{_W}txbxContent"):
                if not any(a.tag.endswith("}Fallback") for a in box.iterancestors()):
                    _blocks(box, document, lines)
        elif tag == f"{_W}tbl":
            table = Table(child, document)  # type: ignore[arg-type]
            rows = [[clean(cell.text) for cell in row.cells] for row in table.rows]
            lines.append(Line("", rows))
        elif tag == f"{_W}sdt":
            for content in child.iter(f"{_W}sdtContent"):
                _blocks(content, document, lines)
                break


def _converted(path: Path, kind: str) -> Source:
    """Legacy Word and WPS files, converted to .docx by LibreOffice when it is installed."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise ImportProblem(
            "I004",
            Text(
                f"{path.name} 是旧版 Word/WPS 文件（.{kind}），需要 LibreOffice 才能读取，本机没有安装",
                f"{path.name} is a legacy Word/WPS file (.{kind}); reading it needs LibreOffice, which is not installed",
            ),
            Text(
                "用 Word 或 WPS 打开后“另存为” .docx 再导入，或安装 LibreOffice",
                "open it in Word or WPS and save it as .docx, or install LibreOffice",
            ),
        )
    with tempfile.TemporaryDirectory() as folder:
        try:
            subprocess.run(
                [office, "--headless", "--convert-to", "docx", "--outdir", folder, str(path)],
                check=True,
                capture_output=True,
                timeout=180,
            )
        except (subprocess.SubprocessError, OSError):
            raise _corrupt() from None
        converted = Path(folder) / f"{path.stem}.docx"
        if not converted.exists():
            raise _corrupt()
        source = _docx(converted)
    source.notes.append(Text("已用 LibreOffice 转换为 .docx 后读取", "converted to .docx with LibreOffice"))
    return source


def _corrupt() -> ImportProblem:
    return ImportProblem(
        "I002",
        Text("Word 文件已损坏，无法读取", "the Word file is damaged and cannot be read"),
        Text("用 Word 或 WPS 打开并重新保存后再导入", "open and save it again in Word or WPS, then import"),
    )


def _protected() -> ImportProblem:
    return ImportProblem(
        "I003",
        Text("Word 文件设有打开密码，无法读取", "the Word file is password-protected"),
        Text("在 Word 中取消密码（文件→信息→保护文档）后再导入", "remove the password in Word, then import"),
    )


def _pdf(raw: bytes) -> ImportProblem:
    if b"/Font" not in raw:
        return ImportProblem(
            "I004",
            Text(
                "这是只有图像的 PDF（扫描件），其中没有可读取的文字",
                "an image-only (scanned) PDF: it holds no text",
            ),
            Text(
                "请找方案的 Word 原件，或先做文字识别（OCR）",
                "find the Word original, or run OCR on it first",
            ),
        )
    return ImportProblem(
        "I004",
        Text("不能直接导入 PDF", "PDF files cannot be imported"),
        Text(
            "请用方案的 Word 原件，或把 PDF 中的文字复制到 .txt 文件后导入",
            "use the Word original, or copy the PDF's text into a .txt file and import that",
        ),
    )
