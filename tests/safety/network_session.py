"""Child process for the no-network test: a whole session (start, dialogs,
printing, export, backups) with every way to reach the network watched.

Python sockets are refused as they are created, the audit hook records any
name lookup or connection, and after each step the process's own socket file
descriptors are matched against the kernel's tables of IP sockets, which also
catches sockets that Qt's C++ code might open. The one socket the app may
have is the window's local (Unix-domain) socket in the data folder, through
which a second launch asks it to come to the front; any other named local
socket is reported too. Prints one JSON line.
"""

import json
import os
import socket
import sys
from pathlib import Path

seen: list[str] = []
NETWORK_EVENTS = {
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.sendto",
    "urllib.Request",
}
sys.addaudithook(lambda event, args: seen.append(event) if event in NETWORK_EVENTS else None)
_socket = socket.socket


class _Refused(_socket):
    def __init__(self, family=-1, *args, **kwargs):
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            seen.append(f"socket family {family}")
            raise OSError("the network is not for Relations")
        super().__init__(family, *args, **kwargs)


socket.socket = _Refused


def ip_socket_inodes() -> set[str]:
    inodes = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        path = Path(f"/proc/self/net/{table}")
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                inodes.add(line.split()[9])
    return inodes


def unix_socket_paths() -> dict[str, str]:
    """inode -> path of the named Unix-domain sockets of this machine."""
    paths = {}
    for line in Path("/proc/self/net/unix").read_text().splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 8:
            paths[fields[6]] = fields[7]
    return paths


allowed_local: set[str] = set()


def my_ip_sockets(step: str) -> None:
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    if mine & ip_socket_inodes():
        seen.append(f"IP socket open after {step}")
    named = unix_socket_paths()
    for inode in mine & set(named):
        # Qt binds the socket in a private folder beside its name, then renames
        # it into place: the kernel keeps the name it was bound with
        if not any(Path(named[inode]).parent.parent == Path(a).parent for a in allowed_local):
            seen.append(f"local socket {named[inode]} open after {step}")


def session(folder: Path) -> None:
    import datetime as dt

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from relations_app.context import build_context
    from relations_app.operations import SavePerson
    from relations_app.paths import data_paths
    from relations_app.printing.pdf import write_pdf
    from relations_app.records import Person
    from relations_app.services.overview import OverviewChoices, OverviewService
    from relations_app.ui.launch import create_application
    from relations_app.ui.main_window import MainWindow
    from relations_app.ui.startup import open_or_recover
    from relations_app.window_socket import WindowSocket

    app = create_application()
    my_ip_sockets("start")
    paths = data_paths(folder)
    paths.folder.mkdir(parents=True)
    server = WindowSocket(paths.folder)  # as run_gui does: the window's own socket
    assert server.listen(), server.problem()
    allowed_local.add(server.name)
    store = open_or_recover(paths, dt.datetime.now, interactive=False)
    ctx = build_context(paths, store)
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    my_ip_sockets("window")
    ctx.runner.run(SavePerson(Person(name="Ana")))
    window.tabs.setCurrentWidget(window.journal)
    app.processEvents()
    for dialog in (window.show_about, window.show_backups, window.show_shortcuts):
        QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
        dialog()
    my_ip_sockets("dialogs")
    data = OverviewService(ctx.services).gather(OverviewChoices(), dt.date.today())
    write_pdf(data, folder / "overview.pdf")
    ctx.services.exchange.export_json(folder / "export.json")
    ctx.backups.backup_now("manual")
    my_ip_sockets("printing, export and backup")
    window.close()
    store.close()
    server.close()
    my_ip_sockets("exit")


if __name__ == "__main__":
    session(Path(sys.argv[1]))
    print(json.dumps({"seen": seen, "local_sockets": sorted(allowed_local)}))
