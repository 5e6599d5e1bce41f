import type { FindingsReport, WorkbookResult } from '@dondoc/core';
import type { ChangesReport } from '@dondoc/history';
import type { Lang } from '../messages.js';

/** The result of one `dondoc check` run over one or more workbooks. */
export interface CheckRun {
  readonly report: FindingsReport;
  readonly workbooks: readonly WorkbookResult[];
  /** What changed since the previous recorded check (with --history). */
  readonly changes?: ChangesReport;
}

export interface FormatOptions {
  readonly lang: Lang;
  readonly color: boolean;
}

/** A formatter turns a run into the bytes of one output (Spectral's formatter shape). */
export type Formatter = (run: CheckRun, options: FormatOptions) => string;
