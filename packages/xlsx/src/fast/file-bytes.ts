/**
 * A package on disk (Node): raw ranges read through one read-only file handle, entries inflated by
 * native zlib as a stream of chunks. Nothing is written anywhere; no temporary file.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import type { PackageBytes } from './workbook.js';
import type { ZipDirectoryEntry } from './zip-directory.js';

const READ_CHUNK = 256 * 1024;

/** `size` is the file's size as stat saw it; every read opens the file read-only and closes it. */
export function fileBytes(file: string, size: number): PackageBytes {
  return {
    size,
    read: async (offset, length) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      const handle = await fs.open(file, 'r');
      try {
        let done = 0;
        while (done < buffer.length) {
          const { bytesRead } = await handle.read(
            buffer,
            done,
            buffer.length - done,
            offset + done,
          );
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return buffer.subarray(0, done);
      } finally {
        await handle.close();
      }
    },
    inflate: (entry, offset) => inflateEntry(file, entry, offset),
  };
}

async function* inflateEntry(
  file: string,
  entry: ZipDirectoryEntry,
  offset: number,
): AsyncGenerator<Uint8Array> {
  if (entry.compressedSize === 0) {
    if (entry.method === 8) throw new Error(`${entry.name}: no compressed data`);
    return;
  }
  const input = createReadStream(file, {
    flags: 'r',
    start: offset,
    end: offset + entry.compressedSize - 1,
    highWaterMark: READ_CHUNK,
  });
  if (entry.method === 0) {
    try {
      for await (const chunk of input) yield chunk as Buffer;
    } finally {
      input.destroy();
    }
    return;
  }
  const inflater = createInflateRaw({ chunkSize: READ_CHUNK });
  input.on('error', (error) => inflater.destroy(error));
  input.pipe(inflater);
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } finally {
    input.unpipe(inflater);
    input.destroy();
    inflater.destroy();
  }
}
