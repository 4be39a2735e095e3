"""End to end: the real window on a temporary data folder, the bundled banks, typing (English with
non-ASCII, and Persian), the live checklist, an exam with a self-assessment, and a restart."""

from __future__ import annotations

import os

from casebank.vocabulary import Mode, SelfAssessment
from tests.helpers import Recorded, type_text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from desktop.session import Phase
from desktop.ui.app import application, build_window
from desktop.ui.qt import Qt

EN_BANK = "org.casewise.brands-social-media"
FA_BANK = "org.casewise.social-media-fa"
AMAZON = "amazon-international/platform-roles"
PERSIAN = "instagram-child-safety/platform-responsibility"
ANSWER = (
    "Amazon uses Facebook to reach a network of friends who share its offers and special deals "
    "with each other — a café-style “word of mouth” that spreads promotions from one customer "
    "to the next. "
)
PERSIAN_ANSWER = "اینستاگرام مسئول است که الگوریتم‌های خود را برای محافظت از کودکان تغییر دهد."


def checklist(window) -> list[str]:
    pane = window.study.checklist.list
    return [pane.item(i).text() for i in range(pane.count())]


def test_study_submit_restart(qtbot, tmp_path: Path):
    application()
    data = tmp_path / "data"
    window = build_window(data, notices=Recorded())  # the real thread runner, the real clock
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.library_view.index is not None, timeout=10000)
    assert {b.id for b in window.library.banks()} >= {EN_BANK, FA_BANK}

    # Practice in English: the checklist changes as the student types.
    assert window.library_view.select(EN_BANK, AMAZON)
    window.library_view.practice_button.click()
    editor = window.study.editor
    qtbot.waitUntil(editor.hasFocus, timeout=3000)
    assert "covered" not in checklist(window)[0]
    type_text(editor, ANSWER)
    qtbot.waitUntil(lambda: "— \u2068covered\u2069" in checklist(window)[0], timeout=5000)
    assert window.study.session is not None
    practice_id = window.study.session.attempt.id
    window.show_library()

    # A Persian answer in the Persian bank, typed right to left.
    window.start(FA_BANK, PERSIAN, Mode.PRACTICE)
    assert editor.document().begin().textDirection() == Qt.LayoutDirection.RightToLeft
    type_text(editor, PERSIAN_ANSWER)
    qtbot.waitUntil(lambda: not window.study.check_timer.isActive(), timeout=3000)
    assert editor.document().lastBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    assert window.study.session is not None
    persian_id = window.study.session.attempt.id
    window.show_library()

    # An exam: titles hidden, submit, self-assess, reveal.
    assert window.library_view.select(EN_BANK, AMAZON)
    window.library_view.exam_button.click()
    session = window.study.session
    assert session is not None
    type_text(editor, ANSWER)
    qtbot.waitUntil(lambda: not window.study.check_timer.isActive(), timeout=3000)
    assert all("·······" in line for line in checklist(window))
    window.submit_action.trigger()
    # Short, with time left: Casewise asks first, and the student hands it in all the same.
    box = window.study.submit_box
    assert box is not None and "Hand it in now?" in box.text()
    next(b for b in box.buttons() if b.text() == "Hand it in").click()
    assert session.phase is Phase.ASSESSING
    window.study.set_assessment(
        {"facebook-network": SelfAssessment.FULLY, "risks-limits": SelfAssessment.NONE}
    )
    window.reveal_action.trigger()
    assert session.phase.value == "revealed"  # (mypy keeps the narrowing of the assert above)
    assert "— \u2068covered\u2069" in checklist(window)[0]
    exam_id = session.attempt.id
    window.close()
    window.store.close()

    # Restart: the attempts and their revisions are there.
    again = build_window(data, notices=Recorded())
    qtbot.addWidget(again)
    again.show()
    store = again.store
    exam = store.attempt(exam_id)
    assert exam.mode == "exam" and exam.submitted
    assert exam.self_assessment == {"facebook-network": "fully", "risks-limits": "none"}
    assert exam.text == ANSWER and store.revisions(exam_id)
    assert store.attempt(practice_id).text == ANSWER
    assert store.attempt(persian_id).text == PERSIAN_ANSWER
    assert store.revisions(persian_id)[-1].words > 5
    assert store.unsaved_work() == []  # a clean exit leaves nothing to recover
    dialog = again.show_history(EN_BANK, AMAZON)
    assert dialog.model.rowCount() == 2
    again.close()
    store.close()
