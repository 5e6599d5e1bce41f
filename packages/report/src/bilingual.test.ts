import { describe, expect, it } from 'vitest';
import { inLanguage } from './bilingual.js';

describe('a value in the output language', () => {
  it.each([
    ['chưa hoàn thành / not completed', 'chưa hoàn thành', 'not completed'],
    [
      'hoàn thành 04/06/2024 / completed 2024-06-04',
      'hoàn thành 04/06/2024',
      'completed 2024-06-04',
    ],
    ['chưa gửi / not sent', 'chưa gửi', 'not sent'],
    // values copied from a workbook stay as written
    ['Đang thực hiện / chờ ý kiến', 'Đang thực hiện / chờ ý kiến', 'Đang thực hiện / chờ ý kiến'],
    ['50 / 100', '50 / 100', '50 / 100'],
    ['Hoàn thành', 'Hoàn thành', 'Hoàn thành'],
    ['"đã xong"', '"đã xong"', '"đã xong"'],
  ])('%j reads %j in Vietnamese and %j in English', (text, vi, en) => {
    expect(inLanguage(text, 'vi')).toBe(vi);
    expect(inLanguage(text, 'en')).toBe(en);
  });
});
