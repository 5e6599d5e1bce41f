/**
 * The HTML report, read and printed as an office's: one self-contained file (no network, no fonts or
 * scripts to fetch) in one language (Vietnamese unless English is asked for). Summary tiles, the
 * narrative summary, bar charts of findings by agency and by rule (the rule registry's names), the
 * scorecards (per agency, and per workbook for a batch; html-scorecards.ts), then
 * per workbook a numbered table (STT, level and rule, Đơn vị, the finding, where, the value found,
 * the quote of the obligation), errors first. Prints on landscape A4, 15 findings or more a page.
 * Every value that came from a workbook or a pack is escaped.
 */
import {
  formatViDate,
  parseIsoDate,
  ruleName,
  type Finding,
  type Message,
  type Severity,
  type WorkbookResult,
} from '@dondoc/core';
import { inLanguage } from './bilingual.js';
import { escapeHtml as h } from './escape.js';
import { SCORECARD_STYLE, scorecardsHtml } from './html-scorecards.js';
import type { Lang, ReportInput } from './input.js';
import { SEVERITY_NAMES as SEVERITY } from './severity.js';
import { countBy, narrativeOf } from './summary.js';

const STATUS: Readonly<Record<string, Message>> = {
  checked: { vi: 'đã kiểm tra', en: 'checked' },
  'no-table': { vi: 'không có bảng theo dõi', en: 'no tracking table' },
  unreadable: { vi: 'không đọc được', en: 'unreadable' },
};

/** A label in the report's one language, escaped. */
function label(m: Message, lang: Lang): string {
  return h(m[lang]);
}

/** dd/mm/yyyy, the documents' form, whatever the language; the text itself when not a date. */
function shownDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? formatViDate(date) : iso;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A bar per label, split by severity (errors first), as wide as its share of the largest. */
function bars(
  title: Message,
  findings: readonly Finding[],
  key: (f: Finding) => string | undefined,
  lang: Lang,
  limit = Infinity,
  name: (key: string) => string = (k) => k,
): string {
  const counts = countBy(findings, key).slice(0, limit);
  if (counts.length === 0) return '';
  const bySeverity = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const k = key(f);
    if (k === undefined) continue;
    const entry = bySeverity.get(k) ?? { error: 0, warning: 0, info: 0 };
    entry[f.severity]++;
    bySeverity.set(k, entry);
  }
  const max = Math.max(...counts.map(([, n]) => n));
  const rows = counts
    .map(([label, n]) => {
      const parts = bySeverity.get(label)!;
      const segments = SEVERITIES.filter((s) => parts[s] > 0)
        .map(
          (s) =>
            `<div class="bar ${s}" style="width:${Math.max(1, (parts[s] / max) * 100).toFixed(1)}%" title="${h(SEVERITY[s][lang])}: ${parts[s]}"></div>`,
        )
        .join('');
      return (
        `<div class="bar-row"><div class="bar-label" title="${h(label)}">${h(name(label))}</div>` +
        `<div class="bar-track">${segments}</div><div class="bar-value">${n}</div></div>`
      );
    })
    .join('\n');
  return `<section class="chart"><h3>${label(title, lang)}</h3>\n${rows}\n</section>`;
}

function legend(lang: Lang): string {
  return `<div class="legend">${SEVERITIES.map((s) => `<span><i class="bar ${s}"></i>${label(SEVERITY[s], lang)}</span>`).join('')}</div>`;
}

function tile(name: Message, n: number | undefined, tone: string, lang: Lang): string {
  const figure =
    n === undefined
      ? `<div class="tile-n">—</div><div class="tile-label">${label(name, lang)}</div><div class="tile-note">${label(NOT_CHECKED, lang)}</div>`
      : `<div class="tile-n">${n}</div><div class="tile-label">${label(name, lang)}</div>`;
  return `<div class="tile ${n === undefined ? 'muted' : tone}">${figure}</div>`;
}

const NOT_CHECKED: Message = {
  vi: 'không có trong sổ đã kiểm tra',
  en: 'not in the checked workbooks',
};

/**
 * The three figures auditors ask first (tasks overdue, reports missing, indicators unmet) and the
 * total. A kind of obligation the checked workbooks do not hold shows "—", never a reassuring 0.
 */
function summaryTiles(input: ReportInput, lang: Lang): string {
  const { report, workbooks } = input;
  const n = (rule: string) => report.summary.byRule[rule] ?? 0;
  const has = (prefix: string, table: string, evaluated: (w: WorkbookResult) => boolean) =>
    report.findings.some((f) => f.rule.startsWith(prefix)) ||
    workbooks.some((w) => w.sheets.some((s) => s.table === table) || evaluated(w));
  const tasks = has('task/', 'tasks', () => false);
  const reports = has('report/', 'reports', (w) => (w.stats?.reports.units ?? 0) > 0);
  const indicators = has(
    'indicator/',
    'indicators',
    (w) => (w.stats?.indicators.evaluated ?? 0) > 0,
  );
  const tone = (count: number) => (count > 0 ? 'red' : 'green');
  const overdue = n('task/overdue');
  const missing = n('report/missing');
  const unmet = n('indicator/unmet');
  return [
    tile(
      { vi: 'Nhiệm vụ quá hạn', en: 'Tasks overdue' },
      tasks ? overdue : undefined,
      tone(overdue),
      lang,
    ),
    tile(
      { vi: 'Báo cáo chưa gửi', en: 'Reports missing' },
      reports ? missing : undefined,
      tone(missing),
      lang,
    ),
    tile(
      { vi: 'Chỉ tiêu không đạt', en: 'Indicators unmet' },
      indicators ? unmet : undefined,
      tone(unmet),
      lang,
    ),
    tile(
      { vi: 'Tổng số phát hiện', en: 'All findings' },
      report.findings.length,
      report.summary.error > 0 ? 'red' : report.findings.length > 0 ? 'amber' : 'green',
      lang,
    ),
  ].join('\n');
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; in sheet order within each. */
export function errorsFirst(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => [f, i] as const)
    .sort((a, b) => SEVERITY_ORDER[a[0].severity] - SEVERITY_ORDER[b[0].severity] || a[1] - b[1])
    .map(([f]) => f);
}

const COLUMNS: readonly (readonly [string, Message])[] = [
  ['no', { vi: 'STT', en: 'No.' }],
  ['level', { vi: 'Mức, loại', en: 'Level, rule' }],
  ['agency', { vi: 'Đơn vị', en: 'Agency' }],
  ['finding', { vi: 'Nội dung phát hiện', en: 'Finding' }],
  ['where', { vi: 'Vị trí', en: 'Where' }],
  ['value', { vi: 'Ghi trong sổ', en: 'Value found' }],
  ['quote', { vi: 'Trích văn bản', en: 'Quote' }],
];

function findingTable(findings: readonly Finding[], lang: Lang): string {
  const head = COLUMNS.map(([key, name]) => `<th class="c-${key}">${label(name, lang)}</th>`);
  const rows = errorsFirst(findings).map((f, i) => findingRow(f, i + 1, lang));
  return `<table class="findings"><thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function findingRow(f: Finding, no: number, lang: Lang): string {
  const cell = f.location?.cell ? `<b>${h(f.location.cell)}</b>` : '';
  const where = f.location?.sheet ? `${h(f.location.sheet)}${cell ? `<br>${cell}` : ''}` : cell;
  return (
    `<tr class="sev-${f.severity}">` +
    `<td class="c-no">${no}</td>` +
    `<td class="c-level"><span class="badge ${f.severity}">${h(SEVERITY[f.severity][lang])}</span>` +
    `<div class="rule">${h(ruleName(f.rule, lang))}</div><div class="rule-id">${h(f.rule)}</div></td>` +
    `<td class="c-agency">${f.agency ? h(f.agency) : ''}</td>` +
    `<td class="c-finding">${h(f.message[lang])}</td>` +
    `<td class="c-where">${where}</td>` +
    `<td class="c-value"><div class="clamp">${f.actual !== undefined ? h(inLanguage(f.actual, lang)) : ''}</div></td>` +
    `<td class="c-quote"><div class="clamp">${f.quote !== undefined ? `“${h(f.quote)}”` : ''}</div></td>` +
    '</tr>'
  );
}

const STYLE = `
@page { size: A4 landscape; margin: 10mm 10mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Noto Serif", Georgia, serif; color: #1a1a1a; margin: 0; padding: 24px; font-size: 14px; line-height: 1.45; background: #fff; }
header { border-bottom: 2px solid #8b1a1a; padding-bottom: 8px; margin-bottom: 16px; }
h1 { font-size: 22px; margin: 0 0 4px; color: #8b1a1a; text-transform: uppercase; letter-spacing: .02em; }
h2 { font-size: 17px; margin: 22px 0 8px; border-bottom: 1px solid #ccc; padding-bottom: 3px; }
h3 { font-size: 14px; margin: 0 0 8px; }
.meta { color: #444; }
.tiles { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0; }
.tile { flex: 1 1 150px; border: 1px solid #ddd; border-left: 6px solid #999; padding: 10px 12px; border-radius: 4px; }
.tile-n { font-size: 28px; font-weight: bold; }
.tile.red { border-left-color: #b42318; } .tile.red .tile-n { color: #b42318; }
.tile.amber { border-left-color: #b54708; } .tile.amber .tile-n { color: #b54708; }
.tile.blue { border-left-color: #175cd3; } .tile.blue .tile-n { color: #175cd3; }
.tile.green { border-left-color: #2e7d32; } .tile.green .tile-n { color: #2e7d32; }
.tile.muted { border-left-color: #ccc; } .tile.muted .tile-n { color: #999; }
.tile-note { color: #777; font-size: 12px; }
.narrative { background: #faf7f2; border: 1px solid #eadfcc; padding: 10px 14px; border-radius: 4px; }
.narrative p { margin: 4px 0; text-indent: 1.5em; text-align: justify; }
.charts { display: flex; gap: 24px; flex-wrap: wrap; }
.chart { flex: 1 1 320px; }
.bar-row { display: flex; align-items: center; gap: 8px; margin: 3px 0; }
.bar-label { flex: 0 0 42%; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 13px; }
.bar-track { flex: 1; display: flex; background: #f0f0f0; height: 12px; border-radius: 2px; overflow: hidden; }
.bar { height: 12px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.bar.error { background: #b42318; } .bar.warning { background: #dc8a3c; } .bar.info { background: #5b8def; }
.legend { flex-basis: 100%; font-size: 12px; color: #444; display: flex; gap: 16px; margin-top: -6px; }
.legend i { display: inline-block; width: 12px; height: 10px; margin-right: 4px; vertical-align: -1px; }
.bar-value { flex: 0 0 32px; text-align: right; font-variant-numeric: tabular-nums; }
table { width: 100%; border-collapse: collapse; font-size: 12.5px; margin-bottom: 8px; }
th, td { border: 1px solid #d0d0d0; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f3eee6; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
table.findings { table-layout: fixed; }
.c-no { width: 3.2em; text-align: center; }
.c-level { width: 10.5em; }
.c-agency { width: 11%; }
.c-where { width: 9em; font-size: .92em; }
.c-value { width: 10%; }
.c-quote { width: 18%; font-style: italic; color: #333; }
.rule { display: inline; font-size: 12px; margin-left: 4px; }
.rule-id { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 10px; color: #888; }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; color: #fff; white-space: nowrap; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.badge.error { background: #b42318; } .badge.warning { background: #b54708; } .badge.info { background: #175cd3; }
.workbook-status { color: #555; font-weight: normal; font-size: 13px; }
.unreadable { color: #b42318; }
ul.not-evaluated { margin: 4px 0 0 18px; padding: 0; color: #444; }
footer { margin-top: 24px; color: #777; font-size: 12px; border-top: 1px solid #ddd; padding-top: 6px; }
@media print {
  body { padding: 0; font-size: 12px; line-height: 1.3; }
  h1 { font-size: 18px; }
  h2 { font-size: 14px; margin: 12px 0 6px; break-after: avoid; }
  .tiles, .narrative, .charts { break-inside: avoid; }
  .tile { padding: 6px 10px; } .tile-n { font-size: 22px; }
  table.findings { font-size: 10px; line-height: 1.2; }
  table.findings td, table.findings th { padding: 2px 3px; }
  .c-level { width: 8.5em; } .c-agency { width: 10%; } .c-where { width: 8em; }
  .c-value { width: 9%; } .c-quote { width: 17%; }
  .rule { font-size: 9.5px; } .rule-id { display: none; }
  .badge { font-size: 10px; }
  /* A printed page holds 15 findings or more: the value and the quote show their first three lines
     (the screen, the XLSX report and the CSV carry them whole). */
  .clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; }
}
`;

export interface HtmlOptions {
  readonly lang?: Lang;
  /** Extra sections placed after the summary, already HTML (the changes since the last check). */
  readonly sections?: readonly string[];
}

export function renderHtml(input: ReportInput, options: HtmlOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const { report } = input;
  const tiles = summaryTiles(input, lang);
  const narrative = narrativeOf(input)
    .map((m) => `<p>${h(m[lang])}</p>`)
    .join('\n');
  const workbooks = input.workbooks
    .map((w) => {
      const table =
        w.findings.length > 0
          ? findingTable(w.findings, lang)
          : w.status === 'checked'
            ? `<p>${label({ vi: 'Không phát hiện vấn đề nào.', en: 'No findings.' }, lang)}</p>`
            : '';
      const error = w.error ? `<p class="unreadable">${h(w.error[lang])}</p>` : '';
      const notEvaluated =
        w.notEvaluated.length > 0 && w.status === 'checked'
          ? `<p>${label({ vi: 'Chưa kiểm tra được', en: 'Not evaluated' }, lang)}:</p><ul class="not-evaluated">${w.notEvaluated.map((x) => `<li>${h(x.reason[lang])}</li>`).join('')}</ul>`
          : '';
      const status = STATUS[w.status] ?? { vi: w.status, en: w.status };
      return `<section class="workbook"><h2>${h(w.workbook)} <span class="workbook-status">(${label(status, lang)})</span></h2>\n${error}${table}${notEvaluated}</section>`;
    })
    .join('\n');
  const title: Message = { vi: 'Báo cáo kết quả kiểm tra', en: 'Check report' };
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${h(title[lang])} — ${h(report.pack.title)}</title>
<style>${STYLE}${SCORECARD_STYLE}</style>
</head>
<body>
<header>
<h1>${h(title[lang])}</h1>
<div class="meta">${label({ vi: 'Bộ quy tắc', en: 'Rule pack' }, lang)}: <strong>${h(report.pack.title)}</strong> (${h(report.pack.id)} ${h(report.pack.version)}) · ${label({ vi: 'Tính đến ngày', en: 'As of' }, lang)}: <strong>${h(shownDate(report.asOf))}</strong> · ${label({ vi: 'Số sổ theo dõi', en: 'Workbooks' }, lang)}: <strong>${input.workbooks.length}</strong></div>
</header>
<section class="tiles">
${tiles}
</section>
<section class="narrative">
<h3>${label({ vi: 'Tóm tắt', en: 'Summary' }, lang)}</h3>
${narrative}
</section>
${(options.sections ?? []).join('\n')}
<section class="charts">
${bars({ vi: 'Phát hiện theo cơ quan', en: 'Findings by agency' }, report.findings, (f) => f.agency, lang, 12)}
${bars(
  { vi: 'Phát hiện theo loại', en: 'Findings by rule' },
  report.findings,
  (f) => f.rule,
  lang,
  Infinity,
  (id) => ruleName(id, lang),
)}
${report.findings.length > 0 ? legend(lang) : ''}
</section>
${scorecardsHtml(input, lang)}
${workbooks}
<footer>dondoc · ${h(report.pack.id)} ${h(report.pack.version)} · ${h(shownDate(report.asOf))}</footer>
</body>
</html>
`;
}
