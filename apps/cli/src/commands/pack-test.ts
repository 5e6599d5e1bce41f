/**
 * `dondoc pack test <dir>`: like ESLint's RuleTester, for packs. The folder holds fixture workbooks
 * and beside each `<name>.expected.json`:
 *
 *   { "pack": "pack.json", "asOf": "2024-07-01",
 *     "expected": [ { "rule": "task/overdue", "sheet": "Nhiệm vụ", "cell": "D6" } ] }
 *
 * (`pack` defaults to `pack.json` in the folder, resolved against it.) Each workbook is checked and
 * the findings are compared with the expected ones: missing ones are printed with "-", unexpected ones
 * with "+". Exit 1 when any fixture differs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createChecker, parseIsoDate } from '@dondoc/core';
import { CliError, type Lang } from '../messages.js';
import { loadPack } from '../packs.js';
import { checkWorkbookFile } from '../read.js';

interface Expectation {
  readonly pack?: string;
  readonly asOf: string;
  readonly expected: ReadonlyArray<{
    readonly rule: string;
    readonly sheet?: string;
    readonly cell?: string;
  }>;
}

const key = (f: { rule: string; sheet?: string; cell?: string }) =>
  `${f.rule} ${f.sheet ?? ''}${f.cell ? `!${f.cell}` : ''}`.trim();

export async function runPackTest(
  dir: string | undefined,
  lang: Lang,
  out: NodeJS.WritableStream,
): Promise<number> {
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
  let failed = 0;
  for (const fixture of fixtures) {
    const workbook = path.join(dir, fixture.replace(/\.expected\.json$/, '.xlsx'));
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
    if (result.status === 'unreadable' || missing.length + extra.length > 0) {
      failed++;
      out.write(`✗ ${path.basename(workbook)}\n`);
      if (result.error) out.write(`    ${result.error[lang]}\n`);
      for (const k of missing) out.write(`  - ${k}\n`);
      for (const k of extra) out.write(`  + ${k}\n`);
    } else {
      out.write(`✓ ${path.basename(workbook)} (${wanted.length})\n`);
    }
  }
  out.write(
    lang === 'vi'
      ? `\n${fixtures.length - failed}/${fixtures.length} tệp mẫu đúng như dự kiến.${failed > 0 ? ' "-": thiếu, "+": thừa.' : ''}\n`
      : `\n${fixtures.length - failed}/${fixtures.length} fixtures as expected.${failed > 0 ? ' "-": missing, "+": unexpected.' : ''}\n`,
  );
  return failed > 0 ? 1 : 0;
}
