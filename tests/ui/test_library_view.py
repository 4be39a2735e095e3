"""The library: bundled banks with progress, search, import (refused and accepted), history."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from desktop.ui.qt import QMimeData, QPoint, Qt, QUrl
from tests.helpers import said
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK

ROOT = Path(__file__).resolve().parents[2]


def rows(window) -> list[str]:
    tree = window.library_view.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def question_row(window, key: str):
    for item in window.library_view._question_items():
        if item.data(0, Qt.ItemDataRole.UserRole)[2] == key:
            return item
    raise AssertionError(key)


def test_first_start_shows_the_bundled_banks(window):
    titles = rows(window)
    assert len(titles) == 3
    assert any("Brands" in t or "brand" in t.lower() for t in titles)
    assert window.library_view.selected() is not None
    assert "Submit an attempt" in window.library_view.weakest.item(0).text()


def test_progress_shows_after_an_attempt(window):
    session = window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.study.submit()
    window.study.reveal()
    assert session.attempt.submitted
    window.show_library()
    row = question_row(window, AMAZON)
    assert row.text(1) == "1"
    assert row.text(2).endswith("%") and row.text(2) != "0%"
    assert window.library_view.weakest.count() >= 1
    assert "missed 1 of 1" in window.library_view.weakest.item(0).text()


def test_an_argument_the_student_rated_fully_but_the_detection_missed_is_weak(window):
    session = window.start(EN_BANK, AMAZON, "exam")
    window.study.editor.setPlainText(FACEBOOK)  # covers facebook-network only
    window.study.submit()
    window.study.set_assessment({a.id: "fully" for a in session.question.arguments})
    window.study.reveal()
    window.show_library()
    lines = [window.library_view.weakest.item(i).text() for i in range(3)]
    # Every argument but the one covered: the student's "fully" does not hide the detection.
    assert window.library_view.weakest.count() == len(session.question.arguments) - 1
    assert all("missed 1 of 1" in line for line in lines)
    assert all(re.search(r"you and the detection disagreed 1 time\b", line) for line in lines)


def test_search_finds_case_text_and_opens_the_case(window):
    view = window.library_view
    view.search.setText("garage")
    assert view.stack.currentWidget() is view.results
    first = view.results.item(0)
    assert "two-car garage" in first.text() and "[" not in first.text()
    view._result_activated(first)
    assert view.stack.currentWidget() is view.tree
    assert view.selected()[1].startswith("amazon-international/")


def test_a_broken_bank_is_refused_with_the_validators_message(window):
    broken = ROOT / "tests/fixtures/broken/bad-bank-id"
    before = [b.id for b in window.store.banks()]
    window.import_bank(broken)
    assert "not a usable case bank" in said(window)[-1]
    assert [b.id for b in window.store.banks()] == before


@pytest.mark.slow
def test_importing_a_newer_version_keeps_attempts(window, tmp_path):
    attempt = window.store.start_attempt(EN_BANK, AMAZON)
    window.store.save_revision(attempt.id, "Kept.")
    folder = tmp_path / "bank"
    shutil.copytree(ROOT / "resources/banks/brands-social-media", folder)
    manifest = folder / "bank.toml"
    text = manifest.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("version ="))
    manifest.write_text(text.replace(old, 'version = "9.0.0"'), encoding="utf-8")
    window.import_bank(folder)
    assert "to 9.0.0" in said(window)[-1] and "Every attempt was kept" in said(window)[-1]
    assert window.store.attempt(attempt.id).text == "Kept."
    assert any("9.0.0" in title for title in rows(window))


def test_dropping_a_bank_imports_it(window, qtbot, tmp_path):
    from casebank.pack import pack
    from desktop.ui.qt import QDropEvent

    packed = pack(ROOT / "resources/banks/amazon-botschafter", tmp_path / "de.casebank").path
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(packed))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    # The bundled German bank, this very version: the drop reached the import, which says so.
    assert said(window)[-1].endswith("is already in your library. Nothing was changed.")


def test_history_lists_attempts_and_deletes_with_undo(window):
    first = window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.study.submit()
    window.study.reveal()
    window.show_library()
    dialog = window.show_history(EN_BANK, AMAZON)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "practice"
    assert dialog.chart.scores == [first.attempt.score]
    assert dialog.model.index(0, 6).data() == "submitted"
    assert dialog.selected_id() == first.attempt.id  # the newest attempt is selected
    dialog._duplicate()
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 6).data() == f"draft, copy of #{first.attempt.id}"
    dialog.confirm_delete = lambda attempt_id: True
    dialog.table.selectRow(0)
    copy_id = dialog.selected_id()
    dialog._delete()
    assert dialog.model.rowCount() == 1
    assert dialog.selected_id() == first.attempt.id  # the selection stays on a row
    assert dialog.undo_button.isEnabled()
    dialog.undo_delete()
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == copy_id
    assert not dialog.undo_button.isEnabled()
    dialog.table.selectRow(1)
    dialog._open()
    assert window.pages.currentWidget() is window.study
    assert window.study.session.attempt.id == first.attempt.id
    assert window.study.editor.isReadOnly()  # a submitted attempt reopens for review


def test_enter_in_the_history_opens_the_selected_attempt(window, qtbot):
    older = window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText("A practice answer.")  # an attempt without a word is not kept
    window.show_library()
    newer = window.start(EN_BANK, AMAZON, "exam")
    window.study.editor.setPlainText("An exam answer.")
    window.show_library()
    dialog = window.show_history(EN_BANK, AMAZON)
    assert [dialog.model.index(row, 1).data() for row in range(2)] == ["exam", "practice"]
    opened: list[int] = []
    dialog.reopen.connect(opened.append)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [older.attempt.id] != [newer.attempt.id]
    assert window.study.session.attempt.id == older.attempt.id


def test_every_action_has_a_shortcut(window):
    actions = [a for a in window.actions() if a.text()]
    assert len(actions) >= 15
    assert all(not a.shortcut().isEmpty() for a in actions)
    assert len({a.shortcut().toString() for a in actions}) == len(actions)


def test_export_writes_a_pdf_of_the_open_answer(window, tmp_path):
    window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    target = tmp_path / "answer.pdf"
    window.export(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in said(window)[-1]


def test_background_work_runs_off_the_thread_and_reports_back(qtbot):
    import threading

    from casebank.errors import UserError
    from desktop.ui.operations import ThreadRunner

    runner = ThreadRunner()
    results: list[object] = []
    main = threading.get_ident()
    runner.run(None, "Working…", lambda cancelled: threading.get_ident(), results.append, print)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] != main

    def fail(cancelled):
        raise UserError("the disk is full")

    errors: list[UserError] = []
    runner.run(None, "Working…", fail, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "the disk is full"
    runner.wait()


def test_attempts_say_so_when_their_rubric_changed(window):
    from dataclasses import replace

    from casebank.pack import packed_bytes
    from desktop.library import ReadBank

    session = window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.study.submit()
    window.study.reveal()
    window.show_library()
    bank = window.library.bank(EN_BANK)
    case = bank.cases[0]
    question = case.questions[0]
    changed = replace(question.arguments[0], covered_at=question.arguments[0].covered_at + 1)
    new_question = replace(question, arguments=(changed, *question.arguments[1:]))
    new_case = replace(case, questions=(new_question, *case.questions[1:]))
    manifest = replace(bank.manifest, version="9.0.0")
    newer = replace(bank, manifest=manifest, cases=(new_case, *bank.cases[1:]))
    result = window.library.install(ReadBank(newer, Path(bank.origin), packed_bytes(bank.files)))
    assert result.changed_rubrics == (AMAZON,)
    window.refresh_library()
    assert question_row(window, AMAZON).text(3).endswith("*")
    dialog = window.show_history(EN_BANK, AMAZON)
    assert "older rubric" in dialog.model.index(0, 4).data()
    assert "rubric changed" in dialog.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) is None
    assert window.store.attempt(session.attempt.id).rubric_changed


def test_a_long_history_chart_is_summed_up_for_a_screen_reader(qtbot):
    from desktop.ui.history import LISTED_SCORES, CoverageChart

    chart = CoverageChart()
    qtbot.addWidget(chart)
    chart.set_scores([0.2, None, 0.5])
    assert chart.accessibleDescription() == "Coverage: 20%, 50%"
    scores: list[float | None] = [0.1, *[0.4] * LISTED_SCORES, 0.9, 0.3]
    chart.set_scores(scores)
    assert chart.accessibleDescription() == (
        f"Coverage over {LISTED_SCORES + 3} attempts: first 10%, best 90%, last 30%"
    )
