"""What the code asks to translate, read two ways: by pyside6-lupdate (what a
translator will be given) and by Python's own parser (what the code looks up at
run time). The tests compare the two."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "relations_app"
CATALOGUES = ROOT / "resources" / "translations"
COMPILED = PACKAGE / "assets" / "translations"
# as the Makefile's `translations` target runs it; obsolete strings are kept here
# so that the tests can name them
LUPDATE_OPTIONS = ("-locations", "none")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str  # "finished", "unfinished", "obsolete" or "vanished"
    translations: tuple[str, ...]


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def tool(name: str) -> Path:
    """A PySide6 tool of this environment (beside its python), else on PATH."""
    path = Path(sys.executable).parent / name
    return path if path.exists() else Path(name)


def lupdate() -> Path:
    return tool("pyside6-lupdate")


def lrelease() -> Path:
    return tool("pyside6-lrelease")


def run_lupdate(catalogue: Path) -> None:
    """Update ``catalogue`` from the code, the way `make translations` does."""
    subprocess.run(
        [str(lupdate()), *LUPDATE_OPTIONS, *map(str, sources()), "-ts", str(catalogue)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )


def read_catalogue(path: Path) -> list[Message]:
    messages = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    numerus=message.get("numerus") == "yes",
                    kind=(translation.get("type") if translation is not None else None)
                    or "finished",
                    translations=texts,
                )
            )
    return messages


@dataclass(frozen=True)
class Lookup:
    """One tr() or translate() call in the code."""

    where: str
    contexts: tuple[str, ...]  # the class names self.tr tries, or translate's context
    literal: bool  # context and text written out, so lupdate can see them
    source: str = ""
    counted: bool = False  # a count is passed (numerus forms)
    function: str = "tr"  # or "translate"


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def _is_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: list[Lookup] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        # a method named tr (relations_app/counted.py) is a way of looking up, not a lookup
        if node.name != "tr":
            self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
        if name == "tr":
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            on_self = isinstance(receiver, ast.Name) and receiver.id == "self"
            literal = on_self and bool(self.classes) and bool(node.args) and _is_text(node.args[0])
            source = node.args[0].value if literal else ""
            counted = len(node.args) > 2
            self.found.append(Lookup(where, tuple(self.classes[-1:]), literal, source, counted))
        elif name == "translate" and isinstance(node.func, ast.Name):
            context, text = (node.args + [None, None])[:2]
            literal = _is_text(context) and _is_text(text)
            contexts = (context.value,) if literal else ()
            source = text.value if literal else ""
            counted = len(node.args) > 3 or bool(node.keywords)
            self.found.append(Lookup(where, contexts, literal, source, counted, "translate"))
        self.generic_visit(node)


def lookups() -> list[Lookup]:
    found = []
    for path in sources():
        visitor = _Visitor(path)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        found.extend(visitor.found)
    return found
