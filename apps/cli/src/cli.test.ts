/** The command line as a person meets it, through the built binary: help, version, suggestions, writes. */
import { spawn, spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { writeChunksAtomic } from './io.js';
import { CliError } from './messages.js';
import { systemErrorReason } from './system-errors.js';
import { escapeControls } from './terminal.js';
import { PLAN_ROWS, tempDir, writeWorkbook } from './test-support/run.js';

// Each test starts the built command once or twice: on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 120_000 });

const bin = fileURLToPath(new URL('../bin/dondoc.js', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('help and version', () => {
  it('prints the version', () => {
    expect(run('--version')).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it.each(['check', 'init', 'remind', 'history', 'packs', 'pack', 'template', 'extract'])(
    'has help for "%s" with examples, in Vietnamese by default and English on request',
    (command) => {
      const vi = run(command, '--help');
      expect(vi.code).toBe(0);
      expect(vi.out).toContain(`Cách dùng: dondoc ${command}`);
      expect(vi.out).toContain('Ví dụ:');
      expect(vi.out).not.toContain('Examples:');
      const en = run('help', command, '--lang', 'en');
      expect(en.code).toBe(0);
      expect(en.out).toContain(`Usage: dondoc ${command}`);
      expect(en.out).toContain('Examples:');
    },
  );

  it('prints the list of commands, exit 2 with none', () => {
    const result = run();
    expect(result.code).toBe(2);
    for (const command of ['check', 'init', 'remind', 'packs', 'pack', 'template', 'extract']) {
      expect(result.out).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });
});

describe('did you mean', () => {
  it.each([
    [['chek', 'a.xlsx'], 'Không có lệnh "chek". Có phải ý bạn là check?', 'Did you mean check?'],
    [
      ['check', 'a.xlsx', '--fromat', 'json'],
      'không có tùy chọn "--fromat". Có phải ý bạn là --format?',
      'Did you mean --format?',
    ],
    [['pack', 'valdate', 'x.json'], 'Có phải ý bạn là validate?', 'Did you mean validate?'],
    [
      ['check', 'a.xlsx', '--format', 'htlm,json'],
      'Định dạng "htlm" không có. Có phải ý bạn là html?',
      'Did you mean html?',
    ],
    [
      ['check', 'a.xlsx', '--pack', 'quan-triet-ct23-ctr48'],
      'Có phải ý bạn là quan-triet-ct32-ctr48?',
      'Did you mean quan-triet-ct32-ctr48?',
    ],
  ])('%j', (argv, vi, en) => {
    const result = run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(vi);
    expect(result.err).toContain(en);
  });
});

describe('--as-of', () => {
  it('reads dd/mm/yyyy as the same day as YYYY-MM-DD', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const iso = run('check', file, '--as-of', '2024-07-01', '--format', 'json');
    const vi = run('check', file, '--as-of', '01/07/2024', '--format', 'json');
    expect(iso.code).toBe(1);
    expect(vi).toEqual(iso);
    expect(JSON.parse(vi.out)).toMatchObject({ asOf: '2024-07-01' });
  });
});

describe('files written', () => {
  it('says "Đã ghi …" for each file, and "Wrote …" in English', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const out = path.join(dir, 'bao-cao');
    const result = run(
      'check',
      file,
      '--as-of',
      '01/07/2024',
      '--format',
      'json,html',
      '--out',
      out,
    );
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      `Đã ghi ${path.join(out, 'dondoc-ket-qua.json')}\nĐã ghi ${path.join(out, 'dondoc-ket-qua.html')}\n`,
    );
    const en = run('pack', 'schema', '--out', path.join(dir, 'schema.json'), '--lang', 'en');
    expect(en.out).toBe(`Wrote ${path.join(dir, 'schema.json')}\n`);
    const made = path.join(dir, 'so-moi.xlsx');
    const template = run('template', '--pack', 'generic', '--out', made);
    expect(template.code).toBe(0);
    expect(template.out.split('\n')[0]).toBe(`Đã ghi ${made}`);
  });

  it('refuses an output that is an input through a link or inside --out DIR', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const before = readFileSync(file);
    symlinkSync(file, path.join(dir, 'lien-ket.xlsx'));
    const viaLink = run(
      'check',
      file,
      '--format',
      'xlsx',
      '--out',
      path.join(dir, 'lien-ket.xlsx'),
    );
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toContain('trùng với tệp đầu vào');
    // A workbook named like the report dondoc would write in the folder.
    const inDir = await writeWorkbook(dir, 'dondoc-ket-qua.xlsx', { 'Theo dõi': PLAN_ROWS });
    const inside = run('check', inDir, '--format', 'json,xlsx', '--out', dir);
    expect(inside.code).toBe(2);
    expect(inside.err).toContain('dondoc-ket-qua.xlsx');
    expect(readFileSync(file)).toEqual(before);
  });

  it('writes through a link to the file it points to, keeping the link', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    writeFileSync(path.join(dir, 'that.json'), 'cũ');
    symlinkSync(path.join(dir, 'that.json'), path.join(dir, 'ket-qua.json'));
    const result = run(
      'check',
      file,
      '--as-of',
      '2024-07-01',
      '--format',
      'json',
      '--out',
      path.join(dir, 'ket-qua.json'),
    );
    expect(result.code).toBe(1);
    expect(lstatSync(path.join(dir, 'ket-qua.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'ket-qua.json'))).toBe(path.join(dir, 'that.json'));
    expect(JSON.parse(readFileSync(path.join(dir, 'that.json'), 'utf8'))).toMatchObject({
      asOf: '2024-07-01',
    });
  });

  it('writes into a pipe in place, never renaming over it', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    const fifo = path.join(dir, 'ong');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString('utf8')));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const result = run('check', file, '--as-of', '2024-07-01', '--format', 'csv', '--out', fifo);
    await closed;
    expect(result.code).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(read).toContain('task/overdue');
  });

  it('refuses a folder as the output file', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    mkdirSync(path.join(dir, 'thu-muc'));
    const result = run('check', file, '--format', 'csv', '--out', path.join(dir, 'thu-muc'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('đây là một thư mục');
  });

  it('prints names from files with their control characters escaped', async () => {
    const dir = tempDir();
    const name = 'so\u001b[31m\u0007.json';
    const result = run('pack', 'validate', path.join(dir, name));
    expect(result.code).toBe(2);
    expect(result.err).not.toContain('\u0007');
    expect(result.err).not.toContain('\u001b');
    expect(result.err).toContain('so\\x1b[31m\\x07.json');
  });
});

describe('names from files on the terminal', () => {
  it('shows a workbook named with terminal controls escaped in the text output', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'xa\u001b[2J\u009b.xlsx', { 'Theo dõi': PLAN_ROWS });
    const result = run('check', file, '--as-of', '2024-07-01');
    expect(result.code).toBe(1);
    expect(result.out).not.toContain('\u001b');
    expect(result.out).not.toContain('\u009b');
    expect(result.out).toContain('xa\\x1b[2J\\x9b.xlsx');
  });
});

describe('an output written in pieces', () => {
  it('is the pieces joined, as UTF-8, however they fall across the write buffer', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ket-qua.json');
    const pieces: Array<string | Uint8Array> = [];
    let seed = 3;
    for (let i = 0; i < 4000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const words = ['Quán triệt ', 'Nghị quyết 😀 ', '"x": 1,\n', 'Đảng ủy xã Sùng Phài '];
      pieces.push(words[seed % 4]!.repeat(1 + (seed % 97)));
      if (i % 500 === 0) pieces.push(new TextEncoder().encode('[bytes ệ]'));
    }
    pieces.push('ư'.repeat(400_000)); // more than the buffer holds at three bytes a unit
    pieces.push('kết thúc');
    await writeChunksAtomic(target, pieces);
    const expected = Buffer.concat(
      pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
    );
    expect(readFileSync(target).equals(expected)).toBe(true);
    expect(readdirSync(dir)).toEqual(['ket-qua.json']);
  });
});

describe('a failed write', () => {
  it('leaves the old output as it was and no temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'ket-qua.json');
    writeFileSync(target, 'bản cũ');
    function* pieces() {
      yield '{"a":';
      throw new Error('hết bộ nhớ');
    }
    await expect(writeChunksAtomic(target, pieces())).rejects.toBeInstanceOf(CliError);
    expect(readFileSync(target, 'utf8')).toBe('bản cũ');
    expect(readdirSync(dir)).toEqual(['ket-qua.json']);
  });
});

describe('system errors through the command', () => {
  it('says in words why a workbook cannot be read (a loop of links), naming the file', async () => {
    const dir = tempDir();
    const loop = path.join(dir, 'vong.xlsx');
    symlinkSync(loop, loop);
    const result = run('check', loop, '--as-of', '01/07/2024');
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      `Lỗi: Không đọc được tệp "${loop}": đường dẫn là các liên kết (shortcut) trỏ vòng quanh nhau (ELOOP).`,
    );
    expect(result.err).toContain('Error: Cannot read');
    expect(result.err).not.toContain('too many symbolic links');
  });

  it('says in words why a pack file cannot be read', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    mkdirSync(path.join(dir, 'bo-quy-tac.json'));
    const result = run('check', file, '--pack', path.join(dir, 'bo-quy-tac.json'));
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      `Không đọc được tệp bộ quy tắc "${path.join(dir, 'bo-quy-tac.json')}": đây là một thư mục, không phải tệp (EISDIR).`,
    );
    expect(result.err).not.toContain('illegal operation');
  });
});

describe('system errors', () => {
  it.each([
    ['EBUSY', 'Đóng tệp trong Excel rồi chạy lại', 'Close it in Excel'],
    ['EPERM', 'Đóng tệp trong Excel rồi chạy lại', 'Close it in Excel'],
    ['ENOSPC', 'ổ đĩa đã đầy', 'the disk is full'],
  ])('%s is said in words', (code, vi, en) => {
    const error = Object.assign(new Error(`${code}: resource busy or locked, open 'x.xlsx'`), {
      code,
    });
    const reason = systemErrorReason(error);
    expect(reason.vi).toContain(vi);
    expect(reason.en).toContain(en);
    expect(reason.vi).not.toContain('resource busy');
  });

  it('escapes every control character and keeps other text', () => {
    expect(escapeControls('Phòng\tNội vụ\n\u202eabc\u0000')).toBe(
      'Phòng\\tNội vụ\\n\\u202eabc\\x00',
    );
    expect(escapeControls('Ủy ban nhân dân — 2024')).toBe('Ủy ban nhân dân — 2024');
  });
});
