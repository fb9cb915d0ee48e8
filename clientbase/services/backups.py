"""Backups of a base: a .zip with a consistent copy and a manifest, and restoring one.

A backup is an ordinary .zip, so even without the program the base inside can be taken out:
`clientbase.sqlite` (or `clientbase.sqlite.aes` when a password protects it) and
`manifest.json` with the program and schema versions, the counts and a SHA-256 checksum.
A backup is written to `NAME.zip.part` and renamed when complete, so a crash or a full disk
never leaves a half backup under a backup's name.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import sqlite3
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from clientbase import __version__
from clientbase.db import migrate
from clientbase.db.database import Database
from clientbase.db.sqlite_files import (
    check_file,
    copy_database,
    count_rows,
    is_sqlite_file,
    last_rowid,
    make_private,
    replace_contents,
    schema_revision,
)
from clientbase.errors import BackupError, OperationCancelled
from clientbase.services import backup_crypto
from clientbase.services.backup_rotation import KeepRule, to_delete

Progress = Callable[[int, int], None]

FORMAT = "clientbase-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBER = "clientbase.sqlite"
SEALED_MEMBER = "clientbase.sqlite.aes"
BLOCK = 1 << 20
# Deflate runs at about 90 MB/s here: a small base shrinks to a third in under a second, while
# a large one (280 MB at 100,000 clients) is stored as it is, so its backup stays within 2 s.
COMPRESS_UP_TO = 64 << 20
PROGRESS_STEPS = 1000
STALE_TEMP_SECONDS = 3600
# A damaged zip beyond BadZipFile: a directory naming a later zip version or another
# compression (NotImplementedError), a compressed part that fails to inflate (zlib.error).
_DAMAGED_ZIP = (NotImplementedError, zlib.error)

COUNTED_TABLES = {
    "clients": "client WHERE archived_at IS NULL",
    "archived_clients": "client WHERE archived_at IS NOT NULL",
    "purchases": "purchase",
    "interactions": "interaction",
    "reminders": "reminder",
}

_NAME = re.compile(
    r"^(?P<base>.+?)-(?P<auto>auto-)?(?P<stamp>\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})(-\d+)?\.zip$"
)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup's manifest says, shown before a restore."""

    path: Path
    created_at: datetime
    base_name: str
    program_version: str
    schema_revision: str
    counts: dict[str, int]
    size: int
    sha256: str
    encrypted: bool
    automatic: bool
    last_change: int
    sealing: dict[str, Any] | None = None


@dataclass(frozen=True)
class BackupFile:
    """A backup found in a folder, known from its file name alone."""

    path: Path
    base_name: str
    made_at: datetime
    automatic: bool


def backup_file_name(base_name: str, when: datetime, automatic: bool, number: int = 1) -> str:
    kind = "auto-" if automatic else ""
    again = f"-{number}" if number > 1 else ""
    return f"{base_name}-{kind}{when:%Y-%m-%d_%H-%M-%S}{again}.zip"


def _free_name(folder: Path, base_name: str, when: datetime, automatic: bool) -> Path:
    """Two backups in one second must not overwrite each other."""
    number = 1
    while (folder / backup_file_name(base_name, when, automatic, number)).exists():
        number += 1
    return folder / backup_file_name(base_name, when, automatic, number)


def parse_backup_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    made_at = datetime.strptime(match["stamp"], "%Y-%m-%d_%H-%M-%S")
    return BackupFile(path, match["base"], made_at, bool(match["auto"]))


def list_backups(folder: Path, base_name: str | None = None) -> list[BackupFile]:
    """Backups in `folder` (of one base, when named), newest first."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [parse_backup_name(path) for path in entries if path.is_file()]
    return sorted(
        (b for b in found if b is not None and (base_name is None or b.base_name == base_name)),
        key=lambda b: b.made_at,
        reverse=True,
    )


def last_backup(folder: Path, base_name: str) -> BackupFile | None:
    backups = list_backups(folder, base_name)
    return backups[0] if backups else None


class _Steps:
    """Progress of the whole job on one scale: phase `index` of `phases` covers its share."""

    def __init__(self, progress: Progress | None, phases: int) -> None:
        self.progress = progress
        self.phases = phases

    def report(self, phase: int, done: int, total: int) -> None:
        if self.progress is None:
            return
        share = PROGRESS_STEPS // self.phases
        within = share * done // total if total else share
        self.progress(phase * share + within, PROGRESS_STEPS)


def _os_error(error: OSError, where: Path) -> BackupError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupError("disk_full", str(where))
    return BackupError("cannot_write", f"{where} ({error.strerror or error})")


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)


def _remove_stale_temporaries(folder: Path, pattern: str) -> None:
    """Copies left by a job that was killed; anything recent may belong to a running job."""
    limit = time.time() - STALE_TEMP_SECONDS
    for path in folder.glob(pattern):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            continue


def _sync_folder(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder's entry must reach the disk too."""
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class _BackgroundDigest:
    """SHA-256 on a thread of its own: hashlib lets go of the GIL, so hashing overlaps writing.

    One worker keeps the chunks in order.
    """

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.worker = ThreadPoolExecutor(max_workers=1)

    def update(self, data: bytes) -> None:
        self.worker.submit(self.digest.update, data)

    def hexdigest(self) -> str:
        self.worker.shutdown(wait=True)
        return self.digest.hexdigest()


def _pack(
    snapshot: Path,
    archive: zipfile.ZipFile,
    password: str | None,
    step: Callable[[int], None],
) -> tuple[str, dict[str, Any] | None]:
    """Write the snapshot into the archive; return its SHA-256 and the sealing parameters."""
    digest = _BackgroundDigest()

    class Hashing:
        def __init__(self, source: IO[bytes]) -> None:
            self.source = source

        def read(self, size: int = -1) -> bytes:
            data = self.source.read(size)
            digest.update(data)
            return data

    with snapshot.open("rb") as source:
        if password is None:
            with archive.open(DATABASE_MEMBER, "w", force_zip64=True) as member:
                while data := source.read(BLOCK):
                    digest.update(data)
                    member.write(data)
                    step(len(data))
            return digest.hexdigest(), None
        sealing, cipher = backup_crypto.new_sealing(password)
        info = zipfile.ZipInfo(DATABASE_MEMBER + ".aes", date_time=time.localtime()[:6])
        info.compress_type = zipfile.ZIP_STORED
        with archive.open(info, "w", force_zip64=True) as member:
            backup_crypto.seal(cipher, sealing.prefix, Hashing(source), member, step)  # type: ignore[arg-type]
        return digest.hexdigest(), sealing.to_json()


def create_backup(
    db: Database,
    folder: Path,
    *,
    password: str | None = None,
    automatic: bool = False,
    keep: KeepRule | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up an open SQLite base into `folder`; automatic backups are then rotated by `keep`.

    Raises BackupError for a server base or an unwritable folder, OperationCancelled when
    `progress` raises it; in every case no partial backup is left.
    """
    source = db.path
    if source is None:
        raise BackupError("server_base")
    when = (now or datetime.now()).replace(microsecond=0)
    base_name = source.stem
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _os_error(error, folder) from error
    target = _free_name(folder, base_name, when, automatic)
    part = target.with_name(target.name + ".part")
    _remove_stale_temporaries(source.parent, f".{source.name}.snapshot-*")
    _remove_stale_temporaries(folder, "*.zip.part")
    snapshot = source.with_name(f".{source.name}.snapshot-{os.getpid()}")
    steps = _Steps(progress, 2)
    remover: threading.Thread | None = None
    try:
        copy_database(source, snapshot, lambda done, total: steps.report(0, done, total))
        counts = count_rows(snapshot, COUNTED_TABLES)
        revision = schema_revision(snapshot) or ""
        last_change = last_rowid(snapshot, "audit_entry")
        size = snapshot.stat().st_size
        written = 0

        def step(count: int) -> None:
            nonlocal written
            written += count
            steps.report(1, written, size)

        compression = zipfile.ZIP_DEFLATED if size <= COMPRESS_UP_TO else zipfile.ZIP_STORED
        descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=compression, compresslevel=1) as archive:
                sha256, sealing = _pack(snapshot, archive, password, step)
                # Freeing a large file takes a while; it overlaps the flush to the disk below.
                remover = threading.Thread(target=_remove, args=(snapshot,))
                remover.start()
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "program_version": __version__,
                    "schema_revision": revision,
                    "created_at": when.isoformat(),
                    "base_name": base_name,
                    "automatic": automatic,
                    "counts": counts,
                    "last_change": last_change,
                    "database": {
                        "member": SEALED_MEMBER if sealing else DATABASE_MEMBER,
                        "size": size,
                        "sha256": sha256,
                    },
                    "encryption": sealing,
                }
                archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            raw.flush()
            os.fsync(raw.fileno())
        make_private(part)
        os.replace(part, target)
        _sync_folder(folder)
    except OSError as error:
        _remove(part)
        raise _os_error(error, folder) from error
    except sqlite3.Error as error:
        _remove(part)
        raise BackupError("cannot_read", f"{source} ({error})") from error
    except BaseException:
        _remove(part)
        raise
    finally:
        if remover is not None:
            remover.join()
        _remove(snapshot)
    if automatic and keep is not None:
        rotate(folder, base_name, keep)
    return read_backup(target)


def rotate(folder: Path, base_name: str, keep: KeepRule) -> list[Path]:
    """Delete the automatic backups of one base that `keep` lets go; return their paths."""
    automatic = [(b.path, b.made_at) for b in list_backups(folder, base_name) if b.automatic]
    deleted = []
    for path in to_delete(automatic, keep):
        try:
            path.unlink()
            deleted.append(path)
        except OSError:
            continue
    return deleted


def read_backup(path: Path) -> BackupInfo:
    """The manifest of a backup; BackupError when the file is not one or cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            raw = archive.read(MANIFEST)
            manifest = json.loads(raw.decode("utf-8"))
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, *_DAMAGED_ZIP) as error:
        raise BackupError("not_a_backup", path.name) from error
    except OSError as error:
        raise BackupError("cannot_read", path.name) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("not_a_backup", path.name)
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise BackupError("newer_schema", path.name)
    try:
        database = manifest["database"]
        return BackupInfo(
            path=path,
            created_at=datetime.fromisoformat(manifest["created_at"]),
            base_name=str(manifest["base_name"]),
            program_version=str(manifest["program_version"]),
            schema_revision=str(manifest["schema_revision"]),
            counts={str(k): int(v) for k, v in manifest["counts"].items()},
            size=int(database["size"]),
            sha256=str(database["sha256"]),
            encrypted=manifest.get("encryption") is not None,
            automatic=bool(manifest.get("automatic", False)),
            last_change=int(manifest.get("last_change", 0)),
            sealing=manifest.get("encryption"),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise BackupError("not_a_backup", path.name) from error


def _extract(info: BackupInfo, target: Path, password: str | None, progress: _Steps) -> None:
    """Unpack (and decrypt) the base of a backup to `target`, checking its SHA-256."""
    digest = hashlib.sha256()
    written = 0

    def step(count: int) -> None:
        nonlocal written
        written += count
        progress.report(0, written, info.size)

    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as raw:

        class Hashing:
            def write(self, data: bytes) -> int:
                digest.update(data)
                return raw.write(data)

        try:
            with zipfile.ZipFile(info.path) as archive:
                if info.sealing is None:
                    with archive.open(DATABASE_MEMBER) as member:
                        while data := member.read(BLOCK):
                            Hashing().write(data)
                            step(len(data))
                else:
                    if not password:
                        raise BackupError("password_needed", info.path.name)
                    sealing = backup_crypto.Sealing.from_json(info.sealing)
                    cipher = backup_crypto.open_sealing(sealing, password)
                    with archive.open(SEALED_MEMBER) as member:
                        backup_crypto.unseal(cipher, sealing.prefix, member, Hashing(), step)  # type: ignore[arg-type]
        except backup_crypto.WrongPassword as error:
            raise BackupError("wrong_password") from error
        except (
            zipfile.BadZipFile, KeyError, EOFError, backup_crypto.DamagedData, *_DAMAGED_ZIP
        ) as error:  # fmt: skip
            raise BackupError("damaged", info.path.name) from error
    if digest.hexdigest() != info.sha256:
        raise BackupError("damaged", info.path.name)


def _verify(info: BackupInfo, copy: Path) -> None:
    """Refuse a copy that SQLite finds damaged or whose schema this program does not know."""
    if not is_sqlite_file(copy):
        raise BackupError("damaged", info.path.name)
    try:
        if not check_file(copy).ok:
            raise BackupError("damaged", info.path.name)
        revision = schema_revision(copy)
    except sqlite3.Error as error:
        raise BackupError("damaged", info.path.name) from error
    if revision is None:
        raise BackupError("not_a_backup", info.path.name)
    if not migrate.is_known_revision(revision):
        raise BackupError("newer_schema", info.path.name)


def check_backup(path: Path, password: str | None = None) -> BackupInfo:
    """Unpack a backup to a temporary file and check it, without touching any base."""
    info = read_backup(path)
    copy = path.with_name(f".{path.name}.check-{os.getpid()}")
    try:
        _extract(info, copy, password, _Steps(None, 1))
        _verify(info, copy)
    except OSError as error:
        raise BackupError("cannot_read", f"{path.name} ({error.strerror or error})") from error
    finally:
        _remove(copy)
    return info


def restore_backup(
    backup: Path,
    db_file: Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Replace the base in `db_file` by the one in `backup`, after checking it.

    The base must not be open in this process. Its current content is first copied aside;
    the path of that copy is returned (None when there was no base). A backup that fails any
    check raises BackupError and the base is left as it was.
    """
    info = read_backup(backup)
    steps = _Steps(progress, 3)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(db_file.parent, f".{db_file.name}.restoring-*")
    copy = db_file.with_name(f".{db_file.name}.restoring-{os.getpid()}")
    try:
        _extract(info, copy, password, steps)
        _verify(info, copy)
        steps.report(1, 0, 1)
        aside = None
        if db_file.exists() and is_sqlite_file(db_file):
            stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
            aside = db_file.with_name(f"{db_file.stem}.before-restore-{stamp}{db_file.suffix}")
            copy_database(db_file, aside, lambda done, total: steps.report(1, done, total))
        steps.report(2, 0, 1)
        if db_file.exists():
            replace_contents(copy, db_file)
        else:
            os.replace(copy, db_file)
            make_private(db_file)
        steps.report(2, 1, 1)
        return aside
    except OperationCancelled:
        raise
    except OSError as error:
        raise _os_error(error, db_file.parent) from error
    except sqlite3.Error as error:
        raise BackupError("cannot_read", f"{db_file} ({error})") from error
    finally:
        _remove(copy)


def needs_backup(db: Database, folder: Path) -> bool:
    """Whether the base changed since its newest backup in `folder` (or has none there)."""
    source = db.path
    if source is None:
        return False
    newest = last_backup(folder, source.stem)
    if newest is None:
        return True
    try:
        info = read_backup(newest.path)
    except BackupError:
        return True
    current = count_rows(source, COUNTED_TABLES)
    return last_rowid(source, "audit_entry") != info.last_change or current != info.counts
