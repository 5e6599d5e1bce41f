/**
 * What a check understood of each table, in words a clerk reads (`dondoc check --explain`, the
 * task pane's "Cách đọc bảng" panel): the kind chosen, its score and the runner-up, the header
 * rows, each column's role, the rows skipped and why, and the `bindings` that pin the reading
 * when it is wrong.
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

const SKIP_LABELS: Record<SkipReason, { vi: string; en: string }> = {
  section: { vi: 'dòng tiêu đề mục', en: 'section row(s)' },
  total: { vi: 'dòng tổng cộng', en: 'total row(s)' },
  footer: { vi: 'dòng chữ ký, ghi chú cuối bảng', en: 'signature or footnote row(s)' },
  blank: { vi: 'dòng trống', en: 'blank row(s)' },
  'repeated-header': { vi: 'dòng tiêu đề lặp lại', en: 'repeated header row(s)' },
  placeholder: { vi: 'dòng mẫu chưa điền', en: 'unfilled template row(s)' },
};

const T = {
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

const num = (n: number, lang: Lang) =>
  lang === 'vi' ? n.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) : String(n);

function rowsText(rows: readonly number[]): string {
  if (rows.length === 0) return '';
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

/** The lines describing one table's reading, indented under its sheet. */
export function understandingOf(u: TableUnderstanding, lang: Lang): string[] {
  const lines: string[] = [];
  const best = u.scores[0];
  const runnerUp = u.scores.find((s) => s.kind !== best?.kind);
  if (u.kind === 'none' && !u.uncertain) {
    lines.push(`${T.none[lang]}${u.note ? `: ${u.note[lang]}` : ''}`);
    return lines;
  }
  const kind = best ? TABLE_KIND_LABELS[best.kind][lang] : T.none[lang];
  const score = best
    ? ` (${T.score[lang]} ${num(best.score, lang)}: ${T.header[lang]} ${best.header} + ${T.content[lang]} ${num(best.content, lang)})`
    : '';
  const second = runnerUp
    ? `; ${T.runnerUp[lang]}: ${TABLE_KIND_LABELS[runnerUp.kind][lang]} (${T.score[lang]} ${num(runnerUp.score, lang)})`
    : '';
  lines.push(`${u.uncertain ? `${T.uncertain[lang]}: ` : ''}${kind}${score}${second}`);
  if (u.headerRows.length > 0) lines.push(`${T.headerRows[lang]} ${rowsText(u.headerRows)}`);
  for (const c of u.columns) {
    const label = FIELD_LABELS[c.field]?.[lang] ?? c.field;
    const period = c.period !== undefined ? `, ${c.period[lang]}` : '';
    lines.push(`  ${c.column.padEnd(3)} ${label}${period} ← "${c.header}"`);
  }
  const skipped = Object.entries(u.skipped) as Array<[SkipReason, number]>;
  if (skipped.length > 0) {
    lines.push(
      `${T.skipped[lang]}: ${skipped.map(([r, n]) => `${n} ${SKIP_LABELS[r][lang]}`).join(', ')}`,
    );
    for (const r of u.skippedRows) {
      lines.push(`  ${T.row[lang]} ${r.row} (${SKIP_LABELS[r.reason][lang]}): ${r.text}`);
    }
  }
  if (u.binding) lines.push(`${T.binding[lang]}: ${JSON.stringify({ bindings: u.binding })}`);
  return lines;
}

/** Every table of every sheet, the first table of a sheet and any below it. */
function tablesOf(sheet: SheetResult): SheetResult[] {
  return [sheet, ...(sheet.more ?? [])];
}

/** The whole explanation of a run, or no lines when the check did not record one. */
export function understandingLines(workbooks: readonly WorkbookResult[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const wb of workbooks) {
    for (const sheet of wb.sheets) {
      for (const table of tablesOf(sheet)) {
        if (!table.understanding) continue;
        lines.push(`${wb.workbook} › ${table.name}`);
        for (const line of understandingOf(table.understanding, lang)) lines.push(`  ${line}`);
      }
    }
  }
  return lines.length > 0 ? [T.title[lang], '', ...lines] : [];
}
