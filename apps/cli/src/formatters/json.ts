import type { Formatter } from './types.js';

/** The findings contract (docs/findings.md), plus a per-workbook breakdown. */
export const formatJson: Formatter = (run) => {
  const workbooks = run.workbooks.map((w) => {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of w.findings) counts[f.severity]++;
    return {
      workbook: w.workbook,
      status: w.status,
      ...(w.error ? { error: w.error } : {}),
      counts,
      sheets: w.sheets,
    };
  });
  return JSON.stringify({ ...run.report, workbooks }, null, 2) + '\n';
};
