"""The program's password, export restrictions, the export log and marketing consent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clientbase.cli import main
from clientbase.db.database import Database
from clientbase.db.enums import AuditAction
from clientbase.db.models import AuditEntry, BaseSetting
from clientbase.errors import ExportRestricted, ValidationError
from clientbase.services.client_query import ClientQuery, ConsentFilter, find_client_ids
from clientbase.services.exporting import export_clients
from clientbase.services.privacy import (
    ExportPolicy,
    check_password,
    read_privacy,
    require_export,
    set_password,
    set_privacy,
)
from clientbase.services.workspace import Workspace
from tests.conftest import person


def test_a_password_is_stored_only_as_a_salted_hash(db: Database) -> None:
    assert check_password(db, "anything")
    set_password(db, "Кошка-2026")
    assert read_privacy(db).has_password
    assert check_password(db, "Кошка-2026")
    assert not check_password(db, "кошка-2026")
    with db.reading() as session:
        stored = session.get(BaseSetting, "program_password")
        assert stored is not None
        assert "Кошка" not in json.dumps(stored.value, ensure_ascii=False)
        assert stored.value["kdf"] == "scrypt" and len(stored.value["salt"]) >= 16


def test_changing_or_removing_the_password_needs_the_current_one(db: Database) -> None:
    set_password(db, "первый")
    with pytest.raises(ValidationError) as refused:
        set_password(db, "второй", current="не тот")
    assert refused.value.problems[0].code == "wrong_password"
    assert check_password(db, "первый")
    set_password(db, "второй", current="первый")
    assert check_password(db, "второй")
    set_password(db, None, current="второй")
    assert not read_privacy(db).has_password


def test_a_short_password_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        set_password(db, "123")
    assert refused.value.problems[0].code == "password_too_short"


def test_export_restrictions_need_a_password_first(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        set_privacy(db, 0, ExportPolicy.PASSWORD, None)
    assert refused.value.problems[0].code == "password_needed_first"
    assert read_privacy(db).export_policy is ExportPolicy.ALLOWED


def test_exports_follow_the_policy_and_nothing_is_written_when_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    db = workspace.db
    workspace.clients.create(person("Иванов", "Иван"))
    set_password(db, "секрет")
    set_privacy(db, 10, ExportPolicy.PASSWORD, "секрет")
    assert read_privacy(db).lock_after_minutes == 10
    target = tmp_path / "clients.xlsx"
    for password, code in ((None, "password_required"), ("нет", "wrong_password")):
        with pytest.raises(ExportRestricted) as refused:
            export_clients(db, target, password=password)
        assert refused.value.code == code
        assert not target.exists()
    assert export_clients(db, target, password="секрет") == 1

    set_privacy(db, 10, ExportPolicy.DISABLED, "секрет")
    with pytest.raises(ExportRestricted) as refused:
        require_export(db, "секрет")
    assert refused.value.code == "disabled"
    # Removing the password lifts only the restriction that needed it.
    set_password(db, None, current="секрет")
    assert read_privacy(db).export_policy is ExportPolicy.DISABLED


def test_each_export_is_logged_with_who_and_how_many(workspace: Workspace, tmp_path: Path) -> None:
    for name in ("Иванов", "Петров", "Сидоров"):
        workspace.clients.create(person(name))
    export_clients(workspace.db, tmp_path / "list.csv")
    with workspace.db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT)
        ).one()
    assert entry.after is not None
    assert entry.after["rows"] == 3 and entry.after["file"].endswith("list.csv")
    assert entry.after["format"] == "csv" and entry.after["user"]


def test_clients_without_consent_are_filtered_and_left_out_of_mailing_lists(
    workspace: Workspace, tmp_path: Path
) -> None:
    agreed = workspace.clients.create(person("Согласная", marketing_consent=True))
    workspace.clients.create(person("Молчунов"))
    db = workspace.db
    assert len(find_client_ids(db, ClientQuery(consent=ConsentFilter.MISSING))) == 1
    assert find_client_ids(db, ClientQuery(consent=ConsentFilter.GIVEN)) == [agreed]
    assert export_clients(db, tmp_path / "all.csv") == 2
    assert export_clients(db, tmp_path / "mail.csv", mailing_list=True) == 1
    text = (tmp_path / "mail.csv").read_text(encoding="utf-8-sig")
    assert "Согласная" in text and "Молчунов" not in text


def test_the_command_line_export_asks_for_the_password(
    db: Database, db_path: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    Workspace(db).clients.create(person("Иванов"))
    set_password(db, "секрет")
    set_privacy(db, 0, ExportPolicy.PASSWORD, "секрет")
    target = str(tmp_path / "out.xlsx")
    assert main(["--db", str(db_path), "export", target]) == 2
    assert "need the program's password" in capsys.readouterr().err
    monkeypatch.setenv("CLIENTBASE_PASSWORD", "секрет")
    assert main(["--db", str(db_path), "export", target]) == 0
