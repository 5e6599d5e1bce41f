import { describe, expect, it } from 'vitest';
import { lowerIsBetterByName } from './indicator-direction.js';

// Money lent to the poor and crime cases settled are work done on what should go down: more of
// them is better, so their names say nothing of the direction (issue 13, held-out set 13).
describe('lowerIsBetterByName: lending to and settling cases of what should go down', () => {
  it.each([
    'Cho vay hộ nghèo',
    'Dư nợ cho vay hộ cận nghèo',
    'Doanh số cho vay hộ nghèo trong năm',
    'Số hộ nghèo vay vốn tạo việc làm',
    'Dư nợ tín dụng đối với hộ nghèo',
    'Tỷ lệ giải quyết tố giác, tin báo về tội phạm',
    'Tỷ lệ truy tố đúng thời hạn các vụ án về tội phạm ma túy',
    'Tỷ lệ xét xử các vụ án hình sự về tội phạm tham nhũng',
  ])('"%s" does not say', (title) => {
    expect(lowerIsBetterByName(title)).toBeUndefined();
  });

  it.each([
    'Tỷ lệ hộ nghèo theo chuẩn đa chiều',
    'Số hộ cận nghèo cuối năm',
    'Số vụ phạm pháp hình sự trên địa bàn',
    'Tỷ lệ nợ xấu trong tổng dư nợ',
  ])('"%s" still goes down', (title) => {
    expect(lowerIsBetterByName(title)).toBe(true);
  });
});
