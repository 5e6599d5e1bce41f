/** What the report rules see of one report instance: a unit owing a report for a period, by a day. */
import type { Message } from '../../model/findings.js';
import type { PlainDate } from '../../model/plain-date.js';

export interface ReportInstance {
  /** The reporting unit, as the pack or the roster names it. */
  readonly unit: string;
  /** The report and its period in words: 'báo cáo "…" 6 tháng đầu năm 2024' / 'report "…" for …'. */
  readonly what: Message;
  /** Its last acceptable day, and the words it came from. */
  readonly due: PlainDate;
  readonly dueText: string;
  readonly asOf: PlainDate;
  /** The last day a report counts as due soon: the as-of date plus the pack's dueSoonDays. */
  readonly dueSoonUntil: PlainDate;
  /** The day the log says it was received, when it says one. */
  readonly receivedOn?: PlainDate;
  /** What the log says when it marks the report late with no day ("Đã gửi (chậm)"). */
  readonly lateSaid?: string;
  /** The log line matched to the instance: what its received-date cell and note say. */
  readonly line?: { readonly receivedText: string; readonly note: string };
}
