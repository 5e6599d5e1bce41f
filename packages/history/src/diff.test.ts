import { describe, expect, it } from 'vitest';
import { diffWorkbook } from './diff.js';
import { changesNarrative } from './narrative.js';
import { workbookOf, type TaskRow } from './test-support/snapshots.js';

const ROWS: TaskRow[] = [
  {
    title: 'Xây dựng kế hoạch tuyên truyền',
    agency: 'Ban Tuyên giáo Huyện ủy',
    due: '2024-06-24',
    state: 'overdue',
    row: 4,
  },
  {
    title: 'Tổng kết công tác cán bộ',
    agency: 'Ban Tổ chức Huyện ủy',
    due: '2024-06-20',
    state: 'overdue',
    row: 5,
  },
  { title: 'Báo cáo sơ kết', agency: 'UBND huyện', due: '2024-06-15', state: 'overdue', row: 6 },
  { title: 'Báo cáo sơ kết', agency: 'Phòng Nội vụ', due: '2024-07-05', state: 'open', row: 7 },
];

function first(asOf = '2024-07-01') {
  const snapshot = workbookOf('theo-doi.xlsx', ROWS, asOf);
  const { findings } = diffWorkbook(undefined, snapshot, asOf);
  return { asOf, recordedAt: `${asOf}T09:00:00Z`, snapshot: { ...snapshot, findings } };
}

describe('diffWorkbook', () => {
  it('on a first check everything is new and nothing is fixed', () => {
    const snapshot = workbookOf('theo-doi.xlsx', ROWS, '2024-07-01');
    const { changes, findings } = diffWorkbook(undefined, snapshot, '2024-07-01');
    expect(changes.previous).toBeUndefined();
    expect(changes.new).toHaveLength(3);
    expect(findings.every((f) => f.streak === 1 && f.since === '2024-07-01')).toBe(true);
    expect(changesNarrative([changes])).toBeUndefined();
  });

  it('tells done, done late, new and still open apart, and counts checks in a row', () => {
    const week2: TaskRow[] = [
      { ...ROWS[0]!, state: 'done' }, // done: fixed
      { ...ROWS[1]!, state: 'late' }, // done after its deadline: fixed, not a new problem
      ROWS[2]!, // still overdue
      { ...ROWS[3]!, due: '2024-07-05', state: 'overdue' }, // newly overdue
    ];
    const { changes, findings } = diffWorkbook(
      first(),
      workbookOf('theo-doi.xlsx', week2, '2024-07-08'),
      '2024-07-08',
    );
    expect(changes.fixed.map((f) => [f.finding.title, f.how])).toEqual([
      ['Xây dựng kế hoạch tuyên truyền', 'done'],
      ['Tổng kết công tác cán bộ', 'late'],
    ]);
    expect(changes.new.map((f) => `${f.rule} ${f.agency}`)).toEqual(['task/overdue Phòng Nội vụ']);
    expect(changes.stillOpen).toHaveLength(1);
    const open = changes.stillOpen[0]!;
    expect([open.finding.agency, open.since, open.streak, open.daysBefore, open.days]).toEqual([
      'UBND huyện',
      '2024-07-01',
      2,
      16,
      23,
    ]);
    expect(changes.changed).toEqual([]); // only the days passed
    expect(findings.find((f) => f.agency === 'UBND huyện')?.streak).toBe(2);
    expect(changesNarrative([changes])?.vi).toBe(
      'So với lần kiểm tra ngày 01/7/2024: 02 nhiệm vụ đã hoàn thành, 01 nhiệm vụ mới quá hạn, 01 nhiệm vụ vẫn quá hạn.',
    );
  });

  it('keeps identities when rows are inserted above and the file is renamed', () => {
    const moved = ROWS.map((r) => ({ ...r, row: r.row + 3 }));
    const { changes } = diffWorkbook(
      first(),
      workbookOf('theo-doi-ban-moi.xlsx', moved, '2024-07-08'),
      '2024-07-08',
    );
    expect(changes.new).toEqual([]);
    expect(changes.fixed).toEqual([]);
    expect(changes.stillOpen).toHaveLength(3);
    expect(changes.renamedFrom).toBe('theo-doi.xlsx');
  });

  it('says a task was removed, or given a later deadline, rather than done', () => {
    const week2: TaskRow[] = [
      { ...ROWS[0]!, due: '2024-08-31', state: 'open' },
      ROWS[2]!,
      ROWS[3]!,
    ];
    const { changes } = diffWorkbook(
      first(),
      workbookOf('theo-doi.xlsx', week2, '2024-07-08'),
      '2024-07-08',
    );
    expect(changes.fixed.map((f) => [f.finding.agency, f.how])).toEqual([
      ['Ban Tuyên giáo Huyện ủy', 'rescheduled'],
      ['Ban Tổ chức Huyện ủy', 'removed'],
    ]);
    expect(changesNarrative([changes])?.vi).toBe(
      'So với lần kiểm tra ngày 01/7/2024: 01 nhiệm vụ được lùi thời hạn, 01 nhiệm vụ không còn trong sổ, 01 nhiệm vụ vẫn quá hạn.',
    );
  });

  it('shows "due soon" turning into "overdue" as newly overdue, not as fixed', () => {
    const soon = {
      ...first(),
    };
    const dueSoon = {
      key: 'task/due-soon\u241ftask|bao cao so ket|phong noi vu',
      itemKey: 'task|bao cao so ket|phong noi vu',
      rule: 'task/due-soon',
      severity: 'info' as const,
      kind: 'task',
      title: 'Báo cáo sơ kết',
      agency: 'Phòng Nội vụ',
      message: { vi: 'sắp đến hạn', en: 'due soon' },
    };
    soon.snapshot = { ...soon.snapshot, findings: [...soon.snapshot.findings, dueSoon] };
    const week2 = ROWS.map((r) =>
      r.agency === 'Phòng Nội vụ' ? { ...r, state: 'overdue' as const } : r,
    );
    const { changes } = diffWorkbook(
      soon,
      workbookOf('theo-doi.xlsx', week2, '2024-07-08'),
      '2024-07-08',
    );
    expect(changes.fixed).toEqual([]);
    expect(changes.new.map((f) => `${f.rule} ${f.agency}`)).toEqual(['task/overdue Phòng Nội vụ']);
  });

  it('reports a still-open finding whose deadline moved as changed', () => {
    const week2 = ROWS.map((r) => (r.agency === 'UBND huyện' ? { ...r, due: '2024-06-30' } : r));
    const { changes } = diffWorkbook(
      first(),
      workbookOf('theo-doi.xlsx', week2, '2024-07-08'),
      '2024-07-08',
    );
    expect(changes.changed.map((o) => [o.finding.agency, o.changes])).toEqual([
      ['UBND huyện', ['due']],
    ]);
  });

  it('says nothing changed when nothing did', () => {
    const { changes } = diffWorkbook(
      first(),
      workbookOf('theo-doi.xlsx', ROWS, '2024-07-01'),
      '2024-07-01',
    );
    expect(changesNarrative([changes])?.vi).toBe(
      'So với lần kiểm tra ngày 01/7/2024: 03 nhiệm vụ vẫn quá hạn.',
    );
  });
});
