"""`relations overview`: the same PDF from the command line; bad input writes nothing."""

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from relations_app.paths import data_paths
from relations_app.printing import command
from tests.pdf_reading import pdf_pages, pdf_text

ROOT = Path(__file__).resolve().parents[2]

# What cli.py does with the command: add its parser beside the others, then
# hand it the parsed arguments and the data paths.
RUN_AS_CLI = """
import argparse, sys
from relations_app.paths import data_paths
from relations_app.printing import command
common = argparse.ArgumentParser(add_help=False)
common.add_argument("--data-dir", default=argparse.SUPPRESS)
parser = argparse.ArgumentParser(prog="relations", parents=[common])
command.add_parser(parser.add_subparsers(dest="command"), common)
args = parser.parse_args(sys.argv[1:])
sys.exit(command.run(args, data_paths(args.data_dir)))
"""


def parse(*argv: str) -> argparse.Namespace:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="relations", parents=[common])
    command.add_parser(parser.add_subparsers(dest="command"), common)
    return parser.parse_args(argv)


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def overview(data_dir, *args) -> int:
    args = parse("--data-dir", str(data_dir), "overview", *args)
    return command.run(args, data_paths(args.data_dir))


def test_everyone(journal, data_dir, out, capsys, store):
    store.close()
    target = out / "all.pdf"
    assert overview(data_dir, "--pdf", str(target)) == 0
    assert pdf_pages(target) == 4
    assert "Wrote the overview (4 pages)" in capsys.readouterr().out
    text = pdf_text(target)
    assert "Amélie Laurent" in text and "Private-note-marker" not in text


def test_people_by_name_whatever_the_case_with_notes(journal, data_dir, out, store):
    store.close()
    target = out / "two.pdf"
    assert (
        overview(
            data_dir,
            "--pdf",
            str(target),
            "--person",
            "amélie laurent",
            "--person",
            "Yusuf  Ødegård",
            "--notes",
        )
        == 0
    )
    text = pdf_text(target)
    assert "Private-note-marker" in text and "Another private note" in text
    assert "北京" not in text
    assert pdf_pages(target) == 3


def test_circle_since_and_compact(journal, data_dir, out, store):
    store.close()
    target = out / "inner.pdf"
    assert (
        overview(
            data_dir,
            "--pdf",
            str(target),
            "--circle",
            "Inner",
            "--since",
            "2025-01-01",
            "--compact",
        )
        == 0
    )
    text = pdf_text(target)
    assert "An old talk outside the period" in text and "Yusuf" not in text


@pytest.mark.parametrize(
    "args, message",
    [
        (["--person", "Nobody Here"], "--person Nobody Here: no one of that name in the journal"),
        (
            ["--circle", "outer"],
            "--circle outer: no such circle; choose one of inner, close, wider, acquaintance",
        ),
        (["--since", "yesterday"], "--since yesterday: not a date; write it as YYYY-MM-DD"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_no_file(
    journal, data_dir, out, store, capsys, args, message
):
    store.close()
    target = out / "bad.pdf"
    assert overview(data_dir, "--pdf", str(target), *args) == 2
    err = capsys.readouterr().err
    assert err.startswith("relations: " + message) and err.count("\n") == 1
    assert list(out.iterdir()) == []


def test_person_and_circle_together_is_a_usage_error(data_dir, out):
    with pytest.raises(SystemExit) as exit_info:
        overview(data_dir, "--pdf", str(out / "x.pdf"), "--person", "A", "--circle", "inner")
    assert exit_info.value.code == 2


def test_an_unwritable_destination_exits_2_and_leaves_nothing(
    journal, data_dir, tmp_path, store, capsys
):
    store.close()
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    # 2: the path named is at fault, as for export (the one rule of exit_status)
    assert overview(data_dir, "--pdf", str(blocker / "overview.pdf")) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"relations: {blocker / 'overview.pdf'}: cannot write the PDF (")
    assert blocker.read_text() == ""


def test_a_fresh_process_makes_its_own_offscreen_application(journal, data_dir, out, store):
    """No QApplication and no display: the command makes an offscreen QGuiApplication."""
    store.close()
    target = out / "fresh.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            RUN_AS_CLI,
            "--data-dir",
            str(data_dir),
            "overview",
            "--pdf",
            str(target),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=None,
    )
    assert result.returncode == 0, result.stderr
    assert "李小龍 Li" in pdf_text(target)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
