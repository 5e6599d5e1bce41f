/**
 * A batch worker: checks the workbook files it is sent with the pack and as-of date it was started
 * with, and posts each result back with its index (the caller keeps input order).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createChecker, parseIsoDate, withPlainMessages, type Pack } from '@dondoc/core';
import { checkWorkbookFile } from './read.js';

interface Start {
  readonly pack: Pack;
  readonly asOf: string;
  readonly explain: boolean;
}

// Workers share the process's working directory, so relative paths name the same files.
const start = workerData as Start;
const checker = createChecker({
  pack: start.pack,
  asOf: parseIsoDate(start.asOf)!,
  explain: start.explain,
});

parentPort!.on('message', (job: { index: number; file: string } | null) => {
  if (job === null) {
    parentPort!.close();
    return;
  }
  // Messages are rendered here: a structured clone carries plain data only.
  void checkWorkbookFile(checker, job.file).then((result) =>
    parentPort!.postMessage({ index: job.index, result: withPlainMessages(result) }),
  );
});
