/**
 * Start-up on demand (issue 16): `dondoc check --format json` loads the core, the reader and the JSON
 * writer, and none of the libraries that only other formats and commands need. The built binary runs
 * in a child process with a module hook (node:module register) that writes down every module URL
 * Node loads; the packages are read from those URLs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { PLAN_ROWS, tempDir, writeWorkbook } from './test-support/run.js';

vi.setConfig({ testTimeout: 120_000 });

const bin = fileURLToPath(new URL('../bin/dondoc.js', import.meta.url));

/** Libraries of the XLSX report, the history store, the letters and their templates. */
const HEAVY = [
  'exceljs',
  'better-sqlite3',
  'docx',
  'docxtemplater',
  'pizzip',
  'mammoth',
  'archiver',
];

const HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.DONDOC_LOADED_MODULES, url + '\\n');
  return next(url, context);
}
`;
const REGISTER = `import { register } from 'node:module';
register('./hooks.mjs', import.meta.url);
`;

/** The npm package a module URL belongs to ("exceljs", "@scope/name"), or undefined for our own. */
function packageOf(url: string): string | undefined {
  const match = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  return match?.[1];
}

/** Runs the built `dondoc` with `args` and returns the npm packages it loaded. */
function loadedPackages(dir: string, args: readonly string[]): Set<string> {
  writeFileSync(path.join(dir, 'hooks.mjs'), HOOKS);
  writeFileSync(path.join(dir, 'register.mjs'), REGISTER);
  const list = path.join(dir, 'modules.txt');
  writeFileSync(list, '');
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href, bin, ...args],
    { encoding: 'utf8', env: { ...process.env, DONDOC_LOADED_MODULES: list } },
  );
  expect(result.stderr).not.toContain('Lỗi không lường trước');
  expect(result.status).toBe(1); // the workbook has errors: the check ran to its end
  const urls = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  expect(urls.some((u) => u.includes('/xlsx/dist/'))).toBe(true); // the hook saw the reader
  return new Set(urls.map(packageOf).filter((p): p is string => p !== undefined));
}

describe('packageOf', () => {
  it.each([
    ['file:///r/node_modules/exceljs/excel.js', 'exceljs'],
    ['file:///r/node_modules/@scope/name/dist/index.js', '@scope/name'],
    ['file:///r/node_modules/a/node_modules/docx/dist/index.mjs', 'docx'],
    ['file:///r/packages/core/dist/index.js', undefined],
    ['node:fs', undefined],
  ])('%s → %s', (url, name) => {
    expect(packageOf(url)).toBe(name);
  });
});

describe('dondoc check loads what its output needs, on demand', () => {
  it('--format json: no XLSX writer, no history store, no Word letters', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const out = path.join(dir, 'ket-qua.json');
    const loaded = loadedPackages(dir, [
      'check',
      file,
      '--as-of',
      '01/07/2024',
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(HEAVY.filter((p) => loaded.has(p))).toEqual([]);
    expect(JSON.parse(readFileSync(out, 'utf8')).findings.length).toBe(3);
  });

  it('--format xlsx loads exceljs, --history loads SQLite (the hook sees them when used)', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const xlsx = loadedPackages(dir, [
      'check',
      file,
      '--as-of',
      '01/07/2024',
      '--format',
      'xlsx',
      '--out',
      path.join(dir, 'ket-qua.xlsx'),
    ]);
    expect(xlsx.has('exceljs')).toBe(true);
    expect(xlsx.has('better-sqlite3')).toBe(false);
    const history = loadedPackages(dir, [
      'check',
      file,
      '--as-of',
      '01/07/2024',
      '--format',
      'json',
      '--out',
      path.join(dir, 'ket-qua.json'),
      '--history',
      path.join(dir, 'lich-su.db'),
    ]);
    expect(history.has('better-sqlite3')).toBe(true);
    expect(history.has('exceljs')).toBe(false);
  });
});
