/**
 * The history of the checked workbook: each check is recorded where the host keeps it (the
 * workbook's settings, the browser's storage), and the check says what is new, fixed and still open
 * since the previous one. The diff is @dondoc/history's, the same as `dondoc check --history`.
 */
import type { Message, Pack } from '@dondoc/core';
import {
  changesReport,
  decodeLocalHistory,
  encodeLocalHistory,
  packItemIds,
  recordLocalCheck,
  workbookSnapshot,
  type ChangesReport,
  type LocalCheckSummary,
} from '@dondoc/history';
import type { HistoryPlace } from './host.js';
import type { CheckRun } from './run-check.js';

export interface HistoryOutcome {
  readonly changes: ChangesReport;
  /** Every recorded check of this workbook with this pack, oldest first. */
  readonly checks: readonly LocalCheckSummary[];
  /** What the user should know: where it is kept, what was left out, what could not be saved. */
  readonly notes: readonly Message[];
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Records `run` in the workbook's history and says what changed; `now` is the clock's time. */
export async function recordHistory(
  place: HistoryPlace,
  run: CheckRun,
  pack: Pack,
  now: Date,
): Promise<HistoryOutcome> {
  const name = run.result.workbook;
  const notes: Message[] = [];
  let stored: unknown;
  try {
    stored = await place.load(name);
  } catch (error) {
    notes.push({
      vi: `Không đọc được lịch sử kiểm tra ${place.where.vi}: ${reasonOf(error)}`,
      en: `Could not read the history of checks ${place.where.en}: ${reasonOf(error)}`,
    });
  }
  const { history, unreadable } = decodeLocalHistory(stored);
  if (unreadable) {
    notes.push({
      vi: `Lịch sử kiểm tra lưu ${place.where.vi} không đọc được (có thể do phiên bản khác ghi); lần này bắt đầu lại từ đầu.`,
      en: `The history of checks stored ${place.where.en} could not be read (perhaps another version wrote it); it starts again with this check.`,
    });
  }
  const record = recordLocalCheck(history, {
    recordedAt: now.toISOString(),
    asOf: run.report.asOf,
    pack: run.report.pack,
    workbook: workbookSnapshot(run.result, packItemIds(pack)),
  });
  const entry = record.history.packs.find((p) => p.pack.id === run.report.pack.id);
  if (record.outcome === 'earlier') {
    notes.push({
      vi: 'Ngày tính đến trước lần kiểm tra đã ghi gần nhất: lần này được so sánh nhưng không ghi vào lịch sử.',
      en: 'The as-of date is before the latest recorded check: this check is compared but not recorded.',
    });
  } else {
    const { text, trim } = encodeLocalHistory(record.history, place.maxChars);
    if (text === undefined) {
      notes.push({
        vi: `Lần kiểm tra này có quá nhiều phát hiện để lưu ${place.where.vi} (giới hạn ${place.maxChars.toLocaleString('vi-VN')} ký tự): lịch sử không được cập nhật. Dùng "dondoc check --history" để lưu lịch sử của sổ lớn.`,
        en: `This check has too many findings to store ${place.where.en} (limit ${place.maxChars.toLocaleString('en-US')} characters): the history was not updated. Use "dondoc check --history" for a large workbook.`,
      });
    } else {
      try {
        await place.save(name, text);
        notes.push({
          vi: `Lần kiểm tra này đã được ghi vào lịch sử ${place.where.vi}${record.outcome === 'replaced' ? ' (thay cho lần kiểm tra trước cùng ngày tính đến)' : ''}.`,
          en: `This check was recorded in the history ${place.where.en}${record.outcome === 'replaced' ? ' (in place of the earlier check with the same as-of date)' : ''}.`,
        });
        if (trim > 0) {
          notes.push({
            vi: 'Để vừa chỗ lưu, lịch sử bỏ bớt nội dung chi tiết của các phát hiện cũ (chỉ giữ tên nội dung).',
            en: 'To fit where it is kept, the history left out the details of earlier findings (their titles are kept).',
          });
        }
        if (trim === 2) {
          notes.push({
            vi: 'Để vừa chỗ lưu, lịch sử chỉ giữ các lần kiểm tra theo bộ quy tắc này; lịch sử theo các bộ quy tắc khác đã bị bỏ.',
            en: 'To fit where it is kept, the history keeps only the checks with this rule pack; those with other packs were dropped.',
          });
        }
      } catch (error) {
        notes.push({
          vi: `Không lưu được lịch sử kiểm tra ${place.where.vi}: ${reasonOf(error)}`,
          en: `Could not store the history of checks ${place.where.en}: ${reasonOf(error)}`,
        });
      }
    }
  }
  return { changes: changesReport([record.changes]), checks: entry?.checks ?? [], notes };
}
