"""What a screen reader, a keyboard and weak eyes get: every control named and described in the
accessibility tree, polite checklist announcements, a logical focus order, text that grows with
the system font and with zoom, status shown by more than colour, and WCAG AA contrast."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from casebank.vocabulary import Status
from desktop.session import Phase
from desktop.ui import theme
from desktop.ui.accessibility import changes, summary
from desktop.ui.qt import QApplication, QColor, QFont, QPalette, QtGui, QWidget
from desktop.ui.study import status_text
from desktop.ui.theme import STATUS_MARK
from tests.helpers import type_text
from tests.ui.conftest import AMAZON, EN_BANK, FACEBOOK

Role = QtGui.QAccessible.Role
Text = QtGui.QAccessible.Text
# The roles a student operates: each must have a name a screen reader can say.
INTERACTIVE = {
    Role.PushButton,
    Role.ButtonMenu,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.SpinBox,
    Role.EditableText,
    Role.List,
    Role.Tree,
    Role.Table,
    Role.Slider,
    Role.PageTabList,
}
# Containers whose children are rows and cells, named by their text: not walked.
ITEM_VIEWS = {Role.List, Role.Tree, Role.Table}


def interfaces(widget: QWidget) -> Iterator[QtGui.QAccessibleInterface]:
    root = QtGui.QAccessible.queryAccessibleInterface(widget)
    assert root is not None and root.isValid()
    stack = [root]
    while stack:
        iface = stack.pop()
        yield iface
        if iface.role() in ITEM_VIEWS:
            continue
        for index in range(iface.childCount()):
            child = iface.child(index)
            if child is not None and child.isValid():
                stack.append(child)


def shown(iface: QtGui.QAccessibleInterface) -> bool:
    return not iface.state().invisible


def describe(iface: QtGui.QAccessibleInterface) -> str:
    obj = iface.object()
    name = obj.objectName() if obj is not None else ""
    return f"{iface.role().name} {type(obj).__name__} {name!r}"


def unnamed(widget: QWidget) -> list[str]:
    """The interactive controls a screen reader would announce without a name."""
    return [
        describe(iface)
        for iface in interfaces(widget)
        if iface.role() in INTERACTIVE and shown(iface) and not iface.text(Text.Name).strip()
    ]


def undescribed(widget: QWidget) -> list[str]:
    """The interactive controls without a description (what it does, beyond its name)."""
    return [
        f"{describe(iface)} ({iface.text(Text.Name)})"
        for iface in interfaces(widget)
        if iface.role() in INTERACTIVE and shown(iface) and not iface.text(Text.Description).strip()
    ]


def check_tree(widget: QWidget) -> None:
    assert unnamed(widget) == []
    assert undescribed(widget) == []


def test_library_is_named(window):
    check_tree(window)


def test_practice_view_is_named(window):
    window.start(EN_BANK, AMAZON, "practice")
    check_tree(window)


def test_exam_and_self_assessment_are_named(window):
    window.start(EN_BANK, AMAZON, "exam")
    check_tree(window)
    session = window.study.session
    type_text(window.study.editor, "Amazon uses Facebook.")
    window.study.submit()
    assert session.phase is Phase.ASSESSING
    check_tree(window)  # the self-assessment form and its combo boxes
    window.study.set_assessment({"facebook-network": "fully"})
    window.study.reveal()
    check_tree(window)


def test_history_and_about_dialogs_are_named(window, qtbot):
    window.start(EN_BANK, AMAZON, "practice")
    window.show_library()
    dialog = window.show_history(EN_BANK, AMAZON)
    qtbot.waitExposed(dialog)
    check_tree(dialog)
    dialog.close()
    about = window.show_about()
    assert unnamed(about) == []  # its one button is Qt's own "OK"
    about.close()


def test_the_walk_finds_an_unnamed_button(window):
    # The check itself can fail: a button with only an icon has no name.
    from desktop.ui.qt import QPushButton

    bare = QPushButton(window.library_view)
    bare.setObjectName("bare")
    bare.show()
    assert any("bare" in line for line in unnamed(window))
    bare.deleteLater()


def test_checklist_announces_changes_politely(window, qtbot):
    window.start(EN_BANK, AMAZON, "practice")
    study = window.study
    assert study.announcer.spoken == []  # opening shows the checklist without reading it out
    type_text(study.editor, "Amazon ")
    qtbot.waitUntil(lambda: not study.check_timer.isActive(), timeout=3000)
    assert study.announcer.spoken == []  # typing alone says nothing while nothing changes
    type_text(study.editor, FACEBOOK)
    # Announced once, after the pause in typing, not on every keystroke.
    qtbot.waitUntil(lambda: len(study.announcer.spoken) == 1, timeout=3000)
    assert study.announcer.spoken[0].startswith("covered: ")
    assert "covered" in study.checklist.list.accessibleDescription()


def test_announcement_text_says_only_what_changed():
    before = {"a": Status.MISSING, "b": Status.PARTLY}
    after = [("a", "Price", Status.COVERED), ("b", "Reach", Status.PARTLY)]
    assert changes(before, after, lambda s: s.value) == ["covered: Price"]
    assert changes({}, after, lambda s: s.value) == []
    assert summary([Status.COVERED, Status.MISSING, Status.MISSING, None]) == (
        "1 covered, 2 missing"
    )


def test_status_is_told_by_mark_and_word_not_colour_alone(window, qtbot):
    window.start(EN_BANK, AMAZON, "practice")
    type_text(window.study.editor, FACEBOOK)
    qtbot.waitUntil(lambda: not window.study.check_timer.isActive(), timeout=3000)
    pane = window.study.checklist.list
    rows = [pane.item(i) for i in range(pane.count())]
    assert len({STATUS_MARK[s] for s in STATUS_MARK}) == len(STATUS_MARK)
    seen = set()
    for row in rows:
        status = next(s for s in STATUS_MARK if row.text().startswith(STATUS_MARK[s]))
        assert status_text(status) in row.text()
        assert status_text(status) in row.data(QtGui.Qt.ItemDataRole.AccessibleTextRole)
        seen.add(status)
    assert Status.COVERED in seen and Status.MISSING in seen


def test_focus_order_follows_the_panes(window):
    window.start(EN_BANK, AMAZON, "practice")
    study = window.study
    order = [
        study.case_pane.find_field,
        study.case_pane.outline,
        study.case_pane.browser,
        study.editor,
        study.submit_button,
        study.checklist.list,
    ]
    for before, after in itertools.pairwise(order):
        assert _next_focusable(before) is after


def _next_focusable(widget: QWidget) -> QWidget | None:
    """The widget Tab moves to: the next visible, enabled one that takes focus by Tab."""
    nxt = widget.nextInFocusChain()
    while nxt is not None and nxt is not widget:
        if (
            nxt.isVisible()
            and nxt.isEnabled()
            and nxt.focusPolicy() & QtGui.Qt.FocusPolicy.TabFocus
        ):
            return nxt
        nxt = nxt.nextInFocusChain()
    return None


def test_text_scales_with_the_system_font_and_with_zoom(window):
    window.start(EN_BANK, AMAZON, "practice")
    editor = window.study.editor
    base = editor.font().pointSizeF()
    window.zoom(2)
    assert editor.font().pointSizeF() > base
    window.zoom(0)
    assert editor.font().pointSizeF() == pytest.approx(base)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    try:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * 1.5)
        app.setFont(bigger)
        QApplication.processEvents()  # Qt hands the new font to the widgets from the event loop
        window.show_library()
        window.start(EN_BANK, AMAZON, "practice")
        assert editor.font().pointSizeF() > base * 1.3
        assert window.library_view.tree.font().pointSizeF() == pytest.approx(bigger.pointSizeF())
    finally:
        app.setFont(original)


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    base, text = ("#1e1e1e", "#e8e8e8") if dark else ("#ffffff", "#1a1a1a")
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    return palette


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_status_and_warning_colours_meet_wcag_aa(dark: bool):
    palette = _palette(dark)
    background = palette.color(QPalette.ColorRole.Base)
    assert theme.is_dark(palette) is dark
    for status in Status:
        ratio = theme.contrast_ratio(theme.status_colour(status, palette), background)
        assert ratio >= 4.5, f"{status.value} on {background.name()}: {ratio:.2f}"
    warning = QColor(theme.warning_colour(palette))
    assert theme.contrast_ratio(warning, background) >= 4.5
    # Evidence is highlighted behind the answer's text: the text must stay readable on it.
    text = palette.color(QPalette.ColorRole.Text)
    assert theme.contrast_ratio(text, theme.highlight_colour(palette)) >= 4.5
    # The misspelling underline is a graphic: WCAG asks 3:1.
    assert theme.contrast_ratio(theme.misspelling_colour(palette), background) >= 3


def test_contrast_ratio_matches_wcag_reference_values():
    assert theme.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert theme.contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, 0.01)
    assert theme.contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1)
