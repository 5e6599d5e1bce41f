/** Real .xlsx files for tests: written by exceljs into a temporary folder, or rewritten part by part. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { makeZip, type ZipInput } from './zip.js';

export class TempDir {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'dondoc-xlsx-'));

  file(name: string, data?: string | Uint8Array): string {
    const target = path.join(this.dir, name);
    if (data !== undefined) writeFileSync(target, data);
    return target;
  }

  async workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    const target = this.file(name);
    await wb.xlsx.writeFile(target);
    return target;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Every entry of a zip file, in stored order. */
export function unzipEntries(file: string): Promise<{ name: string; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const out: { name: string; data: Buffer }[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/**
 * Rewrites a zip: `edit` gets each part's text and returns the new text, undefined to keep it, or
 * null to drop it; `extra` parts are appended.
 */
export async function rezip(
  source: string,
  target: string,
  edit: (name: string, text: string) => string | null | undefined,
  extra: readonly ZipInput[] = [],
): Promise<string> {
  const entries = await unzipEntries(source);
  const inputs: ZipInput[] = [];
  for (const { name, data } of entries) {
    const edited = edit(name, data.toString('utf8'));
    if (edited === null) continue;
    inputs.push({ name, data: edited === undefined ? data : edited });
  }
  writeFileSync(target, makeZip([...inputs, ...extra]));
  return target;
}

/** Writes `parts` to `target` as a zip, sorted by `rank` (stable), and returns the path. */
export function rezipOrdered(
  parts: readonly { name: string; data: Buffer }[],
  target: string,
  rank: (name: string) => number,
): string {
  const sorted = [...parts].sort((a, b) => rank(a.name) - rank(b.name));
  writeFileSync(target, makeZip(sorted));
  return target;
}
