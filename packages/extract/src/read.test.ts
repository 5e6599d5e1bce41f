import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as docx from 'docx';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import {
  DirectiveReadError,
  MAX_DOCX_PART_BYTES,
  MAX_TEXT_CHARS,
  MAX_TEXT_FILE_BYTES,
  readDirectiveFile,
} from './read.js';

const SEED = new URL('../../../docs/sources/003_238ef3c35850272d.txt', import.meta.url);

describe('readDirectiveFile', () => {
  it('reads .md and .txt as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dondoc-extract-'));
    const path = join(dir, 'chi-thi.md');
    writeFileSync(path, '\ufeff**KẾ HOẠCH**\n\nCấp cơ sở: hoàn thành trước ngày 25/6/2024.');
    expect(await readDirectiveFile(path)).toBe(
      '**KẾ HOẠCH**\n\nCấp cơ sở: hoàn thành trước ngày 25/6/2024.',
    );
  });

  it.each(['missing.txt', 'file.pdf'])(
    'refuses %s with a message in both languages',
    async (name) => {
      const error = await readDirectiveFile(join(tmpdir(), name)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DirectiveReadError);
      expect((error as DirectiveReadError).messageVi).toMatch(/tệp|định dạng/u);
    },
  );

  it('refuses a text file renamed .docx, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dondoc-extract-'));
    const path = join(dir, 'khong-phai-word.docx');
    writeFileSync(path, 'Chỉ thị số 32-CT/TW');
    const error = await readDirectiveFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectiveReadError);
    expect((error as DirectiveReadError).messageVi).toContain('khong-phai-word.docx');
  });

  // A real .docx written by the `docx` library (as Word writes one), read back through mammoth.
  it('a .docx made from seed 003 gives the same draft as its text', async () => {
    const text = readFileSync(SEED, 'utf8');
    const lib = docx;
    const paragraphs = text
      .split(/\n{2,}/)
      .map((p) =>
        p
          .replace(/\*+/g, '')
          .replace(/\s*\n\s*/g, ' ')
          .trim(),
      )
      .filter((p) => p !== '')
      .map((p) => new lib.Paragraph({ children: [new lib.TextRun(p)] }));
    const doc = new lib.Document({ sections: [{ children: paragraphs }] });
    const dir = mkdtempSync(join(tmpdir(), 'dondoc-extract-'));
    const path = join(dir, 'chuong-trinh.docx');
    writeFileSync(path, await lib.Packer.toBuffer(doc));
    const fromDocx = extractDirective(await readDirectiveFile(path));
    const fromText = extractDirective(text);
    const shape = (r: typeof fromText): unknown =>
      r.items.map(({ quote: _q, span: _s, ...rest }) => rest);
    expect(shape(fromDocx)).toEqual(shape(fromText));
  });
});

describe('readDirectiveFile: bounded reads (issue 15, classes 1 and 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-extract-'));

  async function refusal(path: string): Promise<DirectiveReadError> {
    const error = await readDirectiveFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectiveReadError);
    return error as DirectiveReadError;
  }

  it('refuses a text file over the cap by its size, before reading it, naming it', async () => {
    const path = join(dir, 'mot-dong-dai.txt');
    writeFileSync(path, Buffer.alloc(MAX_TEXT_FILE_BYTES + 1, 0x61));
    const error = await refusal(path);
    expect(error.messageVi).toContain('mot-dong-dai.txt');
    expect(error.messageVi).toContain('quá lớn');
    expect(error.messageEn).toContain('mot-dong-dai.txt');
    expect(error.messageEn).toContain('too large');
  });

  it('refuses a text of more characters than the extraction reads', async () => {
    const path = join(dir, 'nhieu-ky-tu.md');
    writeFileSync(path, 'a'.repeat(MAX_TEXT_CHARS + 1));
    expect((await refusal(path)).messageEn).toContain('characters');
  });

  it('reads only regular files: a folder and a device are refused, never read', async () => {
    const folder = join(dir, 'thu-muc.txt');
    mkdirSync(folder);
    expect((await refusal(folder)).messageVi).toContain('thư mục');
    if (existsSync('/dev/zero')) {
      // /dev/zero never ends: reading it at all would fill the memory.
      expect((await refusal('/dev/zero')).messageEn).toContain('not a regular file');
    }
  });

  /** A .docx whose document.xml is `xml`, written by fflate (sizes in the headers overridable). */
  function docxWith(xml: Uint8Array, declared?: number): Uint8Array {
    const zip = zipSync(
      {
        '[Content_Types].xml': strToU8(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        ),
        'word/document.xml': xml,
      },
      { level: 9 },
    );
    if (declared === undefined) return zip;
    // Lie about the size in the local and central headers: the reader must count what comes out.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = 0; i + 46 < zip.length; i += 1) {
      const sig = view.getUint32(i, true);
      const nameAt = sig === 0x04034b50 ? i + 30 : sig === 0x02014b50 ? i + 46 : -1;
      if (nameAt < 0) continue;
      const nameLength = view.getUint16(i + (sig === 0x04034b50 ? 26 : 28), true);
      const name = strFromU8(zip.subarray(nameAt, nameAt + nameLength));
      if (name === 'word/document.xml') {
        view.setUint32(i + (sig === 0x04034b50 ? 22 : 24), declared, true);
      }
    }
    return zip;
  }

  it.each([
    ['an honest one', undefined],
    ['one whose headers say 100 bytes', 100],
  ])(
    'refuses a .docx whose document.xml inflates past the cap (%s), naming the part',
    async (_how, declared) => {
      const path = join(dir, `bom-${declared ?? 'that'}.docx`);
      // 24 MB of spaces deflate to some 24 KB: a small file.
      writeFileSync(path, docxWith(new Uint8Array(24 * 1024 * 1024).fill(0x20), declared));
      const error = await refusal(path);
      expect(error.messageVi).toContain(path);
      expect(error.messageVi).toContain('word/document.xml');
      expect(error.messageEn).toContain(`${MAX_DOCX_PART_BYTES / 1024 / 1024} MB`);
    },
  );
});
