"""Cut the overview into pages and paint them, each with its running footer.

The document is laid out once on a fixed 96-dpi page (so a line breaks at the
same word on paper, in the preview and in every PDF, whatever the printer's
resolution), then painted scaled to the device, page by page.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from functools import cache

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from relations_app.i18n import translate
from relations_app.printing.markup import FONT_FAMILY, KEEP_WITH_NEXT, MUTED

LAYOUT_DPI = 96
MM_PER_INCH = 25.4
FOOTER_POINT_SIZE = 7.5
FOOTER_BAND_MM = 9.0  # kept free at the bottom of each page for the footer
MAX_KEEP_PASSES = 8


class PaintError(OSError):
    """The device refused to be painted on (a file that cannot be opened, a printer gone)."""


def default_page_layout() -> QPageLayout:
    """A4, or US Letter where the locale measures in inches; margins generous enough to hold."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    size = QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)
    return QPageLayout(
        size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(20, 16, 20, 12),
        QPageLayout.Unit.Millimeter,
    )


@cache
def layout_device() -> QImage:
    """A paint device of exactly LAYOUT_DPI, independent of any screen."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def body_size(page_layout: QPageLayout) -> QSizeF:
    """The area text may fill on each page, in layout pixels (footer band excluded)."""
    rect = page_layout.paintRect(QPageLayout.Unit.Millimeter)
    to_px = LAYOUT_DPI / MM_PER_INCH
    # whole pixels: Qt places pages at multiples of the height in 1/64 px, and a
    # whole height keeps our page arithmetic exactly equal to Qt's
    return QSizeF(
        math.floor(rect.width() * to_px), math.floor((rect.height() - FOOTER_BAND_MM) * to_px)
    )


def paginate(document: QTextDocument, page_layout: QPageLayout) -> int:
    """Lay the document out on pages and keep headings with their text; the page count."""
    document.setUndoRedoEnabled(False)  # nothing to undo, and no memory spent on it
    document.documentLayout().setPaintDevice(layout_device())
    size = body_size(page_layout)
    document.setPageSize(size)
    for _ in range(MAX_KEEP_PASSES):
        if not keep_headings_with_text(document, size.height()):
            break
        # the sweep trusted Qt's incremental relayout; check it against a full one
        document.markContentsDirty(0, document.characterCount())
    return document.pageCount()


def keep_headings_with_text(document: QTextDocument, page_height: float) -> int:
    """Start a new page before every heading (or run of headings) that would sit
    at the bottom of a page without the first line of its text; how many moved.

    One sweep: moving a heading only shifts what follows it, and the layout
    catches up lazily as the sweep goes on.
    """
    moved = 0
    for block in _stranded_heading_blocks(document, page_height):
        _break_before(block)
        moved += 1
    return moved


def stranded_headings(document: QTextDocument, page_height: float) -> list[str]:
    """The headings left alone at a page bottom (for tests: should be none)."""
    return [block.text() for block in _stranded_heading_blocks(document, page_height)]


def _stranded_heading_blocks(document: QTextDocument, page_height: float) -> Iterator[QTextBlock]:
    """Headings cut off from their text, found lazily: a caller may move each
    one before the next is looked at."""
    block = document.begin()
    while block.isValid():
        if _is_heading(block) and not _is_heading(block.previous()):
            text_block = _first_text_after(block)
            if text_block.isValid() and _stranded(document, block, text_block, page_height):
                yield block
        block = block.next()


def _is_heading(block: QTextBlock) -> bool:
    return block.isValid() and block.userState() == KEEP_WITH_NEXT


def _first_text_after(block: QTextBlock) -> QTextBlock:
    following = block.next()
    while _is_heading(following):
        following = following.next()
    return following


def _line_top(document: QTextDocument, block: QTextBlock) -> float:
    rect = document.documentLayout().blockBoundingRect(block)
    line = block.layout().lineAt(0)
    return rect.top() + (line.y() if line.isValid() else 0.0)


def _line_bottom(document: QTextDocument, block: QTextBlock) -> float:
    rect = document.documentLayout().blockBoundingRect(block)
    line = block.layout().lineAt(0)
    return rect.top() + (line.y() + line.height() if line.isValid() else rect.height())


def _stranded(
    document: QTextDocument, heading: QTextBlock, text: QTextBlock, page_height: float
) -> bool:
    top = _line_top(document, heading)
    first_page = int((top + 0.5) // page_height)
    at_page_top = top - first_page * page_height < 1.0  # moving it would not help
    last_page = int((_line_bottom(document, text) - 0.5) // page_height)
    return first_page != last_page and not at_page_top


def _break_before(block: QTextBlock) -> None:
    fmt = QTextBlockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).mergeBlockFormat(fmt)


def footer_text(page: int, pages: int) -> str:
    return translate("Overview", "Page {0} of {1}").format(page, pages)


def paint_document(
    document: QTextDocument,
    device: QPagedPaintDevice,
    running_title: str,
    painted: Callable[[int, int], None] | None = None,
) -> int:
    """paint_documents of one document."""
    return paint_documents([document], device, running_title, painted)


def paint_documents(
    documents: list[QTextDocument],
    device: QPagedPaintDevice,
    running_title: str,
    painted: Callable[[int, int], None] | None = None,
) -> int:
    """Paint paginated documents on ``device`` one after the other, one page at
    a time, numbered through; the page count.

    ``running_title`` ("Relations overview · 3 Jun 2026") goes in every footer,
    beside "Page N of M". ``painted(done, pages)`` is called after each page: it
    may move a progress bar, or raise to stop (the device is closed all the same).
    """
    pages = sum(document.pageCount() for document in documents)
    scale = device.logicalDpiY() / LAYOUT_DPI
    painter = QPainter()
    if not painter.begin(device):
        raise PaintError(translate("Overview", "The printer or the file could not be opened."))
    try:
        done = 0
        for document in documents:
            page_height = document.pageSize().height()
            for index in range(document.pageCount()):
                if done and not device.newPage():
                    raise PaintError(translate("Overview", "The printer refused a new page."))
                _paint_page(painter, document, index, page_height, scale)
                done += 1
                _paint_footer(
                    painter,
                    document.pageSize().width() * scale,
                    page_height * scale,
                    running_title,
                    footer_text(done, pages),
                )
                if painted is not None:
                    painted(done, pages)
    finally:
        painter.end()
    return pages


def _paint_page(
    painter: QPainter, document: QTextDocument, index: int, page_height: float, scale: float
) -> None:
    painter.save()
    painter.scale(scale, scale)
    top = index * page_height
    painter.translate(0, -top)
    # a hair short of the next page: Qt draws a block whose top touches the clip's
    # bottom edge, which would put the next page's first line, invisible but
    # searchable, into this page of the PDF
    # (drawContents, not documentLayout().draw(): PySide 6.12 corrupts None's refcount
    # each time PaintContext.clip is set, and a thousand pages crash the process)
    document.drawContents(painter, QRectF(0, top, document.pageSize().width(), page_height - 0.5))
    painter.restore()


def _paint_footer(
    painter: QPainter, width: float, body_height: float, left: str, right: str
) -> None:
    """A hairline, the title and date on the left, the page number on the right."""
    dpmm = painter.device().logicalDpiY() / MM_PER_INCH
    painter.save()
    pen = QPen(QColor("#c9d1dc"))
    pen.setWidthF(0.25 * dpmm)
    painter.setPen(pen)
    rule_y = body_height + 3.5 * dpmm
    painter.drawLine(QPointF(0, rule_y), QPointF(width, rule_y))
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(FOOTER_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    band = QRectF(0, rule_y + 1.2 * dpmm, width, 4.5 * dpmm)
    top_flags = Qt.AlignmentFlag.AlignTop
    painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | top_flags), left)
    painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | top_flags), right)
    painter.restore()
