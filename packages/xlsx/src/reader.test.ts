import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Cell, Row, Sheet } from '@dondoc/core';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbook, readWorkbook } from './reader.js';
import { readWorkbookFromBuffer } from './memory.js';
import { readWithExcelJs } from './test-support/exceljs/reader.js';
import { rezip, TempDir, unzipEntries } from './test-support/fixtures.js';
import { makeZip } from './test-support/zip.js';

const temp = new TempDir();
afterAll(() => temp.remove());

/** The file reader and the in-memory (browser) reader: the same single-pass code over other bytes. */
const READERS: readonly (readonly [string, (file: string) => Promise<Sheet[]>])[] = [
  ['file', async (file) => [...(await readWorkbook(file)).sheets]],
  [
    'in-memory',
    async (file) => [...(await readWorkbookFromBuffer(readFileSync(file), 'x.xlsx')).sheets],
  ],
];

const cellAt = (sheet: Sheet, row: number, col: number): Cell | undefined =>
  sheet.rows.find((r) => r.number === row)?.cells.find((c) => c.col === col);

/** A tracking workbook with a bit of everything, in the words of seed document 001. */
function buildTracking(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.getRow(1).values = [
    'STT',
    'Nội dung công việc',
    'Đơn vị chủ trì',
    'Thời hạn',
    'Ngày hoàn thành',
    'Tỉ lệ',
    'Kết quả',
  ];
  ws.getRow(2).values = [
    1,
    'Triển khai học tập, quán triệt tại Hội nghị cán bộ chủ chốt',
    'Ban Tuyên giáo Huyện ủy',
    'tháng 5/2024',
    new Date(Date.UTC(2024, 4, 28)),
    0.843,
  ];
  ws.getCell('E2').numFmt = 'dd/mm/yyyy';
  ws.getCell('F2').numFmt = '0.0%';
  ws.getCell('G2').value = { formula: 'IF(E2<=D2,"Đúng hạn","Trễ hạn")', result: 'Đúng hạn' };
  // row 3 left empty; row 4 holds only spaces; row 5 only a format
  ws.getCell('B4').value = '   ';
  ws.getCell('C5').numFmt = 'dd/mm/yyyy';
  ws.getRow(6).values = [
    2,
    'Quán triệt học tập cho toàn thể cán bộ, đảng viên',
    'Các chi, đảng bộ cơ sở',
    '25/6/2024', // a text date stays text
  ];
  ws.getCell('E6').value = { formula: 'D2+30', result: 45468 };
  ws.getCell('E6').numFmt = 'dd/mm/yyyy';
  ws.getCell('F6').value = { formula: 'E6/0', result: { error: '#DIV/0!' } };
  ws.getCell('G6').value = { formula: 'E6>D6', result: true };
  ws.getCell('H6').value = { formula: 'TODAY()' };
  ws.getRow(6).hidden = true;
  ws.getCell('A8').value = 3;
  ws.getCell('B8').value = {
    richText: [
      { text: 'Báo cáo kết quả về Ban Thường vụ ' },
      { text: 'trước ngày 30/6/2024', font: { bold: true } },
    ],
  };
  ws.getCell('C8').value = 'Mặt trận Tổ quốc và các đoàn thể'.normalize('NFD');
  ws.getCell('D8').value = {
    text: 'Chỉ thị số 32-CT/TW',
    hyperlink: 'https://example.vn/32-CT-TW',
  };
  ws.getCell('E8').value = { error: '#REF!' };
  ws.mergeCells('B10:D11');
  ws.getCell('B10').value = 'Tổng hợp';
  // shared formulas: the master holds the formula, dependents only a reference
  ws.getCell('A13').value = 1;
  ws.getCell('A14').value = 2;
  ws.getCell('B13').value = {
    formula: 'A13*2',
    result: 2,
    shareType: 'shared',
    ref: 'B13:B14',
  } as ExcelJS.CellValue;
  ws.getCell('B14').value = { sharedFormula: 'B13', result: 4 };
  ws.getCell('C13').value = {
    formula: 'A13>1',
    result: false,
    shareType: 'shared',
    ref: 'C13:C14',
  } as ExcelJS.CellValue;
  ws.getCell('C14').value = { sharedFormula: 'C13', result: true };
  ws.getCell('D13').value = { formula: 'A13-1', result: 0 }; // exceljs's value getter drops a 0 result
  ws.getCell('A100').value = 'dòng cuối';

  const hidden = wb.addWorksheet('Danh mục', { state: 'hidden' });
  hidden.getCell('A1').value = 'Ban Tuyên giáo Huyện ủy';
  const veryHidden = wb.addWorksheet('Cấu hình', { state: 'veryHidden' });
  veryHidden.getCell('B3').value = 'dondoc';
}

let tracking: string;
let tracking1904: string;
beforeAll(async () => {
  tracking = await temp.workbook('theo-doi.xlsx', buildTracking);
  tracking1904 = await temp.workbook('theo-doi-1904.xlsx', (wb) => {
    buildTracking(wb);
    wb.properties.date1904 = true;
  });
});

describe.each(READERS)('%s reader', (_label, read) => {
  let sheets: readonly Sheet[];
  beforeAll(async () => {
    sheets = await read(tracking);
  });
  const main = () => sheets[0]!;

  it('lists every worksheet with its state', () => {
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['Nhiệm vụ', 'visible'],
      ['Danh mục', 'hidden'],
      ['Cấu hình', 'veryHidden'],
    ]);
  });

  it('skips blank rows and keeps the row numbers of the file', () => {
    expect(main().rows.map((r) => r.number)).toEqual([1, 2, 6, 8, 10, 13, 14, 100]);
  });

  it.each([
    ['header text', 1, 2, 'Nội dung công việc', 'Nội dung công việc'],
    ['number', 2, 1, 1, '1'],
    ['real date', 2, 5, { kind: 'date', date: { year: 2024, month: 5, day: 28 } }, '28/05/2024'],
    ['percent', 2, 6, 0.843, '84,3%'],
    ['formula string result', 2, 7, 'Đúng hạn', 'Đúng hạn'],
    ['text date left as text', 6, 4, '25/6/2024', '25/6/2024'],
    [
      'formula date result',
      6,
      5,
      { kind: 'date', date: { year: 2024, month: 6, day: 25 } },
      '25/06/2024',
    ],
    ['formula error result', 6, 6, { kind: 'error', code: '#DIV/0!' }, '#DIV/0!'],
    ['formula boolean result', 6, 7, true, 'TRUE'],
    ['formula without cached value', 6, 8, null, ''],
    [
      'rich text',
      8,
      2,
      'Báo cáo kết quả về Ban Thường vụ trước ngày 30/6/2024',
      'Báo cáo kết quả về Ban Thường vụ trước ngày 30/6/2024',
    ],
    [
      'NFD text becomes NFC',
      8,
      3,
      'Mặt trận Tổ quốc và các đoàn thể',
      'Mặt trận Tổ quốc và các đoàn thể',
    ],
    ['hyperlink text', 8, 4, 'Chỉ thị số 32-CT/TW', 'Chỉ thị số 32-CT/TW'],
    ['error value', 8, 5, { kind: 'error', code: '#REF!' }, '#REF!'],
    ['merged value in the top-left cell', 10, 2, 'Tổng hợp', 'Tổng hợp'],
    ['shared formula master', 13, 2, 2, '2'],
    ['shared formula dependent', 14, 2, 4, '4'],
    ['shared boolean formula master', 13, 3, false, 'FALSE'],
    ['shared boolean formula dependent', 14, 3, true, 'TRUE'],
    ['formula showing 0', 13, 4, 0, '0'],
  ])('%s (row %d, col %d)', (_name, row, col, value, text) => {
    const cell = cellAt(main(), row, col);
    expect(cell?.value).toEqual(value);
    expect(cell?.text).toBe(text);
  });

  it('flags formula cells and keeps number formats', () => {
    expect(cellAt(main(), 6, 8)).toEqual({ col: 8, value: null, text: '', formula: true });
    expect(cellAt(main(), 2, 6)?.numFmt).toBe('0.0%');
    expect(cellAt(main(), 2, 5)?.numFmt).toBe('dd/mm/yyyy');
    expect(cellAt(main(), 2, 1)?.numFmt).toBeUndefined();
  });

  it('reports merged ranges and leaves their covered cells out', () => {
    expect(main().merges).toEqual([{ top: 10, left: 2, bottom: 11, right: 4 }]);
    expect(
      main()
        .rows.find((r) => r.number === 10)
        ?.cells.map((c) => c.col),
    ).toEqual([2]);
    expect(main().rows.find((r) => r.number === 11)).toBeUndefined();
  });

  it('flags hidden rows only', () => {
    expect(
      main()
        .rows.filter((r) => r.hidden)
        .map((r) => r.number),
    ).toEqual([6]);
    expect(main().rows.find((r) => r.number === 2)).not.toHaveProperty('hidden');
  });

  it('reads the hidden and very hidden sheets too', () => {
    expect(sheets[1]!.rows).toEqual([
      {
        number: 1,
        cells: [{ col: 1, value: 'Ban Tuyên giáo Huyện ủy', text: 'Ban Tuyên giáo Huyện ủy' }],
      },
    ]);
    expect(sheets[2]!.rows[0]).toMatchObject({ number: 3, cells: [{ col: 2, value: 'dondoc' }] });
  });

  it.each([
    [false, () => tracking],
    [true, () => tracking1904],
  ])('date1904=%s: real dates are the same calendar days', async (date1904, file) => {
    const content = await readWorkbook(file());
    expect(content.date1904).toBe(date1904);
    expect(cellAt((await read(file()))[0]!, 2, 5)?.value).toEqual({
      kind: 'date',
      date: { year: 2024, month: 5, day: 28 },
    });
  });
});

describe('against exceljs (the reader it replaces)', () => {
  it.each([
    ['1900 system', () => tracking],
    ['1904 system', () => tracking1904],
  ])('gives the same sheets as exceljs (%s)', async (_label, file) => {
    expect(await readWorkbook(file())).toEqual(await readWithExcelJs(file(), { mode: 'full' }));
  });

  it('the in-memory reader gives the same as the file reader on the same bytes', async () => {
    const memory = await readWorkbookFromBuffer(readFileSync(tracking), 'theo-doi.xlsx');
    expect(memory).toEqual(await readWorkbook(tracking));
  });

  it('reads date1904="true" (which exceljs alone misses) as the 1904 system', async () => {
    const target = await rezip(tracking1904, temp.file('true-1904.xlsx'), (name, text) =>
      name === 'xl/workbook.xml' ? text.replace('date1904="1"', 'date1904="true"') : undefined,
    );
    const content = await readWorkbook(target);
    expect(content.date1904).toBe(true);
    expect(cellAt(content.sheets[0]!, 2, 5)?.value).toEqual({
      kind: 'date',
      date: { year: 2024, month: 5, day: 28 },
    });
    // the formula's cached serial 45468 counted from 1904
    expect(cellAt(content.sheets[0]!, 6, 5)?.value).toEqual({
      kind: 'date',
      date: { year: 2028, month: 6, day: 26 },
    });
  });
});

describe('part order in the zip', () => {
  // exceljs and Excel store sheets before sharedStrings.xml, so exceljs's streaming reader spools them
  // to temporary files; with the shared strings first it parses them straight from the zip.
  let metadataFirst: string;
  beforeAll(async () => {
    const parts = await unzipEntries(tracking);
    const rank = (name: string) => (name.startsWith('xl/worksheets/') ? 1 : 0);
    metadataFirst = temp.file(
      'metadata-first.xlsx',
      makeZip([...parts].sort((a, b) => rank(a.name) - rank(b.name))),
    );
  });

  it('does not change what is read', async () => {
    expect({ ...(await readWorkbook(metadataFirst)), fileName: 'theo-doi.xlsx' }).toEqual(
      await readWorkbook(tracking),
    );
  });

  it('rows left unread are skipped', async () => {
    const names: string[] = [];
    for await (const sheet of await openWorkbook(metadataFirst)) names.push(sheet.info.name);
    expect(names).toEqual(['Nhiệm vụ', 'Danh mục', 'Cấu hình']);
  });
});

describe('openWorkbook', () => {
  it('knows the file name, date system and sheets before reading rows', async () => {
    const workbook = await openWorkbook(tracking1904);
    expect(workbook.fileName).toBe('theo-doi-1904.xlsx');
    expect(workbook.date1904).toBe(true);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Nhiệm vụ', 'Danh mục', 'Cấu hình']);
    // merged ranges sit after a sheet's rows in the XML: known once the rows are read
    for await (const sheet of workbook) for await (const _row of sheet.rows) void _row;
    expect(workbook.sheets[0]!.merges).toEqual([{ top: 10, left: 2, bottom: 11, right: 4 }]);
  });

  it('knows a sheet held in memory by its merges as soon as its first row arrives', async () => {
    // a checker lends a deadline merged down to every row it covers, so it needs them first
    const workbook = await openWorkbook(tracking);
    for await (const sheet of workbook) {
      for await (const _row of sheet.rows) {
        void _row;
        break;
      }
      expect(sheet.info.name).toBe('Nhiệm vụ');
      expect(sheet.info.merges).toEqual([{ top: 10, left: 2, bottom: 11, right: 4 }]);
      break;
    }
  });

  it('rows left unread or read in part do not disturb the next sheet', async () => {
    const workbook = await openWorkbook(tracking);
    const seen: [string, number[]][] = [];
    let index = 0;
    for await (const sheet of workbook) {
      const numbers: number[] = [];
      if (index === 0) {
        for await (const row of sheet.rows) {
          numbers.push(row.number);
          if (numbers.length === 2) break;
        }
      }
      if (index === 2) for await (const row of sheet.rows) numbers.push(row.number);
      seen.push([sheet.info.name, numbers]);
      index++;
    }
    expect(seen).toEqual([
      ['Nhiệm vụ', [1, 2]],
      ['Danh mục', []],
      ['Cấu hình', [3]],
    ]);
  });

  it('stopping after the first sheet is fine', async () => {
    const workbook = await openWorkbook(tracking);
    let first: Row | undefined;
    for await (const sheet of workbook) {
      for await (const row of sheet.rows) {
        first = row;
        break;
      }
      break;
    }
    expect(first?.number).toBe(1);
  });

  it('never writes to the input file', async () => {
    const before = statSync(tracking);
    const hash = createHash('sha256').update(readFileSync(tracking)).digest('hex');
    await readWorkbook(tracking);
    const after = statSync(tracking);
    expect(createHash('sha256').update(readFileSync(tracking)).digest('hex')).toBe(hash);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });
});

describe('a formula whose cached result is an error (as LibreOffice and Excel save =NA())', () => {
  // exceljs's full reader turns <c t="e"><f>NA()</f><v>#N/A</v></c> into a null result and the
  // streaming one into NaN; the cell shows the error.
  it('keeps #N/A', async () => {
    const file = new URL('../../../fixtures/other-tools/libreoffice-ke-hoach.xlsx', import.meta.url)
      .pathname;
    const content = await readWorkbook(decodeURIComponent(file));
    const sheet = content.sheets.find((s) => s.name === 'Theo dõi')!;
    const cell = sheet.rows.find((r) => r.number === 20)?.cells.find((c) => c.col === 4);
    expect(cell).toMatchObject({
      value: { kind: 'error', code: '#N/A' },
      text: '#N/A',
      formula: true,
    });
  });
});
