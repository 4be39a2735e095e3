"""The study view: live checklist, evidence highlighting, exam flow, right-to-left panes."""

from __future__ import annotations

from casebank.vocabulary import Status
from desktop.session import Phase
from desktop.ui.qt import Qt, QTextOption
from tests.helpers import type_text
from tests.ui.conftest import AMAZON, EN_BANK, FA_BANK, FACEBOOK


def statuses(window) -> list[str]:
    pane = window.study.checklist.list
    return [pane.item(i).text() for i in range(pane.count())]


def test_practice_checklist_updates_after_a_pause(window, qtbot):
    window.start(EN_BANK, AMAZON, "practice")
    assert window.pages.currentWidget() is window.study
    assert all("missing" in line for line in statuses(window)[:2])
    type_text(window.study.editor, FACEBOOK)
    assert window.study.check_timer.isActive()  # checked on a pause, not on every key
    qtbot.waitUntil(lambda: "covered" in statuses(window)[0], timeout=3000)
    assert "words of 300–650" in window.study.words.text()


def test_selecting_an_argument_highlights_its_evidence(window, qtbot):
    window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.study.refresh_checklist()
    window.study.checklist.list.setCurrentRow(0)
    selections = window.study.editor.extraSelections()
    assert selections
    marked = {s.cursor.selectedText().lower() for s in selections}
    assert "facebook" in marked
    assert "Evidence" in window.study.checklist.details.toPlainText()


def test_a_sentence_shows_the_arguments_it_serves(window):
    window.start(EN_BANK, AMAZON, "practice")
    window.study.editor.setPlainText(FACEBOOK)
    window.study.check_timer.stop()
    window.study.refresh_checklist()
    window.study.checklist.list.setCurrentItem(None)
    cursor = window.study.editor.textCursor()
    cursor.setPosition(10)
    window.study.editor.setTextCursor(cursor)
    assert "This sentence serves" in window.study.checklist.details.toPlainText()


def test_exam_hides_titles_then_self_assessment_then_reveal(window, qtbot, ticker):
    session = window.start(EN_BANK, AMAZON, "exam")
    assert window.study.minutes.isVisible()
    type_text(window.study.editor, FACEBOOK[:40])
    window.study.refresh_checklist()
    lines = statuses(window)
    assert len(lines) == 8 and all("·······" in line for line in lines)
    assert "8 arguments" in window.study.checklist.heading.text()
    ticker.now += 65
    window.study.tick()
    assert "left" in window.study.timer_label.text()
    window.study.submit()
    assert session.phase is Phase.ASSESSING
    assert window.study.editor.isReadOnly()
    form = window.study.checklist.assessment
    assert window.study.checklist.stack.currentWidget() is form
    window.study.set_assessment({"facebook-network": "fully"})
    window.study.reveal()
    assert session.phase.value == "revealed"  # (mypy keeps the narrowing of the assert above)
    assert any(status.value in statuses(window)[0] for status in Status)
    assert "agree" in window.study.checklist.summary.text()
    stored = window.store.attempt(session.attempt.id)
    assert stored.submitted and stored.self_assessment == {"facebook-network": "fully"}


def test_exam_time_is_adjustable_and_ends_the_exam(window, ticker):
    session = window.start(EN_BANK, AMAZON, "exam")
    window.study.minutes.setValue(2)
    assert session.stopwatch.limit == 120
    ticker.now += 121
    window.study.tick()
    assert session.phase is Phase.ASSESSING


def test_persian_case_and_answer_read_right_to_left(window):
    key = "instagram-child-safety/platform-responsibility"
    window.start(FA_BANK, key, "practice")
    editor = window.study.editor
    # The texts run right to left (each paragraph by its own letters: tests/ui/test_bidi.py),
    # an empty answer too; the panes themselves keep the interface's direction.
    case = window.study.case_pane.browser.document()
    assert case.begin().textDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.document().begin().textDirection() == Qt.LayoutDirection.RightToLeft
    option: QTextOption = editor.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the interface stays
    type_text(editor, "اینستاگرام باید از کودکان محافظت کند.")
    assert window.study.session.text == "اینستاگرام باید از کودکان محافظت کند."
    assert "6 words" in window.study.words.text()


def test_autosave_after_typing_stops(window, ticker):
    session = window.start(EN_BANK, AMAZON, "practice")
    type_text(window.study.editor, "Amazon was late.")
    ticker.now += 3.5
    window.study.tick()
    assert [r.text for r in window.store.revisions(session.attempt.id)] == ["Amazon was late."]
    assert window.study.save_state.text() == "Saved"


def test_case_outline_and_find(window):
    window.start(EN_BANK, AMAZON, "practice")
    pane = window.study.case_pane
    assert pane.outline.topLevelItemCount() == 1
    assert pane.outline.topLevelItem(0).childCount() >= 5
    pane.find_field.setText("garage")
    assert pane.find_text() is True
    assert pane.browser.textCursor().selectedText() == "garage"
    pane.find_field.setText("zzzqqq")
    assert pane.find_text() is False and pane.find_status.text() == "Not found"


def test_pane_sizes_are_remembered(window, qtbot, tmp_path):
    window.start(EN_BANK, AMAZON, "practice")
    window.study.split.setSizes([200, 700, 300])
    sizes = window.study.split.sizes()
    window.show_library()
    window.settings.sync()
    from desktop.ui.study import StudyView

    again = StudyView(window.settings)
    qtbot.addWidget(again)
    again.resize(window.study.size())
    again.show()
    # The layout rounds a pixel here and there; the proportions are what the student sees.
    assert all(abs(a - b) <= 5 for a, b in zip(again.split.sizes(), sizes, strict=True))
    assert again.split.sizes()[1] > 3 * again.split.sizes()[0]


def test_zoom_makes_text_larger_and_survives_opening_another_question(window):
    window.start(EN_BANK, AMAZON, "practice")
    size = window.study.editor.font().pointSizeF()
    window.zoom(2)
    assert window.study.editor.font().pointSizeF() > size
    zoomed = window.study.editor.font().pointSizeF()
    window.show_library()
    window.start(EN_BANK, AMAZON, "practice")
    assert window.study.editor.font().pointSizeF() == zoomed
    window.zoom(0)
    assert window.study.editor.font().pointSizeF() == size


def test_a_question_of_only_self_assessed_arguments_does_not_read_as_zero_percent(window):
    # A QTI item's rubric has no cues: every argument is the student's own judgement.
    from pathlib import Path

    qti = Path(__file__).parents[1] / "fixtures" / "interop" / "qti" / "extended-text-rubric.xml"
    window.import_bank(qti)
    [bank] = [b for b in window.library.banks() if b.id.startswith("imported.")]
    [question] = bank.questions()
    window.start(bank.id, question.key, "practice")
    window.study.editor.setPlainText("An answer that no cue could ever detect.")
    window.study.refresh_checklist()
    heading = window.study.checklist.heading.text()
    assert "you judge every argument" in heading and "%" not in heading
    assert all("you judge" in line for line in statuses(window))
