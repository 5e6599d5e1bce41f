/**
 * What `dondoc check` is given: files, folders (every .xlsx inside, recursively) and glob patterns
 * ("so-theo-doi/**\/*.xlsx", "xa-*.xlsx"), for shells that do not expand them (Windows) or when
 * quoted. The result is sorted and without duplicates, so a run never depends on directory order.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

const WILDCARD = /[*?[]/;

/** Excel's lock files ("~$so-theo-doi.xlsx") and hidden files are never workbooks to check. */
function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() && isWorkbookName(entry.name)) out.push(full);
  }
}

/** A glob as a regular expression over "/"-separated relative paths: *, ?, ** and [abc]. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'u');
}

async function expandGlob(pattern: string): Promise<string[]> {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (segments.length > 0 && !WILDCARD.test(segments[0]!)) fixed.push(segments.shift()!);
  const base = fixed.length === 0 ? '.' : fixed.join(path.sep) || path.sep;
  const matcher = globToRegExp(segments.join('/'));
  const all: string[] = [];
  await walk(base, all);
  return all.filter((file) => matcher.test(path.relative(base, file).split(path.sep).join('/')));
}

export interface ExpandedInputs {
  /** Files to check, sorted, each once. A path that does not exist is kept: it is reported as such. */
  readonly files: readonly string[];
  /** Folders and patterns that matched no workbook. */
  readonly empty: readonly string[];
}

export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const files = new Set<string>();
  const empty: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => undefined);
    let found: string[];
    if (stat?.isDirectory()) {
      found = [];
      await walk(arg, found);
    } else if (!stat && WILDCARD.test(arg)) {
      found = await expandGlob(arg);
    } else {
      files.add(arg);
      continue;
    }
    if (found.length === 0) empty.push(arg);
    for (const f of found) files.add(f);
  }
  return { files: [...files].sort((a, b) => a.localeCompare(b, 'en')), empty };
}
