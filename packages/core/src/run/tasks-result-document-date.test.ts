/**
 * The day a task was done written only inside the document that reports or closes it: a follow-up
 * of audit or inspection recommendations ("Tình hình khắc phục" | "Văn bản báo cáo kết quả" holding
 * "Báo cáo số 38/BC-BQLDA ngày 28/10/2024") and a list of products to be rated ("Tên sản phẩm" |
 * "Thời hạn hoàn thành" | "Kết quả" | "Quyết định công nhận" holding "QĐ số 2610/QĐ-UBND ngày
 * 12/11/2024") — layouts held-out set 12, n01 and n03. Also under 'Tình hình xử lý' (the state of
 * handling, as document registers and inspection follow-ups head it), where a row in progress
 * keeps its deadline whatever interim report it cites.
 */
import { describe, expect, it } from 'vitest';
import { d, gridSheet, type GridValue } from '../testing/grid.js';
import { completionDateInDoneClause } from '../vi/completion.js';
import { checkSheets, createChecker } from './checker.js';
import type { PlainDate } from '../model/plain-date.js';
import { testPack } from '../testing/check-grid.js';

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

const pack = testPack('theo-doi', 'Theo dõi (mẫu)');

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

describe('a log of plans to be approved, each closed by its approval decision', () => {
  it.each(['Quyết định phê duyệt', 'Số, ngày quyết định phê duyệt', 'QĐ phê duyệt đồ án'])(
    'dates each plan by the decision under %j',
    (header) => {
      const r = check(
        [
          ['STT', 'Nội dung', 'Chủ đầu tư', 'Hạn phê duyệt', 'Tình trạng', header],
          [
            1,
            'Quy hoạch chi tiết khu dân cư Đồng Bông',
            'UBND xã Phú Lộc',
            d(2024, 9, 30),
            'Đã phê duyệt',
            'QĐ số 1450/QĐ-UBND ngày 08/10/2024',
          ],
          [
            2,
            'Quy hoạch chi tiết cụm công nghiệp Phú Lộc',
            'Ban QLDA huyện',
            d(2024, 10, 31),
            'Đang thẩm định',
          ],
          [
            3,
            'Quy hoạch chung xã Phú Lộc',
            'UBND xã Phú Lộc',
            d(2024, 10, 31),
            'Đã phê duyệt',
            'Quyết định số 1502/QĐ-UBND ngày 21/10/2024',
          ],
        ],
        { year: 2024, month: 11, day: 20 },
      );
      expect(r.tables).toEqual(['tasks']);
      expect(r.findings).toEqual(['task/late F2', 'task/overdue D3']);
    },
  );
});

describe("a follow-up of an inspection's conclusions under 'Tình hình xử lý'", () => {
  const header = [
    'TT',
    'Nội dung kiến nghị',
    'Đơn vị thực hiện',
    'Hạn thực hiện',
    'Tình hình xử lý',
    'Văn bản báo cáo',
  ];
  const asOf = { year: 2025, month: 8, day: 20 };

  it("reads each done row on its report's day; a row still in progress stays overdue whatever interim report it cites", () => {
    const r = check(
      [
        header,
        [
          1,
          'Thu hồi tiền hỗ trợ chi sai',
          'UBND xã Nghĩa Lâm',
          d(2025, 6, 30),
          'Đã xử lý xong',
          'Báo cáo số 41/BC-UBND ngày 10/7/2025',
        ],
        [
          2,
          'Kiểm điểm trách nhiệm cán bộ địa chính',
          'UBND xã Nghĩa Sơn',
          d(2025, 7, 15),
          'Đã xử lý xong',
          'Báo cáo số 57/BC-UBND ngày 14/7/2025',
        ],
        [
          3,
          'Điều chỉnh hồ sơ giao đất sai đối tượng',
          'Phòng Tài nguyên và Môi trường',
          d(2025, 7, 31),
          'Đang xử lý',
          'Báo cáo số 60/BC-TNMT ngày 20/7/2025',
        ],
        [
          4,
          'Rà soát quy trình cấp giấy chứng nhận',
          'Phòng Tài nguyên và Môi trường',
          d(2025, 7, 31),
          null,
          'Báo cáo số 62/BC-TNMT ngày 04/8/2025',
        ],
        [
          5,
          'Chấn chỉnh công tác lưu trữ hồ sơ',
          'Văn phòng HĐND và UBND',
          d(2025, 6, 30),
          'Đã xử lý xong',
          null,
        ],
      ],
      asOf,
    );
    expect(r.findings).toEqual(['task/late F2', 'task/late F5', 'task/overdue D4']);
    // the done row with no report: not evaluated, never overdue
    expect(r.notEvaluated).toBe(1);
  });

  it.each([
    'BC số 41/BC-UBND ngày 10/7/2025',
    'Báo cáo số 118-BC/ĐU ngày 10 tháng 7 năm 2025',
    'Quyết định số 2610/QĐ-UBND ngày 10/7/2025',
  ])('%j after a deadline of 30/6/2025 is late', (document) => {
    const row = [
      1,
      'Thu hồi tiền hỗ trợ chi sai',
      'UBND xã Nghĩa Lâm',
      d(2025, 6, 30),
      'Đã xử lý xong',
      document,
    ];
    expect(check([header, row], asOf).findings).toEqual(['task/late F2']);
  });
});
