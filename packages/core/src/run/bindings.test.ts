/**
 * Bindings for every table kind: the clerk's override when detection is wrong. Naming one kind's
 * sheet never hides the other tables.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import type { Pack } from '../pack/schema.js';
import { gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const asOf = { year: 2025, month: 2, day: 10 };

function packWith(bindings: Record<string, unknown>): Pack {
  const parsed = parsePack({
    id: 'kl-14',
    version: '1.0.0',
    title: 'Kết luận số 14 — chỉ tiêu và báo cáo năm 2024',
    agencies: [
      { id: 'xa-a', name: 'UBND xã Hòa An' },
      { id: 'xa-b', name: 'UBND xã Hòa Bình' },
    ],
    indicators: [
      {
        id: 'che-phu-rung',
        number: '1',
        title: 'Tỷ lệ che phủ rừng',
        unit: '%',
        targets: [{ period: '2024', op: '>=', value: 52, text: 'đạt 52%' }],
      },
    ],
    reports: [
      {
        id: 'bc-nam',
        title: 'Báo cáo kết quả thực hiện năm 2024',
        from: ['xa-a', 'xa-b'],
        due: 'trước ngày 15/12/2024',
      },
    ],
    bindings,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

const tasks = gridSheet('Nhiệm vụ', [
  ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
  [1, 'Rà soát quy hoạch cán bộ', 'UBND xã Hòa An', '30/6/2024', 'Hoàn thành'],
]);
const indicators = gridSheet('Chỉ tiêu', [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024'],
  [1, 'Tỷ lệ che phủ rừng', '%', 52, 50.5],
]);
const log = gridSheet('Sổ nhận', [
  ['STT', 'Đơn vị gửi', 'Trích yếu', 'Ngày nhận'],
  [1, 'UBND xã Hòa An', 'Báo cáo kết quả thực hiện năm 2024', '10/12/2024'],
  [2, 'UBND xã Hòa Bình', 'Báo cáo kết quả thực hiện năm 2024', '20/12/2024'],
]);
const rules = (pack: Pack, sheets = [tasks, indicators, log]) =>
  checkSheets(createChecker({ pack, asOf }), 'kl14.xlsx', sheets);
const ruleCells = (r: ReturnType<typeof rules>) =>
  r.findings.map((f) => `${f.rule} ${f.location?.sheet}!${f.location?.cell ?? ''}`).sort();

describe('a binding of one kind', () => {
  const unbound = ruleCells(rules(packWith({})));

  it('finds the indicator and the late report without any binding', () => {
    expect(unbound).toEqual(['indicator/unmet Chỉ tiêu!E2', 'report/late Sổ nhận!D3']);
  });

  it('naming the task sheet does not hide the indicator or report tables (silent pass)', () => {
    const result = rules(packWith({ tasks: { sheet: 'Nhiệm vụ' } }));
    expect(ruleCells(result)).toEqual(unbound);
    expect(result.sheets.map((s) => s.table)).toEqual(['tasks', 'indicators', 'reports']);
  });

  it('naming the indicator sheet reads only that sheet as indicators', () => {
    const result = rules(packWith({ indicators: { sheet: 'Chỉ tiêu*' } }));
    expect(ruleCells(result)).toEqual(unbound);
  });

  it('a bound sheet missing from the workbook is listed as not evaluated', () => {
    const result = rules(packWith({ indicators: { sheet: 'Chỉ tiêu KT-XH' } }));
    expect(result.findings.filter((f) => f.rule.startsWith('indicator/'))).toEqual([]);
    expect(result.notEvaluated.map((n) => n.reason.vi)).toContainEqual(
      'Bộ quy tắc chỉ định bảng chỉ tiêu ở trang "Chỉ tiêu KT-XH" nhưng tệp không có trang nào như vậy.',
    );
  });
});

describe('columns a binding names', () => {
  it('by the clerk own header text, for indicators and the report log', () => {
    const sheets = [
      gridSheet('Chỉ tiêu', [
        ['CHỈ TIÊU NĂM 2024'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Số giao', 'Số đạt'],
        [1, 'Tỷ lệ che phủ rừng', '%', 52, 50.5],
      ]),
      gridSheet('Sổ nhận', [
        ['STT', 'Xã gửi', 'Trích yếu', 'Hôm nhận'],
        [1, 'UBND xã Hòa An', 'Báo cáo kết quả thực hiện năm 2024', '10/12/2024'],
        [2, 'UBND xã Hòa Bình', 'Báo cáo kết quả thực hiện năm 2024', '20/12/2024'],
      ]),
    ];
    const bound = packWith({
      indicators: { columns: { plan: ['Số giao'], actual: ['Số đạt'] } },
      reports: { columns: { unit: ['Xã gửi'], received: ['Hôm nhận'] } },
    });
    expect(ruleCells(rules(bound, sheets))).toEqual([
      'indicator/unmet Chỉ tiêu!E3',
      'report/late Sổ nhận!D3',
    ]);
    expect(ruleCells(rules(packWith({}), sheets))).not.toContain('indicator/unmet Chỉ tiêu!E3');
  });

  it('by letter, with a header row, for tasks, indicators, the log and the roster', () => {
    const sheets = [
      gridSheet('NV', [
        ['Bảng theo dõi'],
        ['#', 'Việc', 'Ai làm', 'Hạn cuối', 'Xong chưa'],
        [1, 'Rà soát quy hoạch cán bộ', 'UBND xã Hòa An', '30/6/2024', null],
      ]),
      gridSheet('Số liệu', [
        ['Năm 2024'],
        ['#', 'Tên', 'ĐVT', 'Giao', 'Đạt'],
        [1, 'Tỷ lệ che phủ rừng', '%', 52, 50.5],
      ]),
      gridSheet('Nhận', [
        ['#', 'Nơi', 'Việc', 'Hôm'],
        [1, 'UBND xã Hòa An', 'Báo cáo kết quả thực hiện năm 2024', '10/12/2024'],
      ]),
      gridSheet('DS', [
        ['#', 'Nơi', 'Loại'],
        [1, 'UBND xã Hòa An', 'Xã'],
        [2, 'UBND xã Hòa Bình', 'Xã'],
      ]),
    ];
    const bound = packWith({
      tasks: {
        sheet: 'NV',
        headerRow: 2,
        columns: { title: 'B', owner: 'C', due: 'D', status: 'E' },
      },
      indicators: {
        sheet: 'Số liệu',
        headerRow: 2,
        columns: { title: 'B', unit: 'C', plan: 'D', actual: 'E' },
      },
      reports: { sheet: 'Nhận', headerRow: 1, columns: { unit: 'B', report: 'C', received: 'D' } },
      roster: { sheet: 'DS', headerRow: 1, columns: { unit: 'B', group: 'C' } },
    });
    const result = rules(bound, sheets);
    expect(result.notEvaluated).toEqual([]);
    expect(result.sheets.map((s) => s.table)).toEqual(['tasks', 'indicators', 'reports', 'roster']);
    expect(ruleCells(result)).toEqual([
      'indicator/unmet Số liệu!E3',
      'report/missing DS!B3', // UBND xã Hòa Bình, from the roster, sent nothing
      'task/overdue NV!D3',
    ]);
  });

  it('rejects a column that is neither a list of names nor a letter', () => {
    const parsed = parsePack({
      id: 'x',
      version: '1',
      title: 'x',
      bindings: { roster: { columns: { unit: 'Tên đơn vị' } } },
    });
    expect(parsed.ok).toBe(false);
  });
});

describe('runs of tick columns pinned by a binding ("due": "C:F", "status": "G:H")', () => {
  // A plan of work whose headers dondoc's vocabulary does not know: "Việc" over the task, "Lịch"
  // over a tick per quarter, "Tình hình" over a tick per status word.
  const plan = gridSheet('Lịch công tác', [
    ['LỊCH CÔNG TÁC DÂN VẬN NĂM 2024'],
    ['TT', 'Việc', 'Lịch', null, null, null, 'Tình hình'],
    [null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Đã hoàn thành', 'Chưa hoàn thành'],
    [1, 'Tổng kết công tác dân vận năm 2023', 'x', null, null, null, 'x'],
    [2, 'Sơ kết 6 tháng công tác dân vận', null, 'x', null, null, null, 'x'],
    [3, 'Tổng kết công tác dân vận năm 2024', null, null, null, 'x', null, 'x'],
  ]);
  const run = (bindings: Record<string, unknown>) =>
    checkSheets(
      createChecker({ pack: packWith(bindings), asOf: { year: 2024, month: 10, day: 15 } }),
      'lich.xlsx',
      [plan],
    );

  it('reads the deadline from the last period ticked and the status from the status ticked', () => {
    const result = run({
      tasks: { headerRow: 2, columns: { index: 'A', title: 'B', due: 'C:F', status: 'G:H' } },
    });
    const overdue = result.findings.filter((f) => f.rule === 'task/overdue');
    // the second task was due at the end of quarter II and is ticked "Chưa hoàn thành"; the third
    // is due at the end of the year
    expect(overdue.map((f) => f.location?.cell)).toEqual(['D5']);
  });

  it('reads a pinned run whose sub-headers name a work the vocabulary does not ("Đã KT | Chưa KT")', () => {
    const inspections = gridSheet('KT 2024', [
      ['TT', 'Việc', 'Tháng', 'Tình hình'],
      [null, null, null, 'Đã KT', 'Chưa KT'],
      [1, 'Kiểm tra cân tại chợ Phú Lợi', 'Tháng 7/2024', 'x', null],
      [2, 'Kiểm tra cột đo xăng dầu', 'Tháng 8/2024', null, 'x'],
    ]);
    const result = checkSheets(
      createChecker({
        pack: packWith({
          tasks: { headerRow: 1, columns: { index: 'A', title: 'B', due: 'C', status: 'D:E' } },
        }),
        asOf: { year: 2024, month: 10, day: 15 },
      }),
      'kt.xlsx',
      [inspections],
    );
    // the ticked "Chưa KT" is not done and overdue; the ticked "Đã KT" is done (with no day)
    expect(result.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'task/overdue C4',
    ]);
  });

  it('is what --explain suggests for a table it reads by itself', () => {
    const known = gridSheet('KH 2024', [
      ['KẾ HOẠCH CÔNG TÁC NĂM 2024'],
      ['TT', 'Nội dung nhiệm vụ', 'Thời gian thực hiện', null, null, null, 'Kết quả thực hiện'],
      [null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Đã hoàn thành', 'Chưa hoàn thành'],
      [1, 'Tổng kết công tác dân vận năm 2023', 'x', null, null, null, 'x'],
    ]);
    const result = checkSheets(
      createChecker({
        pack: packWith({}),
        asOf: { year: 2024, month: 10, day: 15 },
        explain: true,
      }),
      'kh.xlsx',
      [known],
    );
    const binding = result.sheets[0]!.understanding!.binding as {
      tasks: { columns: Record<string, string> };
    };
    expect(binding.tasks.columns).toMatchObject({ title: 'B', due: 'C:F', status: 'G:H' });
  });
});
