/**
 * "Did you mean …?" for things commander does not know about (pack ids): the candidates closest to
 * what was typed by edit distance (an adjacent swap counts as one edit), as commander does for
 * commands and options.
 */

/** Optimal string alignment distance between a and b. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidates nearest to `word`, when near enough: at most a third of the word's length in edits
 * (at least 1, at most 4), or candidates that start with what was typed.
 */
export function suggest(word: string, candidates: readonly string[]): string[] {
  if (word.length === 0 || word.length > 200) return [];
  const typed = word.toLowerCase();
  const limit = Math.max(1, Math.min(4, Math.floor(typed.length / 3)));
  let best = Infinity;
  let found: string[] = [];
  for (const candidate of candidates) {
    const distance = candidate.startsWith(typed)
      ? 0.5
      : editDistance(typed, candidate.toLowerCase());
    if (distance > limit) continue;
    if (distance < best) {
      best = distance;
      found = [candidate];
    } else if (distance === best) found.push(candidate);
  }
  return found.sort();
}
