/**
 * The pack author's toolkit (registered in ./pack.command.ts):
 *   dondoc pack validate <pack.json>   problems with the JSON path, line and column, in both languages
 *   dondoc pack schema [--out file]    the JSON Schema packs are written against ($schema)
 *   dondoc pack docs <id|file>         a checklist of duties by agency
 */
import path from 'node:path';
import { packJsonSchema, parsePack } from '@dondoc/core';
import { writeFileAtomic } from '../io.js';
import { jsonProblemLines } from '../json-positions.js';
import { CliError } from '../messages.js';
import type { CliContext } from '../program.js';
import { loadPack, parsePackJson, readPackText } from '../packs.js';
import { packDocsHtml, packDocsMarkdown } from '../pack-docs.js';

/** `dondoc pack schema [--out file]`. */
export async function runPackSchema(outFile: string | undefined, ctx: CliContext): Promise<number> {
  const text = JSON.stringify(packJsonSchema(), null, 2) + '\n';
  if (outFile) {
    await writeFileAtomic(outFile, text);
    ctx.wrote(outFile);
  } else ctx.out.write(text);
  return 0;
}

/** `dondoc pack docs <id|file> [--format md|html] [--out file]`. */
export async function runPackDocs(
  ref: string | undefined,
  options: { format?: string; out?: string },
  ctx: CliContext,
): Promise<number> {
  if (!ref) throw new CliError({ vi: 'Chưa chỉ ra bộ quy tắc.', en: 'No pack given.' });
  const format = options.format ?? 'md';
  if (format !== 'md' && format !== 'html') {
    throw new CliError({
      vi: '--format phải là md hoặc html.',
      en: '--format must be md or html.',
    });
  }
  const pack = loadPack(ref);
  const text = format === 'html' ? packDocsHtml(pack) : packDocsMarkdown(pack);
  if (options.out) {
    await writeFileAtomic(options.out, text);
    ctx.wrote(options.out);
  } else ctx.out.write(text);
  return 0;
}

/** `dondoc pack validate <pack.json>`. */
export function runPackValidate(file: string | undefined, ctx: CliContext): number {
  const { lang, out } = ctx;
  if (!file) {
    throw new CliError({ vi: 'Chưa chỉ ra tệp bộ quy tắc.', en: 'No pack file given.' });
  }
  const text = readPackText(file);
  const raw = parsePackJson(text, file);
  const parsed = parsePack(raw);
  if (!parsed.ok) {
    const lines = jsonProblemLines(file, text, parsed.problems);
    throw new CliError(
      {
        vi: `Bộ quy tắc "${path.basename(file)}" có ${parsed.problems.length} lỗi:`,
        en: `The pack "${path.basename(file)}" has ${parsed.problems.length} problem(s):`,
      },
      1,
      lines,
    );
  }
  // Its extends must resolve too (bundled ids or files next to it).
  const pack = loadPack(path.resolve(file));
  out.write(
    lang === 'vi'
      ? `Bộ quy tắc hợp lệ: ${pack.id} ${pack.version} — ${pack.tasks?.length ?? 0} nhiệm vụ, ${pack.reports?.length ?? 0} báo cáo, ${pack.indicators?.length ?? 0} chỉ tiêu.\n`
      : `Valid pack: ${pack.id} ${pack.version} — ${pack.tasks?.length ?? 0} tasks, ${pack.reports?.length ?? 0} reports, ${pack.indicators?.length ?? 0} indicators.\n`,
  );
  return 0;
}
