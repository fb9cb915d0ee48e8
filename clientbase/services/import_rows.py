"""One sheet row → one client card, with every value that could not be read named."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from clientbase.db.enums import Channel, ClientKind, MessengerKind
from clientbase.exchange.cell_formats import percent_shown
from clientbase.exchange.cell_lists import (
    parse_contacts,
    parse_messengers,
    written_contacts,
)
from clientbase.exchange.choices import parse_choice, parse_yes_no
from clientbase.exchange.contact_words import kind_label, related_label
from clientbase.exchange.header import (
    Target,
    contact_label,
    normalize_header,
    target_of_header,
)
from clientbase.exchange.labelled_pairs import label_columns
from clientbase.exchange.page_rows import folded_headers
from clientbase.exchange.person_names import (
    cyrillic_spelt,
    name_and_aside,
    name_case,
    split_full_name,
)
from clientbase.exchange.row_skips import row_skipped
from clientbase.exchange.sheet_marks import LineMarks
from clientbase.exchange.targets import NUMBER_TARGETS, PURCHASE_TARGETS, TEXT_TARGETS
from clientbase.exchange.values import (
    city_name,
    contacts_in_name,
    is_company_name,
    rounded_number,
    text_of,
)
from clientbase.services.age_notes import without_known_age
from clientbase.services.blank_cells import says_nothing
from clientbase.services.card_cells import (
    address_mark,
    column_handles,
    company_of_person,
    legal_entity,
    messenger_of,
    person_as_contact,
    row_labels,
    settle_messengers,
    tags_of,
    take_town_from_address,
    without_self,
)
from clientbase.services.client_data import ClientInput, EmailInput, PhoneInput
from clientbase.services.client_keys import says_more
from clientbase.services.client_validation import tag_words
from clientbase.services.contact_cells import ContactCells
from clientbase.services.dates import Birthday
from clientbase.services.import_birthdays import (
    NoBirthday,
    birthday_in_name,
    birthday_in_notes,
    birthday_of_parts,
    read_birthday,
    typed_in_year,
)
from clientbase.services.money import parse_percent
from clientbase.services.note_repeats import NoteRepeats
from clientbase.services.phones import PhoneParseError, normalize_phone
from clientbase.services.purchases import PurchaseInput
from clientbase.services.read_row import CellProblem, ReadRow
from clientbase.services.record_words import RecordWords
from clientbase.services.requisite_cells import cell_fields, rounded_left_out
from clientbase.services.row_calls import CALL_TARGETS, calls_of
from clientbase.services.row_children import children_of, relatives_of
from clientbase.services.row_choices import VIP_WORDS, read_source, read_status
from clientbase.services.row_kind import KindColumns
from clientbase.services.row_marks import mark_row, struck_contacts
from clientbase.services.row_names import no_one_named
from clientbase.services.row_reminders import DATED, RowReminder, call_in_note, reminders_of
from clientbase.services.since_days import client_since
from clientbase.services.text import fold
from clientbase.services.text_limits import LABEL_LIMIT

_NAME_PARTS = frozenset({Target.LAST_NAME, Target.FIRST_NAME, Target.MIDDLE_NAME})


# Where a Latin look-alike letter keeps a client from the search (see cyrillic_spelt).
_SPELT_FIELDS = ("last_name", "first_name", "middle_name", "organization", "city")
_YES_NO_TARGETS = frozenset({Target.VIP, Target.CONSENT, Target.ARCHIVED})
# Where a card keeps what was typed: in the program's own export a «нет» there is the card's.
_TYPED_TARGETS = TEXT_TARGETS | {Target.NOTES, Target.TAGS, Target.SOURCE}
# A phone or e-mail struck out alone in its row is the old one: kept in the notes only.
_STRUCK_AWAY = frozenset({Target.PHONE, Target.EMAIL})
_READ_FROM_CELL = frozenset({
    Target.PHONE, Target.BIRTHDAY, Target.CONSENT_DATE, Target.CLIENT_SINCE, Target.NEXT_CONTACT,
    *CALL_TARGETS,
})  # fmt: skip


class RowReader:
    """Reads the rows of one sheet under one mapping into client cards.

    What each column does is settled once, when the reader is made, not for every cell: an
    import of 100,000 rows reads a million cells.
    """

    def __init__(
        self,
        headers: Sequence[object],
        mapping: Sequence[Target],
        region: str,
        today: date,
        month_first: frozenset[int] = frozenset(),
        yearless: frozenset[int] = frozenset(),
        percents: frozenset[int] = frozenset(),
        marks: LineMarks | None = None,
        words: RecordWords | None = None,
        as_written: bool = False,
        local_area: str = "",
    ) -> None:
        self._headers = [text_of(h) for h in headers] + [""] * (len(mapping) - len(headers))
        # The words the import writes on its own: a visit's entry, a colour's tag.
        self.words = words or RecordWords()
        # The notes on a row's cells and the colour of the row (see sheet_marks).
        self._marks = marks or LineMarks()
        self._contact_columns = frozenset(
            column for column, target in enumerate(mapping) if target in _STRUCK_AWAY
        )
        self._folded_headers = folded_headers(self._headers)
        self._region = region
        self._today = today
        # The program's own export (whole cards): a name in capitals and a note of «нет» are
        # what the card says, not a sheet's Caps Lock and its «nothing here».
        self._as_written = as_written
        self._placeholders = (
            frozenset(Target) - _YES_NO_TARGETS - (_TYPED_TARGETS if as_written else frozenset())
        )
        self._contacts = ContactCells(region, self._is_phone, as_written, local_area)
        # Columns of dates written month first (2/25/1980): see month_first_columns.
        self._month_first = month_first
        # Columns of dates the file shows without a year, of numbers it shows as
        # percentages: see TableData.
        self._yearless = yearless
        self.percents = percents
        # The orders sheet's date column is read by import_purchases, told this.
        self.purchase_month_first = any(
            target is Target.PURCHASE_DATE and column in month_first
            for column, target in enumerate(mapping)
        )
        self._taken = [
            column for column, target in enumerate(mapping) if target is not Target.IGNORE
        ]
        self._text: list[tuple[int, str]] = []
        self._numbers: set[int] = set()  # of NUMBER_TARGETS
        self._other: list[tuple[int, Target]] = []
        self._full_name: list[int] = []
        # «Код города»: the row's area code, and whether a local number of the row took it.
        self._area_codes: list[int] = []
        self._area_code = ""
        self._row_name = ""  # the row's whole name as written (see read)
        self._area_taken = False
        # A column we do not know goes to the notes with its name, so nothing is lost.
        self._note_prefixes: dict[int, str] = {}
        # YCLIENTS' «Категории: VIP»: a sheet without a VIP column of its own marks its best
        # clients by a tag, and the card's VIP flag is the program's way to say it.
        self._vip_by_tag = Target.VIP not in mapping
        # A day of consent where no column says yes or no (Mailchimp's «OPTIN_TIME»): a
        # person who agreed then.
        self._consent_by_date = Target.CONSENT not in mapping
        # «Рабочий телефон», «Личный e-mail»: the note every phone or e-mail of it gets.
        self._labels: dict[int, str] = {}
        # «Telegram», «WhatsApp»: a column of one messenger's handles.
        self._messenger_kinds: dict[int, MessengerKind] = {}
        # Google's «Phone 1 - Label» beside «Phone 1 - Value»: the note is in the row.
        self._label_columns = label_columns(headers)
        self._repeats = NoteRepeats(headers, mapping, region)  # the card's name, country…
        self._row_labels = self._labels
        # What the row being read says beside its card: archived, since when (see ReadRow).
        self._archived = False
        self._since: date | None = None
        self._reminder: RowReminder | None = None
        # «Перезвонить», «Задача» and its «Срок», «Годовщина свадьбы»: see reminders_of.
        self._dated: list[tuple[Target, int, object]] = []
        # The row's last call and visit: the column and cell of each part (see row_calls).
        self._call_parts: dict[Target, tuple[int, object]] = {}
        # The row's birthday in day, month and year columns: column and text of each.
        self._birth_parts: dict[Target, tuple[int, str]] = {}
        self._children: dict[Target, tuple[int, object]] = {}  # see row_children
        self._relatives: list[tuple[Target, int, object]] = []  # «Мама», «ДР жены»: see there
        named = [h for h, t in zip(headers, mapping, strict=False) if t is Target.ORGANIZATION]
        self._company_header = named[0] if named else ""
        self._kinds = KindColumns.of(headers, mapping)  # «Вид контрагента», «Юр. лицо»
        # «Дом», «Квартира» beside «Улица»: parts of the address, each with its mark.
        self._address_parts: list[tuple[int, str]] = []
        # «Фамилия», «Имя», «Отчество»: field → column.
        self._name_parts = {
            target.value: column for column, target in enumerate(mapping) if target in _NAME_PARTS
        }
        orders = Target.PURCHASE_DATE in mapping
        for column, target in enumerate(mapping):
            header = headers[column] if column < len(headers) else None
            if target in PURCHASE_TARGETS and not orders:  # no sale without its day: a note
                target = Target.NOTES
            if target in (Target.HOUSE, Target.FLAT):
                self._address_parts.append((column, address_mark(target, header)))
            elif target in TEXT_TARGETS:
                self._text.append((column, target.value))
                if target in NUMBER_TARGETS:
                    self._numbers.add(column)
            elif target is Target.FULL_NAME:
                self._full_name.append(column)
            elif target is Target.AREA_CODE:
                self._area_codes.append(column)
            elif target not in PURCHASE_TARGETS and target is not Target.IGNORE:
                self._other.append((column, target))
            if target in (Target.MESSENGERS, Target.PHONE) and (kind := messenger_of(header)):
                # «Телефон/WhatsApp»: the phones of the column are on that messenger too.
                self._messenger_kinds[column] = kind
            if target in (Target.PHONE, Target.EMAIL):
                self._labels[column] = contact_label(header)
            if target is Target.NOTES:
                known = target_of_header(header) is Target.NOTES or not normalize_header(header)
                self._note_prefixes[column] = "" if known else f"{text_of(header)}: "

    def read(self, line: int, cells: Sequence[object]) -> ReadRow:
        if skipped := row_skipped(cells, self._taken, self._folded_headers):
            return ReadRow(line, None, [], skipped=skipped)
        cells, notes = struck_contacts(
            self._marks, line, cells, self._contact_columns, self._headers, self.words
        )
        width = len(cells)
        data = ClientInput()
        problems: list[CellProblem] = []
        for column, field_name in self._text:
            value = cells[column] if column < width else None
            if value is not None and (self._as_written or not says_nothing(value)):
                if column in self._numbers and not self._as_written and rounded_number(value):
                    # The program's own export holds the card's text as it was typed.
                    header = self._headers[column]
                    problems.append(rounded_left_out(line, header, column, value, notes))
                    continue
                given = {field_name: text_of(value)} if self._as_written else None
                for name, text in (given or cell_fields(field_name, value)).items():
                    # Another field the cell gives (1C's account's bank) where none is yet.
                    if name == field_name or not getattr(data, name):
                        setattr(data, name, text)
        for column, mark in self._address_parts:
            if column < width and (value := cells[column]) is not None and not says_nothing(value):
                part = text_of(value)
                part = part if part[:1].isalpha() else mark + part  # «д. 5» stays as it is
                data.street = f"{data.street}, {part}" if data.street else part
        if not self._as_written:
            # «Ивановa», «Mосква», «OOO Ромашка»: not found by what is typed in search.
            for name in _SPELT_FIELDS:
                setattr(data, name, cyrillic_spelt(getattr(data, name)))
        # The own export's city and address are the card's as typed, «г. Тула» too.
        if data.city and not self._as_written:
            data.city = city_name(data.city)
        # Beside a city column, the address is parted only where it names that town too: a
        # look at every row's address cost a tenth of a client list's planning.
        town = fold(data.city)
        if data.street and not self._as_written and (not town or town in fold(data.street)):
            take_town_from_address(data)
        if self._label_columns:
            said = row_labels(cells, self._label_columns)
            self._row_labels = self._labels | said
        full_name, full_name_column, name_cell = "", -1, None
        names_company = False  # the row's name column names a company, not a person
        self._archived = False
        self._since = None
        self._reminder, self._dated = None, []
        self._call_parts = {}
        self._birth_parts = {}
        self._children, self._relatives = {}, []
        for column in self._full_name:
            if column < width and (cell := cells[column]) is not None:
                if not self._as_written and says_nothing(cell):
                    continue  # «нет», «—»: a row without a name, not a client «Нет»
                full_name, full_name_column, name_cell = text_of(cell), column, cell
                if not self._as_written:
                    full_name = cyrillic_spelt(full_name)
        if not full_name and self._name_parts and not self._as_written:
            company = self._kinds.say_company(cells)
            full_name, full_name_column = self._whole_name_in_a_part(data, company)
        self._row_name = full_name  # what a note may repeat (repeats_card)
        self._repeats.see_row(cells)
        area_column = next(
            (
                c
                for c in self._area_codes
                if c < width and cells[c] is not None and not says_nothing(cells[c])
            ),
            None,
        )
        self._area_code = "" if area_column is None else text_of(cells[area_column])
        self._area_taken = False
        for column, target in self._other:
            if column < width and (value := cells[column]) is not None:
                if target in self._placeholders and says_nothing(value, target):
                    continue
                self._read_cell(data, target, column, value, line, problems, notes)
        if area_column is not None and not self._area_taken:
            notes.append(f"{self._headers[area_column]}: {self._area_code}")  # no number took it
        if self._birth_parts:
            refused, kept = birthday_of_parts(data, self._birth_parts, self._headers, self._today)
            notes += kept
            if refused is not None:
                day = self._birth_parts[Target.BIRTH_DAY][0]
                header, written = self._headers[day], str(refused.args[0])
                problems.append(CellProblem(line, header, written, refused.code, index=day))
        if self._children:
            kept, refused_child = children_of(
                line, data, self._children, self._headers, self._today, self.words
            )
            notes += kept
            problems += [refused_child] if refused_child else []
        if self._relatives:
            kept, days = relatives_of(line, data, self._relatives, self._headers, self._today)
            notes, problems = notes + kept, problems + days
        reminder, occasions, kept = reminders_of(
            self._dated, self._headers, self._today, self._month_first, self.words
        )
        notes += kept
        calls, kept = (
            calls_of(self._call_parts, self._headers, self._today, self.words, self._month_first)
            if self._call_parts
            else ([], [])
        )
        notes += kept
        if data.messengers:
            settle_messengers(data, notes)
        if full_name:
            # «Иванов Иван 8 916 …», «… ivan@mail.ru»: the contacts go to their fields.
            written = full_name
            full_name, phones, emails = contacts_in_name(full_name, self._is_phone)
            data.phones += [PhoneInput(phone) for phone in phones]
            data.emails += [EmailInput(address) for address in emails]
            full_name, keep_cell = birthday_in_name(data, full_name, self._today)
            if (
                is_company_name(full_name) or legal_entity(data) or self._kinds.say_company(cells)
            ) and not data.organization:
                data.organization, names_company = full_name, True
            elif data.organization and fold(full_name) == fold(data.organization):
                names_company = True  # QuickBooks' «Customer» the same as its «Company»
            elif not (data.last_name or data.first_name):
                name, aside = name_and_aside(full_name)
                # «Фамилия Имя» beside an «Отчество»: the column's patronymic is kept.
                middle_column = self._name_parts.get("middle_name")
                middle = data.middle_name if middle_column is not None else ""
                first = target_of_header(self._headers[full_name_column]) is Target.FIRST_NAME
                data.last_name, data.first_name, data.middle_name = split_full_name(name, first)
                if (
                    middle
                    and middle_column is not None
                    and fold(middle) != fold(data.middle_name or middle)
                ):
                    notes.append(f"{self._headers[middle_column]}: {middle}")
                data.middle_name = data.middle_name or middle
                # «Сидоров Ян (VIP)»: the sheet's way of marking its best clients.
                data.is_vip = data.is_vip or fold(aside) in VIP_WORDS
                keep_cell = keep_cell or bool(aside)
            else:
                # Beside its own name columns (Thunderbird's «Display Name»): kept where it
                # says more than they do, «Маша с работы».
                names = " ".join((data.last_name, data.first_name, data.middle_name))
                keep_cell = keep_cell or says_more(fold(full_name), fold(names))
            if keep_cell:  # «(Аня)», a maiden name: the notes keep the name as written
                notes.append(f"{self._headers[full_name_column]}: {written}")
        at = self._headers[full_name_column] if full_name_column >= 0 else ""
        nobody = no_one_named(data, notes, at, name_cell)
        if not self._as_written:
            # «ИВАНОВ ИВАН» typed with Caps Lock on, or «петрова»: written as names are.
            data.last_name = name_case(data.last_name)
            data.first_name = name_case(data.first_name)
            data.middle_name = name_case(data.middle_name)
        if data.organization and not (data.last_name or data.first_name):
            data.kind = ClientKind.COMPANY
        elif data.organization and (
            names_company or legal_entity(data) or self._kinds.say_company(cells)
        ):
            person_as_contact(data)  # Xero's «Ромашка ООО» beside its «Ольга» «Петрова»
        elif data.organization:
            notes = company_of_person(data, notes, self._company_header)
        without_self(data)
        notes = self._kinds.said_again(notes, cells, self._headers, data.kind)
        if not (data.birthday or self._as_written):
            data.birthday = birthday_in_notes(notes, self._today)  # «ДР 12.05, любит розы»
        data.notes = "\n".join(without_known_age(notes, data.birthday, self._today))
        # A row without a name is kept: on an orders sheet a phone or a card number alone can
        # name a known client.
        named = data.last_name or data.first_name or data.organization
        return ReadRow(
            line, data, problems, "" if named else nobody or "no_name", self._archived,
            self._since, reminder or self._reminder, tuple(calls), tuple(occasions),
        )  # fmt: skip

    @property
    def as_written(self) -> bool:
        return self._as_written  # the program's own export: see __init__

    def mark(self, line: int, data: ClientInput | None, purchase: PurchaseInput | None) -> None:
        """What the sheet says beside the row's values (see row_marks)."""
        mark_row(self._marks, line, self._headers, self.words, data, purchase)

    def _whole_name_in_a_part(self, data: ClientInput, company: bool) -> tuple[str, int]:
        """A whole name typed into one of the name columns, the others left empty: «Петрова
        Анна Сергеевна» or «ООО Ромашка» in «Фамилия» is read as a whole name (and its
        column), to be split or taken for a company's, as is a company's one word where the
        row says it is one (`company`: RemOnline's «Ромашка» in «Имя» beside «Юр. лицо:
        Да»); ("", -1) for any other row. «Елена Петровна» in «Имя» beside its surname is a
        first name and a patronymic."""
        filled = [field for field in self._name_parts if getattr(data, field)]
        fewest = 1 if company else 2
        if len(filled) == 1 and len(written := getattr(data, filled[0]).split()) >= fewest:
            setattr(data, filled[0], "")
            return " ".join(written), self._name_parts[filled[0]]
        if data.last_name and data.first_name and not data.middle_name:
            last, first, middle = split_full_name(data.first_name)
            if not last and middle:
                data.first_name, data.middle_name = first, middle
        return "", -1

    def _is_phone(self, text: str) -> bool:
        try:
            normalize_phone(text, self._region)
        except PhoneParseError:
            return False
        return True

    def _note(self, column: int, contact: str, note: str, notes: list[str]) -> str:
        """The note a phone or an e-mail gets: its own, or the kind its column names
        («Мобильный телефон»), a kind in the base's language («Mobile Phone», «Work:
        +7…» are «мобильный», «рабочий» in a Russian one). One too long for a note goes
        to the client's notes."""
        if len(note) > LABEL_LIMIT:
            notes.append(f"{self._headers[column]}: {contact} — {note}")
            note = ""
        return kind_label(note or self._row_labels[column], self.words.language)

    def _read_cell(
        self,
        data: ClientInput,
        target: Target,
        column: int,
        value: object,
        line: int,
        problems: list[CellProblem],
        notes: list[str],
    ) -> None:
        def label(contact: str, note: str) -> str:
            return self._note(column, contact, note, notes)

        def aside(written: str) -> None:
            """Keep a piece of the cell in the notes under its column's name."""
            header = self._headers[column]
            notes.append(f"{header}: {written}" if header else written)

        def problem(written: object, code: str, whole: bool = False) -> None:
            """Name a value left out of the card, and keep it in the notes, to be retyped
            on the card later. `whole`: the cell was left out whole, not the one piece
            named."""
            problems.append(
                CellProblem(line, self._headers[column], text_of(written), code, index=column)
            )
            aside(text_of(value if whole else written))

        # Phones and dates read the cell itself: a date cell made text would cost a strftime
        # for nothing, 65,000 of them in an import of 100,000 clients.
        text = "" if target in _READ_FROM_CELL else text_of(value)
        match target:
            case Target.PHONE:
                self._area_taken |= self._contacts.phones(
                    value, data, label, problem, self._messenger_kinds.get(column),
                    aside=aside, area=self._area_code,
                )  # fmt: skip
            case Target.EMAIL:
                self._contacts.emails(text, data, label, problem, aside=aside)
            case Target.BIRTHDAY:
                try:
                    birthday = read_birthday(value, self._today, column in self._month_first)
                except NoBirthday as refused:
                    problem(value, refused.code)
                else:
                    if (
                        birthday is not None
                        and column in self._yearless
                        and typed_in_year(birthday, value, self._today)
                    ):
                        # «15.03» as the sheet shows it: the year is the one it was typed in.
                        birthday = Birthday(birthday.day, birthday.month, None)
                    data.birthday = str(birthday) if birthday else ""
            case _ if target in CALL_TARGETS:
                self._call_parts[target] = (column, value)
            case Target.BIRTH_DAY | Target.BIRTH_MONTH | Target.BIRTH_YEAR:
                self._birth_parts[target] = (column, text.strip())
            case Target.CHILD_NAME | Target.CHILD_BIRTHDAY:
                self._children[target] = (column, value)
            case Target.RELATIVE_BIRTHDAY | Target.RELATIVE_NAME:
                self._relatives.append((target, column, value))
            case _ if target in DATED:  # read after the row's other cells: see reminders_of
                self._dated.append((target, column, value))
            case Target.NOTES:
                text = percent_shown(value, self.percents, column)  # «Доля: 5%», not 0.05
                # Google's «Relation 1 - Value» beside its «Label»: «Супруг(а): Олег».
                said = self._row_labels.get(column, "") if column in self._label_columns else ""
                related = related_label(said, self.words.language)
                prefix = f"{related}: " if said else self._note_prefixes[column]
                if not self._repeats.say_again(column, text, data, self._row_name):
                    notes.append(prefix + text)
                if self._reminder is None and not self._as_written:
                    self._reminder = call_in_note(text, self._today, self.words)
                # «Примечание: VIP», the whole note: how a sheet without a VIP column marks them.
                data.is_vip = data.is_vip or (self._vip_by_tag and fold(text) in VIP_WORDS)
            case Target.TAGS:
                # The card's own tags, «#1» too; a sheet's «#vip #опт» are hashtags.
                tags = tag_words([text]) if self._as_written else tags_of(text)
                data.tags.extend(tags)
                if self._vip_by_tag and any(fold(tag) in VIP_WORDS for tag in tags):
                    data.is_vip = True
            case Target.DISCOUNT:
                try:
                    percent = parse_percent(text)
                except ValueError:
                    problem(value, "not_a_number")
                else:
                    if column in self.percents and isinstance(value, int | float):
                        # «5%» as the sheet shows it is 0.05 in the cell.
                        percent = (percent * 100).quantize(Decimal("0.01"))
                    if 0 <= percent <= 100:
                        data.discount_percent = percent
                    else:
                        problem(value, "percent_out_of_range")
            case Target.STATUS:
                read_status(text, self._headers[column], data, notes)
            case Target.CHANNEL:
                try:
                    data.preferred_channel = parse_choice(Channel, text)
                except ValueError:
                    problem(value, "unknown_choice")
            case Target.CONSENT_DATE:
                code = "date_invalid"
                try:
                    agreed = read_birthday(value, self._today, column in self._month_first)
                except NoBirthday as refused:
                    agreed, code = None, refused.code
                if agreed is None or agreed.year is None:
                    problem(value, code)
                else:
                    data.marketing_consent_date = date(agreed.year, agreed.month, agreed.day)
                    data.marketing_consent = data.marketing_consent or self._consent_by_date
            case Target.CLIENT_SINCE:
                since, code = client_since(value, self._today, column in self._month_first)
                if since is None:
                    problem(value, code)
                else:
                    self._since = since
                    if code == "rough":  # «янв 2020»: the notes keep what the sheet says
                        notes.append(f"{self._headers[column]}: {text_of(value)}")
            case Target.SOURCE:
                read_source(text, self._headers[column], data, notes, self._as_written)
            case Target.ARCHIVED:
                try:
                    self._archived = parse_yes_no(text)
                except ValueError:
                    problem(value, "unknown_choice")
            case Target.VIP | Target.CONSENT:
                try:
                    setattr(data, target.value, parse_yes_no(text))
                except ValueError:
                    problem(value, "unknown_choice")
            case Target.MESSENGERS:
                kind = self._messenger_kinds.get(column)
                if kind is not None and ":" not in text:
                    handles = column_handles(kind, text)
                    if handles is None:
                        aside(text)  # «Реклама в инстаграме: да», as written
                    data.messengers += handles or []
                    return
                try:
                    data.messengers += parse_messengers(text)
                except ValueError as error:
                    problem(error.args[0], "unknown_choice", whole=True)
            case Target.CONTACT_PERSONS:
                try:
                    read = parse_contacts if self._as_written else written_contacts
                    data.contact_persons = read(text)
                except ValueError as error:
                    problem(error.args[0], "too_many_parts", whole=True)
