import { randomBytes } from 'node:crypto';
import { promises as fs, rmSync, type Stats } from 'node:fs';
import path from 'node:path';
import { onInterrupt } from './interrupt.js';
import { CliError } from './messages.js';
import { systemErrorReason } from './system-errors.js';
import { displayPath } from './terminal.js';

function writeError(target: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const reason = systemErrorReason(error);
  const name = displayPath(target);
  return new CliError({
    vi: `Không ghi được tệp "${name}": ${reason.vi}`,
    en: `Cannot write "${name}": ${reason.en}`,
  });
}

/**
 * Where a write to `target` must go, and how. A symbolic link is followed (its target is written, the
 * link stays); a device, a pipe or a socket (/dev/stdout, /dev/null) is written in place, never
 * renamed over; a folder is refused.
 */
async function resolveTarget(target: string): Promise<{ file: string; direct: boolean }> {
  let file = target;
  let stat: Stats | undefined;
  try {
    file = await fs.realpath(target);
    stat = await fs.stat(file);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) {
    throw new CliError({
      vi: `Không ghi được tệp "${displayPath(target)}": đây là một thư mục.`,
      en: `Cannot write "${displayPath(target)}": it is a folder.`,
    });
  }
  return { file, direct: stat !== undefined && !stat.isFile() };
}

/**
 * Writes a file atomically: to a temporary file beside it, then a rename, so that a reader never
 * sees half a report, an interrupted run never leaves a truncated file behind, and a failed write
 * leaves the old file as it was. A run stopped by Ctrl+C or SIGTERM mid-write removes its temporary
 * file (interrupt.ts). Devices and pipes are written directly.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await writeChunksAtomic(target, [data]);
}

/** Writes every byte (a pipe or a device may take fewer at a time). */
async function writeAll(handle: fs.FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
    at += bytesWritten;
  }
}

/** How much text writeChunksAtomic encodes before writing it. */
const WRITE_BUFFER_BYTES = 1 << 20;

/**
 * Like writeFileAtomic, for an output made of many pieces (a large JSON report): the pieces go to
 * the temporary file as they come, so the whole text is never held in memory.
 */
export async function writeChunksAtomic(
  target: string,
  chunks: Iterable<string | Uint8Array>,
): Promise<void> {
  let temp: string | undefined;
  let handle: fs.FileHandle | undefined;
  let release: (() => void) | undefined;
  try {
    const { file, direct } = await resolveTarget(target);
    const dir = path.dirname(path.resolve(file));
    if (direct) {
      handle = await fs.open(file, 'w');
    } else {
      const tempFile = path.join(
        dir,
        `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
      );
      temp = tempFile;
      await fs.mkdir(dir, { recursive: true });
      release = onInterrupt(() => rmSync(tempFile, { force: true }));
      handle = await fs.open(tempFile, 'wx');
    }
    // Text is encoded into one reused buffer and written when it is full: no large string is
    // built, so what a big output allocates dies young.
    const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    let used = 0;
    for (const chunk of chunks) {
      if (typeof chunk === 'string' && chunk.length * 3 <= WRITE_BUFFER_BYTES) {
        // at most three bytes of UTF-8 for each UTF-16 code unit
        if (used + chunk.length * 3 > WRITE_BUFFER_BYTES) {
          await writeAll(handle, buffer.subarray(0, used));
          used = 0;
        }
        used += buffer.write(chunk, used, 'utf8');
        continue;
      }
      if (used > 0) await writeAll(handle, buffer.subarray(0, used));
      used = 0;
      await writeAll(handle, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    }
    if (used > 0) await writeAll(handle, buffer.subarray(0, used));
    await handle.close();
    handle = undefined;
    if (temp !== undefined) await fs.rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (temp !== undefined) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw writeError(target, error);
  } finally {
    release?.();
  }
}

/** A path's identity: device and inode when it exists (catches hard links), else its real path. */
async function identity(p: string): Promise<string> {
  try {
    const real = await fs.realpath(p);
    const stat = await fs.stat(real);
    return stat.isFile() ? `${stat.dev}:${stat.ino}` : real;
  } catch {
    // Not there yet: its folder may be a link, so resolve what exists of it.
    const dir = path.dirname(path.resolve(p));
    const realDir = await fs.realpath(dir).catch(() => dir);
    return path.join(realDir, path.basename(p));
  }
}

/**
 * Refuses outputs that are inputs, directly, through a symbolic or hard link, or because a name
 * inside `--out DIR` is one of them: the user's workbook is never written to.
 */
export async function assertNotAnInput(
  outputs: string | readonly string[],
  inputs: readonly string[],
): Promise<void> {
  const inputIds = new Map<string, string>();
  for (const input of inputs) inputIds.set(await identity(input), input);
  for (const out of typeof outputs === 'string' ? [outputs] : outputs) {
    if (inputIds.has(await identity(out))) {
      const name = displayPath(out);
      throw new CliError({
        vi: `Tệp kết quả "${name}" trùng với tệp đầu vào: dondoc không bao giờ ghi đè sổ theo dõi của bạn.`,
        en: `The output "${name}" is one of the inputs: dondoc never overwrites your workbook.`,
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
