/**
 * A bounded memo for pure functions of text. Tracking sheets repeat the same deadline and status
 * words on many rows ("Thường xuyên", "Quý IV/2024", "Đang thực hiện"); parsing each once per run
 * instead of once per row is most of the checker's speed. When full, the memo starts over (cheap,
 * and a run's vocabulary fills it again within a few rows).
 */
export function memoizeText<T>(fn: (key: string) => T, limit = 4096): (key: string) => T {
  let cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= limit) cache = new Map();
    cache.set(key, value);
    return value;
  };
}

/**
 * A pool of texts: equal texts come back as one string. What a check keeps for every row (the
 * task's title and unit, its dates) repeats across rows; a workbook with a shared-strings table
 * already gives one string per distinct text, one written with inline strings (openpyxl, many
 * exports) gives a new one per cell. Bounded like memoizeText.
 */
export function textPool(limit = 4096): (text: string) => string {
  return memoizeText((text) => text, limit);
}
