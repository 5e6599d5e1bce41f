/**
 * A column dividing one figure by another ("TH 2024/KH 2024 (%)", "Ước TH/KH năm") holds
 * percentages of attainment or growth: it is an assessment, never the actual judged against the
 * plan. Socio-economic tables of districts and provinces put it between or after the figures.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { gridSheet, type GridValue } from '../testing/grid.js';
import { checkSheets, createChecker } from '../run/checker.js';
import { detectIndicatorHeader } from './indicator-headers.js';

describe('the role of each figure column', () => {
  it.each<[string[], string[]]>([
    [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'TH 2024/KH 2024 (%)', 'Ước TH năm 2024'],
      ['plan 2024', 'assessment', 'actual 2024'],
    ],
    [
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'KH 2025', 'Thực hiện 2025', 'Thực hiện/Kế hoạch (%)'],
      ['plan 2025', 'actual 2025', 'assessment'],
    ],
    [
      [
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        'TH 2023',
        'KH 2024',
        'Ước TH 2024',
        'TH 2024 / TH 2023 (%)',
        'Ước TH 2024/KH 2024 (%)',
      ],
      ['actual 2023', 'plan 2024', 'actual 2024', 'assessment', 'assessment'],
    ],
    [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'TH 2024', 'KH 2025', 'KH 2025/TH 2024 (%)'],
      ['actual 2024', 'plan 2025', 'assessment'],
    ],
    // the share of the plan reached, this year against last: comparisons, whatever figure they name
    [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024', 'TH so KH (%)', 'TH so CK (%)'],
      ['plan 2024', 'actual 2024', 'assessment', 'assessment'],
    ],
    [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Lũy kế đến 31/10/2024', 'Kế hoạch năm', 'Đạt % KH'],
      ['actual', 'plan', 'assessment'],
    ],
    // an actual or its estimate divides nothing
    [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'TH/Ước TH 2024'],
      ['plan 2024', 'actual 2024'],
    ],
  ])('%j → %j', (header, roles) => {
    const sheet = gridSheet('KT-XH', [header, [1, 'Tổng thu ngân sách', 'Tỷ đồng', 420, 97, 431]]);
    const found = detectIndicatorHeader(sheet.rows);
    expect(
      found?.values.map((v) =>
        v.role === 'assessment' ? v.role : `${v.role} ${v.period.year ?? ''}`.trim(),
      ),
    ).toEqual(roles);
  });
});

describe('"ƯTH", the estimate written short, under the year', () => {
  it.each(['ƯTH', 'UTH', 'ƯTH năm'])("%j is the year's estimate", (estimate) => {
    const sheet = gridSheet('KT-XH', [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', null, null],
      [null, null, null, 'KH', estimate, '%'],
      [1, 'Giá trị sản xuất nông nghiệp', 'Tỷ đồng', 1250, 1302, 104.2],
    ]);
    const found = detectIndicatorHeader(sheet.rows);
    expect(found?.values.map((v) => [v.col, v.role, v.period.year, v.period.estimate])).toEqual([
      [4, 'plan', 2024, undefined],
      [5, 'actual', 2024, true],
    ]);
  });
});

describe("a district's year results with a ratio between the plan and the estimate", () => {
  const rows: GridValue[][] = [
    ['UBND HUYỆN NGHI XUÂN'],
    ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024'],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'TH 2024/KH 2024 (%)', 'Ước TH năm 2024'],
    [1, 'Tổng giá trị sản xuất', 'Tỷ đồng', 9800, 102.1, 10006],
    [2, 'Tỷ lệ hộ nghèo', '%', 2.5, 112, 2.8],
    [3, 'Số xã đạt chuẩn nông thôn mới nâng cao', 'Xã', 4, 75, 3],
  ];
  const p = parsePack({ id: 'ktxh', version: '1.0.0', title: 'Chỉ tiêu KT-XH (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const result = checkSheets(
    createChecker({ pack: p.pack, asOf: { year: 2025, month: 1, day: 10 } }),
    'nghi-xuan.xlsx',
    [gridSheet('Biểu 01', rows)],
  );

  it('judges each estimate against its plan, never the percentage', () => {
    const cells = result.findings
      .filter((f) => f.rule.startsWith('indicator/'))
      .map((f) => f.location?.cell ?? '');
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).toMatch(/^F/);
    expect(result.findings.find((f) => f.location?.cell === 'F6')?.rule).toBe('indicator/unmet');
  });
});
