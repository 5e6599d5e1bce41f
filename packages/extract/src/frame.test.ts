import { describe, expect, it } from 'vitest';
import { adoptedYear } from './frame.js';

describe('adoptedYear: the year of a plan named in a news lead with no period', () => {
  it.each([
    [
      'Kế hoạch phòng, chống sốt xuất huyết do UBND tỉnh Phú Lâm ban hành ngày 14/4/2026. Chiến dịch triển khai tại 120 xã.',
      '2026',
    ],
    [
      'Kế hoạch tiêm chủng bổ sung vắc xin sởi do UBND tỉnh ban hành ngày 23 tháng 9 năm 2025 đặt mục tiêu cao.',
      '2025',
    ],
    // adopted in December: the plan may be for the next year; no year is guessed
    [
      'Kế hoạch chuyển đổi số do UBND huyện Yên Phú ban hành ngày 26/12/2025 nêu rõ nhiệm vụ.',
      null,
    ],
    ['Kế hoạch cải cách hành chính do UBND tỉnh ban hành ngày 20 tháng 12 năm 2025.', null],
    // not a plan's adoption
    ['Ngày 14/4/2026, UBND tỉnh tổ chức hội nghị sơ kết.', null],
  ])('%s → %s', (text, year) => {
    expect(adoptedYear(text)).toBe(year);
  });
});
