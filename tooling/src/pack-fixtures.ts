/**
 * The fixtures of the bundled packs, packages/rulepacks/fixtures/<pack-id>/: the sample workbooks of
 * each pack's document, each beside "<name>.expected.json" in the format `dondoc pack test` reads.
 * The expected findings are the ones the sample generator planted (its manifest), never the output
 * of a run; `tables` names the sheets the generator wrote. `generic` gets the plan sample of the
 * catalog, which must give the same findings without a document's pack.
 * `node tooling/dist/pack-fixtures.js [dir]` regenerates them; the test beside this file runs
 * `dondoc pack test` on the folder of every bundled pack.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CATALOG,
  DEFAULT_SHEET_NAME,
  GUIDE_SHEET_NAME,
  HIDDEN_SHEET_NAME,
  INDICATOR_SAMPLE_AS_OF,
  INDICATOR_SAMPLE_PACK,
  manifestFileName,
  writeCatalog,
  writeIndicatorSample,
  type CatalogEntry,
  type ExpectedFinding,
} from '@dondoc/samples';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the fixtures of the bundled packs live: one folder per pack id. */
export const PACK_FIXTURES_DIR = path.join(repoRoot, 'packages', 'rulepacks', 'fixtures');

/** The catalog sample that also stands for the `generic` pack: the district plan of seed 001. */
export const GENERIC_SAMPLE = 'theo-doi-ke-hoach-ct32.xlsx';

/** The indicator sample's file name in its pack's folder. */
export const INDICATOR_SAMPLE_FILE = 'chi-tieu-2024.xlsx';

type TableKind = 'tasks' | 'indicators' | 'none';

/** One fixture: "<pack>/<file>" and the content of its "<name>.expected.json". */
export interface PackFixture {
  readonly pack: string;
  readonly file: string;
  readonly expectation: {
    readonly about: string;
    readonly pack: string;
    readonly asOf: string;
    readonly expected: readonly ExpectedFinding[];
    readonly tables: Readonly<Record<string, TableKind>>;
  };
}

const ABOUT =
  'Sinh bởi tooling/src/pack-fixtures.ts từ @dondoc/samples: các phát hiện cài sẵn trong sổ mẫu (không sửa tay). / Written by tooling/src/pack-fixtures.ts from @dondoc/samples: the findings planted in the sample (do not edit).';

/** The sheets a catalog sample holds, as the generator wrote them. */
function catalogTables(entry: CatalogEntry): Record<string, TableKind> {
  const tables: Record<string, TableKind> = {
    [entry.spec.sheetName ?? DEFAULT_SHEET_NAME]: 'tasks',
  };
  if (entry.spec.guideSheet !== undefined && entry.spec.guideSheet !== 'none') {
    tables[GUIDE_SHEET_NAME] = 'none';
  }
  if (entry.spec.hiddenSheet) tables[HIDDEN_SHEET_NAME] = 'none';
  return tables;
}

/** Writes every bundled pack's fixtures under `root` (one folder per pack) and lists them. */
export async function writePackFixtures(root: string): Promise<PackFixture[]> {
  const fixtures: PackFixture[] = [];
  const put = async (
    from: string,
    pack: string,
    file: string,
    fields: Omit<PackFixture['expectation'], 'about' | 'pack'>,
  ) => {
    const dir = path.join(root, pack);
    await mkdir(dir, { recursive: true });
    if (path.resolve(from) !== path.resolve(dir, file)) await copyFile(from, path.join(dir, file));
    const expectation = { about: ABOUT, pack, ...fields };
    await writeFile(
      path.join(dir, manifestFileName(file)),
      JSON.stringify(expectation, null, 2) + '\n',
      'utf8',
    );
    fixtures.push({ pack, file, expectation });
  };

  const tmp = await mkdtemp(path.join(tmpdir(), 'dondoc-pack-fixtures-'));
  try {
    for (const sample of await writeCatalog(tmp)) {
      const entry = CATALOG.find((e) => e.file === sample.file);
      if (!entry) throw new Error(`${sample.file} is not in the catalog`);
      const fields = { asOf: sample.asOf, expected: sample.expected, tables: catalogTables(entry) };
      await put(sample.path, sample.pack, sample.file, fields);
      if (sample.file === GENERIC_SAMPLE) await put(sample.path, 'generic', sample.file, fields);
    }
    const indicatorDir = path.join(root, INDICATOR_SAMPLE_PACK);
    await mkdir(indicatorDir, { recursive: true });
    const indicatorPath = path.join(indicatorDir, INDICATOR_SAMPLE_FILE);
    const expected = await writeIndicatorSample(indicatorPath);
    // every planted figure sits on the one indicator sheet
    const tables = Object.fromEntries(expected.map((e) => [e.sheet, 'indicators' as const]));
    await put(indicatorPath, INDICATOR_SAMPLE_PACK, INDICATOR_SAMPLE_FILE, {
      asOf: INDICATOR_SAMPLE_AS_OF,
      expected,
      tables,
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return fixtures.sort((a, b) => `${a.pack}/${a.file}`.localeCompare(`${b.pack}/${b.file}`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const f of await writePackFixtures(process.argv[2] ?? PACK_FIXTURES_DIR)) {
    process.stdout.write(`${f.pack}/${f.file} (${f.expectation.expected.length})\n`);
  }
}
