"""Codes for files that `campaign import` cannot turn into a plan.

Like the reading codes they cannot be switched off; they are documented here
so that `campaign rule I001` explains them like any other code.
"""

from __future__ import annotations

from campaigntool.diagnostics import Severity
from campaigntool.i18n import Text
from campaigntool.rules.base import Rule


class _Importing(Rule):
    severity = Severity.ERROR
    configurable = False


class EmptyDocument(_Importing):
    """要导入的文件里没有文字。

    检查什么：文件是空的，或 Word 文件中没有任何文字（只有图片、空白页）。
    为什么：没有文字就无从识别标题、正文和环节。
    错误示例：campaign import 空白.docx
    改为：选择正文是文字的文件；扫描件请先用文字识别（OCR）转成文字，再另存为 .docx 或 .txt。
    """

    code = "I001"
    name = "empty-document"
    summary = Text("要导入的文件里没有文字", "the file to import holds no text")
    doc_en = """
    What it checks: the file is empty, or a Word file holds no text (only pictures or blank pages).
    Why: without text there is no title, body or phase to recognise.
    Example: campaign import blank.docx
    Use instead: choose the file whose body is text; turn a scan into text with OCR first and save
    it as .docx or .txt.
    """


class UnreadableDocument(_Importing):
    """要导入的文件无法读取或已损坏。

    检查什么：文件打不开，或不是完整的 Word 文件（下载不完整、扩展名与内容不符）。
    为什么：读不出内容就无法导入。
    错误示例：campaign import 方案.docx（实为改了扩展名的网页）
    改为：用 Word 或 WPS 打开后“另存为”.docx，再导入。
    """

    code = "I002"
    name = "unreadable-document"
    summary = Text("要导入的文件无法读取或已损坏", "the file to import is unreadable or corrupt")
    doc_en = """
    What it checks: the file cannot be opened, or is not a complete Word file (a partial download,
    an extension that does not match the content).
    Why: what cannot be read cannot be imported.
    Example: campaign import plan.docx (a web page renamed)
    Use instead: open it in Word or WPS, save it again as .docx, then import.
    """


class ProtectedDocument(_Importing):
    """要导入的 Word 文件设有密码。

    检查什么：Word 文件加了打开密码（已加密）。
    为什么：加密的文件在不知道密码时读不出内容。
    错误示例：campaign import 加密方案.docx
    改为：在 Word 或 WPS 中输入密码打开，取消密码后另存，再导入。
    """

    code = "I003"
    name = "protected-document"
    summary = Text("要导入的 Word 文件设有密码", "the Word file to import is password-protected")
    doc_en = """
    What it checks: the Word file is protected by a password (encrypted).
    Why: an encrypted file cannot be read without its password.
    Example: campaign import protected.docx
    Use instead: open it in Word or WPS with the password, remove the password, save, then import.
    """


class UnsupportedDocument(_Importing):
    """不能导入这种格式的文件。

    检查什么：PDF 文件，或没有安装 LibreOffice 时的旧版 .doc、.wps 文件。
    为什么：PDF 不保留段落和标题层次；旧版 Word 格式要先转换。
    错误示例：campaign import 方案.pdf
    改为：用 Word 或 WPS 打开原文件另存为 .docx；或安装 LibreOffice（libreoffice-writer）后直接导入 .doc、.wps。
    """

    code = "I004"
    name = "unsupported-document"
    summary = Text("不能导入这种格式的文件", "the file's format cannot be imported")
    doc_en = """
    What it checks: a PDF, or a legacy .doc or .wps file when LibreOffice is not installed.
    Why: a PDF keeps neither paragraphs nor heading levels; legacy Word files must be converted.
    Example: campaign import plan.pdf
    Use instead: save the original as .docx in Word or WPS; or install LibreOffice
    (libreoffice-writer) and import the .doc or .wps directly.
    """


class NotAPlan(_Importing):
    """要导入的文件不是实施方案。

    检查什么：文件里找不到方案的标题（……方案）和分级标题的正文，如一封信函、一张表格。
    为什么：导入只认识实施方案及其印发通知；硬套格式只会得到一份错乱的方案。
    错误示例：campaign import 会议通知.docx
    改为：选择实施方案的文件；或用 campaign new 新建方案，再把内容分段粘贴进去。
    """

    code = "I005"
    name = "not-a-plan"
    summary = Text("要导入的文件不是实施方案", "the file to import is not a plan")
    doc_en = """
    What it checks: the file has no plan title (……方案) and no numbered headings, such as a letter
    or a table.
    Why: the importer reads implementation plans and their notices; forcing another document into
    the form gives a garbled plan.
    Example: campaign import meeting-notice.docx
    Use instead: choose the plan's file; or start with campaign new and paste the text in.
    """


IMPORTING_RULES: tuple[type[Rule], ...] = (
    EmptyDocument,
    UnreadableDocument,
    ProtectedDocument,
    UnsupportedDocument,
    NotAPlan,
)
