"""The small set of errors the services raise and the UI turns into messages.

Each problem carries a stable code and its parameters, so the interface can show it in the
user's language; `message` is the English text for logs and the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime

# How to write a date, in a message that names one which is not: as the card keeps them; a
# window writes them as it writes dates (ui.labels).
DATE_EXAMPLES = {"date": "01.02.1980", "day": "01.02"}
MESSAGES: dict[str, str] = {
    "required": "This field is required",
    "name_required": "Enter a last or first name",
    "organization_required": "Enter the organization name",
    "phone_invalid": "«{value}» is not a phone number",
    "phone_local": "«{value}» is a local number: give its area code",
    "phone_rounded": "«{value}» is a phone rounded to a number with an exponent, its last "
    "digits lost; take it from the original list",
    "number_rounded": "«{value}» is a number of more than 15 digits, its last ones rounded "
    "off by the spreadsheet; take it from the original, or type it in as text",
    "phone_not_in_plan": "«{value}» is no number in use: is a digit missing or one too many?",
    "email_invalid": "«{value}» is not an e-mail address",
    "email_typo": "«{value}» looks mistyped after «@»: check the address",
    "date_invalid": "«{value}» is not a date; write it as {date} or {day}",
    "year_only": "«{value}» is a year alone: write the day and the month too, as {date}",
    "no_such_day": "«{value}» is no day of the calendar: check the day and the month",
    "month_invalid": "«{value}» is not a month; write it as 2026-11",
    "date_in_future": "{value} is in the future",
    "year_out_of_range": "The year in «{value}» is not plausible",
    "percent_out_of_range": "{value} must be between 0 and 100",
    "negative_amount": "{value} must not be negative",
    "return_of_no_sale": "«{value}»: the sale this row takes back was not found (one of this "
    "client's, of that sum, on that day or before)",
    "number_too_large": "{value} is too large a number here",
    "digits_only": "«{value}» must contain {count} digits",
    "too_long": "«{value}» is too long: at most {count} characters",
    "contact_separator": "«{value}»: a semicolon or a line break parts a contact's fields in "
    "an export; write the position in its own field",
    "unknown_client": "The client was not found (it may have been deleted)",
    "unknown_record": "The record was not found (it may have been deleted)",
    "self_referral": "A client cannot be referred by themselves",
    "items_or_total": "Enter the items or the total of the purchase",
    "not_a_number": "«{value}» is not a number",
    "purchase_date_missing": "no purchase date: the purchase is not imported",
    "unknown_choice": "«{value}» is not one of the choices of this field",
    "too_many_parts": "«{value}»: write a contact as name; position; phone; e-mail; birthday",
    "wrong_password": "The password is wrong",
    "ends_before_start": "The repetition ends ({value}) before it starts",
    "password_too_short": "The password must have at least {count} characters",
    "password_needed_first": "Set a password for the program first",
}

FILE_MESSAGES: dict[str, str] = {
    "unsupported_format": "{detail}: this kind of file cannot be imported. The import reads "
    "Excel (.xlsx, .xls), LibreOffice (.ods), CSV and text (.csv, .txt), Access (.mdb, "
    ".accdb), contacts (.vcf), web pages (.html) and the tables of Word documents (.docx, "
    ".odt): open the file in the program that made it and save the list as one of them",
    "save_as_docx": "{detail}: a Word document of the older kind (.doc) or RTF; the import "
    "reads the tables of .docx and .odt documents: open it in Word or LibreOffice Writer and "
    "save it as .docx",
    "no_document_tables": "{detail}: the document holds no table; the import reads a "
    "document's tables, a client a row. Put the list into a table (in Word: Insert → Table → "
    "Convert Text to Table) or into an Excel sheet, and import that",
    "cannot_read": "{detail}: the file is damaged or is not what its name says",
    "file_not_found": "{detail}: there is no such file: it has been moved, renamed or deleted",
    "not_a_file": "{detail}: this is a folder, not a file; choose the file with the list in it",
    "no_access": "{detail}: this user may not read the file; copy it somewhere of your own, "
    "such as Documents, and import the copy",
    "encrypted": "{detail}: the file is protected with a password; save a copy without it",
    "reader_died": "{detail}: the file could not be read: it is damaged, or its sheet holds "
    "something far beyond the list (such as a value in cell XFD1048576); delete that in "
    "Excel or LibreOffice, or copy the list alone into a new sheet, and import it again",
    "save_as_xlsx": "{detail}: this XML file is not a spreadsheet the import reads; if Excel "
    "or LibreOffice opens it as a table, save it there as .xlsx",
    "sheet_not_found": "There is no sheet named «{detail}» in the file",
    "table_not_found": "There is no table named «{detail}» in the Access base",
    "empty": "{detail}: there is no data in the file",
    "no_tables": "{detail}: the Access base has no tables of its own, only Access's system tables",
    "no_header": "{detail}: no header row with column names was found",
    "no_rows": "{detail}: the sheet has column names but no rows under them",
    "formulas_not_calculated": "{detail}: the rows under the column names are formulas whose "
    "results the file does not hold (a program made it without calculating them); open it in "
    "Excel or LibreOffice, save it, and import it again",
    "too_many_rows": "{detail}: more rows than one import takes (1,000,000); if the list is "
    "shorter, something is written far below it: delete that, or copy the list alone into a "
    "new sheet",
    "too_big_for_memory": "{detail}: {rows} rows are more than this computer's free memory "
    "lets one import check at once (about {fits}); close other programs, or split the list "
    "into parts and import them one after another",
    "no_name_column": "{detail}: no column holds client names",
    "no_buyer_column": "{detail}: a list of sales that names no buyer (no column of names, "
    "phones, e-mails or cards), so its sales have no client to go to; a marketplace's report "
    "(Ozon, Wildberries, Яндекс Маркет) does not give its buyers: import a list of orders "
    "with them, or of clients",
    "grouped_report": "{detail}: a report whose rows are grouped (a client, then its items or "
    "documents under it), and their figures do not add up to tell which rows are clients; "
    "save the report without its inner groupings, one client a row, or the list of clients",
}

DATABASE_MESSAGES: dict[str, str] = {
    "not_a_database": "{detail}: this file is not a ClientBase database",
    "cannot_open": "The database cannot be opened: {detail}",
    "newer_schema": "This database was saved by a newer version of ClientBase; update the program",
    "in_use": "{detail} is already open in ClientBase",
    "disk_full": "There is no space left on the disk; the change was not saved",
    "read_only": "The database file or its folder is read-only; the change was not saved",
    "target_not_empty": "The database {detail} on the server already holds clients; "
    "choose an empty one",
    "copy_mismatch": "The copy did not match the base ({detail}); nothing was written",
    "value_too_long": "A text is longer than the server keeps ({detail}: the most it takes); "
    "shorten it in the card and try again; nothing was written",
}

BACKUP_MESSAGES: dict[str, str] = {
    "cannot_write": "The backup cannot be written to {detail}",
    "disk_full": "There is no space left on the disk: {detail}",
    "cannot_read": "{detail}: the file cannot be read",
    "not_a_backup": "{detail}: this file is not a ClientBase backup",
    "damaged": "{detail}: the backup is damaged and cannot be restored",
    "newer_schema": "{detail}: this backup was made by a newer version of ClientBase",
    "password_needed": "{detail}: the backup is protected with a password; enter it",
    "wrong_password": "The password does not fit this backup",
    "server_base": "A base on a server is backed up by the server, not by this command",
    "in_use": "{detail}: the base is open in ClientBase; close the program first",
}


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    params: dict[str, str | int] = dataclass_field(default_factory=dict)

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(**{**DATE_EXAMPLES, **self.params})


class ClientBaseError(Exception):
    """Base of every error a user can cause and be told about."""


class ValidationError(ClientBaseError):
    """One or more fields were refused; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))

    @classmethod
    def single(cls, field_name: str, code: str, **params: str | int) -> ValidationError:
        return cls([Problem(field_name, code, dict(params))])


class NotFoundError(ClientBaseError):
    def __init__(self, what: str, record_id: int) -> None:
        self.what = what
        self.record_id = record_id
        super().__init__(f"{what} {record_id} was not found")


class EditConflict(ClientBaseError):
    """The card was saved from another PC after this one read it; nothing was overwritten."""

    def __init__(self, record_id: int, fields: list[str], saved_at: datetime) -> None:
        self.record_id = record_id
        self.fields = fields
        self.saved_at = saved_at
        super().__init__(
            f"client {record_id} was changed meanwhile ({', '.join(fields) or 'its card'})"
        )


class DatabaseError(ClientBaseError):
    """The base could not be opened or written (a newer schema, a broken file, a full disk)."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(DATABASE_MESSAGES[code].format(detail=detail))


class ImportFileError(ClientBaseError):
    """A file that cannot be imported at all; the base was not touched. `counts`: the
    numbers its message names (rows, those that fit)."""

    def __init__(self, code: str, detail: str = "", **counts: int) -> None:
        self.code = code
        self.detail = detail
        self.counts = counts
        shown = {name: f"{count:,}" for name, count in counts.items()}
        super().__init__(FILE_MESSAGES[code].format(detail=detail, **shown))


class BackupError(ClientBaseError):
    """A backup could not be made or restored; the base and any earlier backups are unchanged."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(BACKUP_MESSAGES[code].format(detail=detail))


EXPORT_RESTRICTIONS: dict[str, str] = {
    "disabled": "Exports and printing are turned off in the privacy settings",
    "password_required": "Exports and printing need the program's password",
    "wrong_password": "The password is wrong; nothing was exported",
}


class ExportRestricted(ClientBaseError):
    """The base's privacy settings do not allow this export or print; nothing was written."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(EXPORT_RESTRICTIONS[code])


class OperationCancelled(ClientBaseError):
    """The person pressed Cancel; the work done so far was rolled back."""


EXPORT_FAILURES: dict[str, str] = {
    "cannot_write": "The file cannot be written: {detail}",
    "disk_full": "There is no space left on the disk: {detail}",
    "no_access": "{detail} cannot be written: it is open in another program (Excel, a PDF "
    "viewer), or the folder or disk is closed to writing; close the file or save it "
    "elsewhere",
    "no_folder": "The folder of {detail} is no longer there (a USB stick taken out?); "
    "choose another",
    "unsupported_format": "{detail}: the export writes .xlsx, .csv, .ods, .vcf or .ics",
}


class ExportError(ClientBaseError):
    """A file the user asked for (an export, a PDF) could not be written; none was left.

    `code` names why, as EXPORT_FAILURES does; `detail` is the file, or for «cannot_write»
    what went wrong."""

    def __init__(self, detail: str, code: str = "cannot_write") -> None:
        self.code = code
        self.detail = detail
        super().__init__(EXPORT_FAILURES[code].format(detail=detail))


class CellTooLong(ExportError):
    """A text longer than an .xlsx cell holds (32,767 characters); no file was left.

    `line` is the row on its sheet (the header is 1) and `row` its cells; the export fills
    in `client`, whose row it is."""

    LIMIT = 32_767

    def __init__(
        self, sheet: str, line: int, column: str, length: int, row: Sequence[object] = ()
    ) -> None:
        self.sheet = sheet
        self.line = line
        self.column = column
        self.length = length
        self.row = row
        self.client = ""
        super().__init__(f"«{column}» holds {length} characters")

    def __str__(self) -> str:
        # Built when shown: the export learns whose row it is after the writer stopped.
        whose = f"of {self.client}" if self.client else f"on row {self.line} of «{self.sheet}»"
        return (
            f"The file cannot be written: «{self.column}» {whose} holds {self.length:,} "
            f"characters, more than an .xlsx cell takes ({self.LIMIT:,}); export to .ods or .csv"
        )


class ExportEncodingError(ExportError):
    """A client's text holds characters the chosen CSV encoding cannot write; no file was left."""

    def __init__(self, client: str, text: str, encoding: str) -> None:
        self.client = client
        self.text = text
        self.encoding = encoding
        super().__init__(f"«{text}» of {client} cannot be written in {encoding}; choose UTF-8")
