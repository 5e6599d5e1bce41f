/**
 * The corpus of real layouts (fixtures/layouts/), measured: runs `dondoc pack test`'s comparison over
 * every workbook and prints precision and recall over all expected findings, per rule and per class of
 * difficulty (the `classes` each fixture's expected.json names), plus how many "must be not evaluated"
 * items and table kinds were right.
 *
 *   node tooling/dist/bench-layouts.js              the scores
 *   node tooling/dist/bench-layouts.js --diffs      and, for each failing workbook, what differs
 *   node tooling/dist/bench-layouts.js --markdown   the failing workbooks and their differences, by class
 *   node tooling/dist/bench-layouts.js --dir fixtures/layouts-heldout --diffs   another folder (the held-out set)
 *
 * `npm run bench` prints the scores too. Counting: a finding key is "rule sheet!cell"; found and
 * expected keys are compared as sets per workbook (true positive: in both; false positive: found
 * only; false negative: expected only). Precision = TP / (TP + FP), recall = TP / (TP + FN).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testPackFixtures, type PackFixtureOutcome } from '@dondoc/cli';

const here = fileURLToPath(import.meta.url);
export const LAYOUTS_DIR = path.resolve(path.dirname(here), '..', '..', 'fixtures', 'layouts');

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface LayoutScores {
  readonly fixtures: number;
  readonly passed: number;
  readonly findings: Counts;
  readonly byRule: ReadonlyMap<string, Counts>;
  readonly byClass: ReadonlyMap<string, Counts & { fixtures: number; passed: number }>;
  readonly notEvaluated: { listed: number; expected: number };
  readonly tables: { right: number; expected: number };
  readonly outcomes: readonly PackFixtureOutcome[];
}

const ruleOf = (key: string) => key.split(' ')[0]!;

function add(map: Map<string, Counts>, k: string, c: Partial<Counts>): void {
  const cur = map.get(k) ?? { tp: 0, fp: 0, fn: 0 };
  cur.tp += c.tp ?? 0;
  cur.fp += c.fp ?? 0;
  cur.fn += c.fn ?? 0;
  map.set(k, cur);
}

/** Scores one set of outcomes (classes come from each fixture's expected.json). */
export function scoreOutcomes(
  outcomes: readonly PackFixtureOutcome[],
  classesOf: (fixture: string) => readonly string[],
): LayoutScores {
  const byRule = new Map<string, Counts>();
  const byClass = new Map<string, Counts & { fixtures: number; passed: number }>();
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const notEvaluated = { listed: 0, expected: 0 };
  const tables = { right: 0, expected: 0 };
  for (const o of outcomes) {
    const expected = new Set(o.expected);
    const found = new Set(o.found);
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const k of expected) {
      if (found.has(k)) {
        c.tp++;
        add(byRule, ruleOf(k), { tp: 1 });
      } else {
        c.fn++;
        add(byRule, ruleOf(k), { fn: 1 });
      }
    }
    for (const k of found) {
      if (!expected.has(k)) {
        c.fp++;
        add(byRule, ruleOf(k), { fp: 1 });
      }
    }
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    notEvaluated.expected += o.notEvaluated.length;
    notEvaluated.listed += o.notEvaluated.filter((n) => n.listed).length;
    tables.expected += o.tables.length;
    tables.right += o.tables.filter((t) => t.found === t.expected).length;
    for (const cls of classesOf(o.fixture)) {
      const cur = byClass.get(cls) ?? { tp: 0, fp: 0, fn: 0, fixtures: 0, passed: 0 };
      cur.tp += c.tp + o.notEvaluated.filter((n) => n.listed).length;
      cur.fn += c.fn + o.notEvaluated.filter((n) => !n.listed).length;
      cur.fp += c.fp;
      cur.fixtures++;
      if (o.passed) cur.passed++;
      byClass.set(cls, cur);
    }
  }
  return {
    fixtures: outcomes.length,
    passed: outcomes.filter((o) => o.passed).length,
    findings: total,
    byRule,
    byClass,
    notEvaluated,
    tables,
    outcomes,
  };
}

/** Reads the `classes` a fixture's expected.json names (an extra key `dondoc pack test` ignores). */
export function fixtureClasses(dir: string, fixture: string): string[] {
  const spec = JSON.parse(readFileSync(path.join(dir, fixture), 'utf8')) as { classes?: unknown };
  return Array.isArray(spec.classes) ? spec.classes.filter((c) => typeof c === 'string') : [];
}

export async function scoreLayouts(dir = LAYOUTS_DIR): Promise<LayoutScores> {
  const outcomes = await testPackFixtures(dir);
  return scoreOutcomes(outcomes, (fixture) => fixtureClasses(dir, fixture));
}

const pct = (num: number, den: number) =>
  den === 0 ? '   —  ' : `${((100 * num) / den).toFixed(1)}%`.padStart(6);
const precision = (c: Counts) => pct(c.tp, c.tp + c.fp);
const recall = (c: Counts) => pct(c.tp, c.tp + c.fn);

/** The folder as the scores name it: relative to the repository (fixtures/layouts). */
export function folderLabel(dir: string): string {
  return path.relative(path.resolve(LAYOUTS_DIR, '..', '..'), dir) || dir;
}

/** The scores as text; with `diffs`, what differs in each failing workbook. */
export function formatLayoutScores(s: LayoutScores, diffs = false, dir = LAYOUTS_DIR): string {
  const out: string[] = [];
  out.push(
    `Corpus of real layouts (${folderLabel(dir)}): ${s.passed}/${s.fixtures} workbooks exactly as expected`,
  );
  out.push(
    `  findings: precision ${precision(s.findings)}, recall ${recall(s.findings)} (TP ${s.findings.tp}, FP ${s.findings.fp}, FN ${s.findings.fn})`,
  );
  out.push(
    `  must be "not evaluated": ${s.notEvaluated.listed}/${s.notEvaluated.expected} listed; table kinds: ${s.tables.right}/${s.tables.expected} right`,
  );
  out.push('  per rule:                      precision  recall     TP   FP   FN');
  for (const [rule, c] of [...s.byRule].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(
      `    ${rule.padEnd(28)} ${precision(c)}    ${recall(c)}  ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`,
    );
  }
  out.push('  per class (findings and not-evaluated items): precision  recall  workbooks passing');
  for (const [cls, c] of [...s.byClass].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`    ${cls.padEnd(28)} ${precision(c)}    ${recall(c)}  ${c.passed}/${c.fixtures}`);
  }
  if (diffs) {
    for (const o of s.outcomes.filter((x) => !x.passed)) {
      out.push(`✗ ${o.workbook}`);
      if (o.error) out.push(`    ${o.error.en}`);
      for (const k of o.missing) out.push(`  - ${k}`);
      for (const k of o.extra) out.push(`  + ${k}`);
      for (const n of o.notEvaluated.filter((x) => !x.listed)) out.push(`  - ${n.key}`);
      for (const t of o.tables.filter((x) => x.found !== x.expected))
        out.push(`  - table ${t.expected} on "${t.sheet}" (recognised: ${t.found})`);
    }
  }
  return out.join('\n') + '\n';
}

/**
 * The failing workbooks as Markdown, grouped by their first class, each with its differences
 * ("-" expected but missing, "+" found but not expected): what README.md and the report list.
 */
export function failingMarkdown(
  s: LayoutScores,
  classesOf: (fixture: string) => readonly string[],
): string {
  const groups = new Map<string, PackFixtureOutcome[]>();
  for (const o of s.outcomes.filter((x) => !x.passed)) {
    const cls = classesOf(o.fixture)[0] ?? 'other';
    groups.set(cls, [...(groups.get(cls) ?? []), o]);
  }
  const out: string[] = [];
  for (const [cls, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`#### ${cls}`, '');
    for (const o of list) {
      out.push(`\`${o.workbook}\``, '', '```diff');
      if (o.error) out.push(`! ${o.error.en}`);
      for (const k of o.missing) out.push(`- ${k}`);
      for (const k of o.extra) out.push(`+ ${k}`);
      for (const n of o.notEvaluated.filter((x) => !x.listed)) out.push(`- ${n.key}`);
      for (const t of o.tables.filter((x) => x.found !== x.expected))
        out.push(`- table ${t.expected} on "${t.sheet}" (recognised: ${t.found})`);
      out.push('```', '');
    }
  }
  return out.join('\n');
}

/** What `npm run bench` calls. */
export async function printLayoutScores(diffs = false, dir = LAYOUTS_DIR): Promise<void> {
  process.stdout.write('\n' + formatLayoutScores(await scoreLayouts(dir), diffs, dir));
}

/** The folder `--dir <folder>` names (resolved against the working directory), else fixtures/layouts. */
export function dirArgument(argv: readonly string[], cwd = process.cwd()): string {
  const i = argv.indexOf('--dir');
  const value = i >= 0 ? argv[i + 1] : undefined;
  if (i >= 0 && (value === undefined || value.startsWith('--')))
    throw new Error('--dir needs a folder, e.g. --dir fixtures/layouts-heldout');
  return value === undefined ? LAYOUTS_DIR : path.resolve(cwd, value);
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const dir = dirArgument(process.argv.slice(2));
  if (process.argv.includes('--markdown')) {
    const scores = await scoreLayouts(dir);
    process.stdout.write(failingMarkdown(scores, (f) => fixtureClasses(dir, f)));
  } else await printLayoutScores(process.argv.includes('--diffs'), dir);
}
