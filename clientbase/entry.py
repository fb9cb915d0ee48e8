"""The installed commands' entry points (`clientbase`, `clientbase-cli`), which import the
program only when called.

A spreadsheet is read in a process of its own (exchange/own_process), started by
multiprocessing's «spawn», which runs the parent's main script again in the child before
it reads. For an installed command that script is pip's wrapper, whose one import is of
the function named here: were that function the program's own `main`, each file opened
would import the whole window (0.65 s) or command line (0.95 s) again in the child, for
nothing. `python -m clientbase` and the PyInstaller bundle do not pay it (a package's
__main__ is not run again; the bundle's freeze_support takes the child first).
"""

from __future__ import annotations


def window() -> int:
    from clientbase.app import main

    return main()


def command_line() -> int:
    from clientbase.cli import run_in_shell
    from clientbase.cli_messages import SystemLanguage

    return run_in_shell(SystemLanguage())
