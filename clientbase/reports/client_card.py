"""A client's card on paper: contacts, company details, purchases with totals, recent history."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from clientbase.reports.page import ReportPage, Styles, styles, table_style, write_pdf
from clientbase.reports.texts import ReportTexts
from clientbase.services.client_data import ClientRecord
from clientbase.services.interactions import InteractionRecord
from clientbase.services.locale_format import birthday_written, date_text, money_text, number_text
from clientbase.services.purchases import PurchaseRecord
from clientbase.services.workspace import Workspace

# Older history stays in the program; the card shows what a conversation needs.
RECENT_INTERACTIONS = 20
LABEL_SHARE = 0.28


def _text(value: str, style: object) -> Paragraph:
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def _pairs_table(pairs: list[tuple[str, str]], width: float, style: Styles) -> Table:
    """Label and value side by side, for the fields that are filled in."""
    rows = [[_text(label, style.cell_head), _text(value, style.cell)] for label, value in pairs]
    return Table(
        rows,
        colWidths=[width * LABEL_SHARE, width * (1 - LABEL_SHARE)],
        style=table_style(header_rows=0),
        hAlign="LEFT",
        # A row taller than a page (a long note, a call's pasted letter) goes on over the
        # next one: kept whole, it stopped the print with reportlab's LayoutError.
        splitInRow=1,
    )


def _section(title: str, body: Flowable, style: Styles) -> Flowable:
    # A heading never stays alone at the foot of a page.
    return KeepTogether([Paragraph(escape(title), style.heading), body])


def _contacts(record: ClientRecord, texts: ReportTexts, currency: str) -> list[tuple[str, str]]:
    data = record.data
    language = texts.language
    address = ", ".join(p for p in (data.postcode, data.region, data.city, data.street) if p)
    phones = "\n".join(f"{p.raw} ({p.label})" if p.label else p.raw for p in data.phones)
    emails = "\n".join(e.address for e in data.emails)
    messengers = "\n".join(
        f"{texts.word('messenger', m.kind)}: {m.handle}" for m in data.messengers
    )
    discount = (
        f"{number_text(data.discount_percent, 0, language)} %" if data.discount_percent else ""
    )
    consent = ""
    if data.marketing_consent:
        consent = texts["yes"]
        if data.marketing_consent_date:
            consent += f", {date_text(data.marketing_consent_date, language)}"
    pairs = [
        ("card.organization", data.organization),
        ("card.phones", phones),
        ("card.emails", emails),
        ("card.messengers", messengers),
        ("card.channel", texts.word("channel", data.preferred_channel)),
        ("card.call_time", data.call_time),
        ("card.address", address),
        ("card.birthday", birthday_written(data.birthday, language)),
        ("card.status", texts.word("status", data.status)),
        ("card.vip", texts["yes"] if data.is_vip else ""),
        ("card.source", texts.word("source", data.source)),
        ("card.responsible", data.responsible),
        ("card.discount", discount),
        ("card.loyalty_card", data.loyalty_card),
        ("card.client_code", data.client_code),
        ("card.tags", ", ".join(data.tags)),
        ("card.consent", consent),
        ("card.notes", data.notes),
    ]
    return [(texts[key], value) for key, value in pairs if value]


def _requisites(record: ClientRecord, texts: ReportTexts) -> list[tuple[str, str]]:
    data = record.data
    pairs = [
        ("card.inn", data.inn),
        ("card.kpp", data.kpp),
        ("card.ogrn", data.ogrn),
        ("card.bank", data.bank_name),
        ("card.bik", data.bank_bik),
        ("card.account", data.bank_account),
        ("card.correspondent", data.correspondent_account),
    ]
    return [(texts[key], value) for key, value in pairs if value]


def _quantity(value: Decimal, language: str) -> str:
    return number_text(value, 0 if value == int(value) else 3, language)


def _purchases_table(
    purchases: Sequence[PurchaseRecord], texts: ReportTexts, currency: str, width: float,
    style: Styles,
) -> Table:  # fmt: skip
    language = texts.language
    header = [texts[k] for k in ("col.date", "col.document", "col.item", "col.purchase_status",
                                 "col.payment", "col.amount")]  # fmt: skip
    rows: list[list[object]] = [[_text(h, style.cell_head) for h in header]]
    for purchase in purchases:
        data = purchase.data
        items = "\n".join(
            f"{i.name} × {_quantity(i.quantity, language)}" for i in data.items if i.name.strip()
        )
        rows.append(
            [
                date_text(data.date, language),
                _text(data.number, style.cell),
                _text(items or data.comment, style.cell),
                texts.word("purchase", data.status),
                texts.word("payment", data.payment_state),
                money_text(purchase.total, currency, language),
            ]
        )
    shares = (0.11, 0.14, 0.37, 0.13, 0.12, 0.13)
    return Table(
        rows,
        colWidths=[width * s for s in shares],
        repeatRows=1,
        style=table_style(extra=[("ALIGN", (-1, 0), (-1, -1), "RIGHT")]),
        hAlign="LEFT",
        splitInRow=1,
    )


def _interactions_table(
    interactions: Sequence[InteractionRecord], texts: ReportTexts, width: float, style: Styles
) -> Table:
    header = [texts["col.date"], texts["col.kind"], texts["col.text"]]
    rows: list[list[object]] = [[_text(h, style.cell_head) for h in header]]
    for record in interactions:
        data = record.data
        text = data.text + (f"\n→ {data.outcome}" if data.outcome else "")
        rows.append(
            [
                f"{date_text(data.happened_at.date(), texts.language)} {data.happened_at:%H:%M}",
                texts.word("interaction", data.kind),
                _text(text, style.cell),
            ]
        )
    return Table(
        rows,
        colWidths=[width * 0.17, width * 0.13, width * 0.7],
        repeatRows=1,
        style=table_style(),
        hAlign="LEFT",
        splitInRow=1,
    )


def client_card_story(
    workspace: Workspace, client_id: int, language: str = "ru"
) -> tuple[list[Flowable], ReportPage]:
    texts = ReportTexts(language)
    currency = workspace.settings.currency
    record = workspace.clients.get(client_id)
    purchases = sorted(workspace.purchases.list_for(client_id), key=lambda p: (p.data.date, p.id))
    interactions = sorted(
        workspace.interactions.list_for(client_id),
        key=lambda i: i.data.happened_at,
        reverse=True,
    )[:RECENT_INTERACTIONS]
    report = ReportPage(record.display_name, texts.language)
    style = styles()
    width = report.width
    story: list[Flowable] = [
        Paragraph(escape(record.display_name), style.title),
        Paragraph(escape(texts["card_title"]), style.subtitle),
        Spacer(1, 4),
        _section(texts["card.contacts"], _pairs_table(_contacts(record, texts, currency), width,
                                                      style), style),
    ]  # fmt: skip
    requisites = _requisites(record, texts)
    if requisites:
        story.append(
            _section(texts["card.requisites"], _pairs_table(requisites, width, style), style)
        )
    people = record.data.contact_persons
    if people:
        lines = [
            (
                p.name,
                ", ".join(
                    x
                    for x in (p.position, p.phone, p.email, birthday_written(p.birthday, language))
                    if x
                ),
            )
            for p in people
        ]
        story.append(_section(texts["card.contact_persons"], _pairs_table(lines, width, style),
                              style))  # fmt: skip
    summary = record.summary
    story.append(Paragraph(escape(texts["card.purchases"]), style.heading))
    if purchases:
        story.append(_purchases_table(purchases, texts, currency, width, style))
        total = texts["card.purchases_total"].format(
            count=summary.purchase_count,
            amount=money_text(summary.total_spent, currency, texts.language),
        )
        story.append(Paragraph(f"<b>{escape(total)}</b>", style.body))
    else:
        story.append(Paragraph(escape(texts["card.no_purchases"]), style.body))
    story.append(Paragraph(escape(texts["card.interactions"]), style.heading))
    if interactions:
        story.append(_interactions_table(interactions, texts, width, style))
    else:
        story.append(Paragraph(escape(texts["card.no_interactions"]), style.body))
    return story, report


def write_client_card(
    workspace: Workspace, client_id: int, path: Path, language: str = "ru"
) -> int:
    story, report = client_card_story(workspace, client_id, language)
    return write_pdf(path, story, report)
