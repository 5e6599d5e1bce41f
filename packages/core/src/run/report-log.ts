/**
 * The report log handler: the lines of a received-reports log ("Sổ nhận báo cáo": unit, report,
 * period, date received), kept for the workbook's report check, which matches them to the pack's
 * report obligations once every sheet is read.
 */
import { cellAddress, type Row, type SheetInfo } from '../model/sheet.js';
import { cellsByField, type LogField, type SimpleHeader } from '../table/simple-headers.js';
import { classifySimpleRow } from '../table/simple-rows.js';
import type { SheetResult } from './result.js';
import type { SkipLog } from './understanding.js';
import type { TableHandler, WorkbookState } from './workbook-state.js';

export function reportLogTable(
  wb: WorkbookState,
  info: SheetInfo,
  header: SimpleHeader<LogField>,
  pending: readonly Row[],
  /** Where skipped rows are counted, when the check explains itself. */
  skips?: SkipLog,
): TableHandler {
  let rows = 0;
  let ended = false;
  wb.logFound = true;
  function push(row: Row): void {
    if (row.number <= header.row) return;
    if (ended) {
      skips?.add(row, 'footer');
      return;
    }
    const kind = classifySimpleRow(row, header.columns);
    if (kind === 'footer') ended = true;
    if (kind !== 'record') {
      skips?.add(row, kind);
      return;
    }
    const cells = cellsByField(row, header);
    if (!cells.unit) return;
    rows++;
    wb.log.push({
      unit: cells.unit.text,
      report: cells.report?.text ?? '',
      period: cells.period?.text ?? '',
      number: cells.number?.text ?? '',
      status: cells.status?.text ?? '',
      received: cells.received
        ? {
            value: cells.received.value,
            text: cells.received.text,
            address: cells.received.address,
          }
        : undefined,
      note: cells.note?.text ?? '',
      sheet: info.name,
      row: row.number,
      unitAddress: cells.unit.address,
      ...(header.columns.received !== undefined
        ? { receivedAddress: cellAddress(row.number, header.columns.received) }
        : {}),
    });
  }
  function finish(): SheetResult {
    return { name: info.name, state: info.state, table: 'reports', tasks: rows };
  }
  for (const r of pending) push(r);
  return { push, finish };
}
