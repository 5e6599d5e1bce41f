import { describe, expect, it } from 'vitest';
import { foldText, normalizeText } from './text.js';

describe('foldText', () => {
  it.each([
    ['Nội dung  công việc', 'noi dung cong viec'],
    ['NỘI DUNG CÔNG VIỆC', 'noi dung cong viec'],
    ['Đơn vị chủ trì', 'don vi chu tri'],
    ['Thời hạn\nhoàn thành', 'thoi han hoan thanh'],
    ['Nội dung'.normalize('NFD'), 'noi dung'],
  ])('%j folds to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it('composes NFD text and drops control characters', () => {
    expect(normalizeText('Ban Tuyên giáo\u0007 Huyện ủy'.normalize('NFD'))).toBe(
      'Ban Tuyên giáo Huyện ủy',
    );
  });
});
