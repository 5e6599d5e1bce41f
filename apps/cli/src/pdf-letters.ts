/**
 * `--pdf`: the letters converted to PDF by LibreOffice (`soffice --headless --convert-to pdf`) when it
 * is on the PATH; otherwise a clear message saying so, and the .docx letters are there as ever.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Message } from '@dondoc/core';
import { onInterrupt } from './interrupt.js';
import { CliError } from './messages.js';

const NAMES =
  process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];

/** LibreOffice's command on the PATH (soffice, or libreoffice as some Linux packages name it). */
export function findSoffice(pathVariable: string = process.env.PATH ?? ''): string | undefined {
  for (const dir of pathVariable.split(path.delimiter)) {
    if (dir === '') continue;
    for (const name of NAMES) {
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not in this folder
      }
    }
  }
  return undefined;
}

export const NO_CONVERTER: Message = {
  vi: 'Không tạo được PDF: máy này không có LibreOffice (lệnh "soffice" không có trong PATH). Các thư .docx vẫn đã được ghi; cài LibreOffice rồi chạy lại với --pdf, hoặc mở thư bằng Word và chọn Lưu thành PDF.',
  en: 'No PDF written: LibreOffice is not available here ("soffice" is not on the PATH). The .docx letters are written; install LibreOffice and run again with --pdf, or open them in Word and save as PDF.',
};

/**
 * Converts the .docx files to PDF beside them; returns the PDFs written. LibreOffice runs with a
 * profile of its own, so an open LibreOffice window cannot block it.
 */
export async function convertToPdf(soffice: string, files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const profile = await mkdtemp(path.join(tmpdir(), 'dondoc-soffice-'));
  const release = onInterrupt(() => rmSync(profile, { recursive: true, force: true }));
  const outDir = path.dirname(path.resolve(files[0]!));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          outDir,
          ...files.map((f) => path.resolve(f)),
        ],
        { timeout: 300_000 },
        (error) => (error ? reject(error) : resolve()),
      );
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `LibreOffice không chuyển được thư sang PDF: ${reason}`,
      en: `LibreOffice could not convert the letters to PDF: ${reason}`,
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
    release();
  }
  const pdfs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
  const missing = pdfs.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    throw new CliError({
      vi: `LibreOffice không ghi ra ${missing.map((m) => path.basename(m)).join(', ')}.`,
      en: `LibreOffice did not write ${missing.map((m) => path.basename(m)).join(', ')}.`,
    });
  }
  return pdfs;
}
