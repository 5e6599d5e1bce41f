/**
 * The scorecards in the HTML report: per agency a table with a bar of its tasks (on time, late,
 * overdue, not yet due, done on a day not written, done with no deadline), as long as its share of
 * the most tasks; per workbook of a batch, one row per file, worst first.
 */
import type { AgencyScorecard, Message } from '@dondoc/core';
import { escapeHtml as h } from './escape.js';
import type { Lang, ReportInput } from './input.js';
import {
  agencyScoreTable,
  scorecardsOfInput,
  scoreText,
  workbookScoreTable,
  type ScoreTable,
} from './scorecards.js';

const SEGMENTS: readonly (readonly [keyof AgencyScorecard['tasks'], string, Message])[] = [
  ['onTime', 'on-time', { vi: 'Đúng hạn', en: 'On time' }],
  ['late', 'late', { vi: 'Chậm', en: 'Late' }],
  ['overdue', 'overdue', { vi: 'Quá hạn', en: 'Overdue' }],
  ['notDue', 'not-due', { vi: 'Chưa đến hạn', en: 'Not yet due' }],
  ['doneUndated', 'undated', { vi: 'Hoàn thành không ghi ngày', en: 'Done, day unknown' }],
  ['doneNoDeadline', 'no-deadline', { vi: 'Hoàn thành không có hạn', en: 'Done, no deadline' }],
];

export const SCORECARD_STYLE = `
table.scorecard { table-layout: auto; font-size: 12.5px; }
table.scorecard td.n, table.scorecard th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.scorecard th.group { text-align: center; }
table.scorecard td.name { min-width: 12em; }
table.scorecard td.bar-cell { width: 24%; vertical-align: middle; }
table.scorecard td.pct-low { color: #b42318; font-weight: bold; }
.task-bar { display: flex; height: 12px; background: #f0f0f0; border-radius: 2px; overflow: hidden; }
.task-bar i { display: block; height: 12px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.seg-on-time { background: #2e7d32; } .seg-late { background: #dc8a3c; } .seg-overdue { background: #b42318; }
.seg-not-due { background: #b8c4d6; } .seg-undated { background: #d9d2c3; } .seg-no-deadline { background: #a9c8a4; }
.legend i.seg { display: inline-block; width: 12px; height: 10px; margin-right: 4px; vertical-align: -1px; }
@media print { table.scorecard { font-size: 10px; } table.scorecard td, table.scorecard th { padding: 2px 3px; } }
`;

function taskBar(card: AgencyScorecard, most: number, lang: Lang): string {
  if (card.tasks.assigned === 0) return '';
  const segments = SEGMENTS.filter(([key]) => card.tasks[key] > 0)
    .map(
      ([key, css, name]) =>
        `<i class="seg-${css}" style="width:${((card.tasks[key] / most) * 100).toFixed(1)}%" title="${h(name[lang])}: ${card.tasks[key]}"></i>`,
    )
    .join('');
  return `<div class="task-bar">${segments}</div>`;
}

function legend(lang: Lang): string {
  return `<div class="legend">${SEGMENTS.map(([, css, name]) => `<span><i class="seg seg-${css}"></i>${h(name[lang])}</span>`).join('')}</div>`;
}

/** The header: a row of groups (Nhiệm vụ, Báo cáo, Chỉ tiêu) over the columns that have one. */
function head(table: ScoreTable, lang: Lang, barAfter?: number): string {
  const cols = table.columns.map((c, i) => ({ ...c, bar: barAfter === i }));
  const top: string[] = [];
  const bottom: string[] = [];
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    const numeric = i > 0 && c.key !== 'status';
    const cls = numeric ? ' class="n"' : '';
    if (!c.group) {
      // the name column spans the bars beside it
      const span = c.bar ? ' colspan="2"' : '';
      top.push(`<th rowspan="2"${span}${cls}>${h(c.title[lang])}</th>`);
    } else {
      if (cols[i - 1]?.group !== c.group) {
        const span = cols.slice(i).findIndex((d) => d.group !== c.group);
        top.push(
          `<th class="group" colspan="${span === -1 ? cols.length - i : span}">${h(c.group[lang])}</th>`,
        );
      }
      bottom.push(`<th${cls}>${h(c.title[lang])}</th>`);
    }
  }
  return `<thead><tr>${top.join('')}</tr><tr>${bottom.join('')}</tr></thead>`;
}

function body(
  table: ScoreTable,
  lang: Lang,
  bar?: { after: number; cell: (row: number) => string },
): string {
  return table.rows
    .map((row, r) => {
      const cells = row.map((v, i) => {
        const cls =
          i === 0
            ? 'name'
            : v.kind === 'percent' && v.percent !== undefined && v.percent < 50
              ? 'n pct-low'
              : v.kind === 'text'
                ? ''
                : 'n';
        const td = `<td${cls ? ` class="${cls}"` : ''}>${h(scoreText(v, lang))}</td>`;
        return bar && bar.after === i ? `${td}<td class="bar-cell">${bar.cell(r)}</td>` : td;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
}

/** The two scorecard sections; the per-workbook one only for a batch of several files. */
export function scorecardsHtml(input: ReportInput, lang: Lang): string {
  const scorecards = scorecardsOfInput(input);
  const out: string[] = [];
  const agencies = agencyScoreTable(scorecards.agencies, lang);
  if (agencies.rows.length > 0) {
    const shown = scorecards.agencies;
    const most = Math.max(1, ...shown.map((c) => c.tasks.assigned));
    const withTasks = shown.some((c) => c.tasks.assigned > 0);
    const bar = withTasks
      ? { after: 0, cell: (r: number) => taskBar(shown[r]!, most, lang) }
      : undefined;
    out.push(
      `<section class="scorecards"><h2>${h(lang === 'vi' ? 'Bảng điểm theo đơn vị' : 'Scorecard by agency')}</h2>\n` +
        `<table class="scorecard">${head(agencies, lang, bar ? 0 : undefined)}\n<tbody>\n${body(agencies, lang, bar)}\n</tbody></table>\n` +
        `${withTasks ? legend(lang) : ''}</section>`,
    );
  }
  if (scorecards.workbooks.length > 1) {
    const table = workbookScoreTable(scorecards.workbooks, lang);
    out.push(
      `<section class="scorecards"><h2>${h(lang === 'vi' ? 'Kết quả theo sổ theo dõi' : 'Result by workbook')}</h2>\n` +
        `<table class="scorecard">${head(table, lang)}\n<tbody>\n${body(table, lang)}\n</tbody></table></section>`,
    );
  }
  return out.join('\n');
}
