/**
 * End to end: sample workbooks written by exceljs, read back from disk and checked by the real
 * `dondoc check`, must give exactly the findings planted in them — for the four catalog samples and
 * for random layouts (title rows or not, one- or two-row headers, column-number rows, tables from
 * column A–C, section numbering styles, signature blocks, every deadline form).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, findingsReportSchema, formatIsoDate } from '@dondoc/core';
import { main } from '@dondoc/cli';
import {
  PLANT_RULES,
  resolveAsOf,
  INDICATOR_SAMPLE_AS_OF,
  INDICATOR_SAMPLE_PACK,
  writeCatalog,
  writeIndicatorSample,
  writeSample,
  type ExpectedFinding,
  type LayoutSpec,
  type SampleSpec,
  type TaskSourceId,
} from '@dondoc/samples';

async function check(
  file: string,
  asOf: string,
  pack = 'generic',
): Promise<{ code: number; keys: string[] }> {
  let out = '';
  const sink = {
    write(chunk: string): boolean {
      out += chunk;
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const code = await main(['check', file, '--pack', pack, '--as-of', asOf, '--format', 'json'], {
    out: sink,
    err: sink,
  });
  const report = findingsReportSchema.parse(JSON.parse(out));
  return {
    code,
    keys: report.findings
      .map((f) => `${f.rule} ${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`)
      .sort(),
  };
}

const keysOf = (expected: readonly ExpectedFinding[]) =>
  expected.map((e) => `${e.rule} ${e.sheet}!${e.cell}`).sort();

describe('dondoc check on the sample workbooks', () => {
  it('finds exactly the planted problems in each catalog sample', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-samples-'));
    const samples = await writeCatalog(dir);
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const sample of samples) {
      const { code, keys } = await check(sample.path, sample.asOf);
      expect(keys, sample.file).toEqual(keysOf(sample.expected));
      expect(code).toBe(
        sample.expected.some((e) => e.rule === 'task/overdue' || e.rule === 'cell/invalid-date')
          ? 1
          : 0,
      );
    }
  }, 60_000);

  it("finds the same, and nothing more, with the pack of each sample's own document", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-samples-'));
    for (const sample of await writeCatalog(dir)) {
      expect(sample.pack).not.toBe('generic');
      const { keys } = await check(sample.path, sample.asOf, sample.pack);
      expect(keys, `${sample.file} with ${sample.pack}`).toEqual(keysOf(sample.expected));
    }
  }, 60_000);

  it('finds exactly the planted problems whatever the layout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-layouts-'));
    const arbLayout: fc.Arbitrary<Partial<LayoutSpec>> = fc.record({
      header: fc.constantFrom('one-row' as const, 'two-row' as const),
      wording: fc.constantFrom('ke-hoach' as const, 'cong-viec' as const, 'ngan-gon' as const),
      titleRows: fc.boolean(),
      columnNumbers: fc.boolean(),
      coordinators: fc.boolean(),
      firstColumn: fc.integer({ min: 1, max: 3 }),
      numbering: fc.constantFrom('continuous' as const, 'per-section' as const, 'dotted' as const),
      footer: fc.boolean(),
    });
    const arbSpec: fc.Arbitrary<SampleSpec> = fc.record({
      source: fc.constantFrom<TaskSourceId>(
        'ke-hoach-ct32',
        'chuong-trinh-thang-4-2021',
        'ke-hoach-nq26-thach-ha',
      ),
      asOf: fc
        .integer({ min: 0, max: 3000 })
        .map((n) => formatIsoDate(addDays({ year: 2020, month: 1, day: 1 }, n))),
      tasks: fc.integer({ min: 11, max: 40 }),
      seed: fc.integer(),
      layout: arbLayout,
      plants: fc.subarray([...PLANT_RULES]),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(arbSpec, async (spec) => {
        const file = path.join(dir, `sample-${n++}.xlsx`);
        const expected = await writeSample(spec, file);
        const { keys } = await check(file, formatIsoDate(resolveAsOf(spec.asOf)));
        expect(keys).toEqual(keysOf(expected));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('the indicator report of seed 004 against the bundled pack', () => {
  it('finds exactly the planted unmet, exceeded, missing, mismatched and unreadable figures', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-indicators-'));
    const file = path.join(dir, 'chi-tieu-2024.xlsx');
    const expected = await writeIndicatorSample(file);
    let out = '';
    const sink = {
      write(chunk: string): boolean {
        out += chunk;
        return true;
      },
    } as unknown as NodeJS.WritableStream;
    await main(
      [
        'check',
        file,
        '--pack',
        INDICATOR_SAMPLE_PACK,
        '--as-of',
        INDICATOR_SAMPLE_AS_OF,
        '--format',
        'json',
      ],
      { out: sink, err: sink },
    );
    const report = findingsReportSchema.parse(JSON.parse(out));
    const keys = report.findings
      .map((f) => `${f.rule} ${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`)
      .sort();
    expect(keys).toEqual(keysOf(expected));
    expect(report.summary.narrative?.[0]?.vi).toMatch(
      /^Có \d+\/\d+ chỉ tiêu đạt, vượt kế hoạch; trong đó/,
    );
  });
});
