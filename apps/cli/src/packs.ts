import { existsSync, readFileSync } from 'node:fs';
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

/** Reads and parses a pack file, with bilingual errors naming the file. */
export function readPackFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = systemErrorReason(error);
    throw new CliError({
      vi: `Không đọc được tệp bộ quy tắc "${displayPath(file)}": ${reason.vi}`,
      en: `Cannot read the rule pack file "${displayPath(file)}": ${reason.en}`,
    });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `Tệp bộ quy tắc "${file}" không phải JSON hợp lệ: ${reason}`,
      en: `The rule pack file "${file}" is not valid JSON: ${reason}`,
    });
  }
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
  try {
    return resolvePack(parsed.pack, (reference) => {
      if (!looksLikePath(reference)) return getBundledPack(reference);
      const file = path.resolve(dir, reference);
      return existsSync(file) ? readPackFile(file) : undefined;
    });
  } catch (error) {
    if (error instanceof PackError)
      throw new CliError(error.messages, 2, problemLines(error.problems));
    throw error;
  }
}
