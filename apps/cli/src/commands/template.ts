/** `dondoc template --pack <id|file> --out tracking.xlsx`: a tracking workbook made from a pack. */
import { parseArgs } from 'node:util';
import { writeTemplateWorkbook } from '@dondoc/xlsx';
import { writeFileAtomic } from '../io.js';
import { CliError, type Lang } from '../messages.js';
import { loadPack } from '../packs.js';

export async function runTemplate(
  argv: readonly string[],
  lang: Lang,
  out: NodeJS.WritableStream,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        pack: { type: 'string' },
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
      },
    }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `Tham số không hợp lệ: ${reason}`,
      en: `Invalid arguments: ${reason}`,
    });
  }
  if (!values.out) {
    throw new CliError({
      vi: 'Cần --out <tệp.xlsx> (ví dụ: dondoc template --pack quan-triet-ct32-ctr48 --out theo-doi.xlsx).',
      en: 'Give --out <file.xlsx> (e.g. dondoc template --pack quan-triet-ct32-ctr48 --out tracking.xlsx).',
    });
  }
  const pack = loadPack(values.pack ?? 'generic');
  await writeFileAtomic(values.out, await writeTemplateWorkbook(pack));
  out.write(
    lang === 'vi'
      ? `Đã tạo sổ theo dõi "${values.out}" theo bộ quy tắc ${pack.id}.\n`
      : `Wrote the tracking workbook "${values.out}" for the pack ${pack.id}.\n`,
  );
  return 0;
}
