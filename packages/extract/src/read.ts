/** Reads a directive file: .txt and .md as UTF-8 text, .docx through mammoth (raw text). */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
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

/** The text of a .docx (read by mammoth): paragraphs separated by blank lines, as the seeds are written. */
export async function docxToText(buffer: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer });
  return value.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
}

/** Reads .txt, .md or .docx; throws DirectiveReadError with a message in Vietnamese and English. */
export async function readDirectiveFile(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch {
    throw new DirectiveReadError(`Không đọc được tệp ${path}.`, `Cannot read the file ${path}.`);
  }
  if (ext === '.docx') {
    try {
      return await docxToText(buffer);
    } catch (error) {
      if (error instanceof DirectiveReadError) throw error;
      throw new DirectiveReadError(
        `Tệp ${path} không phải tệp Word (.docx) hợp lệ.`,
        `${path} is not a valid Word (.docx) file.`,
      );
    }
  }
  if (ext === '.txt' || ext === '.md' || ext === '.markdown' || ext === '') {
    return buffer
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .normalize('NFC');
  }
  throw new DirectiveReadError(
    `Không hỗ trợ định dạng ${ext} (${path}); dùng .txt, .md hoặc .docx.`,
    `Unsupported format ${ext} (${path}); use .txt, .md or .docx.`,
  );
}
