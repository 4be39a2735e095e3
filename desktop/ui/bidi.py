"""Right-to-left and left-to-right text side by side: the one place every pane lays it out.

A Persian case in an English window, or a German one in a Persian window, mixes two directions
in one pane. Casewise follows one rule everywhere, the one a browser's ``dir="auto"`` follows:

- every paragraph (a block of a text pane, a line of a list item, a label) runs and is aligned
  by its own text: the direction of its first strong letter (`desktop.display.direction`), and
  that of its pane (the bank's language) or of the interface when it has none;
- interface words set into bank text, and bank text set into an interface sentence, are
  isolates (`desktop.display.isolate`, `desktop.display.quote`): they keep their own order and
  never pull their neighbours into it, and a shortened text keeps its ellipsis at its own end.

`settle` applies the rule to a text document (the case, the prompt, the details pane, any HTML
a bank's Markdown becomes, each item of a list: `desktop.ui.richlist.RichTextDelegate`),
`FollowDirections` keeps it true in the answer while the student types, and `paragraph`,
`follow_text` and `interface_sentence` do it for labels.
"""

from __future__ import annotations

import html
import re

from casebank.language import is_right_to_left
from desktop.display import direction
from desktop.ui.qt import (
    QGuiApplication,
    QLabel,
    QObject,
    Qt,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextEdit,
    QTextOption,
    QTimer,
    QWidget,
)

LTR = Qt.LayoutDirection.LeftToRight
RTL = Qt.LayoutDirection.RightToLeft
_TAG = re.compile(r"<[^>]*>")


def of_language(language: str) -> Qt.LayoutDirection:
    """The direction a language (a bank's tag such as ``fa`` or ``de-CH``) is written in."""
    return RTL if is_right_to_left(language) else LTR


def interface() -> Qt.LayoutDirection:
    """The interface's direction (right to left in Persian)."""
    return RTL if QGuiApplication.layoutDirection() == RTL else LTR


def of_text(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of `text`'s first strong letter; `fallback` when it has none."""
    found = direction(text)
    if found is None:
        return fallback
    return RTL if found == "rtl" else LTR


def settle(document: QTextDocument, fallback: Qt.LayoutDirection) -> None:
    """Lay out every block of `document` by its own text: its direction, and aligned to the
    side it starts on (a block's own explicit alignment, such as a centred table cell, stays).

    Args:
        document: a document just filled (`setHtml`, `setPlainText`); not an undo step.
        fallback: the direction of a block without letters (the pane's language's).
    """
    option = QTextOption(document.defaultTextOption())
    option.setTextDirection(fallback)
    # Leading, not absolute: Qt mirrors it for a right-to-left block.
    option.setAlignment(Qt.AlignmentFlag.AlignLeft)
    document.setDefaultTextOption(option)
    undo = document.isUndoRedoEnabled()
    # One edit block: Qt lays the document out again once at its end, not after each block's
    # change (a 20,000-word case has some 900 blocks: one layout per change took 0.6 s).
    editing = QTextCursor(document)
    editing.beginEditBlock()
    block = document.begin()
    while block.isValid():
        wanted = of_text(block.text(), fallback)
        if block.blockFormat().layoutDirection() != wanted:
            editing.setPosition(block.position())
            change = QTextBlockFormat()
            change.setLayoutDirection(wanted)
            editing.mergeBlockFormat(change)
        block = block.next()
    editing.endEditBlock()
    if undo and document.availableUndoSteps():
        document.clearUndoRedoStacks(QTextDocument.Stacks.UndoStack)


def show_html(view: QTextEdit, markup: str, fallback: Qt.LayoutDirection) -> None:
    """Show HTML in a text pane, each block laid out by its own text (`settle`)."""
    view.setHtml(markup)
    settle(view.document(), fallback)


def paragraph(markup: str, fallback: Qt.LayoutDirection, tag: str = "p") -> str:
    """`markup` as one HTML block that runs the way its words do, for a rich text label, whose
    blocks Qt would otherwise turn by their first letter, isolated or not."""
    text = html.unescape(_TAG.sub("", markup))
    way = "rtl" if of_text(text, fallback) == RTL else "ltr"
    return f'<{tag} dir="{way}">{markup}</{tag}>'


def follow_text(widget: QWidget, text: str, fallback: Qt.LayoutDirection) -> None:
    """Turn a one-text widget (a label of bank text) the way its text runs, so that it is
    aligned to the side the text starts on and ordered from there."""
    widget.setLayoutDirection(of_text(text, fallback))


def interface_sentence(label: QLabel) -> None:
    """Align a label of the interface's own sentences (bank text only in isolates) at the
    interface's side, also when a translation begins with a Latin name ("Casewise …" in
    Persian), which the first-strong rule would send to the other side."""
    leading = Qt.AlignmentFlag.AlignRight if interface() == RTL else Qt.AlignmentFlag.AlignLeft
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    label.setAlignment(leading | Qt.AlignmentFlag.AlignAbsolute | vertical)


class FollowDirections(QObject):
    """Keeps `settle`'s rule in an editor while the student types: a paragraph begun in the
    other language turns as soon as its first letter is typed, and back when it is deleted.

    The change is made after the keystroke, as part of its undo step, and only to the blocks
    the keystroke (or a paste) touched, so typing stays as fast as before.
    """

    def __init__(self, editor: QTextEdit, fallback: Qt.LayoutDirection) -> None:
        super().__init__(editor)
        self.editor = editor
        self.fallback = fallback
        self._from: int | None = None
        self._to = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        editor.document().contentsChange.connect(self._changed)

    def reset(self, fallback: Qt.LayoutDirection) -> None:
        """A new text in the editor (not an undo step), whose blocks without letters run as
        `fallback`."""
        self.fallback = fallback
        self._timer.stop()
        self._from = None
        settle(self.editor.document(), fallback)

    def _changed(self, position: int, _removed: int, added: int) -> None:
        start = position if self._from is None else min(self._from, position)
        self._from, self._to = start, max(self._to, position + added)
        self._timer.start()

    def apply(self) -> None:
        """Turn the blocks changed since the last call that now run the other way."""
        if self._from is None:
            return
        document = self.editor.document()
        block = document.findBlock(self._from)
        last = document.findBlock(min(self._to, max(document.characterCount() - 1, 0)))
        self._from, self._to = None, 0
        cursor: QTextCursor | None = None
        while block.isValid():
            wanted = of_text(block.text(), self.fallback)
            if block.blockFormat().layoutDirection() != wanted:
                if cursor is None:
                    cursor = QTextCursor(document)
                    cursor.joinPreviousEditBlock()  # undone with the keystroke that caused it
                cursor.setPosition(block.position())
                change = QTextBlockFormat()
                change.setLayoutDirection(wanted)
                cursor.mergeBlockFormat(change)
            if block == last:
                break
            block = block.next()
        if cursor is not None:
            cursor.endEditBlock()
            self._from = None  # its own change needs no second look
