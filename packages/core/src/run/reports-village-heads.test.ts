/**
 * A commune's log of its villages' monthly reports, under a header naming the unit by its regional
 * name ("Ấp", "Bản", "Buôn") and a roster headed "Tên ấp" / "Tên bản"; a line sent in the head's
 * name ("Trưởng ấp Phước Yên", "Trưởng thôn Nà Pục") is the village's — layouts held-out set 12,
 * n09 (a southern commune's hamlets); its Front work committee ("BCTMT thôn …") too — set 10, k11.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { agencySimilarity } from '../vi/agencies.js';
import { checkSheets, createChecker } from './checker.js';

describe("a village's head stands for the village", () => {
  it.each([
    ['Trưởng ấp Phước Yên', 'Ấp Phước Yên'],
    ['Trưởng thôn Nà Pục', 'Thôn Nà Pục'],
    ['Tổ trưởng tổ dân phố số 4', 'Tổ dân phố số 4'],
    ['Ban nhân dân ấp Tân Hòa', 'Ấp Tân Hòa'],
    ['BND khu phố 3', 'Khu phố 3'],
    // the village's Front work committee
    ['Ban công tác Mặt trận thôn Khuổi Khỉ', 'Thôn Khuổi Khỉ'],
    ['BCTMT thôn Nà Pục', 'Thôn Nà Pục'],
    ['Ban CTMT tổ dân phố số 6', 'Tổ dân phố số 6'],
  ])('%j is %j', (written, unit) => {
    expect(agencySimilarity(written, unit)).toBe(1);
  });

  it('a school is still a school', () => {
    expect(agencySimilarity('Trường Tiểu học Bản Xèo', 'Bản Xèo')).toBeLessThan(1);
  });
});

function checkLog(kind: string, villages: readonly string[], lines: readonly GridValue[][]) {
  const p = parsePack({
    id: 'bao-cao-thang',
    version: '1.0.0',
    title: 'Báo cáo tháng của các thôn (mẫu)',
    agencies: villages.map((name, i) => ({ id: `v${i}`, name })),
    groups: [{ id: 'cac-thon', name: 'Các thôn', members: villages.map((_, i) => `v${i}`) }],
    reports: [
      {
        id: 'thang',
        title: 'Báo cáo tình hình tháng',
        from: ['cac-thon'],
        schedule: {
          every: 'month',
          due: { day: 5, before: false, monthOffset: 1 },
          from: '2024-10-01',
          until: '2024-10-31',
        },
      },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const log = gridSheet('Nhận BC', [
    ['STT', kind, 'Báo cáo tháng', 'Ngày nhận'],
    ...lines.map((l, i) => [i + 1, ...l]),
  ]);
  const roster = gridSheet('Danh sách', [
    ['STT', `Tên ${kind.toLowerCase()}`, 'Số hộ'],
    ...villages.map((name, i) => [i + 1, name, 120 + i]),
  ]);
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2024, month: 11, day: 15 } }),
    'thon.xlsx',
    [log, roster],
  );
  return {
    tables: result.sheets.map((s) => s.table),
    findings: result.findings
      .map((f) => `${f.rule} ${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`)
      .sort(),
  };
}

describe('villages by their regional names', () => {
  it.each([
    {
      kind: 'Bản',
      villages: ['Bản Nà Pục', 'Bản Co Muông', 'Bản Huổi Một'],
      lines: [
        ['Bản Nà Pục', 'Tháng 10/2024', d(2024, 11, 4)],
        ['Trưởng bản Co Muông', 'Tháng 10/2024', d(2024, 11, 8)],
      ],
      // (a head of a "bản" is not read as the village: "Bản" is also a word of schools' names)
      // (nor is Co Muông called missing: the line may be its report — precision first)
      want: ['agency/unknown Nhận BC!B3', 'report/missing Danh sách!B4'],
    },
    {
      kind: 'Ấp',
      villages: ['Ấp Tân Hòa', 'Ấp Phước Lợi', 'Ấp Phước Yên'],
      lines: [
        ['BND ấp Tân Hòa', 'Tháng 10/2024', d(2024, 11, 4)],
        ['Trưởng ấp Phước Lợi', 'Tháng 10/2024', d(2024, 11, 8)],
      ],
      want: ['report/late Nhận BC!D3', 'report/missing Danh sách!B4'],
    },
  ])('$kind', ({ kind, villages, lines, want }) => {
    const r = checkLog(kind, villages, lines);
    expect(r.tables).toEqual(['reports', 'roster']);
    expect(r.findings).toEqual(want);
  });
});
