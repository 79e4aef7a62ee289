"""The Word file's properties: its title, author and date, not python-docx's stock ones."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

_STOCK_PARTS = ("thumbnail", "stylesWithEffects")


def set_properties(doc: Any, title: str, author: str, created: date | None) -> None:
    """Title, author (the issuer) and created (the 成文日期); no python-docx leftovers."""
    from campaigntool.render.docx_xml import clean

    properties = doc.core_properties
    properties.title = _fit(clean(title))
    properties.author = _fit(clean(author))
    properties.last_modified_by = _fit(clean(author))
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
    when = datetime(created.year, created.month, created.day) if created else datetime(2000, 1, 1)
    properties.created = when
    properties.modified = when
    properties.last_printed = when
    _drop_stock_parts(doc)


def _drop_stock_parts(doc: Any) -> None:
    """python-docx's template carries a thumbnail of its own and a Word 2010 styles copy."""
    for owner in (doc.part.package, doc.part):
        for r_id, relationship in list(owner.rels.items()):
            if relationship.reltype.rsplit("/", 1)[-1] in _STOCK_PARTS:
                del owner.rels[r_id]


#: The file format holds at most this many characters in a core property.
PROPERTY_LIMIT = 255


def _fit(text: str) -> str:
    """A property value the format can hold: a very long title is cut, the document is not."""
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1] + "…"
