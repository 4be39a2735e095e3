"""Parsing XML from other systems without trusting it.

Moodle and QTI files are parsed with defusedxml, with document type declarations forbidden
outright: a quiz or an item never needs one, and refusing them stops entity expansion ("billion
laughs"), external entities (reading local files) and external DTD fetches before they start.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree

from casebank.errors import UserError

MAX_XML_BYTES = 20 * 1024 * 1024


def parse_xml(data: bytes, where: str) -> ET.Element:
    """Parse an XML document that must not declare a DTD or entities.

    Raises:
        UserError: the document is not well-formed, too large, or declares a DTD or entities.
    """
    if len(data) > MAX_XML_BYTES:
        raise UserError(
            f"{where} is too large to import ({len(data):,} bytes; the limit is "
            f"{MAX_XML_BYTES:,}); split the export into smaller files"
        )
    try:
        return defusedxml.ElementTree.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except defusedxml.DefusedXmlException as exc:
        raise UserError(
            f"{where} declares a document type or entities ({type(exc).__name__}), which quiz "
            "and item files never need and which can be used to attack the reader; it was not "
            "imported. Export the questions again from the LMS."
        ) from exc
    except ET.ParseError as exc:
        raise UserError(f"{where} is not well-formed XML ({exc}); export it again") from exc
    except (LookupError, ValueError) as exc:
        # The XML declaration names an encoding Python does not know (LookupError), or one
        # the parser cannot read (ValueError: "multi-byte encodings are not supported").
        raise UserError(
            f"{where} declares a text encoding that cannot be read ({exc}); export it again "
            "as UTF-8"
        ) from exc


def local(tag: str) -> str:
    """An element's tag without its namespace: ``{http://…}qti-prompt`` -> ``qti-prompt``."""
    return tag.rsplit("}", 1)[-1]


def children(element: ET.Element, name: str) -> list[ET.Element]:
    """The direct children with this local name, whatever their namespace."""
    return [child for child in element if local(child.tag) == name]


def child(element: ET.Element, name: str) -> ET.Element | None:
    """The first direct child with this local name, or None."""
    found = children(element, name)
    return found[0] if found else None


def inner_xml(element: ET.Element) -> str:
    """The element's content as markup (its text and children), without its own tag."""
    parts = [_escape(element.text or "")]
    for sub in element:
        parts.append(_outer(sub))
    return "".join(parts)


def _outer(element: ET.Element) -> str:
    name = local(element.tag)
    attrs = "".join(f' {local(k)}="{_escape(v)}"' for k, v in element.attrib.items())
    inner = inner_xml(element)
    return f"<{name}{attrs}>{inner}</{name}>{_escape(element.tail or '')}"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
