/**
 * The annotated copy changes nothing a clerk wrote: for every sample workbook and every workbook of
 * the corpora (written by exceljs, openpyxl and LibreOffice), the XLSX report made by the real
 * `dondoc check --format xlsx` holds a copy of each sheet with findings whose every cell has the
 * original's value (formulas, rich text and links included) and style; only the cells a finding
 * points at differ, by their fill and their note.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '@dondoc/cli';
import { writeCatalog } from '@dondoc/samples';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sink = { write: () => true } as unknown as NodeJS.WritableStream;

interface Case {
  readonly file: string;
  readonly asOf: string;
  readonly pack: string;
}

/** The corpus workbooks with the pack and as-of date their expectations give. */
function corpus(folder: string): Case[] {
  const dir = path.join(repoRoot, 'fixtures', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const spec = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
        asOf: string;
        pack: string;
      };
      return {
        file: path.join(dir, f.replace(/\.expected\.json$/, '.xlsx')),
        asOf: spec.asOf,
        pack: spec.pack.endsWith('.json') ? path.join(dir, spec.pack) : spec.pack,
      };
    });
}

/** The copy's sheet name, as the report names it: "1. <sheet>", cut to Excel's 31 characters. */
const copyName = (sheet: string) => `1. ${sheet}`.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);

/** Style values that say what Excel assumes anyway (LibreOffice writes them out): left out. */
const DEFAULTS: Readonly<Record<string, unknown>> = {
  horizontal: 'general',
  indent: 0,
  shrinkToFit: false,
  textRotation: 0,
  wrapText: false,
  readingOrder: 'ltr',
};

function normalised(style: Partial<ExcelJS.Style>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(style)) {
    if (key === 'numFmt' && value === 'General') continue;
    if (key === 'alignment' && value && typeof value === 'object') {
      const kept = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).filter(([k, v]) => DEFAULTS[k] !== v),
      );
      if (Object.keys(kept).length > 0) out[key] = kept;
      continue;
    }
    if (value && typeof value === 'object' && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

async function compare(c: Case, out: string): Promise<number> {
  const code = await main(
    ['check', c.file, '--pack', c.pack, '--as-of', c.asOf, '--format', 'xlsx', '--out', out],
    { out: sink, err: sink },
  );
  // 2: no table recognised (a known-failing corpus workbook); the report is written all the same
  expect(code, c.file).toBeLessThanOrEqual(2);
  const original = new ExcelJS.Workbook();
  await original.xlsx.readFile(c.file);
  const report = new ExcelJS.Workbook();
  await report.xlsx.readFile(out);
  let compared = 0;
  for (const source of original.worksheets) {
    const copy = report.getWorksheet(copyName(source.name));
    if (!copy) continue; // a sheet with no finding is not copied
    source.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const where = `${path.basename(c.file)} ${source.name}!${cell.address}`;
        const target = copy.getCell(r, col);
        expect(target.value, where).toEqual(cell.value);
        // a cell merged into another shows the first cell's format, in Excel as in the copy
        if (cell.isMerged && cell.master.address !== cell.address) {
          compared++;
          return;
        }
        const { fill: sourceFill, ...sourceStyle } = normalised(cell.style);
        const { fill: copyFill, ...copyStyle } = normalised(target.style);
        if (target.note === undefined || target.note === cell.note) {
          expect(copyStyle, where).toEqual(sourceStyle);
          expect(copyFill, where).toEqual(sourceFill);
        } else {
          // a finding's cell: a fill and a note are added, the rest of its style is kept
          expect(copyStyle, where).toMatchObject(sourceStyle);
        }
        compared++;
      }),
    );
  }
  return compared;
}

describe('the annotated copy in the XLSX report', () => {
  it('keeps every cell of every sample as it was, but the fills and notes it adds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-copy-'));
    const samples = await writeCatalog(dir);
    let compared = 0;
    for (const s of samples) {
      compared += await compare(
        { file: s.path, asOf: s.asOf, pack: s.pack ?? 'generic' },
        path.join(dir, `${path.basename(s.path, '.xlsx')}.bao-cao.xlsx`),
      );
    }
    expect(compared).toBeGreaterThan(100);
  }, 120_000);

  it.each(['layouts', 'layouts-heldout'])(
    'keeps every cell of every workbook of fixtures/%s as it was',
    async (folder) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-copy-'));
      let compared = 0;
      for (const c of corpus(folder)) {
        compared += await compare(c, path.join(dir, `${path.basename(c.file, '.xlsx')}.xlsx`));
      }
      expect(compared).toBeGreaterThan(100);
    },
    300_000,
  );
});
