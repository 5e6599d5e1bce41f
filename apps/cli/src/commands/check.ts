import path from 'node:path';
import { parseArgs } from 'node:util';
import { createChecker, foldText, parseIsoDate, type Severity } from '@dondoc/core';
import { checkFiles, terminalProgress } from '../batch.js';
import { workbookLabel } from '../read.js';
import {
  EXTENSIONS,
  FORMAT_NAMES,
  FORMATTERS,
  type CheckRun,
  type FormatName,
  type TextFormatName,
} from '../formatters/index.js';
import { fileSource, writeReportWorkbook } from '@dondoc/xlsx';
import {
  collectReminders,
  renderReminderDocx,
  renderRemindersMarkdown,
  type ReminderOptions,
} from '@dondoc/report';
import { expandInputs } from '../inputs.js';
import { assertNotAnInput, todayIn, writeChunksAtomic, writeFileAtomic } from '../io.js';
import { jsonChunks } from '../formatters/json.js';
import { CliError, type Lang } from '../messages.js';
import { loadPack } from '../packs.js';

export const CHECK_HELP = {
  vi: `Cách dùng: dondoc check <tệp.xlsx | thư mục | mẫu*.xlsx>... [tùy chọn]

Kiểm tra một hoặc nhiều sổ theo dõi Excel theo một bộ quy tắc.

Tùy chọn:
  --pack <mã|tệp.json>      bộ quy tắc (mặc định: generic; xem "dondoc packs")
  --as-of <YYYY-MM-DD>      ngày kiểm tra (mặc định: hôm nay, giờ Việt Nam)
  --format <định dạng>      text, json, html, xlsx, csv, sarif, junit, ics, reminders (thư đôn
                            đốc .docx); nhiều định dạng cách nhau bằng dấu phẩy
                            (mặc định: text)
  --out <tệp|thư mục>       ghi kết quả vào tệp (hoặc thư mục khi có nhiều định dạng)
  --lang <vi|en>            ngôn ngữ (mặc định: vi)
  --fail-on <error|warning|never>
                            trả mã thoát 1 khi có phát hiện từ mức này trở lên (mặc định: error)
  --workers <n>             số luồng kiểm tra song song (mặc định: theo số lõi CPU; 0: không dùng)
  --issuer, --office, --place, --signer, --number
                            cơ quan ban hành, đơn vị, địa danh, người ký, số hiệu trên thư đôn đốc
                            (--format reminders; bỏ trống thì để dòng chấm để điền)

Mã thoát: 0 không có phát hiện ở mức --fail-on, 1 có, 2 lỗi cách dùng hoặc không đọc được tệp.`,
  en: `Usage: dondoc check <file.xlsx | folder | pattern*.xlsx>... [options]

Checks one or more Excel tracking workbooks against a rule pack.

Options:
  --pack <id|file.json>     rule pack (default: generic; see "dondoc packs")
  --as-of <YYYY-MM-DD>      as-of date (default: today in Asia/Ho_Chi_Minh)
  --format <formats>        text, json, html, xlsx, csv, sarif, junit, ics, reminders (follow-up
                            letters .docx); several separated by commas
                            (default: text)
  --out <file|folder>       write to a file (or a folder when there are several formats)
  --lang <vi|en>            language (default: vi)
  --fail-on <error|warning|never>
                            exit 1 when a finding at or above this level exists (default: error)
  --workers <n>             worker threads (default: one per CPU core; 0: none)
  --issuer, --office, --place, --signer, --number
                            issuing body, office, place, signer and number on follow-up letters
                            (--format reminders; dotted blanks to fill in when left out)

Exit codes: 0 nothing at --fail-on, 1 something, 2 usage error or unreadable input.`,
};

const FAIL_LEVELS: Record<string, readonly Severity[]> = {
  error: ['error'],
  warning: ['error', 'warning'],
  never: [],
};

function usage(vi: string, en: string): CliError {
  return new CliError({
    vi: `${vi} (xem "dondoc check --help")`,
    en: `${en} (see "dondoc check --help")`,
  });
}

/** One .docx letter per agency and all of them in one .md, in the folder `dir`. */
async function writeReminders(dir: string, run: CheckRun, options: ReminderOptions): Promise<void> {
  const { letters } = collectReminders(run);
  const used = new Set<string>();
  for (const letter of letters) {
    let name = `don-doc-${slug(letter.agency)}`;
    for (let i = 2; used.has(name); i++) name = `don-doc-${slug(letter.agency)}-${i}`;
    used.add(name);
    await writeFileAtomic(
      path.join(dir, `${name}.docx`),
      await renderReminderDocx(run, letter, options),
    );
  }
  await writeFileAtomic(path.join(dir, 'don-doc.md'), renderRemindersMarkdown(run, options));
}

/** A file-name-safe form of an agency name: "Ban Tuyên giáo Huyện ủy" → "ban-tuyen-giao-huyen-uy". */
function slug(text: string): string {
  return (
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'co-quan'
  );
}

export async function runCheck(
  argv: readonly string[],
  lang: Lang,
  out: NodeJS.WritableStream,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        pack: { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        'fail-on': { type: 'string' },
        issuer: { type: 'string' },
        office: { type: 'string' },
        place: { type: 'string' },
        signer: { type: 'string' },
        number: { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw usage(`Tham số không hợp lệ: ${reason}`, `Invalid arguments: ${reason}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(CHECK_HELP[lang] + '\n');
    return 0;
  }
  if (positionals.length === 0)
    throw usage('Chưa chỉ ra sổ theo dõi cần kiểm tra.', 'No workbook given.');
  const formats = [...new Set((values.format ?? 'text').split(',').map((f) => f.trim()))];
  for (const f of formats) {
    if (!FORMAT_NAMES.includes(f as FormatName)) {
      throw usage(
        `Định dạng "${f}" không có; chọn một trong: ${FORMAT_NAMES.join(', ')}.`,
        `Unknown format "${f}"; choose one of: ${FORMAT_NAMES.join(', ')}.`,
      );
    }
  }
  if (formats.includes('reminders') && !values.out) {
    throw usage(
      'Thư đôn đốc cần --out là thư mục để ghi các tệp .docx và .md.',
      'Follow-up letters need --out to name a folder for the .docx and .md files.',
    );
  }
  if (formats.includes('xlsx') && !values.out) {
    throw usage(
      'Định dạng xlsx cần --out (tệp .xlsx, hoặc thư mục khi có nhiều định dạng).',
      'The xlsx format needs --out (an .xlsx file, or a folder when there are several formats).',
    );
  }
  if (formats.length > 1 && !values.out) {
    throw usage(
      'Nhiều định dạng cần --out là một thư mục để ghi các tệp kết quả.',
      'Several formats need --out to name a folder for the output files.',
    );
  }
  const failOn = values['fail-on'] ?? 'error';
  const failLevels = FAIL_LEVELS[failOn];
  if (!failLevels) {
    throw usage(
      `--fail-on phải là error, warning hoặc never.`,
      `--fail-on must be error, warning or never.`,
    );
  }
  const pack = loadPack(values.pack ?? 'generic');
  const asOfText = values['as-of'] ?? todayIn(pack.settings?.timeZone ?? 'Asia/Ho_Chi_Minh');
  const asOf = parseIsoDate(asOfText);
  if (!asOf) {
    throw usage(
      `Ngày kiểm tra "${asOfText}" không hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ 2024-07-01.`,
      `Invalid as-of date "${asOfText}"; write it as YYYY-MM-DD, e.g. 2024-07-01.`,
    );
  }
  const { files, empty } = await expandInputs(positionals);
  if (files.length === 0) {
    throw usage(
      `Không tìm thấy sổ theo dõi .xlsx nào trong: ${empty.join(', ')}.`,
      `No .xlsx workbook found in: ${empty.join(', ')}.`,
    );
  }
  if (values.out) await assertNotAnInput(values.out, files);

  const checker = createChecker({ pack, asOf });
  const progress = terminalProgress(process.stderr);
  const workbooks = await checkFiles(checker, files, {
    ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}),
    ...(progress ? { progress } : {}),
  });
  const run: CheckRun = { report: checker.report(workbooks), workbooks };
  const color =
    !values.out &&
    formats[0] === 'text' &&
    'isTTY' in out &&
    out.isTTY === true &&
    !process.env.NO_COLOR;
  for (const format of formats as FormatName[]) {
    const target =
      values.out === undefined
        ? undefined
        : formats.length > 1
          ? path.join(values.out, `dondoc-ket-qua${EXTENSIONS[format]}`)
          : values.out;
    if (format === 'reminders') {
      await writeReminders(values.out!, run, {
        ...(values.issuer !== undefined ? { issuer: values.issuer } : {}),
        ...(values.office !== undefined ? { office: values.office } : {}),
        ...(values.place !== undefined ? { place: values.place } : {}),
        ...(values.signer !== undefined ? { signer: values.signer.replace(/\\n/g, '\n') } : {}),
        ...(values.number !== undefined ? { number: values.number } : {}),
      });
    } else if (format === 'xlsx') {
      const bytes = await writeReportWorkbook(run, {
        lang,
        sources: files.map((file) => fileSource(workbookLabel(file), file)),
      });
      await writeFileAtomic(target!, bytes);
    } else if (target !== undefined && format === 'json') {
      // Piece by piece: a large audit's JSON never sits in memory whole.
      await writeChunksAtomic(target, jsonChunks(run));
    } else {
      const text = FORMATTERS[format as TextFormatName](run, { lang, color });
      if (target !== undefined) await writeFileAtomic(target, text);
      else out.write(text);
    }
  }

  if (workbooks.every((w) => w.status !== 'checked')) {
    // Nothing could be checked: that is an input problem, not a clean result.
    const reasons = workbooks
      .map((w) => w.notEvaluated[0]?.reason ?? w.error)
      .filter((m) => m !== undefined);
    throw new CliError(
      workbooks.length === 1
        ? (reasons[0] ?? { vi: 'Không kiểm tra được tệp nào.', en: 'Nothing could be checked.' })
        : { vi: 'Không kiểm tra được tệp nào.', en: 'None of the workbooks could be checked.' },
      2,
      workbooks.length === 1 ? [] : reasons,
    );
  }
  return run.report.findings.some((f) => failLevels.includes(f.severity)) ? 1 : 0;
}
