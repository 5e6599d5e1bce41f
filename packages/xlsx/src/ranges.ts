/** Cell ranges as OOXML writes them ("B2:D3"). Pure: no Node imports. */
import { parseCellAddress, type CellRange } from '@dondoc/core';

/** "B2:D3" (or a single cell "B2") → a range; undefined when malformed. */
export function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(':');
  const start = a === undefined ? undefined : parseCellAddress(a);
  const end = b === undefined ? undefined : parseCellAddress(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Sorts ranges top to bottom, then left to right (in place). */
export function sortRanges(ranges: CellRange[]): CellRange[] {
  return ranges.sort(
    (x, y) => x.top - y.top || x.left - y.left || x.bottom - y.bottom || x.right - y.right,
  );
}
