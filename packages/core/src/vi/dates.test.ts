import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  fromEpochDay,
  isValidDate,
  toEpochDay,
  toExcelSerial,
} from '../model/plain-date.js';
import type { PlainDate } from '../model/plain-date.js';
import {
  findDateExpressions,
  firstDayOf,
  lastDayOf,
  parseDateCell,
  parseDateExpression,
  parseDateText,
} from './dates.js';
import type { DateExpression } from './dates.js';

const day = (year: number, month: number, d: number): DateExpression => ({
  kind: 'day',
  date: { year, month, day: d },
});

/** Any day from 1900 to 2199. */
const anyDate = fc
  .integer({
    min: toEpochDay({ year: 1900, month: 1, day: 1 }),
    max: toEpochDay({ year: 2199, month: 12, day: 31 }),
  })
  .map(fromEpochDay);

describe('parseDateExpression: the forms of the seed documents', () => {
  it.each<[string, DateExpression]>([
    ['25/6/2024', day(2024, 6, 25)],
    ['01-8-2019', day(2019, 8, 1)], // 003: "Chỉ thị số 11-CT/TW, ngày 01-8-2019"
    ['1.8.2019', day(2019, 8, 1)],
    ['ngày 10 tháng 4 năm 2024', day(2024, 4, 10)], // 001: "Hà Nội, ngày 10 tháng 4 năm 2024"
    ['Ngày 10/4/2024', day(2024, 4, 10)],
    ['ngày 01-02-2021', day(2021, 2, 1)], // 003: "Quyết định số 157/QĐ-TTg, ngày 01-02-2021"
    ['11-4-24', day(2024, 4, 11)], // 001: "Ngày: 11-4-24"
    ['12-04-2024 14:36:43 +07:00', day(2024, 4, 12)], // 001: the signature time stamp
    ['**20/5/2024**', day(2024, 5, 20)], // 001: "trước ngày **20/5/2024**"
    ['2024-06-25', day(2024, 6, 25)],
    ['2024/11/12', day(2024, 11, 12)],
    ['2024.11.12', day(2024, 11, 12)],
    ['tháng 5/2024', { kind: 'month', year: 2024, month: 5 }], // 001: "Hội nghị cán bộ chủ chốt tháng 5/2024"
    ['tháng 4-2021', { kind: 'month', year: 2021, month: 4 }], // 003: "Trong tháng 4-2021"
    ['Tháng 5 năm 2024', { kind: 'month', year: 2024, month: 5 }],
    ['T5/2024', { kind: 'month', year: 2024, month: 5 }],
    ['05/2024', { kind: 'month', year: 2024, month: 5 }],
    ['quý I-2021', { kind: 'quarter', year: 2021, quarter: 1 }], // 003: "Sơ kết quý I-2021"
    ['Quý III/2024', { kind: 'quarter', year: 2024, quarter: 3 }],
    ['quý 2 năm 2024', { kind: 'quarter', year: 2024, quarter: 2 }],
    ['QUÝ IV 2024', { kind: 'quarter', year: 2024, quarter: 4 }],
    ['Q2/2024', { kind: 'quarter', year: 2024, quarter: 2 }],
    ['6 tháng đầu năm 2024', { kind: 'half', year: 2024, half: 1 }],
    ['6 tháng cuối năm 2024', { kind: 'half', year: 2024, half: 2 }],
    ['năm 2025', { kind: 'year', year: 2025 }], // 001: "đạt 84,3% vào năm 2025"
  ])('%j', (text, expected) => {
    expect(parseDateExpression(text)).toEqual(expected);
  });

  it.each<[string, DateExpression]>([
    ['10/4', day(2024, 4, 10)],
    ['ngày 10 tháng 4', day(2024, 4, 10)],
    ['tháng 5', { kind: 'month', year: 2024, month: 5 }],
    ['quý II', { kind: 'quarter', year: 2024, quarter: 2 }],
    ['6 tháng đầu năm', { kind: 'half', year: 2024, half: 1 }],
    // a log's month or quarter column written short, the whole cell
    ['T10', { kind: 'month', year: 2024, month: 10 }],
    ['T.6', { kind: 'month', year: 2024, month: 6 }],
    ['Th3', { kind: 'month', year: 2024, month: 3 }],
    ['Q4', { kind: 'quarter', year: 2024, quarter: 4 }],
    ['Q.II', { kind: 'quarter', year: 2024, quarter: 2 }],
  ])('%j with defaultYear 2024', (text, expected) => {
    expect(parseDateExpression(text, { defaultYear: 2024 })).toEqual(expected);
    expect(parseDateExpression(text)).toBeUndefined();
  });

  it('reads NFD text', () => {
    expect(parseDateExpression('ngày 10 tháng 4 năm 2024'.normalize('NFD'))).toEqual(
      day(2024, 4, 10),
    );
    expect(parseDateExpression('Quý II/2024'.normalize('NFD'))).toEqual({
      kind: 'quarter',
      year: 2024,
      quarter: 2,
    });
  });

  it.each([
    '',
    'abc',
    '2021-2030',
    '1.967/1.910',
    '24/25',
    '157/QĐ-TTg',
    '32-CT/TW',
    '1.8.19',
    'tháng 13/2024',
    'quý V/2024',
    // short forms only as the whole cell, and only months and quarters that exist
    'T13',
    'Q5',
    'Tuyến T9',
    'T9 tuyến 2',
  ])('%j is not a date expression', (text) => {
    expect(parseDateExpression(text, { defaultYear: 2024 })).toBeUndefined();
  });
});

describe('parseDateText: day-month order always, never swapped', () => {
  it.each([
    ['31/4/2024', 'tháng 4/2024 chỉ có 30 ngày', 'April 2024 has only 30 days'],
    ['29/2/2023', 'tháng 2/2023 chỉ có 28 ngày', 'February 2023 has only 28 days'],
    ['13/25/2024', 'không có tháng 25', 'there is no month 25'],
    ['6/25/2024', 'kiểu Mỹ', 'US style'],
    ['ngày 32 tháng 1 năm 2024', 'chỉ có 31 ngày', 'has only 31 days'],
  ])('%j is invalid: %s', (text, vi, en) => {
    const r = parseDateText(text);
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.reason.vi).toContain(vi);
    expect(r.reason.en).toContain(en);
    expect(r.reason.vi).toContain('ngày/tháng/năm');
    expect(r.reason.en).toContain('day/month/year');
  });

  it('says a year is missing when there is no default year', () => {
    const r = parseDateText('10/4');
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.reason.en).toContain('has no year');
  });
});

describe('findDateExpressions', () => {
  const seed =
    'Tổ chức quán triệt Chỉ thị số 32-CT/TW, ngày 10/4/2024 của Ban Bí thư; hoàn thành trước ngày 25/6/2024. ' +
    'Sơ kết quý I-2021; đạt 84,3% vào năm 2025; kết nạp 1.967/1.910 đảng viên; giai đoạn 2021-2030.';

  it('finds every date with its span and the words as written', () => {
    const found = findDateExpressions(seed);
    expect(found.map((f) => f.phrase)).toEqual([
      'ngày 10/4/2024',
      'ngày 25/6/2024',
      'quý I-2021',
      'năm 2025',
    ]);
    for (const f of found) expect(seed.slice(f.start, f.end)).toBe(f.phrase);
    expect(found[2]?.expression).toEqual({ kind: 'quarter', year: 2021, quarter: 1 });
  });

  it('prefers the longest form', () => {
    const found = findDateExpressions('Hà Nội, ngày 10 tháng 4 năm 2024');
    expect(found).toHaveLength(1);
    expect(found[0]?.expression).toEqual(day(2024, 4, 10));
    expect(findDateExpressions('6 tháng đầu năm 2024').map((f) => f.expression.kind)).toEqual([
      'half',
    ]);
  });

  it('keeps spans in the original text when it is NFD', () => {
    const text = 'Hoàn thành trước ngày 20 tháng 5 năm 2024.'.normalize('NFD');
    const [f] = findDateExpressions(text);
    expect(f && text.slice(f.start, f.end)).toBe('ngày 20 tháng 5 năm 2024'.normalize('NFD'));
  });

  it('needs the word "ngày" for a day without a year inside a sentence', () => {
    expect(findDateExpressions('đạt 24/25 chỉ tiêu', { defaultYear: 2024 })).toEqual([]);
    expect(
      findDateExpressions('họp ngày 10/4', { defaultYear: 2024 }).map((f) => f.expression),
    ).toEqual([day(2024, 4, 10)]);
  });

  it.each<[string, DateExpression[]]>([
    ['gửi về Thường trực HĐND tỉnh trước ngày 15 - 6 - 2026.', [day(2026, 6, 15)]],
    ['lập và niêm yết danh sách cử tri trước ngày 3 – 2 – 2026;', [day(2026, 2, 3)]],
    ['báo cáo UBND tỉnh trước ngày 15 - 02 - 2026.', [day(2026, 2, 15)]],
    ['tăng trưởng bình quân 9,5 - 10%/năm giai đoạn 2021 - 2025', [] as DateExpression[]],
    ['từ ngày 14 - 16 - 10 - 2025', [] as DateExpression[]],
    ['31 - 4 - 2026 là ngày không có', [] as DateExpression[]],
  ])('a date spaced around its dashes reads as a day: %s', (text, expected) => {
    expect(findDateExpressions(text).map((f) => f.expression)).toEqual(expected);
  });

  it.each<[string, DateExpression[]]>([
    ['Các phòng, ban nộp dự thảo về Văn phòng trước ngày 5 - 11 để tổng hợp.', [day(2024, 11, 5)]],
    ['Hội nghị sơ kết dự kiến tổ chức vào ngày 28 – 6.', [day(2024, 6, 28)]],
    ['UBND các xã hoàn thành rà soát trước ngày 30 - 9, báo cáo kết quả.', [day(2024, 9, 30)]],
    ['tập huấn trong hai ngày 2 - 3 tháng 5', [{ kind: 'month', year: 2024, month: 5 }]],
    ['từ ngày 14 - 16 - 10', [] as DateExpression[]],
    ['ngày 20 - 25 học sinh nghỉ', [] as DateExpression[]],
  ])(
    'a day and month spaced around one dash reads a day of the context year: %s',
    (text, expected) => {
      expect(findDateExpressions(text, { defaultYear: 2024 }).map((f) => f.expression)).toEqual(
        expected,
      );
    },
  );

  it.each<[string, DateExpression[]]>([
    ['Số liệu phải được gửi về Bộ Nội vụ trước 28/8.', [day(2024, 8, 28)]],
    ['nộp hồ sơ chậm nhất 15/3', [day(2024, 3, 15)]],
    ['hạn chót là 5/11', [day(2024, 11, 5)]],
    ['chậm nhất là 2/3 số đơn vị', []],
  ])('a bound word before a day and month written alone reads a day: %s', (text, expected) => {
    expect(findDateExpressions(text, { defaultYear: 2024 }).map((f) => f.expression)).toEqual(
      expected,
    );
  });
});

describe('lastDayOf and firstDayOf', () => {
  it.each<[DateExpression, PlainDate, PlainDate]>([
    [
      { kind: 'month', year: 2024, month: 2 },
      { year: 2024, month: 2, day: 1 },
      { year: 2024, month: 2, day: 29 },
    ],
    [
      { kind: 'month', year: 2023, month: 2 },
      { year: 2023, month: 2, day: 1 },
      { year: 2023, month: 2, day: 28 },
    ],
    [
      { kind: 'quarter', year: 2024, quarter: 2 },
      { year: 2024, month: 4, day: 1 },
      { year: 2024, month: 6, day: 30 },
    ],
    [
      { kind: 'quarter', year: 2021, quarter: 1 },
      { year: 2021, month: 1, day: 1 },
      { year: 2021, month: 3, day: 31 },
    ],
    [
      { kind: 'half', year: 2024, half: 1 },
      { year: 2024, month: 1, day: 1 },
      { year: 2024, month: 6, day: 30 },
    ],
    [
      { kind: 'half', year: 2024, half: 2 },
      { year: 2024, month: 7, day: 1 },
      { year: 2024, month: 12, day: 31 },
    ],
    [
      { kind: 'year', year: 2025 },
      { year: 2025, month: 1, day: 1 },
      { year: 2025, month: 12, day: 31 },
    ],
    [day(2024, 6, 25), { year: 2024, month: 6, day: 25 }, { year: 2024, month: 6, day: 25 }],
  ])('%j', (expr, first, last) => {
    expect(firstDayOf(expr)).toEqual(first);
    expect(lastDayOf(expr)).toEqual(last);
  });
});

describe('parseDateCell (completion dates)', () => {
  it.each<[Parameters<typeof parseDateCell>[0], string, PlainDate]>([
    [
      { kind: 'date', date: { year: 2024, month: 6, day: 25 } },
      '25/06/2024',
      { year: 2024, month: 6, day: 25 },
    ],
    [45468, '45468', { year: 2024, month: 6, day: 25 }],
    [45468.75, '', { year: 2024, month: 6, day: 25 }],
    ['25/6/2024', '25/6/2024', { year: 2024, month: 6, day: 25 }],
    ['ngày 10 tháng 4 năm 2024', 'ngày 10 tháng 4 năm 2024', { year: 2024, month: 4, day: 10 }],
    ['Đã gửi ngày 20/5/2024', 'Đã gửi ngày 20/5/2024', { year: 2024, month: 5, day: 20 }],
    [null, '01-8-2019', { year: 2019, month: 8, day: 1 }],
  ])('%j is a day', (value, text, date) => {
    const r = parseDateCell(value, text);
    expect(r).toMatchObject({ kind: 'date', date });
  });

  it('reads the 1904 date system when asked (45292 − 1462)', () => {
    expect(parseDateCell(43830, '', { date1904: true })).toMatchObject({
      kind: 'date',
      date: { year: 2024, month: 1, day: 1 },
    });
  });

  it.each<[Parameters<typeof parseDateCell>[0], string, string]>([
    ['tháng 5/2024', 'tháng 5/2024', 'một tháng'],
    ['Quý II/2024', 'Quý II/2024', 'một quý'],
    ['năm 2025', 'năm 2025', 'một năm'],
    ['31/4/2024', '31/4/2024', 'chỉ có 30 ngày'],
    ['13/25/2024', '13/25/2024', 'không có tháng 25'],
    ['6/25/2024', '6/25/2024', 'kiểu Mỹ'],
    ['gần xong', 'gần xong', 'Không đọc được'],
    ['20/5/2024 và 25/6/2024', '20/5/2024 và 25/6/2024', 'chỉ ghi một ngày'],
    [123, '123', 'Số 123 không phải ngày'],
    [true, 'TRUE', 'đúng/sai'],
    [{ kind: 'error', code: '#N/A' }, '#N/A', '#N/A'],
  ])('%j is invalid (%s)', (value, text, vi) => {
    const r = parseDateCell(value, text);
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.reason.vi).toContain(vi);
    expect(r.reason.en.length).toBeGreaterThan(10);
  });

  it.each([
    [null, ''],
    ['', ''],
    ['  ', ' '],
    ['-', '-'],
  ] as const)('%j is empty', (value, text) => {
    expect(parseDateCell(value, text)).toEqual({ kind: 'empty' });
  });
});

describe('properties', () => {
  it('any day written d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or "ngày d tháng m năm y" reads back as itself', () => {
    const p2 = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(anyDate, (d) => {
        const forms = [
          `${d.day}/${d.month}/${d.year}`,
          `${p2(d.day)}-${p2(d.month)}-${d.year}`,
          `${p2(d.day)}.${p2(d.month)}.${d.year}`,
          `ngày ${d.day} tháng ${d.month} năm ${d.year}`,
          `Ngày ${p2(d.day)} tháng ${p2(d.month)} năm ${d.year}`.normalize('NFD'),
        ];
        for (const form of forms) {
          expect(parseDateExpression(form)).toEqual({ kind: 'day', date: d });
          expect(parseDateCell(form, form)).toMatchObject({ kind: 'date', date: d });
        }
      }),
    );
  });

  it('finds a date inside a sentence at its exact span', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.constantFrom('Hoàn thành trước ', 'Thời hạn: ', 'Báo cáo gửi chậm nhất '),
        (d, lead) => {
          const phrase = `ngày ${d.day}/${d.month}/${d.year}`;
          const text = `${lead}${phrase}, trình Ban Thường vụ.`;
          const found = findDateExpressions(text);
          expect(found).toEqual([
            {
              expression: { kind: 'day', date: d },
              start: lead.length,
              end: lead.length + phrase.length,
              phrase,
              explicitYear: true,
            },
          ]);
        },
      ),
    );
  });

  it('never accepts an invalid day-month combination, in any form', () => {
    const invalid = fc
      .record({
        day: fc.integer({ min: 0, max: 31 }),
        month: fc.integer({ min: 0, max: 31 }),
        year: fc.integer({ min: 1900, max: 2199 }),
      })
      .filter(({ year, month, day: d }) => !isValidDate(year, month, d));
    fc.assert(
      fc.property(invalid, ({ year, month, day: d }) => {
        for (const form of [
          `${d}/${month}/${year}`,
          `${d}-${month}-${year}`,
          `ngày ${d} tháng ${month} năm ${year}`,
        ]) {
          expect(parseDateExpression(form)).toBeUndefined();
          expect(parseDateCell(form, form).kind).toBe('invalid');
          expect(findDateExpressions(`Hạn ${form}.`)).toEqual([]);
        }
      }),
    );
  });

  it('reads Excel serials of plausible years back to the same day, in both date systems', () => {
    const plausible = fc
      .integer({
        min: toEpochDay({ year: 1950, month: 1, day: 1 }),
        max: toEpochDay({ year: 2100, month: 12, day: 31 }),
      })
      .map(fromEpochDay);
    fc.assert(
      fc.property(plausible, fc.boolean(), (d, date1904) => {
        const serial = toExcelSerial(d, date1904);
        expect(parseDateCell(serial, String(serial), { date1904 })).toMatchObject({
          kind: 'date',
          date: d,
        });
      }),
    );
  });
});

describe('what dondoc writes, it reads', () => {
  it('reads back a date in every form the outputs write it (ISO, dd/mm/yyyy, a letter, running text)', () => {
    const days = fc
      .integer({
        min: toEpochDay({ year: 1990, month: 1, day: 1 }),
        max: toEpochDay({ year: 2100, month: 12, day: 31 }),
      })
      .map(fromEpochDay);
    fc.assert(
      fc.property(
        days,
        fc.constantFrom('iso', 'dmy', 'document', 'cited' as const),
        (date, form) => {
          expect(parseDateExpression(formatDate(date, form))).toEqual({ kind: 'day', date });
        },
      ),
    );
  });
});

describe('a day and month written out with no "ngày" before them', () => {
  it.each([
    ['15 tháng 8 năm 2024', { year: 2024, month: 8, day: 15 }],
    ['Hạn: 30 tháng 9/2024', { year: 2024, month: 9, day: 30 }],
    ['Chậm nhất 20 tháng 11 năm 2024', { year: 2024, month: 11, day: 20 }],
    ['hoàn thành trước 5 tháng 12, năm 2025', { year: 2025, month: 12, day: 5 }],
  ])('%j names the day %o', (text, date) => {
    const found = findDateExpressions(text);
    expect(found.map((f) => f.expression)).toEqual([{ kind: 'day', date }]);
  });

  it.each([
    // a count of months, a week or a round of a month: the month alone
    ['trong 15 tháng 8 năm 2024', 'tháng 8 năm 2024'],
    ['Tuần 3 tháng 10/2024', 'tháng 10/2024'],
    ['Đợt 2 tháng 5 năm 2025', 'tháng 5 năm 2025'],
    ['kỳ 1 tháng 6/2025', 'tháng 6/2025'],
  ])('%j is no day (%j)', (text, phrase) => {
    expect(findDateExpressions(text).map((f) => f.phrase)).toEqual([phrase]);
  });
});
