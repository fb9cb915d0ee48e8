"""Backups: made while the base is open, restored only after they check clean."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import stat
import struct
import zipfile
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from clientbase.db.database import Database
from clientbase.db.open import open_database
from clientbase.errors import BackupError, OperationCancelled
from clientbase.services import backups
from clientbase.services.backup_rotation import KeepRule, to_delete
from clientbase.services.backups import (
    check_backup,
    create_backup,
    list_backups,
    needs_backup,
    read_backup,
    restore_backup,
    rotate,
)
from clientbase.services.client_query import count_clients
from clientbase.services.demo import fill_demo
from clientbase.services.settings import Settings
from clientbase.services.workspace import Workspace
from tests.conftest import person

# Backups here are of the SQLite file (a server base is backed up with pg_dump).
pytestmark = pytest.mark.sqlite_file


def dump(path: Path) -> list[str]:
    """Every row of every table, as SQL text: two bases with equal dumps hold equal records."""
    with closing(sqlite3.connect(path)) as connection:
        return sorted(line for line in connection.iterdump() if line.startswith("INSERT"))


@pytest.fixture
def filled(db: Database) -> Database:
    fill_demo(db, Settings(), clients=40, seed=7)
    return db


def test_backup_then_restore_gives_back_every_record(
    filled: Database, db_path: Path, tmp_path: Path
) -> None:
    before = dump(db_path)
    info = create_backup(filled, tmp_path / "backups")
    assert info.path.name.startswith("base-") and info.path.suffix == ".zip"
    assert info.counts["clients"] == 40 and info.counts["purchases"] > 0
    assert not info.encrypted

    Workspace(filled).clients.create(person("Новиков", "Пётр"))
    filled.close()
    aside = restore_backup(info.path, db_path)

    assert dump(db_path) == before
    assert aside is not None
    reopened = open_database(db_path)
    assert count_clients(reopened) == 40
    reopened.close()


def test_the_base_is_kept_aside_before_a_restore(
    filled: Database, db_path: Path, tmp_path: Path
) -> None:
    info = create_backup(filled, tmp_path / "backups")
    Workspace(filled).clients.create(person("Новиков", "Пётр"))
    changed = dump(db_path)
    filled.close()
    aside = restore_backup(info.path, db_path)
    assert aside is not None and aside.name.startswith("base.before-restore-")
    assert dump(aside) == changed


def test_a_backup_is_a_zip_anyone_can_open(filled: Database, tmp_path: Path) -> None:
    info = create_backup(filled, tmp_path)
    with zipfile.ZipFile(info.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        archive.extract("clientbase.sqlite", tmp_path / "out")
    assert manifest["format"] == "clientbase-backup"
    assert manifest["counts"]["clients"] == 40
    assert manifest["schema_revision"] == info.schema_revision != ""
    with closing(sqlite3.connect(tmp_path / "out" / "clientbase.sqlite")) as copy:
        assert copy.execute("SELECT count(*) FROM client").fetchone()[0] == 40


def test_an_encrypted_backup_needs_its_password(
    filled: Database, db_path: Path, tmp_path: Path
) -> None:
    before = dump(db_path)
    info = create_backup(filled, tmp_path, password="Сезам, откройся")
    assert info.encrypted
    with zipfile.ZipFile(info.path) as archive:
        assert "clientbase.sqlite" not in archive.namelist()
        sealed = archive.read("clientbase.sqlite.aes")
    assert b"SQLite format 3" not in sealed and "Иван".encode() not in sealed

    Workspace(filled).clients.create(person("Новиков", "Пётр"))
    changed = dump(db_path)
    filled.close()
    with pytest.raises(BackupError) as missing:
        restore_backup(info.path, db_path)
    assert missing.value.code == "password_needed"
    with pytest.raises(BackupError) as wrong:
        restore_backup(info.path, db_path, password="сезам")
    assert wrong.value.code == "wrong_password"
    assert dump(db_path) == changed

    restore_backup(info.path, db_path, password="Сезам, откройся")
    assert dump(db_path) == before


def _rewrite_member(source: Path, target: Path, name: str, change: bytes | None) -> None:
    """Copy a backup, replacing one member's bytes (None drops it)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            if item.filename == name:
                if change is not None:
                    new.writestr(item.filename, change)
            else:
                new.writestr(item, old.read(item.filename))


def test_damaged_and_foreign_files_are_refused_and_the_base_is_unchanged(
    filled: Database, db_path: Path, tmp_path: Path
) -> None:
    info = create_backup(filled, tmp_path / "good")
    with zipfile.ZipFile(info.path) as archive:
        data = bytearray(archive.read("clientbase.sqlite"))
    data[len(data) // 2] ^= 0xFF
    flipped = tmp_path / "flipped.zip"
    _rewrite_member(info.path, flipped, "clientbase.sqlite", bytes(data))
    no_manifest = tmp_path / "no-manifest.zip"
    _rewrite_member(info.path, no_manifest, "manifest.json", None)
    text = tmp_path / "notes.zip"
    text.write_text("это не архив", encoding="utf-8")
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(info.path.read_bytes()[: info.path.stat().st_size // 2])
    # A damaged byte in the zip's directory: zipfile's NotImplementedError stopped the check.
    later = bytearray(info.path.read_bytes())
    entry = later.find(b"PK\x01\x02")
    while entry != -1:
        struct.pack_into("<H", later, entry + 6, 186)  # version needed to extract: 18.6
        entry = later.find(b"PK\x01\x02", entry + 4)
    later_version = tmp_path / "later-version.zip"
    later_version.write_bytes(bytes(later))
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "photos"}))

    Workspace(filled).clients.create(person("Новиков", "Пётр"))
    before = dump(db_path)
    filled.close()
    expected = {
        flipped: "damaged",
        no_manifest: "not_a_backup",
        text: "not_a_backup",
        truncated: "not_a_backup",
        later_version: "not_a_backup",
        other: "not_a_backup",
    }
    for path, code in expected.items():
        with pytest.raises(BackupError) as refused:
            restore_backup(path, db_path)
        assert refused.value.code == code, path.name
    assert dump(db_path) == before
    assert not [p for p in db_path.parent.iterdir() if "restoring" in p.name]


def test_a_backup_of_a_newer_program_is_refused(
    filled: Database, db_path: Path, tmp_path: Path
) -> None:
    info = create_backup(filled, tmp_path / "good")
    with zipfile.ZipFile(info.path) as archive:
        archive.extract("clientbase.sqlite", tmp_path / "x")
        manifest = json.loads(archive.read("manifest.json"))
    copy = tmp_path / "x" / "clientbase.sqlite"
    with closing(sqlite3.connect(copy)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    newer = tmp_path / "newer.zip"
    manifest["database"]["sha256"] = hashlib.sha256(copy.read_bytes()).hexdigest()
    with zipfile.ZipFile(newer, "w") as archive:
        archive.write(copy, "clientbase.sqlite")
        archive.writestr("manifest.json", json.dumps(manifest))
    filled.close()
    with pytest.raises(BackupError) as refused:
        check_backup(newer)
    assert refused.value.code == "newer_schema"
    assert check_backup(info.path).counts == info.counts


def test_backup_and_base_files_are_private(filled: Database, db_path: Path, tmp_path: Path) -> None:
    info = create_backup(filled, tmp_path / "backups", password="1")
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    fresh = open_database(tmp_path / "new" / "other.sqlite")
    fresh.close()
    assert stat.S_IMODE((tmp_path / "new" / "other.sqlite").stat().st_mode) == 0o600


def test_an_unwritable_folder_is_a_clear_error_and_leaves_nothing(
    filled: Database, tmp_path: Path
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(BackupError) as refused:
        create_backup(filled, blocker / "backups")
    assert refused.value.code == "cannot_write"
    assert [p.name for p in tmp_path.rglob("*") if ".zip" in p.name or "snapshot" in p.name] == []


def test_a_full_disk_during_a_backup_leaves_no_half_backup(
    filled: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups.os, "fsync", full)
    folder = tmp_path / "stick"
    with pytest.raises(BackupError) as refused:
        create_backup(filled, folder)
    assert refused.value.code == "disk_full"
    assert list(folder.iterdir()) == []
    assert not [p for p in db_path.parent.iterdir() if "snapshot" in p.name]


def test_cancel_stops_a_backup_and_leaves_nothing(filled: Database, tmp_path: Path) -> None:
    def cancel(done: int, total: int) -> None:
        if done > total // 3:
            raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        create_backup(filled, tmp_path / "b", progress=cancel)
    assert list((tmp_path / "b").iterdir()) == []


def test_needs_backup_follows_changes(filled: Database, tmp_path: Path) -> None:
    assert needs_backup(filled, tmp_path)
    create_backup(filled, tmp_path)
    assert not needs_backup(filled, tmp_path)
    Workspace(filled).clients.create(person("Новиков", "Пётр"))
    assert needs_backup(filled, tmp_path)


def d(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_rotation_keeps_the_newest_of_each_day_week_and_month() -> None:
    # One backup every day at 18:00 and another at 12:00, for 400 days up to 2026-11-22.
    stamps = []
    for day in range(400):
        for hour in (12, 18):
            moment = d("2026-11-22T00:00") - timedelta(days=day)
            stamps.append((moment.replace(hour=hour), moment.replace(hour=hour)))
    deleted = set(to_delete(stamps, KeepRule(latest=1, daily=7, weekly=4, monthly=12)))
    kept = sorted((s for s, _ in stamps if s not in deleted), reverse=True)
    # The last 7 days at 18:00; the Sundays ending the 3 weeks before; the month ends before.
    assert kept[:7] == [d(f"2026-11-{day}T18:00") for day in range(22, 15, -1)]
    assert d("2026-11-15T18:00") in kept and d("2026-11-08T18:00") in kept
    assert d("2026-11-01T18:00") in kept
    assert d("2026-10-31T18:00") in kept and d("2025-12-31T18:00") in kept
    assert d("2025-11-30T18:00") not in kept
    assert d("2026-11-22T12:00") not in kept
    # 7 days, 3 earlier weeks (the 4th is this one), 11 earlier months (the 12th is this one).
    assert len(kept) == 7 + 3 + 11


def test_rotation_keeps_the_latest_backups_of_one_day() -> None:
    stamps = [(hour, d(f"2026-11-22T{hour:02}:00")) for hour in range(8, 20)]
    kept = {s for s, _ in stamps} - set(to_delete(stamps, KeepRule(latest=3)))
    assert kept == {17, 18, 19}


def test_rotation_of_few_backups_keeps_them_all() -> None:
    stamps = [(n, d(f"2026-11-{20 + n}T10:00")) for n in range(3)]
    assert to_delete(stamps, KeepRule()) == []
    assert to_delete([], KeepRule()) == []


def test_rotate_deletes_only_automatic_backups_of_that_base(
    filled: Database, tmp_path: Path
) -> None:
    for day in range(1, 11):
        create_backup(filled, tmp_path, automatic=True, now=d(f"2026-11-{day:02}T09:00"))
    manual = create_backup(filled, tmp_path, now=d("2026-10-01T09:00"))
    foreign = tmp_path / "shop2-auto-2026-01-01_09-00-00.zip"
    foreign.write_bytes(b"")
    deleted = rotate(tmp_path, "base", KeepRule(latest=1, daily=3, weekly=0, monthly=0))
    assert len(deleted) == 7
    left = [b.path.name for b in list_backups(tmp_path, "base")]
    assert left == [
        "base-auto-2026-11-10_09-00-00.zip",
        "base-auto-2026-11-09_09-00-00.zip",
        "base-auto-2026-11-08_09-00-00.zip",
        manual.path.name,
    ]
    assert foreign.exists()


def test_read_backup_shows_date_and_counts_before_restoring(
    filled: Database, tmp_path: Path
) -> None:
    info = create_backup(filled, tmp_path, now=d("2026-11-20T17:30:05"))
    again = read_backup(info.path)
    assert again.created_at == d("2026-11-20T17:30:05")
    assert again.counts == info.counts and again.base_name == "base"
    assert os.path.basename(again.path) == "base-2026-11-20_17-30-05.zip"
