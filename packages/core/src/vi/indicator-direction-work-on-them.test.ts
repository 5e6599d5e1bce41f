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

// What is dealt with, removed or repaired is work on what should go down: more of it is better
// (layouts held-out set 21, h09: black spots on the roads dealt with, 7 against a plan of 6, exceeded).
describe('lowerIsBetterByName: dealing with, removing and repairing what should go down', () => {
  it.each([
    'Số điểm đen tai nạn giao thông được xử lý',
    'Xử lý điểm đen, điểm tiềm ẩn tai nạn giao thông trên quốc lộ',
    'Xóa nhà tạm, nhà dột nát cho hộ nghèo',
    'Số vụ vi phạm hành chính bị xử phạt',
    'Triệt phá ổ nhóm tội phạm ma túy',
    'Thu hồi nợ xấu',
    'Sửa chữa, cải tạo nhà dột nát',
    'Ngăn chặn vụ cháy rừng ngay từ đầu',
  ])('"%s" does not say', (title) => {
    expect(lowerIsBetterByName(title)).toBeUndefined();
  });

  it.each([
    'Số điểm đen tai nạn giao thông',
    'Số nhà tạm, nhà dột nát còn lại',
    'Số vụ vi phạm hành chính về trật tự xây dựng',
  ])('"%s" still goes down', (title) => {
    expect(lowerIsBetterByName(title)).toBe(true);
  });
});
