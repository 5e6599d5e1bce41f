/**
 * `dondoc history` as tables and a chart: per agency over time, and per item its status at each
 * check. Pure: the points come from the store. The chart is plain SVG, so the HTML works offline.
 */
import { percentText } from '@dondoc/core';
import type { AgencyPoint, ItemTimeline } from './store/types.js';

export type { AgencyPoint, ItemTimeline };

export const AGENCY_COLUMNS = {
  vi: [
    'Ngày kiểm tra',
    'Đơn vị',
    'Số sổ',
    'Nhiệm vụ',
    'Đúng hạn',
    'Chậm',
    'Quá hạn',
    'Chưa đến hạn',
    'HT không ghi ngày',
    'HT không có hạn',
    '% đúng hạn',
    'Báo cáo chưa gửi',
    'Chỉ tiêu chưa đạt',
  ],
  en: [
    'As of',
    'Agency',
    'Workbooks',
    'Tasks',
    'On time',
    'Late',
    'Overdue',
    'Not yet due',
    'Done, day unknown',
    'Done, no deadline',
    '% on time',
    'Reports missing',
    'Indicators unmet',
  ],
} as const;

/** One point as a row of AGENCY_COLUMNS; the share on time as "66,7%" (or "66.7%"), '' if none. */
export function agencyRow(p: AgencyPoint, lang: 'vi' | 'en' = 'vi'): (string | number)[] {
  return [
    p.asOf,
    p.agency,
    p.workbooks,
    p.tasks,
    p.onTime,
    p.late,
    p.overdue,
    p.notDue,
    p.doneUndated,
    p.doneNoDeadline,
    p.onTimePercent !== undefined ? percentText(p.onTimePercent, lang) : '',
    p.reportsMissing,
    p.indicatorsUnmet,
  ];
}

export const ITEM_COLUMNS = {
  vi: ['Sổ theo dõi', 'Loại', 'Đơn vị', 'Nội dung'],
  en: ['Workbook', 'Kind', 'Agency', 'Item'],
} as const;

/** One row per item, one column per check date. */
export function itemMatrix(items: readonly ItemTimeline[]): { dates: string[]; rows: string[][] } {
  const dates = [...new Set(items.flatMap((i) => i.statuses.map((s) => s.asOf)))].sort();
  const rows = items.map((i) => {
    const at = new Map(i.statuses.map((s) => [s.asOf, s.status]));
    return [i.workbook, i.kind, i.agency ?? '', i.title, ...dates.map((d) => at.get(d) ?? '')];
  });
  return { dates, rows };
}

const escapeXml = (t: string): string => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PALETTE = [
  '#c0392b',
  '#2471a3',
  '#239b56',
  '#b9770e',
  '#7d3c98',
  '#117a65',
  '#a04000',
  '#566573',
];

/** Overdue tasks per agency at each check, as lines (the agencies with most overdue first, at most 8). */
export function trendSvg(points: readonly AgencyPoint[], title: string): string {
  const dates = [...new Set(points.map((p) => p.asOf))].sort();
  const totals = new Map<string, number>();
  for (const p of points)
    totals.set(p.agency, (totals.get(p.agency) ?? 0) + p.overdue + p.reportsMissing);
  const agencies = [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([a]) => a);
  const value = (agency: string, date: string) => {
    const p = points.find((q) => q.agency === agency && q.asOf === date);
    return p ? p.overdue + p.reportsMissing : 0;
  };
  const max = Math.max(1, ...agencies.flatMap((a) => dates.map((d) => value(a, d))));
  const width = 720;
  const height = 260;
  const left = 40;
  const bottom = 40;
  const plotW = width - left - 200;
  const plotH = height - bottom - 30;
  const x = (i: number) =>
    left + (dates.length <= 1 ? plotW / 2 : (i * plotW) / (dates.length - 1));
  const y = (v: number) => 30 + plotH - (v * plotH) / max;
  const lines = agencies
    .map((a, k) => {
      const pts = dates.map((d, i) => `${x(i).toFixed(1)},${y(value(a, d)).toFixed(1)}`).join(' ');
      const color = PALETTE[k % PALETTE.length]!;
      return `<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts}"/>
<text x="${left + plotW + 12}" y="${40 + k * 18}" font-size="12" fill="${color}">${escapeXml(a)}</text>`;
    })
    .join('\n');
  const ticks = dates
    .map(
      (d, i) =>
        `<text x="${x(i).toFixed(1)}" y="${height - 20}" font-size="10" text-anchor="middle">${d.slice(5)}</text>`,
    )
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">
<text x="${left}" y="18" font-size="13" font-weight="bold">${escapeXml(title)}</text>
<line x1="${left}" y1="${30 + plotH}" x2="${left + plotW}" y2="${30 + plotH}" stroke="#888"/>
<line x1="${left}" y1="30" x2="${left}" y2="${30 + plotH}" stroke="#888"/>
<text x="${left - 6}" y="34" font-size="10" text-anchor="end">${max}</text>
<text x="${left - 6}" y="${30 + plotH}" font-size="10" text-anchor="end">0</text>
${ticks}
${lines}
</svg>`;
}

/** The history report as one offline HTML page. */
export function renderHistoryHtml(
  points: readonly AgencyPoint[],
  items: readonly ItemTimeline[],
  lang: 'vi' | 'en',
): string {
  const head = AGENCY_COLUMNS[lang].map((c) => `<th>${escapeXml(c)}</th>`).join('');
  const body = points
    .map(
      (p) =>
        `<tr>${agencyRow(p, lang)
          .map((v) => `<td>${escapeXml(String(v))}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const { dates, rows } = itemMatrix(items);
  const itemHead = [...ITEM_COLUMNS[lang], ...dates]
    .map((c) => `<th>${escapeXml(c)}</th>`)
    .join('');
  const itemBody = rows
    .map((r) => `<tr>${r.map((v) => `<td>${escapeXml(v)}</td>`).join('')}</tr>`)
    .join('\n');
  const title = lang === 'vi' ? 'Lịch sử kiểm tra theo đơn vị' : 'Check history by agency';
  const chartTitle =
    lang === 'vi'
      ? 'Nhiệm vụ quá hạn và báo cáo chưa gửi, theo đơn vị'
      : 'Overdue tasks and missing reports, by agency';
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:"Times New Roman",serif;margin:24px}table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #bbb;padding:3px 6px;font-size:13px}th{background:#f0ece4}</style>
</head>
<body>
<h1>${title}</h1>
${trendSvg(points, chartTitle)}
<h2>${lang === 'vi' ? 'Theo đơn vị' : 'By agency'}</h2>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>
<h2>${lang === 'vi' ? 'Theo từng nội dung' : 'By item'}</h2>
<table><thead><tr>${itemHead}</tr></thead><tbody>
${itemBody}
</tbody></table>
</body>
</html>
`;
}
