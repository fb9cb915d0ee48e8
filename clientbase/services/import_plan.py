"""Planning an import: what each row of a sheet would become, before anything is written.

read file → header row → column mapping → each row to a card (and, on an orders sheet, a
purchase) → duplicates inside the file and against the base → a plan with counts and named
problems. Each card is checked by import_checks, and matched to the base and to earlier rows
by import_matches (with the keys of client_keys); services/importing.py then writes a plan
as one undoable batch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from clientbase.db.bulk import paused_gc
from clientbase.db.database import Database
from clientbase.errors import ImportFileError
from clientbase.exchange.header import (
    Target,
    keep_late_values,
    one_column_a_field,
    propose_mapping,
)
from clientbase.exchange.header_row import find_header_row, header_cells
from clientbase.exchange.side_tables import beside_the_list, hidden_left_out
from clientbase.exchange.table_file import TableData, read_table
from clientbase.exchange.unsaved_formulas import formulas_without_results
from clientbase.exchange.values import text_of
from clientbase.services.client_keys import code_key, person_of, who_of
from clientbase.services.client_merge import merge_cards
from clientbase.services.client_validation import ValidClient, tag_words
from clientbase.services.continued_rows import continuation_lines
from clientbase.services.export_columns import is_full_export
from clientbase.services.import_batches import imported_before
from clientbase.services.import_checks import FieldColumns
from clientbase.services.import_columns import fraction_columns, month_first_columns
from clientbase.services.import_mappings import remembered_mapping
from clientbase.services.import_matches import (
    BaseIndex,
    FileIndex,
    alike_client,
    alike_row,
    find_in_base,
    found_in_base,
    listed_buyer,
    match_keys,
    name_alone,
    own_card,
)
from clientbase.services.import_referrers import link_referrers
from clientbase.services.import_rows import RowReader
from clientbase.services.joined_sheets import sheets_title, tags_of_sheets
from clientbase.services.known_purchases import mark_known_purchases
from clientbase.services.name_columns import require_name_column
from clientbase.services.order_lines import OrderLines
from clientbase.services.planned_rows import (
    DuplicateRule,
    ImportPlan,
    PlannedRow,
    RowAction,
    holds_a_sale,
    purchase_kept,
)
from clientbase.services.purchase_export import is_purchase_export
from clientbase.services.record_words import RecordWords
from clientbase.services.report_groups import report_groups
from clientbase.services.report_purchases import report_purchases
from clientbase.services.report_rows import report_line
from clientbase.services.row_readings import (
    Reading,
    SheetReadings,
    order_line_reading,
    read_and_check,
)
from clientbase.services.sale_returns import settle_returns
from clientbase.services.settings import Settings
from clientbase.services.sheet_sections import section_headings
from clientbase.services.sheet_shapes import reshaped
from clientbase.services.text import fold
from clientbase.services.unchanged_merges import mark_unchanged_merges
from clientbase.services.wide_sales import clients_own, further_group

Progress = Callable[[int, int], None]
_MERGE = DuplicateRule.MERGE
SAMPLE_ROWS = 200
LOG_ROWS = 2_000  # the rows a sales log's clients are looked for coming back in
CHUNK = 500


def with_fixes(table: TableData, fixes: dict[tuple[int, int], str]) -> TableData:
    """The sheet with some cells retyped by the user in the preview: (line, column) → text."""
    if not fixes:
        return table
    rows = [list(row) for row in table.rows]
    for (line, column), text in fixes.items():
        row = rows[line - 1]
        row.extend([None] * (column + 1 - len(row)))
        row[column] = text.strip() or None
    return replace(table, rows=rows)


def hidden_rows_below(table: TableData, header_line: int) -> frozenset[int]:
    """The rows the sheet hides (a filter left on, clients hidden rather than deleted) below
    its column names, as indices of its rows."""
    return frozenset(line for line in table.hidden_rows if line > header_line)


def without_hidden_rows(table: TableData, header_line: int) -> TableData:
    """The sheet with its hidden rows emptied, as the person chose: an empty row is no
    client, and every row keeps its number as the sheet shows it. Unless so chosen, hidden
    rows are imported like the rest: nothing is left out unseen."""
    hidden = hidden_rows_below(table, header_line)
    if not hidden:
        return table
    rows = [[] if line in hidden else row for line, row in enumerate(table.rows)]
    return replace(table, rows=rows, left_out=table.left_out | hidden)


# Why a client list's row has no client of its own: no name, or added to the one above.
_NAMELESS = frozenset({"no_name", "unnamed", "further"})


def read_plan_source(
    path: Path,
    sheet: str | None = None,
    db: Database | None = None,
    require_names: bool = True,
    progress: Progress | None = None,
    language: str = "ru",
) -> tuple[TableData, int, list[Target]]:
    """The sheet, its header row and the proposed mapping (the one last used for a sheet with
    the same column names, when the base `db` remembers one).

    The wizard passes `require_names=False`: there the person can still point at the column
    of names that the headers did not reveal (an Access table's «UserName»), and a
    `progress` whose Cancel stops the reading. A .vcf's contacts come with their column
    names and labels in `language`."""
    still_wanted = None if progress is None else lambda: progress(0, 0)
    table = read_table(path, sheet, still_wanted, language)
    header_line = table.header_line
    if header_line is None:
        header_line = find_header_row(table.rows)
    if header_line is None and sheet is None:
        # A summary sheet before the list: the first sheet after it that has column names.
        names = list(table.sheets)
        for other in names[names.index(table.sheet) + 1 :] if table.sheet in names else []:
            try:
                candidate = read_table(path, other, still_wanted)
            except ImportFileError:
                continue
            header_line = find_header_row(candidate.rows)
            if header_line is not None:
                table = candidate
                break
    if header_line is None:
        raise ImportFileError("no_header", path.name)
    table = reshaped(table, header_line, language, date.today())
    try:
        mapping = mapping_for(table, header_line, path.name, db)
    except ImportFileError as error:
        if error.code == "no_rows" and formulas_without_results(path, table.sheet):
            raise ImportFileError("formulas_not_calculated", path.name) from error
        raise
    if require_names:
        require_name_column(mapping, path.name, header_cells(table.rows, header_line))
    return table, header_line, mapping


def mapping_for(
    table: TableData, header_line: int, file_name: str, db: Database | None = None
) -> list[Target]:
    """The mapping proposed when row `header_line` (0-based) holds the column names: the
    one found, or the one a person chose instead in the wizard; -1: the sheet has no row of
    column names, its first row is a client's (see header_row.find_header_row)."""
    if not -1 <= header_line < len(table.rows):
        raise ImportFileError("no_header", file_name)
    headers = header_cells(table.rows, header_line)
    body = table.rows[header_line + 1 :]
    if not any(any(cell is not None for cell in row) for row in body):
        raise ImportFileError("no_rows", file_name)
    remembered = remembered_mapping(db, headers) if db is not None else None
    samples, rest = body[:SAMPLE_ROWS], body[SAMPLE_ROWS:]
    if remembered:
        return remembered
    # A log of 600 clients' sales names 170 people in its first 200 rows, and 580 in 2,000.
    proposed = propose_mapping(headers, samples, rest[: LOG_ROWS - SAMPLE_ROWS])
    proposed = clients_own(proposed, table, headers)
    proposed = beside_the_list(keep_late_values(proposed, headers, samples, rest), headers, body)
    return hidden_left_out(proposed, headers, table.formats.hidden)


@paused_gc()
def plan_import(
    db: Database,
    settings: Settings,
    table: TableData,
    header_line: int,
    mapping: Sequence[Target],
    file_name: str,
    rule: DuplicateRule = DuplicateRule.MERGE,
    today: date | None = None,
    progress: Progress | None = None,
    decisions: Mapping[int, DuplicateRule] | None = None,
    once: SheetReadings | None = None,
    language: str = "ru",
    local_area: str = "",
) -> ImportPlan:
    """What importing these rows would do; the base is only read. Python's cycle collector
    is paused meanwhile (see db.bulk.bulk_load).

    `rule` says what becomes of a row whose client is already in the base; a client listed
    twice in the file is merged into its first row. `decisions` (sheet line → rule)
    overrides both for single rows, as a person decides them in the preview: merge, update
    (a client of the base), keep as another client, or skip. A duplicate row keeps `reason`
    "duplicate" whatever is decided, so the preview can offer the choice again. A row of
    another first name with a phone, e-mail or card of the base or of an earlier row, or a
    person's beside a company's (reason "shared_contact"), or a row of the name of a client
    there with other contacts (reason "namesake"), is another client unless merged (or
    updated) by decision, whatever `rule` says.
    Any other row can be skipped (reason "decided"), such as one with values that would be
    left out. With `once`, each row is read and checked once for this table, mapping and
    region, however often it is planned again. What the import writes on its own (a
    visit's history entry, a colour's tag) is in `language` (record_words). `local_area`:
    the area code a local number («52-34-56») of a row without a «Код города» is dialled
    with, as the person gives it."""
    decisions = decisions or {}
    mapping = one_column_a_field(mapping)
    headers = [text_of(h) for h in header_cells(table.rows, header_line)]
    require_name_column(mapping, file_name, headers)
    today = today or date.today()
    body = table.rows[header_line + 1 :]
    month_first = month_first_columns(body, mapping, settings.phone_region)
    percents = table.formats.percents | fraction_columns(body, mapping)
    words = RecordWords(language)
    # The program's full export: a row for each card, of which no two are one, the base's
    # alike cards too (own_card). `taken`: the clients of the base rows have found.
    whole, taken = table.own_export or is_full_export(headers), set[int]()
    reader = RowReader(
        headers, mapping, settings.phone_region, today, month_first,
        table.formats.yearless_dates, percents, table.marks, words, as_written=whole,
        local_area=local_area,
    )  # fmt: skip
    where = FieldColumns(headers, mapping)
    orders = Target.PURCHASE_DATE in mapping
    # The program's own purchases sheet: the column of the name each card is listed under.
    own_sales = orders and is_purchase_export(headers) and Target.FULL_NAME in mapping
    buyer = mapping.index(Target.FULL_NAME) if own_sales else None
    base = BaseIndex(db)
    in_file = FileIndex(base)
    planned: list[PlannedRow] = []
    total = len(body)
    readings = (
        once.for_sheet(
            table, (header_line, tuple(mapping), settings.phone_region, today, language, local_area)
        )
        if once is not None
        else {}
    )
    continued = {} if orders else continuation_lines(table, header_line, mapping)
    groups = None if orders else report_groups(table.rows, header_line, mapping)
    if groups is not None and groups.under is None:
        raise ImportFileError("grouped_report", file_name)
    sold = report_purchases(table.rows, headers, groups, today) if groups is not None else {}
    lines = OrderLines(mapping)
    headings = section_headings(table.rows, header_line)
    if orders:
        # «Январь 2026» over a month's sales: no group of clients to tag. An item named
        # alone in its row («Набор VIP») is the order's further line, not a heading.
        headings = {line: "" for line in headings if not lines.is_line(table.rows[line - 1])}
    # Of sheets read as one list, the groups their names say (a month's sales: none).
    sheet_tags = {} if orders else tags_of_sheets(table.parts)
    heading_tag = sheet_tags.get(0, "")  # of the heading the rows being read stand under
    by_line: dict[int, PlannedRow] = {}
    # The first row of the order being read, and its cells, while item rows may follow it.
    order: tuple[PlannedRow, Sequence[object]] | None = None
    before = 0  # the sheet line read last, passing over those left out
    for offset, cells in enumerate(body, start=header_line + 2):
        if progress is not None and offset % 1000 == 0:
            progress(offset - header_line - 2, total)
        if offset - 1 in sheet_tags:
            heading_tag = sheet_tags[offset - 1]
        if offset - 1 in table.left_out:
            continue
        before, just_before = offset, before
        if orders and order is not None and lines.is_line(cells, order[1]):
            item = readings.get(offset)
            if item is None:
                item = order_line_reading(
                    offset, lines.completed(cells, order[1]), headers, mapping, today, reader
                )
                readings[offset] = item
            planned.append(_order_line(offset, item, order[0]))
            continue
        order = None
        if groups is not None and (grouped := report_line(offset, groups, sold)) is not None:
            planned.append(grouped)
            continue
        if offset in headings and decisions.get(offset) is not DuplicateRule.KEEP:
            # A row taken for a heading that the person says is a client is read as one
            # (DuplicateRule.KEEP); the clients after it stay under the heading above.
            heading_tag = headings[offset]
            planned.append(
                PlannedRow(offset, RowAction.SKIP, None, [], reason="heading", tag=heading_tag)
            )
            continue
        if offset in readings:
            reading = readings[offset]
        else:
            reading = read_and_check(
                offset, cells, reader, headers, mapping, settings.phone_region, today, orders,
                where,
            )  # fmt: skip
            readings[offset] = reading
        if reading is None:
            continue  # a blank row
        valid, purchase = reading.valid, reading.purchase
        if heading_tag and valid is not None and not reading.skipped:
            valid = _tagged(valid, heading_tag)
        starts_order = orders and lines.starts_order(cells)
        if valid is not None and reading.skipped == "nameless":
            last = next((row for row in reversed(planned) if row.reason != "sale_unread"), None)
            above = last if last is not None and last.line == just_before else None
            planned.append(_order_of_known_client(offset, valid, reading, in_file, base, above))
            # Its client's, as a named row's are: the notes, the visit booked or called off
            # that a book writes on a sale's row under the client's name.
            if (client_row := _client_above(by_line, planned[-1].same_as_line)) is not None:
                client_row.take_row(valid.data, reading, settings.phone_region, words)
            order = (planned[-1], cells) if starts_order else None
            continue
        if valid is not None and reading.skipped == "unnamed":
            # A row's further calls or visits, spread under it (wide_sales, month_sales), go
            # on its client: no choice to make.
            further = further_group(table, offset)
            decided = _MERGE if further else decisions.get(offset)
            # Under another row without a name (a client's note lines, one a row), the
            # client above that one.
            last = planned[-1] if planned else None
            if last is not None and last.reason in _NAMELESS and last.above_line is not None:
                above = _client_above(by_line, last.above_line)
            else:
                above = _client_above(by_line, last.line) if last else None
            planned.append(
                _unnamed_row(offset, valid, reading, above, decided, settings, words, further)
            )
            continue
        if valid is None:
            if reading.skipped == "sale_unread":
                before = just_before  # the purchases under it are still the client's above
            action = RowAction.ERROR if reading.skipped == "no_name" else RowAction.SKIP
            planned.append(
                PlannedRow(offset, action, None, list(reading.problems), reason=reading.skipped)
            )
            order = (planned[-1], cells) if starts_order else None
            continue
        listed = text_of(cells[buyer]) if buyer is not None and buyer < len(cells) else ""
        if listed and (client := listed_buyer(base, valid, listed)) is not None:
            # A sale of the card the program's own purchases sheet lists: the card stays.
            planned.append(PlannedRow(
                offset, RowAction.SKIP, None, list(reading.problems), client_id=client,
                reason="purchase_only", purchase=purchase,
            ))  # fmt: skip
            by_line[offset] = planned[-1]
            order = (planned[-1], cells) if starts_order else None
            continue
        row = PlannedRow(
            offset, RowAction.NEW, valid.data, list(reading.problems), valid=valid,
            purchase=purchase, archived=reading.archived, since=reading.since,
            reminder=reading.reminder, calls=list(reading.calls),
            dated=list(reading.dated), referrer=reading.referrer,
        )  # fmt: skip
        keys = match_keys(valid, by_name=orders)
        person = person_of(valid)
        who = who_of(valid.data.kind, valid.data.first_name, valid.data.last_name)
        decided = decisions.get(offset)
        earlier = _client_above(by_line, continued.get(offset))
        if earlier is None:
            code, kpp = code_key(valid.data.client_code), valid.data.kpp
            earlier = in_file.find(keys, person, code, who, kpp)
        if earlier is None and not orders and name_alone(valid):
            earlier = in_file.named(valid)  # «Сидоров Пётр» twice, and nothing else
        if earlier is None and orders and not found_in_base(base, valid, person):
            # «Иванова Мария» below «Иванова Мария Петровна»: where the base has neither.
            earlier = in_file.named_shorter(valid, code_key(valid.data.client_code))
        mine = None  # the client of the base the row finds, where already looked for
        if whole:
            earlier = None  # a row of the program's own export is a card of its own
        elif earlier is not None and earlier.client_id in taken:
            # A row whose phone finds its client in the base goes to that client, though
            # it shares an e-mail with an earlier row of another (a company's two cards).
            mine = find_in_base(base, valid, person)
            earlier = earlier if mine is None or mine == earlier.client_id else None
        if earlier is not None and earlier.data is not None:
            row.same_as_line, row.reason = earlier.line, "duplicate"
            if decided is DuplicateRule.KEEP:
                # Another client after all, as the person decided, whatever the base holds.
                in_file.add(row, keys, person)
            elif decided is DuplicateRule.SKIP:
                row.action, row.client_id = RowAction.SKIP, earlier.client_id
            else:
                merged = merge_cards(earlier.data, valid.data, settings.phone_region, words)
                # A regular's next sale, visit or call on a log, the card as the row above
                # has it: nothing to decide (a shop's log has thousands such rows).
                brings = purchase is not None or bool(reading.calls or reading.dated)
                row.unchanged = brings and merged == earlier.data
                if not row.unchanged:
                    earlier.data, earlier.valid = merged, None
                earlier.take_over(reading)
                row.action, row.client_id = RowAction.MERGE_IN_FILE, earlier.client_id
        else:
            # The own export's row is a card as it is: its birthday and a like name are
            # looked for only after its own card (own_card).
            if (existing := mine) is None:
                existing = find_in_base(base, valid, None if whole else person)
            if whole and (existing is None or existing in taken):
                existing = own_card(base, valid, taken, person) or existing
            if existing is None and (orders or name_alone(valid)):
                # A list imported again: its row of a name alone is the client of that name,
                # not another one each time (one the base knows more of by now, too).
                existing = base.named(valid, alone=not orders)
                if existing is None and orders:
                    existing = base.named_shorter(valid)
                if existing is not None and base.other_code(existing, valid):
                    existing = None
            if existing is not None:
                row.client_id = existing
                taken.add(existing)
                row.action = {
                    DuplicateRule.MERGE: RowAction.MERGE,
                    DuplicateRule.UPDATE: RowAction.MERGE,
                    DuplicateRule.SKIP: RowAction.SKIP,
                    DuplicateRule.KEEP: RowAction.NEW,
                }[decided or rule]
                row.reason, row.updates = "duplicate", (decided or rule) is DuplicateRule.UPDATE
                in_file.add(row, keys, person)
            elif not whole and (alike := alike_row(in_file, valid, keys, who, orders)):
                # Another person at the same phone, or a company's director at the company's;
                # a namesake, or the client with a new phone: another client, unless the
                # person says otherwise. (The program's own export says its rows apart.)
                sharer, row.reason = alike
                row.same_as_line = sharer.line
                if decided is DuplicateRule.MERGE and sharer.data is not None:
                    sharer.take_row(valid.data, reading, settings.phone_region, words)
                    row.action, row.client_id = RowAction.MERGE_IN_FILE, sharer.client_id
                elif decided is DuplicateRule.SKIP:
                    row.action = RowAction.SKIP
                else:
                    in_file.add(row, keys, person)
            elif (alike_id := alike_client(base, valid, orders)) is not None:
                sharer_id, row.reason = alike_id
                if decided in (DuplicateRule.MERGE, DuplicateRule.UPDATE):
                    row.action, row.client_id = RowAction.MERGE, sharer_id
                    row.updates = decided is DuplicateRule.UPDATE  # the client's new phone
                elif decided is DuplicateRule.SKIP:
                    # Not the client's purchase either: no client_id (see purchase_kept).
                    row.action = RowAction.SKIP
                else:
                    row.client_id = sharer_id
                    in_file.add(row, keys, person)
            elif decided is DuplicateRule.SKIP:
                # Left out as the person chose (a row with bad values, say): later rows of
                # the same client are not merged into it.
                row.action, row.reason = RowAction.SKIP, "decided"
            else:
                in_file.add(row, keys, person)
        if row.action is RowAction.SKIP:
            row.card_left_alone(reading)
        planned.append(row)
        by_line[offset] = row
        order = (row, cells) if starts_order else None
    plan = ImportPlan(
        file_name, sheets_title(table), header_line, headers, list(mapping), planned,
        words.language, whole, table.parts, table.digest, imported_before(db, table.digest),
        table.lines,
    )  # fmt: skip
    if orders:
        # Before the sales the base has are marked: a sheet imported again finds the
        # returned sale there too, and its return stays quiet.
        returns = {line: r.returned for line, r in readings.items() if r and r.returned}
        settle_returns(db, plan, returns, words)
    if Target.REFERRER in mapping:
        header = headers[mapping.index(Target.REFERRER)]
        link_referrers(planned, base, settings.phone_region, header)
    if orders or sold:
        mark_known_purchases(db, plan)
    mark_unchanged_merges(db, plan, settings.phone_region)
    return plan


def _tagged(card: ValidClient, heading: str) -> ValidClient:
    """The card with the tags of the heading it stands under, once."""
    new = [t for t in tag_words([heading]) if all(fold(t) != fold(own) for own in card.tags)]
    if not new:
        return card
    tags = sorted([*card.tags, *new], key=str.casefold)
    return replace(card, data=replace(card.data, tags=[*card.data.tags, *new]), tags=tags)


def _unnamed_row(
    line: int,
    card: ValidClient,
    reading: Reading,
    above: PlannedRow | None,
    decided: DuplicateRule | None,
    settings: Settings,
    words: RecordWords,
    further: bool = False,
) -> PlannedRow:
    """A client list's row with values and no name: not imported, unless the person adds it
    to the client in the row above (DuplicateRule.MERGE), whose card then takes its phones,
    e-mails and notes. Either way the preview shows what it holds. A `further` row is the
    client's above as the program spread it (its next visit): no choice to make."""
    problems = list(reading.problems)
    if above is None or above.data is None:
        return PlannedRow(line, RowAction.ERROR, None, problems, reason="no_name", valid=card)
    if decided is DuplicateRule.MERGE:
        above.take_row(card.data, reading, settings.phone_region, words)
        return PlannedRow(
            line, RowAction.MERGE_IN_FILE, None, problems, client_id=above.client_id,
            same_as_line=above.line, reason="further" if further else "unnamed", valid=card,
            above_line=above.line,
        )  # fmt: skip
    return PlannedRow(
        line, RowAction.ERROR, None, problems, reason="no_name", valid=card,
        above_line=above.line,
    )  # fmt: skip


def _client_above(by_line: Mapping[int, PlannedRow], line: int | None) -> PlannedRow | None:
    """The planned row holding the client of sheet line `line`: that row, or the one it was
    merged into; None when that client is not written (a row skipped by choice)."""
    seen: set[int] = set()
    while line is not None and line not in seen and (row := by_line.get(line)) is not None:
        if row.data is not None:
            return row if row.action in (RowAction.NEW, RowAction.MERGE) else None
        seen.add(line)
        line = row.same_as_line if row.action is RowAction.MERGE_IN_FILE else None
    return None


def _order_line(line: int, reading: Reading, first: PlannedRow) -> PlannedRow:
    """An item row, planned as a line of the purchase of its order's first row: imported
    when that row's purchase is."""
    if not purchase_kept(first):
        # Its lines go with the first row: skipped with it, or not imported for the reason
        # named there (no name, an unreadable date).
        action = RowAction.SKIP if first.action is RowAction.SKIP else RowAction.ERROR
        return PlannedRow(line, action, None, [], same_as_line=first.line, reason="order_line")
    return PlannedRow(
        line, RowAction.MERGE_IN_FILE, None, list(reading.problems), client_id=first.client_id,
        same_as_line=first.line, reason="order_line", purchase=reading.purchase,
    )  # fmt: skip


def _order_of_known_client(
    line: int,
    known_by: ValidClient,
    reading: Reading,
    in_file: FileIndex,
    base: BaseIndex,
    above: PlannedRow | None,
) -> PlannedRow:
    """An order row without a client's name: its purchase goes to the client its phone,
    e-mail, loyalty card or client code finds: earlier in the file (whose card the caller
    gives the row's notes), or in the base, whose card it leaves as it is. A row that names
    no one at all, right under a sale (a hand-kept book writes a client's name once, over
    the client's sales and visits), is the client's above; any other row that finds no one
    is a row without a name."""
    problems = list(reading.problems)
    keys = match_keys(known_by)
    if not keys and not known_by.data.client_code and above is not None and holds_a_sale(above):
        if above.action is RowAction.SKIP:  # a purchase of a client of the base
            return PlannedRow(
                line, RowAction.SKIP, None, problems, client_id=above.client_id,
                reason="purchase_only", purchase=reading.purchase, dated=list(reading.booked),
                calls=list(reading.called_off),
            )  # fmt: skip
        client_line = above.same_as_line if above.action is RowAction.MERGE_IN_FILE else above.line
        return PlannedRow(
            line, RowAction.MERGE_IN_FILE, None, problems, client_id=above.client_id,
            same_as_line=client_line, reason="purchase_only", purchase=reading.purchase,
        )  # fmt: skip
    earlier = in_file.find(keys, None, code_key(known_by.data.client_code))
    if earlier is not None and earlier.data is not None:
        return PlannedRow(
            line, RowAction.MERGE_IN_FILE, None, problems, client_id=earlier.client_id,
            same_as_line=earlier.line, reason="purchase_only", purchase=reading.purchase,
        )  # fmt: skip
    existing = find_in_base(base, known_by, None)
    if existing is not None:
        return PlannedRow(
            line, RowAction.SKIP, None, problems, client_id=existing, reason="purchase_only",
            purchase=reading.purchase, dated=list(reading.booked), calls=list(reading.called_off),
        )  # fmt: skip
    return PlannedRow(line, RowAction.ERROR, None, problems, reason="no_name")
