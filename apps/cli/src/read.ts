/**
 * One workbook file through the checker: the xlsx reader streams each sheet's rows into the core.
 * A file that cannot be read becomes an "unreadable" result with the reader's bilingual message,
 * so a batch goes on with the other files.
 */
import path from 'node:path';
import type { Checker, Message, WorkbookResult } from '@dondoc/core';
import { openWorkbook, WorkbookReadError, type ReadOptions } from '@dondoc/xlsx';
import { systemErrorReason } from './system-errors.js';

/** How a workbook is named in findings: the path as the user gave it, with forward slashes. */
export function workbookLabel(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  const shown = relative === '' || relative.startsWith('..') ? file : relative;
  return shown.split(path.sep).join('/');
}

function unexpected(file: string, error: unknown): Message {
  const reason = systemErrorReason(error);
  return {
    vi: `Không đọc được tệp "${file}": ${reason.vi}`,
    en: `Cannot read "${file}": ${reason.en}`,
  };
}

/**
 * The reader's "cannot read" says why in words when the system said why (its detail starts with the
 * code: "EBUSY: resource busy or locked, open …"): a workbook open in Excel is told to be closed.
 */
function readErrorMessage(file: string, error: WorkbookReadError): Message {
  const code =
    error.code === 'unreadable' ? /^(E[A-Z]+)\b/.exec(error.detail ?? '')?.[1] : undefined;
  return code === undefined
    ? error.messages
    : unexpected(file, Object.assign(new Error(error.detail), { code }));
}

export async function checkWorkbookFile(
  checker: Checker,
  file: string,
  options: ReadOptions = {},
): Promise<WorkbookResult> {
  const label = workbookLabel(file);
  try {
    const reader = await openWorkbook(file, options);
    const workbook = checker.workbook(label);
    for await (const sheet of reader) {
      const sheetChecker = workbook.sheet(sheet.info);
      for await (const row of sheet.rows) sheetChecker.push(row);
      sheetChecker.finish();
    }
    return workbook.finish();
  } catch (error) {
    if (error instanceof WorkbookReadError)
      return checker.unreadable(label, readErrorMessage(file, error));
    return checker.unreadable(label, unexpected(file, error));
  }
}
