"""The calendar on a large base: `python -m bench.calendar [--base PATH]`.

Uses a base of 100,000 demo clients (filled unless --base names one), tops its reminders up
to 50,000 (one in ten repeating), then opens the real calendar window offscreen and switches
through twelve months: each switch reads the month's marks and repaints the grid.
Goal: 100 ms per month shown. Prints one JSON object per line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.clients import emit, fill

REMINDERS = 50_000
MONTH_GOAL_MS = 100.0


def top_up_reminders(path: Path, wanted: int) -> int:
    """Add plain reminders straight into the file until it holds `wanted` (fast, no audit)."""
    with closing(sqlite3.connect(path)) as connection:
        have = connection.execute("SELECT count(*) FROM reminder").fetchone()[0]
        ids = [row[0] for row in connection.execute("SELECT id FROM client")]
        randomness = random.Random(5)
        start = datetime(2026, 1, 1, 9)
        rows = []
        for n in range(max(0, wanted - have)):
            due = start + timedelta(days=randomness.randrange(730), hours=randomness.randrange(9))
            repeating = n % 10 == 0
            rows.append((
                randomness.choice(ids), due.isoformat(sep=" "), "call", f"Позвонить {n}", "",
                randomness.choice(["weekly", "monthly", "yearly"]) if repeating else "none",
                due.isoformat(sep=" ") if repeating else None, datetime.now().isoformat(sep=" "),
            ))  # fmt: skip
        connection.executemany(
            "INSERT INTO reminder (client_id, due_at, kind, title, note, recurrence,"
            " repeat_from, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        connection.commit()
        return int(connection.execute("SELECT count(*) FROM reminder").fetchone()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--base", type=Path, help="reuse (or create) this base file")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from clientbase.db.open import open_database
    from clientbase.services.workspace import Workspace
    from clientbase.ui.calendar_window import CalendarWindow

    with tempfile.TemporaryDirectory() as folder:
        path = args.base or Path(folder) / "bench.sqlite"
        if not path.exists():
            fill(path, args.clients)
        workspace = Workspace(open_database(path))
        emit("reminders", top_up_reminders(path, REMINDERS), "count")
        app = QApplication(sys.argv[:1])
        started = time.perf_counter()
        window = CalendarWindow(workspace)
        window.show()
        app.processEvents()
        emit("calendar_open_ms", (time.perf_counter() - started) * 1000, "ms")
        timings = []
        for step in range(12):
            year, month = 2026 + (step + 1) // 12, (step + 1) % 12 + 1
            started = time.perf_counter()
            window.calendar.setCurrentPage(year, month)
            window.calendar.repaint()
            app.processEvents()
            timings.append((time.perf_counter() - started) * 1000)
        print(json.dumps({"month_switch_ms": [round(t) for t in timings]}))
        emit("month_switch_median_ms", statistics.median(timings), "ms", MONTH_GOAL_MS)
        emit("month_switch_max_ms", max(timings), "ms", MONTH_GOAL_MS)
        marks = sum(m.birthdays for m in window.calendar.marks.values())
        emit("birthdays_in_last_month_shown", marks, "count")
        window.close()
        window.deleteLater()
        app.processEvents()
        workspace.close()
        app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
