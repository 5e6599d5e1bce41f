/**
 * What a file is, from its first bytes: a zip (an .xlsx candidate), an OLE2 compound file (an old
 * .xls, or an encrypted .xlsx, which Office also stores as OLE2), or something else. Pure: works on
 * a Uint8Array in Node and in the browser.
 */
import type { Message } from '@dondoc/core';

export const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export type Sniffed =
  | { readonly kind: 'zip' }
  | { readonly kind: 'ole2' }
  | { readonly kind: 'other'; readonly hint?: Message };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Classifies by magic number; `head` is the first few hundred bytes of the file. */
export function sniffHead(head: Uint8Array): Sniffed {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'zip' };
  if (startsWith(head, OLE2_SIGNATURE)) return { kind: 'ole2' };
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head.subarray(0, 2048))
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return {
      kind: 'other',
      hint: {
        vi: 'Đây là bảng tính XML 2003 (thường do phần mềm khác xuất ra); hãy mở bằng Excel rồi lưu dưới dạng .xlsx.',
        en: 'It is an XML 2003 spreadsheet (often exported by other software); open it in Excel and save it as .xlsx.',
      },
    };
  }
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || text.includes('<table')) {
    return {
      kind: 'other',
      hint: {
        vi: 'Đây là trang HTML mang đuôi Excel (thường do phần mềm khác xuất ra); hãy mở bằng Excel rồi lưu dưới dạng .xlsx.',
        en: 'It is an HTML page with an Excel extension (often exported by other software); open it in Excel and save it as .xlsx.',
      },
    };
  }
  return { kind: 'other' };
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const ENCRYPTION_NAMES = ['EncryptionInfo', 'EncryptedPackage'].map(utf16le);

/**
 * True when OLE2 bytes hold the streams of an encrypted OOXML package. Stream names sit in the
 * directory as UTF-16LE; pass the header sector, the first directory sector, and/or the first
 * sectors of the file.
 */
export function hasEncryptionStreams(bytes: Uint8Array): boolean {
  return ENCRYPTION_NAMES.some((name) => indexOfBytes(bytes, name) >= 0);
}

/** Where the first directory sector of an OLE2 file starts (from its header), or undefined. */
export function ole2DirectoryOffset(
  header: Uint8Array,
): { offset: number; sectorSize: number } | undefined {
  if (header.length < 0x34 || !startsWith(header, OLE2_SIGNATURE)) return undefined;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift < 7 || shift > 16) return undefined;
  const sectorSize = 1 << shift;
  const first = view.getUint32(0x30, true);
  if (first >= 0xfffffffa) return undefined;
  return { offset: (first + 1) * sectorSize, sectorSize };
}

/** An OLE2 file is an encrypted .xlsx when its directory names the encryption streams, else an old .xls. */
export function ole2Kind(bytes: Uint8Array): 'encrypted' | 'xls' {
  if (hasEncryptionStreams(bytes.subarray(0, 64 * 1024))) return 'encrypted';
  const dir = ole2DirectoryOffset(bytes);
  if (
    dir &&
    dir.offset < bytes.length &&
    hasEncryptionStreams(bytes.subarray(dir.offset, dir.offset + dir.sectorSize * 4))
  ) {
    return 'encrypted';
  }
  return 'xls';
}
