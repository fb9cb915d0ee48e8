"""kill -9 in the middle of an import, an export and a backup: the base is before or after.

Each job runs as `clientbase-cli` in a process of its own, killed without warning at moments
spread over the job's whole run. After every kill the base must open, check clean, and hold
exactly the data of before the job or of after it; a killed export or backup must leave no
file under its final name unless that file is whole.
"""

from __future__ import annotations

import csv
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from clientbase.db.open import open_database
from clientbase.db.sqlite_files import check_file
from clientbase.services.backups import check_backup, list_backups
from clientbase.services.demo import fill_demo
from clientbase.services.settings import Settings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")

KILLS_PER_JOB = 5
ROWS = 4000

Fingerprint = tuple[list[tuple[str, str, str]], int, int, int]


def fingerprint(path: Path) -> Fingerprint:
    with closing(sqlite3.connect(path)) as connection:
        clients = connection.execute(
            "SELECT display_name, coalesce(primary_phone, ''), coalesce(primary_email, '')"
            " FROM client ORDER BY 1, 2, 3"
        ).fetchall()
        counts = [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("phone", "purchase", "import_batch")
        ]
    return clients, counts[0], counts[1], counts[2]


def cli(base: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "clientbase.cli", "--db", str(base), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def timed_run(base: Path, *args: str) -> float:
    begin = time.monotonic()
    assert cli(base, *args).wait(timeout=120) == 0
    return time.monotonic() - begin


def killed_run(base: Path, after: float, *args: str) -> None:
    process = cli(base, *args)
    time.sleep(after)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)


def moments(total: float) -> list[float]:
    """Kill times spread over the run, the last just before its end."""
    return [total * (index + 1) / (KILLS_PER_JOB + 1) for index in range(KILLS_PER_JOB)]


@pytest.fixture(scope="module")
def start_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "start.sqlite"
    database = open_database(path)
    fill_demo(database, Settings(), clients=200, seed=11)
    database.close()
    return path


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sheet") / "clients.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(["ФИО", "Телефон", "E-mail", "Дата рождения", "Город"])
        for n in range(ROWS):
            writer.writerow([
                f"Клиентов{n} Иван Петрович", f"+7 913 {n // 10000:03} {n % 10000:04}",
                f"client{n}@example.ru", f"{n % 28 + 1:02}.{n % 12 + 1:02}.19{50 + n % 50}",
                "Новосибирск",
            ])  # fmt: skip
    return path


def copy_of(start: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copyfile(start, target)
    return target


def test_a_killed_import_leaves_the_base_before_or_after(
    start_base: Path, sheet: Path, tmp_path: Path
) -> None:
    before = fingerprint(start_base)
    finished = copy_of(start_base, tmp_path, "finished.sqlite")
    total = timed_run(finished, "import", str(sheet))
    after = fingerprint(finished)
    assert after != before

    outcomes = []
    for index, moment in enumerate(moments(total)):
        base = copy_of(start_base, tmp_path, f"killed{index}.sqlite")
        killed_run(base, moment, "import", str(sheet))
        assert check_file(base).ok, moment
        state = fingerprint(base)
        assert state in (before, after), moment
        outcomes.append("after" if state == after else "before")
        reopened = open_database(base)
        reopened.close()
    # The kills spread over the run: the early ones must find the base as it was.
    assert outcomes[0] == "before"


def test_a_killed_export_leaves_the_base_and_no_half_file(
    start_base: Path, sheet: Path, tmp_path: Path
) -> None:
    base = copy_of(start_base, tmp_path, "base.sqlite")
    timed_run(base, "import", str(sheet))
    before = fingerprint(base)
    total = timed_run(base, "export", str(tmp_path / "whole.xlsx"))
    for index, moment in enumerate(moments(total)):
        target = tmp_path / f"export{index}.xlsx"
        killed_run(base, moment, "export", str(target))
        assert check_file(base).ok
        assert fingerprint(base) == before
        if target.exists():
            with zipfile.ZipFile(target) as archive:
                assert archive.testzip() is None


def test_a_killed_backup_leaves_the_base_and_no_half_backup(
    start_base: Path, sheet: Path, tmp_path: Path
) -> None:
    base = copy_of(start_base, tmp_path, "base.sqlite")
    timed_run(base, "import", str(sheet))
    before = fingerprint(base)
    total = timed_run(base, "backup", str(tmp_path / "first"))
    for index, moment in enumerate(moments(total)):
        folder = tmp_path / f"backups{index}"
        killed_run(base, moment, "backup", str(folder))
        assert check_file(base).ok
        assert fingerprint(base) == before
        for backup in list_backups(folder):
            assert check_backup(backup.path).counts["clients"] == len(before[0])
