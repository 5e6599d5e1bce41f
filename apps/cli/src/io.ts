import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError } from './messages.js';

/**
 * Writes a file atomically: to a temporary file beside it, then a rename, so that a reader never
 * sees half a report and an interrupted run never leaves a truncated file behind.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, data);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `Không ghi được tệp "${target}": ${reason}`,
      en: `Cannot write "${target}": ${reason}`,
    });
  }
}

/**
 * Like writeFileAtomic, for an output made of many pieces (a large JSON report): the pieces go to
 * the temporary file as they come, so the whole text is never held in memory.
 */
export async function writeChunksAtomic(target: string, chunks: Iterable<string>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    await fs.mkdir(dir, { recursive: true });
    handle = await fs.open(temp, 'w');
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= 1 << 20) {
        await handle.write(buffer);
        buffer = '';
      }
    }
    if (buffer !== '') await handle.write(buffer);
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError({
      vi: `Không ghi được tệp "${target}": ${reason}`,
      en: `Cannot write "${target}": ${reason}`,
    });
  }
}

/** Refuses an output path that is one of the inputs: the user's workbook is never written to. */
export async function assertNotAnInput(out: string, inputs: readonly string[]): Promise<void> {
  const resolve = async (p: string) => {
    try {
      return await fs.realpath(p);
    } catch {
      return path.resolve(p);
    }
  };
  const target = await resolve(out);
  for (const input of inputs) {
    if ((await resolve(input)) === target) {
      throw new CliError({
        vi: `Tệp kết quả "${out}" trùng với tệp đầu vào: dondoc không bao giờ ghi đè sổ theo dõi của bạn.`,
        en: `The output "${out}" is one of the inputs: dondoc never overwrites your workbook.`,
      });
    }
  }
}

/** Today in the given time zone, as YYYY-MM-DD (the only place dondoc reads the clock). */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
