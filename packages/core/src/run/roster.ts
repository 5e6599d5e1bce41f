/**
 * The roster table handler: the units that owe reports, with the group ("Khối") each belongs to,
 * kept for the workbook's report check (a group in a pack's report expands through it). The group
 * is the unit's cell under the group column, a group name merged down over its units included
 * ("Khối Đảng" once, over three rows); with no group column, the group row above the unit
 * ("I | KHỐI CƠ QUAN CHUYÊN MÔN").
 */
import type { Row, SheetInfo } from '../model/sheet.js';
import { cellsByField, type RosterField, type SimpleHeader } from '../table/simple-headers.js';
import { MergedColumns } from '../table/merged-cells.js';
import { classifySimpleRow } from '../table/simple-rows.js';
import type { SheetResult } from './result.js';
import type { SkipLog } from './understanding.js';
import type { TableHandler, WorkbookState } from './workbook-state.js';

export function rosterTable(
  wb: WorkbookState,
  info: SheetInfo,
  header: SimpleHeader<RosterField>,
  pending: readonly Row[],
  /** Where skipped rows are counted, when the check explains itself. */
  skips?: SkipLog,
): TableHandler {
  let rows = 0;
  let ended = false;
  const groupCol = header.columns.group;
  const merged =
    groupCol !== undefined ? new MergedColumns(info.merges ?? [], new Set([groupCol])) : undefined;
  /** With no group column: the last group row's name ("KHỐI XÃ, THỊ TRẤN"). */
  let section: string | undefined;
  function push(raw: Row): void {
    if (raw.number <= header.row) return;
    const row = merged ? merged.fill(raw) : raw;
    if (ended) {
      skips?.add(row, 'footer');
      return;
    }
    // Group rows ("I", "II.") carry no unit of their own; the signature block ends the list.
    const kind = classifySimpleRow(row, header.columns);
    if (kind === 'footer') ended = true;
    if (kind !== 'record') {
      if (kind === 'section' && groupCol === undefined) section = sectionName(row);
      skips?.add(row, kind);
      return;
    }
    const cells = cellsByField(row, header);
    if (!cells.unit) return;
    rows++;
    const group = cells.group?.text ?? section;
    const place = cells.place?.text.trim();
    wb.roster.push({
      unit: cells.unit.text,
      ...(group !== undefined ? { group } : {}),
      ...(place ? { place } : {}),
      sheet: info.name,
      address: cells.unit.address,
      row: row.number,
    });
  }
  function finish(): SheetResult {
    return { name: info.name, state: info.state, table: 'roster', tasks: rows };
  }
  for (const r of pending) push(r);
  return { push, finish };
}

/** A group row's name: its text other than the roman or letter index ("I" | "KHỐI ĐẢNG"). */
function sectionName(row: Row): string | undefined {
  const texts = row.cells
    .map((c) => c.text.trim())
    .filter((t) => t !== '' && !/^(?:[IVXLC]+|[A-ZĐ])[.)]?$/.test(t));
  return texts.length > 0 ? texts.join(' ') : undefined;
}
