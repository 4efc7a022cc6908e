"""Write the overview to a PDF file: whole or not at all, readable by its owner only.

The pages go to a temporary file beside the destination, which then replaces
it in one step: a full disk or a crash never leaves half a PDF, and an older
file of that name stays intact until the new one is complete.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPdfWriter, QTextDocument

from relations_app import APP_NAME, __version__
from relations_app.labels import format_date
from relations_app.printing.overview_document import build_overview_document, title
from relations_app.printing.paginate import (
    PaintError,
    default_page_layout,
    paginate,
    paint_document,
)
from relations_app.services.overview import OverviewData


def running_title(data: OverviewData) -> str:
    return f"{APP_NAME} · {title()} · {format_date(data.today)}"


def render(data: OverviewData, device, page_layout: QPageLayout) -> int:
    """Build, paginate and paint the overview on any paged device; the page count.

    The print preview calls this for its printer, write_pdf for a PDF writer.
    """
    document: QTextDocument = build_overview_document(data)
    paginate(document, page_layout)
    return paint_document(document, device, running_title(data))


def write_pdf(data: OverviewData, destination: Path, page_layout: QPageLayout | None = None) -> int:
    """Write the overview to ``destination``; the page count. Raises OSError when
    the folder cannot be written, and then leaves nothing behind."""
    destination = Path(destination)
    page_layout = page_layout or default_page_layout()
    handle, temporary = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".part", dir=destination.parent or "."
    )
    os.close(handle)
    try:
        pages = _write(data, Path(temporary), page_layout)
        os.chmod(temporary, 0o600)
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages


def _write(data: OverviewData, path: Path, page_layout: QPageLayout) -> int:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(page_layout)
    writer.setTitle(title())
    writer.setCreator(f"{APP_NAME} {__version__}")
    pages = render(data, writer, page_layout)
    del writer  # the file is complete only once the writer is gone
    if path.stat().st_size == 0:
        raise PaintError(f"{path}: the PDF could not be written")
    return pages
