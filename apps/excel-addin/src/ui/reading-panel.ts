/**
 * The "Cách đọc các bảng / How the tables were read" panel, the same in the task pane and the
 * standalone page: per table of each sheet, the kind chosen and the runner-up with their scores,
 * the header rows, the columns (letter, role, period, header text), the rows skipped and why, and
 * the `bindings` that pin the reading, to copy into a pack. Collapsed until asked for; a table too
 * uncertain to evaluate is said above it, visible even when collapsed. The words are the ones
 * `dondoc check --explain` prints (@dondoc/report's understandingView).
 */
import type { FindingLocation, WorkbookResult } from '@dondoc/core';
import {
  explainedTables,
  understandingView,
  UNDERSTANDING_WORDS as W,
  type ExplainedTable,
  type Lang,
} from '@dondoc/report';
import { el } from './dom.js';
import { t } from './i18n.js';
import { columnTarget, rowTarget, uncertainTables } from './reading.js';

export interface ReadingPanelOptions {
  readonly lang: Lang;
  readonly open: boolean;
  /** Told when the panel is opened or closed (kept across re-renders). */
  readonly onToggle: (open: boolean) => void;
  /** Goes to a place in the sheet (the host's selectCell); absent when the host cannot. */
  readonly go?: (location: FindingLocation) => void;
  /** What going does, for the title of each place: "Đến ô" in Excel, "Xem dòng của ô" in the page. */
  readonly goTitle: string;
  /** Copies a table's bindings; `source` holds the text, to select when the clipboard refuses. */
  readonly copy: (text: string, table: ExplainedTable, source: HTMLElement) => void;
}

/** A table's name for people: 'Trang "Báo cáo"', and '(bảng 2/2)' when its sheet holds several. */
export function tableName(table: ExplainedTable, lang: Lang): string {
  const place = table.of > 1 ? ` (${t('table', lang)} ${table.index}/${table.of})` : '';
  return `${t('sheet', lang)} "${table.sheet}"${place}`;
}

export function readingPanel(
  result: WorkbookResult,
  options: ReadingPanelOptions,
): HTMLElement | undefined {
  const tables = explainedTables([result]);
  if (tables.length === 0) return undefined;
  const { lang } = options;
  const body = el(
    'div',
    { id: 'reading-body', class: 'reading-body', hidden: !options.open },
    ...tables.map((table, i) => tableSection(table, i, options)),
  );
  const toggle = el(
    'button',
    {
      type: 'button',
      id: 'reading-toggle',
      class: 'reading-toggle',
      'aria-expanded': String(options.open),
      'aria-controls': 'reading-body',
      onclick: () => {
        const open = body.hidden;
        body.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        options.onToggle(open);
      },
    },
    el('span', { class: 'chevron', 'aria-hidden': 'true' }),
    el('span', {}, W.title[lang]),
    el('span', { class: 'badge' }, String(tables.length)),
  );
  const uncertain = uncertainTables(tables);
  const warning =
    uncertain.length > 0
      ? el(
          'div',
          { class: 'reading-uncertain', id: 'reading-uncertain', role: 'note' },
          el(
            'p',
            { class: 'line' },
            el('strong', {}, `${uncertain.length} ${t('table', lang)} ${W.uncertain[lang]}:`),
          ),
          el(
            'ul',
            {},
            ...uncertain.map((table) => {
              const v = understandingView(table.understanding, lang);
              return el(
                'li',
                {},
                `${tableName(table, lang)}${v.headerRows ? `, ${v.headerRows}` : ''}`,
              );
            }),
          ),
        )
      : undefined;
  return el(
    'section',
    { class: 'reading', id: 'reading', 'aria-labelledby': 'reading-title' },
    el('h2', { id: 'reading-title' }, toggle),
    warning,
    body,
  );
}

/**
 * The bindings as JSON a clerk pastes into a pack: one member a line, and an object of plain
 * values ("columns") on one line, so the block stays short in a narrow pane.
 */
export function bindingsText(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return JSON.stringify(value);
  }
  const entries = Object.entries(value);
  const member = ([k, v]: [string, unknown], inner: string) =>
    `${JSON.stringify(k)}: ${bindingsText(v, inner)}`;
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
    return `{ ${entries.map((e) => member(e, '')).join(', ')} }`;
  }
  const inner = `${indent}  `;
  return `{\n${entries.map((e) => `${inner}${member(e, inner)}`).join(',\n')}\n${indent}}`;
}

function tableSection(table: ExplainedTable, i: number, options: ReadingPanelOptions): HTMLElement {
  const { lang } = options;
  const v = understandingView(table.understanding, lang);
  const titleId = `reading-table-${i + 1}`;
  const parts: (HTMLElement | undefined)[] = [el('h3', { id: titleId }, tableName(table, lang))];
  const place = (
    location: FindingLocation | undefined,
    ...content: (Node | string | undefined)[]
  ) => {
    if (!options.go || !location)
      return el('li', {}, el('div', { class: 'reading-item' }, ...content));
    const go = options.go;
    const where = `${location.sheet}!${location.cell ?? `A${location.row}`}`;
    return el(
      'li',
      {},
      el(
        'button',
        {
          type: 'button',
          class: 'reading-item',
          title: `${options.goTitle} ${where}`,
          onclick: () => go(location),
        },
        ...content,
      ),
    );
  };

  if (v.state === 'none') {
    parts.push(el('p', { class: 'line muted' }, `${W.none[lang]}${v.note ? `: ${v.note}` : ''}`));
    return el('section', { class: `table-reading none`, 'aria-labelledby': titleId }, ...parts);
  }
  if (v.state === 'uncertain') {
    // The reason in full is under "Không kiểm tra được"; here its pieces follow, laid out.
    parts.push(
      el(
        'div',
        { class: 'uncertain', role: 'note' },
        el('p', { class: 'line' }, el('strong', {}, W.uncertain[lang])),
        el('p', {}, t('uncertainWhy', lang)),
      ),
    );
  }
  parts.push(
    el(
      'p',
      { class: 'line kind' },
      el('strong', { class: 'kind-name' }, v.kind ?? W.none[lang]),
      v.score ? el('span', { class: 'score' }, ` (${v.score})`) : undefined,
    ),
  );
  if (v.runnerUp)
    parts.push(el('p', { class: 'line runner-up' }, `${W.runnerUp[lang]}: ${v.runnerUp}`));
  if (v.headerRows) parts.push(el('p', { class: 'line header-rows' }, v.headerRows));
  if (v.state === 'read' && v.note) parts.push(el('p', { class: 'line note' }, v.note));

  if (v.columns.length > 0) {
    parts.push(
      el('h4', {}, t('readingColumns', lang)),
      el(
        'ul',
        { class: 'reading-list columns' },
        ...v.columns.map((c) =>
          place(
            columnTarget(table, c.column),
            el(
              'span',
              { class: 'key' },
              el('span', { class: 'visually-hidden' }, `${t('column', lang)} `),
              c.column,
            ),
            el(
              'span',
              { class: 'role' },
              c.role,
              c.period ? el('span', { class: 'period' }, `, ${c.period}`) : undefined,
            ),
            el('span', { class: 'text' }, `"${c.header}"`),
          ),
        ),
      ),
    );
  }
  if (v.skipped) {
    parts.push(
      el('h4', {}, t('readingSkipped', lang)),
      el('p', { class: 'line skipped' }, v.skipped),
      v.skippedRows.length > 0
        ? el(
            'ul',
            { class: 'reading-list rows' },
            ...v.skippedRows.map((r) =>
              place(
                rowTarget(table, r.row),
                el(
                  'span',
                  { class: 'key' },
                  el('span', { class: 'visually-hidden' }, `${W.row[lang]} `),
                  String(r.row),
                ),
                el('span', { class: 'role' }, r.reason),
                r.text ? el('span', { class: 'text' }, r.text) : undefined,
              ),
            ),
          )
        : undefined,
    );
  }
  if (v.bindings) {
    const text = bindingsText(v.bindings);
    const code = el(
      'pre',
      { class: 'bindings', tabindex: '0', 'aria-label': 'bindings' },
      el('code', {}, text),
    );
    const copy = el(
      'button',
      {
        type: 'button',
        class: 'copy',
        'aria-describedby': titleId,
        onclick: () => options.copy(text, table, code),
      },
      t('copyBindings', lang),
    );
    parts.push(
      el('h4', {}, t('readingBindings', lang)),
      el('p', { class: 'line hint' }, `${W.binding[lang]}:`),
      code,
      copy,
    );
  }
  return el('section', { class: `table-reading ${v.state}`, 'aria-labelledby': titleId }, ...parts);
}
