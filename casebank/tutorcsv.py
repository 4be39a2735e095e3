"""The class CSV filled in by the tutor: their verdict per answer and argument, read back.

``casebank check --csv`` ends each row with an empty ``tutor:<argument-id>`` column per argument.
A tutor fills in their own verdict (``covered``, ``partly`` or ``missing``, or ``c``, ``p``,
``m``, in any case) in a spreadsheet, and `read_tutor_csv` reads the file back for
``casebank tune`` and the class summary.

Spreadsheets save CSV their own way, and all of these are read: UTF-8 with or without a
byte-order mark, commas, semicolons (German Excel) or tabs, Excel's ``sep=;`` first line, CRLF
line ends, and columns in any order (they are found by their header). Each cell that cannot be
read is reported as ``file:row:column: message``, with the row and column as the spreadsheet
shows them (row 1 is the header, column A the first); the rest of the file is still read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from casebank.errors import UserError
from casebank.interop.safezip import read_limited
from casebank.model import Question

TUTOR_PREFIX = "tutor:"
# A class of a few hundred answers makes a CSV of a few hundred kilobytes.
MAX_CSV_BYTES = 10 * 1024 * 1024
VERDICTS = {
    "covered": "covered",
    "c": "covered",
    "partly": "partly",
    "p": "partly",
    "missing": "missing",
    "m": "missing",
}
_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class CellProblem:
    """A cell (or a row, or a column) of the CSV that could not be read, and why."""

    file: str
    row: int
    column: int  # from 0; shown as a spreadsheet's letter
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{column_letter(self.column)}: {self.message}"


@dataclass(frozen=True, slots=True)
class TutorRow:
    """One answer of the class and the tutor's verdicts on it (arguments left blank are absent)."""

    row: int
    answer: str  # the answer file as the CSV names it
    labels: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class TutorSheet:
    """A filled-in class CSV: the rows that could be read and the problems with the rest."""

    path: Path
    arguments: tuple[str, ...]  # the argument ids of its tutor columns, in column order
    rows: tuple[TutorRow, ...]
    problems: tuple[CellProblem, ...] = field(default=())

    def answer_path(self, row: TutorRow) -> Path:
        """Where the answer of `row` is: as named (from the working folder), else beside the CSV.

        ``casebank check`` writes the names it was given, relative to where it ran; a tutor who
        moves the CSV moves it with the answers.
        """
        named = Path(row.answer)
        if named.is_absolute() or named.exists():
            return named
        beside = self.path.parent / named
        return beside if beside.exists() else named


def column_letter(index: int) -> str:
    """A column's name in a spreadsheet: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read_tutor_csv(path: Path, question: Question) -> TutorSheet:
    """Read the tutor's verdicts on `question` from a filled-in class CSV.

    Raises:
        UserError: the file cannot be read, is too large, is not UTF-8, or has no ``answer``
            column or no tutor column; problems with single cells, rows or columns are in the
            sheet's `problems` instead.
    """
    data = read_limited(path, MAX_CSV_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(
            f"{path} is not UTF-8 (line {line}); in Excel, save it as 'CSV UTF-8', in "
            "LibreOffice choose the character set 'Unicode (UTF-8)'"
        ) from exc
    records, first_row = _records(path, text)
    header = [cell.strip() for cell in records[0]]
    folded = [name.casefold() for name in header]
    if "answer" not in folded:
        raise UserError(
            f"{path} has no 'answer' column; it must keep the header row that "
            "'casebank check --csv' wrote"
        )
    name = f"{path}"
    problems: list[CellProblem] = []
    known = [a.id for a in question.arguments]
    columns: dict[int, str] = {}
    for index, title in enumerate(folded):
        if not title.startswith(TUTOR_PREFIX):
            continue
        argument = header[index][len(TUTOR_PREFIX) :].strip()
        if argument not in known:
            problems.append(
                CellProblem(
                    name,
                    first_row,
                    index,
                    f"the question has no argument {argument!r} (it has {', '.join(known)}); "
                    "the column is left out",
                )
            )
        elif argument in columns.values():
            problems.append(
                CellProblem(name, first_row, index, f"a second column for {argument!r} is left out")
            )
        else:
            columns[index] = argument
    if not columns and not problems:
        raise UserError(
            f"{path} has no tutor:<argument> column; 'casebank check --csv' writes one per "
            "argument, for your own verdicts"
        )
    answer_at = folded.index("answer")
    question_at = folded.index("question") if "question" in folded else None
    rows: list[TutorRow] = []
    for offset, record in enumerate(records[1:], 1):
        number = first_row + offset

        def cell(index: int, record: list[str] = record) -> str:
            return record[index].strip() if index < len(record) else ""

        if not any(c.strip() for c in record):
            continue
        named = cell(question_at) if question_at is not None else ""
        if named and named != question.key:
            assert question_at is not None
            problems.append(
                CellProblem(
                    name,
                    number,
                    question_at,
                    f"the row is for {named!r}, not {question.key!r}; the row is left out",
                )
            )
            continue
        answer = cell(answer_at)
        if not answer:
            problems.append(
                CellProblem(name, number, answer_at, "no answer file named; the row is left out")
            )
            continue
        labels: dict[str, str] = {}
        for index, argument in columns.items():
            written = cell(index)
            if not written:
                continue
            verdict = VERDICTS.get(written.casefold())
            if verdict is None:
                problems.append(
                    CellProblem(
                        name,
                        number,
                        index,
                        f"{header[index]} = {written!r} is not a verdict; write covered, partly "
                        "or missing (or c, p, m)",
                    )
                )
                continue
            labels[argument] = verdict
        rows.append(TutorRow(number, answer, labels))
    return TutorSheet(path, tuple(columns.values()), tuple(rows), tuple(problems))


def _records(path: Path, text: str) -> tuple[list[list[str]], int]:
    """The records of the CSV and the spreadsheet row number of its header.

    Raises:
        UserError: the file holds no header.
    """
    lines = text.splitlines(keepends=True)
    first_row = 1
    delimiter = None
    if lines and lines[0].strip().casefold().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        lines = lines[1:]
        first_row = 2
    if not any(line.strip() for line in lines):
        raise UserError(f"{path} is empty; it must hold the header row of the class CSV")
    if delimiter is None:
        head = lines[0]
        # The delimiter is whichever splits the header into the most columns: a header's names
        # hold no commas, semicolons or tabs.
        delimiter = max(_DELIMITERS, key=lambda d: len(next(csv.reader([head], delimiter=d))))
    try:
        records = list(csv.reader(io.StringIO("".join(lines)), delimiter=delimiter))
    except csv.Error as exc:
        raise UserError(f"{path} is not a readable CSV file ({exc})") from exc
    return records, first_row


def verdicts_by_answer(
    sheet: TutorSheet, names: Iterable[str]
) -> tuple[dict[str, Mapping[str, str]], list[TutorRow]]:
    """The sheet's verdicts keyed by the answer names given, and the rows that name none of them.

    A row matches an answer by the name as written, or else by the file both lead to.
    """
    given = list(names)
    by_file: dict[Path, str] = {}
    for given_name in given:
        try:
            by_file[Path(given_name).resolve()] = given_name
        except OSError:
            continue
    found: dict[str, Mapping[str, str]] = {}
    unmatched: list[TutorRow] = []
    for row in sheet.rows:
        name: str | None = row.answer
        if name not in given:
            name = by_file.get(sheet.answer_path(row).resolve())
        if name is None:
            unmatched.append(row)
        elif row.labels:
            found[name] = row.labels
    return found, unmatched
