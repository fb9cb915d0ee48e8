"""Writing a file the user asked for (an export, a PDF, a calendar) so that a failure leaves
no half file under its name, and says why in words the user can act on.

The commonest failure at a shop is not a full disk: it is saving over the list still open in
Excel, or the PDF still open in a viewer, which Windows refuses («access denied», «used by
another process»).
"""

from __future__ import annotations

import errno
import re
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from clientbase.errors import ExportError

_DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
_NO_ACCESS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.ETXTBSY})
# Windows' own codes, which Rust's errors name («os error 32»): access denied, sharing and
# lock violations, write-protected; disk full, handle disk full.
_WINDOWS_NO_ACCESS = frozenset({5, 19, 32, 33})
_WINDOWS_DISK_FULL = frozenset({39, 112})
# rust_xlsxwriter's OSError has no errno: its text ends «… (os error 28)».
_RUST_CODE = re.compile(r"\(os error (\d+)\)")


@contextmanager
def written_in_place(path: Path) -> Iterator[Path]:
    """The path to write to, beside `path`; renamed to it when the block ends without an
    error. On any error the partial file is removed; an OSError comes out as an ExportError
    (a file open elsewhere is named as such), anything else as it was."""
    partial = path.with_name(path.name + ".part")
    try:
        yield partial
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise write_failure(error, path) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_failure(error: OSError, path: Path) -> ExportError:
    """Why `path` could not be written, from the system's error."""
    code = _failure_code(error, path)
    detail = str(path) if code != "cannot_write" else f"{path} ({error.strerror or error})"
    return ExportError(detail, code)


def _failure_code(error: OSError, path: Path) -> str:
    if isinstance(error, PermissionError):
        return "no_access"
    number = error.errno
    windows = getattr(error, "winerror", None)
    if number is None and (found := _RUST_CODE.search(str(error))):
        if sys.platform == "win32":
            windows = int(found.group(1))
        else:
            number = int(found.group(1))
    if not path.parent.is_dir():
        return "no_folder"
    if number in _DISK_FULL or windows in _WINDOWS_DISK_FULL:
        return "disk_full"
    if number in _NO_ACCESS or windows in _WINDOWS_NO_ACCESS:
        return "no_access"
    return "cannot_write"


def save_copy(source: Path, target: Path) -> None:
    """Copy a file made earlier (a preview's PDF) to where the user chose to keep it."""
    with written_in_place(target) as partial:
        shutil.copyfile(source, partial)
