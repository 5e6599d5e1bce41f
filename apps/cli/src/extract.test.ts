import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePack } from '@dondoc/core';
import { dondoc, tempDir } from './test-support/run.js';

const seed = (name: string) =>
  fileURLToPath(new URL(`../../../docs/sources/${name}`, import.meta.url));
const SEED_003 = seed('003_238ef3c35850272d.txt');

interface Item {
  kind: string;
  quote: string;
  span: [number, number];
  due: string | null;
  period: string | null;
}

describe('dondoc extract', () => {
  it('drafts a pack that loads, from the April 2021 programme (seed 003)', async () => {
    const result = await dondoc('extract', SEED_003);
    expect(result.code).toBe(0);
    const parsed = parsePack(JSON.parse(result.out));
    expect(parsed.ok).toBe(true);
  });

  it('prints the flat items, each quote exactly the text at its span', async () => {
    const result = await dondoc('extract', SEED_003, '--format', 'items');
    const items = JSON.parse(result.out) as Item[];
    const text = readFileSync(SEED_003, 'utf8');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(text.slice(item.span[0], item.span[1])).toBe(item.quote);
    expect(items.some((i) => i.kind === 'deadline' && i.due === '2021-04-30')).toBe(true);
  });

  it('reads a short text written the way a district office writes a follow-up letter', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cong-van.md');
    writeFileSync(
      file,
      [
        'HUYỆN ỦY ĐỨC THỌ',
        'Số 125-CV/HU',
        '',
        'Đức Thọ, ngày 02 tháng 7 năm 2024',
        '',
        'Ban Thường vụ Huyện ủy đề nghị các chi, đảng bộ cơ sở khẩn trương hoàn thành việc quán triệt Chỉ thị số 32-CT/TW, báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo) **trước ngày 15/7/2024**.',
      ].join('\n'),
    );
    const result = await dondoc('extract', file, '--format', 'items');
    const items = JSON.parse(result.out) as Item[];
    expect(items.map((i) => [i.kind, i.due])).toContainEqual(['report', '2024-07-14']);
  });

  it('prints a review for a person, quote beside what was drawn', async () => {
    const result = await dondoc('extract', SEED_003, '--review');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Thời hạn');
  });

  it.each([
    [['extract'], /Cần đúng một văn bản/],
    [['extract', 'khong-co.txt'], /khong-co\.txt/],
    [['extract', 'van-ban.pdf'], /\.pdf/],
    [['extract', SEED_003, '--format', 'csv'], /--format phải là pack hoặc items/],
  ])('refuses %j with a message in both languages', async (argv, pattern) => {
    const result = await dondoc(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(pattern);
    expect(result.err).toContain('Error: ');
  });
});
