"""What pip and pipx users get: an sdist, the wheel built from it, and that wheel
installed into a fresh virtual environment, which starts, shows its icons and
prints with its own fonts.

The fresh environment borrows the test environment's dependencies (PySide6,
peewee, platformdirs) through a .pth line, so nothing is downloaded; Relations
itself comes only from the wheel (checked).
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.pdf_reading import pdf_fonts, pdf_text

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "relations_app" / "assets"


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The sdist of this checkout, and the wheel built from that sdist."""
    out = tmp_path_factory.mktemp("dist")
    code = "import sys; from setuptools import build_meta as b; print(b.build_sdist(sys.argv[1]))"
    name = run(sys.executable, "-c", code, str(out), cwd=ROOT).stdout.strip().splitlines()[-1]
    sdist = out / name
    wheels = out / "wheels"
    run(
        sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
        "--disable-pip-version-check", str(sdist), "-w", str(wheels),
    )  # fmt: skip
    (wheel,) = wheels.glob("relations-*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory) -> Path:
    """A fresh venv with only the wheel installed; returns its bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--without-pip", str(venv))
    run(
        sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
        "--no-deps", "--disable-pip-version-check", str(built[1]),
    )  # fmt: skip
    site = run(
        str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"
    ).stdout.strip()
    Path(site, "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return venv / "bin"


def shipped_assets() -> set[str]:
    return {
        str(path.relative_to(ROOT))
        for path in ASSETS.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_sdist_and_the_wheel_carry_every_asset(built):
    sdist, wheel = built
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = set(archive.namelist())
    assets = shipped_assets()
    assert {"relations_app/assets/fonts/DejaVuSans.ttf"} <= assets
    assert assets <= in_sdist
    assert assets <= in_wheel


NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


@pytest.fixture(scope="module")
def bare_machine(tmp_path_factory) -> dict[str, str]:
    """The environment of a machine with no fonts at all: only the app's own can print."""
    folder = tmp_path_factory.mktemp("no-fonts")
    config = folder / "fonts.conf"
    config.write_text(NO_FONTS.format(cache=folder / "cache"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(config))
    return env


def test_the_installed_app_comes_from_the_wheel(installed, bare_machine):
    where = run(
        str(installed / "python"), "-c", "import relations_app; print(relations_app.__file__)",
        cwd="/", env=bare_machine,
    ).stdout.strip()  # fmt: skip
    assert Path(where).is_relative_to(installed.parent)


def test_the_installed_app_starts_with_its_icons(installed, bare_machine, tmp_path):
    result = run(
        str(installed / "relations"), "--data-dir", str(tmp_path / "data"), "--smoke-test",
        cwd="/", env=bare_machine,
    )  # fmt: skip
    assert "smoke test passed" in result.stdout
    assert "Cannot open file" not in result.stderr  # qt.svg's words for a missing icon
    check = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from relations_app import resources as r; "
        "print(r.installation_problem(), r.unusable_icons(), r.app_icon().isNull())"
    )
    out = run(str(installed / "python"), "-c", check, cwd="/", env=bare_machine).stdout
    assert out.split() == ["None", "[]", "False"]


def test_the_installed_app_prints_with_its_own_fonts(installed, bare_machine, tmp_path):
    data = tmp_path / "data"
    pdf = tmp_path / "overview.pdf"
    run(str(installed / "relations"), "--data-dir", str(data), "overview", "--pdf", str(pdf),
        cwd="/", env=bare_machine)  # fmt: skip
    assert "Relationship overview" in pdf_text(pdf)
    fonts = pdf_fonts(pdf)
    assert fonts and all(font.embedded for font in fonts)
    assert {font.name for font in fonts} <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
