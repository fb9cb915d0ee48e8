"""Reminders and birthdays as an .ics file a phone's calendar reads."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import vobject

from clientbase.cli import main
from clientbase.db.enums import Recurrence, ReminderKind
from clientbase.services.ics_export import export_ics
from clientbase.services.reminders import ReminderInput
from clientbase.services.workspace import Workspace
from tests.conftest import person


def test_reminders_and_birthdays_become_events_with_repeat_rules(
    workspace: Workspace, tmp_path: Path
) -> None:
    client = workspace.clients.create(person("Иванова", "Мария", birthday="05.03.1980"))
    reminders = workspace.reminders
    reminders.add(
        ReminderInput(
            datetime(2026, 11, 30, 10),
            ReminderKind.CALL,
            "Позвонить",
            client_id=client,
            recurrence=Recurrence.MONTHLY,
            repeat_until=date(2027, 6, 30),
        )
    )
    done = reminders.add(ReminderInput(datetime(2026, 11, 1, 9), ReminderKind.TASK, "Старое"))
    reminders.complete(done)
    target = tmp_path / "calendar.ics"

    assert export_ics(workspace.db, target, today=date(2026, 11, 22)) == 2

    parsed = vobject.readOne(target.read_text(encoding="utf-8"))
    events = {e.summary.value: e for e in parsed.vevent_list}
    assert set(events) == {"Позвонить — Иванова Мария", "🎂 Иванова Мария"}
    call = events["Позвонить — Иванова Мария"]
    assert call.dtstart.value == datetime(2026, 11, 30, 10)
    assert call.rrule.value == "FREQ=MONTHLY;UNTIL=20270630T235959"
    assert call.valarm.trigger.value.total_seconds() == -15 * 60
    birthday = events["🎂 Иванова Мария"]
    assert birthday.dtstart.value == date(2027, 3, 5) and birthday.rrule.value == "FREQ=YEARLY"


def test_the_command_line_writes_ics(workspace: Workspace, db_path: Path, tmp_path: Path, capsys):
    workspace.reminders.add(
        ReminderInput(datetime(2026, 12, 1, 9), ReminderKind.MEETING, "Встреча")
    )
    target = tmp_path / "out.ics"
    assert main(["--db", str(db_path), "export", str(target)]) == 0
    assert '"events": 1' in capsys.readouterr().out
    assert "BEGIN:VCALENDAR" in target.read_text(encoding="utf-8")
