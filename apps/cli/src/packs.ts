import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  jsonDepth,
  MAX_PACK_BYTES,
  MAX_PACK_DEPTH,
  parsePack,
  resolvePack,
  PackError,
  validateCustomRules,
  type Message,
  type Pack,
  type PackProblem,
} from '@dondoc/core';
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

export { MAX_PACK_BYTES };

const PACK_FILE: Message = { vi: 'tệp bộ quy tắc', en: 'the rule pack file' };

/**
 * A pack file's text: only from a regular file (not a device, pipe or folder) and at most
 * MAX_PACK_BYTES, counted as read (a file growing meanwhile is not trusted either).
 */
export function readPackText(file: string): string {
  return readBoundedText(file, MAX_PACK_BYTES, PACK_FILE);
}

/**
 * The text of a small JSON file dondoc reads (a pack, a config file): only from a regular file (not
 * a device, pipe or folder) and at most `max` bytes, counted as read. `what` names the kind of file
 * in the messages ("tệp bộ quy tắc" / "the rule pack file").
 */
export function readBoundedText(file: string, max: number, what: Message): string {
  const name = displayPath(file);
  const cannot = (error: unknown) => {
    const reason = systemErrorReason(error);
    return new CliError({
      vi: `Không đọc được ${what.vi} "${name}": ${reason.vi}`,
      en: `Cannot read ${what.en} "${name}": ${reason.en}`,
    });
  };
  let size: number;
  try {
    const stat = statSync(file);
    // A folder is said as the system says it (EISDIR, on reading); a device, pipe or socket is
    // never read at all.
    if (!stat.isFile() && !stat.isDirectory()) {
      throw new CliError({
        vi: `"${name}" không phải tệp thông thường (thiết bị, đường ống hay socket): không đọc làm ${what.vi}.`,
        en: `"${name}" is not a regular file (a device, a pipe or a socket): not read as ${what.en}.`,
      });
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw cannot(error);
  }
  const megabytes = max / 1024 / 1024;
  const tooLarge = () =>
    new CliError({
      vi: `${upperFirst(what.vi)} "${name}" quá lớn (hơn ${megabytes} MB).`,
      en: `${upperFirst(what.en)} "${name}" is too large (over ${megabytes} MB).`,
    });
  if (size > max) throw tooLarge();
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw cannot(error);
  }
  try {
    const buffer = Buffer.alloc(max + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > max) throw tooLarge();
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

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Refuses a JSON text nesting deeper than MAX_PACK_DEPTH, before it is parsed or walked: no pack or
 * config file nests more than a few levels, and a file nesting a hundred thousand must get a
 * message, not a stack overflow.
 */
export function assertShallow(text: string, file: string, what: Message): void {
  if (jsonDepth(text, MAX_PACK_DEPTH) <= MAX_PACK_DEPTH) return;
  const name = displayPath(file);
  throw new CliError({
    vi: `${upperFirst(what.vi)} "${name}" lồng mảng và đối tượng quá sâu (hơn ${MAX_PACK_DEPTH} cấp).`,
    en: `${upperFirst(what.en)} "${name}" nests arrays and objects too deep (over ${MAX_PACK_DEPTH} levels).`,
  });
}

/**
 * Parses a pack's text. The error says where the text stops being JSON, never what it holds: the
 * file may be anything (a key, a password file) named by mistake or by a hostile pack's `extends`.
 */
export function parsePackJson(text: string, file: string): unknown {
  assertShallow(text, file, PACK_FILE);
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
    const resolved = resolvePack(parsed.pack, (reference) => {
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
    validateCustomRules(resolved);
    return resolved;
  } catch (error) {
    // A cycle or a missing parent is said with the pack it was found from: the ids alone may not
    // tell the reader which file to open.
    if (error instanceof PackError) {
      const name = displayPath(origin);
      throw new CliError(
        {
          vi: `Bộ quy tắc "${name}": ${error.messages.vi}`,
          en: `The rule pack "${name}": ${error.messages.en}`,
        },
        2,
        problemLines(error.problems),
      );
    }
    throw error;
  }
}
