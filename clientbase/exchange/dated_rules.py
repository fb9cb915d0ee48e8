"""Columns of days a client list keeps beside what each day is: a florist's occasion
(«Повод»: «День рождения жены» beside «Дата события»: «15.03»), a task («Задача»: «Отправить
каталог» beside its «Срок»; a CRM's «Следующий шаг» beside its «Дата следующего шага»), a
log of calls' «Комментарий» beside each call's day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from clientbase.exchange.mapping_rules import buyers_come_back
from clientbase.exchange.targets import PURCHASE_TARGETS, Target
from clientbase.exchange.values import text_of

# The names of the day beside a «Повод»: a date of no kind of its own.
_DAY_NAMES = frozenset({
    "дата", "дата события", "дата праздника", "дата повода", "дата торжества", "когда",
    "день", "date", "event date", "occasion date", "when",
})  # fmt: skip


# Whom the occasion is for, beside it: the person to congratulate, the bouquet's.
_WHOM = frozenset({"кому", "для кого", "кого поздравить", "кого поздравляем", "for whom"})


def named_occasions(mapping: list[Target], names: Sequence[str]) -> None:
    """A «Повод» beside a plain «Дата» on a client list makes that day a yearly reminder,
    titled with what the row's occasion is; until then both were lines of the notes. On a
    sheet of sales (a cake's «Повод» beside its sum) or without such a day, the «Повод»
    stays a note, as the rules after this one take it."""
    if Target.OCCASION_NAME not in mapping:
        return
    named = mapping.index(Target.OCCASION_NAME)
    days = [
        column
        for column, name in enumerate(names)
        if name in _DAY_NAMES and mapping[column] in (Target.NOTES, Target.IGNORE)
    ]
    if PURCHASE_TARGETS.intersection(mapping) or len(days) != 1:
        mapping[named] = Target.NOTES
        return
    mapping[days[0]] = Target.OCCASION
    whom = [c for c, name in enumerate(names) if name in _WHOM and mapping[c] is Target.NOTES]
    if len(whom) == 1:
        mapping[whom[0]] = Target.OCCASION_FOR  # «Кому: Жена Ольга»


# What to do, by the column's name…
_TASK_NAMES = frozenset({
    "задача", "задачи", "что сделать", "что нужно сделать", "следующий шаг", "след шаг",
    "ближайшая задача", "дело", "task", "next step", "to do", "todo", "next action",
    # A CRM's task exported as its name beside its day.
    "название задачи", "текст задачи", "описание задачи", "task name", "task description",
    # A reminder in words beside its «Дата напоминания» («Поздравить с юбилеем»).
    "напоминание", "что напомнить", "текст напоминания", "reminder", "reminder text",
})  # fmt: skip
# …and the day to do it by.
_DUE_NAMES = frozenset({
    "срок", "срок выполнения", "срок задачи", "дата задачи", "дата выполнения",
    "выполнить до", "дедлайн", "deadline", "due", "due date", "дата следующего шага",
    "дата след шага", "next step date", "next action date", "дата напоминания",
    "когда напомнить", "reminder date",
})  # fmt: skip
# Whether it is done.
_DONE_NAMES = frozenset({
    "выполнено", "выполнена", "сделано", "отметка о выполнении", "done", "completed",
})  # fmt: skip
# A day of no kind of its own: the task's only beside no sale.
_PLAIN_DAYS = frozenset({"дата", "когда", "date", "when"})
_DAY_TEXT = re.compile(r"^\s*\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|^\s*\d{4}-\d{2}-\d{2}")


def named_tasks(
    mapping: list[Target], names: Sequence[str], samples: Sequence[Sequence[object]]
) -> None:
    """A «Задача» beside its «Срок» makes that day a reminder titled with the task; until
    then both were lines of the notes, and a «Следующий шаг» of words («Отправить КП») was
    read as a day to call and kept in the notes. A task without its day stays a note."""
    tasks = [
        column
        for column, name in enumerate(names)
        if name in _TASK_NAMES
        and mapping[column] in (Target.NOTES, Target.NEXT_CONTACT)
        and not _days(samples, column)
    ]
    if len(tasks) != 1:
        return
    sales = PURCHASE_TARGETS.intersection(mapping)
    dues = [
        column
        for column, name in enumerate(names)
        if (
            name in _DUE_NAMES
            or (name in _PLAIN_DAYS and not sales)
            # A CRM's «Ближайшая задача» of days beside the task's «Название задачи».
            or (name in _TASK_NAMES and _days(samples, column))
        )
        and mapping[column] in (Target.NOTES, Target.NEXT_CONTACT, Target.IGNORE)
        and column != tasks[0]
    ]
    if len(dues) != 1:
        mapping[tasks[0]] = Target.NOTES  # words, not a day to call: kept as written
        return
    mapping[tasks[0]], mapping[dues[0]] = Target.TASK, Target.NEXT_CONTACT
    for column, name in enumerate(names):
        task_status = mapping[column] is Target.STATUS and ("задач" in name or "task" in name)
        if task_status or (name in _DONE_NAMES and mapping[column] is Target.NOTES):
            mapping[column] = Target.TASK_DONE  # «Статус задачи: Активная»: no client's stage
            return


def _days(samples: Sequence[Sequence[object]], column: int) -> bool:
    """Whether a column's values are mostly days (a «Следующий шаг» of dates)."""
    values = [row[column] for row in samples if column < len(row) and row[column] is not None]
    days = sum(isinstance(v, date) or bool(_DAY_TEXT.match(text_of(v))) for v in values)
    return bool(values) and days * 2 >= len(values)


# A call's words beside it, named no more than that.
_BARE_COMMENTS = frozenset({
    "комментарий", "комментарии", "примечание", "примечания", "comment", "comments", "note",
})  # fmt: skip


def comment_of_calls(
    mapping: list[Target], names: Sequence[str], samples: Sequence[Sequence[object]]
) -> None:
    """On a log of calls (a client on row after row, each row a call's day), a bare
    «Комментарий» is what that call was about, kept with it in the history: it had been
    a line of the client's notes a call. On a client list it stays the client's."""
    if Target.LAST_CALL not in mapping or Target.PURCHASE_DATE in mapping:
        return
    comments = [c for c, name in enumerate(names) if name in _BARE_COMMENTS]
    if (
        len(comments) == 1
        and mapping[comments[0]] is Target.NOTES
        and Target.CALL_NOTE not in mapping
        and buyers_come_back(mapping, samples)
    ):
        mapping[comments[0]] = Target.CALL_NOTE
