"""The interface speaks English, German and Persian: every visible string is translatable, the
shipped translations are complete, and Persian mirrors the window and writes Persian digits."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from casebank.loader import load
from casebank.translations import shipped
from casebank.vocabulary import Mode, SelfAssessment
from desktop.ui import i18n
from desktop.ui.app import application
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QLocale,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSettings,
    Qt,
    QtCore,
    QTextEdit,
    QToolButton,
    QTranslator,
    QTreeWidget,
    QTreeWidgetItem,
    QtWidgets,
    QWidget,
)
from tests.helpers import Ticker, type_text, window_on

from .conftest import FA_BANK

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
# Language -> plural forms (Persian has one). English holds only the plural messages: the code
# says "%n words", and casewise_en.ts adds "%n word" for one.
SHIPPED = {code: language.plural_forms for code, language in shipped().items()}
PERSIAN_BANK = ROOT / "resources" / "banks" / "fa-social-media"
PERSIAN_QUESTION = "instagram-child-safety/platform-responsibility"
OPEN, CLOSE = "⟦", "⟧"
# Not data and not translated on purpose: the app's name, and each language's own name.
ALLOWED = {"Casewise", "English", "Deutsch"}


# -- the .ts sources ------------------------------------------------------------------------------


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context, message element) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def keys(path: Path) -> set[tuple[str, str, bool]]:
    return {
        (context, message.findtext("source") or "", message.get("numerus") == "yes")
        for context, message in messages(path)
    }


@pytest.mark.parametrize("language", sorted(SHIPPED))
def test_every_message_is_translated(language: str) -> None:
    problems = []
    for context, message in messages(TRANSLATIONS / f"casewise_{language}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        if translation.get("type"):  # unfinished, vanished or obsolete
            problems.append(f"{where} is {translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != SHIPPED[language] or not all(f.strip() for f in forms):
                problems.append(f"{where} needs {SHIPPED[language]} plural forms, has {forms}")
            texts = forms
        else:
            texts = [translation.text or ""]
            if not texts[0].strip():
                problems.append(f"{where} is empty")
        for text in texts:
            for placeholder in sorted(set(re.findall(r"%\d", source))):
                if placeholder not in text:
                    problems.append(f"{where}: {text!r} lacks {placeholder}")
            if "%n" in source and "%n" not in text and "%Ln" not in text:
                problems.append(f"{where}: {text!r} lacks the count %n")
            if re.search(r"&\w", source) and not re.search(r"&\w", text):
                problems.append(f"{where}: {text!r} lacks its keyboard accelerator (&)")
            if re.findall(r"</?\w+>", source) != re.findall(r"</?\w+>", text):
                problems.append(f"{where}: {text!r} changes the markup")
    assert not problems, "\n".join(problems)


# German addresses the student as "Sie" everywhere; the study plan's strings once said "du".
INFORMAL = re.compile(r"\b(du|dich|dir|dein\w*|schreib|bewerte|gib|hast|bist|willst)\b", re.I)


def test_german_addresses_the_student_formally_throughout() -> None:
    informal = []
    for _, message in messages(TRANSLATIONS / "casewise_de.ts"):
        translation = message.find("translation")
        forms = [] if translation is None else [translation, *translation.iter("numerusform")]
        informal += [form.text for form in forms if form.text and INFORMAL.search(form.text)]
    assert informal == []


def lupdate() -> Path:
    found = Path(sys.executable).parent / "pyside6-lupdate"
    which = shutil.which("pyside6-lupdate")
    if not found.exists() and which:
        found = Path(which)
    assert found.exists(), "pyside6-lupdate ships with PySide6-Essentials; reinstall it"
    return found


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    extracted = tmp_path / "casewise_de.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    subprocess.run(
        [str(lupdate()), "-silent", "-locations", "none", *sources, "-ts", str(extracted)],
        check=True,
        timeout=60,
    )
    wanted = keys(extracted)
    assert len(wanted) > 150  # lupdate found the interface's strings
    for language in SHIPPED:
        shipped = keys(TRANSLATIONS / f"casewise_{language}.ts")
        # English: plural messages only
        needed = {key for key in wanted if key[2]} if language == "en" else wanted
        missing, stale = needed - shipped, shipped - needed
        assert not missing, f"run `make update-translations` and translate: {sorted(missing)}"
        assert not stale, f"run `make update-translations`: no longer in the code: {stale}"


# -- every visible string goes through the translator ---------------------------------------------


class PseudoTranslator(QTranslator):
    """Marks every string that asks to be translated, so the ones that did not ask stand out."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def untranslated(text: str, allowed: set[str]) -> list[str]:
    """The Latin words of `text` that came from no translation and are not allowed data."""
    previous = None
    while previous != text:  # translations nest ("Coverage: %1" holds a percentage)
        previous, text = text, re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
    text = re.sub(r"<[^>]*>|&\w+;", " ", text)
    return [w for w in re.findall(r"[A-Za-z]+", text) if w not in allowed]


def test_the_checker_finds_an_untranslated_word() -> None:
    assert untranslated(f"{OPEN}<b>Checklist</b>{CLOSE} · 75%", set()) == []
    assert untranslated(f"{OPEN}Coverage: {OPEN}75%{CLOSE}{CLOSE}", set()) == []
    assert untranslated(f"Saved {OPEN}Edited{CLOSE}", set()) == ["Saved"]
    assert untranslated("Instagram", {"Instagram"}) == []


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every string a person sees or a screen reader says in `root`."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        for kind, text in (
            ("window title", widget.windowTitle()),
            ("tooltip", widget.toolTip()),
            ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription()),
        ):
            yield f"{name} {kind}", text
        if isinstance(widget, QLabel):
            yield name, widget.text()
        if isinstance(widget, QPushButton | QToolButton):
            yield name, widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QTextEdit):
            yield name, widget.toPlainText()
        if isinstance(widget, QDoubleSpinBox):
            yield name, widget.text()
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                yield name, widget.itemText(row)
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                yield name, item.text()
                yield f"{name} tooltip", item.toolTip()
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            yield from _tree_texts(name, header, widget.columnCount())
            stack: list[QTreeWidgetItem | None]
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                node = stack.pop()
                if node is None:
                    continue
                yield from _tree_texts(name, node, widget.columnCount())
                stack += [node.child(i) for i in range(node.childCount())]
        if isinstance(
            widget, QtWidgets.QTableView
        ):  # a QTableWidget too: its items are its model's
            yield from _table_texts(name, widget.model())
        if isinstance(widget, QMenu):
            yield f"{name} title", widget.title()
        for action in widget.actions():
            yield f"{name} action", action.text()
            yield f"{name} action tooltip", action.toolTip()
            menu = action.menu()
            if isinstance(menu, QMenu):
                yield f"{name} menu", menu.title()


def _table_texts(name: str, model: QtCore.QAbstractItemModel) -> Iterator[tuple[str, str]]:
    display, tooltip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    for column in range(model.columnCount()):
        yield f"{name} header", model.headerData(column, Qt.Orientation.Horizontal, display) or ""
        for row in range(model.rowCount()):
            cell = model.index(row, column)
            yield name, cell.data(display) or ""
            yield f"{name} tooltip", cell.data(tooltip) or ""


def _tree_texts(name: str, item: QTreeWidgetItem, columns: int) -> Iterator[tuple[str, str]]:
    for column in range(columns):
        yield name, item.text(column)
        yield f"{name} tooltip", item.toolTip(column)


@pytest.fixture
def restore_language() -> Iterator[None]:
    application()
    locale = QLocale()
    yield
    i18n.install(i18n.LANGUAGES["en"])
    QLocale.setDefault(locale)


@contextmanager
def persian_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window whose library holds only the Persian bank: any Latin text is not data."""
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / PERSIAN_BANK.name).symlink_to(PERSIAN_BANK)
    window = window_on(tmp_path / "data", bundled=bundled, clock=Ticker())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    window.store.close()


def test_every_visible_string_is_translatable(
    qtbot, tmp_path: Path, restore_language: None
) -> None:
    app = application()
    pseudo = PseudoTranslator(app)
    app.installTranslator(pseudo)
    try:
        with persian_window(qtbot, tmp_path) as window:
            _walk_the_views(window)
    finally:
        app.removeTranslator(pseudo)


def _walk_the_views(window: MainWindow) -> None:
    bank = load(PERSIAN_BANK)
    # Latin words the Persian bank itself uses ("Instagram", "Meta") are data.
    allowed = ALLOWED | set(
        re.findall(r"[A-Za-z]+", "\n".join(f.decode() for f in bank.files.values()))
    )
    seen: list[tuple[str, str]] = []
    found: list[str] = []

    def look(view: QWidget, step: str) -> None:
        for where, text in visible_texts(view):
            seen.append((where, text))
            found.extend(f"{step}: {where}: {text!r}" for _ in untranslated(text, allowed))

    look(window, "library")
    session = window.start(FA_BANK, PERSIAN_QUESTION, Mode.EXAM)
    type_text(window.study.editor, "الگوریتم‌ها حساب‌ها را به هم وصل کرده‌اند. ")
    window.study.tick()
    look(window, "exam, writing")
    window.study.submit()
    look(window, "exam, assessing")
    ids = [a.id for a in session.question.arguments]
    window.study.set_assessment({ids[0]: SelfAssessment.FULLY, ids[1]: SelfAssessment.NONE})
    window.study.reveal()
    window.study.checklist.list.setCurrentRow(0)
    look(window, "exam, revealed")
    window.study.show_model_answer()
    look(window, "model answer")
    window.show_library()
    window.start(FA_BANK, PERSIAN_QUESTION, Mode.PRACTICE)
    type_text(window.study.editor, "اینستاگرام مسئول است. ")
    window.study.refresh_checklist()
    look(window, "practice")
    window.show_library()
    window.library_view.search.setText("zzzz")
    look(window, "search without hits")
    window.library_view.search.clear()
    dialog = window.show_history(FA_BANK, PERSIAN_QUESTION)
    look(dialog, "history")
    dialog.accept()
    feedback = window.choose_feedback()
    look(feedback, "send my attempts")
    feedback.reject()
    assert any(OPEN in text for _, text in seen)  # the pseudo-translator was asked
    assert not found, "not translatable:\n" + "\n".join(found)


# -- choosing, loading and showing a language -----------------------------------------------------


def compiled(language: str, folder: Path) -> Path:
    """Compile a shipped .ts file as `make translations` does."""
    lrelease = lupdate().with_name("pyside6-lrelease")
    target = folder / f"casewise_{language}.qm"
    source = TRANSLATIONS / f"casewise_{language}.ts"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return target


def test_the_language_follows_environment_then_setting_then_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_language: None
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.delenv(i18n.ENVIRONMENT, raising=False)
    assert i18n.choose(settings, QLocale("de_AT")).code == "de"
    assert i18n.choose(settings, QLocale("fa_IR")).code == "fa"
    assert i18n.choose(settings, QLocale("ja_JP")).code == "en"
    settings.setValue(i18n.SETTING, "fa")
    assert i18n.choose(settings, QLocale("de_DE")).code == "fa"
    monkeypatch.setenv(i18n.ENVIRONMENT, "de")
    assert i18n.choose(settings, QLocale("en_US")).code == "de"


def test_without_compiled_translations_the_app_starts_in_english(
    tmp_path: Path, restore_language: None
) -> None:
    assert not i18n.install(i18n.LANGUAGES["fa"], tmp_path)
    assert i18n.current().code == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert application().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_english_says_one_word_not_one_words(tmp_path: Path, restore_language: None) -> None:
    compiled("en", tmp_path)
    assert i18n.install(i18n.LANGUAGES["en"], tmp_path)
    assert QCoreApplication.translate("StudyView", "%n words", "", 1) == "1 word"
    assert QCoreApplication.translate("StudyView", "%n words", "", 2) == "2 words"


def test_german_window_with_german_plurals(
    qtbot, tmp_path: Path, restore_language: None, window_factory
) -> None:
    compiled("de", tmp_path)
    assert i18n.install(i18n.LANGUAGES["de"], tmp_path)
    window = window_factory()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&Datei", "&Versuch", "&Ansicht"]
    window.start("org.casewise.amazon-botschafter", "fc-botschafter/glaubwuerdigkeit", "practice")
    window.study.editor.setPlainText("Glaubwürdig")
    assert window.study.words.text() == "1 Wort von 250–450"
    window.study.editor.setPlainText("Kaum glaubwürdig")
    assert window.study.words.text() == "2 Wörter von 250–450"
    window.study.refresh_checklist()
    assert "Checkliste" in window.study.checklist.heading.text()
    assert " %" in window.study.checklist.heading.text()  # German sets a space before %


def test_persian_window_mirrors_and_writes_persian_digits(
    qtbot, tmp_path: Path, restore_language: None, window_factory
) -> None:
    compiled("fa", tmp_path)
    assert i18n.install(i18n.LANGUAGES["fa"], tmp_path)
    window = window_factory()
    assert window.isRightToLeft()
    assert window.study.checklist.isRightToLeft()
    assert window.menuBar().actions()[0].text() == "&پرونده"
    window.start(FA_BANK, PERSIAN_QUESTION, "practice")
    # Mixed direction: the answer keeps the Latin name and the year as typed.
    answer = "گزارش 2023 دربارهٔ Facebook است."
    window.study.editor.setPlainText(answer)
    assert window.study.editor.toPlainText() == answer
    words = window.study.words.text()
    assert words.startswith("۵ واژه")
    assert not re.search(r"[0-9]", words)
    window.study.refresh_checklist()
    assert "٪" in window.study.checklist.heading.text()
    assert i18n.clock(3725) == "۱:۰۲:۰۵"
    noon = datetime.datetime(2026, 11, 23, 12, 0, tzinfo=datetime.UTC)
    assert i18n.date_time(noon).startswith("۱۴۰۵/۹/")  # the solar hijri calendar, 2 Azar 1405


def test_persian_history_is_mirrored_and_writes_persian_digits_and_dates(
    qtbot, tmp_path: Path, restore_language: None, window_factory
) -> None:
    compiled("fa", tmp_path)
    assert i18n.install(i18n.LANGUAGES["fa"], tmp_path)
    window = window_factory()
    session = window.start(FA_BANK, PERSIAN_QUESTION, "practice")
    window.study.editor.setPlainText("اینستاگرام مسئول است. ")
    window.show_library()
    dialog = window.show_history(FA_BANK, PERSIAN_QUESTION)
    assert dialog.isRightToLeft() and dialog.table.isRightToLeft()
    assert dialog.table.selectionModel().isRowSelected(0)  # the newest, as left to right
    assert dialog.selected_id() == session.attempt.id
    model = dialog.model
    title = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert title and not re.search(r"[A-Za-z]", title)
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[0] == i18n.date_time(window.store.attempt(session.attempt.id).started_at)
    assert re.search("[۰-۹]", cells[0]) and re.search("[۰-۹]", cells[3])  # date and words
    assert not re.search(r"[0-9A-Za-z]", "".join(cells)), cells
    dialog.accept()


def test_english_case_stays_left_to_right_in_a_persian_window(
    qtbot, tmp_path: Path, restore_language: None, window_factory
) -> None:
    compiled("fa", tmp_path)
    assert i18n.install(i18n.LANGUAGES["fa"], tmp_path)
    window = window_factory()
    window.start("org.casewise.brands-social-media", "amazon-international/platform-roles", "exam")
    assert window.isRightToLeft() and window.study.writing.isRightToLeft()
    left_to_right = Qt.LayoutDirection.LeftToRight
    assert window.study.editor.document().begin().textDirection() == left_to_right
    assert window.study.case_pane.browser.document().begin().textDirection() == left_to_right


def test_choosing_a_language_changes_the_window_at_once_and_is_kept(
    qtbot, tmp_path: Path, restore_language: None, window_factory
) -> None:
    window = window_factory()
    session = window.start(
        "org.casewise.brands-social-media", "amazon-international/platform-roles", "practice"
    )
    type_text(window.study.editor, "Amazon uses Facebook.")
    window.study.check_timer.stop()
    window.study.refresh_checklist()
    window.study.checklist.list.setCurrentRow(0)
    german = next(a for a in window.language_menu.actions() if a.data() == "de")
    german.trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Datei")
    assert window.settings.value(i18n.SETTING) == "de"
    assert i18n.choose(window.settings, QLocale("en_US")).code == "de"
    # The attempt goes on in the new view as it was: nothing saved, closed or lost on the way.
    study = window.study
    assert window.pages.currentWidget() is study and study.session is session
    assert study.editor.toPlainText() == "Amazon uses Facebook."
    assert window.store.attempt(session.attempt.id).open_in == window.store.session_id
    assert study.submit_button.text() == "&Abgeben"
    assert study.checklist.list.currentRow() == 0
    assert "Wörter" in study.words.text()
    persian = next(a for a in window.language_menu.actions() if a.data() == "fa")
    persian.trigger()
    qtbot.waitUntil(lambda: "واژه" in window.study.words.text())
    assert window.isRightToLeft() and window.study.session is session
    window.show_library()
    assert window.library_view.tree.headerItem().text(0) == "مجموعه، مورد، پرسش"


@pytest.fixture
def window_factory(qtbot, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """Makes a window after the test installed its language (widgets take it when built)."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = window_on(tmp_path / "data", clock=Ticker())
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window.store.close()
