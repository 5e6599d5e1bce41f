/**
 * The qualifier words around one value inside a sentence of running text. Both the words and the
 * numbers are read by @dondoc/core (`readQualifier`, `parseViNumber`: the checker's table and
 * parser), so "giảm xuống 15%", "1.967" and "84,3" mean the same in a drafted pack as in the checker.
 */
import { parseViNumber, readQualifier } from '@dondoc/core';
import type { TargetOp } from './types.js';

/** "1.967" → 1967, "84,3" → 84.3, "38.000" → 38000, "0,4" → 0.4 (unsigned values only). */
export function readViNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^[\d.,]+$/.test(t)) return undefined;
  return parseViNumber(t);
}

/** The operator that the words right before (and after) a value give it, or undefined if none. */
export function qualifierOp(before: string, after: string, isRange: boolean): TargetOp | undefined {
  if (isRange) return 'between';
  return readQualifier(before, after)?.op;
}
