"""Benchmark of import and export (not a test; CI does not run it).

    python -m bench.import_export [--clients 100000]

Makes a base of generated clients and, as the import issue sets it:
- export: all the clients to .xlsx, every field (timed without and with the purchases
  sheet), beside LibreOffice writing the same clients sheet (`--convert-to xlsx` of a CSV
  of it); goal: ≤ 0.4 × LibreOffice; the best of three runs of each;
- import: a 10-column Cyrillic .xlsx of those clients (ФИО in three columns, phone, e-mail,
  birthday, city, address, tags, notes) into an empty base (timed: read, plan, write),
  in a new process, beside LibreOffice opening that file (`--convert-to csv`, the best of
  three runs); goal: ≤ 0.75 × LibreOffice.
LibreOffice is started once first, so its first-start set-up is not counted against it.
One JSON object per line.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from clientbase.db.open import open_database
from clientbase.exchange.sheet_column import Sheet, SheetColumn
from clientbase.exchange.xlsx_writer import write_xlsx
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.demo import fill_demo
from clientbase.services.export_columns import client_columns
from clientbase.services.exporting import _records, export_clients
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


RUNS = 3


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def best_of(timed: Callable[[], float | None]) -> float | None:
    """The fastest of RUNS runs: this machine's speed drifts by tens of percent from one
    minute to the next, and the fastest run is the one least disturbed by it."""
    times = [timed() for _ in range(RUNS)]
    return None if None in times else min(t for t in times if t is not None)


IMPORT_COLUMNS = (
    "Фамилия", "Имя", "Отчество", "Телефон", "E-mail", "Дата рождения", "Город", "Адрес",
    "Метки", "Заметки",
)  # fmt: skip


def write_import_sheet(workspace: Workspace, path: Path) -> None:
    """The sheet a shop keeps: ten columns of the generated clients, as an .xlsx."""
    columns = [c for c in client_columns() if c.title in IMPORT_COLUMNS]
    ids = find_client_ids(workspace.db, ClientQuery())
    rows = ([c.value(r) for c in columns] for r in _records(workspace.db, ids))
    sheet_columns = [SheetColumn(c.title, c.width, c.number_format) for c in columns]
    write_xlsx(path, [Sheet("Клиенты", sheet_columns, rows)])


def timed_import_in_new_process(sheet: Path, base: Path) -> dict[str, float]:
    """The import as a shop's first one runs: in a program that has not yet seen these
    clients (in this process the generated base left its phones in the parse caches), and
    started as the window is, from a package's __main__ (see bench/import_run)."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.import_run", str(sheet), str(base)],
        check=True,
        capture_output=True,
        text=True,
    )
    timings: dict[str, float] = json.loads(done.stdout)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = Workspace(open_database(folder / "source.sqlite"))
        fill_demo(source.db, source.settings, clients=args.clients, seed=11)
        export_file = folder / "clients.xlsx"
        export_s = best_of(
            lambda: seconds(lambda: export_clients(source.db, export_file, with_purchases=False))
        )
        started = time.perf_counter()
        export_clients(source.db, folder / "with_purchases.xlsx")
        export_purchases_s = time.perf_counter() - started
        sheet = folder / "sheet.xlsx"
        write_import_sheet(source, sheet)
        source.close()

        timings = timed_import_in_new_process(sheet, folder / "target.sqlite")
        # The shop imports its sheet again: every row finds its client, and changes nothing.
        again = timed_import_in_new_process(sheet, folder / "target.sqlite")

        # A first start of LibreOffice sets up its profile; a shop's LibreOffice has one.
        warm_up = folder / "warm.csv"
        warm_up.write_text("a;b\n1;2\n", encoding="utf-8")
        libreoffice_seconds(warm_up, "xlsx", folder / "warm")
        lo_open = best_of(lambda: libreoffice_seconds(sheet, "csv", folder / "lo"))
        lo_csv = folder / "lo_export"
        lo_csv.mkdir()
        libreoffice_seconds(export_file, "csv", lo_csv)
        csv_copy = lo_csv / "clients.csv"
        lo_write = (
            best_of(lambda: libreoffice_seconds(csv_copy, "xlsx", folder / "lo2"))
            if csv_copy.exists()
            else None
        )
        emit(
            "export_xlsx_s",
            export_s,
            "s",
            **({"ratio": round(export_s / lo_write, 2), "goal": 0.4} if lo_write else {}),
        )
        emit("export_xlsx_with_purchases_s", export_purchases_s, "s")
        for step in ("read", "plan", "write"):
            emit(f"import_{step}_s", timings[step], "s")
        import_s = timings["total"]
        emit(
            "import_total_s",
            import_s,
            "s",
            **({"ratio": round(import_s / lo_open, 2), "goal": 0.75} if lo_open else {}),
        )
        for step in ("plan", "write", "total"):
            emit(f"import_again_{step}_s", again[step], "s")
        if lo_open is None:
            emit("libreoffice", 0, "missing", note="install libreoffice-calc for the ratios")
        else:
            emit("libreoffice_open_s", lo_open, "s")
            if lo_write is not None:
                emit("libreoffice_write_xlsx_s", lo_write, "s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
