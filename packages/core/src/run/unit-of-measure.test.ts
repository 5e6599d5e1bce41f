import { describe, expect, it } from 'vitest';
import { unitOfMeasureIn } from './indicators.js';

describe('the unit of measure at the end of an indicator name', () => {
  it.each([
    ['Tỷ lệ dân số tham gia BHYT (%)', '%'],
    ['Số người tham gia BHXH tự nguyện (người)', 'người'],
    ['Thu ngân sách (tỷ đồng)', 'tỷ đồng'],
    ['Năng suất lúa (tạ/ha)', 'tạ/ha'],
    ['Kết nạp đảng viên mới (cả nhiệm kỳ)', undefined],
    ['Tăng trưởng kinh tế (năm 2024)', undefined],
    ['Tỷ lệ hộ nghèo', undefined],
  ])('%j → %j', (name, unit) => {
    expect(unitOfMeasureIn(name)).toBe(unit);
  });
});
