/**
 * What `dondoc check` is given: files, folders (every .xlsx inside, recursively) and glob patterns
 * ("so-theo-doi/**\/*.xlsx", "xa-*.xlsx"), for shells that do not expand them (Windows) or when
 * quoted. The result is sorted and without duplicates, so a run never depends on directory order.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';

const WILDCARD = /[*?[{]/;

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
    else if (entry.isSymbolicLink() && isWorkbookName(entry.name)) {
      // A link to a workbook (a shared copy) is checked under the link's name; a link to a folder
      // is not followed, so a folder linking to itself cannot loop.
      const target = await fs.stat(full).catch(() => undefined);
      if (target?.isFile()) out.push(full);
    }
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
