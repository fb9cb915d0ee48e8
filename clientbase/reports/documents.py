"""Documents printed from a client's card: an invoice for a purchase, a greeting letter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from num2words import num2words
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from clientbase.reports.fonts import BOLD
from clientbase.reports.page import ReportPage, styles, table_style, write_pdf
from clientbase.reports.texts import ReportTexts
from clientbase.services.documents import (
    ShopProfile,
    client_fields,
    fill_template,
    read_profile,
    read_templates,
)
from clientbase.services.locale_format import date_text, money_text, number_text
from clientbase.services.workspace import Workspace


def _paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Blank lines part paragraphs; single line breaks stay inside one."""
    return [
        Paragraph(escape(block).replace("\n", "<br/>"), style)
        for block in text.split("\n\n")
        if block.strip()
    ]


def sum_in_words(amount: Decimal, currency: str, language: str) -> str:
    """«Одна тысяча двести рублей 50 копеек»: the sum as a Russian invoice states it, the
    roubles in words and the kopecks in figures (as accountants write «сумма прописью»)."""
    try:
        words = num2words(
            amount, lang=language, to="currency", currency=currency, cents=False,
            separator="" if language == "ru" else ",",
        )  # fmt: skip
    except NotImplementedError:
        # A currency num2words cannot name in this language: the sum in figures instead.
        return money_text(amount, currency, language)
    return str(words)[:1].upper() + str(words)[1:]


def _seller_lines(shop: ShopProfile, texts: ReportTexts) -> str:
    lines = [shop.name]
    if shop.inn:
        key = "invoice.inn_kpp" if shop.kpp else "invoice.inn"
        lines.append(texts[key].format(inn=shop.inn, kpp=shop.kpp))
    lines.extend(x for x in (shop.address, shop.phone) if x)
    if shop.bank_account:
        lines.append(
            texts["invoice.bank_details"].format(
                bank=shop.bank_name, bik=shop.bank_bik, account=shop.bank_account,
                correspondent=shop.correspondent_account,
            )
        )  # fmt: skip
    return "\n".join(x for x in lines if x)


def write_invoice(
    workspace: Workspace, purchase_id: int, path: Path, language: str = "ru",
    today: date | None = None,
) -> int:  # fmt: skip
    """A simple invoice (счёт) for one purchase: seller, buyer, items, total in words."""
    texts = ReportTexts(language)
    language = texts.language
    currency = workspace.settings.currency
    purchase = workspace.purchases.get(purchase_id)
    client = workspace.clients.get(purchase.client_id)
    shop = read_profile(workspace.db)
    data = purchase.data
    number = data.number or str(purchase.id)
    title = texts["invoice_title"].format(number=number, date=date_text(data.date, language))
    report = ReportPage(title, language)
    style = styles()
    width = report.width
    buyer_data = client.data
    buyer = [client.display_name]
    if buyer_data.organization and buyer_data.organization not in client.display_name:
        buyer = [f"{buyer_data.organization}, {client.display_name}"]
    if buyer_data.inn:
        key = "invoice.inn_kpp" if buyer_data.kpp else "invoice.inn"
        buyer.append(texts[key].format(inn=buyer_data.inn, kpp=buyer_data.kpp))
    address = ", ".join(
        p for p in (buyer_data.postcode, buyer_data.region, buyer_data.city, buyer_data.street) if p
    )
    buyer.extend(x for x in (address, buyer_data.phones[0].raw if buyer_data.phones else "") if x)
    parties = Table(
        [
            [Paragraph(f"<b>{escape(texts['invoice.seller'])}</b>", style.cell),
             Paragraph(escape(_seller_lines(shop, texts)).replace("\n", "<br/>"), style.cell)],
            [Paragraph(f"<b>{escape(texts['invoice.buyer'])}</b>", style.cell),
             Paragraph(escape("\n".join(buyer)).replace("\n", "<br/>"), style.cell)],
        ],
        colWidths=[width * 0.2, width * 0.8],
        style=table_style(header_rows=0),
    )  # fmt: skip
    items = [i for i in data.items if i.name.strip()]
    lines: list[list[object]] = [
        [texts["col.number"], texts["col.item"], texts["col.quantity"], texts["col.price"],
         texts["col.amount"]],
    ]  # fmt: skip
    if items:
        for number_, item in enumerate(items, start=1):
            quantity = number_text(item.quantity, 0 if item.quantity == int(item.quantity) else 3,
                                   language)  # fmt: skip
            lines.append(
                [str(number_), Paragraph(escape(item.name), style.cell), quantity,
                 money_text(item.price, currency, language),
                 money_text(item.amount, currency, language)]
            )  # fmt: skip
    else:
        # A sale noted by its sum only is one line.
        lines.append(
            [
                "1",
                Paragraph(escape(data.comment or texts["col.item"]), style.cell),
                "1",
                money_text(purchase.total, currency, language),
                money_text(purchase.total, currency, language),
            ]
        )
    total = money_text(purchase.total, currency, language)
    lines.append(["", texts["invoice.total_due"], "", "", total])
    table = Table(
        lines,
        colWidths=[width * s for s in (0.06, 0.5, 0.1, 0.17, 0.17)],
        repeatRows=1,
        style=table_style(
            extra=[
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("FONTNAME", (0, -1), (-1, -1), "DejaVuSansCondensed-Bold"),
                ("SPAN", (1, -1), (3, -1)),
            ]
        ),
    )
    count = len(items) or 1
    fields = client_fields(buyer_data, client.display_name, shop, language, today or date.today())
    note = fill_template(read_templates(workspace.db, language).invoice_note, fields)
    bold = ParagraphStyle("invoice_bold", parent=style.body, fontName=BOLD)
    story: list[Flowable] = [
        Paragraph(escape(title), style.title),
        Spacer(1, 8),
        parties,
        Spacer(1, 10),
        table,
        Spacer(1, 6),
        Paragraph(escape(texts["invoice.no_vat"]), style.body),
        Paragraph(escape(texts["invoice.items_count"].format(count=count, amount=total)),
                  style.body),
        Paragraph(escape(sum_in_words(purchase.total, currency, language)), bold),
        Spacer(1, 10),
        *_paragraphs(note, style.body),
        Spacer(1, 24),
        Paragraph(escape(texts["invoice.signature"].format(name=shop.director)), style.body),
    ]  # fmt: skip
    return write_pdf(path, story, report)


def write_greeting(
    workspace: Workspace, client_id: int, path: Path, language: str = "ru",
    today: date | None = None, template: str | None = None,
) -> int:  # fmt: skip
    """A letter to the client from the greeting template (or `template`, to preview an edit)."""
    texts = ReportTexts(language)
    language = texts.language
    today = today or date.today()
    client = workspace.clients.get(client_id)
    shop = read_profile(workspace.db)
    text = template if template is not None else read_templates(workspace.db, language).greeting
    fields = client_fields(client.data, client.display_name, shop, language, today)
    report = ReportPage(f"{texts['letter_title']}: {client.display_name}", language, plain=True)
    style = styles()
    letter = ParagraphStyle("letter", parent=style.body, fontSize=12, leading=17, spaceAfter=9)
    sender = "\n".join(x for x in (shop.name, shop.address, shop.phone) if x)
    addressee = "\n".join(x for x in (client.display_name, fields["Адрес"]) if x)
    right = ParagraphStyle("right", parent=style.small, alignment=2)
    story: list[Flowable] = [
        Paragraph(escape(sender).replace("\n", "<br/>"), style.small),
        Spacer(1, 14),
        Paragraph(escape(addressee).replace("\n", "<br/>"), right),
        Paragraph(escape(date_text(today, language)), right),
        Spacer(1, 36),
        *_paragraphs(fill_template(text, fields), letter),
    ]
    return write_pdf(path, story, report)
