/**
 * What `dondoc check` is given: files, folders (every .xlsx inside, recursively) and glob patterns
 * ("so-theo-doi/**\/*.xlsx", "xa-*.xlsx"), for shells that do not expand them (Windows) or when
 * quoted. The result is sorted and without duplicates, so a run never depends on directory order.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Message } from '@dondoc/core';

const WILDCARD = /[*?[{]/;

/** Excel's lock files ("~$so-theo-doi.xlsx") and hidden files are never workbooks to check. */
function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

/** Something in a folder that looks like a workbook, or may hold some, and is not checked. */
export interface SkippedInput {
  readonly path: string;
  readonly reason: Message;
}

const REASONS = {
  dangling: {
    vi: 'liên kết tới một tệp không còn tồn tại',
    en: 'a link to a file that does not exist',
  },
  loop: { vi: 'liên kết vòng, trỏ về chính nó', en: 'a link that loops back on itself' },
  linkedFolder: {
    vi: 'liên kết tới một thư mục (dondoc không đi theo liên kết thư mục)',
    en: 'a link to a folder (dondoc does not follow links to folders)',
  },
  special: {
    vi: 'không phải tệp thông thường (thiết bị, đường ống hay socket)',
    en: 'not a regular file (a device, a pipe or a socket)',
  },
} satisfies Record<string, Message>;

async function walk(dir: string, out: string[], skipped: SkippedInput[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out, skipped);
    else if (entry.isFile()) {
      if (isWorkbookName(entry.name)) out.push(full);
    } else if (entry.isSymbolicLink()) {
      // A link to a workbook (a shared copy) is checked under the link's name; a link to a folder
      // is not followed, so a folder linking to itself cannot loop: it is said to be skipped, as
      // is a link named like a workbook that leads nowhere.
      const target = await fs.stat(full).catch((error: NodeJS.ErrnoException) => error);
      if (target instanceof Error) {
        if (isWorkbookName(entry.name)) {
          skipped.push({
            path: full,
            reason: target.code === 'ELOOP' ? REASONS.loop : REASONS.dangling,
          });
        }
      } else if (target.isDirectory()) skipped.push({ path: full, reason: REASONS.linkedFolder });
      else if (!isWorkbookName(entry.name)) continue;
      else if (target.isFile()) out.push(full);
      else skipped.push({ path: full, reason: REASONS.special });
    } else if (isWorkbookName(entry.name)) skipped.push({ path: full, reason: REASONS.special });
  }
}

/** Matches on case-insensitive file systems ignore case, as the shell there would. */
const CASE_SENSITIVE = process.platform !== 'win32' && process.platform !== 'darwin';

/**
 * Files matching a glob (tinyglobby: *, ?, **, [abc], {a,b}); backslashes in a Windows path are
 * separators, not escapes. Relative patterns give relative paths, absolute ones absolute paths.
 */
export async function expandGlob(pattern: string): Promise<string[]> {
  const normalized =
    path.sep === '\\' || /^[a-zA-Z]:\\/.test(pattern) ? pattern.replace(/\\/g, '/') : pattern;
  const found = await glob([normalized], {
    onlyFiles: true,
    dot: false,
    absolute: path.isAbsolute(pattern),
    caseSensitiveMatch: CASE_SENSITIVE,
    ignore: ['**/node_modules/**'],
    expandDirectories: false,
  });
  return found
    .filter((file) => isWorkbookName(path.basename(file)))
    .map((file) => path.normalize(file));
}

export interface ExpandedInputs {
  /** Files to check, sorted, each once. A path that does not exist is kept: it is reported as such. */
  readonly files: readonly string[];
  /** Folders and patterns that matched no workbook. */
  readonly empty: readonly string[];
  /** What a folder held that looked like a workbook (or could hold some) and is not checked. */
  readonly skipped: readonly SkippedInput[];
}

export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const files = new Set<string>();
  const empty: string[] = [];
  const skipped: SkippedInput[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => undefined);
    let found: string[];
    if (stat?.isDirectory()) {
      found = [];
      await walk(arg, found, skipped);
    } else if (!stat && WILDCARD.test(arg)) {
      found = await expandGlob(arg);
    } else {
      files.add(arg);
      continue;
    }
    if (found.length === 0) empty.push(arg);
    for (const f of found) files.add(f);
  }
  const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path, 'en');
  return {
    files: [...files].sort((a, b) => a.localeCompare(b, 'en')),
    empty,
    skipped: skipped.sort(byPath),
  };
}

/**
 * The folder an input names, where its config file is looked for: a folder itself, a file's
 * folder, or a pattern's folder before its first wildcard ("cac-xa/**\/*.xlsx" → "cac-xa").
 */
export async function inputFolder(arg: string): Promise<string> {
  const stat = await fs.stat(arg).catch(() => undefined);
  if (stat?.isDirectory()) return arg;
  if (stat || !WILDCARD.test(arg)) return path.dirname(arg);
  const parts = arg.split(/[\\/]/);
  const fixed = parts.slice(
    0,
    parts.findIndex((part) => WILDCARD.test(part)),
  );
  return fixed.length === 0 ? '.' : fixed.join(path.sep) || path.sep;
}
