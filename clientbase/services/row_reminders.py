"""The reminders a sheet's row asks for: a day to call the client again («Перезвонить»), the
client's next appointment («Следующий визит»), or a day to congratulate the client every
year («Годовщина свадьбы», «Именины»)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from clientbase.db.enums import Recurrence, ReminderKind
from clientbase.errors import ValidationError
from clientbase.exchange.choices import YES
from clientbase.exchange.header import target_of_header
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of
from clientbase.services.calendar import birthday_in
from clientbase.services.cell_days import cell_moment, moment_and_words
from clientbase.services.import_birthdays import NoBirthday, read_birthday
from clientbase.services.record_words import RecordWords
from clientbase.services.text import clipped, fold

# A day to come under «Следующий визит», «Запись», «Примерка»: an appointment, not a call.
_VISIT = re.compile(
    r"визит|запис|при[её]м|встреч|придет|придёт|примерк|прививк|вакцин|visit|appointment|meeting"
    r"|vaccin|провер|осмотр|обслуживан|\bто\b|check|service",
    re.IGNORECASE,
)


# A column named as a date («Дата следующего контакта», «Follow-up date»): a name of the
# column, not of what to do on the day.
DATE_NAME = re.compile(r"^\s*(?:дата|date)\b|\bdate\s*$", re.IGNORECASE)
# …unless it says what ends that day («Дата окончания полиса», «Expiry date»): the reason
# to call.
_END_NAME = re.compile(r"окончан|продлен|expir|renewal", re.IGNORECASE)


_TITLE_LIMIT = 100  # a reminder's title as the calendar shows it; a longer task is its note
# The columns of days a row reminds of, and of what each is (see reminders_of).
DATED = frozenset({
    Target.OCCASION, Target.OCCASION_NAME, Target.OCCASION_FOR, Target.NEXT_CONTACT, Target.TASK,
    Target.TASK_DONE,
})  # fmt: skip


@dataclass(frozen=True)
class RowReminder:
    due_at: datetime
    title: str  # the column's name, as the sheet says it: «Перезвонить», «Следующий звонок»
    note: str = ""  # what to call about, written beside the day: «05.12 — уточнить размер»
    kind: ReminderKind = ReminderKind.CALL  # a «Следующий визит» is a meeting
    recurrence: Recurrence = Recurrence.NONE  # a «Годовщина свадьбы» comes every year


def reminder_of(
    value: object,
    header: str,
    today: date,
    month_first: bool = False,
    words: RecordWords | None = None,
) -> RowReminder | None:
    """The reminder a cell asks for; None for a day gone by (history) or words without a
    day («после праздников»), which the notes keep. Its title is the column's name
    («Перезвонить»), or where that names a date or nothing, the importer's `words` for the
    call or the visit: the calendar showed «Дата следующего контакта» on the day."""
    try:
        due, about = moment_and_words(value, today, month_first)
    except (ValueError, ValidationError):
        return None
    if due.date() < today:
        return None
    kind = ReminderKind.MEETING if _VISIT.search(header) else ReminderKind.CALL
    title = header
    if words is not None and (
        not header.strip() or (DATE_NAME.search(header) and not _END_NAME.search(header))
    ):
        title = words["visit" if kind is ReminderKind.MEETING else "call_back"]
    return RowReminder(due, title, about, kind)


def occasion_of(value: object, header: str, today: date) -> RowReminder | None:
    """The yearly reminder to congratulate the client a «Годовщина свадьбы» («12.06.2005»,
    «12.06», «12 июня») asks for: from the day's next coming, at 10:00, titled with the
    column's name, the year written kept as its note (which anniversary it is). None for
    what is no day of a year («весной», «31.02»), which the notes keep."""
    try:
        day = read_birthday(value, today)
    except NoBirthday:
        return None
    if day is None:
        return None
    due = birthday_in(today.year, day.month, day.day)
    if due < today:
        due = birthday_in(today.year + 1, day.month, day.day)
    note = str(day) if day.year is not None else ""
    return RowReminder(
        datetime.combine(due, time(10)), header.strip(), note, ReminderKind.CONGRATULATE,
        Recurrence.YEARLY,
    )  # fmt: skip


def _said(parts: Sequence[tuple[Target, int, object]], target: Target) -> tuple[int, str]:
    """The column and the words of the row's cell of `target`; (-1, "") where it is empty."""
    for kind, column, value in parts:
        if kind is target:
            text = text_of(value).strip()
            return (column, text) if text else (-1, "")
    return -1, ""


def occasions_of(
    parts: Sequence[tuple[Target, int, object]], headers: Sequence[object], today: date
) -> tuple[list[RowReminder], list[str]]:
    """The yearly reminders a row's days to congratulate ask for (see occasion_of), and the
    lines the notes keep instead. The day beside the row's «Повод» («Дата события»:
    «15.03») is titled with what the occasion is («День рождения жены»), a «Годовщина
    свадьбы» with its column's name; a day that is none, or a «Повод» without its day,
    stays in the notes as written."""
    column, name = _said(parts, Target.OCCASION_NAME)
    for_column, for_whom = _said(parts, Target.OCCASION_FOR)
    found: list[RowReminder] = []
    kept: list[str] = []
    for target, at, value in parts:
        if target is not Target.OCCASION:
            continue
        header = text_of(headers[at]).strip()
        own = target_of_header(headers[at]) is Target.OCCASION  # «Именины» names itself
        title = header if own or not name else clipped(name, _TITLE_LIMIT)
        reminder = occasion_of(value, title, today)
        if reminder is None:
            kept.append(f"{header}: {text_of(value)}")
            continue
        if not own and for_whom:  # «Кому: Жена Ольга»: whom the row's occasion is for
            note = "\n".join(filter(None, (for_whom, reminder.note)))
            reminder, for_column = replace(reminder, note=note), -1
        found.append(reminder)
        column = column if own else -1  # the name is the reminder's title
    if for_column >= 0:
        kept.insert(0, f"{text_of(headers[for_column]).strip()}: {for_whom}")
    if column >= 0:
        kept.insert(0, f"{text_of(headers[column]).strip()}: {name}")
    return found, kept


# «Перезвонить 15.12 насчёт заказа» in the notes, as a sheet without a column of reminders
# keeps them: the verb, the day (and hour) right after it, and what the call is about, to
# the sentence's end. Not «не звонить до 15.12», nor a habit: «звонить после 18».
_CALL_IN_NOTE = re.compile(
    r"(?<!не )\b(?:перезвонить|позвонить|набрать|созвониться)\s+(?:в\s+|на\s+)?"
    r"(\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?:\s+(?:в\s+)?\d{1,2}:\d{2})?)(?!\d|\.\d)([^.;!?\n]*)",
    re.IGNORECASE,
)


def call_in_note(text: str, today: date, words: RecordWords) -> RowReminder | None:
    """The call a note asks for on a day to come («Перезвонить 15.12 насчёт заказа»,
    «…, позвонить 20.01.2027 в 11:00»): a reminder «Позвонить» about what follows the
    day. None where the note asks for none, or for a day gone by (the note stays as it is
    either way)."""
    found = _CALL_IN_NOTE.search(text)
    if found is None:
        return None
    try:
        due = cell_moment(found[1], today)
    except (ValueError, ValidationError):
        return None
    if due.date() < today:
        return None
    return RowReminder(due, words["call_back"], found[2].strip(" ,:;-–—"))


# What a row's «Задача» says it is, by its first word: a call, else a visit, else a task.
_CALL_TASK = re.compile(r"^\s*(?:пере)?звон|^\s*позвон|^\s*набра|^\s*созвон|^\s*call\b", re.I)
_GREETING = re.compile(r"^\s*поздрав|^\s*congratulat", re.IGNORECASE)
# A task's state that says it is done: no reminder of it («Не выполнена» is not).
_DONE = frozenset({
    *YES, "выполнена", "выполнено", "выполнен", "сделано", "сделана", "сделан", "готово",
    "закрыта", "закрыто", "завершена", "завершено", "done", "completed", "closed",
})  # fmt: skip


def reminders_of(
    parts: Sequence[tuple[Target, int, object]],
    headers: Sequence[object],
    today: date,
    month_first: frozenset[int],
    words: RecordWords,
) -> tuple[RowReminder | None, list[RowReminder], list[str]]:
    """The reminders a row's days ask for: the soonest of its «Перезвонить», «Следующий
    визит» or «Срок» (see reminder_of), the others beside the yearly ones (see
    occasions_of), and the lines the notes keep instead: a day gone by or none, and a task
    without its day. The row's «Задача» titles the reminder of the day nearest it
    («Отправить каталог», a task; «Позвонить насчёт оплаты», a call), and a task done
    gives none."""
    further, kept = occasions_of(parts, headers, today)
    column, task = _said(parts, Target.TASK)
    state_column, state = _said(parts, Target.TASK_DONE)
    days = [(at, value) for target, at, value in parts if target is Target.NEXT_CONTACT]
    # The day of the task: the nearest column of days, where several are, the one after it
    # of two as near («Перезвонить», «Задача», «Срок»).
    tasks_day = min(
        (at for at, _ in days), key=lambda at: (abs(at - column), at < column), default=-1
    )
    done = fold(state) in _DONE
    reminders: list[RowReminder] = []
    unread: list[str] = []
    for at, value in days:
        header = text_of(headers[at]).strip()
        ends = done and (at == tasks_day or not task)
        reminder = None if ends else reminder_of(value, header, today, at in month_first, words)
        if reminder is None:
            unread.append(f"{header}: {text_of(value)}")
            continue
        if task and at == tasks_day:
            reminder, column = _titled(reminder, task), -1  # the task is the reminder's title
        reminders.append(reminder)
    if column >= 0:
        kept.append(f"{text_of(headers[column]).strip()}: {task}")
    # The task's state is said in the notes: the shop's own words for it («Активная»).
    kept += [f"{text_of(headers[state_column]).strip()}: {state}"] if state else []
    kept += unread
    if not reminders:
        return None, further, kept
    soonest = min(reminders, key=lambda reminder: reminder.due_at)
    reminders.remove(soonest)
    return soonest, reminders + further, kept


def _titled(reminder: RowReminder, task: str) -> RowReminder:
    """The reminder of a day titled with the task it is for; its first word makes it a
    call, a meeting or a greeting."""
    kind = ReminderKind.CALL if _CALL_TASK.search(task) else ReminderKind.TASK
    kind = ReminderKind.MEETING if _VISIT.match(task) else kind
    kind = ReminderKind.CONGRATULATE if _GREETING.match(task) else kind
    about = "\n".join(filter(None, (task if len(task) > _TITLE_LIMIT else "", reminder.note)))
    return RowReminder(reminder.due_at, clipped(task, _TITLE_LIMIT), about, kind)
