import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parsePack, resolvePack, PackError, type Pack, type PackProblem } from '@dondoc/core';
import { getBundledPack, listBundledPacks } from '@dondoc/rulepacks';
import { CliError } from './messages.js';
import { suggest } from './suggest.js';
import { systemErrorReason } from './system-errors.js';
import { displayPath } from './terminal.js';

function problemLines(problems: readonly PackProblem[]) {
  return problems.slice(0, 20).map((p) => ({
    vi: `${p.pointer || '/'}: ${p.message.vi}`,
    en: `${p.pointer || '/'}: ${p.message.en}`,
  }));
}

/** The largest pack file read: bundled packs are under 30 KB, so 4 MB is no pack. */
export const MAX_PACK_BYTES = 4 * 1024 * 1024;

/**
 * A pack file's text: only from a regular file (not a device, pipe or folder) and at most
 * MAX_PACK_BYTES, counted as read (a file growing meanwhile is not trusted either).
 */
export function readPackText(file: string): string {
  const name = displayPath(file);
  const cannot = (error: unknown) => {
    const reason = systemErrorReason(error);
    return new CliError({
      vi: `Không đọc được tệp bộ quy tắc "${name}": ${reason.vi}`,
      en: `Cannot read the rule pack file "${name}": ${reason.en}`,
    });
  };
  let size: number;
  try {
    const stat = statSync(file);
    // A folder is said as the system says it (EISDIR, on reading); a device, pipe or socket is
    // never read at all.
    if (!stat.isFile() && !stat.isDirectory()) {
      throw new CliError({
        vi: `"${name}" không phải tệp thông thường (thiết bị, đường ống hay socket): không đọc làm bộ quy tắc.`,
        en: `"${name}" is not a regular file (a device, a pipe or a socket): not read as a rule pack.`,
      });
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw cannot(error);
  }
  const tooLarge = () =>
    new CliError({
      vi: `Tệp bộ quy tắc "${name}" quá lớn (hơn ${MAX_PACK_BYTES / 1024 / 1024} MB): không phải một bộ quy tắc.`,
      en: `The rule pack file "${name}" is too large (over ${MAX_PACK_BYTES / 1024 / 1024} MB): not a rule pack.`,
    });
  if (size > MAX_PACK_BYTES) throw tooLarge();
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw cannot(error);
  }
  try {
    const buffer = Buffer.alloc(MAX_PACK_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_PACK_BYTES) throw tooLarge();
    }
    return buffer
      .subarray(0, length)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw cannot(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Parses a pack's text. The error says where the text stops being JSON, never what it holds: the
 * file may be anything (a key, a password file) named by mistake or by a hostile pack's `extends`.
 */
export function parsePackJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    let where = { vi: '', en: '' };
    if (Number.isFinite(offset)) {
      const before = text.slice(0, offset).split('\n');
      const at = `${before.length}:${before.at(-1)!.length + 1}`;
      where = { vi: ` (dòng:cột ${at})`, en: ` (line:column ${at})` };
    }
    const name = displayPath(file);
    throw new CliError({
      vi: `Tệp bộ quy tắc "${name}" không phải JSON hợp lệ${where.vi}.`,
      en: `The rule pack file "${name}" is not valid JSON${where.en}.`,
    });
  }
}

/** Reads and parses a pack file, with bilingual errors naming the file. */
export function readPackFile(file: string): unknown {
  return parsePackJson(readPackText(file), file);
}

/** Whether `file` (links resolved) lies inside the folder `root` (links resolved). */
function inside(root: string, file: string): boolean {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return false;
  }
  const relative = path.relative(root, real);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function looksLikePath(ref: string): boolean {
  return ref.endsWith('.json') || ref.includes('/') || ref.includes('\\');
}

/** `--pack` takes a bundled pack id or a path to a pack file; `extends` may name either. */
export function loadPack(ref: string, baseDir = process.cwd()): Pack {
  let raw: unknown;
  let origin: string;
  let dir = baseDir;
  if (!looksLikePath(ref) && getBundledPack(ref)) {
    raw = getBundledPack(ref);
    origin = ref;
  } else {
    const file = path.resolve(baseDir, ref);
    if (!existsSync(file)) {
      const near = looksLikePath(ref)
        ? []
        : suggest(
            ref,
            listBundledPacks().map((p) => p.id),
          );
      const name = displayPath(ref);
      const hint =
        near.length > 0
          ? { vi: ` Có phải ý bạn là ${near.join(', ')}?`, en: ` Did you mean ${near.join(', ')}?` }
          : { vi: '', en: '' };
      throw new CliError({
        vi: `Không có bộ quy tắc "${name}": không phải mã bộ quy tắc đi kèm (xem "dondoc packs") cũng không phải tệp.${hint.vi}`,
        en: `No rule pack "${name}": neither a bundled pack id (see "dondoc packs") nor a file.${hint.en}`,
      });
    }
    raw = readPackFile(file);
    origin = file;
    dir = path.dirname(file);
  }
  const parsed = parsePack(raw);
  if (!parsed.ok) {
    throw new CliError(
      { vi: `Bộ quy tắc "${origin}" không hợp lệ:`, en: `The rule pack "${origin}" is invalid:` },
      2,
      problemLines(parsed.problems),
    );
  }
  // A file named by `extends` must lie in the folder tree of the pack given on the command line:
  // a pack from elsewhere cannot make dondoc read any file it names.
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    root = dir;
  }
  try {
    return resolvePack(parsed.pack, (reference) => {
      if (!looksLikePath(reference)) return getBundledPack(reference);
      const file = path.resolve(dir, reference);
      if (!existsSync(file)) return undefined;
      if (!inside(root, file)) {
        const name = displayPath(reference);
        throw new CliError({
          vi: `Bộ quy tắc "${origin}" kế thừa (extends) "${name}" nằm ngoài thư mục của nó: chỉ được kế thừa bộ quy tắc đi kèm hoặc tệp trong thư mục "${displayPath(root)}".`,
          en: `The rule pack "${origin}" extends "${name}", outside its folder: only bundled packs and files inside "${displayPath(root)}" can be extended.`,
        });
      }
      return readPackFile(file);
    });
  } catch (error) {
    if (error instanceof PackError)
      throw new CliError(error.messages, 2, problemLines(error.problems));
    throw error;
  }
}
