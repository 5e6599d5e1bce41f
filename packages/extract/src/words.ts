/**
 * Building the extractor's patterns from named word lists, so that a list can be read and
 * extended on its own: one alternation of several words, and a word of two syllables whose
 * syllables are read one at a time inside a name.
 */

/** The words (regex sources) as one non-capturing alternation, in the order given. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/**
 * A lower-case word of two syllables ("giao thông", "xây dựng") read syllable by syllable: the
 * first only before the second, the second only after the first.
 */
export function twoSyllables(first: string, second: string): string {
  return String.raw`${first}(?=\s+${second}(?![\p{L}]))|(?<=${first}\s)${second}`;
}

/** The letters an office writes to another, as running text names them ("có công văn gửi …"). */
export const LETTERS: readonly string[] = ['công văn', 'văn bản', 'thông báo'];

/**
 * What comes right before a cited document's date: its number ("số 1695/QĐ-TCTK ngày …", "Kế
 * hoạch 12/KH-UBND, ngày …") or the act of issuing or signing it ("ban hành ngày …", "ký ngày …").
 */
export const REFERENCE_BEFORE =
  /(?:\d{1,4}[-/][\p{L}\d/.-]*\s*,?\s*(?:ngày\s*)?|(?:ban hành|ký)\s+(?:ngày\s*)?)$/u;

/**
 * The nouns "trình" ends, which are no submitting ("trình UBND tỉnh"): a programme, a procedure, a
 * works, a route, a process ("chương trình", "quy trình", "tờ trình", "công trình", "lộ trình",
 * "tiến trình", "giáo trình", "phiên trình", "hành trình", "dự trình", "quá trình", "phương
 * trình"). A lookbehind to write right before "trình".
 */
export const NOT_SUBMIT_TRINH = String.raw`(?<!(?:chương|quy|tờ|công|lộ|tiến|giáo|phiên|hành|dự|quá|phương)\s)`;
