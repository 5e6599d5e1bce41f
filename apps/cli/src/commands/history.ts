/**
 * `dondoc history <file.sqlite>`: per agency over time, and per item its status at each check,
 * as text, CSV, XLSX, HTML (with a trend chart) or JSON; filtered by --since, --pack, --agency.
 */
import ExcelJS from 'exceljs';
import { formatDate, parseDateArgument } from '@dondoc/core';
import {
  AGENCY_COLUMNS,
  ITEM_COLUMNS,
  agencyRow,
  itemMatrix,
  renderHistoryHtml,
} from '@dondoc/history';
import { csvField, xmlSafeText } from '@dondoc/report';
import { openHistoryFile } from '../history.js';
import { configFor } from '../config.js';
import { writeFileAtomic } from '../io.js';
import { CliError } from '../messages.js';
import { usage, type CliContext } from '../program.js';

/** What `dondoc history` is given, after parsing. */
export interface HistoryCommandOptions {
  readonly since?: string;
  readonly pack?: string;
  readonly agency?: string;
  readonly format?: string;
  readonly out?: string;
}

export async function runHistory(
  file: string | undefined,
  values: HistoryCommandOptions,
  ctx: CliContext,
): Promise<number> {
  const { lang, out } = ctx;
  if (file === undefined) {
    // The history file of the config file of this folder, when it names one.
    const loaded = configFor(process.cwd(), undefined);
    if (loaded?.config.history !== undefined) file = loaded.resolve(loaded.config.history);
  }
  if (file === undefined) {
    throw usage('history', {
      vi: 'Chưa chỉ ra tệp lịch sử kiểm tra.',
      en: 'No history file given.',
    });
  }
  const sinceDay = values.since === undefined ? undefined : parseDateArgument(values.since);
  if (values.since !== undefined && sinceDay === undefined) {
    throw new CliError({
      vi: `Ngày "${values.since}" không hợp lệ; viết theo dạng dd/mm/yyyy hoặc YYYY-MM-DD.`,
      en: `Invalid date "${values.since}"; write it as dd/mm/yyyy or YYYY-MM-DD.`,
    });
  }
  const since = sinceDay === undefined ? undefined : formatDate(sinceDay, 'iso');
  const format = values.format ?? 'text';
  if (!['text', 'csv', 'xlsx', 'html', 'json'].includes(format)) {
    throw new CliError({
      vi: `Định dạng "${format}" không có; chọn text, csv, xlsx, html hoặc json.`,
      en: `Unknown format "${format}"; choose text, csv, xlsx, html or json.`,
    });
  }
  if (format === 'xlsx' && values.out === undefined) {
    throw new CliError({ vi: 'Định dạng xlsx cần --out.', en: 'The xlsx format needs --out.' });
  }
  const { existsSync } = await import('node:fs');
  if (!existsSync(file)) {
    throw new CliError({
      vi: `Không có tệp lịch sử "${file}".`,
      en: `There is no history file "${file}".`,
    });
  }
  const filter = {
    ...(since !== undefined ? { since } : {}),
    ...(values.pack !== undefined ? { pack: values.pack } : {}),
    ...(values.agency !== undefined ? { agency: values.agency } : {}),
  };
  const store = openHistoryFile(file);
  let points, items, runs;
  try {
    [points, items, runs] = await Promise.all([
      store.agencyTrend(filter),
      store.itemTimelines(filter),
      store.runs(filter),
    ]);
  } finally {
    await store.close();
  }
  const { dates, rows } = itemMatrix(items);
  let output: string | Uint8Array;
  if (format === 'json') {
    output = JSON.stringify({ runs, agencies: points, items }, null, 2) + '\n';
  } else if (format === 'html') {
    output = renderHistoryHtml(points, items, lang);
  } else if (format === 'csv') {
    const table = [
      [...AGENCY_COLUMNS[lang]],
      ...points.map((p) => agencyRow(p, lang)),
      [],
      [...ITEM_COLUMNS[lang], ...dates],
      ...rows,
    ];
    output =
      '\ufeff' +
      table.map((r) => r.map((v) => csvField(String(v))).join(',')).join('\r\n') +
      '\r\n';
  } else if (format === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'dondoc';
    const agencies = wb.addWorksheet(lang === 'vi' ? 'Theo đơn vị' : 'By agency', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    agencies.addRow([...AGENCY_COLUMNS[lang]]).font = { bold: true };
    for (const p of points) agencies.addRow(agencyRow(p, lang).map(cellValue));
    const perItem = wb.addWorksheet(lang === 'vi' ? 'Theo nội dung' : 'By item', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    perItem.addRow([...ITEM_COLUMNS[lang], ...dates]).font = { bold: true };
    for (const r of rows) perItem.addRow(r.map(cellValue));
    output = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  } else {
    const lines = [
      lang === 'vi'
        ? `${runs.length} lần kiểm tra đã ghi${runs.length ? `, từ ngày ${runs[0]!.asOf} đến ngày ${runs.at(-1)!.asOf}` : ''}.`
        : `${runs.length} recorded check(s)${runs.length ? `, ${runs[0]!.asOf} to ${runs.at(-1)!.asOf}` : ''}.`,
      '',
      AGENCY_COLUMNS[lang].join(' | '),
      ...points.map((p) => agencyRow(p, lang).join(' | ')),
    ];
    output = lines.join('\n') + '\n';
  }
  if (values.out !== undefined) {
    await writeFileAtomic(values.out, output);
    ctx.wrote(values.out);
  } else out.write(typeof output === 'string' ? output : Buffer.from(output));
  return 0;
}

/**
 * Text cells go in exactly as written (a string cell is never read as a formula; the formula guard
 * is CSV's), without the characters XML 1.0 forbids.
 */
function cellValue(v: string | number): string | number {
  return typeof v === 'string' ? xmlSafeText(v) : v;
}
