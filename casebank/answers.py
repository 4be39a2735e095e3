"""Reading an answer file: the one way every command turns a file into answer text."""

from __future__ import annotations

import sys
from pathlib import Path

from casebank.errors import UserError
from casebank.loader import split_front_matter

# An answer is plain text: anything larger is not one.
MAX_ANSWER_BYTES = 5 * 1024 * 1024


def read_answer(name: str) -> str:
    """The text of an answer file (UTF-8 ``.txt`` or ``.md``), or of standard input for ``-``.

    A sample answer's TOML front matter (between ``+++`` lines) is left out: it holds the
    sample's expectations, not answer text.

    Raises:
        UserError: the file cannot be read, is larger than 5 MB, or is not UTF-8 text.
    """
    limit = f"{MAX_ANSWER_BYTES // (1024 * 1024)} MB"
    if name == "-":
        data = sys.stdin.buffer.read(MAX_ANSWER_BYTES + 1)
    else:
        try:
            with Path(name).open("rb") as stream:
                data = stream.read(MAX_ANSWER_BYTES + 1)
        except OSError as exc:
            raise UserError(f"cannot read {name}: {exc.strerror}") from exc
    if len(data) > MAX_ANSWER_BYTES:
        raise UserError(f"{name} is larger than {limit}; an answer is plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(
            f"{name} is not UTF-8 text (line {line}); save it as UTF-8 and try again"
        ) from exc
    split = split_front_matter(text.replace("\r\n", "\n"))
    return split[1] if split else text
