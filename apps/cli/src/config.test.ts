/**
 * The office's config file and `dondoc init`, through the command as a clerk runs it (in temporary
 * folders): found in a parent folder, flags winning over it, a broken file named with its line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it, vi } from 'vitest';
import { configSchema, findConfigFile } from './config.js';
import { main } from './main.js';
import { dondoc, tempDir, writeWorkbook, type SheetRows } from './test-support/run.js';

vi.setConfig({ testTimeout: 60_000 });

const bin = fileURLToPath(new URL('../bin/dondoc.js', import.meta.url));

/** Two tasks as of 01/07/2024: one past its deadline marked with the office's own word, one due in 24 days. */
const ROWS: SheetRows = [
  ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Ngày hoàn thành', 'Tình trạng'],
  [1, 'Tổ chức hội nghị sơ kết', 'Phòng Nội vụ', 'trước ngày 20/6/2024', null, 'Nghiệm thu'],
  [2, 'Báo cáo kết quả rà soát', 'Phòng Tư pháp', 'trước ngày 25/7/2024', null, 'Đang thực hiện'],
  [3, 'Kiểm tra công tác văn thư', 'Văn phòng HĐND và UBND', '15/6/2024', null, 'Chưa thực hiện'],
];

/** A folder holding dondoc.json and, one level down, the commune's workbook. */
async function office(config: unknown): Promise<{ root: string; workbook: string }> {
  const root = tempDir();
  writeFileSync(path.join(root, 'dondoc.json'), JSON.stringify(config, null, 2));
  mkdirSync(path.join(root, 'xa-duc-lam'));
  const workbook = await writeWorkbook(path.join(root, 'xa-duc-lam'), 'theo-doi.xlsx', {
    'Theo dõi': ROWS,
  });
  return { root, workbook };
}

interface JsonReport {
  asOf: string;
  findings: Array<{ rule: string; subject: { title?: string } }>;
}

function rulesOf(report: JsonReport, title: string): string[] {
  return report.findings.filter((f) => f.subject.title === title).map((f) => f.rule);
}

const ISSUER = {
  name: 'UBND HUYỆN ĐỨC THỌ',
  kind: 'state',
  superior: 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
  office: 'VĂN PHÒNG',
  place: 'Đức Thọ',
  numberSymbol: 'UBND-VP',
  signer: { authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
};

describe('the config file', () => {
  it('is found in a parent folder: its pack, as-of date, output folder, formats and history apply', async () => {
    const { root, workbook } = await office({
      pack: 'generic',
      asOf: '01/07/2024',
      out: 'ket-qua',
      formats: ['json', 'html'],
      history: 'lich-su.sqlite',
    });
    const result = await dondoc('check', workbook);
    expect(result.err).toContain(`Theo tệp cấu hình ${path.join(root, 'dondoc.json')}`);
    expect(result.code).toBe(1);
    const json = path.join(root, 'ket-qua', 'dondoc-ket-qua.json');
    expect(result.out).toContain(`Đã ghi ${json}`);
    expect(result.out).toContain(`Đã ghi ${path.join(root, 'ket-qua', 'dondoc-ket-qua.html')}`);
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    expect(report.asOf).toBe('2024-07-01');
    expect(existsSync(path.join(root, 'lich-su.sqlite'))).toBe(true);
  });

  it('gives way to the flags: --as-of, --out, --format, --no-history', async () => {
    const { root, workbook } = await office({
      asOf: '01/07/2024',
      out: 'ket-qua',
      formats: ['html'],
      history: 'lich-su.sqlite',
    });
    const out = path.join(root, 'rieng.json');
    const result = await dondoc(
      'check',
      workbook,
      '--as-of',
      '2024-06-01',
      '--format',
      'json',
      '--out',
      out,
      '--no-history',
    );
    expect(result.out).toBe(`Đã ghi ${out}\n`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonReport).asOf).toBe('2024-06-01');
    expect(existsSync(path.join(root, 'ket-qua'))).toBe(false);
    expect(existsSync(path.join(root, 'lich-su.sqlite'))).toBe(false);
  });

  it('prints the text summary on the screen, the other formats into its folder', async () => {
    const { root, workbook } = await office({ asOf: '2024-07-01', out: 'ket-qua' });
    const text = await dondoc('check', workbook);
    expect(text.out).toContain('Kiểm tra công tác văn thư');
    expect(existsSync(path.join(root, 'ket-qua'))).toBe(false);
    const csv = await dondoc('check', workbook, '--format', 'csv');
    expect(csv.out).toBe(`Đã ghi ${path.join(root, 'ket-qua', 'dondoc-ket-qua.csv')}\n`);
  });

  it("adds the office's status words and due-soon days to the pack's", async () => {
    const plain = await office({ asOf: '2024-07-01' });
    const before = JSON.parse(
      (await dondoc('check', plain.workbook, '--format', 'json')).out,
    ) as JsonReport;
    // Without the office's words "Nghiệm thu" (no aspect marker, no status word) says nothing: the task is overdue; 24 days is not soon.
    expect(rulesOf(before, 'Tổ chức hội nghị sơ kết')).toContain('task/overdue');
    expect(rulesOf(before, 'Báo cáo kết quả rà soát')).not.toContain('task/due-soon');

    const configured = await office({
      asOf: '2024-07-01',
      status: { done: ['Nghiệm thu'] },
      dueSoonDays: 30,
    });
    const after = JSON.parse(
      (await dondoc('check', configured.workbook, '--format', 'json')).out,
    ) as JsonReport;
    expect(rulesOf(after, 'Tổ chức hội nghị sơ kết')).not.toContain('task/overdue');
    expect(rulesOf(after, 'Báo cáo kết quả rà soát')).toContain('task/due-soon');
    // --no-config: as if there were none
    const ignored = JSON.parse(
      (
        await dondoc(
          'check',
          configured.workbook,
          '--format',
          'json',
          '--no-config',
          '--as-of',
          '2024-07-01',
        )
      ).out,
    ) as JsonReport;
    const titled = (r: JsonReport) => r.findings.map((f) => [f.rule, f.subject.title]);
    expect(titled(ignored)).toEqual(titled(before));
  });

  it("writes the letters with the config's issuer, place, number symbol and signer; a flag wins", async () => {
    const { root, workbook } = await office({ asOf: '2024-07-01', out: 'thu', issuer: ISSUER });
    const result = await dondoc('remind', workbook, '--place', 'Hồng Lĩnh');
    expect(result.code).toBe(0);
    const letter = path.join(root, 'thu', 'don-doc-van-phong-hdnd-va-ubnd.docx');
    expect(result.out).toContain(`Đã ghi ${letter}`);
    const { value } = await mammoth.extractRawText({ path: letter });
    for (const line of [
      'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
      'UBND HUYỆN ĐỨC THỌ',
      'VĂN PHÒNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      `Số: ${' '.repeat(7)}/UBND-VP`,
      'Hồng Lĩnh, ngày 01 tháng 7 năm 2024',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn A',
    ])
      expect(value).toContain(line);
    expect(value).not.toContain('Đức Thọ, ngày');
  });

  it('is taken from --config FILE, wherever the workbook is', async () => {
    const { root } = await office({ asOf: '2024-07-01', formats: ['json'] });
    const elsewhere = tempDir();
    const workbook = await writeWorkbook(elsewhere, 'so.xlsx', { 'Theo dõi': ROWS });
    const plain = await dondoc('check', workbook);
    expect(plain.out).toContain('Kiểm tra công tác văn thư'); // text: no config here
    const chosen = await dondoc('check', workbook, '--config', path.join(root, 'dondoc.json'));
    expect((JSON.parse(chosen.out) as JsonReport).asOf).toBe('2024-07-01');
  });

  it('is named with its line and JSON path when a field is wrong, in both languages', async () => {
    const { root, workbook } = await office({
      pack: 'generic',
      issuer: { name: 'UBND HUYỆN ĐỨC THỌ', kind: 'nha-nuoc' },
      dueSoonDays: -3,
    });
    const file = path.join(root, 'dondoc.json');
    const text = readFileSync(file, 'utf8').split('\n');
    const kindLine = text.findIndex((l) => l.includes('"kind"')) + 1;
    const kindColumn = text[kindLine - 1]!.indexOf('"nha-nuoc"') + 1;
    const daysLine = text.findIndex((l) => l.includes('"dueSoonDays"')) + 1;
    const result = await dondoc('check', workbook, '--as-of', '2024-07-01');
    expect(result.code).toBe(2);
    expect(result.err).toContain(`Lỗi: Tệp cấu hình "${file}" có 2 lỗi:`);
    expect(result.err).toContain(`Error: The config file "${file}" has 2 problem(s):`);
    expect(result.err).toContain(
      `${file}:${kindLine}:${kindColumn} /issuer/kind — Giá trị không hợp lệ`,
    );
    expect(result.err).toContain(`${file}:${daysLine}:`);
    expect(result.err).toContain('/dueSoonDays');
    expect(result.out).toBe('');
  });

  it('is named with the line of a JSON syntax error, and an unknown field is refused', async () => {
    const root = tempDir();
    const workbook = await writeWorkbook(root, 'so.xlsx', { 'Theo dõi': ROWS });
    const file = path.join(root, '.dondocrc.json');
    writeFileSync(file, '{\n  "pack": "generic",\n  "asOf": "today"\n  "out": "ket-qua"\n}\n');
    const syntax = await dondoc('check', workbook);
    expect(syntax.code).toBe(2);
    expect(syntax.err).toContain(`Tệp cấu hình "${file}" không phải JSON hợp lệ:`);
    expect(syntax.err).toContain(`${file}:4:`);
    writeFileSync(file, '{\n  "pack": "generic",\n  "dondocPack": "x"\n}\n');
    const unknown = await dondoc('check', workbook);
    expect(unknown.err).toContain(`${file}:1:1 / — Trường không được phép: "dondocPack".`);
  });

  it("as the README shows it is valid, and the README's table names every field", () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Tệp cấu hình'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const parsed = configSchema.safeParse(JSON.parse(example!));
    expect(parsed.success).toBe(true);
    for (const field of Object.keys(configSchema.shape).filter((f) => f !== '$schema'))
      expect(section).toContain(`| \`${field}\` |`);
  });

  it('is looked for up to the home folder and no further', () => {
    const home = tempDir();
    const inside = path.join(home, 'van-ban', 'xa');
    mkdirSync(inside, { recursive: true });
    expect(findConfigFile(inside, home)).toBeUndefined();
    writeFileSync(path.join(home, 'dondoc.json'), '{}');
    expect(findConfigFile(inside, home)).toBe(path.join(home, 'dondoc.json'));
    // above the home folder: not looked at
    const below = path.join(home, 'van-ban');
    expect(findConfigFile(inside, below)).toBeUndefined();
    // dondoc.json before .dondocrc.json in one folder
    writeFileSync(path.join(inside, '.dondocrc.json'), '{}');
    expect(findConfigFile(inside, home)).toBe(path.join(inside, '.dondocrc.json'));
    writeFileSync(path.join(inside, 'dondoc.json'), '{}');
    expect(findConfigFile(inside, home)).toBe(path.join(inside, 'dondoc.json'));
  });

  it('gives "dondoc history" its history file', async () => {
    const { root, workbook } = await office({ asOf: '2024-07-01', history: 'lich-su.sqlite' });
    await dondoc('check', workbook);
    // the built command, run from the workbook's folder
    const history = spawnSync(process.execPath, [bin, 'history', '--format', 'json'], {
      cwd: path.join(root, 'xa-duc-lam'),
      encoding: 'utf8',
    });
    expect(history.stderr).toBe('');
    expect(history.status).toBe(0);
    expect(JSON.stringify(JSON.parse(history.stdout))).toContain('Kiểm tra công tác văn thư');
  });
});

/** Runs dondoc with these lines typed at a terminal. */
async function typed(lines: readonly string[], ...argv: string[]) {
  let out = '';
  let err = '';
  const input = Object.assign(Readable.from([lines.map((l) => `${l}\n`).join('')]), {
    isTTY: true,
  });
  const sink = (append: (s: string) => void) =>
    ({
      write(chunk: string | Uint8Array) {
        append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      },
    }) as unknown as NodeJS.WritableStream;
  const code = await main(argv, {
    out: sink((s) => (out += s)),
    err: sink((s) => (err += s)),
    in: input,
  });
  return { code, out, err };
}

describe('dondoc init', () => {
  it('asks a few questions on a terminal and writes a config the checker reads', async () => {
    const dir = tempDir();
    const result = await typed(
      [
        'HUYỆN ỦY ĐỨC THỌ', // issuer
        '', // layout: the guess (party)
        'ĐẢNG BỘ TỈNH HÀ TĨNH',
        'Đức Thọ',
        'T/M BAN THƯỜNG VỤ',
        'PHÓ BÍ THƯ',
        'Trần Thị B',
        'quan-triet-ct32-ctr48',
        'c',
      ],
      'init',
      '--dir',
      dir,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const file = path.join(dir, 'dondoc.json');
    expect(result.out).toContain('Cơ quan ban hành thư đôn đốc: ');
    expect(result.out).toContain(
      'Thể thức: state (Nghị định 30/2020) hoặc party (Hướng dẫn 36-HD/VPTW) [party]: ',
    );
    expect(result.out).toContain(`Đã ghi ${file}`);
    const written = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(written).toEqual({
      $schema: 'https://dondoc.dev/schema/config.json',
      pack: 'quan-triet-ct32-ctr48',
      issuer: {
        name: 'HUYỆN ỦY ĐỨC THỌ',
        kind: 'party',
        superior: 'ĐẢNG BỘ TỈNH HÀ TĨNH',
        place: 'Đức Thọ',
        signer: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Thị B' },
      },
      history: 'dondoc-lich-su.sqlite',
    });
    expect(configSchema.safeParse(written).success).toBe(true);
  });

  it('writes from flags with --yes, and never overwrites a config without --force', async () => {
    const dir = tempDir();
    const args = [
      'init',
      '--dir',
      dir,
      '--yes',
      '--issuer',
      'UBND HUYỆN ĐỨC THỌ',
      '--place',
      'Đức Thọ',
      '--signer-position',
      'CHỦ TỊCH',
      '--number-symbol',
      'UBND-VP',
      '--no-history',
    ];
    const first = await dondoc(...args);
    expect(first.code).toBe(0);
    const file = path.join(dir, 'dondoc.json');
    const written = readFileSync(file, 'utf8');
    expect(JSON.parse(written)).toEqual({
      $schema: 'https://dondoc.dev/schema/config.json',
      pack: 'generic',
      issuer: {
        name: 'UBND HUYỆN ĐỨC THỌ',
        place: 'Đức Thọ',
        numberSymbol: 'UBND-VP',
        signer: { position: 'CHỦ TỊCH' },
      },
    });
    const again = await dondoc(...args.filter((a) => a !== '--no-history'), '--place', 'Hà Tĩnh');
    expect(again.code).toBe(2);
    expect(again.err).toContain(`Đã có tệp cấu hình "${file}"; không ghi đè.`);
    expect(again.err).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe(written);
    const forced = await dondoc(...args, '--place', 'Hà Tĩnh', '--force');
    expect(forced.code).toBe(0);
    expect(
      (JSON.parse(readFileSync(file, 'utf8')) as { issuer: { place: string } }).issuer.place,
    ).toBe('Hà Tĩnh');
  });

  it('does not overwrite a .dondocrc.json either, and checks the pack it is given', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.dondocrc.json'), '{}');
    const kept = await dondoc('init', '--dir', dir, '--yes');
    expect(kept.code).toBe(2);
    expect(kept.err).toContain('.dondocrc.json');
    const other = tempDir();
    const wrong = await dondoc('init', '--dir', other, '--yes', '--pack', 'quan-triet-ct23-ctr48');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('Có phải ý bạn là quan-triet-ct32-ctr48?');
    expect(existsSync(path.join(other, 'dondoc.json'))).toBe(false);
  });

  it('turns the history on by default, so the next checks are recorded', async () => {
    const dir = tempDir();
    await dondoc('init', '--dir', dir, '--yes');
    const workbook = await writeWorkbook(dir, 'so.xlsx', { 'Theo dõi': ROWS });
    const result = await dondoc('check', workbook, '--as-of', '2024-07-01');
    expect(result.code).toBe(1);
    expect(existsSync(path.join(dir, 'dondoc-lich-su.sqlite'))).toBe(true);
  });
});
