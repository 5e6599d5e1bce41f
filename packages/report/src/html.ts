/**
 * The HTML report: one self-contained file (no network, no fonts or scripts to fetch), printable on
 * A4, Vietnamese first. Summary tiles, the narrative summary, bar charts of findings by agency and by
 * rule, then every finding with its workbook, Sheet!Cell, the value found and the quote of the
 * obligation it breaks. Every value that came from a workbook or a pack is escaped.
 */
import type { Finding, Message, Severity, WorkbookResult } from '@dondoc/core';
import { escapeHtml as h } from './escape.js';
import type { Lang, ReportInput } from './input.js';
import { SEVERITY_NAMES as SEVERITY } from './severity.js';
import { countBy, narrativeOf } from './summary.js';

const STATUS: Readonly<Record<string, Message>> = {
  checked: { vi: 'đã kiểm tra', en: 'checked' },
  'no-table': { vi: 'không có bảng theo dõi', en: 'no tracking table' },
  unreadable: { vi: 'không đọc được', en: 'unreadable' },
};

function both(m: Message, lang: Lang): string {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return `${h(m[lang])} <span class="alt">/ ${h(m[other])}</span>`;
}

function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A bar per label, split by severity (errors first), as wide as its share of the largest. */
function bars(
  title: Message,
  findings: readonly Finding[],
  key: (f: Finding) => string | undefined,
  lang: Lang,
  limit = Infinity,
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
        `<div class="bar-row"><div class="bar-label" title="${h(label)}">${h(label)}</div>` +
        `<div class="bar-track">${segments}</div><div class="bar-value">${n}</div></div>`
      );
    })
    .join('\n');
  return `<section class="chart"><h3>${both(title, lang)}</h3>\n${rows}\n</section>`;
}

function legend(lang: Lang): string {
  return `<div class="legend">${SEVERITIES.map((s) => `<span><i class="bar ${s}"></i>${both(SEVERITY[s], lang)}</span>`).join('')}</div>`;
}

function tile(label: Message, n: number | undefined, tone: string, lang: Lang): string {
  const figure =
    n === undefined
      ? `<div class="tile-n">—</div><div class="tile-label">${both(label, lang)}</div><div class="tile-note">${both(NOT_CHECKED, lang)}</div>`
      : `<div class="tile-n">${n}</div><div class="tile-label">${both(label, lang)}</div>`;
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

function findingRow(f: Finding, lang: Lang): string {
  const where = f.location?.sheet
    ? `${f.location.sheet}${f.location.cell ? `!${f.location.cell}` : ''}`
    : '';
  return (
    `<tr class="sev-${f.severity}">` +
    `<td><span class="badge ${f.severity}">${h(SEVERITY[f.severity][lang])}</span></td>` +
    `<td class="mono">${h(where)}</td>` +
    `<td class="mono">${h(f.rule)}</td>` +
    `<td>${h(f.message[lang])}${f.agency ? `<div class="agency">${h(f.agency)}</div>` : ''}</td>` +
    `<td>${f.actual !== undefined ? h(f.actual) : ''}</td>` +
    `<td class="quote">${f.quote !== undefined ? `“${h(f.quote)}”` : ''}</td>` +
    '</tr>'
  );
}

const STYLE = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Noto Serif", Georgia, serif; color: #1a1a1a; margin: 0; padding: 24px; font-size: 14px; line-height: 1.45; background: #fff; }
header { border-bottom: 2px solid #8b1a1a; padding-bottom: 8px; margin-bottom: 16px; }
h1 { font-size: 22px; margin: 0 0 4px; color: #8b1a1a; text-transform: uppercase; letter-spacing: .02em; }
h2 { font-size: 17px; margin: 22px 0 8px; border-bottom: 1px solid #ccc; padding-bottom: 3px; }
h3 { font-size: 14px; margin: 0 0 8px; }
.meta { color: #444; }
.alt { color: #777; font-weight: normal; font-size: .88em; }
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
.mono { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; white-space: nowrap; }
.quote { font-style: italic; color: #333; }
.agency { color: #555; font-size: 12px; margin-top: 2px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; color: #fff; white-space: nowrap; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.badge.error { background: #b42318; } .badge.warning { background: #b54708; } .badge.info { background: #175cd3; }
.workbook-status { color: #555; font-weight: normal; font-size: 13px; }
.unreadable { color: #b42318; }
ul.not-evaluated { margin: 4px 0 0 18px; padding: 0; color: #444; }
footer { margin-top: 24px; color: #777; font-size: 12px; border-top: 1px solid #ddd; padding-top: 6px; }
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
      const rows = w.findings.map((f) => findingRow(f, lang)).join('\n');
      const table =
        w.findings.length > 0
          ? `<table><thead><tr><th>${both({ vi: 'Mức', en: 'Level' }, lang)}</th><th>${both({ vi: 'Ô', en: 'Cell' }, lang)}</th><th>${both({ vi: 'Quy tắc', en: 'Rule' }, lang)}</th><th>${both({ vi: 'Nội dung', en: 'Finding' }, lang)}</th><th>${both({ vi: 'Giá trị', en: 'Value' }, lang)}</th><th>${both({ vi: 'Trích dẫn', en: 'Quote' }, lang)}</th></tr></thead>\n<tbody>\n${rows}\n</tbody></table>`
          : w.status === 'checked'
            ? `<p>${both({ vi: 'Không phát hiện vấn đề nào.', en: 'No findings.' }, lang)}</p>`
            : '';
      const error = w.error ? `<p class="unreadable">${h(w.error[lang])}</p>` : '';
      const notEvaluated =
        w.notEvaluated.length > 0 && w.status === 'checked'
          ? `<p>${both({ vi: 'Chưa kiểm tra được', en: 'Not evaluated' }, lang)}:</p><ul class="not-evaluated">${w.notEvaluated.map((x) => `<li>${h(x.reason[lang])}</li>`).join('')}</ul>`
          : '';
      const status = STATUS[w.status] ?? { vi: w.status, en: w.status };
      return `<section class="workbook"><h2>${h(w.workbook)} <span class="workbook-status">(${both(status, lang)})</span></h2>\n${error}${table}${notEvaluated}</section>`;
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
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${h(title[lang])}</h1>
<div class="meta">${both({ vi: 'Bộ quy tắc', en: 'Rule pack' }, lang)}: <strong>${h(report.pack.title)}</strong> (${h(report.pack.id)} ${h(report.pack.version)}) · ${both({ vi: 'Tính đến ngày', en: 'As of' }, lang)}: <strong>${h(lang === 'vi' ? viDate(report.asOf) : report.asOf)}</strong> · ${both({ vi: 'Số sổ theo dõi', en: 'Workbooks' }, lang)}: <strong>${input.workbooks.length}</strong></div>
</header>
<section class="tiles">
${tiles}
</section>
<section class="narrative">
<h3>${both({ vi: 'Tóm tắt', en: 'Summary' }, lang)}</h3>
${narrative}
</section>
${(options.sections ?? []).join('\n')}
<section class="charts">
${bars({ vi: 'Phát hiện theo cơ quan', en: 'Findings by agency' }, report.findings, (f) => f.agency, lang, 12)}
${bars({ vi: 'Phát hiện theo quy tắc', en: 'Findings by rule' }, report.findings, (f) => f.rule, lang)}
${report.findings.length > 0 ? legend(lang) : ''}
</section>
${workbooks}
<footer>dondoc · ${h(report.pack.id)} ${h(report.pack.version)} · ${h(report.asOf)}</footer>
</body>
</html>
`;
}
