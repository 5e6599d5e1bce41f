/**
 * The roster table handler: the units that owe reports, with the group ("Khối") each belongs to,
 * kept for the workbook's report check (a group in a pack's report expands through it).
 */
import type { Row, SheetInfo } from '../model/sheet.js';
import { cellsByField, type RosterField, type SimpleHeader } from '../table/simple-headers.js';
import type { SheetResult } from './result.js';
import type { TableHandler, WorkbookState } from './workbook-state.js';

export function rosterTable(
  wb: WorkbookState,
  info: SheetInfo,
  header: SimpleHeader<RosterField>,
  pending: readonly Row[],
): TableHandler {
  let rows = 0;
  function push(row: Row): void {
    if (row.number <= header.row) return;
    const cells = cellsByField(row, header);
    // Group rows ("I", "II.") carry no unit of their own.
    if (!cells.unit || /^[IVX]+\.?$/.test(cells.index?.text ?? '')) return;
    rows++;
    wb.roster.push({
      unit: cells.unit.text,
      ...(cells.group ? { group: cells.group.text } : {}),
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
