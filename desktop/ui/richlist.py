"""Lists whose lines show a little rich text: a search result with its matching words marked.

A `QListWidgetItem` draws plain text only. `RichTextDelegate` draws an item's `HTML_ROLE` instead
(wrapped in the list's width, in the palette's colours, selected or not) and keeps the plain
text as the item's text, which screen readers and keyboard search use.
"""

from __future__ import annotations

from desktop.ui.qt import (
    QAbstractItemView,
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
    """Draws each item's `HTML_ROLE` (its plain text when it has none)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(PADDING)
        document.setDefaultFont(option.font)
        markup = index.data(HTML_ROLE)
        if markup:
            document.setHtml(str(markup))
        else:
            document.setPlainText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        document.setTextWidth(max(width, 1))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The item's background and selection as the style draws them, then its rich text."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, self.view)
        rect = item.rect
        document = self._document(item, index, rect.width())
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        context = QtGui.QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
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
        document = self._document(item, index, width)
        return QSize(width, int(document.size().height()))
