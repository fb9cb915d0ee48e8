"""Contacts as an accounting program lists them: Xero's CSV, its names run together
(«POAddressLine1», «BankAccountNumber»), a company in its contact's name column."""

from __future__ import annotations

from pathlib import Path

from clientbase.db.enums import ClientKind
from clientbase.exchange.header import Target, normalize_header, target_of_header
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards
from tests.test_services.test_sales_book import committed

XERO = (
    "*ContactName,AccountNumber,EmailAddress,FirstName,LastName,POAttentionTo,POAddressLine1,"
    "POAddressLine2,POCity,PORegion,POPostalCode,POCountry,SAAddressLine1,SACity,PhoneNumber,"
    "FaxNumber,MobileNumber,DDINumber,BankAccountName,BankAccountNumber,TaxNumber,Website,"
    "LegalName\n"
    "Anna Smith,CUST-001,anna@example.com,Anna,Smith,,12 High Street,,London,,SW1A 1AA,"
    "United Kingdom,,,+44 20 7946 0018,,,,,,,,\n"
    "Ромашка ООО,CUST-002,info@romashka.ru,Ольга,Петрова,,ул. Ленина 1,,Москва,,101000,Russia,"
    ",,+7 495 123-45-67,,,,ООО Ромашка,40702810900000012345,7701234567,romashka.ru,"
    "ООО «Ромашка»\n"
    "Вектор ООО,CUST-003,,Пётр,Сидоров,,,,,,,,,,+7 495 123-45-99,,,,,,,,\n"
)


def test_a_xero_contacts_export_fills_the_cards(workspace: Workspace, tmp_path: Path) -> None:
    # Xero's postal address («POCity») was a note under its run-together name, its
    # «AccountNumber» (the shop's own code of the customer) a bank account refused on
    # every row, and the «Bank Account Name» took the account's place from its number.
    committed(workspace, tmp_path / "Contacts.csv", XERO)
    cards = {card.organization or card.last_name: card for card in all_cards(workspace)}
    anna = cards["Smith"]
    assert (anna.client_code, anna.street, anna.city, anna.postcode) == (
        "CUST-001", "12 High Street", "London", "SW1A 1AA",
    )  # fmt: skip
    assert anna.notes == "POCountry: United Kingdom"
    company = cards["Ромашка ООО"]
    assert (company.kind, company.client_code, company.inn, company.bank_account) == (
        ClientKind.COMPANY, "CUST-002", "7701234567", "40702810900000012345",
    )  # fmt: skip
    assert [person.name for person in company.contact_persons] == ["Петрова Ольга"]
    # Its legal name says no more than the card's; the account's holder is noted.
    assert company.notes == "BankAccountName: ООО Ромашка\nWebsite: romashka.ru"


def test_a_company_in_the_name_column_is_the_client_without_requisites(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Вектор ООО» beside «Пётр» «Сидоров»: the client was the person, the company a note.
    committed(workspace, tmp_path / "Contacts.csv", XERO)
    cards = {card.organization or card.last_name: card for card in all_cards(workspace)}
    assert "Сидоров" not in cards
    vector = cards["Вектор ООО"]
    assert vector.kind is ClientKind.COMPANY
    assert [person.name for person in vector.contact_persons] == ["Сидоров Пётр"]


def test_capitals_before_a_word_are_a_word_of_their_own() -> None:
    assert normalize_header("POAddressLine1") == "po address line1"
    assert normalize_header("DDINumber") == "ddi number"
    assert normalize_header("FirstName") == "first name"
    assert normalize_header("ИНН") == "инн"
    assert normalize_header("ВКонтакте") == "вконтакте"  # one capital: no word of its own
    assert [target_of_header(h) for h in ("POCity", "SAPostalCode", "EMail")] == [
        Target.CITY, Target.POSTCODE, Target.EMAIL,
    ]  # fmt: skip


def test_what_is_said_of_a_bank_account_is_not_its_number() -> None:
    assert target_of_header("Bank Account Number") is Target.BANK_ACCOUNT
    assert target_of_header("Расчётный счёт") is Target.BANK_ACCOUNT
    assert target_of_header("Bank Account Name") is None
    assert target_of_header("BankAccountParticulars") is None
    assert target_of_header("Account Number") is Target.CLIENT_CODE
    assert target_of_header("TaxNumber") is Target.INN


def test_a_crms_prefixed_names_stay_its_own() -> None:
    # Pipedrive's «Person - Label» is its tags; a bare or a parcel's «Label» is no tag.
    assert target_of_header("Person - Label") is Target.TAGS
    assert target_of_header("Shipping Label") is None
    assert target_of_header("Deal - Add time") is None
    assert target_of_header("Created By") is None
    assert target_of_header("Кем создан") is None


QUICKBOOKS = (
    "Customer,Company,Full Name,Email,Billing Address,Open Balance\n"
    "Amy's Bird Sanctuary,Amy's Bird Sanctuary,Amy Lauterbach,birds@example.com,"
    '"4581 Finch St., Bayshore, CA 94326",239.00\n'
    "Diego Rodriguez,,Diego Rodriguez,diego@example.com,,0.00\n"
)


def test_a_quickbooks_customer_named_as_its_company_is_the_company(
    workspace: Workspace, tmp_path: Path
) -> None:
    # QuickBooks names a business customer in «Customer» and again in «Company»: «Amy's Bird
    # Sanctuary» became a person, surname «Sanctuary», with her own «Full Name» a note.
    committed(workspace, tmp_path / "Customers.csv", QUICKBOOKS)
    cards = {card.organization or card.last_name: card for card in all_cards(workspace)}
    amy = cards["Amy's Bird Sanctuary"]
    assert (amy.kind, amy.last_name, amy.notes) == (ClientKind.COMPANY, "", "Open Balance: 239.00")
    assert [person.name for person in amy.contact_persons] == ["Amy Lauterbach"]
    # A person's «Full Name» is the client's own: no contact person of the same name.
    diego = cards["Rodriguez"]
    assert (diego.kind, diego.first_name, diego.contact_persons) == (ClientKind.PERSON, "Diego", [])
