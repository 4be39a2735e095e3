"""Reading answers: the one way every command turns a file, or a folder of files, into answer text.

Students hand answers in as plain text (``.txt``), Markdown (``.md``) or Word documents
(``.docx``, read with python-docx). Plain text must be UTF-8; anything else is refused with a
message saying how to fix it, never guessed at.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from casebank.errors import UserError
from casebank.loader import split_front_matter

# An answer is a few pages of text: anything larger is not one.
MAX_ANSWER_BYTES = 5 * 1024 * 1024
# A Word document is a zip: its parts, expanded, may hold this much. The XML of a 5 MB answer's
# text is a few times its size; a 3 MB file that expands to gigabytes is a zip bomb.
MAX_WORD_EXPANDED_BYTES = 32 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
WORD_SUFFIX = ".docx"
ANSWER_SUFFIXES = TEXT_SUFFIXES | {WORD_SUFFIX}
# Formats students often hand in that Casewise cannot read, and how to turn them into one it can.
_CONVERT = {
    ".doc": "an old Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "a Rich Text file",
    ".pdf": "a PDF",
    ".pages": "a Pages document",
    ".html": "a web page",
    ".htm": "a web page",
}


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file of a folder of answers that is not an answer Casewise can read, and why."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Unread:
    """A file given as an answer that could not be read, and why: a class report lists it, so
    that no student is missed."""

    name: str
    reason: str

    @property
    def status(self) -> str:
        """How a class report's status column says it: ``not read: <reason>``."""
        return f"not read: {self.reason}"

    def __str__(self) -> str:
        # A reading error names its file already; a file a folder holds only says what it is.
        return self.reason if self.name in self.reason else f"skipped {self.name}: {self.reason}"


def read_answers(names: Iterable[str]) -> Iterator[tuple[str, str] | Unread]:
    """Every answer named, as (name, text), in the order given; a folder stands for its files.

    A file that cannot be read, or that a folder holds but is not an answer, comes as `Unread`
    with the reason, in its place. Hidden files and lock files are left out, as `answers_in`
    leaves them out.

    Raises:
        UserError: a folder cannot be listed.
    """
    for name in names:
        if name != "-" and Path(name).is_dir():
            found, skipped = answers_in(Path(name))
            listed: list[Path | Skipped] = [*found, *skipped]
            listed.sort(key=lambda item: _name_of(item).casefold())
            for item in listed:
                if isinstance(item, Skipped):
                    yield Unread(str(item.path), item.reason)
                else:
                    yield _read_or_unread(str(item))
        else:
            yield _read_or_unread(name)


def _name_of(item: Path | Skipped) -> str:
    return (item.path if isinstance(item, Skipped) else item).name


def _read_or_unread(name: str) -> tuple[str, str] | Unread:
    try:
        return name, read_answer(name)
    except UserError as exc:
        return Unread(name, str(exc))


def read_answer(name: str) -> str:
    """The text of an answer file (UTF-8 ``.txt`` or ``.md``, or ``.docx``), or of stdin for ``-``.

    A sample answer's TOML front matter (between ``+++`` lines) is left out: it holds the
    sample's expectations, not answer text. A Word document's paragraphs become paragraphs
    separated by blank lines, its list items lines starting with ``-``.

    Raises:
        UserError: the file cannot be read, is larger than 5 MB, is not UTF-8 text, is a
            damaged Word document, or is of a type Casewise cannot read (.doc, .odt, .pdf …).
    """
    limit = f"{MAX_ANSWER_BYTES // (1024 * 1024)} MB"
    suffix = "" if name == "-" else Path(name).suffix.lower()
    if suffix in _CONVERT:
        raise UserError(
            f"{name} is {_CONVERT[suffix]}, which Casewise cannot read; "
            "save it as .docx, .txt or .md and try again"
        )
    if name == "-":
        data = sys.stdin.buffer.read(MAX_ANSWER_BYTES + 1)
    else:
        try:
            with Path(name).open("rb") as stream:
                data = stream.read(MAX_ANSWER_BYTES + 1)
        except OSError as exc:
            raise UserError(f"cannot read {name}: {exc.strerror}") from exc
    if len(data) > MAX_ANSWER_BYTES:
        raise UserError(f"{name} is larger than {limit}; an answer is a few pages of text")
    if suffix == WORD_SUFFIX:
        return _word_text(name, data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(
            f"{name} is not UTF-8 text (line {line}); save it as UTF-8 and try again"
        ) from exc
    split = split_front_matter(text.replace("\r\n", "\n"))
    return split[1] if split else text


def answers_in(folder: Path) -> tuple[list[Path], list[Skipped]]:
    """The answer files of a folder (not its subfolders), sorted by name, and the files skipped.

    Hidden files and editors' lock files (``~$essay.docx``) are left out silently; any other
    file that is not ``.txt``, ``.md`` or ``.docx`` is skipped with the reason.

    Raises:
        UserError: the folder cannot be listed.
    """
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.casefold())
    except OSError as exc:
        raise UserError(f"cannot list the folder {folder}: {exc.strerror}") from exc
    found: list[Path] = []
    skipped: list[Skipped] = []
    for path in entries:
        if path.name.startswith((".", "~$")) or path.is_dir():
            continue
        suffix = path.suffix.lower()
        if suffix in ANSWER_SUFFIXES:
            found.append(path)
        elif suffix in _CONVERT:
            skipped.append(
                Skipped(path, f"{_CONVERT[suffix]}; save it as .docx, .txt or .md to include it")
            )
        else:
            skipped.append(Skipped(path, "not an answer (.txt, .md or .docx)"))
    return found, skipped


def _word_text(name: str, data: bytes) -> str:
    # python-docx pulls in lxml: only pay for it when a Word answer is read.
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_expanded_size(name, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UserError(
            f"{name} is not a readable Word document ({exc}); open it in your word processor "
            "and save it again as .docx"
        ) from exc
    except Exception as exc:  # lxml's XMLSyntaxError and friends: a damaged file, not a bug
        if type(exc).__module__.startswith("lxml"):
            raise UserError(
                f"{name} is a damaged Word document; open it in your word processor and save it "
                "again as .docx"
            ) from exc
        raise
    parts: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            rows = [" | ".join(cell.text.strip() for cell in row.cells) for row in block.rows]
            parts.append("\n".join(r for r in rows if r.strip(" |")))
            continue
        text = block.text.strip()
        if not text:
            continue
        style = (block.style.name if block.style is not None else "") or ""
        if style.startswith("List"):
            # Consecutive list items stay one list, one item per line, as Markdown writes it.
            item = f"- {text}"
            if parts and parts[-1].startswith("- "):
                parts[-1] += "\n" + item
            else:
                parts.append(item)
        else:
            parts.append(text)
    return "\n\n".join(p for p in parts if p)


def _check_expanded_size(name: str, data: bytes) -> None:
    """Refuse a Word document whose parts expand beyond `MAX_WORD_EXPANDED_BYTES`.

    The sizes are the ones the zip declares: `zipfile`, which python-docx reads with, never
    expands an entry beyond its declared size (a part that lies is then damaged, not large).
    A file that is not a zip is left to python-docx to refuse.

    Raises:
        UserError: the parts expand too far.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        return
    if total > MAX_WORD_EXPANDED_BYTES:
        raise UserError(
            f"{name} is a Word document whose parts expand to {total:,} bytes (the limit is "
            f"{MAX_WORD_EXPANDED_BYTES:,}); an answer is a few pages of text. Open it in your "
            "word processor and save the text again as .docx or .txt"
        )
