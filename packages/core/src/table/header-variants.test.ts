/** Header texts seen in real tracking workbooks, beyond the canonical ones, mapped to their field. */
import { describe, expect, it } from 'vitest';
import { matchHeaderText, taskHeaderAliases } from './headers.js';

describe('header variants offices write', () => {
  const aliases = taskHeaderAliases();
  it.each([
    ['Cơ quan, đơn vị chủ trì', 'owner'],
    ['Đơn vị chủ trì thực hiện', 'owner'],
    ['Lãnh đạo phụ trách', 'owner'],
    ['Cơ quan, đơn vị phối hợp', 'coordinators'],
    ['Nội dung nhiệm vụ được giao', 'title'],
    ['Thời gian hoàn thành (ngày/tháng/năm)', 'due'],
    ['Thời hạn hoàn thành theo kế hoạch', 'due'],
    ['Hạn xử lý', 'due'],
    ['Ngày hết hạn', 'due'],
    ['Ngày, tháng hoàn thành', 'completedOn'],
    ['Ngày hoàn thành thực tế', 'completedOn'],
    ['Kết quả thực hiện (Đã hoàn thành/Chưa hoàn thành)', 'status'],
    ['Tiến độ, kết quả thực hiện', 'status'],
    ['Ghi chú/ Đề xuất', 'note'],
  ] as const)('%s → %s', (text, field) => {
    expect(matchHeaderText(text, aliases)).toBe(field);
  });

  it.each(['Số, ký hiệu văn bản', 'Văn bản chỉ đạo', 'Đánh giá'])(
    '%s is not a task column',
    (text) => {
      expect(matchHeaderText(text, aliases)).toBeUndefined();
    },
  );
});
