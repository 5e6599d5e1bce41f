/**
 * The group header over a sub-header in a header of several rows. A group merged across its
 * columns ("Tiến độ" over "Đã hoàn thành | Chưa hoàn thành", "Thời gian tổ chức đại hội" over "Dự
 * kiến | Thực tế") keeps its text in its first column only: every column of the run under it, each
 * with a sub-header and no text of its own above, belongs to it.
 */

/**
 * The text over `col` in the upper row: its own, or that of the nearest column to its left whose
 * upper cell holds text, when every column from there to `col` has a sub-header.
 */
export function groupOver(
  upper: ReadonlyMap<number, string>,
  lower: ReadonlyMap<number, string>,
  col: number,
): string | undefined {
  for (let c = col; c >= 1 && lower.has(c); c--) {
    const text = upper.get(c);
    if (text !== undefined) return text;
  }
  return undefined;
}
