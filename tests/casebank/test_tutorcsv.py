"""The class CSV's tutor columns: written empty by ``casebank check --csv``, read back filled."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from casebank.classreport import class_csv, mark_class
from casebank.errors import UserError
from casebank.loader import load
from casebank.model import Question
from casebank.tutorcsv import read_tutor_csv
from tests.casebank.test_cli import ANSWER, QUESTION

ROOT = Path(__file__).resolve().parents[2]
MARKING = ROOT / "tests" / "fixtures" / "marking"


@pytest.fixture
def question(starter: Path) -> Question:
    return load(starter).question(QUESTION)


def test_the_class_csv_ends_with_an_empty_tutor_column_per_argument(starter: Path) -> None:
    bank = load(starter)
    report = mark_class(bank, bank.question(QUESTION), [("anna.md", ANSWER)])
    header, row = list(csv.reader(io.StringIO(class_csv(report))))
    # The columns scripts already read keep their places; the tutor's come last.
    assert header[-6:] == [
        "copied_passages",
        "status",
        "length",
        "tutor:visual-product",
        "tutor:regulars",
        "tutor:time",
    ]
    assert row[-3:] == ["", "", ""]


def test_a_german_excel_csv_is_read_back(question: Question) -> None:
    # UTF-8 with a byte-order mark, semicolons, CRLF, the columns reordered, verdicts written
    # as the tutor typed them, one cell that is not a verdict and an empty row at the end.
    sheet = read_tutor_csv(MARKING / "marks-excel-de.csv", question)
    assert [r.answer for r in sheet.rows] == [
        f"answers/{n}.md" for n in ("anna", "ben", "cleo", "dan", "eve")
    ]
    labels = {Path(r.answer).stem: dict(r.labels) for r in sheet.rows}
    assert labels["anna"] == {"time": "missing", "visual-product": "covered", "regulars": "covered"}
    assert labels["cleo"] == {"time": "covered", "visual-product": "covered", "regulars": "missing"}
    assert labels["dan"] == {"time": "missing", "visual-product": "missing"}, (
        "the bad cell is left out"
    )
    assert [str(p) for p in sheet.problems] == [
        f"{MARKING / 'marks-excel-de.csv'}:5:E: tutor:regulars = 'ja' is not a verdict; "
        "write covered, partly or missing (or c, p, m)"
    ]
    assert sheet.rows[0].row == 2, "rows are numbered as the spreadsheet shows them"


def test_answer_files_are_found_beside_the_csv(
    question: Question, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # not where the answers are
    sheet = read_tutor_csv(MARKING / "marks-excel-de.csv", question)
    assert sheet.answer_path(sheet.rows[0]) == MARKING / "answers" / "anna.md"
    (tmp_path / "answers").mkdir()
    (tmp_path / "answers" / "anna.md").write_text("here", encoding="utf-8")
    assert sheet.answer_path(sheet.rows[0]) == Path("answers/anna.md"), "as named, first"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_every_bad_cell_is_reported_with_its_place_and_the_rest_is_read(
    question: Question, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "marks.csv",
        "answer,question,tutor:visual-product,tutor:reglars,tutor:time\n"
        "a.md,corner-bakery/channel,partly,c,yes\n"
        ",corner-bakery/channel,c,,\n"
        "b.md,corner-bakery/other,c,,\n"
        "c.md,,P,,M\n",
    )
    sheet = read_tutor_csv(path, question)
    assert [(r.answer, dict(r.labels)) for r in sheet.rows] == [
        ("a.md", {"visual-product": "partly"}),
        ("c.md", {"visual-product": "partly", "time": "missing"}),
    ]
    assert [str(p) for p in sheet.problems] == [
        f"{path}:1:D: the question has no argument 'reglars' (it has visual-product, regulars, "
        "time); the column is left out",
        f"{path}:2:E: tutor:time = 'yes' is not a verdict; write covered, partly or missing "
        "(or c, p, m)",
        f"{path}:3:A: no answer file named; the row is left out",
        f"{path}:4:B: the row is for 'corner-bakery/other', not 'corner-bakery/channel'; "
        "the row is left out",
    ]


def test_excel_s_separator_line_and_tabs_are_read(question: Question, tmp_path: Path) -> None:
    sep = write(tmp_path / "sep.csv", "sep=;\nanswer;tutor:time\na.md;c\n")
    assert [dict(r.labels) for r in read_tutor_csv(sep, question).rows] == [{"time": "covered"}]
    tabs = write(tmp_path / "tabs.csv", "tutor:time\tanswer\nm\ta.md\n")
    assert [dict(r.labels) for r in read_tutor_csv(tabs, question).rows] == [{"time": "missing"}]


@pytest.mark.parametrize(
    ("text", "encoding", "message"),
    [
        (
            "answer;tutor:time\nb\u00e4r.md;c\n",
            "cp1252",
            "not UTF-8 (line 2); in Excel, save it as",
        ),
        ("name,tutor:time\na.md,c\n", "utf-8", "has no 'answer' column"),
        ("answer,covered\na.md,c\n", "utf-8", "has no tutor:<argument> column"),
        ("", "utf-8", "is empty"),
    ],
)
def test_a_csv_that_cannot_be_read_is_refused_with_what_to_do(
    question: Question, tmp_path: Path, text: str, encoding: str, message: str
) -> None:
    path = write(tmp_path / "marks.csv", text, encoding)
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_tutor_csv(path, question)


def test_check_reads_the_tutor_s_verdicts_back_for_the_summary_and_keeps_them_in_the_csv(
    starter: Path, tmp_path: Path
) -> None:
    import shutil

    from tests.casebank.test_cli import casebank

    folder = tmp_path / "class"
    shutil.copytree(MARKING, folder)
    result = casebank(
        "check",
        starter,
        "-q",
        QUESTION,
        "answers",
        "--tutor",
        "marks-excel-de.csv",
        "--csv",
        "again.csv",
        "--format",
        "json",
        cwd=folder,
    )
    assert result.returncode == 1, "a cell of the tutor's CSV was left out"
    assert "marks-excel-de.csv:5:E: tutor:regulars = 'ja' is not a verdict" in result.stderr
    rows = list(csv.DictReader(io.StringIO((folder / "again.csv").read_text("utf-8"))))
    ben = next(r for r in rows if r["answer"] == "answers/ben.md")
    assert (ben["visual-product"], ben["tutor:visual-product"]) == ("partly", "covered")
    assert ben["tutor:regulars"] == "missing" and ben["tutor:time"] == "missing"


def test_tutor_verdicts_need_something_to_show_them(starter: Path, tmp_path: Path) -> None:
    from tests.casebank.test_cli import casebank

    (tmp_path / "a.md").write_text(ANSWER, encoding="utf-8")
    result = casebank(
        "check",
        starter,
        "-q",
        QUESTION,
        "a.md",
        "--tutor",
        str(MARKING / "marks-excel-de.csv"),
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "--tutor needs --summary or --csv" in result.stderr
