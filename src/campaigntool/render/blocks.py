"""The typed elements of an official document, in GB/T 9704-2012 terms.

Every writer (the text, Markdown and HTML templates, the Word writer) lays out
these classes and nothing else; `kind` names each for the templates. `BLOCKS`
lists them all, so a test can make sure no writer leaves one out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Cell:
    text: str
    rowspan: int = 1


@dataclass(frozen=True)
class CopyNumber:
    """份号."""

    text: str
    kind: ClassVar[str] = "copy_number"


@dataclass(frozen=True)
class Secrecy:
    """密级和保密期限."""

    text: str
    kind: ClassVar[str] = "secrecy"


@dataclass(frozen=True)
class Urgency:
    """紧急程度."""

    text: str
    kind: ClassVar[str] = "urgency"


@dataclass(frozen=True)
class IssuerMark:
    """发文机关标志, in red."""

    text: str
    kind: ClassVar[str] = "issuer_mark"


@dataclass(frozen=True)
class DocNumber:
    """发文字号, with the 签发人 (`body`) of a document sent upward."""

    text: str
    body: str = ""
    kind: ClassVar[str] = "doc_number"


@dataclass(frozen=True)
class RedRule:
    """The red separator line under the 版头."""

    text: str = ""
    kind: ClassVar[str] = "rule"


@dataclass(frozen=True)
class Title:
    text: str
    kind: ClassVar[str] = "title"


@dataclass(frozen=True)
class Recipients:
    """主送机关, ending with a full-width colon."""

    text: str
    kind: ClassVar[str] = "recipients"


@dataclass(frozen=True)
class Heading:
    """A numbered heading; a run-in heading carries the paragraph that follows it in `body`."""

    text: str
    level: int
    number: str
    body: str = ""
    kind: ClassVar[str] = "heading"


@dataclass(frozen=True)
class Paragraph:
    text: str
    kind: ClassVar[str] = "paragraph"


@dataclass(frozen=True)
class AttachmentNote:
    """附件说明: `附件：1.……`, one line per attachment."""

    lines: list[str]
    text: str = ""
    kind: ClassVar[str] = "attachment_note"


@dataclass(frozen=True)
class Signoff:
    """署名 (`text`) over the 成文日期 (`body`); either may be empty."""

    text: str
    body: str = ""
    kind: ClassVar[str] = "signoff"


@dataclass(frozen=True)
class Note:
    """附注, in brackets."""

    text: str
    kind: ClassVar[str] = "note"


@dataclass(frozen=True)
class AttachmentLabel:
    """`附件` or `附件2` on the first line of an attachment."""

    text: str
    kind: ClassVar[str] = "attachment_label"


@dataclass(frozen=True)
class ScheduleTable:
    """总体日程安排: one group of rows per phase; the phase's cells span its rows."""

    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    text: str = ""
    kind: ClassVar[str] = "table"


@dataclass(frozen=True)
class Figure:
    """A picture with its caption: SVG for HTML, PNG for Word; plain text and Markdown show the caption."""

    caption: str
    svg: str = ""
    png: bytes = b""
    text: str = ""
    kind: ClassVar[str] = "figure"


@dataclass(frozen=True)
class Keywords:
    """主题词 (documents before 2012), the first line of the 版记."""

    text: str
    kind: ClassVar[str] = "keywords"


@dataclass(frozen=True)
class CarbonCopy:
    """抄送：……。"""

    text: str
    kind: ClassVar[str] = "cc"


@dataclass(frozen=True)
class Printed:
    """印发机关 (`text`) and 印发日期 (`body`)."""

    text: str
    body: str = ""
    kind: ClassVar[str] = "printed"


Block = (
    CopyNumber
    | Secrecy
    | Urgency
    | IssuerMark
    | DocNumber
    | RedRule
    | Title
    | Recipients
    | Heading
    | Paragraph
    | AttachmentNote
    | Signoff
    | Note
    | AttachmentLabel
    | ScheduleTable
    | Figure
    | Keywords
    | CarbonCopy
    | Printed
)
HeaderBlock = CopyNumber | Secrecy | Urgency | IssuerMark | DocNumber | RedRule
ImprintBlock = Keywords | CarbonCopy | Printed

BLOCKS: tuple[type[Block], ...] = (
    CopyNumber,
    Secrecy,
    Urgency,
    IssuerMark,
    DocNumber,
    RedRule,
    Title,
    Recipients,
    Heading,
    Paragraph,
    AttachmentNote,
    Signoff,
    Note,
    AttachmentLabel,
    ScheduleTable,
    Figure,
    Keywords,
    CarbonCopy,
    Printed,
)
