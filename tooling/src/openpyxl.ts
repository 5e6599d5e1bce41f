/**
 * Workbooks as openpyxl writes them (inline strings, numeric character references, no shared
 * strings), made by tooling/scripts/openpyxl-copy.py when a Python with openpyxl is present:
 * `$PYTHON`, then `python3` on the PATH, then `/usr/bin/python3`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'scripts',
  'openpyxl-copy.py',
);

let found: string | null | undefined;

/** A Python that imports openpyxl, or null when there is none. */
export function pythonWithOpenpyxl(): string | null {
  if (found !== undefined) return found;
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(
    (c): c is string => typeof c === 'string' && c !== '',
  );
  found = null;
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import openpyxl'], { encoding: 'utf8' });
    if (probe.status === 0) {
      found = python;
      break;
    }
  }
  return found;
}

/**
 * Copies `source`'s values to `target` through openpyxl's write-only mode (at most `maxRows` rows
 * per sheet). Returns false, with the reason, when no Python with openpyxl is available.
 */
export function openpyxlCopy(
  source: string,
  target: string,
  maxRows?: number,
): { ok: true } | { ok: false; reason: string } {
  const python = pythonWithOpenpyxl();
  if (!python) return { ok: false, reason: 'no python3 with openpyxl found' };
  const args = [script, source, target, ...(maxRows === undefined ? [] : [String(maxRows)])];
  const run = spawnSync(python, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) return { ok: false, reason: run.stderr.trim() || `exit ${run.status}` };
  return { ok: true };
}
