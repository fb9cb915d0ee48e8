"""Running a long service call off the GUI thread, with a progress dialog and Cancel.

The one helper every long job (import, export, backup) goes through: the call runs in a
QThread, reports progress through a callback, and Cancel makes that callback raise
OperationCancelled inside the job, so its transaction rolls back and the base is unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from clientbase.errors import OperationCancelled

T = TypeVar("T")
Progress = Callable[[int, int], None]


class _Worker(QObject, Generic[T]):
    progressed = Signal(int, int)
    done = Signal()

    def __init__(self, job: Callable[[Progress], T]) -> None:
        super().__init__()
        self.job = job
        self.cancel_requested = threading.Event()
        self.result: T | None = None
        self.error: BaseException | None = None

    def report(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set():
            raise OperationCancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            self.result = self.job(self.report)
        except BaseException as error:  # handed to the GUI thread, which re-raises it
            self.error = error
        self.done.emit()


class _ProgressBar(QObject):
    """Moves the dialog's bar; it lives in the GUI thread, so queued updates run there.

    A plain function as the slot would run in the worker's thread (the signal's sender is
    the only QObject PySide6 then knows of), and a QProgressDialog touched from there
    crashes the program now and then.
    """

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))


def run_with_progress(parent: QWidget | None, label: str, job: Callable[[Progress], T]) -> T:
    """Run `job(progress)` in the background while a modal progress dialog is shown.

    Returns the job's result, or raises its exception (OperationCancelled after Cancel).
    """
    cancel = QCoreApplication.translate("Background", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker: _Worker[T] = _Worker(job)
    thread = QThread()
    worker.moveToThread(thread)
    loop = QEventLoop()

    bar = _ProgressBar(dialog)
    worker.progressed.connect(bar.show_progress, Qt.ConnectionType.QueuedConnection)
    worker.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(worker.cancel_requested.set)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
