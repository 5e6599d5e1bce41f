/**
 * `dondoc pack test <dir>`: like ESLint's RuleTester, for packs. The folder holds fixture workbooks
 * and beside each `<name>.expected.json`:
 *
 *   { "pack": "pack.json", "asOf": "2024-07-01",
 *     "expected": [ { "rule": "task/overdue", "sheet": "Nhiệm vụ", "cell": "D6" } ],
 *     "notEvaluated": [ { "sheet": "Nhiệm vụ", "cell": "D9" } ],
 *     "tables": { "Nhiệm vụ": "tasks", "Ghi chú": "none" } }
 *
 * (`pack` defaults to `pack.json` in the folder, resolved against it; it may also name a bundled
 * pack.) Each workbook is checked and the findings are compared with the expected ones: missing ones
 * are printed with "-", unexpected ones with "+". The optional keys say more than findings can:
 * - `notEvaluated`: things that must be listed as not evaluated (a vague deadline, a done row with no
 *   completion date). Each entry matches a not-evaluated item on that sheet; with `cell`, the item must
 *   name that cell or another cell of its row (for an item standing for several rows, of one of
 *   them); with `scope`, that scope (e.g. "task/overdue").
 * - `tables`: the kind of table each named sheet must be recognised as (`tasks`, `indicators`,
 *   `reports`, `roster`, or `none` for a sheet that must stay silent).
 * Other keys (e.g. `about`, `classes`) are ignored. Exit 1 when any fixture differs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createChecker, parseIsoDate, type NotEvaluated } from '@dondoc/core';
import { CliError, type Lang } from '../messages.js';
import { loadPack } from '../packs.js';
import { checkWorkbookFile } from '../read.js';

const TABLE_KINDS = ['tasks', 'indicators', 'roster', 'reports', 'none'] as const;
type TableKind = (typeof TABLE_KINDS)[number];

interface ExpectedFinding {
  readonly rule: string;
  readonly sheet?: string;
  readonly cell?: string;
}

export interface ExpectedNotEvaluated {
  readonly sheet?: string;
  readonly cell?: string;
  readonly scope?: string;
}

interface Expectation {
  readonly pack?: string;
  readonly asOf: string;
  readonly expected: readonly ExpectedFinding[];
  readonly notEvaluated?: readonly ExpectedNotEvaluated[];
  readonly tables?: Readonly<Record<string, TableKind>>;
}

/** What one fixture gave, compared with what it expected. Keys read "rule sheet!cell". */
export interface PackFixtureOutcome {
  /** The fixture's file name, e.g. `theo-doi.expected.json`. */
  readonly fixture: string;
  readonly workbook: string;
  /** The workbook could not be read at all (then everything expected is missing). */
  readonly error?: { readonly vi: string; readonly en: string };
  readonly expected: readonly string[];
  readonly found: readonly string[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  /** Expected not-evaluated items, each with whether the result lists it. */
  readonly notEvaluated: ReadonlyArray<{ readonly key: string; readonly listed: boolean }>;
  /** Expected table kinds, each with the kind found. */
  readonly tables: ReadonlyArray<{
    readonly sheet: string;
    readonly expected: TableKind;
    readonly found: string;
  }>;
  readonly passed: boolean;
}

const key = (f: ExpectedFinding) =>
  `${f.rule} ${f.sheet ?? ''}${f.cell ? `!${f.cell}` : ''}`.trim();

const notEvaluatedKey = (n: ExpectedNotEvaluated) =>
  `not-evaluated${n.scope ? ` ${n.scope}` : ''} ${n.sheet ?? ''}${n.cell ? `!${n.cell}` : ''}`.trim();

const rowOf = (cell: string): number | undefined => {
  const m = /^[A-Z]+(\d+)$/i.exec(cell);
  return m ? Number(m[1]) : undefined;
};

export function listed(want: ExpectedNotEvaluated, items: readonly NotEvaluated[]): boolean {
  return items.some((item) => {
    if (want.scope !== undefined && item.scope !== want.scope) return false;
    if (want.sheet !== undefined && item.location?.sheet !== want.sheet) return false;
    if (want.cell === undefined) return true;
    const loc = item.location;
    if (loc?.cell !== undefined && loc.cell.toUpperCase() === want.cell.toUpperCase()) return true;
    // any cell of the row matches; an item standing for several rows lists a cell of each
    const row = rowOf(want.cell);
    if (item.cells?.some((c) => c.toUpperCase() === want.cell!.toUpperCase() || rowOf(c) === row))
      return true;
    const itemRow = loc?.row ?? (loc?.cell !== undefined ? rowOf(loc.cell) : undefined);
    return itemRow !== undefined && itemRow === row;
  });
}

function fixtureError(fixture: string, vi: string, en: string): CliError {
  return new CliError({ vi: `"${fixture}": ${vi}`, en: `"${fixture}": ${en}` });
}

function readExpectation(dir: string, fixture: string): Expectation {
  let spec: Expectation;
  try {
    spec = JSON.parse(readFileSync(path.join(dir, fixture), 'utf8')) as Expectation;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `"${fixture}" không đọc được: ${reason}`,
      en: `Cannot read "${fixture}": ${reason}`,
    });
  }
  if (!Array.isArray(spec.expected)) {
    throw fixtureError(fixture, 'thiếu mảng "expected".', 'the "expected" array is missing.');
  }
  if (spec.notEvaluated !== undefined && !Array.isArray(spec.notEvaluated)) {
    throw fixtureError(fixture, '"notEvaluated" phải là mảng.', '"notEvaluated" must be an array.');
  }
  for (const [sheet, kind] of Object.entries(spec.tables ?? {})) {
    if (!TABLE_KINDS.includes(kind)) {
      throw fixtureError(
        fixture,
        `"tables" ghi loại bảng "${String(kind)}" cho trang "${sheet}"; chỉ nhận ${TABLE_KINDS.join(', ')}.`,
        `"tables" gives the kind "${String(kind)}" to sheet "${sheet}"; use one of ${TABLE_KINDS.join(', ')}.`,
      );
    }
  }
  return spec;
}

/** Checks every fixture of a folder and compares it with its expectations (no printing). */
export async function testPackFixtures(dir: string | undefined): Promise<PackFixtureOutcome[]> {
  if (!dir || !existsSync(dir)) {
    throw new CliError({
      vi: `Không có thư mục kiểm thử "${dir ?? ''}" (dondoc pack test <thư mục>).`,
      en: `No test folder "${dir ?? ''}" (dondoc pack test <folder>).`,
    });
  }
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort();
  if (fixtures.length === 0) {
    throw new CliError({
      vi: `Thư mục "${dir}" không có tệp *.expected.json nào.`,
      en: `The folder "${dir}" holds no *.expected.json file.`,
    });
  }
  const outcomes: PackFixtureOutcome[] = [];
  for (const fixture of fixtures) {
    const workbook = path.join(dir, fixture.replace(/\.expected\.json$/, '.xlsx'));
    const spec = readExpectation(dir, fixture);
    const asOf = parseIsoDate(spec.asOf);
    if (!asOf) {
      throw new CliError({
        vi: `"${fixture}": asOf phải có dạng YYYY-MM-DD.`,
        en: `"${fixture}": asOf must look like YYYY-MM-DD.`,
      });
    }
    const pack = loadPack(spec.pack ?? 'pack.json', path.resolve(dir));
    const checker = createChecker({ pack, asOf });
    const result = await checkWorkbookFile(checker, workbook);
    const found = result.findings.map((f) =>
      key({ rule: f.rule, sheet: f.location?.sheet, cell: f.location?.cell }),
    );
    const wanted = spec.expected.map(key);
    const missing = wanted.filter((k) => !found.includes(k));
    const extra = found.filter((k) => !wanted.includes(k));
    const notEvaluated = (spec.notEvaluated ?? []).map((n) => ({
      key: notEvaluatedKey(n),
      listed: listed(n, result.notEvaluated),
    }));
    const tables = Object.entries(spec.tables ?? {}).map(([sheet, kind]) => ({
      sheet,
      expected: kind,
      found: result.sheets.find((s) => s.name === sheet)?.table ?? 'none',
    }));
    const unreadable = result.status === 'unreadable';
    outcomes.push({
      fixture,
      workbook: path.basename(workbook),
      ...(unreadable && result.error ? { error: result.error } : {}),
      expected: wanted,
      found,
      missing,
      extra,
      notEvaluated,
      tables,
      passed:
        !unreadable &&
        missing.length + extra.length === 0 &&
        notEvaluated.every((n) => n.listed) &&
        tables.every((t) => t.found === t.expected),
    });
  }
  return outcomes;
}

export async function runPackTest(
  dir: string | undefined,
  lang: Lang,
  out: NodeJS.WritableStream,
): Promise<number> {
  const outcomes = await testPackFixtures(dir);
  let failed = 0;
  for (const o of outcomes) {
    if (o.passed) {
      out.write(`✓ ${o.workbook} (${o.expected.length})\n`);
      continue;
    }
    failed++;
    out.write(`✗ ${o.workbook}\n`);
    if (o.error) out.write(`    ${o.error[lang]}\n`);
    for (const k of o.missing) out.write(`  - ${k}\n`);
    for (const k of o.extra) out.write(`  + ${k}\n`);
    for (const n of o.notEvaluated.filter((n) => !n.listed)) out.write(`  - ${n.key}\n`);
    for (const t of o.tables.filter((t) => t.found !== t.expected)) {
      out.write(
        lang === 'vi'
          ? `  - bảng ${t.expected} ở trang "${t.sheet}" (nhận ra: ${t.found})\n`
          : `  - table ${t.expected} on sheet "${t.sheet}" (recognised: ${t.found})\n`,
      );
    }
  }
  out.write(
    lang === 'vi'
      ? `\n${outcomes.length - failed}/${outcomes.length} tệp mẫu đúng như dự kiến.${failed > 0 ? ' "-": thiếu, "+": thừa.' : ''}\n`
      : `\n${outcomes.length - failed}/${outcomes.length} fixtures as expected.${failed > 0 ? ' "-": missing, "+": unexpected.' : ''}\n`,
  );
  return failed > 0 ? 1 : 0;
}
