/**
 * Real users' files are often saved by LibreOffice. When `soffice` is on the PATH with Calc, round-trip
 * a workbook through it and check both readers still agree; otherwise these tests are skipped.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from './reader.js';
import { readWithExcelJs } from './test-support/exceljs/reader.js';
import { TempDir } from './test-support/fixtures.js';

function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** LibreOffice may be installed without Calc (only Writer, to convert letters): it then saves no workbook. */
function hasCalc(soffice: string): boolean {
  try {
    const program = path.dirname(realpathSync(soffice));
    return readdirSync(program).some((f) => /^(?:lib)?sclo\.(?:so|dylib|dll)$/.test(f));
  } catch {
    return false;
  }
}

const found = findSoffice();
const soffice = found !== undefined && hasCalc(found) ? found : undefined;
let temp: TempDir | undefined;
afterAll(() => temp?.remove());

describe.skipIf(soffice === undefined)('files saved by LibreOffice', () => {
  it('read the same as exceljs did, with dates, merges and hidden rows', async () => {
    temp = new TempDir();
    const source = await temp.workbook('nguon.xlsx', (wb) => {
      const ws = wb.addWorksheet('Nhiệm vụ');
      ws.getRow(1).values = ['STT', 'Nội dung', 'Thời hạn', 'Tỉ lệ'];
      ws.getRow(2).values = [1, 'Hội nghị cán bộ chủ chốt', new Date(Date.UTC(2024, 5, 25)), 0.843];
      ws.getCell('C2').numFmt = 'dd/mm/yyyy';
      ws.getCell('D2').numFmt = '0.0%';
      ws.mergeCells('A4:D4');
      ws.getCell('A4').value = 'Ban Tuyên giáo Huyện ủy';
      ws.getRow(5).hidden = true;
      ws.getCell('A5').value = 'ẩn';
    });
    const outDir = path.join(temp.dir, 'lo');
    execFileSync(soffice!, ['--headless', '--convert-to', 'xlsx', '--outdir', outDir, source], {
      timeout: 120_000,
    });
    const saved = path.join(outDir, 'nguon.xlsx');
    const full = await readWorkbook(saved);
    expect(full).toEqual(await readWithExcelJs(saved, { mode: 'full' }));
    const sheet = full.sheets[0]!;
    expect(sheet.merges).toEqual([{ top: 4, left: 1, bottom: 4, right: 4 }]);
    expect(sheet.rows.find((r) => r.number === 2)?.cells[2]?.value).toEqual({
      kind: 'date',
      date: { year: 2024, month: 6, day: 25 },
    });
    expect(sheet.rows.find((r) => r.number === 5)?.hidden).toBe(true);
  }, 180_000); // soffice alone may take a minute on a busy machine (its own timeout is 120 s)
});
