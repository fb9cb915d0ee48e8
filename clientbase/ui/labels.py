"""Translated names of the stored choices and of the services' error codes.

Each text is a literal inside a translate() call so that lupdate finds it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from clientbase.db.enums import (
    Channel,
    ClientKind,
    ClientSource,
    ClientStatus,
    InteractionKind,
    MessengerKind,
    PaymentState,
    PurchaseStatus,
    Recurrence,
    ReminderKind,
)
from clientbase.errors import (
    DATE_EXAMPLES,
    BackupError,
    CellTooLong,
    ClientBaseError,
    DatabaseError,
    ExportEncodingError,
    ExportError,
    ExportRestricted,
    ImportFileError,
    NotFoundError,
    Problem,
    ValidationError,
)
from clientbase.exchange.access_file import CUSTOMERS_AND_ORDERS
from clientbase.services.locale_format import number_text
from clientbase.services.segments import Segment
from clientbase.ui.formatting import locale_language, shown_birthday

# Called by this name with literal texts so that lupdate collects every one of them.
translate = QCoreApplication.translate


_label_cache: dict[StrEnum, str] = {}


def forget_translations() -> None:
    """Called when the interface language changes."""
    _label_cache.clear()


def label(value: StrEnum | None) -> str:
    """The name of a stored choice in the interface language."""
    if value is None:
        return ""
    if not _label_cache:
        _label_cache.update(_labels())
    return _label_cache.get(value, value.value)


def encoding_name(encoding: str) -> str:
    """A CSV encoding as a person knows it."""
    names = {
        "utf-8-sig": translate("Labels", "UTF-8 for Excel (with BOM)"),
        "utf-8": translate("Labels", "UTF-8"),
        "cp1251": translate("Labels", "Windows-1251 (Cyrillic)"),
    }
    return names.get(encoding, encoding)


def sheet_label(name: str) -> str:
    """A sheet's name as shown: the file's own, or, for the sheet ClientBase makes of an
    Access base's Customers and Orders, its name in the person's language."""
    if name == CUSTOMERS_AND_ORDERS:
        return translate("Labels", "Customers and orders")
    return name


def import_source(file_name: str, sheet: str) -> str:
    """An import's file and sheet as the import history lists them: «клиенты.xlsx (Клиенты)»."""
    return f"{file_name} ({sheet_label(sheet)})"


def segment_label(segment: Segment) -> str:
    """A segment's name. Kept apart from `label`: Segment.REGULAR equals ClientStatus.REGULAR
    as a string, so one dictionary would give both the same name."""
    names = {
        Segment.ABC_A: translate("Labels", "A: 80% of revenue"),
        Segment.ABC_B: translate("Labels", "B: the next 15%"),
        Segment.ABC_C: translate("Labels", "C: the last 5%"),
        Segment.CHAMPIONS: translate("Labels", "Champions"),
        Segment.LOYAL: translate("Labels", "Loyal"),
        Segment.NEWCOMERS: translate("Labels", "Newcomers"),
        Segment.ATTENTION: translate("Labels", "Need attention"),
        Segment.AT_RISK: translate("Labels", "At risk"),
        Segment.SLEEPING: translate("Labels", "Sleeping"),
        Segment.REGULAR: translate("Labels", "Buy regularly"),
        Segment.OCCASIONAL: translate("Labels", "Buy now and then"),
        Segment.FEW_PURCHASES: translate("Labels", "One or two purchases"),
        Segment.CHURNED: translate("Labels", "Churned"),
        Segment.VIP: translate("Labels", "VIP"),
    }
    return names[segment]


def _labels() -> dict[StrEnum, str]:
    return {
        ClientKind.PERSON: translate("Labels", "Person"),
        ClientKind.COMPANY: translate("Labels", "Company"),
        ClientStatus.POTENTIAL: translate("Labels", "Potential"),
        ClientStatus.NEW: translate("Labels", "New"),
        ClientStatus.REGULAR: translate("Labels", "Regular"),
        ClientStatus.OCCASIONAL: translate("Labels", "Occasional"),
        ClientStatus.LOST: translate("Labels", "Lost"),
        ClientSource.REFERRAL: translate("Labels", "Referral"),
        ClientSource.SOCIAL: translate("Labels", "Social network"),
        ClientSource.WALK_IN: translate("Labels", "Walk-in"),
        ClientSource.EXHIBITION: translate("Labels", "Exhibition"),
        ClientSource.WEBSITE: translate("Labels", "Website"),
        ClientSource.ADVERTISING: translate("Labels", "Advertising"),
        ClientSource.OTHER: translate("Labels", "Other"),
        Channel.PHONE: translate("Labels", "Phone call"),
        Channel.SMS: translate("Labels", "SMS"),
        Channel.EMAIL: translate("Labels", "E-mail"),
        Channel.TELEGRAM: translate("Labels", "Telegram"),
        Channel.WHATSAPP: translate("Labels", "WhatsApp"),
        Channel.VK: translate("Labels", "VK"),
        Channel.INSTAGRAM: translate("Labels", "Instagram"),
        MessengerKind.TELEGRAM: translate("Labels", "Telegram"),
        MessengerKind.WHATSAPP: translate("Labels", "WhatsApp"),
        MessengerKind.VK: translate("Labels", "VK"),
        MessengerKind.INSTAGRAM: translate("Labels", "Instagram"),
        PurchaseStatus.NEW: translate("Labels", "New"),
        PurchaseStatus.PAID: translate("Labels", "Paid"),
        PurchaseStatus.SHIPPED: translate("Labels", "Shipped"),
        PurchaseStatus.DONE: translate("Labels", "Done"),
        PurchaseStatus.CANCELLED: translate("Labels", "Cancelled"),
        PaymentState.UNPAID: translate("Labels", "Not paid"),
        PaymentState.PARTIAL: translate("Labels", "Partly paid"),
        PaymentState.PAID: translate("Labels", "Paid"),
        InteractionKind.CALL: translate("Labels", "Call"),
        InteractionKind.MEETING: translate("Labels", "Meeting"),
        InteractionKind.MESSAGE: translate("Labels", "Message"),
        InteractionKind.EMAIL: translate("Labels", "E-mail"),
        InteractionKind.NOTE: translate("Labels", "Note"),
        ReminderKind.CALL: translate("Labels", "Call"),
        ReminderKind.CONGRATULATE: translate("Labels", "Congratulate"),
        ReminderKind.MEETING: translate("Labels", "Meeting"),
        ReminderKind.TASK: translate("Labels", "Task"),
        Recurrence.NONE: translate("Labels", "Once"),
        Recurrence.DAILY: translate("Labels", "Every day"),
        Recurrence.WEEKLY: translate("Labels", "Every week"),
        Recurrence.MONTHLY: translate("Labels", "Every month"),
        Recurrence.YEARLY: translate("Labels", "Every year"),
    }


def month_names() -> list[str]:
    return [
        translate("Labels", "January"),
        translate("Labels", "February"),
        translate("Labels", "March"),
        translate("Labels", "April"),
        translate("Labels", "May"),
        translate("Labels", "June"),
        translate("Labels", "July"),
        translate("Labels", "August"),
        translate("Labels", "September"),
        translate("Labels", "October"),
        translate("Labels", "November"),
        translate("Labels", "December"),
    ]


def problem_texts() -> dict[str, str]:
    """Every error code of the services, in the interface language."""
    return {
        "required": translate("Messages", "This field is required"),
        "name_required": translate("Messages", "Enter a last or first name"),
        "organization_required": translate("Messages", "Enter the organization name"),
        "phone_invalid": translate("Messages", "«{value}» is not a phone number"),
        "phone_local": translate("Messages", "«{value}» is a local number: give its area code"),
        "phone_rounded": translate(
            "Messages",
            "«{value}» is a phone rounded to a number with an exponent, its last digits lost; "
            "take it from the original list",
        ),
        "number_rounded": translate(
            "Messages",
            "«{value}» is a number of more than 15 digits, its last ones rounded off by the "
            "spreadsheet; take it from the original, or type it in as text",
        ),
        "phone_not_in_plan": translate(
            "Messages", "«{value}» is no number in use: is a digit missing or one too many?"
        ),
        "email_invalid": translate("Messages", "«{value}» is not an e-mail address"),
        "email_typo": translate(
            "Messages", "«{value}» looks mistyped after «@»: check the address"
        ),
        "month_invalid": translate("Messages", "«{value}» is not a month; write it as 2026-11"),
        "date_invalid": translate(
            "Messages", "«{value}» is not a date; write it as {date} or {day}"
        ),
        "year_only": translate(
            "Messages", "«{value}» is a year alone: write the day and the month too, as {date}"
        ),
        "no_such_day": translate(
            "Messages", "«{value}» is no day of the calendar: check the day and the month"
        ),
        "date_in_future": translate("Messages", "{value} is in the future"),
        "year_out_of_range": translate("Messages", "The year in «{value}» is not plausible"),
        "percent_out_of_range": translate("Messages", "{value} must be between 0 and 100"),
        "negative_amount": translate("Messages", "{value} must not be negative"),
        "return_of_no_sale": translate(
            "Messages",
            "«{value}»: the sale this row takes back was not found (one of this client's, of "
            "that sum, on that day or before)",
        ),
        "number_too_large": translate("Messages", "{value} is too large a number here"),
        "digits_only": translate("Messages", "«{value}» must contain {count} digits"),
        "too_long": translate("Messages", "«{value}» is too long: at most {count} characters"),
        "contact_separator": translate(
            "Messages",
            "«{value}»: a semicolon or a line break parts a contact's fields in an export; "
            "write the position in its own field",
        ),
        "unknown_client": translate(
            "Messages", "The client was not found (it may have been deleted)"
        ),
        "unknown_record": translate(
            "Messages", "The record was not found (it may have been deleted)"
        ),
        "self_referral": translate("Messages", "A client cannot be referred by themselves"),
        "items_or_total": translate("Messages", "Enter the items or the total of the purchase"),
        "not_a_number": translate("Messages", "«{value}» is not a number"),
        "purchase_date_missing": translate(
            "Messages", "no purchase date: the purchase is not imported"
        ),
        "unknown_choice": translate(
            "Messages", "«{value}» is not one of the choices of this field"
        ),
        "too_many_parts": translate(
            "Messages", "«{value}»: write a contact as name; position; phone; e-mail; birthday"
        ),
        "wrong_password": translate("Messages", "The password is wrong"),
        "ends_before_start": translate(
            "Messages", "The repetition ends ({value}) before it starts"
        ),
        "password_too_short": translate(
            "Messages", "The password must have at least {count} characters"
        ),
        "password_needed_first": translate("Messages", "Set a password for the program first"),
    }


def problem_text(problem: Problem) -> str:
    """A validation problem in the interface language, with its value filled in, and a
    date to write as an example as the window writes dates."""
    text = problem_texts().get(problem.code, problem.message)
    examples = {name: shown_birthday(day) for name, day in DATE_EXAMPLES.items()}
    return text.format(**{**examples, **problem.params})


def database_error_texts() -> dict[str, str]:
    return {
        "not_a_database": translate("Messages", "{detail}: this file is not a ClientBase database"),
        "cannot_open": translate("Messages", "The database cannot be opened: {detail}"),
        "newer_schema": translate(
            "Messages",
            "This database was saved by a newer version of ClientBase; update the program",
        ),
        "in_use": translate("Messages", "{detail} is already open in ClientBase"),
        "disk_full": translate(
            "Messages", "There is no space left on the disk; the change was not saved"
        ),
        "read_only": translate(
            "Messages", "The database file or its folder is read-only; the change was not saved"
        ),
        "target_not_empty": translate(
            "Messages",
            "The database {detail} on the server already holds clients; choose an empty one",
        ),
        "value_too_long": translate(
            "Messages",
            "A text is longer than the server keeps ({detail}: the most it takes); shorten it"
            " in the card and try again; nothing was written",
        ),
        "copy_mismatch": translate(
            "Messages", "The copy did not match the base ({detail}); nothing was written"
        ),
    }


def database_error_text(error: DatabaseError) -> str:
    return database_error_texts().get(error.code, str(error)).format(detail=error.detail)


def export_restriction_texts() -> dict[str, str]:
    return {
        "disabled": translate(
            "Messages", "Exports and printing are turned off in the privacy settings"
        ),
        "password_required": translate(
            "Messages", "Exports and printing need the program's password"
        ),
        "wrong_password": translate("Messages", "The password is wrong; nothing was exported"),
    }


def export_restriction_text(error: ExportRestricted) -> str:
    return export_restriction_texts().get(error.code, str(error))


def cell_too_long_text(error: CellTooLong) -> str:
    """Whose text, in which column, is too long for Excel, and what to do about it."""
    if error.client:
        text = translate(
            "Messages",
            "«{column}» of {client} holds {length} characters, more than an Excel cell takes "
            "({limit}); nothing was saved. Shorten it on the card, or export to .ods or .csv, "
            "which take it whole",
        )
    else:
        text = translate(
            "Messages",
            "«{column}» on row {line} of the sheet «{sheet}» holds {length} characters, more "
            "than an Excel cell takes ({limit}); nothing was saved. Export to .ods or .csv, "
            "which take it whole",
        )
    locale = QLocale()
    return text.format(
        column=error.column,
        client=error.client,
        line=error.line,
        sheet=error.sheet,
        length=locale.toString(error.length),
        limit=locale.toString(CellTooLong.LIMIT),
    )


def backup_error_texts() -> dict[str, str]:
    return {
        "cannot_write": translate("Messages", "The backup cannot be written to {detail}"),
        "disk_full": translate("Messages", "There is no space left on the disk: {detail}"),
        "cannot_read": translate("Messages", "{detail}: the file cannot be read"),
        "not_a_backup": translate("Messages", "{detail}: this file is not a ClientBase backup"),
        "damaged": translate("Messages", "{detail}: the backup is damaged and cannot be restored"),
        "newer_schema": translate(
            "Messages", "{detail}: this backup was made by a newer version of ClientBase"
        ),
        "password_needed": translate(
            "Messages", "{detail}: the backup is protected with a password; enter it"
        ),
        "wrong_password": translate("Messages", "The password does not fit this backup"),
        "server_base": translate(
            "Messages", "A base on a server is backed up by the server, not by this command"
        ),
        "in_use": translate(
            "Messages", "{detail}: the base is open in ClientBase; close the program first"
        ),
    }


def export_failure_texts() -> dict[str, str]:
    return {
        "cannot_write": translate("Messages", "The file cannot be written: {detail}"),
        "disk_full": translate("Messages", "There is no space left on the disk: {detail}"),
        "no_access": translate(
            "Messages",
            "{detail} cannot be written: it is open in another program (Excel, a PDF viewer), "
            "or the folder or disk is closed to writing; close the file or save it elsewhere",
        ),
        "no_folder": translate(
            "Messages",
            "The folder of {detail} is no longer there (a USB stick taken out?); choose another",
        ),
        "unsupported_format": translate(
            "Messages", "{detail}: the export writes .xlsx, .csv, .ods, .vcf or .ics"
        ),
    }


def backup_error_text(error: BackupError) -> str:
    return backup_error_texts().get(error.code, str(error)).format(detail=error.detail)


def problem_code_text(code: str, value: str, count: str = "") -> str:
    """Why an imported value was left out, in the interface language."""
    return problem_text(Problem("", code, {"value": value, "count": count}))


def file_error_texts() -> dict[str, str]:
    return {
        "unsupported_format": translate(
            "Messages",
            "{detail}: this kind of file cannot be imported. The import reads Excel (.xlsx, "
            ".xls), LibreOffice (.ods), CSV and text (.csv, .txt), Access (.mdb, .accdb), "
            "contacts (.vcf), web pages (.html) and the tables of Word documents (.docx, "
            ".odt): open the file in the program that made it and save the list as one of them",
        ),
        "save_as_docx": translate(
            "Messages",
            "{detail}: a Word document of the older kind (.doc) or RTF; the import reads the "
            "tables of .docx and .odt documents: open it in Word or LibreOffice Writer and "
            "save it as .docx",
        ),
        "no_document_tables": translate(
            "Messages",
            "{detail}: the document holds no table; the import reads a document's tables, a "
            "client a row. Put the list into a table (in Word: Insert → Table → Convert Text "
            "to Table) or into an Excel sheet, and import that",
        ),
        "cannot_read": translate(
            "Messages", "{detail}: the file is damaged or is not what its name says"
        ),
        "file_not_found": translate(
            "Messages",
            "{detail}: there is no such file: it has been moved, renamed or deleted",
        ),
        "not_a_file": translate(
            "Messages",
            "{detail}: this is a folder, not a file; choose the file with the list in it",
        ),
        "no_access": translate(
            "Messages",
            "{detail}: this user may not read the file; copy it somewhere of your own, "
            "such as Documents, and import the copy",
        ),
        "encrypted": translate(
            "Messages", "{detail}: the file is protected with a password; save a copy without it"
        ),
        "reader_died": translate(
            "Messages",
            "{detail}: the file could not be read: it is damaged, or its sheet holds "
            "something far beyond the list (such as a value in cell XFD1048576); delete that "
            "in Excel or LibreOffice, or copy the list alone into a new sheet, and import it again",
        ),
        "save_as_xlsx": translate(
            "Messages",
            "{detail}: this XML file is not a spreadsheet the import reads; if Excel "
            "or LibreOffice opens it as a table, save it there as .xlsx",
        ),
        "sheet_not_found": translate("Messages", "There is no sheet named «{detail}» in the file"),
        "table_not_found": translate(
            "Messages", "There is no table named «{detail}» in the Access base"
        ),
        "empty": translate("Messages", "{detail}: there is no data in the file"),
        "no_tables": translate(
            "Messages",
            "{detail}: the Access base has no tables of its own, only Access's system tables",
        ),
        "no_header": translate("Messages", "{detail}: no header row with column names was found"),
        "no_rows": translate(
            "Messages", "{detail}: the sheet has column names but no rows under them"
        ),
        "formulas_not_calculated": translate(
            "Messages",
            "{detail}: the rows under the column names are formulas whose results the file "
            "does not hold (a program made it without calculating them); open it in Excel or "
            "LibreOffice, save it, and import it again",
        ),
        "too_many_rows": translate(
            "Messages",
            "{detail}: more rows than one import takes (1,000,000); if the list is shorter, "
            "something is written far below it: delete that, or copy the list alone into a "
            "new sheet",
        ),
        "too_big_for_memory": translate(
            "Messages",
            "{detail}: {rows} rows are more than this computer's free memory lets one import "
            "check at once (about {fits}); close other programs, or split the list into parts "
            "and import them one after another",
        ),
        "no_name_column": translate("Messages", "{detail}: no column holds client names"),
        "no_buyer_column": translate(
            "Messages",
            "{detail}: a list of sales that names no buyer (no column of names, phones, "
            "e-mails or cards), so its sales have no client to go to; a marketplace's report "
            "(Ozon, Wildberries, Яндекс Маркет) does not give its buyers: import a list of "
            "orders with them, or of clients",
        ),
        "grouped_report": translate(
            "Messages",
            "{detail}: a report whose rows are grouped (a client, then its items or documents "
            "under it), and their figures do not add up to tell which rows are clients; save "
            "the report without its inner groupings, one client a row, or the list of clients",
        ),
    }


def file_error_text(error: ImportFileError) -> str:
    language = locale_language()
    counts = {name: number_text(count, 0, language) for name, count in error.counts.items()}
    return file_error_texts().get(error.code, str(error)).format(detail=error.detail, **counts)


def error_text(error: ClientBaseError) -> str:
    """Any error a service raises, in the interface language."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_text(problem) for problem in error.problems)
    if isinstance(error, ImportFileError):
        return file_error_text(error)
    if isinstance(error, DatabaseError):
        return database_error_text(error)
    if isinstance(error, BackupError):
        return backup_error_text(error)
    if isinstance(error, ExportRestricted):
        return export_restriction_text(error)
    if isinstance(error, CellTooLong):
        return cell_too_long_text(error)
    if isinstance(error, ExportEncodingError):
        return translate(
            "Messages", "«{text}» ({client}) cannot be written in {encoding}; save as UTF-8"
        ).format(text=error.text, client=error.client, encoding=encoding_name(error.encoding))
    if isinstance(error, ExportError):
        return export_failure_texts().get(error.code, str(error)).format(detail=error.detail)
    if isinstance(error, NotFoundError):
        return translate("Messages", "The record was not found (it may have been deleted)")
    return str(error)
