"""Spell-checking in the writing pane: wavy underlines as the student types, and suggestions,
"Add to my dictionary" and "Ignore" on the context menu (right-click, the Menu key or Shift+F10).

Typing never waits for the dictionary. The highlighter underlines only words whose verdict is
already cached; words it has not seen are looked up a few milliseconds at a time on the event loop,
after which only the paragraphs that hold them are highlighted again. Qt re-highlights only the
paragraph being edited, and the dictionary itself loads on a background thread.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path

from casebank.errors import UserError
from desktop.display import from_utf16, to_utf16
from desktop.spelling import (
    Dictionary,
    DictionaryLoader,
    Misspelling,
    PersonalDictionary,
    Speller,
)
from desktop.ui import theme
from desktop.ui.qt import (
    QAction,
    QEvent,
    QMenu,
    QMessageBox,
    QObject,
    QPlainTextEdit,
    QPoint,
    Qt,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextEdit,
    QtGui,
    QTimer,
    Signal,
)

SLICE_SECONDS = 0.008  # lookups per turn of the event loop: well under a frame
# New words are looked up when typing pauses: one German non-word can take 50 ms (Hunspell tries
# every way to split it into a compound), which between two keystrokes would be felt.
PAUSE_MS = 150
LOAD_POLL_MS = 100

_loader = DictionaryLoader()


class SpellHighlighter(QtGui.QSyntaxHighlighter):
    """Underlines the misspelt words of a document, one paragraph (block) at a time."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.speller: Speller | None = None
        self._words: set[str] = set()  # seen but not looked up yet
        self._blocks: set[int] = set()  # blocks to highlight again once they are
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._look_up)
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(theme.misspelling_colour())

    def set_speller(self, speller: Speller | None) -> None:
        """Check with `speller` from now on (None: stop checking and clear the underlines)."""
        self.speller = speller
        self._words.clear()
        self._blocks.clear()
        self.refresh()

    def refresh(self) -> None:
        """Highlight the whole document again (after the word lists changed)."""
        with _quiet(self.document()):
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Underline the block's words that are known to be wrong; queue the others."""
        speller = self.speller
        if speller is None:
            return
        waiting = False
        for word in speller.words(text):
            verdict = speller.verdict(word.word)
            if verdict is None:
                self._words.add(word.word)
                waiting = True
            elif not verdict:
                start, end = to_utf16(text, word.start), to_utf16(text, word.end)
                self.setFormat(start, end - start, self.underline)
        if waiting:
            self._blocks.add(self.currentBlock().blockNumber())
            self._timer.start(PAUSE_MS)  # restarted by every keystroke

    def _look_up(self) -> None:
        speller = self.speller
        if speller is None:
            return
        deadline = time.monotonic() + SLICE_SECONDS
        while self._words and time.monotonic() < deadline:
            speller.is_correct(self._words.pop())
        if self._words:
            self._timer.start(0)  # the rest on the next turn of the event loop
            return
        self._highlight_waiting()

    def _highlight_waiting(self) -> None:
        document = self.document()
        blocks, self._blocks = self._blocks, set()
        with _quiet(document):
            for number in sorted(blocks):
                block = document.findBlockByNumber(number)
                if block.isValid():
                    self.rehighlightBlock(block)

    def finish(self) -> None:
        """Look up every waiting word now (for tests and benchmarks)."""
        if self.speller is not None:
            while self._words:
                self.speller.is_correct(self._words.pop())
        self._timer.stop()
        self._highlight_waiting()

    @property
    def busy(self) -> bool:
        """Whether words are waiting to be looked up."""
        return bool(self._words)

    def misspelling_at(self, position: int) -> Misspelling | None:
        """The misspelt word at a document position (spans in document positions)."""
        speller = self.speller
        if speller is None:
            return None
        block = self.document().findBlock(position)
        text = block.text()
        offset = from_utf16(text, position - block.position())
        for word in speller.words(text):
            if word.start <= offset <= word.end and not speller.is_correct(word.word):
                start = block.position()
                return Misspelling(
                    start + to_utf16(text, word.start), start + to_utf16(text, word.end), word.word
                )
        return None


# The dictionaries whose objects `_settle` has set aside from the garbage collector (kept for
# the process's life anyway: `desktop.spelling.dictionary_for` caches them).
_settled: list[Dictionary] = []


def _settle(dictionary: Dictionary) -> None:
    """Set a newly loaded dictionary aside from the garbage collector, as `desktop.ui.app.
    settle_memory` does with what the start built.

    A Hunspell dictionary is some 350,000 objects (a German one more) that live as long as the
    process. Loaded after the window settled, they were left in the collector's care, and each
    full collection walked them all: pauses of 50 to 100 ms on a keystroke now and then, the
    slowest twentieth of them. Freezing takes no time; objects made earlier go with them, which
    costs at most a little memory that is never collected.
    """
    if not any(settled is dictionary for settled in _settled):
        _settled.append(dictionary)
        gc.freeze()


class SpellCheck(QObject):
    """Spell-checking for one editor: loads the question's dictionary and adds the menu."""

    ready = Signal()  # the dictionary is loaded and the text checked
    problem = Signal(str)

    def __init__(
        self, editor: QPlainTextEdit | QTextEdit, loader: DictionaryLoader = _loader
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.loader = loader
        self.highlighter = SpellHighlighter(editor.document())
        self.dictionary: Dictionary | None = None
        self._future: Future[Dictionary | None] | None = None
        self._accepted: frozenset[str] = frozenset()
        self._data_dir: Path | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(LOAD_POLL_MS)
        self._poll.timeout.connect(self._loaded)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._show_menu)
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The Menu key and Shift+F10 open the menu at the text cursor, not at the mouse."""
        if watched is self.editor and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QtGui.QKeyEvent)
            shift_f10 = (
                event.key() == Qt.Key.Key_F10
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            )
            if event.key() == Qt.Key.Key_Menu or shift_f10:
                self._show_menu(self.editor.cursorRect().center())
                return True
        return super().eventFilter(watched, event)

    @property
    def speller(self) -> Speller | None:
        """The speller in use (None while the dictionary loads or when there is none)."""
        return self.highlighter.speller

    def start(self, language: str, accepted: frozenset[str], data_dir: Path | None) -> None:
        """Check the editor in `language`, accepting the case's words and the student's own."""
        self.highlighter.set_speller(None)
        self._accepted = accepted
        self._data_dir = data_dir
        self._future = self.loader.request(language)
        self._poll.start()
        self._loaded()

    def stop(self) -> None:
        """Stop checking (the underlines go)."""
        self._future = None
        self._poll.stop()
        self.highlighter.set_speller(None)

    def wait(self) -> None:
        """Block until the dictionary is loaded and the text checked (for tests and benchmarks)."""
        if self._future is not None:
            self._future.result()
            self._loaded()
        self.highlighter.finish()

    def _loaded(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self._poll.stop()
        self._future = None
        self.dictionary = future.result()
        if self.dictionary is None:
            return
        personal = None
        if self._data_dir is not None:
            try:
                personal = PersonalDictionary.open(self._data_dir, self.dictionary.language)
            except UserError as exc:
                self._tell(str(exc))  # checking goes on, without the student's own words
        self.highlighter.set_speller(Speller(self.dictionary, self._accepted, personal))
        _settle(self.dictionary)
        self.ready.emit()

    # -- the context menu ------------------------------------------------------------------

    def menu_at(self, pos: QPoint) -> QMenu:
        """The editor's context menu at a viewport position, with spelling actions on top."""
        menu = self.editor.createStandardContextMenu(pos)
        speller = self.speller
        position = self.editor.cursorForPosition(pos).position()
        found = None if speller is None else self.highlighter.misspelling_at(position)
        if speller is None or found is None or self.editor.isReadOnly():
            return menu
        first = menu.actions()[0] if menu.actions() else None
        actions: list[QAction] = []
        suggestions = speller.suggestions(found.word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setProperty("spelling", "suggestion")
            action.triggered.connect(lambda *_, s=suggestion, f=found: self.replace(f, s))
            actions.append(action)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        actions.append(_separator(menu))
        add = QAction(self.tr("Add “%1” to my dictionary").replace("%1", found.word), menu)
        add.setProperty("spelling", "add")
        add.triggered.connect(lambda *_, w=found.word: self.add_word(w))
        ignore = QAction(self.tr("Ignore “%1”").replace("%1", found.word), menu)
        ignore.setProperty("spelling", "ignore")
        ignore.triggered.connect(lambda *_, w=found.word: self.ignore_word(w))
        actions += [add, ignore, _separator(menu)]
        menu.insertActions(first, actions)  # type: ignore[arg-type]
        if suggestions:
            menu.setActiveAction(actions[0])
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.menu_at(pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.editor.viewport().mapToGlobal(pos))

    def replace(self, found: Misspelling, suggestion: str) -> None:
        """Replace a misspelt word with a suggestion (one step to undo)."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(found.start)
        cursor.setPosition(found.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(suggestion)

    def add_word(self, word: str) -> None:
        """Add a word to the student's dictionary and stop flagging it."""
        speller = self.speller
        if speller is None:
            return
        try:
            speller.add(word)
        except UserError as exc:
            self._tell(str(exc))
            return
        self.highlighter.refresh()

    def _tell(self, message: str) -> None:
        """Say what went wrong without blocking the writing pane."""
        self.problem.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Spelling"),
            message,
            QMessageBox.StandardButton.Ok,
            self.editor,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def ignore_word(self, word: str) -> None:
        """Stop flagging a word until Casewise closes."""
        speller = self.speller
        if speller is not None:
            speller.ignore(word)
            self.highlighter.refresh()


@contextmanager
def _quiet(document: QTextDocument) -> Iterator[None]:
    """New underlines are not an edit: without this, Qt reports them as changed text (the
    editor's textChanged), and the answer would be marked edited and re-checked."""
    was = document.blockSignals(True)
    try:
        yield
    finally:
        document.blockSignals(was)


def _separator(menu: QMenu) -> QAction:
    action = QAction(menu)
    action.setSeparator(True)
    return action
