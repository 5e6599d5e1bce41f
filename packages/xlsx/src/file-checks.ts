/**
 * What a path is before any zip is read (Node): that it exists and is a regular file, not empty,
 * and what kind of file its first bytes say it is (zip, old .xls, encrypted .xlsx, text, HTML…).
 * Files are opened read-only.
 */
import { promises as fs } from 'node:fs';
import { errorDetail, readError } from './errors.js';
import { hasEncryptionStreams, ole2DirectoryOffset, ole2Kind, sniffHead } from './sniff.js';

function hasCode(error: unknown): error is { code: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

export async function statFile(file: string): Promise<number> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    const code = hasCode(error) ? error.code : '';
    if (code === 'ENOENT' || code === 'ENOTDIR') throw readError('not-found', file);
    throw readError('unreadable', file, { detail: errorDetail(error) });
  }
  if (stat.isDirectory()) throw readError('is-directory', file);
  if (!stat.isFile()) throw readError('not-xlsx', file);
  if (stat.size === 0) throw readError('empty-file', file);
  return stat.size;
}

export async function readBytes(
  file: string,
  ranges: readonly { start: number; length: number }[],
): Promise<Uint8Array[]> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw readError('unreadable', file, { detail: errorDetail(error) });
  }
  try {
    const out: Uint8Array[] = [];
    for (const { start, length } of ranges) {
      const buffer = new Uint8Array(length);
      const { bytesRead } = await handle.read(buffer, 0, length, start);
      out.push(buffer.subarray(0, bytesRead));
    }
    return out;
  } finally {
    await handle.close();
  }
}

/** Refuses anything that is not a zip: old .xls, encrypted .xlsx (both OLE2), text, random bytes. */
export async function checkSignature(file: string, size: number): Promise<void> {
  const [head = new Uint8Array()] = await readBytes(file, [
    { start: 0, length: Math.min(size, 64 * 1024) },
  ]);
  const sniffed = sniffHead(head);
  if (sniffed.kind === 'zip') return;
  if (sniffed.kind === 'ole2') {
    // The encryption stream names sit in the directory sectors: check the first 64 KB, then the
    // directory the header points to when it lies further in.
    let kind = ole2Kind(head);
    const dir = ole2DirectoryOffset(head);
    if (kind === 'xls' && dir && dir.offset >= head.length && dir.offset < size) {
      const [sectors = new Uint8Array()] = await readBytes(file, [
        { start: dir.offset, length: dir.sectorSize * 8 },
      ]);
      if (hasEncryptionStreams(sectors)) kind = 'encrypted';
    }
    throw readError(kind, file);
  }
  throw readError('not-xlsx', file, sniffed.hint === undefined ? {} : { extra: sniffed.hint });
}
