/** Issue 15, class 1, in the reader itself, from disk and from memory (the page): bounded work. */
import { afterAll, describe, expect, it } from 'vitest';
import { WorkbookReadError } from './errors.js';
import { readWorkbookFromBuffer } from './memory.js';
import { readWorkbook } from './reader.js';
import { TempDir } from './test-support/fixtures.js';
import { HOSTILE_CASES } from './test-support/hostile.js';

const temp = new TempDir();
afterAll(() => temp.remove());

describe.each(HOSTILE_CASES)('$label', (c) => {
  let bytes: Buffer | undefined;
  const made = () => (bytes ??= c.make());
  it.each([
    ['from disk', () => readWorkbook(temp.file(c.file, made()))],
    ['in memory', () => readWorkbookFromBuffer(made(), c.file)],
  ])('%s', async (_how, read) => {
    const result = await read().then(
      (content) => content,
      (error: unknown) => error,
    );
    if (c.outcome === 'read') {
      expect(result).not.toBeInstanceOf(Error);
      return;
    }
    expect(result).toBeInstanceOf(WorkbookReadError);
    const error = result as WorkbookReadError;
    expect(error.code).toBe(c.code);
    for (const text of [error.messages.vi, error.messages.en]) expect(text).toContain(c.file);
    for (const name of c.names ?? []) expect(error.messages.vi).toContain(name);
  });
});
