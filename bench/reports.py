"""Printing and analytics on a large base: `python -m bench.reports [--base PATH]`.

Uses a base of 100,000 demo clients with about 300,000 purchases (filled unless --base
names one). Measures:
- a 10,000-client list to PDF as the window prints it (the first 10,000 of the table by
  name, the eight columns shown by default, landscape): goal 4 s;
- the analytics window for the whole base, from creating it to its charts drawn: goal 1 s.
Prints one JSON object per line.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.clients import emit, fill

LIST_CLIENTS = 10_000
LIST_GOAL_S = 4.0
DASHBOARD_GOAL_S = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--base", type=Path, help="reuse (or create) this base file")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from clientbase.db.open import open_database
    from clientbase.reports.client_list import ALL_COLUMNS, ListOptions, write_client_list
    from clientbase.services.client_query import ClientQuery, find_client_ids
    from clientbase.services.stats import base_stats
    from clientbase.services.workspace import Workspace
    from clientbase.ui.dashboard_window import DashboardWindow
    from clientbase.ui.main_window import HIDDEN_BY_DEFAULT

    with tempfile.TemporaryDirectory() as folder:
        path = args.base or Path(folder) / "bench.sqlite"
        if not path.exists():
            fill(path, args.clients)
        workspace = Workspace(open_database(path))
        stats = base_stats(workspace.db)
        emit("clients", stats["clients"], "count")
        emit("purchases", stats["purchases"], "count")

        ids = find_client_ids(workspace.db, ClientQuery())[:LIST_CLIENTS]
        columns = [c for i, c in enumerate(ALL_COLUMNS) if i not in HIDDEN_BY_DEFAULT]
        options = ListOptions(columns=columns, landscape=True)
        started = time.perf_counter()
        write_client_list(workspace.db, Path(folder) / "list.pdf", ids, options)
        emit("list_10000_pdf_s", time.perf_counter() - started, "s", LIST_GOAL_S)

        app = QApplication(sys.argv[:1])
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            window = DashboardWindow(workspace, settings)
            window.show()
            while window.board is None:
                app.processEvents()
            window.repaint()
            app.processEvents()
            timings.append(time.perf_counter() - started)
            window.close()
        emit("dashboard_open_first_s", timings[0], "s", DASHBOARD_GOAL_S)
        emit("dashboard_open_s", min(timings), "s", DASHBOARD_GOAL_S)
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
