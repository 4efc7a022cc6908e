"""The fonts every test sees, whatever the machine has installed.

Qt finds fonts through fontconfig. Before Qt starts, the test session points
FONTCONFIG_FILE at a configuration of its own that lists two folders and
nothing else: the fonts the app bundles (DejaVu Sans) and a stand-in for a
CJK system font, made here with fontTools. So text is measured, wrapped and
printed the same way on every machine, a CJK name prints on any of them (the
stand-in covers kana, the unified ideographs and Hangul, each code point with
a glyph of its own, so a PDF's text reads back right), and a script that
neither covers (Devanagari, say) is missing everywhere: the tests of the
"no font for these characters" warning can rely on that. Subprocesses inherit
the variable, so the command-line tests see the same fonts.
"""

from __future__ import annotations

import os
from pathlib import Path

TEST_CJK_FAMILY = "Relations Test CJK"
CJK_RANGES = ((0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3))
# no font the tests see has these: the warning's tests print them
UNCOVERED_TEXT = "नमस्ते"

BUNDLED_FONTS = Path(__file__).resolve().parents[1] / "relations_app" / "assets" / "fonts"

CONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>{bundled}</dir>
  <dir>{extra}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def make_cjk_font(path: Path, bold: bool = False) -> None:
    """A TrueType font whose every CJK code point is a plain box, one glyph each.

    The family has a bold face too: without one Qt fakes bold by drawing every
    glyph twice, and a PDF reader then reads each bold CJK word twice.
    """
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

    points = [cp for first, last in CJK_RANGES for cp in range(first, last + 1)]
    names = [".notdef", "box", *(f"u{cp:04X}" for cp in points)]
    pen = TTGlyphPen(None)
    pen.moveTo((100, -50))
    pen.lineTo((100, 750))
    pen.lineTo((900, 750))
    pen.lineTo((900, -50))
    pen.closePath()
    glyphs = {".notdef": TTGlyphPen(None).glyph(), "box": pen.glyph()}
    for name in names[2:]:  # each a reference to the one box: a small file
        component = GlyphComponent()
        component.glyphName, component.x, component.y, component.flags = "box", 0, 0, 0
        glyph = Glyph()
        glyph.numberOfContours, glyph.components = -1, [component]
        glyphs[name] = glyph
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({cp: f"u{cp:04X}" for cp in points})
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    style = "Bold" if bold else "Regular"
    builder.setupNameTable(
        {"familyName": TEST_CJK_FAMILY, "styleName": style, "psName": f"RelationsTestCJK-{style}"}
    )
    builder.setupOS2(
        sTypoAscender=880,
        usWinAscent=880,
        usWinDescent=120,
        usWeightClass=700 if bold else 400,
        fsSelection=0x20 if bold else 0x40,
    )
    builder.updateHead(macStyle=1 if bold else 0)
    builder.setupPost()
    builder.save(str(path))


def isolate_fonts(folder: Path) -> None:
    """Make ``folder`` hold the test font and a fontconfig file that sees only it
    and the bundled fonts; point FONTCONFIG_FILE at it. Call before Qt starts."""
    extra = folder / "fonts"
    extra.mkdir(parents=True, exist_ok=True)
    make_cjk_font(extra / "RelationsTestCJK-Regular.ttf")
    make_cjk_font(extra / "RelationsTestCJK-Bold.ttf", bold=True)
    config = folder / "fonts.conf"
    config.write_text(
        CONFIG.format(bundled=BUNDLED_FONTS, extra=extra, cache=folder / "cache"),
        encoding="utf-8",
    )
    os.environ["FONTCONFIG_FILE"] = str(config)
    os.environ.pop("FONTCONFIG_PATH", None)
