"""A list of what to do with each client and by when: «Задача» («Отправить каталог») beside
its «Срок» («15.12.2026»), or a CRM's «Следующий шаг» beside its «Дата следующего шага»."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from clientbase.exchange.targets import PURCHASE_TARGETS, Target
from clientbase.exchange.values import text_of

# What to do, by the column's name…
_TASK_NAMES = frozenset({
    "задача", "задачи", "что сделать", "что нужно сделать", "следующий шаг", "след шаг",
    "ближайшая задача", "дело", "task", "next step", "to do", "todo", "next action",
})  # fmt: skip
# …and the day to do it by.
_DUE_NAMES = frozenset({
    "срок", "срок выполнения", "срок задачи", "дата задачи", "дата выполнения",
    "выполнить до", "дедлайн", "deadline", "due", "due date", "дата следующего шага",
    "дата след шага", "next step date", "next action date",
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
        if (name in _DUE_NAMES or (name in _PLAIN_DAYS and not sales))
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
