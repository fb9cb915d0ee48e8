import json
import os
import shutil
import subprocess
import sys
from contextlib import closing
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from clientbase.cli import main
from clientbase.db.open import open_database
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.purchases import PurchaseInput
from clientbase.services.workspace import Workspace
from tests.test_reports.pdf_text import pages_text
from tests.test_services.test_joined_sheets import sales_book


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_fills_a_base_and_stats_counts_it(tmp_path: Path, capsys) -> None:
    base = str(tmp_path / "shop.sqlite")
    code, out, _ = run(capsys, "--db", base, "demo", "--clients", "40")
    assert code == 0
    code, out, _ = run(capsys, "--db", base, "stats")
    stats = json.loads(out)
    assert code == 0
    assert stats["clients"] == 40
    assert stats["purchases"] > 40
    assert set(stats) >= {"clients", "purchases", "reminders", "interactions"}


def test_a_file_that_is_not_a_base_is_refused_with_exit_code_2(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "clients.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + b"\x00" * 2000)
    code, out, err = run(capsys, "--db", str(sheet), "stats")
    assert code == 2
    assert out == ""
    assert "not a ClientBase database" in err and err.count("\n") == 1
    assert sheet.read_bytes() == b"PK\x03\x04" + b"\x00" * 2000


def test_a_non_positive_client_count_is_refused(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "b.sqlite"), "demo", "--clients", "0")
    assert code == 2 and "--clients" in err


DATA = Path(__file__).parent / "data"


def test_import_of_a_cut_short_xls_says_it_is_damaged(tmp_path: Path, capsys) -> None:
    # calamine panics on this cut (tests/test_services/test_importing.py); the CLI printed
    # a Rust trace and stopped with exit code 1.
    sheet = tmp_path / "clients.xls"
    sheet.write_bytes((DATA / "messy_clients.xls").read_bytes()[:6144])
    code, out, err = run(capsys, "--db", str(tmp_path / "b.sqlite"), "import", str(sheet))
    assert code == 2 and out == ""
    assert "clients.xls: the file is damaged" in err and err.count("\n") == 1


def test_import_dry_run_counts_and_changes_nothing(tmp_path: Path, capsys) -> None:
    base = str(tmp_path / "shop.sqlite")
    code, out, err = run(
        capsys, "--db", base, "import", str(DATA / "messy_clients.xlsx"), "--dry-run"
    )
    result = json.loads(out)
    assert code == 0
    assert (result["new"], result["merge_in_file"], result["skip"], result["error"]) == (6, 1, 1, 1)
    assert "row 9, Контакт: «12-34»" in err
    _, out, _ = run(capsys, "--db", base, "stats")
    assert json.loads(out)["clients"] == 0


def test_the_dry_runs_mapping_names_every_column(tmp_path: Path, capsys) -> None:
    """By its letter where it has no name, or shares one: the JSON held one key for all
    three columns of a list without column names, and one «Телефон» for two."""
    base = str(tmp_path / "shop.sqlite")
    nameless = tmp_path / "rows.tsv"
    nameless.write_text("Иванов Иван\t+7 916 123-45-67\tМосква\nПетрова Анна\t8 903 111-22-33\t\n")
    _, out, _ = run(capsys, "--db", base, "import", str(nameless), "--dry-run")
    assert json.loads(out)["mapping"] == {"A": "full_name", "B": "phone", "C": "notes"}
    twice = tmp_path / "two.csv"
    twice.write_text("ФИО;Телефон;Телефон\nИванов Иван;+7 916 123-45-67;8 903 111-22-33\n")
    _, out, _ = run(capsys, "--db", base, "import", str(twice), "--dry-run")
    assert json.loads(out)["mapping"] == {
        "ФИО": "full_name",
        "Телефон (B)": "phone",
        "Телефон (C)": "phone",
    }


def test_import_reads_a_pipe_as_it_reads_a_file(tmp_path: Path, capsys, monkeypatch) -> None:
    """«-» takes what a pipe brings: rows a script copied (tab-separated, UTF-8), a CSV
    in cp1251, a workbook (told by its first bytes)."""
    import io

    base = str(tmp_path / "shop.sqlite")
    pasted = "ФИО\tТелефон\nИванов Иван\t+7 916 123-45-67\nПетрова Анна\t8 903 111-22-33\n"
    for piped, new in (
        (pasted.encode("utf-8"), 2),
        ((DATA / "clients_cp1251.csv").read_bytes(), 3),
        ((DATA / "messy_clients.xlsx").read_bytes(), 6),
    ):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(piped)))
        code, out, _ = run(capsys, "--db", base, "import", "-", "--dry-run")
        assert code == 0 and json.loads(out)["new"] == new
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(pasted.encode("utf-8"))))
    _, out, _ = run(capsys, "--db", base, "import", "-")
    _, out, _ = run(capsys, "--db", base, "imports")
    assert json.loads(out.splitlines()[0])["file"] == "stdin.csv"


def test_import_then_undo_through_the_command_line(tmp_path: Path, capsys) -> None:
    base = str(tmp_path / "shop.sqlite")
    code, out, _ = run(capsys, "--db", base, "import", str(DATA / "clients_cp1251.csv"))
    batch = json.loads(out)["batch"]
    assert code == 0
    code, out, _ = run(
        capsys, "--db", base, "import", str(DATA / "clients_cp1251.csv"), "--on-duplicate", "skip"
    )
    assert json.loads(out)["skip"] == 3
    _, out, _ = run(capsys, "--db", base, "imports")
    assert [json.loads(line)["batch"] for line in out.splitlines()] == [batch + 1, batch]
    code, out, _ = run(capsys, "--db", base, "undo-import", str(batch))
    assert code == 0 and json.loads(out)["clients"] == 0
    code, _, err = run(capsys, "--db", base, "undo-import", str(batch))
    assert code == 2 and err.count("\n") == 1


def test_a_list_corrected_and_imported_again_updates_the_cards(tmp_path: Path, capsys) -> None:
    import csv

    base, listed = str(tmp_path / "shop.sqlite"), tmp_path / "list.csv"
    run(capsys, "--db", base, "import", str(DATA / "clients_cp1251.csv"))

    def rows() -> list[list[str]]:
        run(capsys, "--db", base, "export", str(listed))
        with listed.open(encoding="utf-8-sig", newline="") as file:
            return list(csv.reader(file, delimiter=";"))

    table = rows()
    city = table[0].index("Город")
    table[1][city] = "Мурманск"
    with listed.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file, delimiter=";").writerows(table)
    args = ("--db", base, "import", str(listed), "--on-duplicate", "update")
    code, out, _ = run(capsys, *args, "--dry-run")
    planned = json.loads(out)
    assert code == 0 and (planned["update"], planned["unchanged"]) == (1, 2)
    assert planned["whole_cards"]  # the export's empty cells clear the cards' fields too
    run(capsys, *args)
    assert [row[city] for row in rows()[1:]] == ["Мурманск", "", ""]
    _, out, _ = run(capsys, "--db", base, "import", str(DATA / "clients_cp1251.csv"), "--dry-run")
    assert not json.loads(out)["whole_cards"]


def test_undo_asks_what_to_do_with_clients_worked_on_since(tmp_path: Path, capsys) -> None:
    base = tmp_path / "shop.sqlite"
    _, out, _ = run(capsys, "--db", str(base), "import", str(DATA / "clients_cp1251.csv"))
    batch = json.loads(out)["batch"]
    workspace = Workspace(open_database(base))
    try:
        orlova = find_client_ids(workspace.db, ClientQuery(search="орлова"))[0]
        workspace.purchases.add(orlova, PurchaseInput(date(2026, 12, 1), total=Decimal("500")))
    finally:
        workspace.close()
    code, _, err = run(capsys, "--db", str(base), "undo-import", str(batch))
    assert code == 2 and f"1 client of import {batch} was worked on" in err
    assert "--keep-worked-on" in err
    _, out, _ = run(capsys, "--db", str(base), "stats")
    assert json.loads(out)["clients"] == 3  # nothing was undone
    # On a Russian system in Russian: it was in English whatever the system spoke.
    russian = _installed_command(tmp_path, "ru_RU.UTF-8", "undo-import", str(batch))
    assert russian.returncode == 2
    assert russian.stderr.startswith(
        f"clientbase-cli: клиентов импорта {batch}, с которыми работали после него "
        "(изменили карточку, добавили покупки, звонки или напоминания): 1; "
    )
    code, out, _ = run(capsys, "--db", str(base), "undo-import", str(batch), "--keep-worked-on")
    assert code == 0 and json.loads(out)["clients"] == 1 and json.loads(out)["purchases"] == 1


def test_import_takes_a_header_row_and_a_phone_region(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "minsk.csv"
    sheet.write_text(
        "Клиенты магазина в Минске\nФИО;Телефон\nКовалёва Анна;029 123-45-67\n", encoding="utf-8"
    )
    base = str(tmp_path / "shop.sqlite")
    code, out, _ = run(capsys, "--db", base, "import", str(sheet), "--region", "by")
    assert code == 0 and json.loads(out)["new"] == 1
    # Read as a Belarus number (+375 29 …), where Russia's rules would make it +7 029 ….
    for region, found in (("BY", 1), ("RU", 0)):
        other = tmp_path / f"{region}.sqlite"
        run(capsys, "--db", str(other), "import", str(sheet), "--region", region)
        with closing(open_database(other)) as database:
            assert len(find_client_ids(database, ClientQuery(search="375291234567"))) == found

    # The first row taken for the header: «Клиенты магазина в Минске» names no column.
    code, _, err = run(capsys, "--db", base, "import", str(sheet), "--header-row", "1", "--dry-run")
    assert code == 2 and err.count("\n") == 1
    code, out, _ = run(
        capsys, "--db", base, "import", str(sheet), "--header-row", "2", "--dry-run",
        "--region", "BY",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["merge"] == 1
    with pytest.raises(SystemExit):
        main(["--db", base, "import", str(sheet), "--region", "XX"])


def test_a_header_row_given_reshapes_the_sheet(tmp_path: Path, capsys) -> None:
    # «--header-row 2», the row of months under «Покупки»: the months' sums were notes, as
    # the first row had shaped the sheet, and no purchase came in.
    sheet = tmp_path / "months.csv"
    sheet.write_text(
        "ФИО;Телефон;Покупки;\n;;Январь 2026;Февраль 2026\n"
        "Иванова Анна;89161234567;1500;2000\nПетров Олег;89161112233;;700\n",
        encoding="utf-8",
    )
    base = str(tmp_path / "shop.sqlite")
    code, out, _ = run(capsys, "--db", base, "import", str(sheet), "--header-row", "2", "--dry-run")
    assert code == 0 and json.loads(out)["purchases"] == 3


def test_import_of_a_list_without_column_names(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "clients.csv"
    sheet.write_text(
        "Иванов Иван;89161112233;ivan@mail.ru\n"
        "Петрова Мария;+7 916 111-22-34;maria@mail.ru\n"
        "Орлов Олег;8 903 111 22 35;oleg@mail\n",
        encoding="utf-8",
    )
    base = str(tmp_path / "shop.sqlite")
    code, out, err = run(capsys, "--db", base, "import", str(sheet), "--dry-run")
    assert code == 0 and json.loads(out)["new"] == 3  # Иванов too, not taken for the names
    assert "row 3, C: «oleg@mail» left out" in err
    # «--header-row 0» says so where the sheet does not show it.
    code, out, _ = run(capsys, "--db", base, "import", str(sheet), "--header-row", "0", "--dry-run")
    assert code == 0 and json.loads(out)["new"] == 3


def test_importing_a_broken_file_says_why_in_one_line(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "clients.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    code, out, err = run(capsys, "--db", str(tmp_path / "b.sqlite"), "import", str(broken))
    assert code == 2 and out == ""
    assert "clients.xlsx" in err and err.count("\n") == 1


def test_export_writes_the_base_and_refuses_an_unknown_format(tmp_path: Path, capsys) -> None:
    base = str(tmp_path / "shop.sqlite")
    run(capsys, "--db", base, "demo", "--clients", "15")
    code, out, _ = run(capsys, "--db", base, "export", str(tmp_path / "out.xlsx"))
    assert code == 0 and json.loads(out)["clients"] == 15
    assert (tmp_path / "out.xlsx").stat().st_size > 0
    code, out, err = run(capsys, "--db", base, "export", str(tmp_path / "out.pdf"))
    assert code == 2 and out == "" and "out.pdf" in err


def test_export_options_from_the_command_line(tmp_path: Path, capsys) -> None:
    import openpyxl

    base = str(tmp_path / "shop.sqlite")
    run(capsys, "--db", base, "demo", "--clients", "5")
    code, _, err = run(capsys, "--db", base, "export", str(tmp_path / "o.xlsx"), "--no-purchases")
    assert code == 0, err
    assert openpyxl.load_workbook(tmp_path / "o.xlsx").sheetnames == ["Клиенты"]
    csv_file = tmp_path / "o.csv"
    code, _, err = run(
        capsys, "--db", base, "export", str(csv_file), "--delimiter", "tab", "--encoding", "cp1251"
    )
    assert code == 0, err
    assert csv_file.read_bytes().decode("cp1251").startswith("Фамилия\tИмя\t")
    code, _, err = run(capsys, "--db", base, "export", str(csv_file), "--language", "en")
    assert code == 0, err  # English names, and English Excel's comma between them
    assert csv_file.read_text(encoding="utf-8-sig").startswith("Last name,First name,")
    code, _, err = run(capsys, "--db", base, "export", str(tmp_path / "en.ods"), "--language", "en")
    assert code == 0, err
    from clientbase.exchange.table_file import sheet_names

    assert sheet_names(tmp_path / "en.ods") == ["Clients", "Purchases"]


def test_backup_restore_and_check_from_the_command_line(tmp_path: Path, capsys) -> None:
    base = str(tmp_path / "shop.sqlite")
    run(capsys, "--db", base, "demo", "--clients", "30")
    code, out, _ = run(capsys, "--db", base, "backup", str(tmp_path / "nightly"))
    made = json.loads(out)
    assert code == 0 and made["counts"]["clients"] == 30 and not made["encrypted"]
    run(capsys, "--db", base, "demo", "--clients", "5")

    code, out, err = run(capsys, "--db", base, "restore", made["file"])
    restored = json.loads(out)
    assert code == 0, err
    assert restored["counts"]["clients"] == 30
    assert Path(restored["previous_base_kept_as"]).exists()
    code, out, _ = run(capsys, "--db", base, "check")
    assert code == 0 and json.loads(out) == {"ok": True, "integrity": [], "foreign_keys": []}


def test_an_encrypted_backup_takes_its_password_from_the_environment(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = str(tmp_path / "shop.sqlite")
    run(capsys, "--db", base, "demo", "--clients", "10")
    monkeypatch.setenv("CLIENTBASE_BACKUP_PASSWORD", "пароль")
    code, out, _ = run(capsys, "--db", base, "backup", str(tmp_path), "--encrypt")
    made = json.loads(out)
    assert code == 0 and made["encrypted"]
    monkeypatch.setenv("CLIENTBASE_BACKUP_PASSWORD", "не тот")
    code, out, err = run(capsys, "--db", base, "restore", made["file"])
    assert code == 2 and out == "" and "password does not fit" in err


def test_restore_is_refused_while_the_program_has_the_base_open(tmp_path: Path, capsys) -> None:
    from clientbase.services.base_lock import BaseLock

    base = tmp_path / "shop.sqlite"
    run(capsys, "--db", str(base), "demo", "--clients", "10")
    _, out, _ = run(capsys, "--db", str(base), "backup", str(tmp_path))
    lock = BaseLock(base)
    lock.acquire()
    try:
        code, _, err = run(capsys, "--db", str(base), "restore", json.loads(out)["file"])
    finally:
        lock.release()
    assert code == 2 and "already open" in err


def test_restoring_something_that_is_not_a_backup_changes_nothing(tmp_path: Path, capsys) -> None:
    base = str(tmp_path / "shop.sqlite")
    run(capsys, "--db", base, "demo", "--clients", "10")
    code, _, err = run(capsys, "--db", base, "restore", str(DATA / "messy_clients.xlsx"))
    assert code == 2 and "not a ClientBase backup" in err
    _, out, _ = run(capsys, "--db", base, "stats")
    assert json.loads(out)["clients"] == 10


def test_report_makes_pdfs_and_refuses_a_bad_month(tmp_path, capsys) -> None:
    base = str(tmp_path / "base.sqlite")
    assert main(["--db", base, "demo", "--clients", "40", "--seed", "3"]) == 0
    capsys.readouterr()
    target = tmp_path / "abc.pdf"
    assert main(["--db", base, "report", "list", str(target), "--segment", "abc_a"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["report"] == "list" and 0 < printed["rows"] < 40
    assert f"Клиентов: {printed['rows']}" in pages_text(target)[0]
    dashboard = tmp_path / "dash.pdf"
    assert main(["--db", base, "report", "dashboard", str(dashboard), "--language", "en"]) == 0
    assert "Analytics" in pages_text(dashboard)[0]
    bad = tmp_path / "bad.pdf"
    assert main(["--db", base, "report", "birthdays", str(bad), "--month", "2026-13"]) != 0
    assert "2026-13" in capsys.readouterr().err and not bad.exists()
    assert main(["--db", base, "report", "card", str(bad)]) != 0


def test_the_list_of_every_column_comes_across_the_page_unless_asked(tmp_path, capsys) -> None:
    from pypdf import PdfReader

    base = str(tmp_path / "base.sqlite")
    assert main(["--db", base, "demo", "--clients", "5", "--seed", "3"]) == 0
    wide, upright = tmp_path / "wide.pdf", tmp_path / "upright.pdf"
    assert main(["--db", base, "report", "list", str(wide)]) == 0
    assert main(["--db", base, "report", "list", str(upright), "--portrait"]) == 0

    def shape(path: Path) -> tuple[float, float]:
        box = PdfReader(path).pages[0].mediabox
        return float(box.width), float(box.height)

    assert shape(wide)[0] > shape(wide)[1]  # ten columns do not fit upright unbroken
    assert shape(upright)[0] < shape(upright)[1]


def test_import_writes_its_own_words_in_the_language_asked(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "salon.csv"
    sheet.write_text("Name;Phone;Last visit\nAda Lovelace;+442079460018;01.11.2026\n")
    base = str(tmp_path / "shop.sqlite")
    code, _, err = run(capsys, "--db", base, "import", str(sheet), "--language", "en")
    assert code == 0, err
    with closing(Workspace(open_database(base))) as workspace:
        (client_id,) = find_client_ids(workspace.db, ClientQuery())
        visits = [i.data.text for i in workspace.interactions.list_for(client_id)]
    assert visits == ["Visit"]  # not «Визит», in an English-speaking shop's history


def test_only_a_report_loads_the_pdf_library() -> None:
    # reportlab's import was half of every command's start, and of a sheet's reading
    # process, which imports the command line again.
    import subprocess
    import sys

    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, clientbase.cli; print('reportlab' in sys.modules)"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert loaded.stdout.strip() == "False"


def _installed_command(
    tmp_path: Path, language: str, *args: str
) -> subprocess.CompletedProcess[str]:
    """clientbase-cli as pip installs it (entry.command_line), on a system speaking `language`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
    env["LANG"] = language
    script = "import sys; from clientbase.entry import command_line; sys.exit(command_line())"
    return subprocess.run(
        [sys.executable, "-c", script, "--db", str(tmp_path / "shop.sqlite"), *args],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=False,
    )  # fmt: skip


def test_bad_input_is_told_in_the_language_of_the_users_system(tmp_path: Path) -> None:
    """A Russian shop's nightly job logged «there is no such file» in English."""
    (tmp_path / "damaged.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    russian = _installed_command(tmp_path, "ru_RU.UTF-8", "import", "missing.xlsx")
    assert russian.returncode == 2
    assert russian.stderr == (
        "clientbase-cli: missing.xlsx: такого файла нет: его переместили, переименовали "
        "или удалили\n"
    )
    damaged = _installed_command(tmp_path, "ru_RU.UTF-8", "import", "damaged.xlsx")
    assert damaged.returncode == 2
    assert "файл повреждён" in damaged.stderr
    (tmp_path / "clients.csv").write_text("ФИО;Телефон\nИванов Иван;12-34\n", encoding="utf-8")
    checked = _installed_command(tmp_path, "ru_RU.UTF-8", "import", "clients.csv", "--dry-run")
    assert checked.returncode == 0
    assert checked.stderr == "строка 2, Телефон: «12-34» — не номер телефона (phone_invalid)\n"
    # The export's word on a file it cannot write was English whatever the system spoke.
    refused = _installed_command(tmp_path, "ru_RU.UTF-8", "export", "clients.docx")
    assert refused.returncode == 2
    assert refused.stderr == (
        "clientbase-cli: clients.docx: экспорт пишет файлы .xlsx, .csv, .ods, .vcf или .ics\n"
    )
    no_password = _installed_command(tmp_path, "ru_RU.UTF-8", "backup", "--encrypt")
    assert no_password.returncode == 2
    assert no_password.stderr == (
        "clientbase-cli: для --encrypt нужен пароль (задайте $CLIENTBASE_BACKUP_PASSWORD)\n"
    )
    # A command that works never loads Qt for its words.
    script = (
        "import sys; from clientbase.entry import command_line; code = command_line(); "
        "print(code, 'PySide6' in sys.modules)"
    )
    worked = subprocess.run(
        [sys.executable, "-c", script, "--db", str(tmp_path / "shop.sqlite"), "stats"],
        capture_output=True, text=True, check=True, cwd=tmp_path,
    )  # fmt: skip
    assert worked.stdout.splitlines()[-1] == "0 False"
    english = _installed_command(tmp_path, "en_GB.UTF-8", "import", "missing.xlsx")
    assert english.stderr == (
        "clientbase-cli: missing.xlsx: there is no such file: it has been moved, renamed or "
        "deleted\n"
    )


def test_a_word_documents_table_imports_and_an_old_doc_is_asked_for_as_docx(tmp_path) -> None:
    shutil.copy(DATA / "clients_word.docx", tmp_path / "Клиенты.docx")
    checked = _installed_command(tmp_path, "ru_RU.UTF-8", "import", "Клиенты.docx", "--dry-run")
    assert checked.returncode == 0
    assert json.loads(checked.stdout)["new"] == 4
    shutil.copy(DATA / "clients_word.doc", tmp_path / "Клиенты.doc")
    old = _installed_command(tmp_path, "ru_RU.UTF-8", "import", "Клиенты.doc")
    assert old.returncode == 2
    assert old.stderr == (
        "clientbase-cli: Клиенты.doc: документ Word старого вида (.doc) или RTF; импорт читает "
        "таблицы документов .docx и .odt: откройте его в Word или LibreOffice Writer и "
        "сохраните как .docx\n"
    )


def test_import_counts_the_rows_a_filter_hides_and_leaves_them_out_when_asked(
    tmp_path, capsys
) -> None:
    database = str(tmp_path / "shop.sqlite")
    sheet = str(DATA / "hidden_columns.xlsx")  # saved with a filter on: row 3 hidden
    assert main(["--db", database, "import", sheet, "--dry-run"]) == 0
    everyone = json.loads(capsys.readouterr().out)
    assert (everyone["hidden_rows"], everyone["new"]) == (1, 3)
    assert main(["--db", database, "import", sheet, "--skip-hidden-rows"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["hidden_rows"], shown["new"]) == (1, 2)


def test_import_takes_the_sheets_of_the_same_columns_as_one_list_when_asked(
    tmp_path, capsys
) -> None:
    book = sales_book(tmp_path / "sales.xlsx")
    base = str(tmp_path / "shop.sqlite")
    code, out, _ = run(capsys, "--db", base, "import", str(book), "--dry-run")
    assert (code, json.loads(out)["purchases"]) == (0, 2)  # January alone
    assert "sheets" not in json.loads(out)
    code, out, err = run(capsys, "--db", base, "import", str(book), "--all-sheets")
    result = json.loads(out)
    assert (code, result["new"], result["purchases"]) == (0, 3, 4)
    assert (result["sheets"], result["other_sheets"]) == (["Январь", "Февраль"], ["Итоги", "Лист5"])
    assert err == ""
    _, out, _ = run(capsys, "--db", base, "imports")
    assert "Январь, Февраль" in out


def test_a_value_left_out_on_a_later_sheet_is_named_with_its_sheet(tmp_path, capsys) -> None:
    book = sales_book(tmp_path / "sales.xlsx")
    workbook = openpyxl.load_workbook(book)
    workbook["Февраль"]["C3"] = "8 916 12"  # a phone cut short
    workbook.save(book)
    base = str(tmp_path / "shop.sqlite")
    code, _, err = run(capsys, "--db", base, "import", str(book), "--all-sheets", "--dry-run")
    assert code == 0
    assert err.startswith("row 3 (Февраль), Телефон: «8 916 12» left out (")


def test_rows_imported_already_are_told_with_their_import(tmp_path: Path, capsys) -> None:
    base = str(tmp_path / "shop.sqlite")
    shutil.copy(DATA / "clients_cp1251.csv", tmp_path / "клиенты.csv")
    _, out, err = run(capsys, "--db", base, "import", str(DATA / "clients_cp1251.csv"))
    batch = json.loads(out)["batch"]
    assert "imported_before" not in json.loads(out) and "imported already" not in err
    code, out, err = run(capsys, "--db", base, "import", str(tmp_path / "клиенты.csv"))
    result = json.loads(out)
    assert code == 0 and result["batch"] == batch + 1  # told, not refused
    before = result["imported_before"]
    assert (before["batch"], before["file"], before["sheet"]) == (
        batch,
        "clients_cp1251.csv",
        "clients_cp1251",
    )
    assert err.endswith(
        f"clientbase-cli: these rows were imported already, on {before['imported_at'][:10]} "
        f"{before['imported_at'][11:16]} from clients_cp1251.csv (clients_cp1251), "
        f"import {batch}\n"
    )
    russian = _installed_command(tmp_path, "ru_RU.UTF-8", "import", "клиенты.csv", "--dry-run")
    assert russian.returncode == 0
    assert russian.stderr.startswith("clientbase-cli: эти строки уже импортированы ")
    # A nightly job's «only if it changed»: nothing imported, and no batch to undo.
    code, out, _ = run(capsys, "--db", base, "import", str(tmp_path / "клиенты.csv"),
                       "--unless-imported")  # fmt: skip
    result = json.loads(out)
    assert code == 0 and "batch" not in result and result["imported_before"]["batch"] == batch + 1
    _, out, _ = run(capsys, "--db", base, "imports")
    assert len(out.splitlines()) == 2
    (tmp_path / "клиенты.csv").write_text("ФИО;Телефон\nОрлова Ольга;89160001122\n")
    _, out, _ = run(capsys, "--db", base, "import", str(tmp_path / "клиенты.csv"),
                    "--unless-imported")  # fmt: skip
    assert json.loads(out)["batch"] == batch + 2


def test_import_names_the_rows_without_a_name_and_adds_them_above_when_told(
    tmp_path: Path, capsys
) -> None:
    """A row without a name was counted as an error and nothing more: what it held (a
    client's second phone, written in the row below) was not said."""
    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "ФИО;Телефон;Комментарий\nПетров Пётр;89261112299;\n;89261112288;жена\n",
        encoding="utf-8",
    )
    base = str(tmp_path / "b.sqlite")
    code, out, err = run(capsys, "--db", base, "import", "--dry-run", str(sheet))
    assert code == 0 and json.loads(out)["error"] == 1
    assert err.splitlines() == [
        "row 3: no name, not imported (it holds: 89261112288; жена); --rows-without-name "
        "above adds it to the client in row 2 (no_name)"
    ]
    code, out, err = run(capsys, "--db", base, "import", "--rows-without-name", "above", str(sheet))
    assert code == 0 and err == ""
    assert (json.loads(out)["error"], json.loads(out)["new"]) == (0, 1)
    with closing(open_database(Path(base))) as database:
        [found] = find_client_ids(database, ClientQuery())
        card = Workspace(database).clients.get(found).data
    assert ([p.raw for p in card.phones], card.notes) == (["89261112299", "89261112288"], "жена")


def test_import_dials_local_numbers_with_the_area_code_given(tmp_path: Path, capsys) -> None:
    sheet = tmp_path / "town.csv"
    sheet.write_text("ФИО;Телефон\nИванова Мария;52-34-56\n", encoding="utf-8")
    base = str(tmp_path / "b.sqlite")
    code, out, err = run(capsys, "--db", base, "import", "--dry-run", str(sheet))
    assert code == 0 and err.endswith("(phone_local)\n")
    code, out, err = run(capsys, "--db", base, "import", "--area-code", "4822", str(sheet))
    assert code == 0 and err == "" and json.loads(out)["new"] == 1
    with closing(open_database(Path(base))) as database:
        [found] = find_client_ids(database, ClientQuery())
        assert Workspace(database).clients.get(found).data.phones[0].raw == "4822 52-34-56"
    with pytest.raises(SystemExit):
        main(["--db", base, "import", "--area-code", "Тверь", str(sheet)])
    assert "is not an area code" in capsys.readouterr().err


def test_output_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    """`clientbase-cli imports | head` printed a traceback of BrokenPipeError once head had
    its lines and closed the pipe."""
    script = "import sys; from clientbase.entry import command_line; sys.exit(command_line())"
    command = subprocess.Popen(
        [sys.executable, "-c", script, "--db", str(tmp_path / "shop.sqlite"), "stats"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )  # fmt: skip
    assert command.stdout is not None and command.stderr is not None
    command.stdout.close()  # the reader is gone before the command writes a line
    told = command.stderr.read().decode()
    assert command.wait(timeout=60) == 141
    assert told == ""
