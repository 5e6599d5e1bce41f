/**
 * Reads a directive file: .txt and .md as UTF-8 text, .docx through mammoth (raw text). Every read
 * is bounded: only regular files (never a device or a pipe), at most MAX_TEXT_FILE_BYTES of text or
 * MAX_DOCX_FILE_BYTES of .docx, whose parts are inflated with caps before mammoth sees them.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { Unzip, UnzipInflate, zipSync, type Unzipped } from 'fflate';
import mammoth from 'mammoth';

export class DirectiveReadError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'DirectiveReadError';
  }
}

const MB = 1024 * 1024;
/** A .txt or .md directive: the longest real ones are under 100 KB; 4 MB is a shelf of them. */
export const MAX_TEXT_FILE_BYTES = 4 * MB;
/** A .docx file (pictures included: they are never inflated). */
export const MAX_DOCX_FILE_BYTES = 64 * MB;
/**
 * One XML part of a .docx, inflated. mammoth holds a part as a tree of some 55 bytes a byte: 8 MB
 * (about 3 MB of text, a thousand pages) stays under half a gigabyte.
 */
export const MAX_DOCX_PART_BYTES = 8 * MB;
/** All XML parts of a .docx together, inflated. */
export const MAX_DOCX_XML_BYTES = 12 * MB;
/** Entries in a .docx (Word writes a few dozen). */
export const MAX_DOCX_ENTRIES = 10_000;
/** The text drawn from any file, in characters: some ten times the longest real directive. */
export const MAX_TEXT_CHARS = 1_000_000;

const megabytes = (n: number) => `${n / MB} MB`;

function tooLarge(path: string, vi: string, en: string): DirectiveReadError {
  return new DirectiveReadError(
    `Tệp ${path} quá lớn để là một văn bản chỉ đạo: ${vi}`,
    `${path} is too large to be a directive: ${en}`,
  );
}

/** Opening a pipe must not wait for a writer (a regular file is unaffected); Windows has no flag. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The file's bytes, if it is a regular file of at most `max` bytes (counted as read, not trusted). */
async function readCapped(path: string, max: number): Promise<Buffer> {
  const cannot = () =>
    new DirectiveReadError(`Không đọc được tệp ${path}.`, `Cannot read the file ${path}.`);
  const handle = await open(path, READ_FLAGS).catch(() => {
    throw cannot();
  });
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      throw new DirectiveReadError(
        `${path} là một thư mục, không phải tệp văn bản.`,
        `${path} is a folder, not a directive file.`,
      );
    }
    if (!stat.isFile()) {
      throw new DirectiveReadError(
        `${path} không phải tệp thông thường (thiết bị, đường ống hay socket): không đọc.`,
        `${path} is not a regular file (a device, a pipe or a socket): not read.`,
      );
    }
    const over = () => tooLarge(path, `hơn ${megabytes(max)}.`, `over ${megabytes(max)}.`);
    if (stat.size > max) throw over();
    // Read to the end, whatever the size said: a file that grows meanwhile stops at the cap too.
    let buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > max) throw over();
        const grown = Buffer.alloc(Math.min(max + 1, length * 2));
        buffer.copy(grown);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw error instanceof DirectiveReadError ? error : cannot();
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Parts mammoth reads: XML and relationships. Pictures and embedded files never are. */
const isXmlPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

/**
 * Compressed bytes handed to the inflater at a time: deflate inflates at most ~1,032 times, so one
 * slice never makes more than ~32 MB before the caps are looked at.
 */
const INPUT_SLICE = 32 * 1024;

/**
 * The entries of a .docx, its XML parts inflated within the caps, counted as they come out (what the
 * zip declares is never trusted): a part over MAX_DOCX_PART_BYTES, parts adding up to over
 * MAX_DOCX_XML_BYTES or more than MAX_DOCX_ENTRIES entries stop the inflation there, with a
 * message. Other entries (pictures, embedded files) are left empty, never inflated.
 */
export function docxParts(buffer: Uint8Array, path: string): Unzipped {
  const parts: Record<string, Uint8Array[]> = {};
  let entries = 0;
  let xmlBytes = 0;
  const refuse = (vi: string, en: string): never => {
    throw tooLarge(path, vi, en);
  };
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > MAX_DOCX_ENTRIES) {
      refuse(
        `hơn ${MAX_DOCX_ENTRIES.toLocaleString('vi-VN')} phần.`,
        `over ${MAX_DOCX_ENTRIES.toLocaleString('en-US')} entries.`,
      );
    }
    const chunks: Uint8Array[] = [];
    parts[file.name] = chunks;
    if (!isXmlPart(file.name)) return;
    let partBytes = 0;
    file.ondata = (error, data) => {
      if (error) throw error;
      partBytes += data.length;
      xmlBytes += data.length;
      if (partBytes > MAX_DOCX_PART_BYTES) {
        refuse(
          `phần "${file.name}" giải nén hơn ${megabytes(MAX_DOCX_PART_BYTES)}.`,
          `part "${file.name}" inflates to over ${megabytes(MAX_DOCX_PART_BYTES)}.`,
        );
      }
      if (xmlBytes > MAX_DOCX_XML_BYTES) {
        refuse(
          `các phần XML giải nén hơn ${megabytes(MAX_DOCX_XML_BYTES)}.`,
          `its XML parts inflate to over ${megabytes(MAX_DOCX_XML_BYTES)}.`,
        );
      }
      chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < buffer.length; at += INPUT_SLICE) {
    const end = Math.min(buffer.length, at + INPUT_SLICE);
    unzip.push(buffer.subarray(at, end), end === buffer.length);
  }
  const out: Unzipped = {};
  for (const [name, chunks] of Object.entries(parts)) out[name] = concat(chunks);
  return out;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1 && chunks[0]!.buffer instanceof ArrayBuffer)
    return chunks[0] as Uint8Array<ArrayBuffer>;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The text of a .docx (read by mammoth): paragraphs separated by blank lines, as the seeds are written. */
export async function docxToText(buffer: Uint8Array, path = 'văn bản.docx'): Promise<string> {
  // mammoth reads a copy holding only what was inflated within the caps, never the original entries.
  const copy = zipSync(docxParts(buffer, path), { level: 0 });
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(copy) });
  return value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
}

/** Reads .txt, .md or .docx; throws DirectiveReadError with a message in Vietnamese and English. */
export async function readDirectiveFile(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  const isText = ext === '.txt' || ext === '.md' || ext === '.markdown' || ext === '';
  if (ext !== '.docx' && !isText) {
    throw new DirectiveReadError(
      `Không hỗ trợ định dạng ${ext} (${path}); dùng .txt, .md hoặc .docx.`,
      `Unsupported format ${ext} (${path}); use .txt, .md or .docx.`,
    );
  }
  const buffer = await readCapped(path, isText ? MAX_TEXT_FILE_BYTES : MAX_DOCX_FILE_BYTES);
  let text: string;
  if (ext === '.docx') {
    try {
      text = await docxToText(buffer, path);
    } catch (error) {
      if (error instanceof DirectiveReadError) throw error;
      throw new DirectiveReadError(
        `Tệp ${path} không phải tệp Word (.docx) hợp lệ.`,
        `${path} is not a valid Word (.docx) file.`,
      );
    }
  } else {
    text = buffer
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .normalize('NFC');
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw tooLarge(
      path,
      `hơn ${MAX_TEXT_CHARS.toLocaleString('vi-VN')} ký tự.`,
      `over ${MAX_TEXT_CHARS.toLocaleString('en-US')} characters.`,
    );
  }
  return text;
}
