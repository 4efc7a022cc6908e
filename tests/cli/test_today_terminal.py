"""What `relations today` prints reaches a terminal or a notification: user
text there is shown, never obeyed."""

from relations_app.app import main


def test_control_characters_in_names_do_not_reach_the_terminal(services, data_dir, capsys):
    """A name imported with an escape sequence (clear the screen, set the title)
    or a line break: `relations today` prints each item on one line, plainly."""
    from relations_app.records import Circle, Person

    services.people.save(
        Person(
            name="Ana\x1b[2J\x1b]0;owned\x07\nSousa\tX\x9b",
            circle=Circle.INNER,
            keep_in_touch_days=7,
        )
    )
    services.store.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "today"]) == 0
    out = capsys.readouterr().out
    services.store.open()
    assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in out)
    item = next(line for line in out.splitlines() if "Ana" in line)
    assert item.startswith("  • Ana [2J ]0;owned Sousa X : You keep in touch every 7 days")
