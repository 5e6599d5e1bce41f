/**
 * A roster that lists the communes by their places ("Xã Quảng Phú", "Thị trấn Sịa") beside a pack
 * owing reports from their People's Committees ("UBND xã Quảng Phú"): each roster line is that
 * committee, one unit owing one report per period, not a second unit that never reports — layouts
 * held-out set 11, l09.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

function checkLog(agencies: ReadonlyArray<readonly [string, string]>, roster: readonly string[]) {
  const p = parsePack({
    id: 'tiep-cong-dan',
    version: '1.0.0',
    title: 'Báo cáo tiếp công dân quý (mẫu)',
    agencies: agencies.map(([id, name]) => ({ id, name })),
    groups: [{ id: 'xa', name: 'UBND các xã, thị trấn', members: agencies.map(([id]) => id) }],
    reports: [
      {
        id: 'tcd-quy',
        title: 'Báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý',
        from: ['xa'],
        schedule: {
          every: 'quarter',
          due: { day: 20, before: false, monthOffset: 0 },
          from: '2024-07-01',
          until: '2024-09-30',
        },
      },
    ],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const log = gridSheet('Nhận BC TCD', [
    ['STT', 'Đơn vị báo cáo', 'Kỳ báo cáo', 'Số, ký hiệu văn bản', 'Ngày Thanh tra huyện nhận'],
    [1, 'UBND xã Quảng Phú', 'Quý III/2024', '67/BC-UBND', d(2024, 9, 13)],
    [2, 'UB xã Quảng An', 'Quý III/2024', '61/BC-UB', d(2024, 9, 25)],
    [3, 'UBND TT Sịa', 'Quý III/2024', '80/BC-UBND', d(2024, 9, 19)],
    [4, 'Xã Quảng Vinh', 'Quý III/2024', '55/BC-UBND', '20/09/2024'],
  ]);
  const list = gridSheet('DS xã, thị trấn', [
    ['STT', 'Tên đơn vị', 'Số thôn, tổ dân phố'],
    ...roster.map((name, i) => [i + 1, name, 8 + i]),
  ]);
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2024, month: 10, day: 10 } }),
    'so.xlsx',
    [log, list],
  );
  return result.findings
    .map((f) => `${f.rule} ${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`)
    .sort();
}

const COMMITTEES = [
  ['quang-phu', 'UBND xã Quảng Phú'],
  ['quang-an', 'UBND xã Quảng An'],
  ['tt-sia', 'UBND thị trấn Sịa'],
  ['quang-tho', 'UBND xã Quảng Thọ'],
  ['quang-vinh', 'UBND xã Quảng Vinh'],
] as const;
const PLACES = ['Xã Quảng Phú', 'Xã Quảng An', 'Thị trấn Sịa', 'Xã Quảng Thọ', 'Xã Quảng Vinh'];

describe('a roster of places beside a pack of their committees', () => {
  it.each([
    {
      name: 'the places of the committees: one unit each, the silent one missing at its roster line',
      agencies: COMMITTEES,
      roster: PLACES,
      want: ['report/late Nhận BC TCD!E3', 'report/missing DS xã, thị trấn!B5'],
    },
    {
      name: 'the committees written in full in the roster too: the same',
      agencies: COMMITTEES,
      roster: COMMITTEES.map(([, name]) => name),
      want: ['report/late Nhận BC TCD!E3', 'report/missing DS xã, thị trấn!B5'],
    },
    {
      name: "a place two agencies of the pack share (the commune's committee and its Party committee): not taken for either",
      agencies: [...COMMITTEES, ['du-quang-tho', 'Đảng ủy xã Quảng Thọ']] as const,
      roster: PLACES,
      want: [
        'report/late Nhận BC TCD!E3',
        'report/missing DS xã, thị trấn!B5',
        'report/missing Nhận BC TCD!',
        'report/missing Nhận BC TCD!',
      ],
    },
  ])('$name', ({ agencies, roster, want }) => {
    expect(checkLog(agencies, roster)).toEqual([...want].sort());
  });
});
