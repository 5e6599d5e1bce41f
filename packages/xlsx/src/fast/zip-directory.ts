/**
 * The zip central directory, read from the end of the file: every entry's name, sizes, method and
 * where its data starts. Nothing is inflated here. Pure: works on byte arrays in Node and browsers.
 *
 * Only what an .xlsx needs: stored (0) and deflated (8) entries, zip64 sizes and offsets, UTF-8 or
 * CP437 names (read as UTF-8: package part names are ASCII). Encrypted entries are refused by the
 * caller (`encrypted` is set).
 */

export interface ZipDirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As declared: never trusted when inflating (the inflater counts what really comes out). */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_HEADER_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
export const EOCD_SEARCH_BYTES = 22 + 0xffff;
export const MAX_ZIP_ENTRIES = 100_000;

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export interface CentralDirectoryLocation {
  readonly offset: number;
  readonly size: number;
  readonly entries: number;
  /** Where the zip64 end record sits, when the classic record says to look for it. */
  readonly zip64RecordOffset?: number;
}

/**
 * Finds the end-of-central-directory record in the file's last bytes (`tail`, which starts at
 * `tailOffset` in the file).
 */
export function locateCentralDirectory(
  tail: Uint8Array,
  tailOffset: number,
): CentralDirectoryLocation {
  const v = view(tail);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (v.getUint32(i, true) !== EOCD_SIGNATURE) continue;
    const commentLength = v.getUint16(i + 20, true);
    if (i + 22 + commentLength > tail.length) continue;
    const entries = v.getUint16(i + 10, true);
    const size = v.getUint32(i + 12, true);
    const offset = v.getUint32(i + 16, true);
    if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const locator = i - 20;
      if (locator >= 0 && v.getUint32(locator, true) === EOCD64_LOCATOR_SIGNATURE) {
        return { offset, size, entries, zip64RecordOffset: readUint64(v, locator + 8) };
      }
      throw new ZipFormatError(`zip64 locator not found before offset ${tailOffset + i}`);
    }
    return { offset, size, entries };
  }
  throw new ZipFormatError('no end of central directory record');
}

/** Reads the zip64 end record (56 bytes at `zip64RecordOffset`) into a location. */
export function parseZip64Record(record: Uint8Array): CentralDirectoryLocation {
  const v = view(record);
  if (record.length < 56 || v.getUint32(0, true) !== EOCD64_SIGNATURE)
    throw new ZipFormatError('bad zip64 end record');
  return {
    entries: readUint64(v, 32),
    size: readUint64(v, 40),
    offset: readUint64(v, 48),
  };
}

function readUint64(v: DataView, at: number): number {
  const low = v.getUint32(at, true);
  const high = v.getUint32(at + 4, true);
  const value = high * 0x1_0000_0000 + low;
  if (!Number.isSafeInteger(value)) throw new ZipFormatError('zip64 value too large');
  return value;
}

const utf8 = new TextDecoder('utf-8');

/** Parses the central directory's bytes into entries (at most MAX_ZIP_ENTRIES). */
export function parseCentralDirectory(
  bytes: Uint8Array,
  expectedEntries: number,
): ZipDirectoryEntry[] {
  if (expectedEntries > MAX_ZIP_ENTRIES)
    throw new ZipFormatError(`more than ${MAX_ZIP_ENTRIES} entries`);
  const v = view(bytes);
  const entries: ZipDirectoryEntry[] = [];
  let at = 0;
  while (at + 46 <= bytes.length && v.getUint32(at, true) === CENTRAL_SIGNATURE) {
    if (entries.length >= MAX_ZIP_ENTRIES)
      throw new ZipFormatError(`more than ${MAX_ZIP_ENTRIES} entries`);
    const flags = v.getUint16(at + 8, true);
    const method = v.getUint16(at + 10, true);
    let compressedSize = v.getUint32(at + 20, true);
    let uncompressedSize = v.getUint32(at + 24, true);
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    let localHeaderOffset = v.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) throw new ZipFormatError('central directory entry cut short');
    const name = utf8.decode(bytes.subarray(nameStart, extraStart));
    // zip64 extended information: the 64-bit values, in this order, for the fields set to 0xffffffff
    for (let e = extraStart; e + 4 <= extraStart + extraLength;) {
      const id = v.getUint16(e, true);
      const size = v.getUint16(e + 2, true);
      if (id === 0x0001) {
        let p = e + 4;
        if (uncompressedSize === 0xffffffff && p + 8 <= e + 4 + size) {
          uncompressedSize = readUint64(v, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff && p + 8 <= e + 4 + size) {
          compressedSize = readUint64(v, p);
          p += 8;
        }
        if (localHeaderOffset === 0xffffffff && p + 8 <= e + 4 + size)
          localHeaderOffset = readUint64(v, p);
      }
      e += 4 + size;
    }
    entries.push({
      name,
      method,
      encrypted: (flags & 1) === 1,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at = next;
  }
  if (entries.length === 0 && expectedEntries > 0)
    throw new ZipFormatError('central directory not found where the end record says');
  return entries;
}

/** Where an entry's data starts, from its 30-byte local header (name and extra lengths may differ from the central ones). */
export function dataOffset(entry: ZipDirectoryEntry, localHeader: Uint8Array): number {
  const v = view(localHeader);
  if (localHeader.length < 30 || v.getUint32(0, true) !== LOCAL_HEADER_SIGNATURE)
    throw new ZipFormatError(`bad local header for ${entry.name}`);
  return entry.localHeaderOffset + 30 + v.getUint16(26, true) + v.getUint16(28, true);
}
