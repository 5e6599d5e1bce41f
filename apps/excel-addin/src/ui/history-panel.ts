/**
 * "So với lần kiểm tra trước / Since the previous check": what is new, fixed, changed and still open
 * since the workbook's previous recorded check, the same lists and words as `dondoc check --history`
 * (@dondoc/history's changeRows and CHANGE_NAMES), and the recorded checks as a table of counts.
 */
import { formatIsoText } from '@dondoc/core';
import { CHANGE_NAMES, changeRows, FIRST_CHECK, type ChangeKind } from '@dondoc/history';
import type { Lang } from '@dondoc/report';
import type { HistoryOutcome } from '../run-history.js';
import { el } from './dom.js';
import { t } from './i18n.js';

const ORDER: readonly ChangeKind[] = ['new', 'fixed', 'changed', 'still-open'];

export function historyPanel(outcome: HistoryOutcome, lang: Lang): HTMLElement {
  const { changes } = outcome;
  const rows = changeRows(changes);
  const workbook = changes.workbooks[0];
  const section = el(
    'section',
    { class: 'history', id: 'history', 'aria-labelledby': 'history-title' },
    el('h2', { id: 'history-title' }, t('historyTitle', lang)),
    el(
      'p',
      { class: 'history-narrative' },
      changes.narrative ? changes.narrative[lang] : FIRST_CHECK[lang],
    ),
  );
  if (workbook?.renamedFrom) {
    section.append(
      el('p', { class: 'note' }, `${t('renamedFrom', lang)} "${workbook.renamedFrom}".`),
    );
  }
  for (const kind of ORDER) {
    const of = rows.filter((r) => r.change === kind);
    if (of.length === 0) continue;
    section.append(
      el(
        'details',
        { class: `group change-group change-${kind}`, open: true, 'data-change': kind },
        el(
          'summary',
          {},
          el('span', { class: 'group-title' }, CHANGE_NAMES[kind][lang]),
          el('span', { class: 'badge' }, String(of.length)),
        ),
        el(
          'ul',
          {},
          ...of.map((r) =>
            el(
              'li',
              { class: 'change' },
              el('span', { class: 'change-title' }, r.title),
              r.agency ? el('span', { class: 'change-agency' }, r.agency) : undefined,
              r.detail[lang] ? el('span', { class: 'change-detail' }, r.detail[lang]) : undefined,
              r.where ? el('span', { class: 'where' }, r.where) : undefined,
            ),
          ),
        ),
      ),
    );
  }
  if (outcome.checks.length > 0) {
    const head = (
      ['historyAsOf', 'historyFindings', 'historyNew', 'historyFixed', 'historyOpen'] as const
    ).map((k) => el('th', { scope: 'col' }, t(k, lang)));
    section.append(
      el(
        'details',
        { class: 'history-checks', id: 'history-checks' },
        el('summary', {}, `${t('historyChecks', lang)} (${outcome.checks.length})`),
        el(
          'table',
          {},
          el('thead', {}, el('tr', {}, ...head)),
          el(
            'tbody',
            {},
            ...[...outcome.checks]
              .reverse()
              .map((c) =>
                el(
                  'tr',
                  {},
                  el('td', {}, formatIsoText(c.asOf, 'dmy')),
                  ...[c.findings, c.new, c.fixed, c.stillOpen].map((n) =>
                    el('td', { class: 'number' }, String(n)),
                  ),
                ),
              ),
          ),
        ),
      ),
    );
  }
  for (const note of outcome.notes) section.append(el('p', { class: 'note' }, note[lang]));
  return section;
}
