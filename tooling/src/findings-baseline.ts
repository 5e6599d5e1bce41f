/**
 * The findings safety net: every sample workbook (the catalog, the indicator sample, a spread of
 * generated layouts, the template of every bundled pack) and every fixture written by another
 * program, checked by the real `dondoc check --format json` with every bundled pack, gives findings
 * JSON that must not drift when the code is moved around. `findingsBaseline()` computes them;
 * `node tooling/dist/findings-baseline.js <dir>` writes one file per case, and the test beside this
 * file compares them with the copies checked in under tooling/findings-baseline/.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { main } from '@dondoc/cli';
import { listBundledPacks } from '@dondoc/rulepacks';
import {
  INDICATOR_SAMPLE_AS_OF,
  generateTrackingWorkbook,
  writeCatalog,
  writeIndicatorSample,
  type SampleSpec,
} from '@dondoc/samples';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixturesDir = path.join(repoRoot, 'fixtures', 'other-tools');
const examplePack = path.join(repoRoot, 'packages', 'rulepacks', 'examples', 'huyen-duc-tho.json');

/** Generated layouts beyond the catalog: every header wording, numbering and placement. */
const LAYOUTS: readonly SampleSpec[] = [
  {
    source: 'ke-hoach-ct32',
    asOf: '2024-07-01',
    tasks: 30,
    seed: 101,
    layout: { header: 'one-row', wording: 'cong-viec', numbering: 'dotted', firstColumn: 3 },
  },
  {
    source: 'chuong-trinh-thang-4-2021',
    asOf: '2021-05-05',
    tasks: 30,
    seed: 102,
    layout: { header: 'two-row', wording: 'ngan-gon', titleRows: false, footer: true },
  },
  {
    source: 'ke-hoach-nq26-thach-ha',
    asOf: '2024-12-31',
    tasks: 30,
    seed: 103,
    layout: { header: 'two-row', wording: 'ke-hoach', columnNumbers: true, coordinators: false },
    guideSheet: 'before',
    hiddenSheet: true,
  },
];

/** As-of dates the bundled packs' templates are checked on: before, inside and after their year. */
const TEMPLATE_DATES = ['2021-05-05', '2024-07-01', '2025-02-10'] as const;

interface Input {
  readonly name: string;
  readonly file: string;
  readonly asOf: string;
}

/**
 * Fills a pack's template the way staff would, deterministically by row number: completion dates
 * and statuses on tasks, received dates on the report log (early, late and none), actual values and
 * a few changed plan values on indicators, so every report and indicator rule has rows to fire on.
 */
async function fillTemplate(file: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const statuses = ['Hoàn thành', 'Đang thực hiện', '', 'Chưa thực hiện'];
  const dateText = (i: number) => {
    const d = new Date(Date.UTC(2024, 0, 10 + ((i * 37) % 520)));
    return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  };
  workbook.eachSheet((ws) => {
    const header = ws.getRow(4);
    header.eachCell((cell, col) => {
      const label = String(cell.value ?? '');
      for (let r = 5; r <= ws.rowCount; r++) {
        const target = ws.getRow(r).getCell(col);
        const i = r + col;
        if (label === 'Ngày hoàn thành' && i % 3 !== 0) target.value = dateText(i);
        else if (label === 'Tình trạng') target.value = statuses[i % statuses.length]!;
        else if (label === 'Ngày nhận' && i % 3 !== 0) target.value = dateText(i * 5);
        else if (label.startsWith('Thực hiện') && i % 4 !== 0) target.value = (i * 7.3) % 120;
        else if (label.startsWith('Kế hoạch') && i % 5 === 0) target.value = i * 11;
      }
    });
  });
  await workbook.xlsx.writeFile(out);
}

async function dondoc(argv: readonly string[]): Promise<string> {
  let out = '';
  const sink = {
    write(chunk: string | Uint8Array): boolean {
      out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const code = await main(argv, { out: sink, err: sink });
  if (code > 1) throw new Error(`dondoc ${argv.join(' ')} exited ${code}: ${out}`);
  return out;
}

/** Writes every input workbook into `dir` (names are kept stable: they appear in the findings). */
async function writeInputs(dir: string): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const sample of await writeCatalog(dir)) {
    inputs.push({ name: sample.file, file: sample.path, asOf: sample.asOf });
  }
  const indicator = path.join(dir, 'chi-tieu-kl14.xlsx');
  await writeIndicatorSample(indicator);
  inputs.push({ name: 'chi-tieu-kl14.xlsx', file: indicator, asOf: INDICATOR_SAMPLE_AS_OF });
  for (const [i, spec] of LAYOUTS.entries()) {
    const name = `bo-cuc-${i + 1}.xlsx`;
    const file = path.join(dir, name);
    await generateTrackingWorkbook(spec).workbook.xlsx.writeFile(file);
    inputs.push({ name, file, asOf: String(spec.asOf) });
  }
  for (const name of (await readdir(fixturesDir)).filter((f) => f.endsWith('.xlsx')).sort()) {
    inputs.push({ name, file: path.join(fixturesDir, name), asOf: '2024-07-01' });
  }
  return inputs;
}

/** Case name → the findings JSON `dondoc check --format json` prints for it. */
export async function findingsBaseline(): Promise<Map<string, string>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dondoc-baseline-'));
  try {
    const packs = [...listBundledPacks().map((p) => p.id), examplePack];
    const packName = (p: string) => path.basename(p, '.json');
    const out = new Map<string, string>();
    /** Paths without the temporary folder or the checkout's place, so the JSON is the same anywhere. */
    const stable = (json: string) =>
      json.split(`${dir}${path.sep}`).join('').split(`${repoRoot}${path.sep}`).join('');
    for (const input of await writeInputs(dir)) {
      for (const pack of packs) {
        const json = await dondoc([
          'check',
          input.file,
          '--pack',
          pack,
          '--as-of',
          input.asOf,
          '--format',
          'json',
          '--workers',
          '0',
        ]);
        out.set(`${input.name.replace(/\.xlsx$/, '')}.${packName(pack)}`, stable(json));
      }
    }
    for (const pack of packs) {
      const template = path.join(dir, `mau-${packName(pack)}.xlsx`);
      await dondoc(['template', '--pack', pack, '--out', template]);
      const filled = path.join(dir, `dien-${packName(pack)}.xlsx`);
      await fillTemplate(template, filled);
      for (const asOf of TEMPLATE_DATES) {
        for (const [kind, file] of [
          ['mau', template],
          ['dien', filled],
        ] as const) {
          const json = await dondoc([
            'check',
            file,
            '--pack',
            pack,
            '--as-of',
            asOf,
            '--format',
            'json',
            '--workers',
            '0',
          ]);
          out.set(`${kind}-${packName(pack)}.${asOf}`, stable(json));
        }
      }
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `node tooling/dist/findings-baseline.js <dir>`: writes "<case>.json" for every case. */
async function run(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, json] of await findingsBaseline()) {
    await writeFile(path.join(dir, `${name}.json`), json, 'utf8');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await run(process.argv[2] ?? path.join(repoRoot, 'tooling', 'findings-baseline'));
}
