"""Arguments the command line cannot take end as every bad input does: one
line on stderr naming what is wrong, exit status 2, nothing on stdout."""

import pytest

from relations_app.app import main


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["today", "--bogus"], "relations: error: unrecognized arguments: --bogus"),
        (["today", "--date"], "relations today: error: argument --date: expected one argument"),
        (["today", "extra"], "relations: error: unrecognized arguments: extra"),
        (["export", "csv", "x"], "relations export: error: argument FORMAT: invalid choice"),
        (["nonsense"], "relations: error: argument COMMAND: invalid choice: 'nonsense'"),
    ],
)
def test_a_bad_argument_is_one_line_exit_2(data_dir, capsys, argv, said):
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    assert stopped.value.code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(said), err
    assert "--help" in err  # where the usage is
    assert list(data_dir.iterdir()) == []  # no journal made for a command not run
