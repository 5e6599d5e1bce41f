import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDirective } from './extract.js';
import { DirectiveReadError, readDirectiveFile } from './read.js';

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
