import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbookFromBuffer } from './memory.js';
import { sheetFromExcelJsWorksheet } from './test-support/exceljs/memory.js';

/** The add-in's path: a workbook built or loaded in memory, never written to disk. */
function inMemory(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu');
  ws.getRow(2).values = [
    'Tỉ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế',
    0.991,
    new Date(Date.UTC(2025, 11, 31)),
  ];
  ws.getCell('B2').numFmt = '0.0%';
  ws.getCell('C2').numFmt = 'dd/mm/yyyy';
  ws.mergeCells('A4:C4');
  ws.getCell('A4').value = 'đạt trên 99,1%';
  ws.getRow(5).hidden = true;
  ws.getCell('A5').value = 'ẩn';
  return wb;
}

describe('sheetFromExcelJsWorksheet (the exceljs reference the differential tests use)', () => {
  it('converts a worksheet that only lives in memory', () => {
    const sheet = sheetFromExcelJsWorksheet(inMemory().getWorksheet('Chỉ tiêu')!, false);
    expect(sheet).toEqual({
      name: 'Chỉ tiêu',
      state: 'visible',
      merges: [{ top: 4, left: 1, bottom: 4, right: 3 }],
      rows: [
        {
          number: 2,
          cells: [
            {
              col: 1,
              value: 'Tỉ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế',
              text: 'Tỉ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế',
            },
            { col: 2, value: 0.991, text: '99,1%', numFmt: '0.0%' },
            {
              col: 3,
              value: { kind: 'date', date: { year: 2025, month: 12, day: 31 } },
              text: '31/12/2025',
              numFmt: 'dd/mm/yyyy',
            },
          ],
        },
        // the covered cells B4:C4 repeat the top-left value in exceljs; they are left out
        { number: 4, cells: [{ col: 1, value: 'đạt trên 99,1%', text: 'đạt trên 99,1%' }] },
        { number: 5, cells: [{ col: 1, value: 'ẩn', text: 'ẩn' }], hidden: true },
      ],
    });
  });
});

describe('readWorkbookFromBuffer', () => {
  it.each([
    [
      'ArrayBuffer',
      (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
    ],
    ['Uint8Array', (b: Uint8Array) => b],
  ])('reads bytes given as %s', async (_label, view) => {
    const wb = inMemory();
    wb.properties.date1904 = true;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const content = await readWorkbookFromBuffer(view(bytes), 'chi-tieu.xlsx');
    expect(content.fileName).toBe('chi-tieu.xlsx');
    expect(content.date1904).toBe(true);
    expect(content.sheets[0]!.rows[0]!.cells[2]!.value).toEqual({
      kind: 'date',
      date: { year: 2025, month: 12, day: 31 },
    });
  });
});
