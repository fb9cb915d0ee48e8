"""clientbase-cli: the program's long jobs without a screen, for scripts and schedulers."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from clientbase import __version__
from clientbase.db.database import Database
from clientbase.db.open import open_database
from clientbase.errors import ClientBaseError
from clientbase.paths import default_database_path
from clientbase.services.demo import fill_demo
from clientbase.services.exporting import ExportFormat, export_clients
from clientbase.services.import_plan import DuplicateRule, plan_import, read_plan_source
from clientbase.services.importing import commit_import, import_history, undo_import
from clientbase.services.settings import Settings
from clientbase.services.stats import base_stats

EXIT_BAD_INPUT = 2
MAX_LISTED_PROBLEMS = 50


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
        "import", help="import clients from .xlsx/.xlsm/.xls/.ods/.csv (all rows or none)"
    )
    importing.add_argument("file", type=Path)
    importing.add_argument("--sheet", help="sheet name (default: the first)")
    importing.add_argument(
        "--dry-run", action="store_true", help="print the counts, change nothing"
    )
    importing.add_argument(
        "--on-duplicate",
        choices=[r.value for r in DuplicateRule],
        default=DuplicateRule.MERGE.value,
    )
    exporting = commands.add_parser(
        "export", help="export the active clients to .xlsx, .csv, .ods or .vcf"
    )
    exporting.add_argument("file", type=Path)
    exporting.add_argument(
        "--format", choices=[f.value for f in ExportFormat], help="default: from the file name"
    )
    commands.add_parser("imports", help="list past imports as JSON lines")
    undo = commands.add_parser("undo-import", help="take a whole import back")
    undo.add_argument("batch", type=int)
    return parser


def run_import(database: Database, args: argparse.Namespace) -> int:
    settings = Settings()
    table, header_line, mapping = read_plan_source(args.file, args.sheet, database)
    plan = plan_import(
        database, settings, table, header_line, mapping, args.file.name,
        DuplicateRule(args.on_duplicate),
    )  # fmt: skip
    for problem in plan.problems()[:MAX_LISTED_PROBLEMS]:
        print(
            f"row {problem.line}, {problem.column}: «{problem.value}» left out ({problem.code})",
            file=sys.stderr,
        )
    result: dict[str, object] = dict(plan.counts())
    result["mapping"] = dict(zip(plan.headers, [t.value for t in plan.mapping], strict=False))
    if not args.dry_run:
        result["batch"] = commit_import(database, settings, plan)
    print(json.dumps(result, ensure_ascii=False))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        database = open_database(args.db or default_database_path())
    except ClientBaseError as error:
        print(f"clientbase-cli: {error}", file=sys.stderr)
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
            return run_import(database, args)
        elif args.command == "export":
            target = args.file
            suffix = target.suffix.lower().lstrip(".")
            if args.format and suffix != args.format:
                target = target.with_name(f"{target.name}.{args.format}")
            elif suffix not in {f.value for f in ExportFormat}:
                print(
                    f"clientbase-cli: {target.name}: export writes .xlsx, .csv, .ods or .vcf",
                    file=sys.stderr,
                )
                return EXIT_BAD_INPUT
            count = export_clients(database, target)
            print(json.dumps({"file": str(target), "clients": count}, ensure_ascii=False))
        elif args.command == "imports":
            for batch in import_history(database):
                print(json.dumps(
                    {"batch": batch.id, "file": batch.file_name, "sheet": batch.sheet,
                     "imported_at": batch.imported_at.isoformat(), "counts": batch.counts,
                     "undone_at": batch.undone_at.isoformat() if batch.undone_at else None},
                    ensure_ascii=False,
                ))  # fmt: skip
        elif args.command == "undo-import":
            undo_import(database, Settings(), args.batch)
            print(json.dumps(base_stats(database)))
        return 0
    except ClientBaseError as error:
        print(f"clientbase-cli: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        database.close()


if __name__ == "__main__":
    sys.exit(main())
