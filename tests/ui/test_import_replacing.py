"""Importing into the app never hands one bank's place, or its attempts, to another.

Issue 15, point 1: ``casewise --data-dir D open a/content.json``, then ``… open b/content.json``
(another essay) said "Updated content from 1.0.0 to 1.0.0", the first question vanished and its
attempts belonged to the other question. Issue 16, point 9: the same bank version imported again
said "Updated … from 1.0.0 to 1.0.0".
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebank.pack import pack
from casebank.vocabulary import Mode
from desktop.library import BUNDLED_BANKS
from desktop.ui.app import application, build_window
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import ImmediateRunner
from tests.helpers import Recorded, said
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK

ESSAY_A = "Explain how the corner bakery should set the price of its new cakes."
ESSAY_B = "Describe what the ferry company should change in its winter timetable."


def content_json(folder: Path, task: str, keyword: str) -> Path:
    """A bare H5P Essay ``content.json``, as H5P keeps it in every package."""
    folder.mkdir(parents=True)
    params = {
        "taskDescription": f"<p>{task}</p>",
        "solution": {"sample": f"<p>A good answer explains why the {keyword} matters most.</p>"},
        "keywords": [{"keyword": keyword, "options": {"points": 2, "caseSensitive": False}}],
    }
    path = folder / "content.json"
    path.write_text(json.dumps(params), encoding="utf-8")
    return path


def open_app(qtbot, data: Path) -> MainWindow:
    """What `casewise --data-dir DATA` shows (the import runs at once, as in the other tests)."""
    application()
    window = build_window(data, runner=ImmediateRunner(), notices=Recorded())
    qtbot.addWidget(window)
    return window


def quit_app(window: MainWindow) -> None:
    window.close()
    window.store.close()


def test_two_different_content_json_opened_one_after_the_other_stay_two_banks(qtbot, tmp_path):
    data = tmp_path / "data"
    a = content_json(tmp_path / "a", ESSAY_A, "price")
    b = content_json(tmp_path / "b", ESSAY_B, "timetable")

    # casewise --data-dir D open a/content.json: import it and write an answer.
    window = open_app(qtbot, data)
    window.import_bank(a)
    assert said(window)[-1].startswith("Added")
    [first] = [bank for bank in window.library.banks() if bank.id.startswith("imported.")]
    [question] = first.questions()
    assert question.prompt == ESSAY_A
    session = window.start(first.id, question.key, Mode.PRACTICE)
    window.study.editor.setPlainText("The price should cover the cost of the butter and flour.")
    attempt_id = session.attempt.id
    quit_app(window)

    # casewise --data-dir D open b/content.json: another bank, beside the first.
    window = open_app(qtbot, data)
    window.import_bank(b)
    message = said(window)[-1]
    assert message.startswith("Added") and "Updated" not in message
    imported = [bank for bank in window.library.banks() if bank.id.startswith("imported.")]
    assert len(imported) == 2
    [second] = [bank for bank in imported if bank.id != first.id]
    assert second.questions()[0].prompt == ESSAY_B
    # The first question is still there, and its attempt is still its own.
    assert window.library.question(first.id, question.key).prompt == ESSAY_A
    attempt = window.store.attempt(attempt_id)
    assert (attempt.bank_id, attempt.question_key) == (first.id, question.key)
    assert attempt.text.startswith("The price should cover")
    assert not attempt.rubric_changed
    assert window.store.attempts_for(second.id, second.questions()[0].key) == []
    quit_app(window)


@pytest.fixture
def window(qtbot, tmp_path) -> Iterator[MainWindow]:
    opened = open_app(qtbot, tmp_path / "data")
    yield opened
    quit_app(opened)


@pytest.mark.slow
def test_the_same_bank_version_again_is_already_in_the_library(window, tmp_path):
    before = window.store.banks()
    backups = sorted((window.store.data_dir / "backups").glob("*"))
    packed = pack(BUNDLED_BANKS / "brands-social-media", tmp_path / "en.casebank").path
    window.import_bank(packed)
    message = said(window)[-1]
    assert message == (
        "\u2068Brands on social media\u2069 (1.0.0) is already in your library. "
        "Nothing was changed."
    )
    assert "Updated" not in message
    assert window.store.banks() == before  # not even its time of update
    assert sorted((window.store.data_dir / "backups").glob("*")) == backups


def test_the_same_h5p_file_again_is_already_in_the_library(window, tmp_path):
    a = content_json(tmp_path / "a", ESSAY_A, "price")
    window.import_bank(a)
    window.import_bank(a)
    assert said(window)[-1].endswith("is already in your library. Nothing was changed.")


def bank_copy(tmp_path: Path, *, without: str = "", cue: str = "") -> Path:
    """The English bundled bank, version 1.0.0 still, without a question or with a cue added."""
    folder = tmp_path / "changed"
    shutil.copytree(BUNDLED_BANKS / "brands-social-media", folder)
    case = folder / "cases" / "amazon-international"
    if without:
        (case / "questions" / f"{without}.toml").unlink()
        shutil.rmtree(case / "samples" / without, ignore_errors=True)
        toml = case / "case.toml"
        text = toml.read_text(encoding="utf-8")
        toml.write_text(re.sub(rf'"{without}",?\s*', "", text), encoding="utf-8")
    if cue:
        question = case / "questions" / "responsiveness-lessons.toml"
        text = question.read_text(encoding="utf-8")
        question.write_text(text.replace("any = [", f'any = ["{cue}", ', 1), encoding="utf-8")
    return folder


@pytest.mark.slow
def test_other_files_under_the_same_version_replace_the_bank_only_when_the_student_says_so(
    window, tmp_path
):
    session = window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.show_library()
    other = window.start(EN_BANK, "amazon-international/responsiveness-lessons", "practice")
    window.study.editor.setPlainText("Amazon learnt to answer complaints within hours.")
    window.show_library()
    window.notices.answers.extend([False, True])  # keep the library's copy, then replace it
    changed = bank_copy(tmp_path, without="platform-roles", cue="quicker replies")

    window.import_bank(changed)
    [question] = window.notices.asked
    assert "Your library already has \u2068Brands on social media\u2069, version 1.0.0" in question
    assert "Your 1 attempt at \u2068“Amazon" in question and "from an earlier version" in question
    assert "marked as checked against an older rubric" in question
    assert (
        said(window)[-1] == "Your library keeps its own copy of \u2068Brands on social media\u2069."
    )
    assert window.library.question(EN_BANK, AMAZON)  # nothing changed

    window.import_bank(changed)
    assert said(window)[-1].startswith("Replaced \u2068Brands on social media\u2069 (1.0.0)")
    with pytest.raises(KeyError):
        window.library.question(EN_BANK, AMAZON)
    # Both attempts stay at their own questions.
    kept = window.store.attempt(session.attempt.id)
    assert (kept.question_key, kept.text) == (AMAZON, FACEBOOK)
    changed_rubric = window.store.attempt(other.attempt.id)
    assert changed_rubric.question_key.endswith("responsiveness-lessons")
    assert changed_rubric.rubric_changed  # as the question said it would be


@pytest.mark.slow
def test_a_question_an_update_removed_is_listed_from_an_earlier_version(window, tmp_path, qtbot):
    session = window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.show_library()
    newer = bank_copy(tmp_path, without="platform-roles")
    manifest = newer / "bank.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('version = "1.0.0"', 'version = "1.1.0"'),
        encoding="utf-8",
    )
    window.import_bank(newer)
    assert "its attempts stay, from an earlier version" in said(window)[-1]

    tree = window.library_view.tree
    groups = [
        tree.topLevelItem(b).child(c)
        for b in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(b).childCount())
        if tree.topLevelItem(b).child(c).text(0) == "From an earlier version"
    ]
    [group] = groups
    [item] = [group.child(i) for i in range(group.childCount())]
    assert item.text(0).strip("\u2068\u2069").startswith("Amazon gives")
    assert item.text(1) == "1"  # one attempt
    tree.setCurrentItem(item)
    assert window.library_view.selected() is None  # it cannot be practised…
    assert not window.library_view.practice_button.isEnabled()
    assert window.library_view.history_button.isEnabled()  # …but its history opens
    window.library_view.history_button.click()
    dialog = window.history_dialog
    assert dialog is not None
    assert "(from an earlier version of the bank)" in dialog.windowTitle()
    assert dialog.model.rowCount() == 1
    assert dialog.duplicate_button.isHidden()
    dialog.open_button.click()
    plain = window.plain_dialog
    assert plain is not None
    assert plain.text.toPlainText() == FACEBOOK
    assert "an update of the bank removed it" in plain.reason.text()
    assert window.pages.currentWidget() is window.library_view
    assert window.store.attempt(session.attempt.id).text == FACEBOOK
    saved = tmp_path / "answer.txt"
    assert plain.save(saved)
    assert saved.read_text(encoding="utf-8") == FACEBOOK
    dialog.close()
    plain.close()
