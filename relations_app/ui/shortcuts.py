"""Every keyboard shortcut, in one place. Qt's standard keys where Qt has one."""

from PySide6.QtGui import QKeySequence

Std = QKeySequence.StandardKey

NEW_PERSON = Std.New  # Ctrl+N
FIND = Std.Find  # Ctrl+F
SEARCH = QKeySequence("Ctrl+K")  # search everything, as in many apps' command boxes
DELETE = Std.Delete  # Del
PRINT = Std.Print  # Ctrl+P
QUIT = Std.Quit  # Ctrl+Q
IMPORT = Std.Open  # Ctrl+O
EXPORT = Std.SaveAs  # Ctrl+Shift+S
HELP = Std.HelpContents  # F1
UNDO = Std.Undo  # Ctrl+Z
# Ctrl+Shift+Z first (what the menu shows), and Ctrl+Y, which Windows users expect
REDO = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
EDIT_PERSON = QKeySequence("Ctrl+E")
LOG_CONVERSATION = QKeySequence("Ctrl+L")
RECORD_SHARED_VALUE = QKeySequence("Ctrl+Shift+V")
RECORD_HELP = QKeySequence("Ctrl+Shift+H")
MY_VALUES = QKeySequence("Ctrl+Shift+M")
# the tabs, in their order
SHOW_TODAY = QKeySequence("Ctrl+1")
SHOW_PEOPLE = QKeySequence("Ctrl+2")
SHOW_JOURNAL = QKeySequence("Ctrl+3")
LOCK = QKeySequence("Ctrl+Shift+L")  # KeePassXC's (Ctrl+L logs a conversation here)
SAVE_RECORD = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))  # from any field
