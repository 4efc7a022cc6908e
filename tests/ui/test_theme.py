"""Light and dark: every colour the detail pane writes reads against its ground
(WCAG AA, 4.5:1), and View ▸ Colours switches the window at once."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from relations_app import colours
from relations_app.colours import Tone
from relations_app.ui.appearance import apply_scheme, dark_palette
from relations_app.ui.main_window import PEOPLE_TAB
from relations_app.ui.person_html import style


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_measure_is_wcag_s():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.fixture(params=["light", "dark"])
def scheme(qapp, request):
    """The application in Fusion's light palette, or in Relations' dark one."""
    before = qapp.palette()
    chosen = dark_palette() if request.param == "dark" else qapp.style().standardPalette()
    qapp.setPalette(chosen)
    yield request.param
    qapp.setPalette(before)


def rgb(text: str) -> QColor:
    return QColor(*map(int, re.findall(r"\d+", text)))


def test_every_text_colour_of_the_detail_pane_reads_on_its_ground(qapp, scheme):
    palette = qapp.palette()
    assert colours.is_dark(palette) == (scheme == "dark")
    ground = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    css = style()
    found = set(re.findall(r"[^-]color: (rgb\([^)]*\))", css))
    assert len(found) >= 4  # heading, muted, late, link, faint
    weak = {c: round(contrast(rgb(c), ground), 2) for c in found}
    assert {c: r for c, r in weak.items() if r < 4.5} == {}
    (ask,) = re.findall(r"background: (rgb\([^)]*\))", css)
    assert contrast(text, rgb(ask)) >= 4.5


def test_the_table_and_error_colours_read_on_their_ground(qapp, scheme):
    palette = qapp.palette()
    for tone in (Tone.LATE, Tone.FAINT, Tone.MUTED, Tone.HEADING):
        for ground in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            assert contrast(colours.colour(tone), palette.color(ground)) >= 4.5, tone
    error = contrast(colours.colour(Tone.ERROR_TEXT), colours.colour(Tone.ERROR_BACKGROUND))
    assert error >= 4.5


@pytest.fixture
def scheme_restored(qapp):
    yield
    apply_scheme("")
    QApplication.processEvents()


def test_choosing_dark_redraws_the_detail_pane_dark(window, services, scheme_restored):
    from relations_app.records import Person

    person = services.people.save(Person(name="Amélie Laurent"))
    window.updates.load_all()
    window.tabs.setCurrentIndex(PEOPLE_TAB)
    window.people.table.select_id(person.id)
    QApplication.processEvents()
    before = window.people.detail.browser.toHtml()
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu().title() == "&View")
    choices = next(a.menu() for a in menu.actions() if a.menu() and "Colours" in a.text())
    next(a for a in choices.actions() if a.text() == "&Dark").trigger()
    QApplication.processEvents()
    assert colours.is_dark(window.palette())
    assert window.ctx.settings.color_scheme == "dark"
    after = window.people.detail.browser.toHtml()
    late = colours.colour(Tone.HEADING).name()  # Qt writes the colours back as #rrggbb
    assert late in after and late not in before
