"""clientbase-cli: the program's long jobs without a screen, for scripts and schedulers."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from clientbase import __version__
from clientbase.db.open import open_database
from clientbase.errors import ClientBaseError
from clientbase.paths import default_database_path
from clientbase.services.demo import fill_demo
from clientbase.services.settings import Settings
from clientbase.services.stats import base_stats

EXIT_BAD_INPUT = 2


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
    return parser


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
        return 0
    except ClientBaseError as error:
        print(f"clientbase-cli: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        database.close()


if __name__ == "__main__":
    sys.exit(main())
