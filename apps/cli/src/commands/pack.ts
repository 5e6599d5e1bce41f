/**
 * The pack author's toolkit:
 *   dondoc pack validate <pack.json>   problems with the JSON path, line and column, in both languages
 *   dondoc pack schema [--out file]    the JSON Schema packs are written against ($schema)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packJsonSchema, parsePack } from '@dondoc/core';
import { writeFileAtomic } from '../io.js';
import { jsonPositions, positionOf } from '../json-positions.js';
import { CliError, type Lang } from '../messages.js';
import { loadPack } from '../packs.js';
import { packDocsHtml, packDocsMarkdown } from '../pack-docs.js';
import { runPackTest } from './pack-test.js';

const HELP = {
  vi: `Cách dùng:
  dondoc pack validate <bộ-quy-tắc.json>   kiểm tra bộ quy tắc; báo lỗi kèm đường dẫn JSON, dòng và cột
  dondoc pack schema [--out tệp]           JSON Schema của bộ quy tắc (để trình soạn thảo gợi ý)
  dondoc pack docs <mã|tệp> [--format md|html] [--out tệp]
                                           danh mục việc phải làm theo từng cơ quan, kèm trích dẫn
  dondoc pack test <thư mục>               chạy các sổ mẫu với tệp *.expected.json bên cạnh, in phần khác`,
  en: `Usage:
  dondoc pack validate <pack.json>         check a pack; problems with the JSON path, line and column
  dondoc pack schema [--out file]          the packs' JSON Schema (for editor completion)
  dondoc pack docs <id|file> [--format md|html] [--out file]
                                           a checklist by agency, with quotes
  dondoc pack test <folder>                run fixture workbooks beside *.expected.json, print the diff`,
};

export async function runPack(
  argv: readonly string[],
  lang: Lang,
  out: NodeJS.WritableStream,
): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'schema') {
    const i = rest.indexOf('--out');
    const text = JSON.stringify(packJsonSchema(), null, 2) + '\n';
    if (i >= 0 && rest[i + 1]) await writeFileAtomic(rest[i + 1]!, text);
    else out.write(text);
    return 0;
  }
  if (sub === 'test')
    return runPackTest(
      rest.find((a) => !a.startsWith('--')),
      lang,
      out,
    );
  if (sub === 'docs') {
    const ref = rest.find((a) => !a.startsWith('--'));
    if (!ref) throw new CliError({ vi: 'Chưa chỉ ra bộ quy tắc.', en: 'No pack given.' });
    const format = rest.includes('--format') ? rest[rest.indexOf('--format') + 1] : 'md';
    if (format !== 'md' && format !== 'html') {
      throw new CliError({
        vi: '--format phải là md hoặc html.',
        en: '--format must be md or html.',
      });
    }
    const pack = loadPack(ref);
    const text = format === 'html' ? packDocsHtml(pack) : packDocsMarkdown(pack);
    const i = rest.indexOf('--out');
    if (i >= 0 && rest[i + 1]) await writeFileAtomic(rest[i + 1]!, text);
    else out.write(text);
    return 0;
  }
  if (sub === 'validate') {
    const file = rest.find((a) => !a.startsWith('--'));
    if (!file) {
      throw new CliError({ vi: 'Chưa chỉ ra tệp bộ quy tắc.', en: 'No pack file given.' });
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      throw new CliError({
        vi: `Không đọc được tệp "${file}".`,
        en: `Cannot read "${file}".`,
      });
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError({
        vi: `"${file}" không phải JSON hợp lệ: ${reason}`,
        en: `"${file}" is not valid JSON: ${reason}`,
      });
    }
    const parsed = parsePack(raw);
    if (!parsed.ok) {
      const positions = jsonPositions(text);
      const lines = parsed.problems.map((p) => {
        const pos = positionOf(positions, p.pointer);
        const where = `${file}:${pos ? `${pos.line}:${pos.column}` : '1:1'} ${p.pointer || '/'}`;
        return { vi: `${where} — ${p.message.vi}`, en: `${where} — ${p.message.en}` };
      });
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
  out.write(HELP[lang] + '\n');
  return sub === undefined || sub === '--help' || sub === 'help' ? 0 : 2;
}
