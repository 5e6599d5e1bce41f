/** How alike two titles are, by their words after folding (case, diacritics, punctuation). */
import { foldText } from './text.js';

function tokens(text: string): Set<string> {
  return new Set(
    foldText(text)
      .split(' ')
      .filter((t) => t.length > 1 && !/^\d+$/.test(t)),
  );
}

/**
 * Word overlap of two titles, 0–1: the larger of their Jaccard index and 0.9 × how much of the
 * shorter one the longer one holds (a sheet writes "Trường mầm non" for the document's "Trường mầm
 * non đạt chuẩn quốc gia", or "Tốc độ tăng trưởng GRDP" for a longer name).
 */
export function titleSimilarity(a: string, b: string): number {
  const { common, x, y } = overlap(a, b);
  if (x === 0 || y === 0) return 0;
  const shorter = Math.min(x, y);
  const containment = shorter >= 2 ? common / shorter : 0;
  return Math.max(common / (x + y - common), 0.9 * containment);
}

/** Jaccard index of two titles' words: for telling apart names that share generic words ("Báo cáo …"). */
export function jaccardSimilarity(a: string, b: string): number {
  const { common, x, y } = overlap(a, b);
  return x === 0 || y === 0 ? 0 : common / (x + y - common);
}

function overlap(a: string, b: string): { common: number; x: number; y: number } {
  const x = tokens(a);
  const y = tokens(b);
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return { common, x: x.size, y: y.size };
}
