/**
 * The changes since the last check as text, HTML and rows: the end of `dondoc check`'s text
 * output, a section of the HTML and XLSX reports, and the `changes` member of the JSON. Pure.
 */
import { formatIsoText, type Message } from '@dondoc/core';
import type { FixedHow, OpenFinding, WorkbookChanges } from './diff.js';
import { changesNarrative } from './narrative.js';
import type { TrackedFinding } from './snapshot.js';

export type Lang = 'vi' | 'en';

/** What a check's outputs carry about the history: the changes per workbook and the sentence. */
export interface ChangesReport {
  readonly narrative?: Message;
  readonly workbooks: readonly WorkbookChanges[];
}

export function changesReport(workbooks: readonly WorkbookChanges[]): ChangesReport {
  const narrative = changesNarrative(workbooks);
  return { ...(narrative ? { narrative } : {}), workbooks };
}

const HOW: Readonly<Record<FixedHow, Message>> = {
  done: { vi: 'đã khắc phục', en: 'fixed' },
  late: { vi: 'đã hoàn thành (chậm)', en: 'done, late' },
  rescheduled: { vi: 'được lùi thời hạn', en: 'deadline moved later' },
  removed: { vi: 'không còn trong sổ', en: 'no longer in the workbook' },
};

/** Said instead of the changes when a workbook had no earlier check. */
export const FIRST_CHECK: Message = {
  vi: 'Đây là lần kiểm tra đầu tiên được ghi lại; lần sau sẽ so sánh với lần này.',
  en: 'This is the first recorded check; the next one compares with it.',
};

export type ChangeKind = 'new' | 'fixed' | 'still-open' | 'changed';

export const CHANGE_NAMES: Readonly<Record<ChangeKind, Message>> = {
  new: { vi: 'Mới phát sinh', en: 'New' },
  fixed: { vi: 'Đã khắc phục', en: 'Fixed' },
  'still-open': { vi: 'Vẫn tồn tại', en: 'Still open' },
  changed: { vi: 'Có thay đổi', en: 'Changed' },
};

/** One row per change, the same columns in every table format. */
export interface ChangeRow {
  readonly change: ChangeKind;
  readonly workbook: string;
  readonly rule: string;
  readonly agency: string;
  readonly title: string;
  /** How it was fixed, since when it is open, or what changed. */
  readonly detail: Message;
  readonly where: string;
  readonly message: Message;
}

function where(f: TrackedFinding): string {
  const l = f.location;
  if (!l?.sheet) return '';
  return l.cell ? `${l.sheet}!${l.cell}` : l.sheet;
}

function openDetail(o: OpenFinding): Message {
  // Days overdue, when it was already overdue at the previous check (a deadline still ahead, as for
  // "due soon", is not "overdue -7 → 0 days").
  const days =
    o.days !== undefined &&
    o.daysBefore !== undefined &&
    o.daysBefore > 0 &&
    o.days !== o.daysBefore
      ? {
          vi: `; quá hạn ${o.daysBefore} → ${o.days} ngày`,
          en: `; overdue ${o.daysBefore} → ${o.days} days`,
        }
      : { vi: '', en: '' };
  const changed = o.changes.length
    ? {
        vi: `; thay đổi: ${o.changes
          .map(
            (c) =>
              ({ due: 'thời hạn', severity: 'mức độ', expected: 'yêu cầu', actual: 'thực tế' })[c],
          )
          .join(', ')}`,
        en: `; changed: ${o.changes.join(', ')}`,
      }
    : { vi: '', en: '' };
  return {
    vi: `từ ${formatIsoText(o.since, 'cited')}, ${o.streak} lần kiểm tra liên tiếp${days.vi}${changed.vi}`,
    en: `since ${o.since}, ${o.streak} checks in a row${days.en}${changed.en}`,
  };
}

export function changeRows(report: ChangesReport): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const w of report.workbooks) {
    const base = (f: TrackedFinding) => ({
      workbook: w.workbook,
      rule: f.rule,
      agency: f.agency ?? '',
      title: f.title,
      where: where(f),
      message: f.message,
    });
    for (const f of w.new) rows.push({ change: 'new', ...base(f), detail: { vi: '', en: '' } });
    for (const { finding, how } of w.fixed) {
      rows.push({ change: 'fixed', ...base(finding), detail: HOW[how] });
    }
    for (const o of w.stillOpen) {
      rows.push({
        change: o.changes.length > 0 ? 'changed' : 'still-open',
        ...base(o.finding),
        detail: openDetail(o),
      });
    }
  }
  return rows;
}

/** The lines printed at the end of `dondoc check` when a history is kept. */
export function renderChangesText(report: ChangesReport, lang: Lang): string {
  const t = (m: Message) => m[lang];
  const lines: string[] = [
    '',
    lang === 'vi' ? 'So với lần kiểm tra trước:' : 'Since the previous check:',
  ];
  const first = report.workbooks.filter((w) => w.previous === undefined).length;
  if (report.narrative) lines.push(`  ${t(report.narrative)}`);
  if (first > 0) {
    lines.push(
      lang === 'vi'
        ? `  ${first} sổ được kiểm tra lần đầu; lần sau sẽ so sánh với lần này.`
        : `  ${first} workbook(s) checked for the first time; the next check compares with this one.`,
    );
  }
  for (const w of report.workbooks) {
    if (w.renamedFrom) {
      lines.push(
        lang === 'vi'
          ? `  ${w.workbook}: là sổ "${w.renamedFrom}" đã đổi tên.`
          : `  ${w.workbook}: the workbook formerly named "${w.renamedFrom}".`,
      );
    }
  }
  const rows = changeRows(report);
  for (const kind of ['new', 'fixed', 'changed', 'still-open'] as const) {
    const of = rows.filter((r) => r.change === kind);
    if (of.length === 0) continue;
    lines.push(`  ${t(CHANGE_NAMES[kind])} (${of.length}):`);
    for (const r of of) {
      const detail = t(r.detail);
      const agency = r.agency ? ` — ${r.agency}` : '';
      lines.push(
        `    • ${r.title}${agency}${detail ? ` (${detail})` : ''}${r.where ? ` [${r.where}]` : ''}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A section of the HTML report. */
export function renderChangesHtml(report: ChangesReport, lang: Lang): string {
  const t = (m: Message) => escapeHtml(m[lang]);
  const rows = changeRows(report);
  const body = rows
    .map(
      (r, i) =>
        `<tr class="change-${r.change}"><td>${i + 1}</td><td>${t(CHANGE_NAMES[r.change])}</td><td>${escapeHtml(r.agency)}</td><td>${escapeHtml(r.title)}</td><td>${t(r.detail)}</td><td>${escapeHtml(r.where)}</td></tr>`,
    )
    .join('\n');
  const head =
    lang === 'vi'
      ? '<th>STT</th><th>Thay đổi</th><th>Đơn vị</th><th>Nội dung</th><th>Chi tiết</th><th>Vị trí</th>'
      : '<th>#</th><th>Change</th><th>Agency</th><th>Item</th><th>Detail</th><th>Where</th>';
  const narrative = report.narrative ? `<p>${t(report.narrative)}</p>` : `<p>${t(FIRST_CHECK)}</p>`;
  return `<section class="changes">
<h2>${lang === 'vi' ? 'So với lần kiểm tra trước' : 'Since the previous check'}</h2>
${narrative}
${rows.length > 0 ? `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>` : ''}
</section>`;
}

/** The `changes` member of the JSON output. */
export function changesJson(report: ChangesReport): unknown {
  return {
    ...(report.narrative ? { narrative: report.narrative } : {}),
    workbooks: report.workbooks.map((w) => ({
      workbook: w.workbook,
      ...(w.renamedFrom ? { renamedFrom: w.renamedFrom } : {}),
      previous: w.previous ?? null,
      new: w.new.map(slim),
      fixed: w.fixed.map((f) => ({ ...slim(f.finding), how: f.how })),
      stillOpen: w.stillOpen.map((o) => ({
        ...slim(o.finding),
        since: o.since,
        streak: o.streak,
        ...(o.days !== undefined ? { days: o.days } : {}),
        ...(o.daysBefore !== undefined ? { daysBefore: o.daysBefore } : {}),
        changes: o.changes,
      })),
    })),
  };
}

function slim(f: TrackedFinding) {
  return {
    key: f.key,
    rule: f.rule,
    severity: f.severity,
    kind: f.kind,
    title: f.title,
    ...(f.agency !== undefined ? { agency: f.agency } : {}),
    ...(f.due !== undefined ? { due: f.due } : {}),
    ...(f.location !== undefined ? { location: f.location } : {}),
    message: f.message,
  };
}
