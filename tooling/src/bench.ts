/**
 * `npm run bench`: speed and memory of dondoc on a large tracking workbook.
 *
 *   npm run bench                     100,000 task rows
 *   npm run bench -- --rows 1000000   one million rows (the scale target: peak RSS under 1 GB)
 *   npm run bench -- --batch 0        skip the batch of 500 small workbooks (one corrupt)
 *
 * Each measurement runs in its own child process, so that its peak RSS (getrusage maxrss) is its own:
 * - `exceljs-stream`: exceljs's streaming reader alone, touching every cell (the floor);
 * - `dondoc-check`: `dondoc check --format json` end to end (read, detect, check, write the JSON);
 * - `rules`: the compiled built-in rules alone over in-memory facts (evaluations per second).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { compileRuleSet, TASK_RULES } from '@dondoc/core';
import { main } from '@dondoc/cli';
import { measureStandalonePage } from './bench-browser.js';
import { benchHistory } from './bench-history.js';
import { writeLargeTrackingWorkbook, writeSample } from '@dondoc/samples';

const here = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(here), '..', '..');

interface Measurement {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly detail?: string;
}

function report(m: Measurement): void {
  process.stdout.write(JSON.stringify(m) + '\n');
}

async function measureExcelJs(file: string): Promise<void> {
  const start = performance.now();
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      row.eachCell(() => {
        cells++;
      });
    }
  }
  report({
    ms: performance.now() - start,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail: `${cells} cells`,
  });
}

/** `dondoc check` over every .xlsx in a folder in one run (the auditor's batch). */
async function measureBatch(dir: string): Promise<void> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(dir, f));
  const out = path.join(dir, 'batch-findings.json');
  const start = performance.now();
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const code = await main(
    ['check', ...files, '--as-of', '2024-07-01', '--format', 'json', '--out', out],
    {
      out: sink,
      err: process.stderr,
    },
  );
  const json = JSON.parse(readFileSync(out, 'utf8')) as {
    findings: unknown[];
    workbooks?: Array<{ status: string }>;
  };
  const unreadable = (json.workbooks ?? []).filter((w) => w.status === 'unreadable').length;
  report({
    ms: performance.now() - start,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail: `exit ${code}, ${files.length} workbooks, ${unreadable} unreadable, ${json.findings.length} findings`,
  });
}

async function measureCheck(file: string): Promise<void> {
  const out = path.join(path.dirname(file), 'bench-findings.json');
  const start = performance.now();
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const code = await main(
    ['check', file, '--as-of', '2024-07-01', '--format', 'json', '--out', out],
    {
      out: sink,
      err: process.stderr,
    },
  );
  report({
    ms: performance.now() - start,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail: `exit ${code}, ${(JSON.parse(readFileSync(out, 'utf8')) as { findings: unknown[] }).findings.length} findings`,
  });
}

function measureRules(): void {
  const ruleSet = compileRuleSet(TASK_RULES.map((r) => ({ id: r.id, conditions: r.conditions })));
  // Facts as buildTaskFacts makes them, over a spread of deadlines and completions.
  const facts = Array.from({ length: 1000 }, (_, i) => {
    const hasDue = i % 5 !== 0;
    const isDone = i % 3 === 0;
    const offset = (i % 40) - 20;
    return {
      kind: 'task',
      hasDue,
      isDone,
      recurring: !hasDue && i % 2 === 0,
      dueInvalid: false,
      completionInvalid: false,
      hasCompletion: isDone,
      statusState: isDone ? 'done' : i % 17 === 0 ? 'in-progress' : 'empty',
      daysPastDue: hasDue && offset < 0 ? -offset : hasDue ? 0 : null,
      daysUntilDue: hasDue ? offset : null,
      daysLate: isDone && hasDue ? (i % 11) - 5 : null,
      daysCompletedAfterAsOf: null,
      dueSoonDays: 7,
    };
  });
  const rounds = 2000;
  const start = performance.now();
  let hits = 0;
  for (let r = 0; r < rounds; r++) {
    for (const f of facts) hits += ruleSet.evaluate(f).length;
  }
  const ms = performance.now() - start;
  const evaluations = rounds * facts.length * TASK_RULES.length;
  report({
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail: `${Math.round(evaluations / (ms / 1000)).toLocaleString('en-US')} rule evaluations/s (${hits} hits)`,
  });
}

function child(kind: string, file: string): Measurement {
  const result = spawnSync(process.execPath, [here, '--measure', kind, '--file', file], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${kind} failed: ${result.stderr}`);
  const line = result.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(line) as Measurement;
}

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      batch: { type: 'string', default: '500' },
      page: { type: 'string', default: '10000,50000' },
      measure: { type: 'string' },
      file: { type: 'string' },
    },
  });
  if (values.measure) {
    if (values.measure === 'exceljs-stream') await measureExcelJs(values.file!);
    else if (values.measure === 'dondoc-check') await measureCheck(values.file!);
    else if (values.measure === 'batch') await measureBatch(values.file!);
    else measureRules();
    return;
  }
  const rows = Number(values.rows);
  const dir = path.join(repoRoot, 'out', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `theo-doi-${rows}.xlsx`);
  process.stdout.write(
    `Writing ${rows.toLocaleString('en-US')} task rows to ${path.relative(process.cwd(), file)}…\n`,
  );
  const written = await writeLargeTrackingWorkbook(file, rows);
  const size = statSync(file).size / (1024 * 1024);
  process.stdout.write(`  ${size.toFixed(1)} MB, ${written.findings} planted findings\n\n`);

  const stream = child('exceljs-stream', file);
  const check = child('dondoc-check', file);
  const rules = child('rules', file);
  const line = (name: string, m: Measurement) =>
    `  ${name.padEnd(28)} ${(m.ms / 1000).toFixed(2).padStart(7)} s  ${m.maxRssMb.toFixed(0).padStart(5)} MB peak RSS  ${m.detail ?? ''}\n`;
  process.stdout.write(`Node ${process.version}, ${rows.toLocaleString('en-US')} rows:\n`);
  process.stdout.write(line('exceljs stream read alone', stream));
  process.stdout.write(line('dondoc check (end to end)', check));
  process.stdout.write(line('built-in rules alone', rules));
  process.stdout.write(`  planted findings: ${written.findings}\n`);
  process.stdout.write(
    `\n  dondoc check / bare read: ${(check.ms / stream.ms).toFixed(2)}× the time; ${Math.round(rows / (check.ms / 1000)).toLocaleString('en-US')} rows/s\n`,
  );

  const count = Number(values.batch);
  if (count > 0) {
    const batchDir = path.join(dir, `batch-${count}`);
    rmSync(batchDir, { recursive: true, force: true });
    mkdirSync(batchDir, { recursive: true });
    process.stdout.write(
      `\nWriting ${count} sample workbooks (one of them corrupt) to ${path.relative(process.cwd(), batchDir)}…\n`,
    );
    const sources = [
      'ke-hoach-ct32',
      'chuong-trinh-thang-4-2021',
      'ke-hoach-nq26-thach-ha',
    ] as const;
    for (let i = 0; i < count; i++) {
      const file = path.join(batchDir, `so-theo-doi-${String(i + 1).padStart(3, '0')}.xlsx`);
      if (i === Math.floor(count / 2)) {
        writeFileSync(file, Buffer.from('PK\u0003\u0004 tệp hỏng / a corrupt file'));
        continue;
      }
      await writeSample(
        { source: sources[i % sources.length]!, asOf: '2024-07-01', tasks: 20 + (i % 30), seed: i },
        file,
      );
    }
    const batch = child('batch', batchDir);
    process.stdout.write(line(`dondoc check, ${count} files`, batch));
  }

  // The add-in's standalone page in headless Chromium (exceljs and the core in the browser).
  const pageRows =
    values.page === '' || values.page === '0' ? [] : values.page!.split(',').map(Number);
  if (pageRows.length > 0) process.stdout.write(`\nStandalone page (headless Chromium):\n`);
  for (const n of pageRows) {
    const pageFile = path.join(dir, `theo-doi-${n}.xlsx`);
    const written = await writeLargeTrackingWorkbook(pageFile, n);
    const m = await measureStandalonePage(repoRoot, pageFile, n, written.asOf);
    process.stdout.write(
      `  ${`${n.toLocaleString('en-US')} rows`.padEnd(28)} ${(m.checkMs / 1000).toFixed(2).padStart(7)} s read + check, ${(m.totalMs / 1000).toFixed(2)} s to findings on screen, ${m.peakHeapMb.toFixed(0)} MB peak JS heap, ${m.findings} findings\n`,
    );
  }
  await benchHistory(path.join(dir, 'history'));
}

await run();
if (!process.argv.includes('--measure'))
  await (await import('./bench-layouts.js')).printLayoutScores();
