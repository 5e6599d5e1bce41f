/** `dondoc template --pack <id|file> --out tracking.xlsx`: a tracking workbook made from a pack. */
import { writeTemplateWorkbook } from '@dondoc/xlsx';
import { writeFileAtomic } from '../io.js';
import { CliError } from '../messages.js';
import type { CliContext } from '../program.js';
import { displayPath } from '../terminal.js';
import { loadPack } from '../packs.js';

export async function runTemplate(
  values: { pack?: string; out?: string },
  ctx: CliContext,
): Promise<number> {
  const { lang, out } = ctx;
  if (!values.out) {
    throw new CliError({
      vi: 'Cần --out <tệp.xlsx> (ví dụ: dondoc template --pack quan-triet-ct32-ctr48 --out theo-doi.xlsx).',
      en: 'Give --out <file.xlsx> (e.g. dondoc template --pack quan-triet-ct32-ctr48 --out tracking.xlsx).',
    });
  }
  const pack = loadPack(values.pack ?? 'generic');
  await writeFileAtomic(values.out, await writeTemplateWorkbook(pack));
  ctx.wrote(values.out);
  out.write(
    lang === 'vi'
      ? `Sổ theo dõi theo bộ quy tắc ${pack.id}: điền tình trạng, ngày hoàn thành rồi chạy "dondoc check ${displayPath(values.out)} --pack ${pack.id}".\n`
      : `A tracking workbook for the pack ${pack.id}: fill in the status and completion dates, then run "dondoc check ${displayPath(values.out)} --pack ${pack.id}".\n`,
  );
  return 0;
}
