/**
 * The `dondoc` command. Every path ends in an exit code and a message in Vietnamese and English;
 * unexpected errors are reported as such, never as a raw stack trace.
 */
import { listBundledPacks } from '@dondoc/rulepacks';
import { runCheck } from './commands/check.js';
import { runExtract } from './commands/extract.js';
import { runPack } from './commands/pack.js';
import { runTemplate } from './commands/template.js';
import { CliError, formatError, type Lang } from './messages.js';

const HELP = {
  vi: `dondoc — đôn đốc thực hiện văn bản chỉ đạo trên sổ theo dõi Excel

Lệnh:
  dondoc check <tệp.xlsx|thư mục|mẫu>... [--pack <mã|tệp>] [--as-of YYYY-MM-DD]
               [--format text|json|html|xlsx|csv|sarif|junit|ics|reminders] [--out tệp|thư mục]
  dondoc packs                 liệt kê các bộ quy tắc đi kèm
  dondoc remind <tệp.xlsx>... --out <thư mục>   viết thư đôn đốc (.docx, .md) cho từng cơ quan
  dondoc pack validate <tệp>   kiểm tra bộ quy tắc (đường dẫn JSON, dòng, cột)
  dondoc pack schema           JSON Schema của bộ quy tắc
  dondoc pack docs <mã|tệp>    danh mục việc phải làm theo từng cơ quan (--format md|html)
  dondoc pack test <thư mục>   chạy sổ mẫu với kết quả mong đợi (*.expected.json)
  dondoc template --pack <mã> --out <tệp.xlsx>  tạo sổ theo dõi theo bộ quy tắc
  dondoc extract <văn-bản>     soạn bản nháp bộ quy tắc từ văn bản chỉ đạo (.txt, .md, .docx)
  dondoc help                  hướng dẫn này (--lang en: tiếng Anh)

Xem "dondoc check --help" để biết chi tiết.`,
  en: `dondoc — follow up on directive duties in Excel tracking workbooks

Commands:
  dondoc check <file.xlsx|folder|pattern>... [--pack <id|file>] [--as-of YYYY-MM-DD]
               [--format text|json|html|xlsx|csv|sarif|junit|ics|reminders] [--out file|folder]
  dondoc packs                 list the bundled rule packs
  dondoc remind <file.xlsx>... --out <folder>   write follow-up letters (.docx, .md) per agency
  dondoc pack validate <file>  check a pack (JSON path, line, column)
  dondoc pack schema           the packs' JSON Schema
  dondoc pack docs <id|file>   a checklist of duties by agency (--format md|html)
  dondoc pack test <folder>    run fixture workbooks against expected findings (*.expected.json)
  dondoc template --pack <id> --out <file.xlsx>  make a tracking workbook from a pack
  dondoc extract <directive>   draft a rule pack from a directive's text (.txt, .md, .docx)
  dondoc help                  this help (--lang vi: Vietnamese)

See "dondoc check --help" for details.`,
};

function languageOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const value = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

function runPacks(lang: Lang, out: NodeJS.WritableStream): number {
  const packs = listBundledPacks();
  const width = Math.max(...packs.map((p) => p.id.length));
  out.write((lang === 'vi' ? 'Các bộ quy tắc đi kèm:' : 'Bundled rule packs:') + '\n');
  for (const p of packs) out.write(`  ${p.id.padEnd(width)}  ${p.version.padEnd(8)} ${p.title}\n`);
  return 0;
}

export async function main(
  argv: readonly string[],
  io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream } = {
    out: process.stdout,
    err: process.stderr,
  },
): Promise<number> {
  const lang = languageOf(argv);
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest, lang, io.out);
      case 'packs':
        return runPacks(lang, io.out);
      case 'remind':
        // "dondoc remind …" is "dondoc check … --format reminders"
        return await runCheck(
          [...rest, '--format', 'reminders', '--fail-on', 'never'],
          lang,
          io.out,
        );
      case 'pack':
        return await runPack(rest, lang, io.out);
      case 'template':
        return await runTemplate(rest, lang, io.out);
      case 'extract':
        return await runExtract(rest, lang, io.out, io.err);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out.write(HELP[lang] + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new CliError({
          vi: `Không có lệnh "${command}". Gõ "dondoc help" để xem các lệnh.`,
          en: `Unknown command "${command}". Run "dondoc help" to see the commands.`,
        });
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err.write(formatError(error));
      return error.exitCode;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.err.write(
      formatError(
        new CliError({
          vi: `Lỗi không lường trước (xin báo lại cho nhóm phát triển): ${reason}`,
          en: `Unexpected error (please report it): ${reason}`,
        }),
      ),
    );
    return 2;
  }
}
