"""Benchmark of the clients table on a large base (not a test; CI does not run it).

    python -m bench.clients [--clients 100000] [--base PATH|URL]

With a PostgreSQL URL as --base (an empty database is filled first) the same window is
measured on the server, as a shop with several PCs uses it.

Fills a temporary base with generated clients (about three purchases each), then starts the
real main window offscreen in a fresh process and measures what a person waits for: the cold
start, search as you type (from the text set to the table repainted), sorting by a column
(from the click to the first screen), and the process's peak memory. Prints one JSON object
per line, as DESIGN.md asks.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Prefixes a person types on the way to a client: the name, a phone, a city, an e-mail.
TYPED = [
    "петров", "смирнова анна", "кузнецов", "иванова", "8 916", "+7 903 1", "москва",
    "yandex", "соловьёва", "зайцев игорь",
]  # fmt: skip


def typing_queries() -> list[str]:
    """Fifty search box states: each target typed one character at a time, from 2 characters."""
    queries = []
    for target in TYPED:
        for length in range(2, len(target) + 1):
            queries.append(target[:length])
    return queries[:50] if len(queries) >= 50 else queries


def emit(metric: str, value: float, unit: str, goal: float | None = None) -> None:
    record: dict[str, object] = {"metric": metric, "value": round(value, 1), "unit": unit}
    if goal is not None:
        record["goal"] = goal
    print(json.dumps(record), flush=True)


def needs_fill(target: str) -> bool:
    if "://" not in target:
        return not Path(target).exists()
    from clientbase.db.open import open_database
    from clientbase.services.client_query import count_clients

    database = open_database(target)
    try:
        return count_clients(database) == 0
    finally:
        database.close()


def fill(path: str, clients: int) -> None:
    from clientbase.db.open import open_database
    from clientbase.services.demo import fill_demo
    from clientbase.services.settings import Settings
    from clientbase.services.stats import base_stats

    database = open_database(path)
    started = time.perf_counter()
    fill_demo(database, Settings(), clients=clients, seed=7)
    if database.engine.dialect.name == "postgresql":
        # What autovacuum does a minute later in a shop: the planner needs the statistics.
        from sqlalchemy import text

        with database.engine.begin() as connection:
            connection.execute(text("ANALYZE"))
    elapsed = time.perf_counter() - started
    stats = base_stats(database)
    database.close()
    emit("fill_s", elapsed, "s")
    emit("clients", stats["clients"], "count")
    emit("purchases", stats["purchases"], "count")


def gui_worker(path: str, started: float) -> None:
    """Runs in a fresh process: everything from imports on counts toward the cold start."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource

    from PySide6.QtCore import QEvent, QObject, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from clientbase.db.open import open_database
    from clientbase.services.client_query import SortKey
    from clientbase.services.workspace import Workspace
    from clientbase.ui.clients_model import COLUMNS
    from clientbase.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    settings_file = Path(tempfile.mkdtemp()) / "settings.ini"
    window = MainWindow(
        Workspace(open_database(path)), QSettings(str(settings_file), QSettings.Format.IniFormat)
    )
    window.show()
    app.processEvents()
    window.table.viewport().repaint()
    emit("start_s", time.time() - started, "s", 1.5)

    painted: list[float] = []

    class PaintClock(QObject):
        """Notes when the table's first screen is really painted."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    clock = PaintClock()
    window.table.viewport().installEventFilter(clock)

    def settle(begin: float) -> tuple[float, float]:
        """Milliseconds from `begin` to the first paint, and to the whole list being known."""
        painted.clear()
        while not painted or not window.model.is_complete:
            app.processEvents()
        return (painted[0] - begin) * 1000, (time.perf_counter() - begin) * 1000

    latencies, complete = [], []
    for query in typing_queries():
        begin = time.perf_counter()
        window.filters.search.setText(query)
        window.filters.flush()
        first, whole = settle(begin)
        latencies.append(first)
        complete.append(whole)
    emit("search_median_ms", statistics.median(latencies), "ms")
    emit("search_p95_ms", statistics.quantiles(latencies, n=20)[-1], "ms", 30)
    emit("search_max_ms", max(latencies), "ms")
    emit("search_whole_list_p95_ms", statistics.quantiles(complete, n=20)[-1], "ms")

    window.filters.search.clear()
    window.filters.flush()
    settle(time.perf_counter())
    for key in (SortKey.NAME, SortKey.TOTAL_SPENT, SortKey.LAST_PURCHASE):
        times, wholes = [], []
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder) * 2:
            begin = time.perf_counter()
            window.table.sortByColumn(COLUMNS.index(key), order)
            first, whole = settle(begin)
            times.append(first)
            wholes.append(whole)
        emit(f"sort_{key.value}_ms", max(times), "ms", 150)
        emit(f"sort_{key.value}_whole_list_ms", max(wholes), "ms")

    begin = time.perf_counter()
    window.table.scrollToBottom()
    first, _ = settle(begin)
    emit("scroll_to_end_ms", first, "ms")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    emit("peak_memory_mb", peak_kb / 1024, "MB", 250)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument(
        "--base", help="reuse (or create) this base file, or fill an empty server database"
    )
    parser.add_argument("--gui-worker", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.gui_worker:
        gui_worker(args.gui_worker, args.started)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = args.base or str(Path(folder) / "bench.sqlite")
        if needs_fill(path):
            fill(path, args.clients)
        subprocess.run(
            [sys.executable, "-m", "bench.clients", "--gui-worker", str(path),
             "--started", str(time.time())],
            check=True,
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
