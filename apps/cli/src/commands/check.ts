import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createChecker, foldText, parseDateArgument, type Severity } from '@dondoc/core';
import { checkFiles, terminalProgress } from '../batch.js';
import { workbookLabel } from '../read.js';
import { textFormatter, type CheckRun } from '../formatters/index.js';
import {
  FORMAT_IDS,
  FORMATS,
  isFormatId,
  collectReminders,
  planOfPack,
  renderReminderDocx,
  renderReminderMessages,
  renderRemindersMarkdown,
  type ReminderEscalation,
  type ReminderOptions,
} from '@dondoc/report';
import { configFor, issuerOptions, withOfficeSettings, type LoadedConfig } from '../config.js';
import { expandInputs, inputFolder } from '../inputs.js';
import { convertToPdf, findSoffice, NO_CONVERTER } from '../pdf-letters.js';
import { systemErrorReason } from '../system-errors.js';
import { assertNotAnInput, todayIn, writeChunksAtomic, writeFileAtomic } from '../io.js';
import { jsonChunks } from '../formatters/json.js';
import { CliError } from '../messages.js';
import { t, usage as usageError, type CliContext } from '../program.js';
import { displayPath, escapeControls, terminalSafe } from '../terminal.js';
import { loadPack } from '../packs.js';
import { suggest } from '../suggest.js';

const FAIL_LEVELS: Record<string, readonly Severity[]> = {
  error: ['error'],
  warning: ['error', 'warning'],
  never: [],
};

function usage(vi: string, en: string): CliError {
  return usageError('check', { vi, en });
}

/** The office's Word template for the letters, read once. */
interface LetterTemplate {
  readonly file: string;
  readonly bytes: Uint8Array;
}

async function readTemplate(file: string): Promise<LetterTemplate> {
  try {
    return { file, bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    const reason = systemErrorReason(error);
    throw new CliError({
      vi: `Không đọc được mẫu thư "${displayPath(file)}": ${reason.vi}`,
      en: `Cannot read the letter template "${displayPath(file)}": ${reason.en}`,
    });
  }
}

/** One letter's .docx: the office's template filled, or the built-in layout. */
async function letterDocx(
  run: CheckRun,
  letter: ReturnType<typeof collectReminders>['letters'][number],
  options: ReminderOptions,
  template: LetterTemplate | undefined,
): Promise<Uint8Array> {
  if (!template) return renderReminderDocx(run, letter, options);
  // The template filler (docxtemplater) is loaded only for an office's own template.
  const { LetterTemplateError, renderReminderFromTemplate } =
    await import('@dondoc/report/letter-template');
  try {
    return renderReminderFromTemplate(template.bytes, run, letter, options);
  } catch (error) {
    if (!(error instanceof LetterTemplateError)) throw error;
    const name = displayPath(template.file);
    throw new CliError({
      vi: `Mẫu thư "${name}": ${error.messages.vi}`,
      en: `Letter template "${name}": ${error.messages.en}`,
    });
  }
}

/**
 * One .docx letter per agency (and its PDF with `pdf`), one plain-text message per agency and all
 * of them in one .md, in the folder `dir`.
 */
async function writeReminders(
  dir: string,
  run: CheckRun,
  options: ReminderOptions,
  ctx: CliContext,
  extra: {
    readonly escalation?: ReminderEscalation | undefined;
    readonly template?: LetterTemplate | undefined;
    readonly pdf?: boolean | undefined;
  },
): Promise<void> {
  const { escalation, template } = extra;
  const { letters } = collectReminders(run, escalation);
  const used = new Set<string>();
  const written: string[] = [];
  for (const letter of letters) {
    let name = `don-doc-${slug(letter.agency)}`;
    for (let i = 2; used.has(name); i++) name = `don-doc-${slug(letter.agency)}-${i}`;
    used.add(name);
    const file = path.join(dir, `${name}.docx`);
    await writeFileAtomic(file, await letterDocx(run, letter, options, template));
    ctx.wrote(file);
    written.push(file);
  }
  if (extra.pdf) {
    const soffice = findSoffice();
    if (soffice === undefined) ctx.err.write(`${t(ctx, NO_CONVERTER)}\n`);
    else for (const pdf of await convertToPdf(soffice, written)) ctx.wrote(pdf);
  }
  // One plain-text message per agency, to paste into Zalo or an e-mail.
  for (const message of renderReminderMessages(run, options, escalation)) {
    const file = path.join(dir, `tin-nhan-${slug(message.agency)}.txt`);
    await writeFileAtomic(file, message.text);
    ctx.wrote(file);
  }
  const markdown = path.join(dir, 'don-doc.md');
  await writeFileAtomic(markdown, renderRemindersMarkdown(run, options, escalation));
  ctx.wrote(markdown);
}

/** A file-name-safe form of an agency name: "Ban Tuyên giáo Huyện ủy" → "ban-tuyen-giao-huyen-uy". */
function slug(text: string): string {
  const words = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // At most 60 characters, cut between words.
  const cut = words.length <= 60 ? words : words.slice(0, 61).replace(/-[^-]*$/, '');
  return cut || 'co-quan';
}

/** What `dondoc check` and `dondoc remind` are given, after parsing. */
export interface CheckOptions {
  readonly pack?: string;
  readonly asOf?: string;
  readonly format?: string;
  readonly out?: string;
  readonly failOn?: string;
  readonly workers?: string;
  readonly issuer?: string;
  readonly office?: string;
  readonly place?: string;
  readonly signer?: string;
  readonly number?: string;
  /** The history file to record the check in (see @dondoc/history); false: none (`--no-history`). */
  readonly history?: string | false;
  /** The letters' date (ISO), recorded with their number. */
  readonly letterDate?: string;
  /** Items still open after this many letters go to the leadership's summary. */
  readonly escalateAfter?: string;
  readonly superior?: string;
  readonly issuerKind?: string;
  /** Say how each table was read (kind, score, columns, rows skipped, bindings). */
  readonly explain?: boolean;
  /** The config file to use (`--config`), or false for none (`--no-config`). */
  readonly config?: string | false;
  /** The office's Word template for the letters. */
  readonly template?: string;
  /** Convert the letters to PDF with LibreOffice. */
  readonly pdf?: boolean;
}

/** The options of a run: the flags, then the config file's values where no flag gives one. */
interface Effective {
  readonly formats: readonly string[];
  /** `--out`: a file for one format, a folder for several. */
  readonly out?: string;
  /** The config's output folder, used when no --out is given: every file format goes there. */
  readonly outDir?: string;
  readonly packRef: string;
  readonly packBase: string;
  readonly asOf?: string;
  readonly history?: string;
  readonly template?: string;
  readonly letters: ReminderOptions;
}

function effectiveOptions(values: CheckOptions, loaded: LoadedConfig | undefined): Effective {
  const config = loaded?.config;
  const fromConfig = (p: string | undefined) =>
    p === undefined || loaded === undefined ? undefined : loaded.resolve(p);
  const formatText = values.format ?? config?.formats?.join(',') ?? 'text';
  const outDir = values.out === undefined ? fromConfig(config?.out) : undefined;
  const history =
    values.history === false ? undefined : (values.history ?? fromConfig(config?.history));
  const template = values.template ?? fromConfig(config?.template);
  const asOf = values.asOf ?? (config?.asOf === 'today' ? undefined : config?.asOf);
  const flags: ReminderOptions = {
    ...(values.issuer !== undefined ? { issuer: values.issuer } : {}),
    ...(values.office !== undefined ? { office: values.office } : {}),
    ...(values.place !== undefined ? { place: values.place } : {}),
    ...(values.signer !== undefined ? { signer: values.signer.replace(/\\n/g, '\n') } : {}),
    ...(values.number !== undefined ? { number: values.number } : {}),
    ...(values.superior !== undefined ? { superior: values.superior } : {}),
    ...(values.issuerKind === 'state' || values.issuerKind === 'party'
      ? { issuerKind: values.issuerKind }
      : {}),
  };
  return {
    formats: [...new Set(formatText.split(',').map((f) => f.trim()))],
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(outDir !== undefined ? { outDir } : {}),
    packRef: values.pack ?? config?.pack ?? 'generic',
    // A pack file named by the config is found beside the config.
    packBase:
      values.pack === undefined && config?.pack !== undefined && loaded !== undefined
        ? path.dirname(path.resolve(loaded.file))
        : process.cwd(),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(history !== undefined ? { history } : {}),
    ...(template !== undefined ? { template } : {}),
    letters: { ...(config ? issuerOptions(config) : {}), ...flags },
  };
}

export async function runCheck(
  positionals: readonly string[],
  values: CheckOptions,
  ctx: CliContext,
): Promise<number> {
  const { lang, out } = ctx;
  if (positionals.length === 0)
    throw usage('Chưa chỉ ra sổ theo dõi cần kiểm tra.', 'No workbook given.');
  const loaded = configFor(await inputFolder(positionals[0]!), values.config);
  if (loaded) {
    ctx.err.write(
      t(ctx, {
        vi: `Theo tệp cấu hình ${displayPath(loaded.file)}`,
        en: `Using the config file ${displayPath(loaded.file)}`,
      }) + '\n',
    );
  }
  const options = effectiveOptions(values, loaded);
  const { formats } = options;
  /** Where the files go: --out, else the config's folder. */
  const outTarget = options.out ?? options.outDir;
  for (const f of formats) {
    if (!isFormatId(f)) {
      const near = suggest(f, FORMAT_IDS);
      const hint =
        near.length > 0
          ? { vi: ` Có phải ý bạn là ${near.join(', ')}?`, en: ` Did you mean ${near.join(', ')}?` }
          : { vi: '', en: '' };
      throw usage(
        `Định dạng "${escapeControls(f)}" không có.${hint.vi} Chọn một trong: ${FORMAT_IDS.join(', ')}.`,
        `Unknown format "${escapeControls(f)}".${hint.en} Choose one of: ${FORMAT_IDS.join(', ')}.`,
      );
    }
  }
  if (formats.includes('reminders') && !outTarget) {
    throw usage(
      'Thư đôn đốc cần --out là thư mục để ghi các tệp .docx và .md.',
      'Follow-up letters need --out to name a folder for the .docx and .md files.',
    );
  }
  if ((values.pdf === true || values.template !== undefined) && !formats.includes('reminders')) {
    throw usage(
      '--pdf và --template dùng cho thư đôn đốc: "dondoc remind" hoặc --format reminders.',
      '--pdf and --template are for the letters: "dondoc remind" or --format reminders.',
    );
  }
  if (formats.includes('xlsx') && !outTarget) {
    throw usage(
      'Định dạng xlsx cần --out (tệp .xlsx, hoặc thư mục khi có nhiều định dạng).',
      'The xlsx format needs --out (an .xlsx file, or a folder when there are several formats).',
    );
  }
  if (formats.length > 1 && !outTarget) {
    throw usage(
      'Nhiều định dạng cần --out là một thư mục để ghi các tệp kết quả.',
      'Several formats need --out to name a folder for the output files.',
    );
  }
  if (
    values.issuerKind !== undefined &&
    values.issuerKind !== 'state' &&
    values.issuerKind !== 'party'
  ) {
    throw usage(
      '--issuer-kind phải là state (Nghị định 30/2020) hoặc party (Hướng dẫn 36-HD/VPTW).',
      '--issuer-kind must be state (Decree 30/2020) or party (Hướng dẫn 36-HD/VPTW).',
    );
  }
  const failOn = values.failOn ?? 'error';
  const failLevels = FAIL_LEVELS[failOn];
  if (!failLevels) {
    throw usage(
      `--fail-on phải là error, warning hoặc never.`,
      `--fail-on must be error, warning or never.`,
    );
  }
  const pack = withOfficeSettings(loadPack(options.packRef, options.packBase), loaded?.config);
  const asOfText = options.asOf ?? todayIn(pack.settings?.timeZone ?? 'Asia/Ho_Chi_Minh');
  const asOf = parseDateArgument(asOfText);
  if (!asOf) {
    throw usage(
      `Ngày kiểm tra "${escapeControls(asOfText)}" không hợp lệ; viết theo dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 01/07/2024 hoặc 2024-07-01.`,
      `Invalid as-of date "${escapeControls(asOfText)}"; write it as dd/mm/yyyy or YYYY-MM-DD, e.g. 01/07/2024 or 2024-07-01.`,
    );
  }
  const template =
    options.template !== undefined ? await readTemplate(options.template) : undefined;
  const { files, empty, skipped } = await expandInputs(positionals);
  for (const s of skipped) {
    ctx.err.write(
      `Bỏ qua "${displayPath(s.path)}": ${s.reason.vi}. / Skipped "${displayPath(s.path)}": ${s.reason.en}.\n`,
    );
  }
  if (files.length === 0) {
    throw usage(
      `Không tìm thấy sổ theo dõi .xlsx nào trong: ${empty.join(', ')}.`,
      `No .xlsx workbook found in: ${empty.join(', ')}.`,
    );
  }
  const ids = formats.filter(isFormatId);
  const targets = ids.map((format) =>
    format === 'reminders'
      ? undefined
      : options.out !== undefined
        ? formats.length > 1
          ? path.join(options.out, `dondoc-ket-qua${FORMATS[format].extension}`)
          : options.out
        : options.outDir !== undefined && format !== 'text'
          ? path.join(options.outDir, `dondoc-ket-qua${FORMATS[format].extension}`)
          : undefined,
  );
  if (outTarget) {
    await assertNotAnInput(
      [outTarget, ...targets.filter((t): t is string => t !== undefined)],
      files,
    );
  }

  const checker = createChecker({ pack, asOf, explain: values.explain === true });
  const progress = terminalProgress(process.stderr);
  const workbooks = await checkFiles(checker, files, {
    ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}),
    ...(progress ? { progress } : {}),
  });
  const checked: CheckRun = { report: checker.report(workbooks), workbooks };
  // The history store (SQLite) and the XLSX writer (exceljs) are loaded only when used.
  const history =
    options.history !== undefined
      ? await (
          await import('../history.js')
        ).withHistory(options.history, checked, pack, files, {
          reminders: formats.includes('reminders'),
          ...(values.number !== undefined ? { number: values.number } : {}),
          ...(values.letterDate !== undefined ? { letterDate: values.letterDate } : {}),
          ...(values.escalateAfter !== undefined ? { escalateAfter: values.escalateAfter } : {}),
        })
      : undefined;
  const run: CheckRun = history?.run ?? checked;
  const color =
    !options.out &&
    formats[0] === 'text' &&
    'isTTY' in out &&
    out.isTTY === true &&
    !process.env.NO_COLOR;
  for (const [i, format] of ids.entries()) {
    const target = targets[i];
    if (format === 'reminders') {
      const plan = planOfPack(pack);
      await writeReminders(
        outTarget!,
        run,
        { ...options.letters, ...(plan !== undefined ? { plan } : {}) },
        ctx,
        { escalation: history?.escalation, template, pdf: values.pdf === true },
      );
      if (history?.leadership !== undefined) {
        const summary = path.join(outTarget!, 'bao-cao-thuong-truc.md');
        await writeFileAtomic(summary, history.leadership);
        ctx.wrote(summary);
      }
      await history?.recordLetters();
    } else if (format === 'xlsx') {
      const { fileSource, writeReportWorkbook } = await import('@dondoc/xlsx');
      const bytes = await writeReportWorkbook(run, {
        lang,
        sources: files.map((file) => fileSource(workbookLabel(file), file)),
        ...(run.changes
          ? { extraSheets: [(await import('../history.js')).changeSheet(run.changes, lang)] }
          : {}),
      });
      await writeFileAtomic(target!, bytes);
      ctx.wrote(target!);
    } else if (target !== undefined && format === 'json') {
      // Piece by piece: a large audit's JSON never sits in memory whole.
      await writeChunksAtomic(target, jsonChunks(run));
      ctx.wrote(target);
    } else {
      const text = textFormatter(format)(run, { lang, color });
      if (target !== undefined) {
        await writeFileAtomic(target, text);
        ctx.wrote(target);
      } else {
        // Anything shown on a terminal cannot carry terminal controls (text escapes its own data).
        const shown = format !== 'text' && 'isTTY' in out && out.isTTY === true;
        out.write(shown ? terminalSafe(text) : text);
      }
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
