import { describe, expect, it } from 'vitest';
import { terminalProgress, workerCount } from './batch.js';

function stream(isTTY: boolean) {
  let written = '';
  return {
    isTTY,
    write(chunk: string) {
      written += chunk;
      return true;
    },
    get written() {
      return written;
    },
  };
}

describe('the progress line', () => {
  it('shows counts and the current file on a terminal, and clears itself at the end', () => {
    const previous = process.env.CI;
    delete process.env.CI;
    try {
      const tty = stream(true);
      const progress = terminalProgress(tty as unknown as NodeJS.WriteStream)!;
      progress(1, 2, 'xa-001.xlsx');
      expect(tty.written).toContain('1/2 xa-001.xlsx');
      expect(tty.written).toContain('████████████░░░░░░░░░░░░');
      progress(2, 2, 'xa-002.xlsx');
      expect(tty.written.endsWith('\r\u001b[K')).toBe(true);
    } finally {
      if (previous !== undefined) process.env.CI = previous;
    }
  });

  it('is silent when the output is not a terminal', () => {
    expect(terminalProgress(stream(false) as unknown as NodeJS.WriteStream)).toBeUndefined();
  });
});

describe('how many workers', () => {
  it.each([
    [1, undefined, 0],
    [3, undefined, 0],
    [200, 0, 0],
    [200, 3, 3],
    [2, 5, 2],
  ])('%i files, asked %s → %i', (files, asked, expected) => {
    expect(workerCount(files, asked)).toBe(expected);
  });

  it.each([
    [200, 1, 0],
    [200, 2, 0],
    [200, 4, 4],
    [200, 16, 8],
    [5, 8, 5],
    [3, 8, 0],
  ])('%i files on %i cores → %i workers', (files, cores, expected) => {
    expect(workerCount(files, undefined, cores)).toBe(expected);
  });
});
