import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatEnNumber,
  formatViNumber,
  isPercentFormat,
  parseActualPlan,
  parseNumericCell,
  parseQuantity,
  parseViNumber,
  readCompoundAmount,
  scanQuantities,
} from './numbers.js';
import type { NumericCellParse, Quantity } from './numbers.js';

describe('parseViNumber', () => {
  it.each<[string, number]>([
    ['1.967', 1967], // seed 004: "kết nạp 1.967/1.910 đảng viên mới"
    ['84,3', 84.3], // seed 001: "đạt 84,3% vào năm 2025"
    ['517,995', 517.995], // seed 002: "đạt 517,995 tỷ đồng" (a comma is always decimal)
    ['38.000', 38000], // seed 004: "38.000 - 39.000 tỷ đồng"
    ['1.234.567,5', 1234567.5],
    ['03', 3], // seed 004: "Có 03 xã"
    ['-2,5', -2.5],
    ['−3,5', -3.5], // the minus sign
    ['+5', 5],
    ['1.5', 1.5], // not three digits: an English decimal point
    ['0.843', 0.843], // "0" cannot start a thousands group
    ['1234.567', 1234.567], // a first group of four digits is no grouping
    ['1,234.5', 1234.5], // English style, unambiguous with both marks
    ['1,234,567', 1234567],
    ['1.000', 1000],
    ['59.169', 59169], // seed 004: "GRDP ước đạt 59.169 tỷ đồng"
    ['  7,91 ', 7.91],
    ['0', 0],
  ])('%j is %d', (text, value) => {
    expect(parseViNumber(text)).toBe(value);
  });

  it.each([
    'abc',
    '1..2',
    '',
    ' ',
    '1.2.3',
    '1,5.3',
    '1.234,5.6',
    '12,34,5',
    ',5',
    '5,',
    '1 967',
    '84,3%',
    '2,5 - 3',
    '1e5',
  ])('%j is not a number', (text) => {
    expect(parseViNumber(text)).toBeUndefined();
  });

  it('reads back every number formatViNumber writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 4 }),
        (units, decimals) => {
          const n = units / 10 ** decimals;
          expect(parseViNumber(formatViNumber(n))).toBe(n);
        },
      ),
    );
  });

  it('reads English numbers with both marks (1,234.5) as written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 1e9 }),
        fc.integer({ min: 1, max: 9 }),
        (whole, tenth) => {
          const n = whole + tenth / 10;
          expect(parseViNumber(formatEnNumber(n))).toBe(n);
        },
      ),
    );
  });

  it('never throws and gives a finite number or undefined', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = parseViNumber(s);
        expect(v === undefined || Number.isFinite(v)).toBe(true);
      }),
    );
  });
});

describe('formatViNumber and formatEnNumber', () => {
  it.each<[number, string, string]>([
    [1967, '1.967', '1,967'],
    [84.3, '84,3', '84.3'],
    [517.995, '517,995', '517.995'],
    [1234567.5, '1.234.567,5', '1,234,567.5'],
    [-2.5, '-2,5', '-2.5'],
    [0, '0', '0'],
    [100, '100', '100'],
    [0.1 + 0.2, '0,3', '0.3'], // binary noise is not shown
  ])('%d → %j / %j', (n, vi, en) => {
    expect(formatViNumber(n)).toBe(vi);
    expect(formatEnNumber(n)).toBe(en);
  });
});

describe('parseQuantity', () => {
  it.each<[string, Omit<Quantity, 'text'> & { text?: string }]>([
    ['84,3%', { value: 84.3, unit: '%', percent: true }],
    ['95 %', { value: 95, unit: '%', percent: true }],
    ['2,5 - 3%', { min: 2.5, max: 3, unit: '%', percent: true }],
    ['2,5% - 3%', { min: 2.5, max: 3, unit: '%', percent: true }],
    ['38.000 - 39.000 tỷ đồng', { min: 38000, max: 39000, unit: 'tỷ đồng', percent: false }],
    ['8 - 10%/năm', { min: 8, max: 10, unit: '%/năm', percent: true }],
    ['900 - 1.000 tỷ đồng/năm', { min: 900, max: 1000, unit: 'tỷ đồng/năm', percent: false }],
    ['khoảng 4.460 USD', { value: 4460, unit: 'USD', percent: false, text: '4.460 USD' }],
    ['28 giường bệnh/vạn dân', { value: 28, unit: 'giường bệnh/vạn dân', percent: false }],
    [
      'trên 9 bác sĩ/vạn dân',
      { value: 9, unit: 'bác sĩ/vạn dân', percent: false, text: '9 bác sĩ/vạn dân' },
    ],
    ['03 xã', { value: 3, unit: 'xã', percent: false }],
    ['16.000 tỷ đồng', { value: 16000, unit: 'tỷ đồng', percent: false }],
    ['31,8 giường', { value: 31.8, unit: 'giường', percent: false }],
    ['9 triệu tấn', { value: 9, unit: 'triệu tấn', percent: false }],
    ['1.200 lao động', { value: 1200, unit: 'lao động', percent: false }],
    ['350 người', { value: 350, unit: 'người', percent: false }],
    ['12 câu lạc bộ', { value: 12, unit: 'câu lạc bộ', percent: false }], // a short tail is the unit
    ['03 xa', { value: 3, unit: 'xa', percent: false }], // typed without diacritics
    // a count of a whole: the count is the value
    [
      'xây dựng 2/3 trường học đạt chuẩn quốc gia',
      { value: 2, unit: 'trường', percent: false, text: '2/3 trường' },
    ],
    ['05/12 thôn', { value: 5, unit: 'thôn', percent: false }],
    ['1.967', { value: 1967, percent: false }],
    // whole sentences from the seeds: the first quantity
    [
      '- (1) Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) 2,5 - 3%;',
      { min: 2.5, max: 3, unit: '%', percent: true, text: '2,5 - 3%' },
    ],
    [
      '- (8) Có 03 xã đạt chuẩn quốc gia về nông thôn mới;',
      { value: 3, unit: 'xã', percent: false, text: '03 xã' },
    ],
    [
      '² Kế hoạch đề ra là từ -3,5% đến -3%.',
      { min: -3.5, max: -3, unit: '%', percent: true, text: '-3,5% đến -3%' },
    ],
  ])('%j', (text, expected) => {
    const q = parseQuantity(text);
    expect(q).toMatchObject(expected);
    expect(q?.text).toBe(expected.text ?? text);
    if (expected.unit === undefined) expect(q).not.toHaveProperty('unit');
  });

  it.each([
    'ngày 10/4/2024',
    '01-8-2019',
    'tháng 4-2021',
    'tháng 5/2024',
    'Chỉ thị số 32-CT/TW',
    'Nghị quyết số 81/2023/QH15',
    'quy hoạch phân khu 1/2000',
    '1.967/1.910',
    '24/25 chỉ tiêu',
    'trước 5/10 xã Tân Hòa hoàn thành',
    'ngày 15/10 các xã',
    '7/5 xã',
    '(12)',
    'năm 2025',
    'ngày 10 tháng 4 năm 2024',
    'không có số',
    '',
  ])('%j holds no quantity', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });

  it('finds every quantity of a sentence, with offsets into the text', () => {
    const text =
      'Tỷ lệ xã, phường, thị trấn có điểm văn hóa, vui chơi dành cho trẻ em đạt 30% vào năm 2025 và 35% vào năm 2030.';
    const scans = scanQuantities(text);
    expect(scans.map((s) => s.quantity.text)).toEqual(['30%', '35%']);
    for (const s of scans) expect(text.slice(s.start, s.end)).toBe(s.quantity.text);
  });

  it('marks year ranges as years', () => {
    const [years, rate] = scanQuantities(
      'giai đoạn 2021 - 2030, tốc độ tăng trưởng bình quân đạt khoảng 8 - 10%/năm',
    );
    expect(years).toMatchObject({ yearLike: true, quantity: { min: 2021, max: 2030 } });
    expect(rate).toMatchObject({ yearLike: false, quantity: { min: 8, max: 10, unit: '%/năm' } });
  });

  it('never throws, and every quantity is a slice of the normalised text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const scan of scanQuantities(s)) {
          expect(scan.end).toBeGreaterThan(scan.start);
          const q = scan.quantity;
          if (q.min !== undefined && q.max !== undefined) expect(q.min).toBeLessThanOrEqual(q.max);
        }
      }),
    );
  });
});

// An amount written in two scales is one value in the larger scale, for the checker and the
// extractor alike (text set 20, t01: "68 triệu 450 ngàn đồng/năm").
describe('an amount in two scales', () => {
  it.each([
    ['thu nhập bình quân đầu người đạt 75 triệu 600 ngàn đồng/năm', 75.6, 'triệu đồng/năm'],
    ['doanh thu 2 tỷ 350 triệu đồng', 2.35, 'tỷ đồng'],
    ['mức hỗ trợ 1 triệu 200 nghìn đồng', 1.2, 'triệu đồng'],
    ['dân số khoảng 1 triệu 50 nghìn người', 1.05, 'triệu người'],
    ['tổng vốn 3 tỷ 5 triệu', 3.005, 'tỷ'],
    // the scale glued to its number, as a table cell often has it
    ['giá trị sản xuất 4tỷ 120 triệu đồng', 4.12, 'tỷ đồng'],
  ])('%j → %d %s', (text, value, unit) => {
    const q = scanQuantities(text);
    expect(q).toHaveLength(1);
    expect(q[0]!.quantity).toMatchObject({ value, unit });
  });

  it.each([
    // scales that are no thousandth of each other stay two amounts
    'vốn 2 tỷ 500 ngàn đồng',
    'ngân sách 68 triệu đồng, 450 ngàn đồng tiền mặt',
  ])('%j is not one amount', (text) => {
    expect(scanQuantities(text).length).toBeGreaterThan(1);
  });

  it('is read the same after a number alone', () => {
    expect(readCompoundAmount(' triệu 600 ngàn đồng/năm, tăng 8%')).toEqual({
      lower: 600,
      unit: 'triệu đồng/năm',
      length: ' triệu 600 ngàn đồng/năm'.length,
    });
    expect(readCompoundAmount(' triệu đồng')).toBeUndefined();
    // the opening spaces as written count in the length (a copied page's double space)
    expect(readCompoundAmount('  tỷ 80 triệu đồng.')).toEqual({
      lower: 80,
      unit: 'tỷ đồng',
      length: '  tỷ 80 triệu đồng'.length,
    });
    expect(readCompoundAmount('tỷ 80 triệu đồng')).toMatchObject({ lower: 80, length: 16 });
  });
});

describe('parseActualPlan', () => {
  it.each<[string, ReturnType<typeof parseActualPlan>]>([
    ['1.967/1.910', { actual: 1967, plan: 1910 }], // seed 004
    ['24/25', { actual: 24, plan: 25 }], // seed 004: "Có 24/25 chỉ tiêu"
    ['24/25 chỉ tiêu', { actual: 24, plan: 25, unit: 'chỉ tiêu' }],
    ['1.967 / 1.910 đảng viên', { actual: 1967, plan: 1910, unit: 'đảng viên' }],
    ['84,3/85%', { actual: 84.3, plan: 85, unit: '%' }],
    ['24/5/2024', undefined], // a date
    ['01/7/2024', undefined],
    ['81/2023/QH15', undefined],
    ['1.967', undefined],
    ['abc/def', undefined],
    ['', undefined],
  ])('%j', (text, expected) => {
    expect(parseActualPlan(text)).toEqual(expected);
  });
});

describe('parseNumericCell', () => {
  it.each<[string, Parameters<typeof parseNumericCell>, NumericCellParse]>([
    ['a number', [1967, '1967'], { kind: 'number', value: 1967, percent: false }],
    [
      'a percent-formatted 0.843',
      [0.843, '84.3%', '0.0%'],
      { kind: 'number', value: 84.3, unit: '%', percent: true },
    ],
    [
      'a percent-formatted 1',
      [1, '100%', '0%'],
      { kind: 'number', value: 100, unit: '%', percent: true },
    ],
    [
      'a quoted % is no percent format',
      [5, '5 "%"', '0 "%"'],
      { kind: 'number', value: 5, percent: false },
    ],
    ['text 84,3%', ['84,3%', '84,3%'], { kind: 'number', value: 84.3, unit: '%', percent: true }],
    ['text 1.967', ['1.967', '1.967'], { kind: 'number', value: 1967, percent: false }],
    ['text 95 %', ['95 %', '95 %'], { kind: 'number', value: 95, unit: '%', percent: true }],
    [
      'text with a unit',
      ['16.000 tỷ đồng', '16.000 tỷ đồng'],
      { kind: 'number', value: 16000, unit: 'tỷ đồng', percent: false },
    ],
    [
      'an estimate',
      ['ước đạt 85%', 'ước đạt 85%'],
      { kind: 'number', value: 85, unit: '%', percent: true },
    ],
    ['null', [null, ''], { kind: 'empty' }],
    ['blank text', ['  ', '  '], { kind: 'empty' }],
    ['a dash', ['-', '-'], { kind: 'empty' }],
    ['an en dash', ['–', '–'], { kind: 'empty' }],
    ['"Không"', ['Không', 'Không'], { kind: 'empty' }],
    ['"x"', ['x', 'x'], { kind: 'empty' }],
    ['"N/A"', ['N/A', 'N/A'], { kind: 'empty' }],
    ['"chưa có số liệu"', ['Chưa có số liệu', 'Chưa có số liệu'], { kind: 'empty' }],
    ['"(không áp dụng)"', ['(không áp dụng)', '(không áp dụng)'], { kind: 'empty' }],
  ])('%s', (_name, args, expected) => {
    expect(parseNumericCell(...args)).toEqual(expected);
  });

  it.each<[string, Parameters<typeof parseNumericCell>, string]>([
    ['words', ['Đang tổng hợp', 'Đang tổng hợp'], 'không phải là số'],
    ['a range', ['2,5 - 3%', '2,5 - 3%'], 'khoảng'],
    ['an actual/plan pair', ['1.967/1.910', '1.967/1.910'], 'thực hiện/kế hoạch'],
    ['a date text', ['25/6/2024', '25/6/2024'], 'không phải là số'],
    ['a boolean', [true, 'TRUE'], 'đúng/sai'],
    ['an error', [{ kind: 'error', code: '#DIV/0!' }, '#DIV/0!'], '#DIV/0!'],
    [
      'a date cell',
      [{ kind: 'date', date: { year: 2024, month: 6, day: 25 } }, '25/06/2024'],
      'ngày',
    ],
  ])('%s is invalid with a reason in both languages', (_name, args, inVi) => {
    const r = parseNumericCell(...args);
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.reason.vi).toContain(inVi);
    expect(r.reason.en).toMatch(/number|value|pair|range/);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(['empty', 'number', 'invalid']).toContain(parseNumericCell(s, s).kind);
      }),
    );
  });
});

describe('isPercentFormat', () => {
  it.each<[string | undefined, boolean]>([
    ['0.0%', true],
    ['0%', true],
    ['#,##0.00', false],
    ['0 "%"', false],
    ['0\\%', false],
    [undefined, false],
  ])('%j → %s', (fmt, expected) => {
    expect(isPercentFormat(fmt)).toBe(expected);
  });
});
