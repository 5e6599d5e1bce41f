/**
 * Hostile files opened in the standalone page (apps/excel-addin, built), in headless Chromium: the
 * page shows a message naming the file in Vietnamese and, switched, in English; it applies the
 * in-memory reader's limits (512 MB inflated, 20,000,000 cells, the same per-part and per-tag
 * limits as the command), counting what it inflates and trusting no declared size; and it stays
 * responsive: after the file, a script in the page answers and a click is handled. No promise is
 * about speed: the waits below are hang ceilings.
 */
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  bombEntry,
  deflateBomb,
  hostileWorkbook,
  manyCellSheets,
  manyHonestSheets,
  noise,
  plainWorkbook,
  sheetXml,
  taskRows,
  TASKS,
  workbookWithSheetEntry,
} from './files.js';
import { HANG_MS, REPO } from './run.js';

export interface PageCase {
  readonly id: string;
  readonly label: string;
  readonly file: string;
  /** The file's bytes, or a size for a sparse file of zeros (made without writing them). */
  readonly make: () => Uint8Array | { readonly sparse: number };
  /** 'refused': a message naming the file; 'read': the check runs and shows its findings. */
  readonly outcome: 'refused' | 'read';
  /** Words the refusal must hold (in the Vietnamese message). */
  readonly says?: readonly string[];
  readonly slow?: boolean;
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

export const PAGE_CASES: readonly PageCase[] = [
  {
    id: 'page/huge-dimensions',
    label: 'a dimension and columns declared over 300 million columns',
    file: 'kich-thuoc-ao.xlsx',
    make: () =>
      hostileWorkbook([
        {
          name: 'Nhiệm vụ',
          xml: sheetXml(
            taskRows(TASKS),
            '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="300000000" width="9"/></cols>',
          ),
        },
      ]),
    outcome: 'read',
  },
  {
    id: 'page/bomb-honest',
    label: 'a sheet that says it inflates to 2 GiB, and does',
    file: 'bom-that.xlsx',
    make: () => workbookWithSheetEntry(bombEntry(2 * GIB)),
    outcome: 'refused',
    says: ['bom zip'],
  },
  {
    id: 'page/bomb-lying',
    label: 'a sheet that says 1,000 bytes and inflates to 2 GiB',
    file: 'bom-noi-doi.xlsx',
    make: () => workbookWithSheetEntry(bombEntry(2 * GIB, 1000)),
    outcome: 'refused',
    says: ['nhiều hơn kích thước khai báo'],
  },
  {
    id: 'page/bomb-shared-strings',
    label: 'shared strings that say 1,000 bytes and inflate to 2 GiB',
    file: 'bom-chuoi.xlsx',
    make: () =>
      plainWorkbook('Nhiệm vụ', [{ name: 'xl/sharedStrings.xml', ...bombEntry(2 * GIB, 1000) }]),
    outcome: 'refused',
  },
  {
    id: 'page/html-xls',
    label: 'an HTML table saved as .xls',
    file: 'bao-cao-html.xls',
    make: () =>
      Buffer.from(
        '<html><head><meta charset="utf-8"></head><body><table><tr><td>Nội dung nhiệm vụ</td><td>Thời hạn</td></tr></table></body></html>',
      ),
    outcome: 'refused',
    says: ['HTML'],
  },
  {
    id: 'page/million-cells-row',
    label: 'one row of a million cells',
    file: 'mot-trieu-o.xlsx',
    make: () =>
      hostileWorkbook([
        {
          name: 'Nhiệm vụ',
          xml: sheetXml(
            `<row r="1">${Array.from({ length: 1_000_000 }, (_x, i) => `<c><v>${i}</v></c>`).join('')}</row>`,
          ),
        },
      ]),
    outcome: 'refused',
    says: ['XFD'],
  },
  {
    id: 'page/row-past-limit',
    label: 'a row numbered 2,000,000',
    file: 'dong-qua-gioi-han.xlsx',
    make: () =>
      hostileWorkbook([
        {
          name: 'Nhiệm vụ',
          xml: sheetXml(`${taskRows(TASKS)}<row r="2000000"><c r="A2000000"><v>1</v></c></row>`),
        },
      ]),
    outcome: 'refused',
    says: ['2000000'],
  },
  {
    id: 'page/unterminated-tag',
    label: 'a megabyte of one unterminated tag',
    file: 'the-khong-dong.xlsx',
    make: () =>
      hostileWorkbook([
        { name: 'Nhiệm vụ', xml: sheetXml(`<row r="1"><c r="A1" ${'x'.repeat(MIB)}`) },
      ]),
    outcome: 'refused',
  },
  {
    id: 'page/random',
    label: '64 KB of random bytes named .xlsx',
    file: 'ngau-nhien.xlsx',
    make: () => noise(64 * 1024),
    outcome: 'refused',
  },
  {
    id: 'page/billion-laughs',
    label: 'a sheet declaring the billion-laughs entities',
    file: 'tieng-cuoi.xlsx',
    make: () =>
      hostileWorkbook([
        {
          name: 'Nhiệm vụ',
          xml: sheetXml(taskRows(TASKS)).replace(
            '<?xml version="1.0" encoding="UTF-8"?>',
            `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "${'x'.repeat(100)}">${Array.from({ length: 8 }, (_x, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`,
          ),
        },
      ]),
    outcome: 'refused',
  },
  {
    id: 'page/forbidden-sheet-names',
    label: 'sheets named "Kế hoạch [2024]", "Việc * cần làm?", "History" and 49 characters long',
    file: 'ten-trang-la.xlsx',
    make: () =>
      hostileWorkbook([
        { name: 'Kế hoạch [2024]', xml: sheetXml(taskRows(TASKS)) },
        { name: 'Việc * cần làm?', xml: sheetXml(taskRows(TASKS)) },
        { name: 'History', xml: sheetXml(taskRows(TASKS)) },
        {
          name: 'Bảng theo dõi nhiệm vụ của các phòng ban năm 2024',
          xml: sheetXml(taskRows(TASKS)),
        },
      ]),
    outcome: 'read',
  },
  {
    id: 'page/inflated-budget',
    label: 'sheets of 9.9 MB each, honest, adding up to 600 MB (over the page’s 512 MB)',
    file: 'nhieu-trang-rong.xlsx',
    make: () => manyHonestSheets(600 * MIB),
    outcome: 'refused',
    says: ['512 MB'],
    slow: true,
  },
  {
    id: 'page/cell-budget',
    label: '21 sheets of a million cells each',
    file: 'hai-muoi-trieu-o.xlsx',
    make: () => manyCellSheets(21),
    outcome: 'refused',
    says: ['20.000.000'],
  },
  {
    id: 'page/file-over-limit',
    label: 'a 600 MB file (zeros: never read into the tab)',
    file: 'qua-lon.xlsx',
    make: () => ({ sparse: 600 * MIB }),
    outcome: 'refused',
    says: ['512 MB'],
    slow: true,
  },
  {
    id: 'page/bomb-4gib-picture',
    label: 'a picture inflating to 4 GiB that no sheet needs',
    file: 'anh-bom.xlsx',
    make: () =>
      plainWorkbook('Nhiệm vụ', [
        {
          name: 'xl/media/image1.png',
          data: '',
          deflated: { bytes: deflateBomb(4 * GIB - 1), size: 4 * GIB - 1 },
          declaredSize: 1000,
        },
      ]),
    outcome: 'read',
  },
];

export function standalonePage(): string {
  const file = path.join(REPO, 'apps', 'excel-addin', 'dist', 'standalone', 'index.html');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run "npm run build -w @dondoc/excel-addin" first.`);
  }
  return pathToFileURL(file).href;
}

/** A promise that fails after `ms`, saying what hung. */
function ceiling<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work.finally(() => clearTimeout(timer)),
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000} s`)), ms);
    }),
  ]);
}

/** Opens the case's file in a fresh page and checks what the page promises. */
export async function runPageCase(browser: Browser, c: PageCase): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-hostile-page-'));
  const page: Page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const file = path.join(dir, c.file);
    const made = c.make();
    if ('sparse' in made) {
      writeFileSync(file, '');
      truncateSync(file, made.sparse);
    } else writeFileSync(file, made);
    await page.goto(standalonePage());
    await page.fill('#as-of', '2024-07-01');
    await page.setInputFiles('#workbook-file', file);
    await page.waitForSelector('#status.error, #app[data-findings]', { timeout: HANG_MS });
    // Responsive: a script in the page answers, and a click is handled.
    await ceiling(page.evaluate('document.title.length'), 10_000, 'the page');
    if (c.outcome === 'refused') {
      expect(await page.$('#status.error')).not.toBeNull();
      const vi = (await page.textContent('#status')) ?? '';
      expect(vi).toContain(c.file);
      for (const word of c.says ?? []) expect(vi).toContain(word);
      await ceiling(page.click('#lang'), 10_000, 'a click');
      const en = (await page.textContent('#status')) ?? '';
      expect(en).toContain(c.file);
      expect(en).not.toBe(vi);
    } else {
      expect(await page.$('#status.error')).toBeNull();
      expect(await page.$('#app[data-findings]')).not.toBeNull();
      await ceiling(page.click('#lang'), 10_000, 'a click');
      expect(await page.$$eval('#groups .finding', (f) => f.length)).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await page.close();
  }
}
