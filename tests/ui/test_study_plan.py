"""The study plan in the window, offscreen: drills, the Due view, the next due date per question,
the status bar on start, the settings, and the recall chart in the history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casebank.coverage import check
from casebank.vocabulary import Mode, SelfAssessment
from desktop.drill import DrillSession
from desktop.library import Library
from desktop.session import Phase
from desktop.store import Store
from desktop.store.plan import StudyPlan
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import ImmediateRunner
from desktop.ui.qt import QApplication, Qt, QTest
from tests.helpers import Recorded, Ticker, type_text
from tests.ui.conftest import AMAZON, EN_BANK, FA_BANK, FACEBOOK

PERSIAN = "instagram-child-safety/platform-responsibility"


class PastClock:
    def __init__(self, days_ago: float) -> None:
        self.now = datetime.now(UTC) - timedelta(days=days_ago)

    def __call__(self) -> datetime:
        return self.now


def seed(data_dir: Path, days_ago: float = 6) -> None:
    """An exam at the Amazon question some days ago, with every argument assessed."""
    with Store.open(data_dir, clock=PastClock(days_ago)) as store:
        library = Library(store)
        library.open()
        question = library.question(EN_BANK, AMAZON)
        attempt = store.start_attempt(EN_BANK, AMAZON, Mode.EXAM)
        levels = {a.id: "fully" for a in question.arguments[:3]}
        levels.update({a.id: "none" for a in question.arguments[3:]})
        store.submit(attempt.id, levels, text=FACEBOOK, coverage=check(question, FACEBOOK))  # type: ignore[arg-type]


def make_window(qtbot, data_dir: Path, ticker: Ticker) -> MainWindow:
    from desktop.ui.app import settings_for

    store = Store.open(data_dir)
    library = Library(store)
    library.open()
    StudyPlan(store).catch_up()
    window = MainWindow(
        store, library, settings_for(data_dir), ImmediateRunner(), clock=ticker, notices=Recorded()
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def planned(qtbot, tmp_path: Path, ticker: Ticker) -> Iterator[MainWindow]:
    seed(tmp_path / "data")
    window = make_window(qtbot, tmp_path / "data", ticker)
    yield window
    window.close()
    window.store.close()


def phase(session: DrillSession) -> Phase:
    """The phase read afresh (mypy would keep an earlier assert's narrowing)."""
    return session.phase


def due_rows(window: MainWindow) -> list[list[str]]:
    tree = window.library_view.due_view.tree
    rows = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        rows.append([item.text(column) for column in range(tree.columnCount())])
    return rows


def test_the_due_view_and_the_status_bar_say_what_to_study_today(planned: MainWindow):
    arguments = len(planned.library.question(EN_BANK, AMAZON).arguments)
    assert planned.statusBar().currentMessage() == "1 question due today"
    [row] = due_rows(planned)
    assert "Amazon gives its social platforms different jobs" in row[0]
    assert row[1].endswith(f"of {arguments}") and row[2].endswith("days overdue")
    assert planned.library_view.due_button.text() == "Due today (1)"
    # The question's row in the library shows when it is next due: days ago, so a date.
    view = planned.library_view
    view.select(EN_BANK, AMAZON)
    item = view.tree.currentItem()
    assert item is not None and item.text(5) not in ("", "–")


def test_enter_on_a_due_question_starts_a_drill(planned: MainWindow, qtbot):
    view = planned.library_view
    view.show_due_list(True)
    view.due_view.tree.setFocus()
    QTest.keyClick(view.due_view.tree, Qt.Key.Key_Return)

    assert planned.pages.currentWidget() is planned.drill
    session = planned.drill.session
    assert session is not None and session.attempt.mode == "drill"
    assert session.question.key == AMAZON
    assert planned.drill.timer_label.text() == "5:00 left"


def test_a_drill_in_the_window_rates_beside_the_detection_and_shows_what_was_missed(
    window: MainWindow, ticker: Ticker, qtbot
):
    window.library_view.select(EN_BANK, AMAZON)
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    drill = window.drill
    assert window.pages.currentWidget() is drill and drill.session is not None
    assert drill.stack.currentWidget() is drill.waiting  # no checklist while writing
    type_text(drill.pad, "- Facebook: a network of friends sharing offers and special deals")
    ticker.now += 61
    drill.tick()
    assert drill.timer_label.text() == "3:59 left"

    QTest.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # done

    session = drill.session
    assert session.phase is Phase.ASSESSING
    assert set(drill.ratings) == {a.id for a in session.question.arguments}
    assert "detected" in drill.detections["facebook-network"].text()
    assert drill.detections["risks-limits"].text().endswith("missing")
    drill.set_ratings(
        {"facebook-network": SelfAssessment.FULLY, "twitter-nature": SelfAssessment.PARTLY}
    )
    QTest.keyClick(
        window,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert phase(session) is Phase.REVEALED
    shown = drill.rubric.toPlainText()
    twitter = session.question.argument("twitter-nature")
    facebook = session.question.argument("facebook-network")
    assert twitter.model_paragraph[:40] in shown
    assert facebook.model_paragraph[:40] not in shown
    saved = window.store.attempt(session.attempt.id)
    assert (saved.mode, saved.submitted) == ("drill", True)

    window.show_library()
    assert drill.session is None
    dialog = window.show_history(EN_BANK, AMAZON)
    assert dialog.model.data(dialog.model.index(0, 1)) == "drill"
    assert dialog.recall.history is not None
    assert len(dialog.recall.history.curves) == len(session.question.arguments)
    assert "Chance of recalling each argument now" in dialog.recall.accessibleDescription()
    dialog.grab()  # paints without a warning
    dialog.accept()


def test_the_settings_change_the_retention_and_pause_the_plan(planned: MainWindow, qtbot):
    dialog = planned.show_plan_settings()
    assert dialog.retention.value() == 90
    dialog.retention.setValue(95)
    dialog.paused.setChecked(True)
    dialog.accept()

    assert planned.plan.retention() == 0.95
    assert planned.plan.paused_since() is not None
    assert due_rows(planned) == []
    assert planned.statusBar().currentMessage().startswith("The study plan is paused since")
    assert "paused" in planned.library_view.due_view.heading.text()

    dialog = planned.show_plan_settings()
    assert dialog.paused.isChecked()
    dialog.paused.setChecked(False)
    dialog.reject()  # Cancel changes nothing
    assert planned.plan.paused_since() is not None
    dialog = planned.show_plan_settings()
    dialog.paused.setChecked(False)
    dialog.accept()
    assert planned.plan.paused_since() is None
    assert len(due_rows(planned)) == 1


@pytest.mark.parametrize("code", ["de", "fa"])
def test_the_due_view_and_the_drill_speak_the_interface_language(
    code: str, qtbot, tmp_path: Path, ticker: Ticker
):
    seed(tmp_path / "data")
    assert i18n.install(i18n.LANGUAGES[code])
    window = make_window(qtbot, tmp_path / "data", ticker)
    try:
        message = window.statusBar().currentMessage()
        assert message and message != "1 question due today"
        [row] = due_rows(window)
        assert row[2] and "overdue" not in row[2]
        if code == "fa":
            assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert "۸" in row[1] and not any(ch in "0123456789" for ch in row[1])
        window.start(FA_BANK, PERSIAN, Mode.DRILL)
        assert window.drill.mode_label.text() != "<b>Recall drill</b> · recall"
        assert window.drill.done_button.text() != "&Done"
        window.drill.done()
        assert window.drill.show_button.text() != "&Show the rubric"
        window.grab()
    finally:
        window.close()
        window.store.close()
        QApplication.processEvents()


def test_attempts_from_before_the_study_plan_join_it_on_start(qtbot, tmp_path: Path):
    import sqlite3

    from desktop.store.paths import DATABASE
    from desktop.ui.app import build_window

    data_dir = tmp_path / "data"
    seed(data_dir)
    conn = sqlite3.connect(data_dir / DATABASE)
    with conn:
        # As the attempts of a database from before 0004: no cards, no reviews.
        conn.execute("DELETE FROM reviews")
        conn.execute("DELETE FROM cards")
    conn.close()

    window = build_window(data_dir, runner=ImmediateRunner(), notices=Recorded())
    qtbot.addWidget(window)
    try:
        assert len(due_rows(window)) == 1
        assert window.statusBar().currentMessage() == "1 question due today"
    finally:
        window.close()
        window.store.close()


def test_the_drill_the_due_view_and_the_settings_are_named_for_a_screen_reader(
    planned: MainWindow, qtbot
):
    from tests.ui.test_accessibility import check_tree

    view = planned.library_view
    view.show_due_list(True)
    check_tree(planned)
    planned.start(EN_BANK, AMAZON, Mode.DRILL)
    check_tree(planned)
    planned.drill.done()
    check_tree(planned)
    dialog = planned.show_plan_settings()
    check_tree(dialog)
    dialog.reject()


def test_a_drill_whose_save_fails_is_not_left_unless_the_student_says_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    from desktop.session import Unsaved
    from desktop.store import DiskFullError

    drill = window.start(EN_BANK, AMAZON, Mode.DRILL)
    type_text(window.drill.pad, "Facebook: offers spread among friends")

    def full(*args: object, **kwargs: object) -> None:
        raise DiskFullError("the disk is full: free some space")

    monkeypatch.setattr(window.store, "save_revision", full)
    notices = window.notices
    assert isinstance(notices, Recorded)
    notices.unsaved_choices.append(Unsaved.STAY)
    kept = window.start(EN_BANK, AMAZON, Mode.PRACTICE)

    assert kept is drill and not notices.unsaved_choices  # asked, and the student stays
    assert window.pages.currentWidget() is window.drill
    assert window.drill.save_state.text().startswith("Not saved")
    notices.unsaved_choices.append(Unsaved.LOSE)
    window.show_library()
    assert window.drill.session is None and window.pages.currentWidget() is window.library_view
