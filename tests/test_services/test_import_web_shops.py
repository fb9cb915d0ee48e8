"""Customers exported by the web shops a small shop sells through, in English."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from clientbase.services.client_data import ClientInput, ClientRecord
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.importing import commit_import
from clientbase.services.purchases import PurchaseRecord
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import plan_for
from tests.test_services.test_sales_book import committed

SHOPIFY = (
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address Address1,Default Address Address2,Default Address City,"
    "Default Address Province Code,Default Address Country Code,Default Address Zip,"
    "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,"
    "Tax Exempt,Tags\n"
    '\'7044210000000,Мария,Иванова,m@ya.ru,yes,,"ул. Ленина, 1",кв. 5,Москва,MOW,RU,101000,'
    '+79161112233,+79161112233,no,15400.00,12,любит синее,no,"VIP, опт"\n'
)


def test_a_shopify_customers_export_fills_the_card(workspace: Workspace, tmp_path: Path) -> None:
    # «Accepts Email Marketing» was read as an e-mail («yes» named as a bad address on every
    # row), the «Default Address» columns went to the notes, and the id kept Shopify's «'».
    path = tmp_path / "customers_export.csv"
    path.write_text(SHOPIFY, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    [client_id] = find_client_ids(workspace.db, ClientQuery())
    card = workspace.clients.get(client_id).data
    assert card.client_code == "7044210000000"
    assert card.marketing_consent is True
    assert (card.city, card.street, card.postcode) == ("Москва", "ул. Ленина, 1, кв. 5", "101000")
    assert [p.raw for p in card.phones] == ["+79161112233"]
    assert [e.address for e in card.emails] == ["m@ya.ru"]
    assert card.tags == ["VIP", "опт"]
    assert card.is_vip is True  # the shop's «VIP» tag is the card's VIP flag too
    assert "любит синее" in card.notes


SQUARE = (
    "Reference ID,First Name,Surname,Email Address,Phone Number,Nickname,Company Name,"
    "Street Address 1,Street Address 2,City,State,Postal Code,Birthday,Memo,Square Customer ID,"
    "Email Subscription Status,Creation Source,Instant Profile\n"
    ",Jane,Doe,jane@example.com,+1 415-555-0132,Janie,,1 Market St,Apt 5,San Francisco,CA,"
    "94105,1985-03-14,Prefers oat milk,ABC123,subscribed,Directory,No\n"
    ",John,Smith,john@example.com,(415) 555-0199,,,2 Mission St,,San Francisco,CA,94105,,,"
    "DEF456,unsubscribed,Instant Profile,Yes\n"
)
MAILCHIMP = (
    "Email Address,First Name,Last Name,Phone Number,Birthday,MEMBER_RATING,OPTIN_TIME,"
    "OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,LAST_CHANGED,"
    "LEID,EUID,NOTES,TAGS\n"
    "anna@example.com,Anna,Lee,+44 20 7946 0958,03/14,2,2024-05-01 10:00:00,,"
    "2024-05-01 10:01:00,1.2.3.4,51.5,-0.12,0,0,Europe/London,2026-01-01 09:00:00,123,abc,,"
    '"VIP,Newsletter"\n'
)


def cards_of(workspace: Workspace, path: Path, text: str) -> dict[str, object]:
    path.write_text(text, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    cards = (workspace.clients.get(i).data for i in find_client_ids(workspace.db, ClientQuery()))
    return {card.first_name: card for card in cards}


def test_a_square_customer_directory_fills_the_card(workspace: Workspace, tmp_path: Path) -> None:
    # «Email Subscription Status» was taken for an e-mail by its word («subscribed» named a
    # bad address on every row), and «Street Address 2», the flat, went to the notes.
    cards = cards_of(workspace, tmp_path / "export-20261204.csv", SQUARE)
    jane, john = cards["Jane"], cards["John"]
    assert (jane.marketing_consent, john.marketing_consent) == (True, False)
    assert [e.address for e in jane.emails] == ["jane@example.com"]
    assert (jane.street, jane.city, jane.region) == ("1 Market St, Apt 5", "San Francisco", "CA")
    assert jane.birthday == "14.03.1985"
    # How Square made the profile is no source of the client's, and no note worth keeping.
    assert (jane.source, "Directory" in jane.notes) == (None, False)


def test_a_mailchimp_audience_leaves_its_bookkeeping_out_of_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Every card's notes held «LATITUDE: 51.5», «GMTOFF: 0», «EUID: abc», «CONFIRM_IP: …»;
    # the day she subscribed, the one thing of it a shop needs, was one more such line.
    from datetime import date

    anna = cards_of(workspace, tmp_path / "subscribed_members_export.csv", MAILCHIMP)["Anna"]
    assert anna.notes == ""
    assert (anna.marketing_consent, anna.marketing_consent_date) == (True, date(2024, 5, 1))
    assert anna.birthday == "14.03"  # Mailchimp writes a birthday MM/DD
    assert anna.tags == ["Newsletter", "VIP"]


WIX = (
    "First Name,Last Name,Email 1,Phone 1,Company,Labels,Birthdate,Created At,"
    "Email subscriber status,SMS subscriber status\n"
    'Maria,Garcia,maria@example.com,+34 612 345 678,Flores SL,"Customers, VIP",1988-05-02,'
    "2024-06-01T10:00:00Z,Subscribed,Unsubscribed\n"
    "Luis,Perez,luis@example.com,,,Customers,,2025-01-10T10:00:00Z,Unsubscribed,\n"
)
KLAVIYO = (
    "Email,First Name,Last Name,Email Marketing Consent\n"
    "kate@example.com,Kate,Brown,SUBSCRIBED\n"
    "tom@example.com,Tom,White,NEVER_SUBSCRIBED\n"
    "ann@example.com,Ann,Black,UNSUBSCRIBED\n"
)
MAILCHIMP_ADDRESSES = (
    "Email Address,First Name,Last Name,Address\n"
    "anna@example.com,Anna,Lee,12 Oak St  Apt 4  Springfield  IL  62704  US\n"
    "bob@example.com,Bob,Ray,5 Elm Rd    Austin  TX  73301  US\n"
)
MAILCHIMP_TAGS = (
    "Email Address,First Name,Last Name,TAGS\n"
    'anna@example.com,Anna,Lee,"""Newsletter"",""Spring sale"""\n'
)


def test_a_wix_contacts_subscriber_status_is_the_consent_not_an_email(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Its word «Email» made «Email subscriber status» a second e-mail: «Subscribed» was
    # named a bad address on every row, and the card's consent was left unset.
    cards = cards_of(workspace, tmp_path / "contacts.csv", WIX)
    maria, luis = cards["Maria"], cards["Luis"]
    assert (maria.marketing_consent, luis.marketing_consent) == (True, False)
    assert [e.address for e in maria.emails] == ["maria@example.com"]
    assert "Subscribed" not in maria.notes


def test_a_klaviyo_profile_never_subscribed_has_not_agreed(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «NEVER_SUBSCRIBED» was named an unknown choice and kept in the notes.
    cards = cards_of(workspace, tmp_path / "profiles.csv", KLAVIYO)
    consents = {name: card.marketing_consent for name, card in cards.items()}
    assert consents == {"Kate": True, "Tom": False, "Ann": False}
    assert all(card.notes == "" for card in cards.values())


def test_mailchimps_quoted_tags_lose_their_quotes(workspace: Workspace, tmp_path: Path) -> None:
    # Mailchimp quotes each tag: the card's tags were «"Newsletter"» and «"Spring sale"».
    anna = cards_of(workspace, tmp_path / "members.csv", MAILCHIMP_TAGS)["Anna"]
    assert anna.tags == ["Newsletter", "Spring sale"]


HUBSPOT = (
    "Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Lifecycle Stage,"
    "Contact owner,Create Date,Street Address,Marketing contact status,Last Modified Date\n"
    "5101,Mary,Jones,mary@example.com,+1 212 555 0100,+1 917 555 0101,customer,Bob Owner,"
    "2025-02-11 09:14,5th Ave 1,Marketing contact,2026-11-02 12:00\n"
    "5102,Tom,Hill,tom@example.com,,,lead,Bob Owner,2026-10-01 12:00,,Non-marketing contact,\n"
)
FRESHA = (
    "Client ID,First Name,Last Name,Mobile Number,Email,Accepts Marketing,Address,"
    "Apartment Suite,City,Post Code,Date of Birth,Added,Note\n"
    "98765,Lucy,Brown,+44 7700 900123,lucy@example.com,Yes,10 Downing St,Flat 1,London,"
    "SW1A 2AA,1990-07-21,2024-03-01,Allergic to nuts\n"
)


def test_a_hubspot_contacts_export_fills_the_card(workspace: Workspace, tmp_path: Path) -> None:
    # The contact's owner, the day it was created, the marketing status and the record's
    # id all went to the notes; a lead came in as a new client. The record's «Last Modified
    # Date» was a line of every card's notes until 7 December's seventh session.
    cards = cards_of(workspace, tmp_path / "hubspot-crm-exports-all-contacts.csv", HUBSPOT)
    mary, tom = cards["Mary"], cards["Tom"]
    assert (mary.client_code, mary.responsible, mary.marketing_consent) == (
        "5101", "Bob Owner", True,
    )  # fmt: skip
    assert (tom.status.value, tom.marketing_consent) == ("potential", False)
    assert "Lifecycle Stage: customer" in mary.notes  # no stage of the card's says it
    assert "Create Date" not in mary.notes and "Bob Owner" not in mary.notes
    assert "Modified" not in mary.notes


def test_a_salon_programs_clients_export_fills_the_card(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Fresha's «Apartment Suite», the flat, went to the notes.
    lucy = cards_of(workspace, tmp_path / "clients.csv", FRESHA)["Lucy"]
    assert (lucy.street, lucy.postcode, lucy.client_code) == (
        "10 Downing St, Flat 1", "SW1A 2AA", "98765",
    )  # fmt: skip
    assert (lucy.birthday, lucy.marketing_consent, lucy.notes) == (
        "21.07.1990", True, "Allergic to nuts",
    )  # fmt: skip


SALESFORCE = (
    "Contact ID,First Name,Last Name,Mailing Street,Mailing City,Mailing State/Province,"
    "Mailing Zip/Postal Code,Phone,Email,Birthdate,Lead Source,Contact Owner,Created Date\n"
    "0035g000001,Sam,Stone,2 Lake St,Chicago,IL,60601,(312) 555-0120,sam@example.com,"
    "4/5/1970,Partner Referral,Bob Owner,11/1/2025\n"
)
ZOHO = (
    "Record Id,Contact Owner,First Name,Last Name,Email,Phone,Date of Birth,Lead Source,"
    "Mailing Street,Mailing City,Created Time,Tag\n"
    "zcrm_1,Bob Owner,Kate,Green,kate@example.com,+1 312 555 0111,1979-09-30,Web Download,"
    '1 Lake St,Chicago,2025-01-01 10:00:00,"VIP;Wholesale"\n'
)


def test_a_crms_contacts_keep_their_birthdate_tags_and_lead_source(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Salesforce's «Birthdate» and Zoho's «Tag» went to the notes, and «Partner Referral»,
    # «Web Download» named no source the card knows. They are the card's referral and
    # website now, and the notes keep which.
    from dataclasses import replace

    workspace.settings = replace(workspace.settings, phone_region="US")  # 4/5/1970: 5 April
    sam = cards_of(workspace, tmp_path / "salesforce.csv", SALESFORCE)["Sam"]
    kate = cards_of(workspace, tmp_path / "zoho.csv", ZOHO)["Kate"]
    assert (sam.birthday, sam.source.value) == ("05.04.1970", "referral")
    assert sam.notes == "Lead Source: Partner Referral"
    assert (kate.tags, kate.is_vip, kate.source.value) == (["VIP", "Wholesale"], True, "website")
    assert kate.notes == "Lead Source: Web Download"


def one_buyers_order(
    workspace: Workspace, path: Path, text: str
) -> tuple[ClientInput, PurchaseRecord]:
    """Import a web shop's orders export of one buyer and one order, no value left out:
    the buyer's card and the order."""
    path.write_text(text, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    [client_id] = find_client_ids(workspace.db, ClientQuery())
    [order] = workspace.purchases.list_for(client_id)
    return workspace.clients.get(client_id).data, order


SHOPIFY_ORDERS = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Total,"
    "Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Billing Street,"
    "Billing City,Billing Zip,Billing Phone,Shipping Name,Shipping Street,Shipping City,"
    "Shipping Zip,Shipping Phone\n"
    "#1001,anna@example.com,paid,2026-11-01 10:00:00 +0000,fulfilled,GBP,45.00,5.00,50.00,"
    "2026-11-01 09:58:00 +0000,2,Candle,22.50,Anna Smith,12 High St,London,SW1A 1AA,"
    "+447911123456,Mary Smith,5 Low Rd,Leeds,LS1 1AA,+447911654321\n"
    "#1001,anna@example.com,,,,,,,,2026-11-01 09:58:00 +0000,1,Card,0.00,,,,,,,,,,\n"
)


def test_a_shopify_orders_export_is_its_buyers_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Every row was skipped: «2026-11-01 09:58:00 +0000» was no day (its UTC offset), the
    # order's «Name» («#1001») the client's name; the gift's recipient's street and phone
    # would have been the buyer's.
    card, order = one_buyers_order(workspace, tmp_path / "orders_export.csv", SHOPIFY_ORDERS)
    assert (card.first_name, card.last_name, card.city) == ("Anna", "Smith", "London")
    assert [p.raw for p in card.phones] == ["+447911123456"]
    # The sum of its lines: the shipping paid beside them stays in the comment.
    assert (order.data.number, order.data.date, order.total) == (
        "#1001", date(2026, 11, 1), Decimal("45.00"),
    )  # fmt: skip
    assert [(i.name, i.quantity) for i in order.data.items] == [
        ("Candle", Decimal("2")), ("Card", Decimal("1")),
    ]  # fmt: skip
    assert {"Shipping Name: Mary Smith", "Shipping: 5.00"} <= set(order.data.comment.splitlines())


def test_a_woocommerce_orders_export_names_its_buyers_after_the_field(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «First Name (Billing)», as an order export plugin names the columns, was no name:
    # every order was a row without a name.
    card, order = one_buyers_order(
        workspace,
        tmp_path / "orders.csv",
        "Order ID,Order Date,First Name (Billing),Last Name (Billing),Address 1&2 (Billing),"
        "City (Billing),Phone (Billing),First Name (Shipping),Last Name (Shipping),"
        "Address 1&2 (Shipping),City (Shipping),Item Name,Quantity (- Refund),Item Cost\n"
        "101,2026-11-01 10:00,Anna,Smith,12 High St,London,+447911123456,Mary,Smith,"
        "5 Low Rd,Leeds,Candle,2,22.50\n",
    )
    assert (card.first_name, card.last_name, card.street, card.city) == (
        "Anna", "Smith", "12 High St", "London",
    )  # fmt: skip
    assert [(i.name, i.quantity) for i in order.data.items] == [("Candle", Decimal("2"))]
    assert "City (Shipping): Leeds" in order.data.comment.splitlines()


def test_an_etsy_sold_orders_export_is_its_buyers_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Sale Date» was no day of a sale (the day shipped was taken instead), the buyer's
    # account no code to know them by, the «Ship Zipcode» no postcode, and each order's
    # figures lines of the buyer's notes.
    card, order = one_buyers_order(
        workspace,
        tmp_path / "EtsySoldOrders2026.csv",
        "Sale Date,Order ID,Buyer User ID,Full Name,First Name,Last Name,Number of Items,"
        "Date Shipped,Street 1,Ship City,Ship Zipcode,Order Value,Coupon Code,Order Total\n"
        "11/15/26,3012345678,anna123,Anna Smith,Anna,Smith,2,11/17/26,12 High St,London,"
        "SW1A 1AA,45.00,WELCOME,50.00\n",
    )
    assert (card.client_code, card.postcode, card.notes) == ("anna123", "SW1A 1AA", "")
    assert (order.data.date, order.total) == (date(2026, 11, 15), Decimal("50.00"))
    assert {"Coupon Code: WELCOME", "Date Shipped: 11/17/26"} <= set(
        order.data.comment.splitlines()
    )


def test_a_pipedrive_deal_won_is_its_persons_purchase(workspace: Workspace, tmp_path: Path) -> None:
    # «Deal - Title», «Deal - Value» and «Deal - Won time» were lines of the notes.
    card, deal = one_buyers_order(
        workspace,
        tmp_path / "deals.csv",
        "Deal - Title,Deal - Value,Deal - Currency,Deal - Status,Deal - Won time,"
        "Person - Name,Person - Email\n"
        "Website redesign,5000,USD,Won,2026-10-15,Anna Smith,anna@example.com\n",
    )
    assert (deal.data.date, deal.total) == (date(2026, 10, 15), Decimal(5000))
    assert [item.name for item in deal.data.items] == ["Website redesign"]
    assert deal.data.comment == "Deal - Currency: USD"
    assert (card.first_name, card.notes) == ("Anna", "")


def test_a_pipedrive_deal_still_open_is_a_call_on_its_expected_close_date(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "deals.csv"
    path.write_text(
        "Deal - Title,Deal - Value,Deal - Status,Deal - Won time,Deal - Expected close date,"
        "Person - Name\n"
        "SEO package,1200,Open,,2027-01-15,Bob Jones\n"
        "Logo,800,Lost,,2026-11-01,Carol White\n",  # lost: nothing to call about
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    [jones, white] = plan.rows
    assert [(r.title, r.due_at.date()) for r in jones.reminders()] == [
        ("SEO package", date(2027, 1, 15))
    ]
    assert white.reminders() == []
    assert [(p.line, p.code) for p in plan.problems()] == [(3, "purchase_date_missing")]


def test_a_mailchimp_address_in_one_cell_is_parted_into_the_cards_fields(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Its lines, parted by two spaces, stayed whole in the street: the city filter did not
    # find the client in Springfield, and the postcode was in no field of its own.
    cards = cards_of(workspace, tmp_path / "members_export.csv", MAILCHIMP_ADDRESSES)
    anna, bob = cards["Anna"], cards["Bob"]
    assert (anna.street, anna.city, anna.region, anna.postcode) == (
        "12 Oak St, Apt 4, US", "Springfield", "IL", "62704"
    )  # fmt: skip
    assert (bob.street, bob.city, bob.postcode) == ("5 Elm Rd, US", "Austin", "73301")


def only_client(workspace: Workspace, path: Path, text: str) -> ClientRecord:
    """Import a CSV of one client, no value left out: that client."""
    committed(workspace, path, text)
    [client_id] = find_client_ids(workspace.db, ClientQuery())
    return workspace.clients.get(client_id)


LOYLAP = (
    "ID,Name,First_Name,Last_Name,Email,Phone_Number,Date_Birth,Date_Add,Account_Number,"
    "Card_Brand,Cash_Balance\n"
    "1021,Anna Smirnova,Anna,Smirnova,anna@example.com,+79161234567,1985-03-14,"
    "2023-05-01 10:22:13,77812,VISA,12.50\n"
)


def test_a_loyalty_apps_customers_keep_their_birthday_and_day_taken_on(
    workspace: Workspace, tmp_path: Path
) -> None:
    # LoyLap's «Date_Birth» and «Date_Add» were notes; its «Account_Number», the card the
    # client holds, a bank account refused; «Card_Brand», a payment card's «VISA», the
    # loyalty card's number.
    record = only_client(workspace, tmp_path / "customers.csv", LOYLAP)
    card = record.data
    assert (card.birthday, card.client_code, card.loyalty_card) == ("14.03.1985", "77812", "")
    assert record.created_at.date() == date(2023, 5, 1)
    assert "Card_Brand: VISA" in card.notes


ZOHO_RECORDS = (
    "Record Id,Contact Owner,Lead Source,First Name,Last Name,Account Name,Email,Phone,"
    "Mobile,Date of Birth,Created By,Modified By,Created Time,Modified Time,Full Name,"
    "Mailing Street,Mailing City,Mailing Zip,Description,Last Activity Time\n"
    "zcrm_5551000000123,Olga Smirnova,Web Download,Анна,Петрова,ООО Ромашка,anna@romashka.ru,"
    "+7 495 123-45-67,+7 916 123-45-67,1985-03-14,Olga Smirnova,Olga Smirnova,"
    "2024-03-12 10:15:00,2024-05-01 11:00:00,Анна Петрова,ул. Мира 5,Москва,101000,"
    "Любит скидки,2024-05-01 11:00:00\n"
)


def test_a_crms_record_keeping_is_not_the_clients(workspace: Workspace, tmp_path: Path) -> None:
    # Zoho's «Created By», the CRM's user, was read as the day the client was taken on and
    # refused as no date, which kept «Created Time» from it; «Modified By» and «Modified
    # Time» were lines of every card's notes.
    record = only_client(workspace, tmp_path / "Contacts.csv", ZOHO_RECORDS)
    assert record.created_at.date() == date(2024, 3, 12)
    assert "Created By: Olga Smirnova" in record.data.notes
    assert "Modified" not in record.data.notes


PIPEDRIVE = (
    "Person - ID,Person - Name,Person - Label,Person - Organization,Person - Email - Work,"
    "Person - Phone - Mobile,Person - Owner,Person - Next activity date,Person - Update time,"
    "Person - Add time,Person - Visible to,Person - First name,Person - Last name\n"
    "101,Анна Петрова,Hot lead,ООО Ромашка,anna@romashka.ru,+7 916 123-45-67,Olga Smirnova,"
    "2026-12-15,2026-11-21 10:00:00,2024-03-12 10:15:00,Owner's visibility group,Анна,Петрова\n"
)


def test_a_pipedrive_persons_fields_are_the_cards(workspace: Workspace, tmp_path: Path) -> None:
    # Pipedrive writes «Person - » before each field: its id, label, owner, next activity
    # and the day the person was added were lines of the notes, and its record keeping too.
    record = only_client(workspace, tmp_path / "people.csv", PIPEDRIVE)
    card = record.data
    assert (card.client_code, card.tags, card.responsible) == ("101", ["Hot lead"], "Olga Smirnova")
    assert record.created_at.date() == date(2024, 3, 12)
    assert card.notes == "Person - Organization: ООО Ромашка"
    [call] = workspace.reminders.list_for(record.id)
    assert call.data.due_at.date() == date(2026, 12, 15)


WOOCOMMERCE = (
    "customer_id,first_name,last_name,user_login,email,billing_first_name,billing_last_name,"
    "billing_company,billing_email,billing_phone,billing_address_1,billing_address_2,"
    "billing_postcode,billing_city,billing_country,shipping_first_name,shipping_last_name,"
    "shipping_address_1,shipping_address_2,shipping_postcode,shipping_city,shipping_country\n"
    "12,Анна,Иванова,anna80,anna@example.ru,Анна,Иванова,,anna@example.ru,+7 916 123-45-67,"
    "ул. Ленина 1,кв. 5,101000,Москва,RU,Анна,Иванова,ул. Ленина 1,кв. 5,101000,Москва,RU\n"
)


# A shipping address of its own, or another person's name, is something to know.
SHIPPED_ELSEWHERE = WOOCOMMERCE.replace(
    "Анна,Иванова,ул. Ленина 1,кв. 5,101000", "Мария,Иванова,пр. Мира 10,,129000"
)


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        (WOOCOMMERCE, "user_login: anna80"),
        (
            SHIPPED_ELSEWHERE,
            "user_login: anna80\nshipping_first_name: Мария\nshipping_address_1: пр. Мира 10\n"
            "shipping_postcode: 129000",
        ),
    ],
    ids=["shipped-home", "shipped-elsewhere"],
)
def test_a_web_shops_billing_and_shipping_columns_say_nothing_the_card_does_not(
    workspace: Workspace, tmp_path: Path, text: str, notes: str
) -> None:
    # WooCommerce lists the customer's name and address again for billing and again for
    # shipping: every card's notes said «shipping_city: Москва», «billing_first_name: Анна».
    card = only_client(workspace, tmp_path / "customers.csv", text).data
    assert (card.first_name, card.last_name, card.city) == ("Анна", "Иванова", "Москва")
    assert (card.street, card.postcode) == ("ул. Ленина 1, кв. 5", "101000")
    assert card.notes == notes


STRIPE = (
    "id,Description,Email,Name,Created (UTC),Card ID,Card Last4,Card Brand,Card Exp Month,"
    "Card Exp Year,Card Name,Phone,Metadata\n"
    "cus_P1abc,Regular customer,anna@example.com,Anna Smith,2024-03-05 10:22,"
    "card_1MvN8zLkdIwHu7ix,4242,Visa,12,2027,Anna Smith,+16175550101,{}\n"
)


def test_a_payment_services_card_is_no_discount_card(workspace: Workspace, tmp_path: Path) -> None:
    # Stripe's «Card ID», the card the client pays with, filled the discount card's number,
    # and its holder's «Card Name», the client's own name, was a line of every card's notes,
    # as was the empty «Metadata: {}».
    card = only_client(workspace, tmp_path / "unified_customers.csv", STRIPE).data
    assert (card.first_name, card.last_name, card.loyalty_card) == ("Anna", "Smith", "")
    assert "Card ID: card_1MvN8zLkdIwHu7ix" in card.notes
    assert "Card Name" not in card.notes and "Metadata" not in card.notes
