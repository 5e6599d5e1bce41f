/**
 * CSV: one row per finding, for a spreadsheet or a database. UTF-8 with a byte-order mark (so Excel
 * shows Vietnamese correctly), CRLF line ends, Vietnamese and English messages side by side.
 */
import { csvField } from './escape.js';
import type { ReportInput } from './input.js';

const COLUMNS = [
  'workbook',
  'sheet',
  'cell',
  'row',
  'rule',
  'severity',
  'subject',
  'agency',
  'expected',
  'actual',
  'quote',
  'message_vi',
  'message_en',
] as const;

export function renderCsv({ report }: ReportInput): string {
  const lines = [COLUMNS.join(',')];
  for (const f of report.findings) {
    lines.push(
      [
        f.location?.workbook,
        f.location?.sheet,
        f.location?.cell,
        f.location?.row,
        f.rule,
        f.severity,
        f.subject.title ?? f.subject.id,
        f.agency,
        f.expected,
        f.actual,
        f.quote,
        f.message.vi,
        f.message.en,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
