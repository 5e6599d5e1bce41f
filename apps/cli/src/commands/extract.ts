/**
 * `dondoc extract <file.txt|.md|.docx>`: a draft rule pack from a directive's text, every item with
 * its quote, span and confidence. `--review` prints each quote beside what was drawn from it;
 * `--format items` prints the flat item list (the form precision and recall are measured on).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePack } from '@dondoc/core';
import {
  DirectiveReadError,
  extractDirective,
  formatReview,
  readDirectiveFile,
} from '@dondoc/extract';
import { assertNotAnInput, writeFileAtomic } from '../io.js';
import { CliError, type Lang } from '../messages.js';

export const EXTRACT_HELP = {
  vi: `Cách dùng: dondoc extract <văn-bản.txt|.md|.docx> [tùy chọn]

Soạn bản nháp bộ quy tắc từ văn bản chỉ đạo: thời hạn, chế độ báo cáo, chỉ tiêu; mỗi mục kèm trích
dẫn nguyên văn, vị trí ký tự và độ tin cậy.

Tùy chọn:
  --out <tệp.json>          ghi kết quả vào tệp
  --format <pack|items>     pack: bộ quy tắc nháp (mặc định); items: danh sách phẳng các mục (JSON)
  --review                  in từng trích dẫn bên cạnh những gì rút ra từ nó, để người kiểm tra
  --lang <vi|en>            ngôn ngữ của --review (mặc định: vi)`,
  en: `Usage: dondoc extract <directive.txt|.md|.docx> [options]

Drafts a rule pack from a directive's text: deadlines, report obligations, indicators; every item
with its exact quote, character span and confidence.

Options:
  --out <file.json>         write the result to a file
  --format <pack|items>     pack: the draft pack (default); items: the flat item list (JSON)
  --review                  print each quote beside what was drawn from it, for a person to check
  --lang <vi|en>            language of --review (default: vi)`,
};

export async function runExtract(
  argv: readonly string[],
  lang: Lang,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        review: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `Tham số không hợp lệ: ${reason}`,
      en: `Invalid arguments: ${reason}`,
    });
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(EXTRACT_HELP[lang] + '\n');
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) {
    throw new CliError({
      vi: 'Cần đúng một văn bản (.txt, .md hoặc .docx) (xem "dondoc extract --help").',
      en: 'Give exactly one directive file (.txt, .md or .docx) (see "dondoc extract --help").',
    });
  }
  const format = values.format ?? 'pack';
  if (format !== 'pack' && format !== 'items') {
    throw new CliError({
      vi: `--format phải là pack hoặc items, không phải "${format}".`,
      en: `--format must be pack or items, not "${format}".`,
    });
  }
  if (values.out) await assertNotAnInput(values.out, [file]);

  let text: string;
  try {
    text = await readDirectiveFile(file);
  } catch (error) {
    if (error instanceof DirectiveReadError) {
      throw new CliError({ vi: error.messageVi, en: error.messageEn });
    }
    throw error;
  }
  const result = extractDirective(text, { fileName: path.basename(file) });

  let output: string;
  if (values.review) {
    output = formatReview(result, lang);
  } else if (format === 'items') {
    output = JSON.stringify(result.items, null, 2) + '\n';
  } else {
    // The draft must load as a pack; if it does not, that is a bug worth saying plainly.
    const check = parsePack(result.pack);
    if (!check.ok) {
      throw new CliError(
        {
          vi: 'Bản nháp bộ quy tắc không hợp lệ (lỗi của dondoc, xin báo lại).',
          en: 'The drafted pack is invalid (a dondoc bug, please report it).',
        },
        2,
        check.problems.slice(0, 10).map((p) => ({
          vi: `${p.pointer}: ${p.message.vi}`,
          en: `${p.pointer}: ${p.message.en}`,
        })),
      );
    }
    output = JSON.stringify(result.pack, null, 2) + '\n';
  }
  if (values.out) await writeFileAtomic(values.out, output);
  else out.write(output);
  if (result.items.length === 0) {
    err.write(
      'Không tìm thấy thời hạn, báo cáo hay chỉ tiêu nào. / No deadline, report or indicator found.\n',
    );
  }
  return 0;
}
