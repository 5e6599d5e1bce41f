import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonPositions, positionOf } from './json-positions.js';
import { dondoc, PLAN_ROWS, tempDir, writeWorkbook } from './test-support/run.js';

const bad = `{
  "id": "huyen-duc-tho",
  "version": "1.0.0",
  "title": "Huyện ủy Đức Thọ",
  "settings": { "dueSoonDays": -1 },
  "tasks": [
    { "id": "hoi-nghi", "title": "Hội nghị cán bộ chủ chốt", "due": 5 }
  ]
}
`;

describe('dondoc pack validate', () => {
  it('shows each problem at its JSON path, line and column, in both languages, exit 1', async () => {
    const file = path.join(tempDir(), 'bo-quy-tac.json');
    writeFileSync(file, bad);
    const result = await dondoc('pack', 'validate', file);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${file}:5:32 /settings/dueSoonDays — Giá trị phải ≥ 0.`);
    expect(result.err).toContain(`${file}:7:69 /tasks/0/due — Cần chuỗi ký tự, nhận được số.`);
    expect(result.err).toContain(`${file}:7:69 /tasks/0/due — Expected string, received number.`);
  });

  it('accepts a bundled pack written to a file, and says what it holds', async () => {
    const file = path.join(tempDir(), 'quang-ngai.json');
    const source = new URL(
      '../../../packages/rulepacks/src/packs/quang-ngai-kl14-2024.json',
      import.meta.url,
    );
    writeFileSync(file, readFileSync(source));
    const result = await dondoc('pack', 'validate', file);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'Bộ quy tắc hợp lệ: quang-ngai-kl14-2024 1.0.0 — 5 nhiệm vụ, 1 báo cáo, 27 chỉ tiêu.',
    );
  });

  it('says plainly when the file is not JSON', async () => {
    const file = path.join(tempDir(), 'hong.json');
    writeFileSync(file, '{ "id": ');
    const result = await dondoc('pack', 'validate', file);
    expect(result.code).toBe(2);
    expect(result.err).toContain('không phải JSON hợp lệ');
  });
});

describe('dondoc pack schema', () => {
  it('prints the JSON Schema packs point at with $schema', async () => {
    const result = await dondoc('pack', 'schema');
    const schema = JSON.parse(result.out) as { $id: string; properties: Record<string, unknown> };
    expect(schema.$id).toBe('https://dondoc.dev/schema/pack.json');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['tasks', 'reports', 'indicators']),
    );
  });
});

describe('jsonPositions', () => {
  it('finds each value by pointer, and the nearest ancestor for a missing one', () => {
    const positions = jsonPositions(bad);
    expect(positions.get('/tasks/0/title')).toEqual({ line: 7, column: 34 });
    expect(positionOf(positions, '/tasks/0/owners')).toEqual({ line: 7, column: 5 });
  });

  it('finds every value of a large file in time linear in its size (issue 15, class 1)', () => {
    // 200,000 tasks, one a line: a scan from the start for each value would take hours, so the
    // test's timeout (not a clock read here: tests never assert times) catches a quadratic scan.
    const count = 200_000;
    const line = (n: number) => `    { "id": "t-${n}", "title": "Nhiệm vụ số ${n}" }`;
    const lines = Array.from({ length: count }, (_, n) => line(n));
    const text = `{\n  "id": "lon",\n  "tasks": [\n${lines.join(',\n')}\n  ]\n}\n`;
    const positions = jsonPositions(text);
    expect(positions.get('/tasks')).toEqual({ line: 3, column: 12 });
    for (const n of [0, 1, 77_777, count - 1]) {
      expect(positions.get(`/tasks/${n}`)).toEqual({ line: 4 + n, column: 5 });
      expect(positions.get(`/tasks/${n}/title`)).toEqual({
        line: 4 + n,
        column: line(n).indexOf('"Nhiệm') + 1,
      });
    }
  });
});

describe('dondoc pack docs', () => {
  it('lists what each agency must do, by when, with the quote, in Markdown', async () => {
    const result = await dondoc('pack', 'docs', 'quan-triet-ct32-ctr48');
    expect(result.code).toBe(0);
    expect(result.out).toContain('## Ủy ban nhân dân huyện');
    expect(result.out).toContain('thời hạn: "trước ngày 20/5/2024"');
    expect(result.out).toContain('## Chỉ tiêu');
    expect(result.out).toContain('2025: ≥ 84,3%; 2030: ≥ 85%');
  });

  it('writes a self-contained, escaped HTML checklist with sub-targets', async () => {
    const out = path.join(tempDir(), 'danh-muc.html');
    const result = await dondoc(
      'pack',
      'docs',
      'quang-ngai-kl14-2024',
      '--format',
      'html',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<link/);
    expect(html).toContain('(12) Tỷ lệ trường đạt chuẩn quốc gia');
    expect(html).toContain('Trường mầm non đạt chuẩn quốc gia: 2024: ≥ 57,97%');
  });
});

describe('dondoc pack test', () => {
  async function fixtureDir(expected: Array<{ rule: string; sheet: string; cell: string }>) {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'pack.json'),
      JSON.stringify({
        id: 'huyen-duc-tho',
        version: '1.0.0',
        title: 'Huyện ủy Đức Thọ',
        extends: ['generic'],
      }),
    );
    await writeWorkbook(dir, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS });
    writeFileSync(
      path.join(dir, 'theo-doi.expected.json'),
      JSON.stringify({ asOf: '2024-07-01', expected }),
    );
    return dir;
  }

  it('passes when the findings are exactly the expected ones', async () => {
    const dir = await fixtureDir([
      { rule: 'task/late', sheet: 'Theo dõi', cell: 'E5' },
      { rule: 'task/overdue', sheet: 'Theo dõi', cell: 'D6' },
      { rule: 'cell/invalid-date', sheet: 'Theo dõi', cell: 'D9' },
    ]);
    const result = await dondoc('pack', 'test', dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain('✓ theo-doi.xlsx (3)');
    expect(result.out).toContain('1/1 tệp mẫu đúng như dự kiến.');
  });

  it('prints what was expected and missing ("-") and what appeared unexpected ("+")', async () => {
    const dir = await fixtureDir([
      { rule: 'task/overdue', sheet: 'Theo dõi', cell: 'D6' },
      { rule: 'task/overdue', sheet: 'Theo dõi', cell: 'D7' },
    ]);
    const result = await dondoc('pack', 'test', dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain('  - task/overdue Theo dõi!D7');
    expect(result.out).toContain('  + task/late Theo dõi!E5');
    expect(result.out).toContain('  + cell/invalid-date Theo dõi!D9');
  });

  const FINDINGS = [
    { rule: 'task/late', sheet: 'Theo dõi', cell: 'E5' },
    { rule: 'task/overdue', sheet: 'Theo dõi', cell: 'D6' },
    { rule: 'cell/invalid-date', sheet: 'Theo dõi', cell: 'D9' },
  ];

  async function withKeys(keys: Record<string, unknown>) {
    const dir = await fixtureDir(FINDINGS);
    writeFileSync(
      path.join(dir, 'theo-doi.expected.json'),
      JSON.stringify({ asOf: '2024-07-01', expected: FINDINGS, ...keys }),
    );
    return dir;
  }

  it('"notEvaluated": an ongoing task ("Thường xuyên") must be listed as not evaluated', async () => {
    const listed = await withKeys({ notEvaluated: [{ sheet: 'Theo dõi', scope: 'task/overdue' }] });
    expect((await dondoc('pack', 'test', listed)).code).toBe(0);
    // The overdue row was evaluated: expecting it to be "not evaluated" fails and says so.
    const wrong = await withKeys({ notEvaluated: [{ sheet: 'Theo dõi', cell: 'D6' }] });
    const result = await dondoc('pack', 'test', wrong);
    expect(result.code).toBe(1);
    expect(result.out).toContain('  - not-evaluated Theo dõi!D6');
  });

  it('"tables": the sheet must be recognised as the named kind of table', async () => {
    const right = await withKeys({ tables: { 'Theo dõi': 'tasks' } });
    expect((await dondoc('pack', 'test', right)).code).toBe(0);
    const wrong = await withKeys({ tables: { 'Theo dõi': 'indicators', 'Không có': 'none' } });
    const result = await dondoc('pack', 'test', wrong);
    expect(result.code).toBe(1);
    expect(result.out).toContain('  - bảng indicators ở trang "Theo dõi" (nhận ra: tasks)');
    expect(result.out).not.toContain('Không có');
  });

  it('refuses a table kind it does not know, naming the fixture and the sheet', async () => {
    const dir = await withKeys({ tables: { 'Theo dõi': 'bảng' } });
    const result = await dondoc('pack', 'test', dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('"theo-doi.expected.json"');
    expect(result.err).toContain('"Theo dõi"');
  });
});

describe('extends', () => {
  const example = fileURLToPath(
    new URL('../../../packages/rulepacks/examples/huyen-duc-tho.json', import.meta.url),
  );

  it('a district pack extends a bundled one, adding members and re-grading rules', async () => {
    const result = await dondoc('pack', 'validate', example);
    expect(result.code).toBe(0);
    expect(result.out).toContain('huyen-duc-tho-ct32 1.0.0 — 7 nhiệm vụ, 2 báo cáo, 12 chỉ tiêu');
  });

  it('its group members owe the report even with no roster sheet', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'so-nhan.xlsx', {
      'Sổ nhận báo cáo': [
        ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Ngày nhận'],
        [1, 'Đảng ủy xã Đức Lạng', 'Báo cáo kết quả quán triệt', '28/6/2024'],
      ],
    });
    const json = await dondoc(
      'check',
      file,
      '--pack',
      example,
      '--as-of',
      '2024-07-05',
      '--format',
      'json',
    );
    const report = JSON.parse(json.out) as { findings: Array<{ rule: string; agency?: string }> };
    expect(
      report.findings.filter((f) => f.rule === 'report/missing').map((f) => f.agency),
    ).toContain('Đảng ủy xã Tùng Ảnh');
  });

  it('a pack whose extends fan out and meet again validates at once (issue 15, class 1)', async () => {
    // 30 levels of two files, each extending both files of the next level: 2^30 paths, 120 links.
    const dir = tempDir();
    const depth = 30;
    for (let k = 0; k <= depth; k++) {
      for (const side of ['a', 'b']) {
        const id = `cap-${k}-${side}`;
        const parents = k < depth ? [`cap-${k + 1}-a.json`, `cap-${k + 1}-b.json`] : ['generic'];
        writeFileSync(
          path.join(dir, `${id}.json`),
          JSON.stringify({
            id,
            version: '1.0.0',
            title: `Bộ quy tắc cấp ${k}`,
            extends: parents,
            tasks: [{ id: `t-${id}`, title: `Nhiệm vụ cấp ${k} (${side})` }],
          }),
        );
      }
    }
    // every path walked would take ages: the test's timeout catches it (tests never assert times)
    const result = await dondoc('pack', 'validate', path.join(dir, 'cap-0-a.json'));
    expect(result.code).toBe(0);
    // Its own task and the two of every level below.
    expect(result.out).toContain(`cap-0-a 1.0.0 — ${1 + 2 * depth} nhiệm vụ`);
  });

  it.each([
    ['a cycle', { a: ['b.json'], b: ['a.json'] }, /a → b → a/],
    ['a missing parent', { a: ['khong-co.json'] }, /khong-co/],
  ] as const)('refuses %s with a clear message', async (_label, graph, pattern) => {
    const dir = tempDir();
    for (const [name, parents] of Object.entries(graph)) {
      writeFileSync(
        path.join(dir, `${name}.json`),
        JSON.stringify({ id: name, version: '1.0.0', title: name, extends: parents }),
      );
    }
    const result = await dondoc('pack', 'validate', path.join(dir, 'a.json'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(pattern);
    expect(result.err).toContain('Error: ');
  });
});

describe('what a pack may make dondoc read (issue 15, classes 2 and 7), through the real binary', () => {
  const pack = (id: string, parents: string[]) =>
    JSON.stringify({ id, version: '1.0.0', title: `Bộ quy tắc ${id}`, extends: parents });
  const SECRET = 'BÍ MẬT: mật khẩu hộp thư 123456';

  it('extends a file inside the pack’s folder tree, never one outside it, and never shows what it holds', async () => {
    const root = tempDir();
    const packs = path.join(root, 'bo-quy-tac');
    mkdirSync(path.join(packs, 'chung'), { recursive: true });
    writeFileSync(path.join(packs, 'chung', 'goc.json'), pack('goc', ['generic']));
    writeFileSync(path.join(packs, 'huyen.json'), pack('huyen', ['chung/goc.json']));
    const ok = await dondoc('pack', 'validate', path.join(packs, 'huyen.json'));
    expect(ok.code).toBe(0);

    writeFileSync(path.join(root, 'mat-khau.json'), SECRET);
    symlinkSync(path.join(root, 'mat-khau.json'), path.join(packs, 'lien-ket.json'));
    for (const parent of ['../mat-khau.json', path.join(root, 'mat-khau.json'), 'lien-ket.json']) {
      writeFileSync(path.join(packs, 'xau.json'), pack('xau', [parent]));
      const result = await dondoc('pack', 'validate', path.join(packs, 'xau.json'));
      expect(result.code, parent).toBe(2);
      expect(result.err).toContain('nằm ngoài thư mục của nó');
      expect(result.err).not.toContain('BÍ MẬT');
      const check = await dondoc(
        'check',
        await writeWorkbook(root, 'theo-doi.xlsx', { 'Theo dõi': PLAN_ROWS }),
        '--pack',
        path.join(packs, 'xau.json'),
      );
      expect(check.code).toBe(2);
      expect(check.err).not.toContain('BÍ MẬT');
    }
  });

  it('a file that is not JSON is refused without quoting it', async () => {
    const file = path.join(tempDir(), 'khong-phai.json');
    writeFileSync(file, SECRET);
    for (const args of [
      ['pack', 'validate', file],
      ['pack', 'docs', file],
    ]) {
      const result = await dondoc(...args);
      expect(result.code).toBe(2);
      expect(result.err).toContain('không phải JSON hợp lệ');
      expect(result.err).not.toContain('BÍ MẬT');
    }
  });

  it('reads a pack only from a regular file of at most 4 MB', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'lon.json');
    // 50 MB of an honest-looking pack: refused by its size before it is read.
    writeFileSync(big, `{"id":"lon","version":"1.0.0","title":"${'x'.repeat(50 * 1024 * 1024)}"}`);
    const large = await dondoc('pack', 'validate', big);
    expect(large.code).toBe(2);
    expect(large.err).toContain('quá lớn (hơn 4 MB)');
    const device = await dondoc('pack', 'validate', '/dev/zero');
    expect(device.code).toBe(2);
    expect(device.err).toContain('không phải tệp thông thường (thiết bị, đường ống hay socket)');
    const folder = await dondoc('pack', 'validate', dir);
    expect(folder.code).toBe(2);
    expect(folder.err).toContain('đây là một thư mục');
  });
});
