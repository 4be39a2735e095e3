"""Compile Qt Linguist ``.ts`` translations into the ``.qm`` files Qt loads, in plain Python.

The wheel's build step runs this (see ``setup.py``), so that a wheel or an install from a checkout
carries the interface's translations without Qt's tools; ``make translations`` runs it too. It
writes what ``lrelease`` writes for our files, byte for byte (tests/packaging/test_qm.py compares
the two): the language, a hash table of the messages (ELF hashes of source text and comment), the
messages with every translation and plural form (UTF-16), and the language's plural rules.

    python packaging/qm.py casewise_de.ts casewise_de.qm
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES, _NUMERUS_RULES, _LANGUAGE = 0x42, 0x69, 0x88, 0xA7
_TRANSLATION, _END, _SOURCE, _CONTEXT, _COMMENT = 3, 1, 6, 7, 8
# Qt's plural rules (qtranslator_p.h, numerus.cpp) for the languages we ship: English and German
# tell one from many (n == 1), Persian has one form for every count.
_Q_EQ = 0x01
PLURAL_RULES = {"en": bytes([_Q_EQ, 1]), "de": bytes([_Q_EQ, 1]), "fa": b""}


class Message(NamedTuple):
    """A message as lrelease keys it: context, source and comment (UTF-8), and translations.

    A tuple, so that messages sort as lrelease sorts them (context, source, comment).
    """

    context: bytes
    source: bytes
    comment: bytes
    translations: tuple[str, ...] = ()


def elf_hash(data: bytes) -> int:
    """Qt's ELF hash of a message's source text and comment."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language of a ``.ts`` file and its messages with a translation, as lrelease takes them:
    finished and unfinished ones alike, not vanished or obsolete ones, nor empty ones."""
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    found: list[tuple[Message, bool]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"vanished", "obsolete"}:
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if translation.get("type") == "unfinished" and not any(forms):
                continue
            comment = message.findtext("comment") or ""
            key = Message(
                name.encode(), (message.findtext("source") or "").encode(), comment.encode(), forms
            )
            found.append((key, bool(comment)))
    messages: dict[tuple[bytes, bytes, bytes], Message] = {}
    stripped = {(m.context, m.source) for m, commented in found if not commented}
    for item, commented in found:
        # lrelease drops a comment unless the context is empty or the source text also stands
        # without one; the hash then covers the source text alone.
        keep = not commented or not item.context or (item.context, item.source) in stripped
        if not keep and (item.context, item.source, b"") not in messages:
            item = Message(item.context, item.source, b"", item.translations)
        messages[(item.context, item.source, item.comment)] = item
    return language, sorted(messages.values())


def _bytes(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def _string(text: str) -> bytes:
    encoded = text.encode("utf-16-be")
    return struct.pack(">I", len(encoded)) + encoded


def qm_bytes(language: str, messages: list[Message]) -> bytes:
    """The ``.qm`` file of `messages` in `language`, as lrelease writes it ("save everything")."""
    rules = PLURAL_RULES.get(language.split("_")[0].split("-")[0])
    if rules is None:
        raise ValueError(f"no plural rules for {language!r}: add them to PLURAL_RULES")
    body = bytearray()
    offsets = []
    for message in messages:
        offsets.append((elf_hash(message.source + message.comment), len(body)))
        for translation in message.translations:
            body += bytes([_TRANSLATION]) + _string(translation)
        for tag, value in ((_COMMENT, message.comment), (_SOURCE, message.source),
                           (_CONTEXT, message.context)):  # fmt: skip
            body += bytes([tag]) + struct.pack(">I", len(value)) + value
        body += bytes([_END])
    hashes = b"".join(struct.pack(">II", h, o) for h, o in sorted(offsets))
    out = MAGIC + _bytes(_LANGUAGE, language.encode())
    if hashes:
        out += _bytes(_HASHES, hashes) + _bytes(_MESSAGES, bytes(body))
    if rules:
        out += _bytes(_NUMERUS_RULES, rules)
    return out


def compile_ts(source: Path, target: Path) -> None:
    """Compile one ``.ts`` file into a ``.qm`` file."""
    language, messages = read_ts(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(qm_bytes(language, messages))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python packaging/qm.py SOURCE.ts TARGET.qm")
    compile_ts(Path(sys.argv[1]), Path(sys.argv[2]))
