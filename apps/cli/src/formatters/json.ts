import { changesJson } from '@dondoc/history';
import type { CheckRun, Formatter } from './types.js';

function workbookSummaries(run: CheckRun) {
  return run.workbooks.map((w) => {
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
}

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

/**
 * The findings contract (docs/findings.md) plus a per-workbook breakdown, as pieces of text: a
 * million-row audit can have a hundred thousand findings, and writing them one by one keeps the
 * whole JSON text out of memory. Joined, the pieces equal `JSON.stringify(report, null, 2)`.
 */
export function* jsonChunks(run: CheckRun): Generator<string> {
  const { findings, ...head } = run.report;
  const headJson = JSON.stringify(head, null, 2);
  yield headJson.slice(0, -2); // without the closing "\n}"
  yield ',\n  "findings": [';
  let first = true;
  for (const finding of findings) {
    yield `${first ? '' : ','}\n    ${indent(JSON.stringify(finding, null, 2), '    ')}`;
    first = false;
  }
  yield findings.length === 0 ? '],\n' : '\n  ],\n';
  const changes = run.changes
    ? `,\n  "changes": ${indent(JSON.stringify(changesJson(run.changes), null, 2), '  ')}`
    : '';
  yield `  "workbooks": ${indent(JSON.stringify(workbookSummaries(run), null, 2), '  ')}${changes}\n}\n`;
}

export const formatJson: Formatter = (run) => [...jsonChunks(run)].join('');
