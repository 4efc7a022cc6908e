"""What the commands of every feature share: the context and the window they act for."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from relations_app.context import AppContext


class FeatureCommands(QObject):
    """People, journal, values, files: each a subclass; widgets only call them."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
