/**
 * The roster table handler: the units that owe reports, with the group ("Khối") each belongs to,
 * kept for the workbook's report check (a group in a pack's report expands through it).
 */
import type { Row, SheetInfo } from '../model/sheet.js';
import { cellsByField, type RosterField, type SimpleHeader } from '../table/simple-headers.js';
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
  function push(row: Row): void {
    if (row.number <= header.row) return;
    if (ended) {
      skips?.add(row, 'footer');
      return;
    }
    // Group rows ("I", "II.") carry no unit of their own; the signature block ends the list.
    const kind = classifySimpleRow(row, header.columns);
    if (kind === 'footer') ended = true;
    if (kind !== 'record') {
      skips?.add(row, kind);
      return;
    }
    const cells = cellsByField(row, header);
    if (!cells.unit) return;
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
