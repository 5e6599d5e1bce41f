/**
 * What a check understood of each table, in words a clerk reads (`dondoc check --explain`, the
 * task pane's "Cách đọc các bảng" panel): the kind chosen, its score and the runner-up, the header
 * rows, each column's role, the rows skipped and why, and the `bindings` that pin the reading
 * when it is wrong. `understandingView` gives the pieces (the task pane lays them out),
 * `understandingOf` the same pieces as lines (the CLI prints them): one set of words for both.
 */
import {
  FIELD_LABELS,
  TABLE_KIND_LABELS,
  type SheetResult,
  type SkipReason,
  type TableUnderstanding,
  type WorkbookResult,
} from '@dondoc/core';
import type { Lang } from './input.js';

export const SKIP_LABELS: Readonly<
  Record<SkipReason, { readonly vi: string; readonly en: string }>
> = {
  section: { vi: 'dòng tiêu đề mục', en: 'section row(s)' },
  total: { vi: 'dòng tổng cộng', en: 'total row(s)' },
  footer: { vi: 'dòng chữ ký, ghi chú cuối bảng', en: 'signature or footnote row(s)' },
  blank: { vi: 'dòng trống', en: 'blank row(s)' },
  'repeated-header': { vi: 'dòng tiêu đề lặp lại', en: 'repeated header row(s)' },
  placeholder: { vi: 'dòng mẫu chưa điền', en: 'unfilled template row(s)' },
};

/** The words of the explanation, for whoever lays it out. */
export const UNDERSTANDING_WORDS = {
  title: { vi: 'Cách đọc các bảng', en: 'How the tables were read' },
  none: { vi: 'không có bảng', en: 'no table' },
  uncertain: { vi: 'chưa chắc chắn, không đánh giá', en: 'uncertain, not evaluated' },
  score: { vi: 'điểm', en: 'score' },
  header: { vi: 'tiêu đề', en: 'header' },
  content: { vi: 'nội dung', en: 'content' },
  runnerUp: { vi: 'xếp sau', en: 'runner-up' },
  headerRows: { vi: 'dòng tiêu đề', en: 'header row(s)' },
  skipped: { vi: 'bỏ qua', en: 'skipped' },
  row: { vi: 'dòng', en: 'row' },
  binding: {
    vi: 'nếu đọc sai, ghim cách đọc đúng trong bộ quy tắc, ví dụ',
    en: 'if this is wrong, pin the right reading in the pack, e.g.',
  },
} as const;
const T = UNDERSTANDING_WORDS;

/** A column as read: its letter, its role in words, the period of a figure column, its header. */
export interface ColumnView {
  readonly column: string;
  readonly role: string;
  readonly period?: string;
  readonly header: string;
}

export interface SkippedRowView {
  readonly row: number;
  readonly reason: string;
  readonly text: string;
}

/** One table's reading, piece by piece, in one language. */
export interface UnderstandingView {
  /** read: a table was read; uncertain: two kinds too close, not evaluated; none: no table. */
  readonly state: 'read' | 'uncertain' | 'none';
  /** The kind chosen (or, when uncertain, the best-scoring one): "bảng chỉ tiêu". */
  readonly kind?: string;
  /** "điểm 8: tiêu đề 5 + nội dung 3". */
  readonly score?: string;
  /** The best other kind: "bảng nhiệm vụ (điểm 4)". */
  readonly runnerUp?: string;
  /** "dòng tiêu đề 2–3". */
  readonly headerRows?: string;
  readonly columns: readonly ColumnView[];
  /** "bỏ qua: 1 dòng tổng cộng, 2 dòng trống". */
  readonly skipped?: string;
  readonly skippedRows: readonly SkippedRowView[];
  /** What goes in the pack to pin this reading: `{ "bindings": { kind: { sheet, … } } }`. */
  readonly bindings?: { readonly bindings: { readonly [kind: string]: unknown } };
  /** Why nothing was read, or why the table was not evaluated. */
  readonly note?: string;
}

const num = (n: number, lang: Lang) =>
  lang === 'vi' ? n.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) : String(n);

function rowsText(rows: readonly number[]): string {
  if (rows.length === 0) return '';
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

/** One table's reading, in pieces. */
export function understandingView(u: TableUnderstanding, lang: Lang): UnderstandingView {
  const note = u.note?.[lang];
  if (u.kind === 'none' && !u.uncertain) {
    return { state: 'none', columns: [], skippedRows: [], ...(note ? { note } : {}) };
  }
  const best = u.scores[0];
  const runnerUp = u.scores.find((s) => s.kind !== best?.kind);
  const skipped = Object.entries(u.skipped) as Array<[SkipReason, number]>;
  return {
    state: u.uncertain ? 'uncertain' : 'read',
    ...(best
      ? {
          kind: TABLE_KIND_LABELS[best.kind][lang],
          score: `${T.score[lang]} ${num(best.score, lang)}: ${T.header[lang]} ${best.header} + ${T.content[lang]} ${num(best.content, lang)}`,
        }
      : {}),
    ...(runnerUp
      ? {
          runnerUp: `${TABLE_KIND_LABELS[runnerUp.kind][lang]} (${T.score[lang]} ${num(runnerUp.score, lang)})`,
        }
      : {}),
    ...(u.headerRows.length > 0
      ? { headerRows: `${T.headerRows[lang]} ${rowsText(u.headerRows)}` }
      : {}),
    columns: u.columns.map((c) => ({
      column: c.column,
      role: FIELD_LABELS[c.field]?.[lang] ?? c.field,
      ...(c.period !== undefined ? { period: c.period[lang] } : {}),
      header: c.header,
    })),
    ...(skipped.length > 0
      ? {
          skipped: `${T.skipped[lang]}: ${skipped.map(([r, n]) => `${n} ${SKIP_LABELS[r][lang]}`).join(', ')}`,
        }
      : {}),
    skippedRows: u.skippedRows.map((r) => ({
      row: r.row,
      reason: SKIP_LABELS[r.reason][lang],
      text: r.text,
    })),
    ...(u.binding ? { bindings: { bindings: u.binding } } : {}),
    ...(note ? { note } : {}),
  };
}

/** The lines describing one table's reading, indented under its sheet. */
export function understandingOf(u: TableUnderstanding, lang: Lang): string[] {
  const v = understandingView(u, lang);
  if (v.state === 'none') return [`${T.none[lang]}${v.note ? `: ${v.note}` : ''}`];
  const lines: string[] = [];
  lines.push(
    `${v.state === 'uncertain' ? `${T.uncertain[lang]}: ` : ''}${v.kind ?? T.none[lang]}${v.score ? ` (${v.score})` : ''}${v.runnerUp ? `; ${T.runnerUp[lang]}: ${v.runnerUp}` : ''}`,
  );
  if (v.headerRows) lines.push(v.headerRows);
  if (v.state === 'read' && v.note) lines.push(v.note);
  for (const c of v.columns) {
    lines.push(
      `  ${c.column.padEnd(3)} ${c.role}${c.period ? `, ${c.period}` : ''} ← "${c.header}"`,
    );
  }
  if (v.skipped) {
    lines.push(v.skipped);
    for (const r of v.skippedRows) lines.push(`  ${T.row[lang]} ${r.row} (${r.reason}): ${r.text}`);
  }
  if (v.bindings) lines.push(`${T.binding[lang]}: ${JSON.stringify(v.bindings)}`);
  return lines;
}

/** A table whose reading was recorded, with where it is. */
export interface ExplainedTable {
  readonly workbook: string;
  readonly sheet: string;
  /** 1-based place among the tables of its sheet, and how many the sheet holds. */
  readonly index: number;
  readonly of: number;
  readonly understanding: TableUnderstanding;
}

/** Every table of every sheet whose reading was recorded: the first of a sheet and any below it. */
export function explainedTables(workbooks: readonly WorkbookResult[]): ExplainedTable[] {
  const out: ExplainedTable[] = [];
  for (const wb of workbooks) {
    for (const sheet of wb.sheets) {
      const tables: SheetResult[] = [sheet, ...(sheet.more ?? [])];
      tables.forEach((table, i) => {
        if (!table.understanding) return;
        out.push({
          workbook: wb.workbook,
          sheet: table.name,
          index: i + 1,
          of: tables.length,
          understanding: table.understanding,
        });
      });
    }
  }
  return out;
}

/** The whole explanation of a run, or no lines when the check did not record one. */
export function understandingLines(workbooks: readonly WorkbookResult[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const table of explainedTables(workbooks)) {
    lines.push(`${table.workbook} › ${table.sheet}`);
    for (const line of understandingOf(table.understanding, lang)) lines.push(`  ${line}`);
  }
  return lines.length > 0 ? [T.title[lang], '', ...lines] : [];
}
