"""clientbase-cli: the program's long jobs without a screen, for scripts and schedulers."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from clientbase import __version__
from clientbase.cli_messages import Messages
from clientbase.cli_reports import add_report_parser, run_report
from clientbase.cli_server import (
    add_server_parser,
    backup_json,
    run_move,
    run_server_backup,
    run_server_restore,
)
from clientbase.db.database import Database
from clientbase.db.open import open_database
from clientbase.errors import ClientBaseError, ExportError
from clientbase.exchange.header_row import header_cells
from clientbase.exchange.sheet_cells import column_letter
from clientbase.paths import default_database_path
from clientbase.services.backup_rotation import KeepRule
from clientbase.services.backup_schedule import default_backup_folder
from clientbase.services.backups import create_backup, read_backup, restore_backup
from clientbase.services.base_lock import BaseLock
from clientbase.services.demo import fill_demo
from clientbase.services.exporting import CSV_ENCODINGS, CsvOptions, ExportFormat, export_clients
from clientbase.services.ics_export import export_ics
from clientbase.services.import_batches import import_history
from clientbase.services.import_plan import (
    DuplicateRule,
    hidden_rows_below,
    mapping_for,
    plan_import,
    read_plan_source,
    without_hidden_rows,
)
from clientbase.services.import_undo import later_work, undo_import
from clientbase.services.importing import commit_import
from clientbase.services.joined_sheets import join_sheets
from clientbase.services.maintenance import check_base
from clientbase.services.name_columns import require_name_column
from clientbase.services.phones import area_code, is_region
from clientbase.services.planned_rows import ImportPlan, PlannedRow, held_text
from clientbase.services.privacy import ExportPolicy, read_privacy
from clientbase.services.settings import Settings
from clientbase.services.sheet_shapes import with_header_row
from clientbase.services.stats import base_stats

EXIT_BAD_INPUT = 2
DELIMITERS = {"semicolon": ";", "comma": ",", "tab": "\t"}
EXIT_DAMAGED = 1
# As a Unix tool ends on a closed pipe: killed by SIGPIPE, 128 + 13.
EXIT_BROKEN_PIPE = 141
PASSWORD_VARIABLE = "CLIENTBASE_BACKUP_PASSWORD"
PROGRAM_PASSWORD_VARIABLE = "CLIENTBASE_PASSWORD"
MAX_LISTED_PROBLEMS = 50


def mapping_keys(headers: Sequence[str]) -> list[str]:
    """The columns as the JSON's mapping names them: by their names, or by their letters
    where they have none (a sheet without column names) or share one («Телефон (D)»), so
    that no column hides another."""
    counts = Counter(headers)

    def key(index: int, header: str) -> str:
        if not header:
            return column_letter(index)
        return header if counts[header] == 1 else f"{header} ({column_letter(index)})"

    return [key(index, header) for index, header in enumerate(headers)]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientbase-cli", description="ClientBase without a screen"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=None,
        help=f"database file or URL (default: {default_database_path()})",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill the base with generated realistic clients")
    demo.add_argument("--clients", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=2026)
    commands.add_parser("stats", help="print counts as one JSON object")
    importing = commands.add_parser(
        "import",
        help="import clients from .xlsx/.xlsm/.xls/.xlsb/.ods, Excel 2003 .xml, .csv/.txt, a "
        "web page's table (.html), a Word document's table (.docx/.odt), an Access "
        ".mdb/.accdb table or .vcf contacts (all rows or none)",
    )
    importing.add_argument(
        "file", type=Path, help="the file; «-» reads it from standard input (a pipe, pasted rows)"
    )
    importing.add_argument(
        "--sheet",
        help="sheet, Access table or web page table name (default: the first that holds "
        "anything; of a web page, its longest table)",
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="print the counts, change nothing"
    )
    importing.add_argument(
        "--on-duplicate",
        choices=[r.value for r in DuplicateRule],
        default=DuplicateRule.MERGE.value,
        help="a client already in the base: merge (fill the card's gaps, note what the file "
        "says otherwise), update (the file's values replace the card's: a list exported, "
        "corrected and imported back; in the program's own full export, its empty cells "
        "clear the card's fields too), keep (add another client) or skip (default: merge)",
    )
    importing.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help="the sheet's row (from 1) that holds the column names, 0 for none (default: found)",
    )
    importing.add_argument(
        "--skip-hidden-rows",
        action="store_true",
        help="leave out the rows the sheet hides, by a filter or by hand (default: they are "
        "imported like the rest; the JSON counts them as hidden_rows)",
    )
    importing.add_argument(
        "--rows-without-name",
        choices=("leave", "above"),
        default="leave",
        help="a client list's row without a name under a client's row (a second phone or a "
        "note written in the row below): leave it out (default; the JSON counts it as an "
        "error) or add its phones, e-mails and notes to the client above",
    )
    importing.add_argument(
        "--unless-imported",
        action="store_true",
        help="import nothing where the same rows were imported already (a nightly job "
        "bringing a shop's export that has not changed): the JSON then says imported_before "
        "with no batch",
    )
    importing.add_argument(
        "--all-sheets",
        action="store_true",
        help="also the workbook's other sheets under the same column names, as one list: a "
        "sales book of a sheet a month (the JSON names them as sheets, and those of other "
        "columns as other_sheets)",
    )
    importing.add_argument(
        "--region",
        type=phone_region,
        default=Settings().phone_region,
        help="region of phones written without a country code: RU, BY, KZ… (default: RU)",
    )
    importing.add_argument(
        "--area-code",
        type=area_code_arg,
        default="",
        metavar="CODE",
        help="the area code of the shop's town, for local numbers written without one "
        "(«52-34-56»): 4822 makes it +7 4822 52-34-56 (default: none; the JSON then names "
        "such numbers as phone_local)",
    )
    importing.add_argument(
        "--language",
        choices=("ru", "en"),
        default="ru",
        help="of what the import writes on its own: a visit's history entry, a row colour's "
        "tag, a .vcf's column names and labels (default: ru)",
    )
    exporting = commands.add_parser(
        "export",
        help="export the active clients to .xlsx, .csv, .ods or .vcf, or reminders and "
        "birthdays to .ics",
    )
    exporting.add_argument("file", type=Path)
    exporting.add_argument(
        "--format", choices=[f.value for f in ExportFormat], help="default: from the file name"
    )
    exporting.add_argument(
        "--mailing-list",
        action="store_true",
        help="only the clients who agreed to receive messages",
    )
    exporting.add_argument(
        "--no-purchases", action="store_true", help=".xlsx/.ods: leave out the purchases sheet"
    )
    exporting.add_argument(
        "--delimiter",
        choices=["semicolon", "comma", "tab"],
        default=None,
        help=".csv: the field separator (default: semicolon, as Russian Excel expects; comma "
        "with --language en, as English Excel does)",
    )
    exporting.add_argument(
        "--encoding",
        choices=list(CSV_ENCODINGS),
        default=CSV_ENCODINGS[0],
        help=".csv: the text encoding (default: UTF-8 with BOM, which Excel opens correctly)",
    )
    exporting.add_argument(
        "--language",
        choices=("ru", "en"),
        default="ru",
        help="column and sheet names, the words of statuses and yes/no, and dates (default: ru)",
    )
    backup = commands.add_parser("backup", help="back the base up into a .zip (a folder or file)")
    backup.add_argument(
        "dest", nargs="?", type=Path, help="folder (default: «backups» beside the base)"
    )
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help=f"protect it with a password (asked for, or taken from ${PASSWORD_VARIABLE})",
    )
    backup.add_argument(
        "--auto", action="store_true", help="name it as an automatic backup and rotate old ones"
    )
    restore = commands.add_parser(
        "restore", help="replace the base by a backup, after checking it; the old base is kept"
    )
    restore.add_argument("backup", type=Path)
    commands.add_parser("check", help="check the base; exit 1 if it is damaged")
    commands.add_parser("imports", help="list past imports as JSON lines")
    undo = commands.add_parser("undo-import", help="take a whole import back")
    undo.add_argument("batch", type=int)
    since = undo.add_mutually_exclusive_group()
    since.add_argument(
        "--keep-worked-on",
        action="store_true",
        help="keep the clients worked on since the import (edited, or given purchases, calls "
        "or reminders) as they are",
    )
    since.add_argument(
        "--all",
        action="store_true",
        help="take those back too, with the work done on them since",
    )
    add_report_parser(commands)
    add_server_parser(commands)
    return parser


def phone_region(text: str) -> str:
    code = text.strip().upper()
    if not is_region(code):
        raise argparse.ArgumentTypeError(f"{text!r} is not a region code such as RU, BY or KZ")
    return code


def area_code_arg(text: str) -> str:
    try:
        return area_code(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an area code such as 4822") from None


def run_import(database: Database, args: argparse.Namespace, messages: Messages) -> int:
    if str(args.file) == "-":
        # What a pipe brings (a CSV, rows from the clipboard, even a workbook, told by its
        # first bytes) is read as a file of it would be.
        with tempfile.TemporaryDirectory(
            prefix="clientbase-", ignore_cleanup_errors=True
        ) as folder:
            piped = Path(folder) / "stdin.csv"
            piped.write_bytes(sys.stdin.buffer.read())
            return run_import(
                database, argparse.Namespace(**{**vars(args), "file": piped}), messages
            )
    settings = replace(Settings(), phone_region=args.region)
    table, header_line, mapping = read_plan_source(
        args.file, args.sheet, database, args.header_row is None, language=args.language
    )
    if args.header_row is not None:
        header_line = args.header_row - 1
        table = with_header_row(table, header_line, args.language, date.today())
        mapping = mapping_for(table, header_line, args.file.name, database)
        require_name_column(mapping, args.file.name, header_cells(table.rows, header_line))
    joined = None
    if args.all_sheets:
        joined = join_sheets(args.file, table, header_line, language=args.language)
        if joined.table is not table:
            # A later sheet's value past the named columns widens the list.
            table = joined.table
            mapping += mapping_for(table, header_line, args.file.name, database)[len(mapping) :]
    hidden = len(hidden_rows_below(table, header_line))
    if args.skip_hidden_rows:
        table = without_hidden_rows(table, header_line)
    rule = DuplicateRule(args.on_duplicate)
    plan = plan_import(
        database, settings, table, header_line, mapping, args.file.name, rule,
        language=args.language, local_area=args.area_code,
    )  # fmt: skip
    if args.rows_without_name == "above" and (above := plan.to_clients_above()):
        plan = plan_import(
            database, settings, table, header_line, mapping, args.file.name, rule,
            language=args.language, decisions=above, local_area=args.area_code,
        )  # fmt: skip
    told = [messages.left_out(problem, plan.where(problem.line)) for problem in plan.problems()]
    told += [_without_name(messages, plan, row, table.rows) for row in plan.rows]
    for line in [text for text in told if text][:MAX_LISTED_PROBLEMS]:
        print(line, file=sys.stderr)
    result: dict[str, object] = dict(plan.counts())
    result["mapping"] = dict(
        zip(mapping_keys(plan.headers), [t.value for t in plan.mapping], strict=False)
    )
    result["whole_cards"] = plan.whole_cards
    before = plan.imported_before
    if before is not None:
        # Told, and imported all the same unless --unless-imported: a script may bring
        # the same day's list on purpose.
        print(f"clientbase-cli: {messages.imported_before(before)}", file=sys.stderr)
        result["imported_before"] = {
            "batch": before.id,
            "imported_at": before.imported_at.isoformat(),
            "file": before.file_name,
            "sheet": before.sheet,
        }
    result["hidden_rows"] = hidden
    if joined is not None:
        result["sheets"], result["other_sheets"] = list(joined.joined), list(joined.other)
    if not args.dry_run and not (args.unless_imported and before is not None):
        result["batch"] = commit_import(database, settings, plan)
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _without_name(
    messages: Messages, plan: ImportPlan, row: PlannedRow, rows: Sequence[Sequence[object]]
) -> str:
    """What stderr says of a row left out for want of a name: "" of any other row."""
    if row.reason != "no_name":
        return ""
    above = None if row.above_line is None else plan.where(row.above_line)
    return messages.without_name(plan.where(row.line), held_text(rows, row.line), above)


def program_password() -> str | None:
    """The program's password, for an export the base allows only with it."""
    password = os.environ.get(PROGRAM_PASSWORD_VARIABLE)
    if password:
        return password
    if not sys.stdin.isatty():
        return None
    return getpass.getpass("ClientBase password: ") or None


def export_password(database: Database) -> str | None:
    """The program's password when the base allows exports only with it, else None."""
    if read_privacy(database).export_policy is ExportPolicy.PASSWORD:
        return program_password()
    return None


def backup_password(confirm: bool, messages: Messages) -> str | None:
    """The backup password from the environment (for schedulers) or typed at the terminal."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password:
        return password
    if not sys.stdin.isatty():
        return None
    password = getpass.getpass(messages.password_prompt())
    if confirm and getpass.getpass(messages.password_prompt(again=True)) != password:
        print(f"clientbase-cli: {messages.passwords_differ()}", file=sys.stderr)
        return None
    return password or None


def run_backup(database: Database, args: argparse.Namespace, messages: Messages) -> int:
    password = None
    if args.encrypt:
        password = backup_password(confirm=True, messages=messages)
        if password is None:
            print(
                f"clientbase-cli: {messages.password_needed(PASSWORD_VARIABLE)}",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
    if database.path is None:
        return run_server_backup(database, args.dest, password)
    folder = args.dest or default_backup_folder(database.path)
    info = create_backup(database, folder, password=password, automatic=args.auto, keep=KeepRule())
    print(backup_json(info))
    return 0


def run_restore(db_file: Path, backup: Path, messages: Messages) -> int:
    """Restore before the base is opened: the base must not be in use by anyone."""
    lock = BaseLock(db_file)
    lock.acquire()
    try:
        info = read_backup(backup)
        password = backup_password(False, messages) if info.encrypted else None
        aside = restore_backup(backup, db_file, password=password)
        database = open_database(db_file)
        try:
            stats = base_stats(database)
        finally:
            database.close()
    finally:
        lock.release()
    print(json.dumps(
        {"restored": str(backup), "previous_base_kept_as": str(aside) if aside else None,
         "counts": stats},
        ensure_ascii=False,
    ))  # fmt: skip
    return 0


def run_check(database: Database) -> int:
    found = check_base(database)
    print(json.dumps(
        {"ok": found.ok, "integrity": found.integrity, "foreign_keys": found.foreign_keys},
        ensure_ascii=False,
    ))  # fmt: skip
    return 0 if found.ok else EXIT_DAMAGED


def main(argv: Sequence[str] | None = None, messages: Messages | None = None) -> int:
    """Run one command; bad input is told on stderr in `messages`' words: English, or the
    system's language as the installed command passes (cli_messages.SystemLanguage)."""
    messages = messages or Messages()
    args = build_parser().parse_args(argv)
    if args.command == "restore":
        target = Path(args.db).expanduser() if args.db else default_database_path()
        try:
            if "://" in str(args.db or ""):
                return run_server_restore(
                    str(args.db), args.backup, lambda confirm: backup_password(confirm, messages)
                )
            return run_restore(target, args.backup, messages)
        except ClientBaseError as error:
            print(f"clientbase-cli: {messages.error(error)}", file=sys.stderr)
            return EXIT_BAD_INPUT
    try:
        database = open_database(args.db or default_database_path())
    except ClientBaseError as error:
        print(f"clientbase-cli: {messages.error(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if args.command == "demo":
            if args.clients < 1:
                print("clientbase-cli: --clients must be at least 1", file=sys.stderr)
                return EXIT_BAD_INPUT
            fill_demo(database, Settings(), clients=args.clients, seed=args.seed)
            print(json.dumps(base_stats(database)))
        elif args.command == "stats":
            print(json.dumps(base_stats(database)))
        elif args.command == "import":
            return run_import(database, args, messages)
        elif args.command == "export":
            target = args.file
            suffix = target.suffix.lower().lstrip(".")
            if args.format and suffix != args.format:
                target = target.with_name(f"{target.name}.{args.format}")
            elif suffix == "ics":
                count = export_ics(database, target, password=export_password(database))
                print(json.dumps({"file": str(target), "events": count}, ensure_ascii=False))
                return 0
            elif suffix not in {f.value for f in ExportFormat}:
                failure = ExportError(target.name, "unsupported_format")
                print(f"clientbase-cli: {messages.error(failure)}", file=sys.stderr)
                return EXIT_BAD_INPUT
            delimiter = args.delimiter or ("comma" if args.language == "en" else "semicolon")
            count = export_clients(
                database,
                target,
                password=export_password(database),
                mailing_list=args.mailing_list,
                with_purchases=not args.no_purchases,
                csv_options=CsvOptions(DELIMITERS[delimiter], args.encoding),
                language=args.language,
            )
            print(json.dumps({"file": str(target), "clients": count}, ensure_ascii=False))
        elif args.command == "backup":
            return run_backup(database, args, messages)
        elif args.command == "check":
            return run_check(database)
        elif args.command == "imports":
            for batch in import_history(database):
                print(json.dumps(
                    {"batch": batch.id, "file": batch.file_name, "sheet": batch.sheet,
                     "imported_at": batch.imported_at.isoformat(), "counts": batch.counts,
                     "undone_at": batch.undone_at.isoformat() if batch.undone_at else None},
                    ensure_ascii=False,
                ))  # fmt: skip
        elif args.command == "report":
            return run_report(database, args, export_password(database))
        elif args.command == "move-to-server":
            return run_move(database, args)
        elif args.command == "undo-import":
            worked_on = later_work(database, args.batch)
            if worked_on and not (args.keep_worked_on or args.all):
                told = messages.worked_on_since(len(worked_on), args.batch)
                print(f"clientbase-cli: {told}", file=sys.stderr)
                return EXIT_BAD_INPUT
            keep = worked_on if args.keep_worked_on else []
            undo_import(database, Settings(), args.batch, keep=keep)
            print(json.dumps(base_stats(database)))
        return 0
    except ClientBaseError as error:
        print(f"clientbase-cli: {messages.error(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        database.close()


def run_in_shell(messages: Messages) -> int:
    """`main` as a shell runs it: output piped into a reader that stops early
    (`clientbase-cli imports | head`) ends the command quietly, rather than with a
    traceback of BrokenPipeError; what was to be done is done by then."""
    try:
        code = main(messages=messages)
        sys.stdout.flush()  # a pipe closed is found here, not at the interpreter's exit
    except BrokenPipeError:
        # Python flushes stdout once more as it exits: that must not find the pipe again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return code


if __name__ == "__main__":
    from clientbase.cli_messages import SystemLanguage

    sys.exit(run_in_shell(SystemLanguage()))
