/**
 * Runs cases of the hostile corpus as vitest tests, two processes at a time (run.ts); each test's
 * name is the case's id, label and promise, so a failure reads as the promise it broke.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import type { HostileCase } from './cases.js';
import { fingerprint, HANG_MS, runDondoc, verify } from './run.js';

/** A test's own limit: the hang ceiling, plus waiting for a free slot and making the files. */
const TEST_MS = 4 * HANG_MS;

export async function runCase(c: HostileCase): Promise<string[] | 'skipped'> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-hostile-'));
  // The usage file sits apart, so that the case's folder holds only what the case and dondoc made.
  const usage = mkdtempSync(path.join(tmpdir(), 'dondoc-hostile-usage-'));
  try {
    const setup = c.setup(dir);
    if (!setup) return 'skipped';
    const before = new Map(setup.inputs.map((i) => [i, fingerprint(i)]));
    const run = await runDondoc(setup.args, setup.cwd ?? dir, path.join(usage, 'usage.jsonl'));
    const problems = await verify(setup, run, before);
    if (problems.length > 0) {
      problems.push(`stderr: ${run.stderr.slice(0, 2000)}`);
    }
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(usage, { recursive: true, force: true });
  }
}

export function describeCases(title: string, cases: readonly HostileCase[]): void {
  describe(title, () => {
    it.concurrent.each(cases.map((c) => [`${c.id}: ${c.label} → ${c.promise}`, c] as const))(
      '%s',
      async (_name, c) => {
        const problems = await runCase(c);
        if (problems === 'skipped') return;
        // Each broken promise on its own line, with the run's standard error after them.
        if (problems.length > 0) throw new Error(`${c.id}\n${problems.join('\n')}`);
      },
      TEST_MS,
    );
  });
}
