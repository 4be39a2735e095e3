"""The author view: problems listed, reloads when a file changes, a sample answer explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebank.problems import errors_in
from casebank.starter import new_bank
from casebank.validate import validate
from casebank.vocabulary import Status
from desktop.ui.author import AuthorWindow
from desktop.ui.operations import ThreadRunner

QUESTION = "corner-bakery/channel"


def author(qtbot, tmp_path: Path, runner=None) -> AuthorWindow:
    new_bank(tmp_path / "bank", "en")
    window = AuthorWindow(tmp_path / "bank", runner)
    qtbot.addWidget(window)
    return window


def test_an_answer_is_explained_and_its_evidence_marked(qtbot, tmp_path: Path):
    window = author(qtbot, tmp_path)
    window.select_question(QUESTION)
    window.answer.setPlainText(
        "Mara should use Instagram, because her cakes are a visual product: photos of the cakes "
        "show people nearby what they are missing."
    )
    window.explain_now()
    first = window.explanations[0]
    assert first.coverage.id == "visual-product"
    assert any(group.met for group in first.groups)
    assert window.answer.extraSelections()
    assert "Cakes are a visual product" in window.report.toPlainText()


@pytest.mark.parametrize("threaded", [False, True])
def test_a_broken_file_shows_its_problem_and_a_fix_reloads(qtbot, tmp_path: Path, threaded):
    runner = ThreadRunner() if threaded else None
    window = author(qtbot, tmp_path, runner)
    qtbot.waitUntil(lambda: "The bank is valid" in window.status.text(), timeout=5000)
    before = window.problem_list.count()  # the starter's warnings, if any
    assert "The bank is valid" in window.status.text()
    toml = tmp_path / "bank" / "cases" / "corner-bakery" / "questions" / "channel.toml"
    good = toml.read_text("utf-8")
    toml.write_text(good.replace("marks =", "marcs =", 1), encoding="utf-8")
    qtbot.waitUntil(lambda: "error" in window.status.text(), timeout=5000)
    text = window.problem_list.item(0).text()
    assert "channel.toml:" in text
    assert window.question() is not None  # the last valid bank stays usable
    toml.write_text(good, encoding="utf-8")
    qtbot.waitUntil(lambda: window.problem_list.count() == before, timeout=5000)
    if runner is not None:
        runner.wait()


def test_the_view_keeps_the_last_valid_bank_while_the_files_have_errors(qtbot, tmp_path: Path):
    """Issue 15, point 2: an invalid argument id made the argument vanish from the explanation,
    and an unknown key with a cue term removed made the pane use the new cues."""
    window = author(qtbot, tmp_path)
    window.select_question(QUESTION)
    answer = (
        "Mara should use Instagram, because her cakes are a visual product: photos of the cakes "
        "show people nearby what they are missing."
    )
    window.answer.setPlainText(answer)
    window.explain_now()
    before = [(e.coverage.id, e.coverage.status) for e in window.explanations]
    assert before[0] == ("visual-product", Status.COVERED)
    toml = tmp_path / "bank" / "cases" / "corner-bakery" / "questions" / "channel.toml"
    good = toml.read_text("utf-8")

    toml.write_text(good.replace('id = "visual-product"', 'id = "Exclusion"'), encoding="utf-8")
    window.reload()
    assert window.status.text() == "1 error, 0 warnings (showing the last valid version)."
    assert [(e.coverage.id, e.coverage.status) for e in window.explanations] == before
    assert "Cakes are a visual product" in window.report.toPlainText()

    broken = good.replace(
        'any = ["photo*", "picture", "image", "visual*", "look"]', 'any = ["look"]'
    )
    toml.write_text(broken.replace("covered_at = 2", "covered_at = 2\ncolour = 1", 1), "utf-8")
    window.reload()
    assert "showing the last valid version" in window.status.text()
    assert [(e.coverage.id, e.coverage.status) for e in window.explanations] == before


def test_one_invalid_argument_id_is_one_error_however_many_samples_expect_it(tmp_path: Path):
    new_bank(tmp_path / "bank", "en")
    samples = tmp_path / "bank" / "cases" / "corner-bakery" / "samples" / "channel"
    short = (samples / "short.md").read_text("utf-8")
    for n in range(2, 7):
        (samples / f"short-{n}.md").write_text(short, encoding="utf-8")
    toml = tmp_path / "bank" / "cases" / "corner-bakery" / "questions" / "channel.toml"
    toml.write_text(
        toml.read_text("utf-8").replace('id = "visual-product"', 'id = "Exclusion"'), "utf-8"
    )
    report = validate(tmp_path / "bank")
    assert [p.message for p in errors_in(report.problems)] == [
        "the argument id 'Exclusion' is not a valid id"
    ]


def test_casebank_preview_says_the_author_view_moved_to_the_app(tmp_path: Path):
    from click.testing import CliRunner

    from casebank.cli import cli
    from casebank.errors import UserError

    new_bank(tmp_path / "bank", "en")
    result = CliRunner().invoke(cli, ["preview", str(tmp_path / "bank")])
    assert isinstance(result.exception, UserError)
    assert f"run 'casewise preview {tmp_path / 'bank'}'" in str(result.exception)
    assert "pip install '/path/to/casewise[app]'" in str(result.exception)


def test_casewise_preview_opens_the_author_view(tmp_path: Path, monkeypatch):
    from click.testing import CliRunner

    import desktop.ui.author
    from desktop.cli import cli

    new_bank(tmp_path / "bank", "en")
    opened: list[Path] = []

    def run_author(folder: Path) -> int:
        opened.append(folder)
        return 0

    monkeypatch.setattr(desktop.ui.author, "run_author", run_author)
    result = CliRunner().invoke(cli, ["preview", str(tmp_path / "bank")])
    assert result.exit_code == 0, result.output
    assert opened == [tmp_path / "bank"]


def test_precision_and_recall_on_samples_and_labelled_answers_follow_the_cues(
    qtbot, tmp_path: Path
):
    marking = Path(__file__).resolve().parents[1] / "fixtures" / "marking" / "labelled"
    labelled = tmp_path / "labelled"
    labelled.mkdir()
    for source in marking.iterdir():  # beside a bank, each answer names its question
        text = source.read_text(encoding="utf-8")
        named = text.replace("+++\n", f'+++\nquestion = "org.example.bank:{QUESTION}"\n', 1)
        (labelled / source.name).write_text(named, encoding="utf-8")
    window = author(qtbot, tmp_path)
    window.select_question(QUESTION)
    window.explain_now()
    report = window.report.toPlainText()
    assert "samples: precision 1.00, recall 1.00 (1 answer)" in report
    assert "labelled/: precision 0.00, recall 0.00 (2 answers)" in report
    assert "2 labelled answers beside the bank." in window.status.text()
    # The tutor widens a cue: the measures follow at the next reload.
    toml = tmp_path / "bank" / "cases" / "corner-bakery" / "questions" / "channel.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('"visual*", "look"]', '"visual*", "look", "eyes"]'), "utf-8")
    qtbot.waitUntil(
        lambda: "labelled/: precision 0.50, recall 1.00" in window.report.toPlainText(),
        timeout=5000,
    )
