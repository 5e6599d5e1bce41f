/**
 * The day a task was done written only inside the document that reports or closes it: a follow-up
 * of audit or inspection recommendations ("Tình hình khắc phục" | "Văn bản báo cáo kết quả" holding
 * "Báo cáo số 38/BC-BQLDA ngày 28/10/2024") and a list of products to be rated ("Tên sản phẩm" |
 * "Thời hạn hoàn thành" | "Kết quả" | "Quyết định công nhận" holding "QĐ số 2610/QĐ-UBND ngày
 * 12/11/2024") — layouts held-out set 12, n01 and n03.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { completionDateInDoneClause } from '../vi/completion.js';
import { checkSheets, createChecker } from './checker.js';
import type { PlainDate } from '../model/plain-date.js';

describe('a document cited by its kind written short', () => {
  it.each([
    ['QĐ số 2610/QĐ-UBND ngày 12/11/2024', '2024-11-12'],
    ['TB số 45/TB-UBND ngày 03/10/2024', '2024-10-03'],
    ['BC số 112/BC-TTr ngày 20/9/2024', '2024-09-20'],
    ['Báo cáo số 38/BC-BQLDA ngày 28/10/2024', '2024-10-28'],
    // a number with no kind before it, or a deadline, is no sign of the work done
    ['38/BC-BQLDA ngày 28/10/2024', undefined],
    ['QĐ số 12/QĐ-UBND, hạn ngày 30/11/2024', undefined],
  ] as const)('%j → %s', (text, iso) => {
    const day = completionDateInDoneClause(text, { defaultYear: 2024 })?.date;
    const shown = day
      ? `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
      : undefined;
    expect(shown).toBe(iso);
  });
});

const pack = (() => {
  const p = parsePack({ id: 'theo-doi', version: '1.0.0', title: 'Theo dõi (mẫu)' });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return p.pack;
})();

function check(rows: readonly (readonly GridValue[])[], asOf: PlainDate) {
  const result = checkSheets(createChecker({ pack, asOf }), 'theo-doi.xlsx', [
    gridSheet('Theo dõi', rows),
  ]);
  return {
    tables: result.sheets.map((s) => s.table),
    findings: result.findings.map((f) => `${f.rule} ${f.location?.cell ?? ''}`).sort(),
    notEvaluated: result.notEvaluated.length,
  };
}

describe("a district inspectorate's follow-up of an inspection's recommendations", () => {
  const r = check(
    [
      [
        'TT',
        'Nội dung kiến nghị',
        'Đơn vị thực hiện',
        'Thời hạn khắc phục',
        'Kết quả khắc phục',
        'Văn bản báo cáo kết quả',
      ],
      [
        1,
        'Thu hồi các khoản chi sai',
        'UBND xã Tân An',
        d(2024, 10, 15),
        'Đã khắc phục',
        'BC số 61/BC-UBND ngày 21/10/2024',
      ],
      [2, 'Hoàn thiện hồ sơ đất công', 'UBND xã Tân Bình', d(2024, 10, 31), 'Đang khắc phục'],
      [
        3,
        'Kiểm điểm trách nhiệm',
        'UBND xã Tân Lập',
        d(2024, 11, 15),
        'Đã khắc phục',
        'Báo cáo số 70/BC-UBND ngày 08/11/2024',
      ],
    ],
    { year: 2024, month: 11, day: 20 },
  );

  it('reads the sheet as tasks, the status from "Kết quả khắc phục"', () => {
    expect(r.tables).toEqual(['tasks']);
  });

  it("dates the work by its report: late at the report's cell, the one still remedying overdue", () => {
    expect(r.findings).toEqual(['task/late F2', 'task/overdue D3']);
    expect(r.notEvaluated).toBe(0);
  });
});

describe("a district's products to be rated, each closed by a decision", () => {
  const r = check(
    [
      ['STT', 'Tên sản phẩm', 'Chủ thể', 'Thời hạn hoàn thành', 'Kết quả', 'Quyết định công nhận'],
      [
        1,
        'Trà hoa vàng Ba Chẽ',
        'HTX Trà Ba Chẽ',
        d(2024, 9, 30),
        'Đã được công nhận 4 sao',
        'QĐ số 1820/QĐ-UBND ngày 04/10/2024',
      ],
      [2, 'Nước mắm Cái Rồng', 'Cơ sở Phạm Văn Lâm', d(2024, 10, 31), 'Đang hoàn thiện hồ sơ'],
      [
        3,
        'Chả mực Hạ Long',
        'Công ty TNHH Hải sản Hạ Long',
        d(2024, 10, 31),
        'Đã được công nhận 3 sao',
        'QĐ số 2011/QĐ-UBND ngày 25/10/2024',
      ],
    ],
    { year: 2024, month: 11, day: 20 },
  );

  it('reads the products as tasks, not as figures', () => {
    expect(r.tables).toEqual(['tasks']);
  });

  it("dates each product's rating by its decision", () => {
    expect(r.findings).toEqual(['task/late F2', 'task/overdue D3']);
  });
});
