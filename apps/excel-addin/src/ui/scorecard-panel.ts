/**
 * "Bảng điểm theo đơn vị": per agency, the tasks done on time, late and overdue, the reports
 * missing and the indicators unmet, as the HTML report and `dondoc check --format text` count them
 * (the core's scorecards, laid out by @dondoc/report's agencyScoreTable). Collapsed under the
 * counts; shown only when some agency was counted.
 */
import type { FindingsReport } from '@dondoc/core';
import { agencyScoreTable, scoreText, type Lang, type ScoreTable } from '@dondoc/report';
import { el } from './dom.js';
import { t } from './i18n.js';

/** Two header rows when the columns are grouped ("Nhiệm vụ" over "Đúng hạn | Trễ hạn | …"). */
function headRows(table: ScoreTable, lang: Lang): HTMLTableSectionElement {
  const grouped = table.columns.some((c) => c.group !== undefined);
  const top = el('tr', {});
  const bottom = el('tr', {});
  for (let i = 0; i < table.columns.length;) {
    const column = table.columns[i]!;
    const group = column.group;
    if (!grouped || group === undefined) {
      top.append(el('th', { scope: 'col', rowspan: grouped ? 2 : undefined }, column.title[lang]));
      i++;
      continue;
    }
    let span = 0;
    while (table.columns[i + span]?.group?.vi === group.vi) {
      bottom.append(el('th', { scope: 'col' }, table.columns[i + span]!.title[lang]));
      span++;
    }
    top.append(el('th', { scope: 'colgroup', colspan: span }, group[lang]));
    i += span;
  }
  return el('thead', {}, top, grouped ? bottom : undefined);
}

export function scorecardPanel(report: FindingsReport, lang: Lang): HTMLElement | undefined {
  const cards = report.scorecards?.agencies ?? [];
  const table = agencyScoreTable(cards, lang);
  if (table.rows.length === 0) return undefined;
  return el(
    'details',
    { class: 'scorecard', id: 'scorecard' },
    el('summary', {}, `${t('scorecard', lang)} (${table.rows.length})`),
    el(
      'div',
      { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': t('scorecard', lang) },
      el(
        'table',
        {},
        headRows(table, lang),
        el(
          'tbody',
          {},
          ...table.rows.map((row) =>
            el(
              'tr',
              {},
              ...row.map((value, i) =>
                i === 0
                  ? el('th', { scope: 'row' }, scoreText(value, lang))
                  : el(
                      'td',
                      { class: value.kind === 'text' ? undefined : 'n' },
                      scoreText(value, lang),
                    ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
