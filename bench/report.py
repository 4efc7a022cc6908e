"""Write one benchmark's figures into its own section of docs/performance.md.

Each benchmark owns the text between ``<!-- bench:NAME -->`` and
``<!-- /bench:NAME -->``; the rest of the file is left as it is.
"""

from __future__ import annotations

import platform
import re
from pathlib import Path

import PySide6

PERFORMANCE_MD = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
HEADER = (
    "# Performance\n\n"
    "Figures measured by the scripts in bench/ (`make bench`). Never asserted in tests.\n"
)


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}"
    )


def update_section(name: str, markdown: str, path: Path = PERFORMANCE_MD) -> None:
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{start}\n{markdown.strip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
