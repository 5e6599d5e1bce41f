import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemKey, numberOccurrences, overlap } from './identity.js';
import { trackFindings } from './snapshot.js';
import type { Finding } from '@dondoc/core';

const finding = (title: string, agency: string, row: number, id?: string): Finding => ({
  rule: 'task/overdue',
  severity: 'error',
  subject: { kind: 'task', ...(id !== undefined ? { id } : {}), title },
  agency,
  location: { workbook: 'a.xlsx', sheet: 'Theo dõi', cell: `D${row}`, row },
  message: { vi: title, en: title },
});

describe('itemKey', () => {
  it.each([
    [
      { kind: 'task', title: 'Báo cáo sơ kết', agency: 'UBND huyện' },
      'task|bao cao so ket|ubnd huyen',
    ],
    [
      { kind: 'task', title: 'BÁO CÁO  SƠ KẾT ', agency: 'Ubnd Huyện' },
      'task|bao cao so ket|ubnd huyen',
    ],
    [
      { kind: 'report', id: 'bc-quy', agency: 'Phòng Nội vụ', period: '2024-06-30' },
      'report|#bc-quy|phong noi vu|2024-06-30',
    ],
  ])('%j → %s', (ref, key) => expect(itemKey(ref)).toBe(key));

  it('uses a subject id only when the pack gives it, never a row number', () => {
    const rows = [finding('Quán triệt Chỉ thị', 'Ban Tuyên giáo', 5, '3')];
    const pack = [finding('Quán triệt Chỉ thị', 'Ban Tuyên giáo', 5, 't-quan-triet')];
    expect(trackFindings(rows, new Set(['t-quan-triet']))[0]!.itemKey).toBe(
      'task|quan triet chi thi|ban tuyen giao',
    );
    expect(trackFindings(pack, new Set(['t-quan-triet']))[0]!.itemKey).toBe(
      'task|#t-quan-triet|ban tuyen giao',
    );
  });

  it('numbers repeated titles of one agency in sheet order', () => {
    expect(numberOccurrences(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a~2', 'a~3']);
  });

  it('property: inserting rows with other titles changes no key', () => {
    const title = fc.constantFrom(
      'Báo cáo tháng',
      'Sơ kết 6 tháng',
      'Quán triệt Nghị quyết',
      'Kiểm tra, giám sát',
    );
    const agency = fc.constantFrom('UBND huyện', 'Phòng Nội vụ', 'Ban Tuyên giáo Huyện ủy');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(title, agency), { maxLength: 12 }),
        fc.array(
          fc.tuple(fc.nat(12), fc.constantFrom('Việc mới chèn thêm', 'Hội nghị chuyên đề')),
          { maxLength: 4 },
        ),
        (rows, inserted) => {
          const before = rows.map(([t, a], i) => finding(t, a, i + 4, String(i + 1)));
          const after = [...before];
          for (const [at, t] of inserted)
            after.splice(Math.min(at, after.length), 0, finding(t, 'UBND huyện', 0));
          const shifted = after.map((f, i) => ({
            ...f,
            location: { ...f.location!, row: i + 4 },
            subject: { ...f.subject, id: String(i + 1) },
          }));
          const keysBefore = trackFindings(before, new Set()).map((f) => f.key);
          const keysAfter = new Set(trackFindings(shifted, new Set()).map((f) => f.key));
          return keysBefore.every((k) => keysAfter.has(k));
        },
      ),
    );
  });
});

describe('overlap', () => {
  it('is the share of keys two sets have in common', () => {
    expect(overlap(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
    expect(overlap(new Set(), new Set())).toBe(0);
  });
});
