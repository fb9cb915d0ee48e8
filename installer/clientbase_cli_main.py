"""The command line's entry point inside the PyInstaller bundle."""

import multiprocessing
import sys

# A file is read in a process of its own (clientbase/exchange/own_process.py), which starts
# this program again: freeze_support runs the reader there, before the program would start.
multiprocessing.freeze_support()

from clientbase.cli import main  # noqa: E402
from clientbase.cli_messages import SystemLanguage  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(messages=SystemLanguage()))
