import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
      'Bộ quy tắc hợp lệ: quang-ngai-kl14-2024 1.0.0 — 0 nhiệm vụ, 0 báo cáo, 27 chỉ tiêu.',
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
});

describe('dondoc pack docs', () => {
  it('lists what each agency must do, by when, with the quote, in Markdown', async () => {
    const result = await dondoc('pack', 'docs', 'quan-triet-ct32-ctr48');
    expect(result.code).toBe(0);
    expect(result.out).toContain('## Ủy ban nhân dân huyện');
    expect(result.out).toContain('thời hạn: "trước ngày 20/5/2024"');
    expect(result.out).toContain('## Chỉ tiêu');
    expect(result.out).toContain('2025: ≥ 84,3 %; 2030: ≥ 85 %');
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
    expect(html).toContain('Trường mầm non đạt chuẩn quốc gia: 2024: ≥ 57,97 %');
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
});
