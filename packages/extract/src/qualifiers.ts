/**
 * The qualifier words around one value inside a sentence of running text. Numbers themselves are
 * read by @dondoc/core's `parseViNumber` (the checker's parser), so "1.967" and "84,3" mean the same
 * in a drafted pack as in a workbook cell.
 */
import { parseViNumber } from '@dondoc/core';
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
  const b = before.toLocaleLowerCase('vi');
  if (/^\s*trở lên/u.test(after) && /từ\s*$/u.test(b)) return '>=';
  if (/(?:ít nhất|tối thiểu|không dưới|không thấp hơn)\s*$/u.test(b)) return '>=';
  if (/(?:không quá|tối đa|không vượt quá|không cao hơn)\s*$/u.test(b)) return '<=';
  if (/(?:dưới|thấp hơn)\s*$/u.test(b)) return '<';
  if (/(?:trên|hơn|vượt)\s*$/u.test(b)) return '>';
  if (/khoảng\s*$/u.test(b)) return 'approx';
  if (/còn\s*$/u.test(b)) return '<=';
  if (/(?:^|\s)là\s*$/u.test(b)) return '=';
  if (/(?:đạt|chiếm|phấn đấu|phần đầu|có|được|ước đạt)\s*$/u.test(b)) return '>=';
  return undefined;
}
