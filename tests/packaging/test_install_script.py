"""packaging/linux/install.sh, run against a bundle-shaped folder (no build needed)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """What the archive unpacks to, in a folder whose name needs quoting in Exec."""
    top = tmp_path / 'my "apps" $folder' / "Relations-1.0.0-linux-x86_64"
    bundle = top / "Relations"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "resources").mkdir()
    shutil.copy(ROOT / "resources" / "relations.desktop", bundle / "_internal" / "resources")
    shutil.copytree(
        ROOT / "relations_app" / "assets" / "icons",
        bundle / "_internal" / "relations_app" / "assets" / "icons",
    )
    program = bundle / "relations"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", top / "install.sh")
    return top


def run(script: Path, data_home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home), HOME=str(data_home.parent))
    return subprocess.run(
        ["sh", str(script), *args], env=env, capture_output=True, text=True, check=False
    )


def test_install_points_the_menu_entry_at_the_unpacked_program(unpacked, tmp_path):
    data_home = tmp_path / "share"
    result = run(unpacked / "install.sh", data_home)
    assert result.returncode == 0, result.stderr

    entry = (data_home / "applications" / "relations.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line == 'Exec="' + _desktop_quoted(unpacked / "Relations" / "relations") + '"'
    for size in SIZES:
        assert (data_home / f"icons/hicolor/{size}x{size}/apps/relations.png").is_file()
    assert (data_home / "icons/hicolor/scalable/apps/relations.svg").is_file()


def test_uninstall_removes_what_install_placed(unpacked, tmp_path):
    data_home = tmp_path / "share"
    assert run(unpacked / "install.sh", data_home).returncode == 0
    result = run(unpacked / "install.sh", data_home, "--uninstall")
    assert result.returncode == 0, result.stderr
    left = [p for p in data_home.rglob("*") if p.is_file() and p.name != "mimeinfo.cache"]
    assert left == []
    assert (unpacked / "Relations" / "relations").exists()  # the program itself stays


def test_install_refuses_to_run_outside_an_unpacked_archive(tmp_path):
    script = tmp_path / "install.sh"
    shutil.copy(ROOT / "packaging" / "linux" / "install.sh", script)
    result = run(script, tmp_path / "share")
    assert result.returncode == 1
    assert not (tmp_path / "share" / "applications").exists()


def _desktop_quoted(path: Path) -> str:
    """Exec quoting (backslash before \\ " ` $), then the desktop file's string escaping."""
    text = str(path)
    for char in '\\"`$':
        text = text.replace(char, "\\" + char)
    return text.replace("\\", "\\\\")
