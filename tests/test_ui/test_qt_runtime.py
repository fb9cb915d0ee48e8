"""Faults of the Qt binding itself that would crash the program, pinned down."""

import sys

from PySide6.QtCore import QObject, Signal


class _Counter(QObject):
    ticked = Signal(int, int)


def test_emitting_a_signal_many_times_leaves_python_intact(qtbot) -> None:
    # PySide6 6.12.0 returned True from emit() without a reference: a few hundred progress
    # updates later Python freed True and the program aborted (bool_dealloc).
    counter = _Counter()
    seen: list[int] = []
    counter.ticked.connect(lambda done, _total: seen.append(done))
    before = sys.getrefcount(True)
    for step in range(5_000):
        counter.ticked.emit(step, 5_000)
    assert len(seen) == 5_000
    assert sys.getrefcount(True) >= before - 10
