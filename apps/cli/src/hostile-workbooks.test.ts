/**
 * Issue 15, class 1, through the real binary: small workbooks declaring huge shapes or long runs are
 * refused with a message naming the file (and the sheet, row or cell), or read normally, within
 * bounded time and memory; the process never aborts and the input is left as it was.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '@dondoc/xlsx/hostile';
import { tempDir } from './test-support/run.js';

const bin = fileURLToPath(new URL('../bin/dondoc.js', import.meta.url));

interface Report {
  workbooks: Array<{ status: string; error?: { vi: string; en: string } }>;
}

describe('hostile workbooks through the built command', () => {
  it.each(HOSTILE_CASES)(
    '$label',
    (c) => {
      const dir = tempDir();
      const file = path.join(dir, c.file);
      const bytes = c.make();
      writeFileSync(file, bytes);
      const out = path.join(dir, 'ket-qua.json');
      const result = spawnSync(
        process.execPath,
        [
          '--max-old-space-size=1024',
          bin,
          'check',
          file,
          '--as-of',
          '2024-07-01',
          '--format',
          'json',
          '--out',
          out,
        ],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(result.signal).toBeNull();
      expect(readFileSync(file).equals(bytes)).toBe(true);
      const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
      const workbook = report.workbooks[0]!;
      if (c.outcome === 'read') {
        expect(workbook.status).not.toBe('unreadable');
        return;
      }
      expect(workbook.status).toBe('unreadable');
      expect(result.status).toBe(2);
      for (const text of [workbook.error!.vi, workbook.error!.en]) expect(text).toContain(c.file);
      for (const name of c.names ?? []) expect(workbook.error!.vi).toContain(name);
    },
    90_000,
  );
});
