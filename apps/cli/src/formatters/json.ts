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
 * Findings serialised per call: enough to make each call cheap, few enough that the text of one
 * call stays a small object that dies young (tens of kilobytes).
 */
const FINDINGS_PER_PIECE = 32;

/** `JSON.stringify({ findings: [...] }, null, 2)` around its elements, which it indents as the report does. */
const PIECE_OPEN = '{\n  "findings": [';
const PIECE_CLOSE = '\n  ]\n}';

/**
 * The findings contract (docs/findings.md) plus a per-workbook breakdown, as pieces of text: a
 * million-row audit can have hundreds of thousands of findings, and writing them a few dozen at a time
 * keeps the whole JSON text out of memory. Joined, the pieces equal `JSON.stringify(report, null,
 * 2)`: each group of findings is stringified as the "findings" member of an object, which gives
 * its elements the report's indentation, and the text around them is cut off (no re-indenting).
 * The messages are rendered here, as each group is written.
 */
export function* jsonChunks(run: CheckRun): Generator<string> {
  const { findings, ...head } = run.report;
  const headJson = JSON.stringify(head, null, 2);
  yield headJson.slice(0, -2); // without the closing "\n}"
  yield ',\n  "findings": [';
  for (let i = 0; i < findings.length; i += FINDINGS_PER_PIECE) {
    const piece = JSON.stringify({ findings: findings.slice(i, i + FINDINGS_PER_PIECE) }, null, 2);
    yield `${i === 0 ? '' : ','}${piece.slice(PIECE_OPEN.length, -PIECE_CLOSE.length)}`;
  }
  yield findings.length === 0 ? '],\n' : '\n  ],\n';
  const changes = run.changes
    ? `,\n  "changes": ${indent(JSON.stringify(changesJson(run.changes), null, 2), '  ')}`
    : '';
  yield `  "workbooks": ${indent(JSON.stringify(workbookSummaries(run), null, 2), '  ')}${changes}\n}\n`;
}

export const formatJson: Formatter = (run) => [...jsonChunks(run)].join('');
