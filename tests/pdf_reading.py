"""Read a printed PDF back, in Python (pypdf): its text, pages, words and fonts.

No command-line tool is needed, so `make test` asks nothing of the machine.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

# right-to-left letters, with the spaces between them (Hebrew, Arabic and their forms)
RTL_RUN = re.compile(r"[\u0590-\u08ff\ufb1d-\ufefc]+(?: +[\u0590-\u08ff\ufb1d-\ufefc]+)*")
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _readable(text: str) -> str:
    """Layout text as a reader would write it.

    Qt places every word on its own, which pypdf reads as tabs; it writes
    right-to-left text in the order it is drawn (left to right), which is put
    back in reading order here. A CJK glyph can read back as the first code
    point that shows it (小 as the Kangxi radical ⼩): NFKC folds those back,
    and turns presentation forms and no-break spaces into plain letters and
    spaces.
    """
    text = BIDI_MARKS.sub("", text.replace("\t", " "))
    text = unicodedata.normalize("NFKC", text)
    return RTL_RUN.sub(lambda match: match.group(0)[::-1], text)


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text of the PDF (or of page ``page``, counted from 1), line by line."""
    reader = PdfReader(str(path))
    pages = [reader.pages[page - 1]] if page else reader.pages
    return "\n".join(_readable(p.extract_text(extraction_mode="layout")) for p in pages)


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


@dataclass(frozen=True)
class Glyph:
    """One glyph drawn on a page, its box in points from the page's top left."""

    x_min: float
    y_top: float
    x_max: float
    page: int


def pdf_glyphs(path: Path) -> list[Glyph]:
    """Every glyph Qt drew, with where it starts and ends.

    Qt's PDF engine shows one glyph per text operation, in a Type 0 font with
    2-byte glyph ids and a /W table of advances, so a glyph's right edge is its
    origin plus its advance.
    """
    reader = PdfReader(str(path))
    return [
        glyph
        for number, page in enumerate(reader.pages, start=1)
        for glyph in _page_glyphs(page, number)
    ]


def _page_glyphs(page, number: int) -> list[Glyph]:
    height = float(page.mediabox.height)
    fonts = page["/Resources"]["/Font"]
    glyphs: list[Glyph] = []
    state: dict = {}

    def visit(operator, operands, cm, tm) -> None:
        if operator == b"Tf":
            state["widths"], state["default"] = _advances(fonts[operands[0]].get_object())
            state["size"] = float(operands[1])
        elif operator == b"Tj":
            raw = bytes(getattr(operands[0], "original_bytes", operands[0]))
            ids = [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2)]
            widths, default = state["widths"], state["default"]
            advance = sum(widths.get(gid, default) for gid in ids) / 1000
            scale, _, _, _, x, y = _multiply(tm, cm)
            glyphs.append(Glyph(x, height - y, x + advance * state["size"] * scale, number))

    page.extract_text(visitor_operand_before=visit)
    return glyphs


def _advances(font) -> tuple[dict[int, float], float]:
    """Glyph id → advance (thousandths of an em), from a Type 0 font's /W array,
    and the default advance for the ids it does not list."""
    descendant = font["/DescendantFonts"][0].get_object()
    table = descendant.get("/W", [])
    widths: dict[int, float] = {}
    i = 0
    while i < len(table):
        first = int(table[i])
        if isinstance(table[i + 1], list):
            for offset, width in enumerate(table[i + 1]):
                widths[first + offset] = float(width)
            i += 2
        else:
            for gid in range(first, int(table[i + 1]) + 1):
                widths[gid] = float(table[i + 2])
            i += 3
    return widths, float(descendant.get("/DW", 1000))


def _multiply(m1: list[float], m2: list[float]) -> tuple[float, ...]:
    """The PDF product m1 × m2 of two [a b c d e f] matrices."""
    a1, b1, c1, d1, e1, f1 = (float(v) for v in m1)
    a2, b2, c2, d2, e2, f2 = (float(v) for v in m2)
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


@dataclass(frozen=True)
class EmbeddedFont:
    name: str  # the PostScript name, without the subset prefix
    embedded: bool


def pdf_fonts(path: Path) -> list[EmbeddedFont]:
    """Every font the PDF uses, and whether its program is embedded."""
    reader = PdfReader(str(path))
    found: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
            found[name] = found.get(name, True) and embedded
    return [EmbeddedFont(name, embedded) for name, embedded in sorted(found.items())]
