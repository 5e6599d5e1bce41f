/**
 * CSV: one row per finding, for a spreadsheet or a database, in the finding-row layout of every
 * table output (finding-rows.ts) with the columns' program names as the header and severities as
 * ids. UTF-8 with a byte-order mark (so Excel shows Vietnamese correctly), CRLF line ends, the
 * message in both languages (the output's language first).
 */
import { csvField } from './escape.js';
import { findingColumns, findingRows } from './finding-rows.js';
import type { Lang, ReportInput } from './input.js';

export interface CsvOptions {
  readonly lang?: Lang;
}

export function renderCsv({ report }: ReportInput, options: CsvOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const lines = [
    findingColumns(lang)
      .map((c) => c.key)
      .join(','),
  ];
  for (const row of findingRows(report.findings, lang, 'programs')) {
    lines.push(row.map(csvField).join(','));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
