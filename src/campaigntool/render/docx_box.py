"""A text box at the foot of the type area (DrawingML, as Word 2010 and later write it).

The 版记's last rule must lie on the bottom edge of the type area whatever the
text above it: a box anchored to the bottom of the margin area, as wide as the
type area, with its text set from the bottom, does that in Word and LibreOffice.
"""

from __future__ import annotations

from typing import Any

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
EMU_PER_PT = 12700
TYPE_WIDTH_EMU = round(156 / 25.4 * 72 * EMU_PER_PT)


def bottom_box(anchor: Any, paragraphs: list[Any], height_pt: float) -> None:
    """Move `paragraphs` (w:p elements) into a box anchored in the `anchor` paragraph."""
    from docx.oxml import parse_xml

    height = round(height_pt * EMU_PER_PT)
    run = parse_xml(
        f"<w:r {_NS}><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:align>bottom</wp:align></wp:positionV>'
        f'<wp:extent cx="{TYPE_WIDTH_EMU}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="版记"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{TYPE_WIDTH_EMU}" cy="{height}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        "<wps:txbx><w:txbxContent/></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b">'
        "<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )
    content = run.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}txbxContent")
    for paragraph in paragraphs:
        content.append(paragraph)  # lxml moves the element out of the body
    anchor._p.append(run)
