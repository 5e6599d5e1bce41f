/**
 * `dondoc extract <file.txt|.md|.docx>`: a draft rule pack from a directive's text, every item with
 * its quote, span and confidence. `--review` prints each quote beside what was drawn from it;
 * `--format items` prints the flat item list (the form precision and recall are measured on).
 */
import path from 'node:path';
import { parsePack } from '@dondoc/core';
import {
  DirectiveReadError,
  extractDirective,
  formatReview,
  readDirectiveFile,
} from '@dondoc/extract';
import { assertNotAnInput, writeFileAtomic } from '../io.js';
import { CliError } from '../messages.js';
import type { CliContext } from '../program.js';

export async function runExtract(
  positionals: readonly string[],
  values: { out?: string; format?: string; review?: boolean },
  ctx: CliContext,
): Promise<number> {
  const { lang, out, err } = ctx;
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
  if (values.out) {
    await writeFileAtomic(values.out, output);
    ctx.wrote(values.out);
  } else out.write(output);
  if (result.cut.length > 0 && format === 'pack' && !values.review) {
    const shown = result.cut.slice(0, 5);
    const more = result.cut.length - shown.length;
    const vi = shown
      .map(
        (c) =>
          `${c.pointer} (${c.length.toLocaleString('vi-VN')} → ${c.max.toLocaleString('vi-VN')}${c.kind === 'text' ? ' ký tự' : ''})`,
      )
      .join(', ');
    const en = shown
      .map(
        (c) =>
          `${c.pointer} (${c.length.toLocaleString('en-US')} → ${c.max.toLocaleString('en-US')}${c.kind === 'text' ? ' characters' : ''})`,
      )
      .join(', ');
    err.write(
      `Bản nháp đã được cắt bớt cho vừa giới hạn của bộ quy tắc: ${vi}${more > 0 ? ` và ${more} chỗ khác` : ''}. / The draft was cut to fit a pack's limits: ${en}${more > 0 ? ` and ${more} more` : ''}.\n`,
    );
  }
  if (result.items.length === 0) {
    err.write(
      'Không tìm thấy thời hạn, báo cáo hay chỉ tiêu nào. / No deadline, report or indicator found.\n',
    );
  }
  return 0;
}
