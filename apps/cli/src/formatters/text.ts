import { escapeControls } from '../terminal.js';
import { formatViDate, parseIsoDate, type Finding, type Severity } from '@dondoc/core';
import type { Lang } from '../messages.js';
import {
  agencyScoreTable,
  narrativeOf,
  scorecardsOfInput,
  scoreText,
  understandingLines,
  workbookScoreTable,
  type ScoreTable,
} from '@dondoc/report';
import type { Formatter } from './types.js';

const SEVERITY_LABEL: Record<Severity, { vi: string; en: string }> = {
  error: { vi: 'Lỗi', en: 'Errors' },
  warning: { vi: 'Cảnh báo', en: 'Warnings' },
  info: { vi: 'Thông tin', en: 'Info' },
};
const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const T = {
  pack: { vi: 'Bộ quy tắc', en: 'Rule pack' },
  asOf: { vi: 'Ngày kiểm tra', en: 'As of' },
  clean: { vi: 'Không phát hiện vấn đề nào.', en: 'No problems found.' },
  notEvaluated: { vi: 'Chưa kiểm tra được', en: 'Not evaluated' },
  unreadable: { vi: 'Không đọc được', en: 'Unreadable' },
  noTable: { vi: 'Không có bảng theo dõi nhận ra được', en: 'No recognisable tracking table' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  byAgency: { vi: 'Bảng điểm theo đơn vị', en: 'Scorecard by agency' },
  byWorkbook: { vi: 'Kết quả theo sổ theo dõi', en: 'Result by workbook' },
} as const;

const NAME_WIDTH = 40;

/** A scorecard as aligned columns: a line of groups, a line of titles, then the rows. */
function tableLines(table: ScoreTable, lang: Lang): string[] {
  const clipName = (t: string) => (t.length > NAME_WIDTH ? `${t.slice(0, NAME_WIDTH - 1)}…` : t);
  const cells = table.rows.map((row) =>
    row.map((v, i) => (i === 0 ? clipName(scoreText(v, lang)) : scoreText(v, lang))),
  );
  const titles = table.columns.map((c) => c.title[lang]);
  const groups = table.columns.map((c, i) =>
    c.group && table.columns[i - 1]?.group !== c.group ? c.group[lang] : '',
  );
  const widths = table.columns.map((_, i) =>
    Math.max(titles[i]!.length, ...cells.map((r) => r[i]!.length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => {
        const numeric = table.rows[0]?.[i]?.kind !== 'text';
        return numeric ? v.padStart(widths[i]!) : v.padEnd(widths[i]!);
      })
      .join('  ')
      .trimEnd();
  const groupLine = groups
    .map((g, i) => g.padEnd(widths[i]!))
    .join('  ')
    .trimEnd();
  return [groupLine, line(titles), ...cells.map(line)].map((l) => `  ${l}`);
}

function where(f: Finding): string {
  const loc = f.location;
  if (!loc) return '';
  if (loc.sheet && loc.cell) return `${loc.sheet}!${loc.cell}`;
  return loc.sheet ?? '';
}

function totals(counts: Record<Severity, number>, files: number, lang: Lang): string {
  return lang === 'vi'
    ? `${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} thông tin · ${files} tệp`
    : `${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info · ${files} file(s)`;
}

/** Human-readable output: per workbook, findings grouped by severity with Sheet!Cell. */
export const formatText: Formatter = (run, { lang, color }) => {
  // Names and text from the workbooks are data: their control characters are shown escaped.
  const e = escapeControls;
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const bold = (s: string) => paint('1', s);
  const dim = (s: string) => paint('2', s);
  const { report } = run;
  const asOf = parseIsoDate(report.asOf);
  const lines: string[] = [];
  lines.push(
    `${bold('dondoc')} · ${T.pack[lang]}: ${report.pack.id} ${report.pack.version} (${e(report.pack.title)}) · ${T.asOf[lang]}: ${
      lang === 'vi' && asOf ? formatViDate(asOf) : report.asOf
    }`,
  );
  // `check --explain`: how each table was read, before what was found in it.
  const understanding = understandingLines(run.workbooks, lang);
  if (understanding.length > 0) {
    lines.push('');
    lines.push(bold(understanding[0]!));
    for (const line of understanding.slice(1)) lines.push(e(line));
  }
  for (const wb of run.workbooks) {
    lines.push('');
    lines.push(bold(e(wb.workbook)));
    if (wb.status === 'unreadable') {
      lines.push(`  ${paint('31', T.unreadable[lang])}: ${e(wb.error?.[lang] ?? '')}`);
      continue;
    }
    if (wb.status === 'no-table') {
      lines.push(`  ${paint('33', T.noTable[lang])}`);
    }
    // text typed in a legacy font (TCVN3, VNI) that was read as Unicode: said, never silent
    for (const sheet of wb.sheets)
      for (const note of sheet.legacyText ?? []) lines.push(`  ${dim(e(note.message[lang]))}`);
    const width = Math.max(0, ...wb.findings.map((f) => e(where(f)).length));
    const ruleWidth = Math.max(0, ...wb.findings.map((f) => f.rule.length));
    for (const severity of ORDER) {
      const group = wb.findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push(
        `  ${paint(SEVERITY_COLOR[severity], `${SEVERITY_LABEL[severity][lang]} (${group.length})`)}`,
      );
      for (const f of group) {
        lines.push(
          `    ${e(where(f)).padEnd(width)}  ${dim(f.rule.padEnd(ruleWidth))}  ${e(f.message[lang])}`,
        );
      }
    }
    if (wb.status === 'checked' && wb.findings.length === 0)
      lines.push(`  ${paint('32', T.clean[lang])}`);
    const skipped = wb.notEvaluated.filter(
      (n) => n.scope !== 'workbook' || wb.status === 'checked',
    );
    if (skipped.length > 0) {
      lines.push(`  ${dim(T.notEvaluated[lang] + ':')}`);
      for (const n of skipped) lines.push(`    ${dim('- ' + e(n.reason[lang]))}`);
    }
  }
  // Scorecards: per agency, and per workbook when several were checked (worst first).
  const scorecards = scorecardsOfInput(run);
  const agencies = agencyScoreTable(scorecards.agencies, lang);
  if (agencies.rows.length > 0) {
    lines.push('');
    lines.push(bold(T.byAgency[lang]));
    for (const line of tableLines(agencies, lang)) lines.push(e(line));
  }
  if (scorecards.workbooks.length > 1) {
    lines.push('');
    lines.push(bold(T.byWorkbook[lang]));
    for (const line of tableLines(workbookScoreTable(scorecards.workbooks, lang), lang))
      lines.push(e(line));
  }
  lines.push('');
  lines.push(`${bold(T.total[lang])}: ${totals(report.summary, run.workbooks.length, lang)}`);
  // The narrative summary, in the documents' own style.
  for (const sentence of narrativeOf(run)) lines.push(e(sentence[lang]));
  return lines.join('\n') + '\n';
};
