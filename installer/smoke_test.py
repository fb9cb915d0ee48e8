"""Start the built program as a user would and check that it works: exit code 0 or not.

Usage: python3 installer/smoke_test.py dist/ClientBase
It runs in throw-away home folders, so no real base or setting is touched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUT = 180


def run(bundle: Path, program: str, *args: str, env: dict[str, str]) -> str:
    command = [str(bundle / program), *args]
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    if result.returncode != 0:
        sys.exit(
            f"smoke test: {' '.join(command)} exited {result.returncode}\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def move_to_server(bundle: Path, base: str, server: str, env: dict[str, str]) -> None:
    """The built program reaches PostgreSQL: psycopg's compiled core and the dialect are in."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"clientbase_smoke_{os.getpid()}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(server).set(database=name).render_as_string(hide_password=False)
        run(bundle, "clientbase-cli", "--db", base, "move-to-server", url, env=env)
        counts = json.loads(run(bundle, "clientbase-cli", "--db", url, "stats", env=env))
        if counts["clients"] != 20:
            sys.exit(f"smoke test: the server base holds {counts['clients']} clients, not 20")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def refuse_a_sheet_that_kills_the_reader(
    bundle: Path, base: str, home: Path, env: dict[str, str]
) -> None:
    """The bundle reads a spreadsheet in a process of its own (multiprocessing, which a
    frozen program supports only through freeze_support): a sheet that kills the reader is
    refused with exit code 2 and a message, not a crash."""
    import openpyxl

    sheet = home / "far.xlsx"
    workbook = openpyxl.Workbook()
    cells = workbook.active
    assert cells is not None
    cells.append(["ФИО", "Телефон"])
    cells["XFD1048576"] = "x"
    workbook.save(sheet)
    command = [str(bundle / "clientbase-cli"), "--db", base, "import", str(sheet)]
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    if result.returncode != 2 or "XFD1048576" not in result.stderr:
        sys.exit(
            f"smoke test: {' '.join(command)} exited {result.returncode}\n"
            f"{result.stdout}\n{result.stderr}"
        )


def main(bundle: Path) -> int:
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "HOME": home,
            "XDG_DATA_HOME": f"{home}/data",
            "XDG_CONFIG_HOME": f"{home}/config",
            "APPDATA": f"{home}/data",
            "LOCALAPPDATA": f"{home}/data",
            "QT_QPA_PLATFORM": "offscreen",
        }
        shown = run(bundle, "clientbase", "--demo", "--check-start", "--lang", "ru", env=env)
        # The windowed program has no console on Windows: the base tells what it showed.
        demo = Path(home) / "data" / "ClientBase" / "demo.sqlite"
        demo_stats = json.loads(run(bundle, "clientbase-cli", "--db", str(demo), "stats", env=env))
        if demo_stats["clients"] != 300:
            sys.exit(f"smoke test: the demo base opened with {demo_stats['clients']} clients")
        base = f"{home}/shop.sqlite"
        run(bundle, "clientbase-cli", "--db", base, "demo", "--clients", "20", env=env)
        stats = run(bundle, "clientbase-cli", "--db", base, "stats", env=env)
        # A Cyrillic PDF proves the bundled fonts and reportlab; a backup, the zip and SQLite.
        run(bundle, "clientbase-cli", "--db", base, "report", "list", f"{home}/list.pdf", env=env)
        run(bundle, "clientbase-cli", "--db", base, "backup", f"{home}/backups", env=env)
        if Path(f"{home}/list.pdf").stat().st_size < 1000:
            sys.exit("smoke test: the client list PDF is empty")
        # An .xlsx export and its import into a new base prove the compiled writer (rustpy-
        # xlsxwriter), calamine and orjson made it into the bundle.
        run(bundle, "clientbase-cli", "--db", base, "export", f"{home}/clients.xlsx", env=env)
        copy = f"{home}/copy.sqlite"
        run(bundle, "clientbase-cli", "--db", copy, "import", f"{home}/clients.xlsx", env=env)
        copied = json.loads(run(bundle, "clientbase-cli", "--db", copy, "stats", env=env))
        if copied["clients"] != 20:
            sys.exit("smoke test: the exported .xlsx did not import back 20 clients")
        refuse_a_sheet_that_kills_the_reader(bundle, copy, Path(home), env)
        server = os.environ.get("CLIENTBASE_TEST_SERVER")
        if server:
            move_to_server(bundle, base, server, env)
        print(f"smoke test passed: {shown.strip() or 'the window opened'}; {stats.strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/ClientBase")))
