"""Lists whose lines show a little rich text, each line running its own way.

A `QListWidgetItem` draws plain text only, and in one direction, the list's. `RichTextDelegate`
draws an item's `HTML_ROLE` instead (a search result with its matching words marked), or its
plain text line by line, wrapped in the list's width, in the palette's colours (or the item's
own, as the checklist's statuses), selected or not. Each line (each block) runs and is aligned
by its own text (`desktop.ui.bidi.settle`): a Persian title in an English checklist right to
left, the English counts below it left to right. The item's plain text stays its text, which
screen readers and keyboard search use.
"""

from __future__ import annotations

from desktop.ui.bidi import settle
from desktop.ui.qt import (
    QAbstractItemView,
    QListView,
    QModelIndex,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTextDocument,
    QtGui,
)

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
PADDING = 4


class RichTextDelegate(QStyledItemDelegate):
    """Draws each item's `HTML_ROLE` (its plain text, line by line, when it has none).

    Lines without letters run as `fallback` (the list's layout direction when it is None).
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.fallback: Qt.LayoutDirection | None = None
        # Every line wraps in the list's width: nothing is ever wider than the list.
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> QTextDocument:
        """The item laid out in `width` pixels."""
        document = QTextDocument()
        document.setDocumentMargin(PADDING)
        document.setDefaultFont(option.font)
        markup = index.data(HTML_ROLE)
        if markup:
            document.setHtml(str(markup))
        else:
            document.setPlainText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        settle(document, self.fallback or self.view.layoutDirection())
        document.setTextWidth(max(width, 1))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The item's background and selection as the style draws them, then its text."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, self.view)
        rect = item.rect
        document = self.document(item, index, rect.width())
        context = QtGui.QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = item.palette.color(role)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None and not selected:
            colour = QtGui.QBrush(foreground).color()
        if not index.flags() & Qt.ItemFlag.ItemIsEnabled:  # a hint such as "Nothing matches."
            colour = item.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as the text wrapped in the list's width."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        width = self.view.viewport().width()
        if isinstance(self.view, QListView):
            width -= 2 * self.view.spacing()  # the room around each item
        document = self.document(item, index, width)
        return QSize(width, int(document.size().height()) + 1)
