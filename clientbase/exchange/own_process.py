"""Running a file reader in a process of its own, so that a file which kills the reader
cannot kill the program.

calamine (Rust) reads spreadsheets fast, but on some files it does not fail, it dies: a
damaged .xls whose chain of sectors loops makes it grow a list until memory runs out, and a
single value typed into a sheet's last cell (XFD1048576) makes it ask for 549 GB for the
empty grid before it. Rust then aborts the whole process, which no `except` catches: the
window, and what the person had typed in it, would be gone. In a child process only the
child dies, and the person is told the file could not be read.
"""

from __future__ import annotations

import multiprocessing
import os
import zipfile
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from clientbase.errors import ImportFileError
from clientbase.exchange.xlsx_parts import DAMAGED_PACKAGE

T = TypeVar("T")

# The most address space the child may take, on systems that can set it: a reader gone
# wrong is stopped there (at once, for a small file) instead of pushing the machine into
# swap. A sheet takes about 40 times its .xlsx file's size once read (a 6 MB file of
# 100,000 clients: 240 MB), so the cap leaves room to spare for every sheet an import takes.
BASE_MEMORY = 1024**3
MEMORY_PER_FILE_BYTE = 64
# An .ods packs its text far tighter than an .xlsx (100,000 clients with their purchases:
# 1 GB of XML in a 32 MB file), and calamine holds about its unpacked size while reading
# it (1.1 GB there): for a zip package, the cap also grows with what it unpacks to.
MEMORY_PER_UNPACKED_BYTE = 4
MEMORY_CAP = 8 * 1024**3


# How often the caller is asked whether to go on waiting (its Cancel), in seconds.
POLL_SECONDS = 0.1


def in_own_process(
    read: Callable[..., T],
    path: Path,
    *args: Any,
    still_wanted: Callable[[], None] | None = None,
) -> T:
    """`read(path, *args)` in a child process; its ImportFileError comes back as raised
    there, and a child that dies is named as a file that could not be read.

    `still_wanted` is called while the child works; what it raises (OperationCancelled,
    after Cancel) ends the child and comes out of here. `read` and its arguments and
    result must pickle; the child is started afresh ("spawn", on every system alike), so
    `read` must live at the top of a module."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_guarded, args=(sender, read, path, args, _memory_cap(path)), daemon=True
    )
    child.start()
    sender.close()  # so that the child's death ends the pipe, here too
    try:
        outcome = _wait_for(receiver, still_wanted)
    except BaseException:
        child.terminate()
        raise
    finally:
        receiver.close()
        child.join()
    if outcome is None:
        raise ImportFileError("reader_died", path.name)
    if outcome[0] == "error":
        raise ImportFileError(outcome[1], outcome[2], **outcome[3])
    result: T = outcome[1]
    return result


def _wait_for(
    receiver: Connection, still_wanted: Callable[[], None] | None
) -> tuple[Any, ...] | None:
    """The child's outcome, or None when it died without one: its end of the pipe then
    closes, which poll reports as readable and recv as EOFError."""
    while not receiver.poll(POLL_SECONDS):
        if still_wanted is not None:
            still_wanted()
    try:
        outcome: tuple[Any, ...] = receiver.recv()
    except EOFError:
        return None
    return outcome


def _guarded(
    sender: Connection,
    read: Callable[..., Any],
    path: Path,
    args: tuple[Any, ...],
    cap: int | None,
) -> None:
    """In the child: sends the result, or the ImportFileError as plain values (the
    exception's own arguments do not rebuild it)."""
    _confine(cap)
    _quiet()
    try:
        outcome: tuple[Any, ...] = ("ok", read(path, *args))
    except ImportFileError as error:
        outcome = ("error", error.code, error.detail, error.counts)
    except MemoryError:
        # The cap reached in Python's own objects rather than in the reader's.
        outcome = ("error", "reader_died", path.name, {})
    sender.send(outcome)
    sender.close()


def _memory_cap(path: Path) -> int | None:
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        size = path.stat().st_size
    except (AttributeError, ValueError, OSError):  # Windows has no sysconf
        return None
    wanted = max(MEMORY_PER_FILE_BYTE * size, MEMORY_PER_UNPACKED_BYTE * _unpacked_size(path))
    return min(BASE_MEMORY + wanted, MEMORY_CAP, physical * 3 // 4)


def _unpacked_size(path: Path) -> int:
    """What a zip package (.xlsx, .ods) says its parts unpack to; 0 for any other file, or
    one whose directory cannot be read (the reader will name it)."""
    try:
        with zipfile.ZipFile(path) as package:
            return sum(part.file_size for part in package.infolist())
    except DAMAGED_PACKAGE:
        return 0


def _quiet() -> None:
    """The child's standard error to nowhere. On a damaged file calamine panics, and Rust
    writes «thread '<unnamed>' panicked at …/cfb.rs» (and a whole backtrace, where
    RUST_BACKTRACE is set) to the terminal before the panic becomes an exception here: the
    command line printed that above its one clear line. What the child has to tell goes
    through the pipe, and the parent names every failure."""
    try:
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 2)
        os.close(quiet)
    except OSError:  # no standard error to quiet (a windowed program on Windows)
        return


def _confine(memory_cap: int | None) -> None:
    """The child's limits, where the system has them: no core dump (it would hold the
    clients' list being read), and the memory cap."""
    try:
        import resource
    except ImportError:  # Windows: no such limits; the child still dies alone
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    if memory_cap is None:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        memory_cap = min(memory_cap, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory_cap, hard))
    except (ValueError, OSError):  # macOS refuses it: the child still dies alone
        return
