"""`clientbase-cli report`: the printouts of the program as PDF files, without a window."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from clientbase.db.database import Database
from clientbase.errors import ValidationError
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.dashboard import read_dashboard
from clientbase.services.printing import allow_print, record_print
from clientbase.services.segments import Segment
from clientbase.services.workspace import Workspace

KINDS = ("list", "card", "birthdays", "calls", "dashboard", "invoice", "letter")


def add_report_parser(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="print to PDF: the client list, a card, birthdays, calls, analytics, an invoice "
        "or a letter",
    )
    report.add_argument("kind", choices=KINDS)
    report.add_argument("file", type=Path)
    report.add_argument("--language", choices=("ru", "en"), default="ru")
    report.add_argument("--segment", choices=[s.value for s in Segment], help="list: one segment")
    turn = report.add_mutually_exclusive_group()
    turn.add_argument(
        "--landscape",
        action="store_const",
        const=True,
        dest="landscape",
        help="list: across the page (the default for more than six columns)",
    )
    turn.add_argument(
        "--portrait", action="store_const", const=False, dest="landscape", help="list: upright"
    )
    report.add_argument("--month", help="birthdays: YYYY-MM (default: this month)")
    report.add_argument("--day", help="calls: YYYY-MM-DD (default: today)")
    report.add_argument("--client", type=int, help="card, letter: the client's id")
    report.add_argument("--purchase", type=int, help="invoice: the purchase's id")


def _month(text: str | None) -> tuple[date, date]:
    today = date.today()
    try:
        start = date.fromisoformat(f"{text}-01") if text else today.replace(day=1)
    except ValueError:
        raise ValidationError.single("month", "month_invalid", value=text or "") from None
    end = date(start.year + 1, 1, 1) if start.month == 12 else date(start.year, start.month + 1, 1)
    return start, end


def _needed(value: int | None, name: str) -> int:
    if value is None:
        raise ValidationError.single(name, "required")
    return value


def run_report(database: Database, args: argparse.Namespace, password: str | None) -> int:
    """Make the PDF, after the base's export policy allows it; print what was made as JSON."""
    # Here, not at the top: reportlab's import is the half of every command's start (and of
    # a sheet's reading process, which imports the command line again) that only a report
    # needs.
    from clientbase.reports.client_card import write_client_card
    from clientbase.reports.client_list import ListOptions, fits_portrait, write_client_list
    from clientbase.reports.dashboard_pdf import write_dashboard
    from clientbase.reports.day_lists import write_birthday_list, write_call_list
    from clientbase.reports.documents import write_greeting, write_invoice

    allow_print(database, password)
    workspace = Workspace(database)
    language: str = args.language
    target: Path = args.file
    rows = 1
    if args.kind == "list":
        segment = Segment(args.segment) if args.segment else None
        ids = find_client_ids(database, ClientQuery(segment=segment))
        landscape = args.landscape
        if landscape is None:
            landscape = not fits_portrait(len(ListOptions().columns))
        options = ListOptions(language=language, landscape=landscape)
        write_client_list(database, target, ids, options)
        rows = len(ids)
    elif args.kind == "card":
        write_client_card(workspace, _needed(args.client, "client"), target, language)
    elif args.kind == "birthdays":
        start, end = _month(args.month)
        rows = write_birthday_list(database, target, start, end, language)
    elif args.kind == "calls":
        try:
            day = date.fromisoformat(args.day) if args.day else date.today()
        except ValueError:
            raise ValidationError.single("day", "date_invalid", value=args.day) from None
        rows = write_call_list(database, target, day, language)
    elif args.kind == "dashboard":
        board = read_dashboard(database)
        write_dashboard(board, target, language, workspace.settings.currency)
        rows = board.active_clients
    elif args.kind == "invoice":
        write_invoice(workspace, _needed(args.purchase, "purchase"), target, language)
    elif args.kind == "letter":
        write_greeting(workspace, _needed(args.client, "client"), target, language)
    record_print(database, args.kind, rows, target)
    print(json.dumps({"file": str(target), "report": args.kind, "rows": rows}, ensure_ascii=False))
    return 0
