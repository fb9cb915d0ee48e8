"""Benchmark of import and export (not a test; CI does not run it).

    python -m bench.import_export [--clients 100000]

Makes a base of generated clients, exports it to .xlsx (timed), imports that file into an
empty base (timed: read, plan, write), and, where LibreOffice is installed, times
`soffice --headless --convert-to csv` on the same file and `--convert-to xlsx` of a CSV of
it, for the ratios the import issue sets (import ≤ 0.75 × LibreOffice opening the file,
export ≤ 0.4 × LibreOffice writing it). One JSON object per line.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from clientbase.db.open import open_database
from clientbase.services.demo import fill_demo
from clientbase.services.exporting import export_clients
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace


def emit(metric: str, value: float, unit: str, **extra: object) -> None:
    print(
        json.dumps({"metric": metric, "value": round(value, 2), "unit": unit, **extra}), flush=True
    )


def libreoffice_seconds(source: Path, target_format: str, folder: Path) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    started = time.perf_counter()
    subprocess.run(
        [
            soffice,
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = Workspace(open_database(folder / "source.sqlite"))
        fill_demo(source.db, source.settings, clients=args.clients, seed=11)
        sheet = folder / "clients.xlsx"
        started = time.perf_counter()
        export_clients(source.db, sheet)
        export_s = time.perf_counter() - started
        source.close()

        target = Workspace(open_database(folder / "target.sqlite"))
        started = time.perf_counter()
        table, header, mapping = read_plan_source(sheet)
        read_s = time.perf_counter() - started
        plan = plan_import(target.db, target.settings, table, header, mapping, sheet.name)
        plan_s = time.perf_counter() - started - read_s
        commit_import(target.db, target.settings, plan)
        import_s = time.perf_counter() - started
        target.close()

        lo_open = libreoffice_seconds(sheet, "csv", folder / "lo")
        csv_copy = folder / "lo" / "clients.csv"
        lo_write = (
            libreoffice_seconds(csv_copy, "xlsx", folder / "lo2") if csv_copy.exists() else None
        )
        emit(
            "export_xlsx_s",
            export_s,
            "s",
            **({"ratio": round(export_s / lo_write, 2), "goal": 0.4} if lo_write else {}),
        )
        emit("import_read_s", read_s, "s")
        emit("import_plan_s", plan_s, "s")
        emit(
            "import_total_s",
            import_s,
            "s",
            **({"ratio": round(import_s / lo_open, 2), "goal": 0.75} if lo_open else {}),
        )
        if lo_open is None:
            emit("libreoffice", 0, "missing", note="install libreoffice-calc for the ratios")
        else:
            emit("libreoffice_open_s", lo_open, "s")
            if lo_write is not None:
                emit("libreoffice_write_xlsx_s", lo_write, "s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
