/**
 * Checking many files: worker threads share the files out (each file whole to one worker), results
 * come back in input order whatever the timing, and a progress line on a terminal shows the counts
 * and the current file. With one file, or when the worker script is not built (running from
 * sources), everything runs in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatIsoDate, type Checker, type WorkbookResult } from '@dondoc/core';
import { checkWorkbookFile } from './read.js';

export interface Progress {
  /** Called after each file with how many are done and the file just finished. */
  (done: number, total: number, file: string): void;
}

const WORKER = new URL('./worker.js', import.meta.url);

/**
 * How many workers: one per core (this thread only hands out files and collects results), at most 8,
 * never more than files; none for fewer than 4 files, where starting workers costs more than it
 * saves, and none on two cores or fewer: there, measured on 300 small workbooks (alternating
 * whole-process runs), two workers took 3.6 times the CPU of one thread for no shorter a wall time.
 */
export function workerCount(
  files: number,
  requested?: number,
  cores: number = availableParallelism(),
): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, files));
  if (files < 4 || cores <= 2) return 0;
  return Math.min(8, cores, files);
}

export async function checkFiles(
  checker: Checker,
  files: readonly string[],
  options: { workers?: number; progress?: Progress } = {},
): Promise<WorkbookResult[]> {
  const count = workerCount(files.length, options.workers);
  const script = fileURLToPath(WORKER);
  if (count === 0 || !existsSync(script)) {
    const results: WorkbookResult[] = [];
    for (const [i, file] of files.entries()) {
      results.push(await checkWorkbookFile(checker, file));
      options.progress?.(i + 1, files.length, file);
    }
    return results;
  }
  const results = new Array<WorkbookResult | undefined>(files.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(script, {
        workerData: {
          pack: checker.pack,
          asOf: formatIsoDate(checker.asOf),
          explain: checker.explain,
        },
      });
      return new Promise<void>((resolve, reject) => {
        const feed = () => {
          if (next < files.length) {
            const index = next++;
            worker.postMessage({ index, file: files[index] });
          } else {
            worker.postMessage(null);
          }
        };
        worker.on('message', (message: { index: number; result: WorkbookResult }) => {
          results[message.index] = message.result;
          done++;
          options.progress?.(done, files.length, files[message.index]!);
          feed();
        });
        worker.on('error', reject);
        worker.on('exit', () => resolve());
        feed();
      });
    }),
  );
  return results.map(
    (r, i) =>
      r ?? checker.unreadable(files[i]!, { vi: 'Không kiểm tra được.', en: 'Not checked.' }),
  );
}

/** A one-line progress bar on a terminal ("[████░░░░] 12/200 xa-012.xlsx"); silent elsewhere. */
export function terminalProgress(stream: NodeJS.WriteStream): Progress | undefined {
  if (!stream.isTTY || process.env.CI) return undefined;
  let last = 0;
  return (done, total, file) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    stream.write(
      `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${name}\x1b[K`,
    );
    if (done === total) stream.write('\r\x1b[K');
  };
}
