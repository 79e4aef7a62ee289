"""Low-level OOXML for the Word writer: elements in schema order, text made XML-safe.

ECMA-376 fixes the order of a paragraph's and a run's properties; Word
repairs or ignores a file that breaks it. python-docx keeps the order for the
properties it knows; everything else goes through `put`, which inserts a
child at its place in the sequence below.
"""

from __future__ import annotations

import re
from typing import Any

#: CT_PPrBase, CT_RPr, CT_TcPr and CT_TrPrBase (the parts we write), in schema order.
P_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
R_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
TC_ORDER = [
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
]
TR_ORDER = [
    "cnfStyle",
    "divId",
    "gridBefore",
    "gridAfter",
    "wBefore",
    "wAfter",
    "cantSplit",
    "trHeight",
    "tblHeader",
    "tblCellSpacing",
    "jc",
    "hidden",
]

_ORDERS = {"pPr": P_ORDER, "rPr": R_ORDER, "tcPr": TC_ORDER, "trPr": TR_ORDER}

# XML 1.0 allows tab, newline and carriage return below U+0020, no surrogates, not U+FFFE/U+FFFF.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Text without the characters XML cannot hold (lxml would raise on them)."""
    return _INVALID.sub("", text)


def has_invalid(text: str) -> bool:
    return _INVALID.search(text) is not None


def qn(name: str) -> str:
    from docx.oxml.ns import qn as docx_qn

    return str(docx_qn(name))


def element(name: str, **attributes: str) -> Any:
    from docx.oxml import OxmlElement

    made = OxmlElement(name)
    for key, value in attributes.items():
        made.set(qn(f"w:{key}"), value)
    return made


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def put(parent: Any, child: Any) -> Any:
    """Insert `child` into a properties element at its schema position, replacing one of its kind."""
    order = _ORDERS[_local(parent.tag)]
    name = _local(child.tag)
    rank = order.index(name)
    for existing in list(parent):
        if _local(existing.tag) == name:
            parent.remove(existing)
    for index, existing in enumerate(parent):
        other = _local(existing.tag)
        if other in order and order.index(other) > rank:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def ppr(paragraph: Any) -> Any:
    """A python-docx paragraph's (or a raw w:p's) properties element."""
    p = getattr(paragraph, "_p", paragraph)
    return p.get_or_add_pPr()
