import { describe, expect, it } from 'vitest';
import { isNoteUnder, isSignatureText } from './footer.js';

describe('isNoteUnder', () => {
  it.each([
    ['Ghi chú: (*) Số liệu ước tính đến ngày 31/12/2024.', true],
    ['* Lưu ý: số liệu sơ bộ', true],
    ['Chú thích: TH = thực hiện', true],
    ['Ghi chú', false],
    ['Tỷ lệ hồ sơ có ghi chú: 90%', false],
  ] as const)('%j → %s', (text, expected) => {
    expect(isNoteUnder(text)).toBe(expected);
  });
});

describe('isSignatureText', () => {
  it.each([
    ['NGƯỜI LẬP BIỂU', true],
    ['THỦ TRƯỞNG ĐƠN VỊ', true],
    ['TM. BAN THƯỜNG VỤ', true],
    ['KT. CHỦ TỊCH', true],
    ['PHÓ CHỦ TỊCH', true],
    ['(Ký, ghi rõ họ tên)', true],
    ['Phạm Thị Mai', false],
    ['Tỷ lệ chủ hộ được tập huấn', false],
    ['', false],
  ] as const)('%j → %s', (text, expected) => {
    expect(isSignatureText(text)).toBe(expected);
  });
});
