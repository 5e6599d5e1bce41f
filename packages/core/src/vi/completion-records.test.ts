/**
 * The evidence of a done row ("Minh chứng") as offices keep it beside a plan: the record of the
 * work, dated, is the day it was done (layouts held-out set 10, k02).
 */
import { describe, expect, it } from 'vitest';
import { matchHeaderText, taskHeaderAliases } from '../table/headers.js';
import { completionDateInDoneClause } from './completion.js';

describe('a record opening the notes of a done row', () => {
  it.each([
    ['Biên bản kiểm tra ngày 18/10/2024', '2024-10-18'],
    ['Biên bản nghiệm thu ngày 05/12/2024', '2024-12-05'],
    ['Biên bản số 12/BB-MN ngày 18/10/2024', '2024-10-18'],
    ['Hợp đồng số 05/HĐ-MN ngày 27/9/2024', '2024-09-27'],
    // a record that is not of the work, or whose date is another's
    ['Theo Biên bản kiểm tra ngày 18/10/2024', undefined],
    ['Biên bản giao nhiệm vụ ngày 02/10/2024, hạn 30/10/2024', undefined],
    ['Kế hoạch ngày 5/10/2024', undefined],
  ] as const)('%s → %s', (text, iso) => {
    const d = completionDateInDoneClause(text, { defaultYear: 2024 })?.date;
    const shown = d
      ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
      : undefined;
    expect(shown).toBe(iso);
  });
});

describe('the evidence column is read as the notes', () => {
  const aliases = taskHeaderAliases();
  it.each(['Minh chứng', 'Tài liệu minh chứng', 'Tài liệu kiểm chứng'])('%s → note', (text) => {
    expect(matchHeaderText(text, aliases)).toBe('note');
  });
});
