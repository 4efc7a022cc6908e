"""Write the overview to a PDF file: whole or not at all, readable by its owner only.

The pages go to a temporary file beside the destination, which then replaces
it in one step: a full disk or a crash never leaves half a PDF, and an older
file of that name stays intact until the new one is complete.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPdfWriter

from relations_app import APP_NAME, __version__
from relations_app.i18n import labelled, translate
from relations_app.labels import format_date
from relations_app.printing.overview_document import build_overview_documents, title
from relations_app.printing.paginate import (
    PaintError,
    default_page_layout,
    paginate,
    paint_documents,
)
from relations_app.services.overview import OverviewData
from relations_app.storage.files import remove_leftovers, temporary_beside, write_problem


def running_title(data: OverviewData) -> str:
    return f"{APP_NAME} · {title()} · {format_date(data.today)}"


Painted = Callable[[int, int], None]  # (page, pages) after each page; may raise to stop


def _nothing_painted(done: int, total: int) -> None:
    pass


def render(
    data: OverviewData, device, page_layout: QPageLayout, painted: Painted = _nothing_painted
) -> int:
    """Build, paginate and paint the overview on any paged device; the page count.

    The print preview calls this for its printer, write_pdf for a PDF writer.
    ``painted`` hears (0, 0) before the layout (seconds at thousands of pages,
    with no count to show yet), then each page painted.
    """
    painted(0, 0)
    documents = build_overview_documents(data)
    painted(0, 0)
    for document in documents:
        paginate(document, page_layout)
    return paint_documents(documents, device, running_title(data), painted)


def write_pdf(
    data: OverviewData,
    destination: Path,
    page_layout: QPageLayout | None = None,
    painted: Painted = _nothing_painted,
) -> int:
    """Write the overview to ``destination``; the page count. Raises OSError when
    the folder cannot be written (with its cause: a full or read-only disk), and
    then leaves nothing behind; so does whatever ``painted`` raises (Cancel).

    The pages go to ``.<name>.<random>.part`` beside it, held while written; a
    .part that a killed run left there is removed by the next run.
    """
    destination = Path(destination)
    page_layout = page_layout or default_page_layout()
    folder = destination.parent
    remove_leftovers(folder, f".{destination.name}.*.part")
    with temporary_beside(destination, ".part") as temporary:
        try:
            pages = _write(data, temporary, page_layout, painted)
        except PaintError:
            raise write_problem(folder) or PaintError(
                labelled(destination, translate("Overview", "the PDF could not be written"))
            ) from None
        os.replace(temporary, destination)
    return pages


def _write(data: OverviewData, path: Path, page_layout: QPageLayout, painted: Painted) -> int:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(page_layout)
    writer.setTitle(title())
    writer.setCreator(f"{APP_NAME} {__version__}")
    try:
        pages = render(data, writer, page_layout, painted)
    finally:
        # the file is complete only once the writer is gone; on Cancel, it must be
        # closed before its .part is removed (Windows keeps an open file)
        del writer
    if not _complete(path):  # Qt says nothing when a full disk cut the file short
        raise PaintError(labelled(path, translate("Overview", "the PDF could not be written")))
    return pages


def _complete(path: Path) -> bool:
    """A PDF ends with its end-of-file marker (and some bytes of trailer)."""
    with path.open("rb") as stream:
        stream.seek(0, os.SEEK_END)
        size = stream.tell()
        stream.seek(max(0, size - 64))
        return size > 0 and b"%%EOF" in stream.read()
