/**
 * Runs one case of the hostile corpus through the real binary (`node apps/cli/bin/dondoc.js`) and
 * checks the promises every case keeps, whatever it is:
 *
 * - it ends by itself with an exit code (never a signal, never "unexpected error", never a stack
 *   trace), within the hang ceiling;
 * - its peak memory stays under 1 GiB (measured by the process itself, see bench-process.ts);
 * - every input is unchanged, byte for byte;
 * - a message that refuses something names the file, in Vietnamese and in English;
 * - every output it writes parses back in its format (JSON, XML 1.0 through saxes, each XML part of
 *   an .xlsx or .docx, iCalendar lines).
 *
 * No promise is about speed: the only clock is HANG_MS, a ceiling far above any honest run, so a
 * loaded machine cannot make a case fail; a case that needs it has hung.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { readUsage, usageEnv } from '../bench-process.js';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const BIN = path.join(REPO, 'apps', 'cli', 'bin', 'dondoc.js');

/** A run that takes longer than this has hung (an honest run of any case takes seconds). */
export const HANG_MS = 60_000;
/** The most memory a run may use. */
export const MAX_RSS_MB = 1024;

/** What a case asks of the run beyond the common promises. */
export interface Expect {
  /** The exit codes allowed (0 clean, 1 findings, 2 refused). */
  readonly exit: readonly number[];
  /**
   * Strings the message must hold in both languages (the file's name): in the "Lỗi:" and the
   * "Error:" lines of the standard error.
   */
  readonly names?: readonly string[];
  /** Words the standard error must hold (in either language), e.g. the limit that was hit. */
  readonly says?: readonly (string | RegExp)[];
  /** Outputs that must exist and parse (the format is taken from the extension). */
  readonly outputs?: readonly string[];
  /** Paths that must not exist afterwards (a traversal's target, a temporary file). */
  readonly absent?: readonly string[];
  /** Anything else, given the run. */
  readonly check?: (run: Run) => void | Promise<void>;
}

export interface Setup {
  /** The arguments after `dondoc`. */
  readonly args: readonly string[];
  /** Files (or folders) that must be unchanged afterwards. */
  readonly inputs: readonly string[];
  readonly expect: Expect;
  /** The working folder (default: the case's folder). */
  readonly cwd?: string;
}

export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly maxRssMb: number | undefined;
  readonly hung: boolean;
}

/** Two at a time: the machine has two cores and other work; more would only queue in the kernel. */
const LIMIT = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= LIMIT) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** Runs `dondoc args…` in `cwd`, killing it at HANG_MS. */
export function runDondoc(args: readonly string[], cwd: string, usageFile: string): Promise<Run> {
  return slot(
    () =>
      new Promise<Run>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], {
          cwd,
          env: usageEnv(usageFile, { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }),
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        // Only the first 16 MB are kept: a case is about its messages, not a huge stdout.
        let kept = 0;
        child.stdout.on('data', (d: Buffer) => {
          if ((kept += d.length) < 16 << 20) out.push(d);
        });
        child.stderr.on('data', (d: Buffer) => err.push(d));
        let hung = false;
        const timer = setTimeout(() => {
          hung = true;
          child.kill('SIGKILL');
        }, HANG_MS);
        child.on('error', reject);
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          resolve({
            code,
            signal,
            hung,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            maxRssMb: readUsage(usageFile)?.maxRssMb,
          });
        });
      }),
  );
}

/** A fingerprint of a file or a folder's files (their names, kinds and bytes), never following links. */
export function fingerprint(target: string): string {
  const hash = createHash('sha256');
  const visit = (p: string) => {
    let stat;
    try {
      stat = lstatSync(p);
    } catch {
      hash.update(`missing ${p}\n`);
      return;
    }
    if (stat.isSymbolicLink()) hash.update(`link ${p}\n`);
    else if (stat.isDirectory()) {
      hash.update(`dir ${p}\n`);
      for (const name of readdirSync(p).sort()) visit(path.join(p, name));
    } else if (stat.isFile()) {
      hash.update(`file ${p} ${stat.size}\n`);
      hash.update(readFileSync(p));
    } else hash.update(`special ${p} ${stat.mode}\n`);
  };
  visit(target);
  return hash.digest('hex');
}

/** Throws with the parser's message when `xml` is not well-formed XML 1.0. */
export function parseXml(xml: string, part: string): void {
  const parser = new SaxesParser();
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw new Error(`${part}: ${error.message}`);
}

/** Checks that an output parses in its format; throws saying which and why. */
export function parseOutput(file: string): void {
  const name = path.basename(file);
  if (statSync(file).isDirectory()) {
    for (const entry of readdirSync(file)) parseOutput(path.join(file, entry));
    return;
  }
  const ext = path.extname(file).toLowerCase();
  const bytes = readFileSync(file);
  const text = () => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (ext === '.xlsx' || ext === '.docx') {
    const parts = unzipSync(bytes);
    const xml = Object.keys(parts).filter((n) => /\.(?:xml|rels)$/i.test(n));
    if (xml.length === 0) throw new Error(`${name}: no XML part`);
    for (const part of xml) parseXml(new TextDecoder().decode(parts[part]), `${name}:${part}`);
  } else if (ext === '.json' || ext === '.sarif') {
    JSON.parse(text());
  } else if (ext === '.xml') {
    parseXml(text(), name);
  } else if (ext === '.ics') {
    const lines = text().split('\r\n');
    if (lines[0] !== 'BEGIN:VCALENDAR') throw new Error(`${name}: not a calendar`);
    for (const line of lines) {
      // RFC 5545: lines end with CRLF; no bare CR, LF or line separator inside a line
      if (/[\r\n\u2028\u2029]/.test(line)) throw new Error(`${name}: a line break inside a line`);
    }
  } else if (ext === '.csv' || ext === '.html' || ext === '.md' || ext === '.txt') {
    text();
  }
}

/** The lines of an error message in each language: "Lỗi: …" and its details, "Error: …" and its. */
export function messageLines(stderr: string): { vi: string[]; en: string[] } {
  const vi: string[] = [];
  const en: string[] = [];
  let into: string[] | undefined;
  for (const line of stderr.split('\n')) {
    if (line.startsWith('Lỗi: ')) into = vi;
    else if (line.startsWith('Error: ')) into = en;
    else if (!line.startsWith('  ')) into = undefined;
    into?.push(line);
  }
  return { vi, en };
}

/** Every promise a run keeps, and the case's own. */
export async function verify(setup: Setup, run: Run, before: ReadonlyMap<string, string>) {
  const problems: string[] = [];
  const e = setup.expect;
  if (run.hung) problems.push(`hung: killed after ${HANG_MS / 1000} s`);
  if (run.signal !== null) problems.push(`ended by ${run.signal}`);
  if (run.code !== null && !e.exit.includes(run.code)) {
    problems.push(`exit ${run.code}, expected ${e.exit.join(' or ')}`);
  }
  if (run.maxRssMb === undefined) problems.push('no memory measure (the process did not exit)');
  else if (run.maxRssMb > MAX_RSS_MB) problems.push(`peak RSS ${run.maxRssMb.toFixed(0)} MB`);
  if (/Lỗi không lường trước|Unexpected error/.test(run.stderr)) problems.push('unexpected error');
  if (/\n\s+at .+\(.+:\d+:\d+\)/.test(run.stderr)) problems.push('a stack trace');
  // eslint-disable-next-line no-control-regex
  if (/\u001b/.test(run.stderr)) problems.push('an escape character reached the terminal');
  for (const [input, hash] of before) {
    if (fingerprint(input) !== hash) problems.push(`input changed: ${input}`);
  }
  const { vi, en } = messageLines(run.stderr);
  for (const name of e.names ?? []) {
    if (!vi.some((l) => l.includes(name))) problems.push(`no Vietnamese message names "${name}"`);
    if (!en.some((l) => l.includes(name))) problems.push(`no English message names "${name}"`);
  }
  for (const word of e.says ?? []) {
    const found = typeof word === 'string' ? run.stderr.includes(word) : word.test(run.stderr);
    if (!found) problems.push(`the message does not say ${String(word)}`);
  }
  for (const output of e.outputs ?? []) {
    if (!existsSync(output)) problems.push(`no output ${path.basename(output)}`);
    else {
      try {
        parseOutput(output);
      } catch (error) {
        problems.push(`output does not parse: ${(error as Error).message}`);
      }
    }
  }
  for (const p of e.absent ?? []) if (existsSync(p)) problems.push(`left behind: ${p}`);
  if (problems.length === 0 && e.check) {
    try {
      await e.check(run);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}
