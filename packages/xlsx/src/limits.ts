/** Limits on what a package may inflate to, shared by the file reader and the in-memory reader. */

/** Refuse when the entries' uncompressed sizes add up to more than this (the file reader). */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;
/** A browser tab has far less room than a command line: the in-memory reader refuses more than this. */
export const MAX_IN_MEMORY_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
/** Refuse an entry over RATIO_CHECK_MIN_BYTES inflating more than this many times its size. */
export const DEFAULT_MAX_COMPRESSION_RATIO = 200;
export const RATIO_CHECK_MIN_BYTES = 10 * 1024 * 1024;

/** True for an entry that inflates like a zip bomb, not like a workbook part. */
export function isSuspiciousRatio(
  compressed: number,
  uncompressed: number,
  maxRatio = DEFAULT_MAX_COMPRESSION_RATIO,
): boolean {
  return uncompressed > RATIO_CHECK_MIN_BYTES && uncompressed > compressed * maxRatio;
}
