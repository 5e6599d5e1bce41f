/** Small snapshots in the shape a check of a tracking workbook produces. */
import type { Finding } from '@dondoc/core';
import type { CheckSnapshot, TrackedTask, WorkbookSnapshot } from '../snapshot.js';
import { trackFindings } from '../snapshot.js';
import { itemKey } from '../identity.js';

export interface TaskRow {
  readonly title: string;
  readonly agency: string;
  readonly due: string;
  readonly state: TrackedTask['state'];
  readonly completedOn?: string;
  readonly row: number;
}

/** The findings and task list a check of these rows gives on `asOf`. */
export function workbookOf(name: string, rows: readonly TaskRow[], asOf: string): WorkbookSnapshot {
  const findings: Finding[] = [];
  for (const r of rows) {
    if (r.state !== 'overdue' && r.state !== 'late') continue;
    const days = Math.round((Date.parse(asOf) - Date.parse(r.due)) / 86_400_000);
    findings.push({
      rule: r.state === 'overdue' ? 'task/overdue' : 'task/late',
      severity: r.state === 'overdue' ? 'error' : 'warning',
      subject: { kind: 'task', id: String(r.row - 1), title: r.title },
      agency: r.agency,
      location: { workbook: name, sheet: 'Theo dõi', cell: `D${r.row}`, row: r.row },
      expected: `hoàn thành chậm nhất … / completed by ${r.due}`,
      actual: 'Đang thực hiện',
      message: {
        vi: `Nhiệm vụ "${r.title}" quá hạn ${days} ngày`,
        en: `Task "${r.title}" is ${days} day(s) overdue`,
      },
    });
  }
  const tasks = rows.map((r) => ({
    key: itemKey({ kind: 'task', title: r.title, agency: r.agency }),
    title: r.title,
    agency: r.agency,
    due: r.due,
    state: r.state,
    ...(r.completedOn !== undefined ? { completedOn: r.completedOn } : {}),
  }));
  return { workbook: name, status: 'checked', findings: trackFindings(findings, new Set()), tasks };
}

export function checkOf(asOf: string, workbooks: WorkbookSnapshot[]): CheckSnapshot {
  return {
    recordedAt: `${asOf}T09:00:00.000Z`,
    asOf,
    pack: { id: 'generic', version: '1.0.0', title: 'Theo dõi nhiệm vụ chung' },
    tool: { name: 'dondoc', version: '0.1.0' },
    workbooks,
  };
}
