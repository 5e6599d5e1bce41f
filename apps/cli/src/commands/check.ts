import path from 'node:path';
import { createChecker, foldText, parseDateArgument, type Severity } from '@dondoc/core';
import { checkFiles, terminalProgress } from '../batch.js';
import { workbookLabel } from '../read.js';
import { textFormatter, type CheckRun } from '../formatters/index.js';
import { fileSource, writeReportWorkbook } from '@dondoc/xlsx';
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
import { changeSheet, withHistory } from '../history.js';
import { expandInputs } from '../inputs.js';
import { assertNotAnInput, todayIn, writeChunksAtomic, writeFileAtomic } from '../io.js';
import { jsonChunks } from '../formatters/json.js';
import { CliError } from '../messages.js';
import { usage as usageError, type CliContext } from '../program.js';
import { escapeControls, terminalSafe } from '../terminal.js';
import { loadPack } from '../packs.js';

const FAIL_LEVELS: Record<string, readonly Severity[]> = {
  error: ['error'],
  warning: ['error', 'warning'],
  never: [],
};

function usage(vi: string, en: string): CliError {
  return usageError('check', { vi, en });
}

/** One .docx letter per agency and all of them in one .md, in the folder `dir`. */
async function writeReminders(
  dir: string,
  run: CheckRun,
  options: ReminderOptions,
  ctx: CliContext,
  escalation?: ReminderEscalation,
): Promise<void> {
  const { letters } = collectReminders(run, escalation);
  const used = new Set<string>();
  for (const letter of letters) {
    let name = `don-doc-${slug(letter.agency)}`;
    for (let i = 2; used.has(name); i++) name = `don-doc-${slug(letter.agency)}-${i}`;
    used.add(name);
    const file = path.join(dir, `${name}.docx`);
    await writeFileAtomic(file, await renderReminderDocx(run, letter, options));
    ctx.wrote(file);
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
  /** The history file to record the check in (see @dondoc/history). */
  readonly history?: string;
  /** The letters' date (ISO), recorded with their number. */
  readonly letterDate?: string;
  /** Items still open after this many letters go to the leadership's summary. */
  readonly escalateAfter?: string;
  readonly superior?: string;
  readonly issuerKind?: string;
  /** Say how each table was read (kind, score, columns, rows skipped, bindings). */
  readonly explain?: boolean;
}

export async function runCheck(
  positionals: readonly string[],
  values: CheckOptions,
  ctx: CliContext,
): Promise<number> {
  const { lang, out } = ctx;
  if (positionals.length === 0)
    throw usage('Chưa chỉ ra sổ theo dõi cần kiểm tra.', 'No workbook given.');
  const formats = [...new Set((values.format ?? 'text').split(',').map((f) => f.trim()))];
  for (const f of formats) {
    if (!isFormatId(f)) {
      throw usage(
        `Định dạng "${f}" không có; chọn một trong: ${FORMAT_IDS.join(', ')}.`,
        `Unknown format "${f}"; choose one of: ${FORMAT_IDS.join(', ')}.`,
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
  const pack = loadPack(values.pack ?? 'generic');
  const asOfText = values.asOf ?? todayIn(pack.settings?.timeZone ?? 'Asia/Ho_Chi_Minh');
  const asOf = parseDateArgument(asOfText);
  if (!asOf) {
    throw usage(
      `Ngày kiểm tra "${escapeControls(asOfText)}" không hợp lệ; viết theo dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 01/07/2024 hoặc 2024-07-01.`,
      `Invalid as-of date "${escapeControls(asOfText)}"; write it as dd/mm/yyyy or YYYY-MM-DD, e.g. 01/07/2024 or 2024-07-01.`,
    );
  }
  const { files, empty } = await expandInputs(positionals);
  if (files.length === 0) {
    throw usage(
      `Không tìm thấy sổ theo dõi .xlsx nào trong: ${empty.join(', ')}.`,
      `No .xlsx workbook found in: ${empty.join(', ')}.`,
    );
  }
  const ids = formats.filter(isFormatId);
  const targets = ids.map((format) =>
    values.out === undefined || format === 'reminders'
      ? undefined
      : formats.length > 1
        ? path.join(values.out, `dondoc-ket-qua${FORMATS[format].extension}`)
        : values.out,
  );
  if (values.out) {
    await assertNotAnInput(
      [values.out, ...targets.filter((t): t is string => t !== undefined)],
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
  const history =
    values.history !== undefined
      ? await withHistory(values.history, checked, pack, files, {
          reminders: formats.includes('reminders'),
          ...(values.number !== undefined ? { number: values.number } : {}),
          ...(values.letterDate !== undefined ? { letterDate: values.letterDate } : {}),
          ...(values.escalateAfter !== undefined ? { escalateAfter: values.escalateAfter } : {}),
        })
      : undefined;
  const run: CheckRun = history?.run ?? checked;
  const color =
    !values.out &&
    formats[0] === 'text' &&
    'isTTY' in out &&
    out.isTTY === true &&
    !process.env.NO_COLOR;
  for (const [i, format] of ids.entries()) {
    const target = targets[i];
    if (format === 'reminders') {
      const plan = planOfPack(pack);
      await writeReminders(
        values.out!,
        run,
        {
          ...(values.issuer !== undefined ? { issuer: values.issuer } : {}),
          ...(values.office !== undefined ? { office: values.office } : {}),
          ...(values.place !== undefined ? { place: values.place } : {}),
          ...(values.signer !== undefined ? { signer: values.signer.replace(/\\n/g, '\n') } : {}),
          ...(values.number !== undefined ? { number: values.number } : {}),
          ...(values.superior !== undefined ? { superior: values.superior } : {}),
          ...(values.issuerKind === 'state' || values.issuerKind === 'party'
            ? { issuerKind: values.issuerKind }
            : {}),
          ...(plan !== undefined ? { plan } : {}),
        },
        ctx,
        history?.escalation,
      );
      if (history?.leadership !== undefined) {
        const summary = path.join(values.out!, 'bao-cao-thuong-truc.md');
        await writeFileAtomic(summary, history.leadership);
        ctx.wrote(summary);
      }
      await history?.recordLetters();
    } else if (format === 'xlsx') {
      const bytes = await writeReportWorkbook(run, {
        lang,
        sources: files.map((file) => fileSource(workbookLabel(file), file)),
        ...(run.changes ? { extraSheets: [changeSheet(run.changes, lang)] } : {}),
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
