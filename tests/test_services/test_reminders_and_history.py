from datetime import datetime

import pytest

from clientbase.db.enums import AuditAction, InteractionKind, Recurrence, ReminderKind
from clientbase.errors import NotFoundError, ValidationError
from clientbase.services import audit
from clientbase.services.interactions import InteractionInput
from clientbase.services.recurrence import next_after
from clientbase.services.reminders import ReminderInput
from clientbase.services.workspace import Workspace
from tests.conftest import person


@pytest.mark.parametrize(
    ("due", "recurrence", "expected"),
    [
        (datetime(2026, 1, 31, 10), Recurrence.MONTHLY, datetime(2026, 2, 28, 10)),
        (datetime(2028, 1, 31, 10), Recurrence.MONTHLY, datetime(2028, 2, 29, 10)),
        (datetime(2026, 12, 15, 9), Recurrence.MONTHLY, datetime(2027, 1, 15, 9)),
        (datetime(2028, 2, 29, 9), Recurrence.YEARLY, datetime(2029, 2, 28, 9)),
        (datetime(2026, 12, 31, 9), Recurrence.DAILY, datetime(2027, 1, 1, 9)),
        (datetime(2026, 12, 29, 9), Recurrence.WEEKLY, datetime(2027, 1, 5, 9)),
        (datetime(2026, 12, 29, 9), Recurrence.NONE, None),
    ],
)
def test_next_occurrence_across_month_and_year_ends(due, recurrence, expected) -> None:
    assert next_after(due, recurrence, due) == expected


def test_a_one_off_reminder_is_done_and_a_repeating_one_moves_on(workspace: Workspace) -> None:
    client_id = workspace.clients.create(person("Волкова", "Ирина"))
    reminders = workspace.reminders
    once = reminders.add(
        ReminderInput(
            datetime(2026, 11, 20, 10), ReminderKind.CALL, "Позвонить", client_id=client_id
        )
    )
    monthly = reminders.add(
        ReminderInput(
            datetime(2026, 11, 30, 10), ReminderKind.TASK, "Отчёт", recurrence=Recurrence.MONTHLY
        )
    )
    reminders.complete(once, when=datetime(2026, 11, 22, 12, 0))
    reminders.complete(monthly)
    assert reminders.get(once).done_at == datetime(2026, 11, 22, 12, 0)
    assert reminders.get(monthly).done_at is None
    assert reminders.get(monthly).data.due_at == datetime(2026, 12, 30, 10)

    reminders.snooze(monthly, datetime(2027, 1, 2, 9, 30))
    assert reminders.get(monthly).effective_due == datetime(2027, 1, 2, 9, 30)
    with workspace.db.reading() as session:
        actions = [e.action for e in audit.history(session, "reminder", monthly)]
    assert actions == [AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE]
    assert [r.id for r in reminders.list_for(client_id, include_done=False)] == []


def test_a_reminder_needs_a_title(workspace: Workspace) -> None:
    with pytest.raises(ValidationError):
        workspace.reminders.add(ReminderInput(datetime(2026, 12, 1), ReminderKind.CALL, "  "))


def test_history_lists_the_newest_first_and_refuses_an_empty_entry(workspace: Workspace) -> None:
    client_id = workspace.clients.create(person("Новиков", "Олег"))
    history = workspace.interactions
    history.add(
        client_id, InteractionInput(datetime(2026, 1, 5, 10), InteractionKind.CALL, "Новинки")
    )
    history.add(
        client_id,
        InteractionInput(datetime(2026, 3, 1, 15), InteractionKind.MEETING, "", "купил плед"),
    )
    assert [r.data.kind for r in history.list_for(client_id)] == [
        InteractionKind.MEETING,
        InteractionKind.CALL,
    ]
    with pytest.raises(ValidationError):
        history.add(client_id, InteractionInput(datetime(2026, 3, 2), InteractionKind.NOTE))


def test_one_reminder_for_many_clients_at_once(workspace: Workspace) -> None:
    ids = [workspace.clients.create(person(name, is_vip=True)) for name in ("Аз", "Буки", "Веди")]
    data = ReminderInput(
        datetime(2027, 3, 8, 10), ReminderKind.CONGRATULATE, "Поздравить с 8 Марта"
    )
    assert workspace.reminders.add_for_clients(ids + ids[:1], data) == 3
    for client_id in ids:
        (only,) = workspace.reminders.list_for(client_id)
        assert only.data.title == "Поздравить с 8 Марта"


def test_many_reminders_are_all_or_nothing(workspace: Workspace) -> None:
    client_id = workspace.clients.create(person("Аз"))
    data = ReminderInput(datetime(2027, 3, 8, 10), ReminderKind.CONGRATULATE, "Поздравить")
    with pytest.raises(NotFoundError):
        workspace.reminders.add_for_clients([client_id, 9999], data)
    assert workspace.reminders.list_for(client_id) == []


def test_a_done_call_is_logged_with_its_outcome_and_the_next_call_is_set(
    workspace: Workspace,
) -> None:
    client_id = workspace.clients.create(person("Орлов", "Денис"))
    reminders = workspace.reminders
    call = reminders.add(
        ReminderInput(
            datetime(2026, 11, 22, 10), ReminderKind.CALL, "Перезвонить", client_id=client_id
        )
    )
    reminders.complete(
        call,
        when=datetime(2026, 11, 22, 10, 5),
        logged=InteractionInput(
            datetime(2026, 11, 22, 10, 5), InteractionKind.CALL, "Перезвонить", "Думает"
        ),
        follow_up=ReminderInput(
            datetime(2026, 11, 29, 10), ReminderKind.CALL, "Узнать решение", client_id=client_id
        ),
    )
    history = workspace.interactions.list_for(client_id)
    assert [(h.data.kind, h.data.outcome) for h in history] == [(InteractionKind.CALL, "Думает")]
    open_ones = reminders.list_for(client_id, include_done=False)
    assert [r.data.title for r in open_ones] == ["Узнать решение"]
    assert reminders.get(call).done_at == datetime(2026, 11, 22, 10, 5)
