/**
 * Logs and rosters of units that are not offices named by what they are to the office that keeps
 * the log: the investors of public projects ("Chủ đầu tư gửi", "Chủ đầu tư", "Tên chủ đầu tư") and
 * establishments listed with their class and rank ("Xếp hạng", "Loại, hạng", "Hạng") — layouts
 * held-out set 15, r09 and r10.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

function checkLog(
  input: Record<string, unknown>,
  sheets: Parameters<typeof checkSheets>[2],
  asOf: { year: number; month: number; day: number },
) {
  const p = parsePack({ id: 'bao-cao', version: '1.0.0', title: 'Báo cáo (mẫu)', ...input });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const result = checkSheets(createChecker({ pack: p.pack, asOf }), 'so.xlsx', sheets);
  return {
    tables: result.sheets.map((s) => s.table),
    keys: result.findings
      .map((f) => `${f.rule} ${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`)
      .sort(),
  };
}

function packOf(units: ReadonlyArray<readonly [string, string]>, report: Record<string, unknown>) {
  return {
    agencies: units.map(([id, name]) => ({ id, name })),
    groups: [{ id: 'all', name: 'Các đơn vị', members: units.map(([id]) => id) }],
    reports: [{ ...report, from: ['all'] }],
  };
}

describe("a planning office's log of the investors' yearly supervision reports", () => {
  const pack = packOf(
    [
      ['bql-giao-thong', 'Ban Quản lý dự án giao thông tỉnh'],
      ['so-yte', 'Sở Y tế'],
      ['ubnd-xuan-truong', 'UBND huyện Xuân Trường'],
    ],
    {
      id: 'gsdg-nam',
      title: 'Báo cáo giám sát, đánh giá đầu tư năm 2024',
      due: 'trước ngày 10/02/2025',
    },
  );
  const log = gridSheet('Sổ nhận báo cáo', [
    ['TT', 'Chủ đầu tư gửi', 'Số văn bản', 'Ngày nhận', 'Người nhận'],
    [1, 'Ban QLDA giao thông tỉnh', '25/BC-BQL', d(2025, 2, 5), 'Trần Hà'],
    [2, 'Sở Y tế', '311/BC-SYT', d(2025, 2, 12), 'Trần Hà'],
  ]);
  const roster = gridSheet('Danh sách', [
    ['STT', 'Chủ đầu tư', 'Loại hình'],
    [1, 'Ban Quản lý dự án giao thông tỉnh', 'Ban QLDA chuyên ngành'],
    [2, 'Sở Y tế', 'Sở, ngành'],
    [3, 'UBND huyện Xuân Trường', 'UBND cấp huyện'],
  ]);
  const r = checkLog(pack, [log, roster], { year: 2025, month: 2, day: 20 });

  it('reads "Chủ đầu tư gửi" as the log\'s unit and "Chủ đầu tư" as the roster\'s', () => {
    expect(r.tables).toEqual(['reports', 'roster']);
  });

  it('finds the late report and the investor that sent nothing', () => {
    expect(r.keys).toEqual(
      ['report/late Sổ nhận báo cáo!D3', 'report/missing Danh sách!B4'].sort(),
    );
  });
});

describe("a health office's roster of private clinics with their rank", () => {
  const pack = packOf(
    [
      ['an-phuc', 'Phòng khám đa khoa An Phúc'],
      ['minh-duc', 'Phòng khám đa khoa Minh Đức'],
      ['tam-an', 'Phòng khám đa khoa Tâm An'],
    ],
    {
      id: 'kcb-quy',
      title: 'Báo cáo hoạt động khám, chữa bệnh quý',
      schedule: {
        every: 'quarter',
        due: { day: 15, before: false, monthOffset: 1 },
        from: '2024-07-01',
        until: '2024-09-30',
      },
    },
  );
  const log = gridSheet('Nhận BC', [
    ['STT', 'Cơ sở gửi', 'Quý', 'Ngày nhận'],
    [1, 'PKĐK An Phúc', 'Quý III/2024', d(2024, 10, 10)],
    [2, 'Phòng khám đa khoa Minh Đức', 'Quý III/2024', d(2024, 10, 18)],
  ]);
  it.each(['Xếp hạng', 'Loại, hạng', 'Hạng'])(
    'reads a roster with "%s" beside the name',
    (rank) => {
      const roster = gridSheet('Cơ sở KCB', [
        ['STT', 'Tên cơ sở', rank, 'Số giường lưu'],
        [1, 'Phòng khám đa khoa An Phúc', 'Hạng III', 10],
        [2, 'Phòng khám đa khoa Minh Đức', 'Hạng III', 8],
        [3, 'Phòng khám đa khoa Tâm An', 'Chưa xếp hạng', 6],
      ]);
      const r = checkLog(pack, [log, roster], { year: 2024, month: 10, day: 25 });
      expect(r.tables).toEqual(['reports', 'roster']);
      expect(r.keys).toEqual(['report/late Nhận BC!D3', 'report/missing Cơ sở KCB!B4'].sort());
    },
  );
});
