import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackFixtureOutcome } from '@dondoc/cli';
import { LAYOUTS_DIR, formatLayoutScores, scoreLayouts, scoreOutcomes } from './bench-layouts.js';

interface Spec {
  asOf: string;
  pack: string;
  writer: string;
  modelledOn: string;
  classes: string[];
  expected: Array<{ rule: string; sheet?: string; cell?: string }>;
}

/** Workbooks that dondoc does not yet read as expected (README.md lists their differences). */
const knownFailing = JSON.parse(
  readFileSync(path.join(LAYOUTS_DIR, 'known-failing.json'), 'utf8'),
) as string[];

const specs = readdirSync(LAYOUTS_DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => ({
    name: f.replace(/\.expected\.json$/, ''),
    spec: JSON.parse(readFileSync(path.join(LAYOUTS_DIR, f), 'utf8')) as Spec,
  }));

describe('the corpus of real layouts', () => {
  it('holds at least 40 workbooks, each with its expectations, its writer and its public model', () => {
    expect(specs.length).toBeGreaterThanOrEqual(40);
    const files = new Set(readdirSync(LAYOUTS_DIR));
    for (const { name, spec } of specs) {
      expect(files.has(`${name}.xlsx`), name).toBe(true);
      expect(spec.asOf, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(spec.modelledOn, name).toMatch(/^https?:\/\//);
      expect(['openpyxl', 'exceljs', 'libreoffice', 'libreoffice-html'], name).toContain(
        spec.writer,
      );
      expect(spec.classes.length, name).toBeGreaterThan(0);
    }
  });

  it('is written by every real writer, several workbooks each', () => {
    const count = (w: string) => specs.filter((s) => s.spec.writer.startsWith(w)).length;
    expect(count('openpyxl')).toBeGreaterThanOrEqual(8);
    expect(count('exceljs')).toBeGreaterThanOrEqual(8);
    expect(count('libreoffice')).toBeGreaterThanOrEqual(8);
  });

  it('runs through dondoc pack test: every workbook is read and every expectation is counted', async () => {
    const scores = await scoreLayouts();
    expect(scores.fixtures).toBe(specs.length);
    expect(scores.outcomes.filter((o) => o.error !== undefined)).toEqual([]);
    const expectedKeys = scores.outcomes.reduce((n, o) => n + new Set(o.expected).size, 0);
    expect(scores.findings.tp + scores.findings.fn).toBe(expectedKeys);
    expect(formatLayoutScores(scores)).toContain(`/${specs.length} workbooks exactly as expected`);
    // The gate: every workbook not listed in known-failing.json gives exactly what it expects.
    const known = new Set(knownFailing);
    const regressions = scores.outcomes
      .filter((o) => !o.passed && !known.has(o.workbook.replace(/\.xlsx$/, '')))
      .map((o) => ({
        workbook: o.workbook,
        missing: [...o.missing, ...o.notEvaluated.filter((n) => !n.listed).map((n) => n.key)],
        unexpected: o.extra,
        tables: o.tables.filter((t) => t.found !== t.expected),
      }));
    expect(regressions).toEqual([]);
  }, 180_000);

  it('lists as known failing only workbooks of the corpus', () => {
    const names = new Set(specs.map((s) => s.name));
    expect(knownFailing.filter((n) => !names.has(n))).toEqual([]);
  });
});

describe('scoreOutcomes', () => {
  const outcome = (o: Partial<PackFixtureOutcome>): PackFixtureOutcome => ({
    fixture: 'a.expected.json',
    workbook: 'a.xlsx',
    expected: [],
    found: [],
    missing: [],
    extra: [],
    notEvaluated: [],
    tables: [],
    passed: false,
    ...o,
  });

  it.each([
    {
      label: 'one right, one missed, one unexpected',
      o: outcome({
        expected: ['task/overdue S!D5', 'task/late S!E6'],
        found: ['task/overdue S!D5', 'task/overdue S!D9'],
      }),
      want: { tp: 1, fp: 1, fn: 1 },
    },
    {
      label: 'a finding found twice counts once',
      o: outcome({
        expected: ['report/missing S'],
        found: ['report/missing S', 'report/missing S'],
        passed: true,
      }),
      want: { tp: 1, fp: 0, fn: 0 },
    },
    { label: 'a silent sheet', o: outcome({ passed: true }), want: { tp: 0, fp: 0, fn: 0 } },
  ])('$label', ({ o, want }) => {
    const s = scoreOutcomes([o], () => ['lop']);
    expect(s.findings).toEqual(want);
    expect(s.byClass.get('lop')).toMatchObject({ ...want, fixtures: 1, passed: o.passed ? 1 : 0 });
  });

  it('counts not-evaluated items in recall of their class, and table kinds apart', () => {
    const s = scoreOutcomes(
      [
        outcome({
          notEvaluated: [
            { key: 'not-evaluated S!D4', listed: true },
            { key: 'not-evaluated S!D5', listed: false },
          ],
          tables: [
            { sheet: 'S', expected: 'tasks', found: 'tasks' },
            { sheet: 'T', expected: 'none', found: 'indicators' },
          ],
        }),
      ],
      () => ['han-mo-ho'],
    );
    expect(s.notEvaluated).toEqual({ listed: 1, expected: 2 });
    expect(s.tables).toEqual({ right: 1, expected: 2 });
    expect(s.byClass.get('han-mo-ho')).toMatchObject({ tp: 1, fn: 1, fp: 0 });
    expect(formatLayoutScores(s)).toContain(
      'must be "not evaluated": 1/2 listed; table kinds: 1/2',
    );
  });
});
