/**
 * The check itself, the same as `dondoc check` does it: the core checker over the workbook's sheets
 * with the resolved pack and the as-of date the user chose (the clock stays outside the core).
 */
import {
  checkSheets,
  createChecker,
  jsonDepth,
  MAX_PACK_DEPTH,
  parsePack,
  PackError,
  resolvePack,
  validateCustomRules,
  type FindingsReport,
  type Message,
  type Pack,
  type PackProblem,
  type PlainDate,
  type WorkbookResult,
} from '@dondoc/core';
import { getBundledPack } from '@dondoc/rulepacks';
import { isResultsSheet, type WorkbookSheets } from './host.js';

export interface CheckRun {
  readonly report: FindingsReport;
  readonly result: WorkbookResult;
}

/**
 * Checks with `explain` on, as `dondoc check --explain` does: each sheet's result says how its
 * tables were read (the "Cách đọc các bảng" panel). The findings are the same either way.
 */
export function runCheck(content: WorkbookSheets, pack: Pack, asOf: PlainDate): CheckRun {
  const checker = createChecker({ pack, asOf, explain: true });
  const sheets = content.sheets.filter((s) => !isResultsSheet(s));
  const result = checkSheets(checker, content.name, sheets);
  return { result, report: checker.report([result]) };
}

export type PackLoad =
  | { readonly ok: true; readonly pack: Pack }
  | { readonly ok: false; readonly message: Message; readonly problems: readonly PackProblem[] };

/**
 * A pack from JSON text (a file the user opened, or the pack stored in the workbook), validated and
 * with `extends` resolved against the bundled packs (a browser cannot read sibling files).
 */
export function loadPackText(text: string, source: string): PackLoad {
  if (jsonDepth(text, MAX_PACK_DEPTH) > MAX_PACK_DEPTH) {
    return {
      ok: false,
      message: {
        vi: `Bộ quy tắc "${source}" lồng mảng và đối tượng quá sâu (hơn ${MAX_PACK_DEPTH} cấp).`,
        en: `The rule pack "${source}" nests arrays and objects too deep (over ${MAX_PACK_DEPTH} levels).`,
      },
      problems: [],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: {
        vi: `"${source}" không phải JSON hợp lệ: ${reason}`,
        en: `"${source}" is not valid JSON: ${reason}`,
      },
      problems: [],
    };
  }
  return loadPackValue(raw, source);
}

export function loadPackValue(raw: unknown, source: string): PackLoad {
  const parsed = parsePack(raw);
  if (!parsed.ok) {
    return {
      ok: false,
      message: {
        vi: `Bộ quy tắc "${source}" không hợp lệ (${parsed.problems.length} lỗi).`,
        en: `The rule pack "${source}" is invalid (${parsed.problems.length} problems).`,
      },
      problems: parsed.problems,
    };
  }
  try {
    const pack = resolvePack(parsed.pack, (ref) => getBundledPack(ref));
    validateCustomRules(pack);
    return { ok: true, pack };
  } catch (error) {
    if (error instanceof PackError) {
      return {
        ok: false,
        message: {
          vi: `Bộ quy tắc "${source}": ${error.messages.vi}`,
          en: `The rule pack "${source}": ${error.messages.en}`,
        },
        problems: error.problems,
      };
    }
    throw error;
  }
}
