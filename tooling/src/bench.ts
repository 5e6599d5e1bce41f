/**
 * `npm run bench`: speed and memory of dondoc against a bare read, whole processes (issue 16).
 *
 *   npm run bench                          100,000 task rows, 3 alternating runs of each process
 *   npm run bench -- --runs 1              one run of each (quicker, noisier)
 *   npm run bench -- --rows 1000000        one million rows (the scale target)
 *   npm run bench -- --batch 0 --page 0    skip the batch of 500 small workbooks and the page
 *   npm run bench -- --batch-baseline 18.7 the batch's wall seconds before, to judge its target
 *
 * Four files: the exceljs-written sample (shared strings, about 12 % findings), the same rows
 * copied by openpyxl (inline strings, numeric character references; skipped with a message when no
 * python3 with openpyxl is found), a findings-heavy file (about 72 % findings) and the same
 * findings-heavy rows copied by openpyxl (the file issue 16 measured). On each, three
 * processes run alternately (floor, exceljs, dondoc; each round starting one further on), start-up
 * included, and each is summarised as its median with min and max (bench-process.ts):
 * - floor: unzip the sheet and scan its bytes once (bench-measure.ts);
 * - exceljs: exceljs's streaming reader alone, touching every cell (bench-measure.ts);
 * - dondoc: the built `dondoc check --format json --out …`, as a user runs it.
 * Then the ratios of dondoc to the two others, the rules alone, a batch of 500 small workbooks
 * (one corrupt) through the same binary, the standalone page and the history store, and last the
 * targets of issue 16, each met or missed by how much (bench-targets.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileRuleSet, TASK_RULES } from '@dondoc/core';
import { alternate, summaryLines, type Summary, type Variant } from './bench-process.js';
import { measureStandalonePage } from './bench-browser.js';
import {
  judgeTargets,
  verdictLines,
  type FileMeasurement,
  type TargetInputs,
} from './bench-targets.js';
import { benchHistory } from './bench-history.js';
import { openpyxlCopy } from './openpyxl.js';
import { FINDINGS_HEAVY_WEIGHTS, writeLargeTrackingWorkbook, writeSample } from '@dondoc/samples';

const here = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(here), '..', '..');
const measureScript = path.join(path.dirname(here), 'bench-measure.js');
const dondocBin = path.join(repoRoot, 'apps', 'cli', 'bin', 'dondoc.js');

interface Measurement {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly detail?: string;
}

function report(m: Measurement): void {
  process.stdout.write(JSON.stringify(m) + '\n');
}

/** `dondoc check --format json` on `input` (a file or a folder), checking the JSON it wrote. */
function dondocVariant(name: string, input: string, out: string): Variant {
  return {
    name,
    args: [dondocBin, 'check', input, '--as-of', '2024-07-01', '--format', 'json', '--out', out],
    verify: () => {
      const json = JSON.parse(readFileSync(out, 'utf8')) as { findings: unknown[] };
      if (!Array.isArray(json.findings)) throw new Error(`${name}: no findings in ${out}`);
    },
  };
}

function ratio(a: Summary, b: Summary): string {
  const r = (x: number, y: number) => (x / y).toFixed(2);
  return `${r(a.wallMs.median, b.wallMs.median)}× the time (cpu ${r(a.cpuMs.median, b.cpuMs.median)}×), ${r(a.maxRssMb.median, b.maxRssMb.median)}× the peak`;
}

/**
 * Floor, bare exceljs read and dondoc on one file, alternating; prints them and the ratios and
 * returns them for the targets.
 */
function compareOnFile(
  label: string,
  file: string,
  rows: number,
  runs: number,
  findings: string,
): FileMeasurement {
  const size = statSync(file).size / (1024 * 1024);
  process.stdout.write(
    `\n${rows.toLocaleString('en-US')} rows ${label} (${size.toFixed(1)} MB, ${findings}), ${runs} run(s) each:\n`,
  );
  const out = `${file}.findings.json`;
  const [floor, exceljs, dondoc] = alternate(
    [
      { name: 'floor: unzip + one scan', args: [measureScript, 'floor', file] },
      { name: 'bare exceljs stream read', args: [measureScript, 'exceljs', file] },
      dondocVariant('dondoc check --format json', file, out),
    ],
    runs,
  );
  process.stdout.write(summaryLines([floor!, exceljs!, dondoc!]));
  const count = (JSON.parse(readFileSync(out, 'utf8')) as { findings: unknown[] }).findings.length;
  process.stdout.write(`  dondoc found ${count.toLocaleString('en-US')} findings\n`);
  process.stdout.write(`  dondoc / bare exceljs read: ${ratio(dondoc!, exceljs!)}\n`);
  process.stdout.write(`  dondoc / floor:             ${ratio(dondoc!, floor!)}\n`);
  rmSync(out, { force: true });
  return { label, rows, floor: floor!, exceljs: exceljs!, dondoc: dondoc! };
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

function child(kind: string): Measurement {
  const result = spawnSync(process.execPath, [here, '--measure', kind], {
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
      runs: { type: 'string', default: '3' },
      batch: { type: 'string', default: '500' },
      page: { type: 'string', default: '10000,50000' },
      measure: { type: 'string' },
      'batch-baseline': { type: 'string' },
    },
  });
  if (values.measure) {
    measureRules();
    return;
  }
  const rows = Number(values.rows);
  const runs = Math.max(1, Number(values.runs));
  const dir = path.join(repoRoot, 'out', 'bench');
  mkdirSync(dir, { recursive: true });
  const [load1] = loadavg();
  process.stdout.write(
    `Node ${process.version}, ${cpus().length} cores, load average ${load1!.toFixed(1)} at the start\n`,
  );
  const n = rows.toLocaleString('en-US');

  const file = path.join(dir, `theo-doi-${rows}.xlsx`);
  process.stdout.write(`Writing ${n} task rows to ${path.relative(process.cwd(), file)}…\n`);
  const written = await writeLargeTrackingWorkbook(file, rows);
  const heavy = path.join(dir, `nhieu-phat-hien-${rows}.xlsx`);
  process.stdout.write(
    `Writing ${n} findings-heavy rows to ${path.relative(process.cwd(), heavy)}…\n`,
  );
  const heavyWritten = await writeLargeTrackingWorkbook(heavy, rows, {
    weights: FINDINGS_HEAVY_WEIGHTS,
  });
  const share = (f: number) =>
    `${f.toLocaleString('en-US')} planted findings, ${Math.round((100 * f) / rows)} %`;

  const files: FileMeasurement[] = [];
  files.push(compareOnFile('written by exceljs', file, rows, runs, share(written.findings)));
  const openpyxlFile = path.join(dir, `openpyxl-${rows}.xlsx`);
  const copied = existsSync(openpyxlFile)
    ? { ok: true as const }
    : openpyxlCopy(file, openpyxlFile);
  if (copied.ok) {
    files.push(
      compareOnFile('written by openpyxl', openpyxlFile, rows, runs, share(written.findings)),
    );
  } else {
    process.stdout.write(
      `\n${n} rows written by openpyxl: skipped (${copied.reason}; install python3 and openpyxl to measure it)\n`,
    );
  }
  files.push(compareOnFile('findings-heavy', heavy, rows, runs, share(heavyWritten.findings)));
  // The file the issue measured: findings-heavy and written by openpyxl (every Vietnamese letter
  // a character reference, no shared strings).
  const openpyxlHeavy = path.join(dir, `openpyxl-nhieu-phat-hien-${rows}.xlsx`);
  const heavyCopied = existsSync(openpyxlHeavy)
    ? { ok: true as const }
    : openpyxlCopy(heavy, openpyxlHeavy);
  if (heavyCopied.ok) {
    files.push(
      compareOnFile(
        'findings-heavy, written by openpyxl',
        openpyxlHeavy,
        rows,
        runs,
        share(heavyWritten.findings),
      ),
    );
  } else {
    process.stdout.write(
      `\n${n} findings-heavy rows written by openpyxl: skipped (${heavyCopied.reason})\n`,
    );
  }

  const rules = child('rules');
  process.stdout.write(
    `\nbuilt-in rules alone: ${(rules.ms / 1000).toFixed(2)} s, ${rules.detail ?? ''}\n`,
  );

  const count = Number(values.batch);
  let batchTime: TargetInputs['batch'];
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
    const out = path.join(dir, `batch-${count}-findings.json`);
    const [batch] = alternate([dondocVariant(`dondoc check, ${count} files`, batchDir, out)], 1);
    process.stdout.write(summaryLines([batch!]));
    const before = values['batch-baseline'];
    batchTime = {
      files: count,
      wallMs: batch!.wallMs.median,
      ...(before === undefined ? {} : { beforeMs: Number(before) * 1000 }),
    };
  }

  // The add-in's standalone page in headless Chromium (exceljs and the core in the browser).
  const pageRows =
    values.page === '' || values.page === '0' ? [] : values.page!.split(',').map(Number);
  if (pageRows.length > 0) process.stdout.write(`\nStandalone page (headless Chromium):\n`);
  const pageTimes = new Map<number, number>();
  for (const n of pageRows) {
    const pageFile = path.join(dir, `theo-doi-${n}.xlsx`);
    const written = await writeLargeTrackingWorkbook(pageFile, n);
    const m = await measureStandalonePage(repoRoot, pageFile, n, written.asOf);
    pageTimes.set(n, m.checkMs);
    process.stdout.write(
      `  ${`${n.toLocaleString('en-US')} rows`.padEnd(28)} ${(m.checkMs / 1000).toFixed(2).padStart(7)} s read + check, ${(m.totalMs / 1000).toFixed(2)} s to findings on screen, ${m.peakHeapMb.toFixed(0)} MB peak JS heap, ${m.findings} findings\n`,
    );
  }
  await benchHistory(path.join(dir, 'history'));
  const [load2] = loadavg();
  process.stdout.write(`\nload average ${load2!.toFixed(1)} at the end\n`);
  process.stdout.write(`\nThe targets of issue 16 (CPU medians; the wall ratio in brackets):\n`);
  process.stdout.write(
    verdictLines(
      judgeTargets({
        files,
        ...(batchTime ? { batch: batchTime } : {}),
        ...(pageRows.length > 0 ? { page: pageTimes } : {}),
      }),
    ),
  );
}

await run();
if (!process.argv.includes('--measure'))
  await (await import('./bench-layouts.js')).printLayoutScores();
