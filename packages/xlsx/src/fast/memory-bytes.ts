/**
 * A package already in memory (an upload in the browser): raw ranges are views of the bytes, and an
 * entry is inflated through fflate's streaming `Inflate` in slices, so a sheet is never inflated whole
 * and a decompression bomb stops at the budget. No Node imports.
 */
import { Inflate } from 'fflate';
import type { PackageBytes } from './workbook.js';
import type { ZipDirectoryEntry } from './zip-directory.js';

/**
 * Compressed bytes handed to the inflater at a time: deflate inflates at most ~1,032 times, so one
 * slice never makes more than ~32 MB before the budget sees it.
 */
const INPUT_SLICE = 32 * 1024;

export function memoryBytes(bytes: Uint8Array): PackageBytes {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
    inflate: (entry: ZipDirectoryEntry, offset: number) => inflateSlices(bytes, entry, offset),
  };
}

function* inflateSlices(
  bytes: Uint8Array,
  entry: ZipDirectoryEntry,
  offset: number,
): Generator<Uint8Array> {
  const end = offset + entry.compressedSize;
  if (entry.method === 0) {
    for (let at = offset; at < end; at += INPUT_SLICE)
      yield bytes.subarray(at, Math.min(end, at + INPUT_SLICE));
    return;
  }
  const out: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    out.push(chunk);
  });
  for (let at = offset; at < end; at += INPUT_SLICE) {
    const sliceEnd = Math.min(end, at + INPUT_SLICE);
    inflater.push(bytes.subarray(at, sliceEnd), sliceEnd === end);
    // (fflate hands over a fresh copy of each piece)
    while (out.length > 0) yield out.shift()!;
  }
  if (entry.compressedSize === 0) inflater.push(new Uint8Array(0), true);
  while (out.length > 0) yield out.shift()!;
}
