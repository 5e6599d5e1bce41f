/**
 * Findings: the contract every output format and every test relies on (see docs/findings.md).
 * Plain data only; formatters live outside the core.
 */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Every message a user reads is Vietnamese first, English second. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

export type SubjectKind = 'task' | 'report' | 'indicator' | 'cell' | 'agency' | 'row' | 'sheet';

export interface FindingLocation {
  readonly workbook: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly row?: number;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly subject: { readonly kind: SubjectKind; readonly id?: string; readonly title?: string };
  readonly agency?: string;
  readonly location?: FindingLocation;
  readonly expected?: string;
  readonly actual?: string;
  /** The words of the obligation this finding is about: the deadline as written, or the pack quote. */
  readonly quote?: string;
  readonly message: Message;
}

/** Something that could not be checked, and why: silence is never a clean result. */
export interface NotEvaluated {
  readonly scope: string;
  readonly location?: FindingLocation;
  /** Every cell the item covers, when it stands for several rows (the first is location.cell). */
  readonly cells?: readonly string[];
  readonly reason: Message;
}

export interface Summary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly byRule: Readonly<Record<string, number>>;
  readonly notEvaluated: readonly NotEvaluated[];
  /** Sentences in the documents' style ("Có 24/25 chỉ tiêu đạt, vượt kế hoạch; …"). */
  readonly narrative?: readonly Message[];
}

export interface FindingsReport {
  readonly version: 1;
  readonly asOf: string;
  readonly pack: { readonly id: string; readonly version: string; readonly title: string };
  readonly summary: Summary;
  readonly findings: readonly Finding[];
}
