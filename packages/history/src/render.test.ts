import { describe, expect, it } from 'vitest';
import type { OpenFinding, WorkbookChanges } from './diff.js';
import { changeRows } from './render.js';
import type { TrackedFinding } from './snapshot.js';

function open(rule: string, days: number, daysBefore: number): OpenFinding {
  const finding: TrackedFinding = {
    key: `${rule}\u241ftask|ra soat quy hoach can bo|ban to chuc huyen uy`,
    itemKey: 'task|ra soat quy hoach can bo|ban to chuc huyen uy',
    rule,
    severity: 'error',
    kind: 'task',
    title: 'Rà soát quy hoạch cán bộ',
    agency: 'Ban Tổ chức Huyện ủy',
    due: '2024-07-08',
    message: { vi: 'Rà soát quy hoạch cán bộ', en: 'Rà soát quy hoạch cán bộ' },
  };
  return {
    finding,
    before: finding,
    since: '2024-07-01',
    streak: 2,
    days,
    daysBefore,
    changes: [],
  };
}

function changes(stillOpen: OpenFinding[]): WorkbookChanges {
  return {
    workbook: 'theo-doi.xlsx',
    previous: { asOf: '2024-07-01', recordedAt: '2024-07-01T08:00:00Z' },
    new: [],
    fixed: [],
    stillOpen,
    changed: [],
  };
}

describe('changeRows', () => {
  it.each([
    ['task/overdue', 18, 11, 'từ 01/7/2024, 2 lần kiểm tra liên tiếp; quá hạn 11 → 18 ngày'],
    // Due soon at both checks: its deadline is still ahead, it is not "overdue -7 → 0 days".
    ['task/due-soon', 0, -7, 'từ 01/7/2024, 2 lần kiểm tra liên tiếp'],
    ['task/overdue', 11, 11, 'từ 01/7/2024, 2 lần kiểm tra liên tiếp'],
  ])(
    'a still-open %s, %i days past its deadline (%i before), says %s',
    (rule, days, before, vi) => {
      const [row] = changeRows({ workbooks: [changes([open(rule, days, before)])] });
      expect(row!.detail.vi).toBe(vi);
    },
  );
});
