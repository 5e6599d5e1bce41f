/** `dondoc check --explain`: how each table was read, in words and in the JSON. */
import { describe, expect, it } from 'vitest';
import { dondoc, tempDir, writeWorkbook } from './test-support/run.js';

const TWO_TABLES = [
  ['BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2024'],
  ['PHẦN I. CÁC CHỈ TIÊU CHỦ YẾU'],
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu NQ', 'Kết quả'],
  [1, 'Tỷ lệ tham gia bảo hiểm y tế', '%', 95, 93.8],
  [],
  ['PHẦN II. CÁC NHIỆM VỤ TRỌNG TÂM'],
  ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Kết quả thực hiện'],
  [1, 'Đại hội chi bộ các thôn', 'Đảng ủy xã', '15/12/2024', 'Chưa tổ chức'],
  ['Người lập biểu'],
];

describe('dondoc check --explain', () => {
  it('says, per table, the kind and score, the columns and the bindings that pin it', async () => {
    const file = await writeWorkbook(tempDir(), 'xa.xlsx', { 'Báo cáo': TWO_TABLES });
    const result = await dondoc('check', file, '--as-of', '10/01/2025', '--explain');
    expect(result.out).toContain('Cách đọc các bảng');
    expect(result.out).toContain('xa.xlsx › Báo cáo\n  bảng chỉ tiêu (điểm');
    expect(result.out).toContain('D   kế hoạch / chỉ tiêu ← "Chỉ tiêu NQ"');
    expect(result.out).toContain('dòng tiêu đề 7');
    expect(result.out).toContain('D   thời hạn ← "Thời hạn"');
    expect(result.out).toContain('"bindings":{"tasks":{"sheet":"Báo cáo","headerRow":7');
    // and the findings of both tables follow
    expect(result.out).toContain('Báo cáo!E4');
    expect(result.out).toContain('Báo cáo!D8');
  });

  it('puts the same reading in the JSON, and nothing without the flag', async () => {
    const file = await writeWorkbook(tempDir(), 'xa.xlsx', { 'Báo cáo': TWO_TABLES });
    const args = ['check', file, '--as-of', '10/01/2025', '--format', 'json'];
    const explained = JSON.parse((await dondoc(...args, '--explain')).out);
    const sheet = explained.workbooks[0].sheets[0];
    expect(sheet.understanding.kind).toBe('indicators');
    expect(sheet.more[0].understanding.kind).toBe('tasks');
    expect(sheet.more[0].understanding.skipped).toEqual({ footer: 1 });
    const plain = JSON.parse((await dondoc(...args)).out);
    expect(plain.workbooks[0].sheets[0].understanding).toBeUndefined();
  });

  it('speaks English with --lang en', async () => {
    const file = await writeWorkbook(tempDir(), 'xa.xlsx', { 'Báo cáo': TWO_TABLES });
    const result = await dondoc(
      'check',
      file,
      '--as-of',
      '10/01/2025',
      '--explain',
      '--lang',
      'en',
    );
    expect(result.out).toContain('How the tables were read');
    expect(result.out).toContain('indicator table (score');
  });
});
