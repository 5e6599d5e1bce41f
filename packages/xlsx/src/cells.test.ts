import { fromExcelSerial, toExcelSerial, type PlainDate } from '@dondoc/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  convertCell,
  convertValue,
  isDateFormat,
  isTimeFormat,
  numberText,
} from './cells.js';

const system1900 = { date1904: false };
const system1904 = { date1904: true };
const date = (year: number, month: number, day: number) => ({
  kind: 'date',
  date: { year, month, day },
});

/** The JS Date exceljs builds for a serial (lib/utils/utils.js excelToDate). */
function exceljsDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

describe('convertValue', () => {
  it.each([
    [
      'plain text from 001',
      'Ban Tuyên giáo Huyện ủy',
      undefined,
      'Ban Tuyên giáo Huyện ủy',
      'Ban Tuyên giáo Huyện ủy',
    ],
    ['text date stays text', '25/6/2024', undefined, '25/6/2024', '25/6/2024'],
    ['number', 1967, undefined, 1967, '1967'],
    ['float noise', 0.1 + 0.2, undefined, 0.1 + 0.2, '0.3'],
    ['percent 0.0%', 0.843, '0.0%', 0.843, '84,3%'],
    ['percent 0%', 0.95, '0%', 0.95, '95%'],
    ['percent 0.00%', 0.991, '0.00%', 0.991, '99,10%'],
    ['boolean', true, undefined, true, 'TRUE'],
    ['error', { error: '#REF!' }, undefined, { kind: 'error', code: '#REF!' }, '#REF!'],
    [
      'rich text joined',
      { richText: [{ text: 'trước ngày ' }, { text: '25/6/2024', font: { bold: true } }] },
      undefined,
      'trước ngày 25/6/2024',
      'trước ngày 25/6/2024',
    ],
    [
      'hyperlink text',
      { text: 'Chỉ thị số 32-CT/TW', hyperlink: 'https://example.vn/32' },
      undefined,
      'Chỉ thị số 32-CT/TW',
      'Chỉ thị số 32-CT/TW',
    ],
    [
      'hyperlink with rich text',
      { text: { richText: [{ text: 'Kế ' }, { text: 'hoạch' }] }, hyperlink: 'x' },
      undefined,
      'Kế hoạch',
      'Kế hoạch',
    ],
    ['serial in date format (1900)', 45468, 'dd/mm/yyyy', date(2024, 6, 25), '25/06/2024'],
    ['serial in built-in format 14', 45468, 'mm-dd-yy', date(2024, 6, 25), '25/06/2024'],
    [
      'serial in Vietnamese locale format',
      45468,
      '[$-42A]dd/mm/yyyy;@',
      date(2024, 6, 25),
      '25/06/2024',
    ],
    [
      'date-time format keeps the time in text',
      45468.5,
      'dd/mm/yyyy hh:mm',
      date(2024, 6, 25),
      '25/06/2024 12:00',
    ],
    ['time-only format stays a number', 0.3541666666666667, 'hh:mm', 0.3541666666666667, '08:30'],
    [
      'exceljs Date at UTC midnight',
      exceljsDate(45468, false),
      'dd/mm/yyyy',
      date(2024, 6, 25),
      '25/06/2024',
    ],
    [
      'exceljs Date a hair before midnight',
      new Date(Date.UTC(2024, 5, 24, 23, 59, 59, 999)),
      'dd/mm/yyyy',
      date(2024, 6, 25),
      '25/06/2024',
    ],
  ])('%s', (_label, raw, numFmt, value, text) => {
    expect(convertValue(raw, numFmt, system1900)).toEqual({ value, text });
  });

  it.each([
    ['cached number', { formula: 'SUM(A1:A3)', result: 24 }, 24, '24'],
    ['cached string', { formula: 'A1&""', result: 'Hoàn thành' }, 'Hoàn thành', 'Hoàn thành'],
    [
      'cached error',
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { kind: 'error', code: '#DIV/0!' },
      '#DIV/0!',
    ],
    ['shared formula dependent', { sharedFormula: 'A2', result: 3 }, 3, '3'],
    ['streaming shared dependent', { formula: '', result: 3 }, 3, '3'],
    ['no cached result', { formula: 'TODAY()' }, null, ''],
  ])('formula: %s', (_label, raw, value, text) => {
    expect(convertValue(raw, undefined, system1900)).toEqual({ value, text, formula: true });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty string', ''],
    ['spaces and a non-breaking space', '  \u00a0 '],
    ['only control characters', '\u0000\u200b'],
    ['formula showing ""', { formula: 'IF(A1="","",A1)', result: '' }],
  ])('%s shows nothing', (_label, raw) => {
    expect(convertValue(raw, undefined, system1900)).toBeUndefined();
  });

  it('a formula result in a date format becomes a date (the streaming reader leaves it a number)', () => {
    expect(convertValue({ formula: 'B2+30', result: 45468 }, 'dd/mm/yyyy', system1900)).toEqual({
      value: date(2024, 6, 25),
      text: '25/06/2024',
      formula: true,
    });
  });

  it.each([
    [false, 45468, date(2024, 6, 25)],
    [true, 45468 - 1462, date(2024, 6, 25)],
  ])(
    'date1904=%s: serial %d is 25/06/2024, as a number and as an exceljs Date',
    (date1904, serial, expected) => {
      const system = { date1904 };
      expect(convertValue(serial, 'dd/mm/yyyy', system)?.value).toEqual(expected);
      expect(convertValue(exceljsDate(serial, date1904), 'dd/mm/yyyy', system)?.value).toEqual(
        expected,
      );
    },
  );

  it('corrects a Date exceljs built with the wrong date system (date1904="true")', () => {
    const serial = 45468 - 1462; // 25/06/2024 in the 1904 system
    const madeAs1900 = exceljsDate(serial, false);
    expect(
      convertValue(madeAs1900, 'dd/mm/yyyy', { date1904: true, readerDate1904: false })?.value,
    ).toEqual(date(2024, 6, 25));
  });

  it('property: any real date survives exceljs Date → PlainDate in both systems', () => {
    const plain = fc
      .record({
        year: fc.integer({ min: 1905, max: 9998 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map((d): PlainDate => d);
    fc.assert(
      fc.property(
        plain,
        fc.boolean(),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (d, date1904, time) => {
          const serial = toExcelSerial(d, date1904) + time;
          const fromDate = convertValue(exceljsDate(serial, date1904), 'dd/mm/yyyy hh:mm', {
            date1904,
          });
          const fromNumber = convertValue(serial, 'dd/mm/yyyy', { date1904 });
          const expected = fromExcelSerial(Math.round(serial * 86400) / 86400, date1904);
          expect(fromDate?.value).toEqual({ kind: 'date', date: expected });
          expect(fromNumber?.value).toEqual({ kind: 'date', date: expected });
        },
      ),
    );
  });
});

describe('cleanText', () => {
  it('turns Vietnamese typed with combining marks (NFD) into NFC', () => {
    const nfd = 'Huyện ủy Thạch Hà'.normalize('NFD');
    expect(nfd).not.toBe('Huyện ủy Thạch Hà');
    expect(cleanText(nfd)).toBe('Huyện ủy Thạch Hà');
  });

  it('keeps inner spaces and line breaks, drops control and zero-width characters', () => {
    expect(cleanText('Tháng  5/2024\nquý II\u0007\u200b')).toBe('Tháng  5/2024\nquý II');
  });

  it('decodes OOXML _xHHHH_ escapes, and an escaped underscore stays literal', () => {
    expect(cleanText('dòng 1_x000D_\ndòng 2')).toBe('dòng 1\r\ndòng 2');
    expect(cleanText('_x005F_x0041_')).toBe('_x0041_');
  });

  it('property: the same text as its three passes, on text that takes the fast path and text that does not', () => {
    // cleanText as it was before it looked for text it would leave unchanged
    const reference = (input: string) =>
      input
        .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
          String.fromCharCode(parseInt(hex, 16)),
        )
        .normalize('NFC')
        // eslint-disable-next-line no-control-regex -- removing control characters is the point
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\ufeff]/g, '');
    const piece = fc.constantFrom(
      ...'Quán triệt Nghị quyết số 26-NQ/TU; Đảng ủy xã Thạch Hà (Huyện ủy) ghi chú',
      ...'ỳỹỵẠặƯơĐđ–—…“”\t\n\r\u00a0\u00ff\u01b0\u02ff',
      '\u0300', // combining grave: composes with the letter before it
      '\u0301',
      '\u0323',
      '\u0340', // not NFC by itself
      '\u2126', // Ohm sign: NFC makes it Ω
      '\u212b',
      '\u200b',
      '\u2028',
      '\ufeff',
      '\u0007',
      '\u007f',
      '\u0085',
      '_',
      '_x0041_',
      '_x000D_',
      'e\u0301',
      '\ud83d\ude00',
      '\ud83d',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(cleanText(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('property: NFC, no control characters, and idempotent when there is no escape to decode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = cleanText(s);
        expect(once.normalize('NFC')).toBe(once);
        // eslint-disable-next-line no-control-regex -- checking the control characters are gone
        expect(once).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
        if (!s.includes('_x')) expect(cleanText(once)).toBe(once);
      }),
    );
  });
});

describe('number formats', () => {
  it.each([
    ['dd/mm/yyyy', true, false],
    ['d/m/yy', true, false],
    ['mm-dd-yy', true, false],
    ['mmm-yy', true, false],
    ['[$-42A]dd/mm/yyyy;@', true, false],
    ['dd/mm/yyyy hh:mm', true, false],
    ['hh:mm', false, true],
    ['[h]:mm:ss', false, true],
    ['h:mm AM/PM', false, true],
    ['General', false, false],
    ['0.0%', false, false],
    ['#,##0', false, false],
    ['#,##0 "ngày"', false, false],
    ['0" tháng"', false, false],
    ['0.00E+00', false, false],
  ])('%s: date %s, time %s', (fmt, isDate, isTime) => {
    expect(isDateFormat(fmt)).toBe(isDate);
    expect(isTimeFormat(fmt)).toBe(isTime);
  });

  it.each([
    [0.843, '0.0%', '84,3%'],
    [-0.05, '0%', '-5%'],
    [0.15, '0.0%;[Red]-0.0%', '15,0%'],
    [1967, '#,##0', '1967'],
    // General: 15 significant digits, as Excel shows a number; integers of 15 digits as they are
    [123, undefined, '123'],
    [-42, undefined, '-42'],
    [-0, undefined, '0'],
    [0.1 + 0.2, undefined, '0.3'],
    [999_999_999_999_999, undefined, '999999999999999'],
    [1e15, undefined, '1000000000000000'],
    [1_234_567_890_123_456, undefined, '1234567890123460'],
    [-1_234_567_890_123_456, undefined, '-1234567890123460'],
  ])('numberText(%d, %s) = %s', (n, fmt, text) => {
    expect(numberText(n, fmt)).toBe(text);
  });
});

describe('convertCell', () => {
  it('keeps numFmt and the formula flag, drops "General"', () => {
    expect(convertCell({ col: 3, value: 0.843, numFmt: '0.0%' }, system1904)).toEqual({
      col: 3,
      value: 0.843,
      text: '84,3%',
      numFmt: '0.0%',
    });
    expect(
      convertCell({ col: 1, value: { formula: 'NOW()' }, numFmt: 'General' }, system1900),
    ).toEqual({
      col: 1,
      value: null,
      text: '',
      formula: true,
    });
  });
});

describe('formula results exceljs hides', () => {
  it.each([
    ['0', 0, 0, '0'],
    ['FALSE', false, false, 'FALSE'],
  ])(
    'a cached %s read from cell.result, not from the value getter that drops it',
    (_label, result, value, text) => {
      expect(convertCell({ col: 2, value: { formula: 'A1*0' }, result }, system1900)).toEqual({
        col: 2,
        value,
        text,
        formula: true,
      });
    },
  );
});
