"""One window per base: the base's lock, and a local channel on which a second start wakes us."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from clientbase.services.base_lock import BaseLock, instance_key

WAKE = b"show\n"
WAIT_MS = 500


class BaseGuard(QObject):
    """Held while a window shows the base; `wake_requested` when another start wants it."""

    wake_requested = Signal()

    def __init__(self, db_file: Path) -> None:
        super().__init__()
        self.db_file = db_file
        self.lock = BaseLock(db_file)
        self.server: QLocalServer | None = None
        self.owner: QObject | None = None

    def acquire(self) -> None:
        """Take the base, or raise DatabaseError("in_use") after waking its other window."""
        try:
            self.lock.acquire()
        except Exception:
            wake_other(self.db_file)
            raise
        key = instance_key(self.db_file)
        # A channel left by a killed process would refuse the name; the lock proves it is ours.
        QLocalServer.removeServer(key)
        server = QLocalServer(self)
        if server.listen(key):
            server.newConnection.connect(self._connection)
            self.server = server

    def _connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.waitForReadyRead(WAIT_MS)
            if bytes(socket.readAll().data()).startswith(WAKE.strip()):
                self.wake_requested.emit()
            socket.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()

    def release_for(self, owner: QObject) -> None:
        """Release when the window that owns the base closes, not one handing it over."""
        if self.owner is owner:
            self.release()


def wake_other(db_file: Path) -> bool:
    """Ask the program that has this base open to bring its window up."""
    socket = QLocalSocket()
    socket.connectToServer(instance_key(db_file))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(WAKE)
    written = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return written
