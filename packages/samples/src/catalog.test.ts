import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { CATALOG, manifestFileName, writeCatalog } from './catalog.js';
import type { WrittenSample } from './catalog.js';
import { generateTrackingWorkbook } from './generate.js';

describe('writeCatalog', () => {
  let dir: string;
  let written: WrittenSample[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dondoc-catalog-'));
    written = await writeCatalog(join(dir, 'samples'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes each named sample and its manifest, and nothing else', async () => {
    const files = (await readdir(join(dir, 'samples'))).sort();
    expect(files).toEqual(CATALOG.flatMap((e) => [e.file, manifestFileName(e.file)]).sort());
    expect(written.map((w) => w.file)).toEqual([
      'theo-doi-ke-hoach-ct32.xlsx',
      'chuong-trinh-thang-4-2021.xlsx',
      'so-theo-doi-sach.xlsx',
      'ubnd-thach-ha-nq26.xlsx',
    ]);
  });

  it.each(CATALOG.map((e) => [e.file, e]))(
    '%s: the manifest file matches the generator',
    async (file, entry) => {
      const manifest = JSON.parse(
        await readFile(join(dir, 'samples', manifestFileName(file)), 'utf8'),
      ) as unknown;
      const { expected } = generateTrackingWorkbook(entry.spec);
      expect(manifest).toEqual({ file, asOf: entry.spec.asOf, pack: entry.pack, expected });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'samples', file));
      expect(wb.worksheets.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['theo-doi-ke-hoach-ct32.xlsx', '2024-07-01', 9],
    ['chuong-trinh-thang-4-2021.xlsx', '2021-05-05', 9],
    ['so-theo-doi-sach.xlsx', '2024-07-01', 0],
    ['ubnd-thach-ha-nq26.xlsx', '2024-07-01', 9],
  ])('%s is checked as of %s and expects %i findings', (file, asOf, count) => {
    const sample = written.find((w) => w.file === file);
    expect(sample?.asOf).toBe(asOf);
    expect(sample?.expected).toHaveLength(count);
  });

  it('describes every sample in Vietnamese and English', () => {
    for (const e of CATALOG) {
      expect(e.description.vi.length).toBeGreaterThan(10);
      expect(e.description.en.length).toBeGreaterThan(10);
    }
  });
});
