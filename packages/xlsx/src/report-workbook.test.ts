import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { createChecker, type WorkbookResult } from '@dondoc/core';
import { openWorkbook } from './reader.js';
import { contentLostOnCopy, writeReportWorkbook } from './report-workbook.js';
import { fileSource } from './file-source.js';
import { loadPackForTests, parseIsoDate } from './test-support/checking.js';
import { rezip, TempDir } from './test-support/fixtures.js';

const temp = new TempDir();
afterAll(() => temp.remove());

async function trackingWorkbook(name: string): Promise<string> {
  return temp.workbook(name, (wb) => {
    const ws = wb.addWorksheet('Theo dõi');
    ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng']);
    ws.addRow([
      1,
      'Hội nghị cán bộ chủ chốt',
      'Ban Tuyên giáo Huyện ủy',
      'trước ngày 20/5/2024',
      'Đang thực hiện',
    ]);
    ws.addRow([2, '=HYPERLINK("http://x","bấm")', 'Văn phòng Huyện ủy', '31/4/2024', null]);
    ws.addRow([3, 'Sơ kết', { formula: 'C2', result: 'Văn phòng' }, 'quý IV/2024', null]);
    ws.mergeCells('A6:E6');
    ws.getCell('A6').value = 'Nơi nhận:';
    ws.getColumn(2).width = 50;
  });
}

async function check(file: string, name: string): Promise<WorkbookResult> {
  const checker = createChecker({ pack: loadPackForTests(), asOf: parseIsoDate('2024-07-01')! });
  const result = checker.workbook(name);
  for await (const sheet of await openWorkbook(file)) {
    const sc = result.sheet(sheet.info);
    for await (const row of sheet.rows) sc.push(row);
    sc.finish();
  }
  return result.finish();
}

async function reportFor(file: string, name: string) {
  const checker = createChecker({ pack: loadPackForTests(), asOf: parseIsoDate('2024-07-01')! });
  const workbook = await check(file, name);
  const run = { report: checker.report([workbook]), workbooks: [workbook] };
  const bytes = await writeReportWorkbook(run, { sources: [fileSource(name, file)] });
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { out, run };
}

/** The row of the findings table's header, under the sheet's intro lines. */
function headerRow(sheet: ExcelJS.Worksheet): number {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (!found && row.getCell(1).value === 'STT') found = n;
  });
  return found;
}

describe('the XLSX report', () => {
  it('has the summary, the findings sheet and an annotated copy, and leaves the input as it was', async () => {
    const file = await trackingWorkbook('theo-doi.xlsx');
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    const { out, run } = await reportFor(file, 'theo-doi.xlsx');
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
    expect(out.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Kết quả kiểm tra',
      'Bảng điểm',
      '1. Theo dõi',
    ]);
    expect(run.report.findings.map((f) => `${f.rule} ${f.location?.cell}`)).toEqual([
      'task/overdue D2',
      'cell/invalid-date D3',
    ]);

    // The sheet the add-in writes: the mark, the pack and date, the counts, then the table.
    const results = out.getWorksheet('Kết quả kiểm tra')!;
    expect(results.getCell('A1').value).toBe('KẾT QUẢ KIỂM TRA (dondoc)');
    expect(results.getCell('A2').value).toBe(
      'Bộ quy tắc: Kiểm thử (kiem-thu 1.0.0); ngày kiểm tra: 01/07/2024',
    );
    const top = headerRow(results);
    expect(results.getRow(top).values).toEqual([
      undefined,
      ...['STT', 'Sổ theo dõi', 'Trang', 'Dòng', 'Ô', 'Mức độ', 'Quy tắc', 'Nội dung theo dõi'],
      ...['Đơn vị', 'Phát hiện', 'Yêu cầu', 'Thực tế', 'Căn cứ', 'Phát hiện (English)'],
    ]);
    expect(results.views[0]).toMatchObject({ state: 'frozen', ySplit: top });
    expect(results.autoFilter).toBe(`A${top}:N${top}`);
    const first = results.getRow(top + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe('theo-doi.xlsx');
    expect(first.getCell(4).value).toBe(2);
    expect(first.getCell(5).value).toEqual({ text: 'D2', hyperlink: "#'1. Theo dõi'!D2" });
    expect(first.getCell(6).value).toBe('Lỗi');
    expect((first.getCell(6).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF8CBAD');
    expect(results.rowCount).toBe(top + 2);

    const copy = out.getWorksheet('1. Theo dõi')!;
    expect(copy.getCell('B2').value).toBe('Hội nghị cán bộ chủ chốt');
    expect((copy.getCell('D2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF8CBAD');
    expect(String(copy.getCell('D2').note)).toContain('task/overdue');
    expect(copy.getColumn(2).width).toBe(50);
    // a formula on the sheet itself is copied as it is, with its cached result
    expect(copy.getCell('C4').value).toEqual({ formula: 'C2', result: 'Văn phòng' });
  });

  it('writes text exactly, as string cells, whatever it starts with (the formula guard is for CSV)', async () => {
    const file = await trackingWorkbook('cong-thuc.xlsx');
    const { out } = await reportFor(file, 'cong-thuc.xlsx');
    const copy = out.getWorksheet('1. Theo dõi')!;
    expect(copy.getCell('B3').value).toBe('=HYPERLINK("http://x","bấm")');
    expect(copy.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    const results = out.getWorksheet('Kết quả kiểm tra')!;
    results.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
  });

  it('copies every cell value, formula, style, freeze pane, width and print setup; only fills and notes are added', async () => {
    const file = await temp.workbook('nguyen-ban.xlsx', (wb) => {
      const ws = wb.addWorksheet('Theo dõi', {
        views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
        pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 },
      });
      ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng']);
      ws.getRow(1).font = { bold: true, name: 'Times New Roman', size: 13 };
      ws.addRow([1, '- Trường mầm non', 'Ban Tuyên giáo Huyện ủy', 'trước ngày 20/5/2024', null]);
      ws.addRow([
        2,
        '=1+1 không phải công thức',
        'Văn phòng Huyện ủy',
        'trước ngày 20/6/2024',
        null,
      ]);
      ws.addRow([
        3,
        'Sơ kết',
        { formula: 'C2', result: 'Ban Tuyên giáo Huyện ủy' },
        'quý IV/2024',
        null,
      ]);
      ws.getCell('B5').value = {
        richText: [
          { text: 'Tổng kết ', font: { bold: true } },
          { text: 'năm', font: { italic: true } },
        ],
      };
      ws.getCell('C5').value = { text: 'Cổng thông tin', hyperlink: 'https://example.vn/' };
      ws.getCell('D5').value = 'trước ngày 1/3/2024';
      ws.getCell('A5').value = 4;
      ws.getCell('E2').border = { bottom: { style: 'thin' } };
      ws.getCell('E3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('B2').alignment = { wrapText: true };
      ws.getColumn(2).width = 44;
      ws.getRow(2).height = 30;
    });
    const { out, run } = await reportFor(file, 'nguyen-ban.xlsx');
    const annotated = new Set(run.report.findings.map((f) => f.location?.cell));
    expect(annotated.size).toBeGreaterThan(0);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(file);
    const source = original.getWorksheet('Theo dõi')!;
    const copy = out.getWorksheet('1. Theo dõi')!;

    expect(copy.views).toEqual(source.views);
    expect(copy.pageSetup.orientation).toBe('portrait');
    expect(copy.getColumn(2).width).toBe(44);
    expect(copy.getRow(2).height).toBe(30);
    let compared = 0;
    source.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const target = copy.getCell(r, c);
        expect(target.value, cell.address).toEqual(cell.value);
        const { fill: sourceFill, ...sourceStyle } = cell.style;
        const { fill: copyFill, ...copyStyle } = target.style;
        if (!annotated.has(cell.address)) {
          expect(copyStyle, cell.address).toEqual(sourceStyle);
          expect(copyFill, cell.address).toEqual(sourceFill);
          expect(target.note, cell.address).toBeUndefined();
        } else {
          // exceljs reads a filled cell's default font back explicitly: the source's style is kept.
          expect(copyStyle, cell.address).toMatchObject(sourceStyle);
          expect(String(target.note)).toMatch(/^\[/);
        }
        compared++;
      }),
    );
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it('keeps the XML valid: characters XML 1.0 forbids are removed, the rest kept', async () => {
    const file = await trackingWorkbook('ky-tu.xlsx');
    const checker = createChecker({ pack: loadPackForTests(), asOf: parseIsoDate('2024-07-01')! });
    const workbook = await check(file, 'ky-tu.xlsx');
    const report = checker.report([workbook]);
    const dirty = (t: string) => `${t}\u0001\u000b\ufffe\uffff\ud800 cuối`;
    const findings = report.findings.map((f) => ({
      ...f,
      message: { vi: dirty(f.message.vi), en: dirty(f.message.en) },
      agency: dirty(f.agency ?? ''),
    }));
    const bytes = await writeReportWorkbook(
      { report: { ...report, findings }, workbooks: [workbook] },
      { sources: [fileSource('ky-tu.xlsx', file)] },
    );
    // exceljs's XML parser (saxes) rejects characters XML 1.0 forbids: loading back is the check.
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const results = out.getWorksheet('Kết quả kiểm tra')!;
    const row = results.getRow(headerRow(results) + 1);
    expect(row.getCell(10).value).toBe(`${report.findings[0]!.message.vi}\ufffd cuối`);
    expect(String(out.getWorksheet('1. Theo dõi')!.getCell('D2').note)).toContain('\ufffd cuối');
  });

  it('writes no copy of a workbook holding a chart, and says why', async () => {
    const plain = await trackingWorkbook('co-bieu-do-nguon.xlsx');
    const withChart = await rezip(plain, temp.file('co-bieu-do.xlsx'), () => undefined, [
      { name: 'xl/charts/chart1.xml', data: '<c:chartSpace/>' },
    ]);
    const { out } = await reportFor(withChart, 'co-bieu-do.xlsx');
    expect(out.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Kết quả kiểm tra',
      'Bảng điểm',
    ]);
    const texts: string[] = [];
    out.getWorksheet('Tổng hợp')!.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts.join('\n')).toContain('tệp có biểu đồ mà bản sao sẽ làm mất');
  });

  it.each([
    [['xl/charts/chart1.xml'], ['biểu đồ']],
    [
      ['xl/pivotTables/pivotTable1.xml', 'xl/media/image1.png'],
      ['bảng tổng hợp (pivot)', 'hình ảnh'],
    ],
    [
      ['xl/vbaProject.bin', 'xl/externalLinks/externalLink1.xml'],
      ['macro', 'liên kết ngoài'],
    ],
    [
      ['xl/slicers/slicer1.xml', 'xl/ctrlProps/ctrlProp1.xml'],
      ['slicer', 'điều khiển biểu mẫu'],
    ],
    [['xl/worksheets/sheet1.xml', 'xl/styles.xml'], []],
  ])('knows what a copy of %j would lose', (parts, lost) => {
    expect(contentLostOnCopy(parts).map((m) => m.vi)).toEqual(lost);
  });
});
