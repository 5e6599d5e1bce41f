import type { FindingsReport, WorkbookResult } from '@dondoc/core';

/** What every renderer takes: the combined report and the per-workbook results it came from. */
export interface ReportInput {
  readonly report: FindingsReport;
  readonly workbooks: readonly WorkbookResult[];
}

export type Lang = 'vi' | 'en';
