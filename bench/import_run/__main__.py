"""One import timed (read, plan, write) in a process of its own: python -m bench.import_run
SHEET BASE prints the times as JSON.

Started as a package's __main__, as the window is (python -m clientbase, or the installed
program): the process that reads the sheet then starts without importing this module
again, which from a plain module costs the bench a second the window does not pay.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from clientbase.db.open import open_database
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace


def timed_import(sheet: Path, base: Path) -> dict[str, float]:
    target = Workspace(open_database(base))
    try:
        started = time.perf_counter()
        table, header, mapping = read_plan_source(sheet)
        read = time.perf_counter()
        plan = plan_import(target.db, target.settings, table, header, mapping, sheet.name)
        planned = time.perf_counter()
        commit_import(target.db, target.settings, plan)
        written = time.perf_counter()
    finally:
        target.close()
    return {
        "read": read - started,
        "plan": planned - read,
        "write": written - planned,
        "total": written - started,
    }


if __name__ == "__main__":
    print(json.dumps(timed_import(Path(sys.argv[1]), Path(sys.argv[2]))))
