/**
 * A run stopped by Ctrl+C or SIGTERM leaves nothing behind (issue 15, class 1): not in the output
 * folder (no temporary file of a half-written report), not in the system's temporary folder; the
 * old output, if any, is as it was; the process ends as the signal says. Through the real binary.
 *
 * Mid-write, the kill is timed by what the run does: the test watches the output folder and sends
 * the signal the moment the temporary file appears. Mid-check, it is sent half a second after the
 * start; wherever it lands, the promise is the same. No test asserts a duration: the time limits
 * below only catch a hang.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostileWorkbook } from '@dondoc/xlsx/hostile';
import { tempDir } from './test-support/run.js';

const bin = fileURLToPath(new URL('../bin/dondoc.js', import.meta.url));

const cell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A task sheet of `rows` overdue tasks: a check of it writes a JSON report of tens of megabytes. */
function overdueWorkbook(rows: number): Buffer {
  const header = `<row r="1">${cell('A1', 'Nội dung nhiệm vụ')}${cell('B1', 'Cơ quan chủ trì')}${cell('C1', 'Thời hạn')}${cell('D1', 'Tình trạng')}</row>`;
  const body: string[] = [];
  for (let r = 2; r <= rows + 1; r += 1) {
    body.push(
      `<row r="${r}">${cell(`A${r}`, `Nhiệm vụ số ${r} về chuyển đổi số`)}${cell(`B${r}`, `Phòng ${r % 40}`)}${cell(`C${r}`, '31/3/2024')}${cell(`D${r}`, 'Đang thực hiện')}</row>`,
    );
  }
  return hostileWorkbook([
    {
      name: 'Nhiệm vụ',
      xml: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${header}${body.join('')}</sheetData></worksheet>`,
    },
  ]);
}

interface Stopped {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Whether the signal was sent while the temporary file was there. */
  readonly sawTemp: boolean;
}

/**
 * Runs `dondoc check … --out out/ket-qua.json` with its own TMPDIR and sends `signal` when `when`
 * says so: 'mid-write' on the temporary file's appearance, 'mid-check' on the first output line.
 */
function runAndStop(
  workbook: string,
  out: string,
  tmp: string,
  signal: NodeJS.Signals,
  when: 'mid-write' | 'mid-check',
): Promise<Stopped> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [bin, 'check', workbook, '--as-of', '2024-07-01', '--format', 'json', '--out', out],
      { env: { ...process.env, TMPDIR: tmp, TEMP: tmp, TMP: tmp }, stdio: 'ignore' },
    );
    let sawTemp = false;
    const watcher = watch(path.dirname(out), (_event, name) => {
      if (when === 'mid-write' && !sawTemp && name?.endsWith('.tmp')) {
        sawTemp = true;
        child.kill(signal);
      }
    });
    // mid-check: shortly after the start, while the command loads and reads (the check of this
    // workbook takes seconds). Wherever the signal lands, nothing may be left behind.
    if (when === 'mid-check') child.once('spawn', () => setTimeout(() => child.kill(signal), 500));
    const hang = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearTimeout(hang);
      watcher.close();
      resolve({ code, signal: sig, sawTemp });
    });
  });
}

describe('a run stopped by a signal', () => {
  const dir = tempDir();
  const workbook = path.join(dir, 'so-theo-doi.xlsx');
  const bytes = overdueWorkbook(40_000);
  writeFileSync(workbook, bytes);

  it.each([
    ['SIGINT', 'mid-write'],
    ['SIGTERM', 'mid-write'],
    ['SIGINT', 'mid-check'],
  ] as const)(
    '%s %s leaves no temporary file and the old report as it was',
    async (signal, when) => {
      const out = path.join(dir, `${signal}-${when}`);
      const tmp = path.join(dir, `${signal}-${when}-tmp`);
      mkdirSync(out);
      mkdirSync(tmp);
      const report = path.join(out, 'ket-qua.json');
      writeFileSync(report, '{"cũ": true}\n');
      const stopped = await runAndStop(workbook, report, tmp, signal, when);
      // Ended by the signal itself (what a shell reports as 130 / 143), not by an error exit.
      expect(stopped).toMatchObject({ code: null, signal });
      if (when === 'mid-write') expect(stopped.sawTemp).toBe(true);
      expect(readdirSync(out)).toEqual(['ket-qua.json']);
      expect(readFileSync(report, 'utf8')).toBe('{"cũ": true}\n');
      expect(readdirSync(tmp)).toEqual([]);
      expect(readFileSync(workbook).equals(bytes)).toBe(true);
    },
    150_000,
  );
});
