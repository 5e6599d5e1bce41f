/**
 * A rate header ("Tỷ lệ …") names a measure: never the row's item, unit, owner or group, whatever
 * word it mentions ("xếp loại", "phân loại", "đơn vị"); and each measure of a table of units may
 * be split into its short target and result ("CT" chỉ tiêu | "KQ" kết quả) — layouts held-out set
 * 16, s07 (the wordings here are a school office's).
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { matchHeader, vocabularyOf } from './matcher.js';
import { testPack, checkGrid } from '../testing/check-grid.js';

describe('a rate header names a measure', () => {
  it.each([
    ['indicators', 'Tỷ lệ học sinh xếp loại học lực giỏi (%)'],
    ['roster', 'Tỷ lệ cơ sở phân loại chất thải y tế'],
    ['tasks', 'Tỷ lệ đơn vị nộp hồ sơ đúng hạn'],
  ] as const)('%s: %j names no item, unit, owner or group', (kind, text) => {
    const field = matchHeader(text, vocabularyOf(kind))?.field;
    expect(['title', 'unit', 'owner', 'group']).not.toContain(field);
  });

  it.each([
    ['CT 2024', 'plan'],
    ['CT giao', 'plan'],
    ['KQ 2024', 'actual'],
    ['KQ thực hiện', 'actual'],
  ])('%j is the %s of a measure', (text, field) => {
    expect(matchHeader(text, vocabularyOf('indicators'))?.field).toBe(field);
  });
});

const pack = testPack('chi-tieu', 'Chỉ tiêu (mẫu)');

function check(rows: readonly (readonly GridValue[])[]) {
  const checked = checkGrid(
    pack,
    { year: 2025, month: 7, day: 15 },
    [gridSheet('Chỉ tiêu', rows)],
    'chi-tieu.xlsx',
  );
  return {
    tables: checked.tables,
    findings: checked.findings,
  };
}

describe('two measures on each school row, each a short target and result', () => {
  it('judges both measures of every school', () => {
    const r = check([
      [
        'STT',
        'Trường',
        'Số học sinh',
        'Tỷ lệ học sinh xếp loại học lực giỏi (%)',
        null,
        'Tỷ lệ học sinh lên lớp thẳng (%)',
        null,
      ],
      [null, null, null, 'CT 2024', 'KQ 2024', 'CT 2024', 'KQ 2024'],
      [1, 'Trường THCS Thanh Lương', 412, 30, 33.5, 97, 96.2],
      [2, 'Trường THCS Thanh Hà', 380, 25, 22.1, 96, 97.4],
      [3, 'Trường THCS Thanh Tân', 295, 25, 25, 96, null],
      [null, 'Toàn huyện', 1087, 27, 27.4, 96.4, 96.8],
    ]);
    expect(r.tables).toEqual(['indicators']);
    // the total row is no school; the year 2024 has ended
    expect(r.findings).toEqual([
      'indicator/exceeded E3',
      'indicator/exceeded G4',
      'indicator/missing-value G5',
      'indicator/unmet E4',
      'indicator/unmet G3',
    ]);
  });
});
