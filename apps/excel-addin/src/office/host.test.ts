/**
 * The task pane's Office adapter against an Excel workbook in memory reached through
 * office-addin-mock (load before read, writes at sync), built from the same sample tracking workbook
 * the demo checks. Every action of the task pane, on Excel 2016 (ExcelApi 1.1) and on a newer Excel.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellAddress, parseIsoDate } from '@dondoc/core';
import { loadBundledPack } from '@dondoc/rulepacks';
import { CATALOG, generateTrackingWorkbook, resolveAsOf } from '@dondoc/samples';
import { readWorkbookFromBuffer } from '@dondoc/xlsx/browser';
import { explainedTables, RESULTS_SHEET_MARK, RESULTS_SHEET_NAME } from '@dondoc/report';
import { loadPackValue, runCheck } from '../run-check.js';
import { FakeExcel } from '../test-support/fake-excel.js';
import {
  READING_SAMPLE_AS_OF,
  READING_SAMPLE_FILE,
  readingSampleWorkbook,
} from '../test-support/reading-sample.js';
import { columnTarget, rowTarget } from '../ui/reading.js';
import { FileWorkbookHost } from '../file/host.js';
import {
  CELLS_PER_SYNC,
  HIGHLIGHT_FILL,
  OfficeWorkbookHost,
  SETTING_FILLS,
  SETTING_PACK,
} from './host.js';

const entry = CATALOG[0]!; // theo-doi-ke-hoach-ct32.xlsx: two-row merged header, every planted problem
const asOf = resolveAsOf(entry.spec.asOf);
const generic = loadBundledPack('generic')!;

async function sampleBytes(): Promise<Uint8Array> {
  const { workbook } = generateTrackingWorkbook(entry.spec);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function sampleExcel(excelApi = '1.1', settings = true) {
  const bytes = await sampleBytes();
  const excel = await FakeExcel.fromXlsx(bytes, { excelApi, settings, workbookName: entry.file });
  return { bytes, excel, host: new OfficeWorkbookHost(excel.environment()) };
}

describe('reading the open workbook', () => {
  it('gives the same findings as `dondoc check` on the file', async () => {
    const { bytes, host } = await sampleExcel();
    const live = runCheck(await host.read(), generic, asOf);
    const file = await readWorkbookFromBuffer(bytes, entry.file);
    const fromFile = runCheck({ name: entry.file, sheets: file.sheets }, generic, asOf);
    expect(live.report.findings.length).toBeGreaterThan(5);
    expect(live.report.findings).toEqual(fromFile.report.findings);
    expect(live.report.summary).toEqual(fromFile.report.summary);
  });

  it('reads every sheet with its visibility, and the rows as numbered in the sheet', async () => {
    const { bytes, host } = await sampleExcel();
    const content = await host.read();
    const file = await readWorkbookFromBuffer(bytes, entry.file);
    expect(content.name).toBe(entry.file);
    expect(content.sheets.map((s) => [s.name, s.state])).toEqual(
      file.sheets.map((s) => [s.name, s.state]),
    );
    for (const [i, sheet] of content.sheets.entries()) {
      expect(sheet.rows).toEqual(file.sheets[i]!.rows);
    }
  });

  it('reads a large sheet in several round trips of bounded size, losing no row', async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet('Nhiệm vụ');
    const header = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'];
    header.forEach((h, i) => (sheet.ensure(1, i + 1).value = h));
    for (let r = 2; r <= 30_001; r++) {
      sheet.ensure(r, 1).value = r - 1;
      sheet.ensure(r, 2).value = `Tổ chức hội nghị quán triệt số ${r - 1}`;
      sheet.ensure(r, 3).value = 'Ban Tuyên giáo Huyện ủy';
      const due = sheet.ensure(r, 4);
      due.value = excel.serialOf(2024, 6, 30);
      due.numberFormat = 'dd/mm/yyyy';
      sheet.ensure(r, 5).value = 'Đang thực hiện';
    }
    const content = await new OfficeWorkbookHost(excel.environment()).read();
    expect(content.sheets[0]!.rows).toHaveLength(30_001);
    expect(content.sheets[0]!.rows.at(-1)!.cells[3]!.value).toEqual({
      kind: 'date',
      date: { year: 2024, month: 6, day: 30 },
    });
    // 150,005 cells in chunks of whole rows of at most CELLS_PER_SYNC cells, one trip each, after the
    // two trips that list the sheets and their used ranges.
    const rowsPerTrip = Math.floor(CELLS_PER_SYNC / 5);
    expect(excel.syncs).toBe(2 + Math.ceil(30_001 / rowsPerTrip));
    expect(excel.syncs).toBeGreaterThan(4);
  });

  it('tells a 1904-date workbook from what Excel displays', async () => {
    const excel = new FakeExcel({ date1904: true });
    const sheet = excel.addSheet('Sheet1');
    sheet.ensure(1, 1).value = 'Thời hạn';
    const cell = sheet.ensure(2, 1);
    cell.value = excel.serialOf(2024, 5, 28);
    cell.numberFormat = 'dd/mm/yyyy';
    const content = await new OfficeWorkbookHost(excel.environment()).read();
    expect(content.sheets[0]!.rows[1]!.cells[0]!.value).toEqual({
      kind: 'date',
      date: { year: 2024, month: 5, day: 28 },
    });
  });
});

describe('highlighting and restoring', () => {
  it('fills each offending cell by severity and puts back exactly the fills they had', async () => {
    const { excel, host } = await sampleExcel();
    const { report } = runCheck(await host.read(), generic, asOf);
    const cells = report.findings.filter((f) => f.location?.cell);
    const first = cells[0]!.location!;
    // The clerk had already coloured one of them green.
    excel.sheet(first.sheet!).ensure(first.row!, colOf(first.cell!)).fill = '#00B050';
    const before = snapshotFills(excel);

    const done = await host.highlight(report.findings);
    expect(done.message.vi).toMatch(/^Đã tô màu \d+ ô/);
    for (const f of cells) {
      const fill = excel.sheet(f.location!.sheet!).fillAt(f.location!.cell!);
      expect(Object.values(HIGHLIGHT_FILL)).toContain(fill);
    }
    expect(excel.settingsStore.get(SETTING_FILLS)).toBeTypeOf('string');

    // Highlighting twice keeps the original fills, not the highlight.
    await host.highlight(report.findings);
    await host.clearHighlights();
    expect(snapshotFills(excel)).toEqual(before);
    expect(excel.sheet(first.sheet!).fillAt(first.cell!)).toBe('#00B050');
    expect(excel.settingsStore.has(SETTING_FILLS)).toBe(false);
  });

  it('restores after the task pane was closed (the fills are kept in the file)', async () => {
    const { excel, host } = await sampleExcel();
    const before = snapshotFills(excel);
    const { report } = runCheck(await host.read(), generic, asOf);
    await host.highlight(report.findings);
    const reopened = new OfficeWorkbookHost(excel.environment());
    const outcome = await reopened.clearHighlights();
    expect(outcome.message.en).toMatch(/^Restored the fills of \d+ cells/);
    expect(snapshotFills(excel)).toEqual(before);
  });

  it('leaves alone a cell the user refilled after highlighting', async () => {
    const { excel, host } = await sampleExcel();
    const { report } = runCheck(await host.read(), generic, asOf);
    await host.highlight(report.findings);
    const f = report.findings.find((x) => x.location?.cell)!.location!;
    excel.sheet(f.sheet!).ensure(f.row!, colOf(f.cell!)).fill = '#7030A0';
    const outcome = await host.clearHighlights();
    expect(excel.sheet(f.sheet!).fillAt(f.cell!)).toBe('#7030A0');
    expect(outcome.notes?.[0]?.vi).toMatch(/được giữ nguyên/);
  });
});

describe('the "Kết quả kiểm tra" sheet', () => {
  it('lists one row per finding with a link to its cell, and is not checked itself', async () => {
    const { excel, host } = await sampleExcel();
    const first = runCheck(await host.read(), generic, asOf);
    await host.writeResults(first.report, 'vi');
    const sheet = excel.sheet(RESULTS_SHEET_NAME);
    expect(sheet.valueAt('A1')).toBe(RESULTS_SHEET_MARK);
    const links = [...sheet.cells.values()].filter((c) => c.formula?.startsWith('=HYPERLINK('));
    expect(links).toHaveLength(first.report.findings.filter((f) => f.location?.cell).length);
    const f = first.report.findings.find((x) => x.location?.cell)!;
    expect(links.map((l) => l.formula)).toContain(
      `=HYPERLINK("#'${f.location!.sheet}'!${f.location!.cell}","${f.location!.cell}")`,
    );
    expect(excel.active).toBe(RESULTS_SHEET_NAME);
    // Links are live formulas; text is stored as text (never parsed as a date or a formula).
    expect(links.every((l) => l.numberFormat === 'General')).toBe(true);
    const message = [...sheet.cells.values()].find((c) => c.value === f.message.vi);
    expect(message?.numberFormat).toBe('@');

    const again = runCheck(await host.read(), generic, asOf);
    expect(again.report.findings).toEqual(first.report.findings);
  });

  it.each(['vi', 'en'] as const)(
    'is the sheet the standalone page puts in its XLSX report, cell for cell (%s)',
    async (lang) => {
      const { bytes, excel, host } = await sampleExcel('1.8');
      const { report } = runCheck(await host.read(), generic, asOf);
      await host.writeResults(report, lang);
      const pane = excel.sheet(RESULTS_SHEET_NAME);

      let saved: Uint8Array | undefined;
      const page = new FileWorkbookHost((_name, data) => (saved = data));
      page.open(entry.file, bytes);
      const fromFile = runCheck(await page.read(), generic, asOf);
      expect(fromFile.report.findings).toEqual(report.findings);
      await page.downloadReport({ report, workbooks: [fromFile.result] }, lang);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(saved as unknown as ExcelJS.Buffer);
      const downloaded = wb.getWorksheet(RESULTS_SHEET_NAME)!;

      const shown = (v: ExcelJS.CellValue): unknown =>
        v === null || v === undefined ? '' : typeof v === 'object' && 'text' in v ? v.text : v;
      const rows = Math.max(downloaded.rowCount, ...[...pane.cells.keys()].map(rowOf));
      expect(rows).toBeGreaterThan(report.findings.length + 3);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= 14; c++) {
          const address = cellAddress(r, c);
          expect([address, pane.valueAt(address)]).toEqual([
            address,
            shown(downloaded.getCell(address).value),
          ]);
        }
      }
      expect(pane.frozenRows).toBe((downloaded.views[0] as ExcelJS.WorksheetViewFrozen).ySplit);
    },
  );

  it('is refreshed in place, and never replaces a sheet of the user with the same name', async () => {
    const { excel, host } = await sampleExcel();
    const own = excel.addSheet(RESULTS_SHEET_NAME);
    own.ensure(1, 1).value = 'Ghi chép riêng của chuyên viên';
    const { report } = runCheck(await host.read(), generic, asOf);
    await host.writeResults(report, 'vi');
    await host.writeResults(report, 'en');
    expect(excel.sheet(RESULTS_SHEET_NAME).valueAt('A1')).toBe('Ghi chép riêng của chuyên viên');
    const ours = excel.sheets.filter((s) => s.valueAt('A1') === RESULTS_SHEET_MARK);
    expect(ours.map((s) => s.name)).toEqual([`${RESULTS_SHEET_NAME} (2)`]);
    // The second write was in English, and replaced the first rather than adding a third sheet.
    expect([...ours[0]!.cells.values()].map((c) => c.value)).toContain('Severity');
  });
});

describe('inserting the tracking template', () => {
  const pack = loadBundledPack('quan-triet-ct32-ctr48')!;

  it('adds the sheets `dondoc template` makes, which the checker then recognises', async () => {
    const excel = new FakeExcel({ excelApi: '1.8' });
    excel.addSheet('Sheet1');
    const host = new OfficeWorkbookHost(excel.environment());
    const outcome = await host.insertTemplate(pack);
    expect(outcome.notes).toEqual([]);
    const added = excel.sheets.slice(1).map((s) => s.name);
    expect(outcome.message.vi).toContain(added.join(', '));
    const result = runCheck(await host.read(), pack, parseIsoDate('2024-05-01')!);
    expect(result.result.sheets.filter((s) => s.table !== 'none').map((s) => s.table)).toEqual(
      expect.arrayContaining(['tasks', 'roster', 'reports']),
    );
    const tasks = excel.sheet('Nhiệm vụ');
    expect(tasks.frozenRows).toBe(4);
    expect(tasks.merges).toContain('A1:H1');
    expect(tasks.validations.length).toBeGreaterThan(0);
    expect(tasks.widths.get(3)).toBeGreaterThan(tasks.widths.get(1)!);
  });

  it('works on Excel 2016 (ExcelApi 1.1) and says what it left out', async () => {
    const excel = new FakeExcel({ excelApi: '1.1' });
    excel.addSheet('Nhiệm vụ'); // a sheet of that name is already there
    const host = new OfficeWorkbookHost(excel.environment());
    const outcome = await host.insertTemplate(pack);
    expect(excel.sheets.map((s) => s.name)).toContain('Nhiệm vụ (2)');
    expect(excel.sheet('Nhiệm vụ (2)').valueAt('C4')).toBe('Nội dung nhiệm vụ');
    expect(outcome.notes!.map((n) => n.en).join(' ')).toMatch(/ExcelApi 1\.2.*ExcelApi 1\.7|1\.8/);
    expect(excel.sheet('Nhiệm vụ (2)').merges).toEqual([]);
  });
});

describe('storing the pack in the workbook', () => {
  it('stores the pack so that the next person who opens the file gets it', async () => {
    const excel = new FakeExcel();
    const pack = loadBundledPack('thach-ha-nq26')!;
    await new OfficeWorkbookHost(excel.environment()).storePack(pack);
    expect(excel.settingsSaves).toBe(1);
    const stored = await new OfficeWorkbookHost(excel.environment()).storedPack();
    const loaded = loadPackValue(stored, 'trong tệp');
    expect(loaded.ok && loaded.pack).toEqual(pack);
    expect(typeof excel.settingsStore.get(SETTING_PACK)).toBe('string');
  });

  it('says so when this Excel has no settings store', async () => {
    const excel = new FakeExcel({ settings: false });
    const outcome = await new OfficeWorkbookHost(excel.environment()).storePack(generic);
    expect(outcome.message.vi).toMatch(/không cho lưu/);
  });
});

describe('going to a finding', () => {
  it('activates the sheet and selects the cell', async () => {
    const { excel, host } = await sampleExcel();
    const { report } = runCheck(await host.read(), generic, asOf);
    const f = report.findings.find((x) => x.location?.cell)!.location!;
    await host.selectCell(f);
    expect(excel.active).toBe(f.sheet);
    expect(excel.selected).toBe(`${f.sheet}!${f.cell}`);
  });
});

describe('"Cách đọc các bảng": the columns and skipped rows it lists', () => {
  async function readingExcel() {
    const bytes = new Uint8Array((await readingSampleWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
    const excel = await FakeExcel.fromXlsx(bytes, { workbookName: READING_SAMPLE_FILE });
    const host = new OfficeWorkbookHost(excel.environment());
    const date = parseIsoDate(READING_SAMPLE_AS_OF)!;
    const live = runCheck(await host.read(), generic, date);
    const file = await readWorkbookFromBuffer(bytes, READING_SAMPLE_FILE);
    const fromFile = runCheck({ name: READING_SAMPLE_FILE, sheets: file.sheets }, generic, date);
    return { excel, host, live, fromFile };
  }

  it('are read in Excel as from the file: the same tables, columns and skipped rows', async () => {
    const { live, fromFile } = await readingExcel();
    const tables = explainedTables([live.result]);
    expect(tables.map((t) => `${t.sheet} ${t.index}/${t.of} ${t.understanding.kind}`)).toEqual([
      'Báo cáo 1/2 indicators',
      'Báo cáo 2/2 tasks',
      'Mẫu 1/1 none',
      'Ghi chú 1/1 none',
    ]);
    expect(tables.map((t) => t.understanding)).toEqual(
      explainedTables([fromFile.result]).map((t) => t.understanding),
    );
    expect(live.report.findings).toEqual(fromFile.report.findings);
  });

  it('lead to the header cells of each column, whose text is the header the panel shows', async () => {
    const { excel, host, live } = await readingExcel();
    let visited = 0;
    for (const table of explainedTables([live.result])) {
      for (const column of table.understanding.columns) {
        const target = columnTarget(table, column.column)!;
        await host.selectCell(target);
        expect(excel.active).toBe(table.sheet);
        expect(excel.selected).toBe(`${table.sheet}!${target.cell}`);
        const first = String(target.cell).split(':')[0]!;
        expect(column.header.startsWith(String(excel.sheet(table.sheet).valueAt(first)))).toBe(
          true,
        );
        visited++;
      }
    }
    expect(visited).toBe(6 + 5 + 5); // the indicator table, the task table, the uncertain form
  });

  it('lead to the rows skipped, which hold the text the panel shows', async () => {
    const { excel, host, live } = await readingExcel();
    const tasks = explainedTables([live.result]).find((t) => t.understanding.kind === 'tasks')!;
    expect(tasks.understanding.skippedRows.map((r) => `${r.row} ${r.reason}`)).toEqual([
      '16 footer',
      '17 footer',
    ]);
    for (const skipped of tasks.understanding.skippedRows) {
      const outcome = await host.selectCell(rowTarget(tasks, skipped.row));
      expect(excel.selected).toBe(`Báo cáo!A${skipped.row}`);
      expect(excel.sheet('Báo cáo').valueAt(`A${skipped.row}`)).toBe(skipped.text);
      expect(outcome.message.vi).toBe(`Đã chọn ô 'Báo cáo'!A${skipped.row}.`);
    }
  });
});

function rowOf(key: string): number {
  return Number(/\d+/.exec(key)![0]);
}

function colOf(cell: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(cell)![0]) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function snapshotFills(excel: FakeExcel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of excel.sheets) for (const [k, c] of s.cells) out[`${s.name}!${k}`] = c.fill;
  return out;
}
