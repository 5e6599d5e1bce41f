/**
 * Logs and rosters whose unit column is the kind of unit a technical network or a trade office
 * follows: stations ("Trạm", "Tên trạm") and shops or traders ("Cửa hàng", "Thương nhân", "Tên cửa
 * hàng, thương nhân") — layouts held-out set 16, s09 and s11 (the units here are veterinary and
 * agricultural-extension stations, and gas shops).
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

function monthly(units: ReadonlyArray<readonly [string, string]>) {
  return {
    agencies: units.map(([id, name]) => ({ id, name })),
    groups: [{ id: 'nhom', name: 'Các đơn vị', members: units.map(([id]) => id) }],
    reports: [
      {
        id: 'bc-thang',
        title: 'Báo cáo tháng',
        from: ['nhom'],
        schedule: {
          every: 'month',
          due: { day: 5, before: false, monthOffset: 1 },
          from: '2025-03-01',
          until: '2025-03-31',
        },
      },
    ],
  };
}

describe('stations named by their kind', () => {
  const STATIONS = [
    ['ty-a', 'Trạm Thú y huyện Na Rì'],
    ['kn-a', 'Trạm Khuyến nông huyện Na Rì'],
    ['ty-b', 'Trạm Thú y huyện Bạch Thông'],
  ] as const;

  it.each(['Trạm', 'Trạm gửi', 'Tên trạm'])('a log whose unit column is %j', (header) => {
    const r = checkLog(
      monthly(STATIONS),
      [
        gridSheet('Nhận BC', [
          ['STT', header, 'Tháng', 'Ngày nhận'],
          [1, 'Trạm Thú y Na Rì', '3/2025', d(2025, 4, 3)],
          [2, 'Trạm Khuyến nông Na Rì', '3/2025', d(2025, 4, 9)],
        ]),
      ],
      { year: 2025, month: 4, day: 15 },
    );
    expect(r.tables).toEqual(['reports']);
    // the extension station came late; Bạch Thông sent nothing and there is no roster
    expect(r.keys).toEqual(['report/late Nhận BC!D3', 'report/missing Nhận BC!']);
  });
});

describe('shops and traders named by their kind', () => {
  const SHOPS = [
    ['gas-an-phat', 'Cửa hàng kinh doanh khí dầu mỏ hóa lỏng An Phát'],
    ['gas-minh-chau', 'Công ty TNHH Gas Minh Châu'],
  ] as const;

  it.each([
    ['Thương nhân', 'Tên cửa hàng, thương nhân'],
    ['Cửa hàng', 'Tên cửa hàng'],
  ])('a log headed %j beside a roster headed %j', (logHeader, rosterHeader) => {
    const r = checkLog(
      monthly(SHOPS),
      [
        gridSheet('Sổ nhận', [
          ['STT', logHeader, 'Tháng', 'Ngày nhận'],
          [1, 'CH khí hóa lỏng An Phát', 'T3/2025', d(2025, 4, 4)],
        ]),
        gridSheet('Danh sách', [
          ['STT', rosterHeader, 'Địa chỉ'],
          [1, 'Cửa hàng kinh doanh khí dầu mỏ hóa lỏng An Phát', 'Thị trấn Yến Lạc'],
          [2, 'Công ty TNHH Gas Minh Châu', 'Xã Kim Lư'],
        ]),
      ],
      { year: 2025, month: 4, day: 15 },
    );
    expect(r.tables).toEqual(['reports', 'roster']);
    expect(r.keys).toEqual(['report/missing Danh sách!B3']);
  });
});

describe("a hospital's departments named by their kind", () => {
  const DEPARTMENTS = [
    ['noi', 'Khoa Nội tổng hợp'],
    ['san', 'Khoa Phụ sản'],
    ['xn', 'Khoa Xét nghiệm'],
  ] as const;

  it.each(['Khoa/phòng', 'Khoa, phòng', 'Tên khoa', 'Khoa gửi'])(
    'a log whose unit column is %j, "K." written for "Khoa"',
    (header) => {
      const r = checkLog(
        monthly(DEPARTMENTS),
        [
          gridSheet('Nhận BC khoa', [
            ['STT', header, 'Tháng', 'Ngày giờ nhận'],
            [1, 'K. Nội tổng hợp', '3/2025', d(2025, 4, 2)],
            [2, 'K.Phụ sản', '3/2025', d(2025, 4, 8)],
          ]),
        ],
        { year: 2025, month: 4, day: 15 },
      );
      expect(r.tables).toEqual(['reports']);
      // obstetrics came late; the laboratory sent nothing
      expect(r.keys).toEqual(['report/late Nhận BC khoa!D3', 'report/missing Nhận BC khoa!']);
    },
  );
});
