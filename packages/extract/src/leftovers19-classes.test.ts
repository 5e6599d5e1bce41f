/**
 * Issue 19's leftovers on the seen sets, fixed as classes, one table row per wording: each row is a
 * text of the kind found on public directive pages (not a corpus text), with what a careful reader
 * draws from it.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractItem } from './types.js';
import { itemsOf } from './test-support/items.js';

type Row = [string, string, ExtractItem['kind'], Partial<ExtractItem>[]];

describe('a page with no date or stamp is in the year its dated days name; a span opening a sentence is its period (issue 19 leftovers)', () => {
  it.each<Row>([
    [
      'a yearless day spaced around its dash, the year from the other days',
      'Chiều 3 – 6, Sở Giáo dục và Đào tạo họp giao ban.\nPhòng Khảo thí hoàn thành in sao đề trước ngày 20 - 6 - 2026.\nCác trường gửi báo cáo về Sở trước ngày 12 - 6 để tổng hợp.',
      'report',
      [{ from: 'Các trường', to: 'Sở Giáo dục và Đào tạo', period: 'once', due: '2026-06-11' }],
    ],
    [
      'a cited decision dated the year before does not set the year',
      'Thực hiện Quyết định số 88/QĐ-UBND ngày 28/12/2025, ngày 05/3/2026 huyện tổ chức ra quân.\nTrước ngày 30/6/2026, xã hoàn thành cắm mốc.\nUBND các xã báo cáo kết quả về UBND huyện trước ngày 10 - 7.',
      'report',
      [{ from: 'UBND các xã', to: 'UBND huyện', period: 'once', due: '2026-07-09' }],
    ],
    [
      'a span opening a sentence tells what was done in it',
      'Từ ngày 1.4 đến ngày 30.9, Sở Tư pháp tiếp nhận 1.240 hồ sơ lý lịch tư pháp.\nBộ phận một cửa hoàn thành trả kết quả tồn đọng trước ngày 15.10.2026.',
      'deadline',
      [{ owner: 'Bộ phận một cửa', due: '2026-10-14' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('results a body is to publish within a month or quarter are due by its end (issue 19 leftovers)', () => {
  it.each<Row>([
    [
      'publishing within a month',
      'Ngày 12/3/2026, Sở Y tế họp giao ban.\nTrung tâm Kiểm soát bệnh tật tỉnh công bố kết quả giám sát chất lượng nước trong tháng 9/2026.',
      'deadline',
      [{ owner: 'Trung tâm Kiểm soát bệnh tật tỉnh', due: '2026-09-30' }],
    ],
    [
      'publishing within a quarter',
      'Ngày 12/3/2026, Sở Giáo dục và Đào tạo họp giao ban.\nHội đồng thi công bố kết quả phúc khảo trong quý III/2026.',
      'deadline',
      [{ owner: 'Hội đồng thi', due: '2026-09-30' }],
    ],
    [
      'control: a publication only expected is no duty',
      'Ngày 12/3/2026, Sở Y tế họp giao ban.\nKết quả điều tra dự kiến được công bố trong tháng 11/2026.',
      'deadline',
      [],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});

describe('the year of the work a lead says is carried out, also after a "Thực hiện …," opening, is the year of the targets after it (issue 19 leftovers)', () => {
  it.each<Row>([
    [
      'after a "Thực hiện …," opening citing a decision of the year before',
      'TIN HOẠT ĐỘNG\nThực hiện Kế hoạch số 215/KH-UBND ngày 20/12/2025 của UBND tỉnh, các huyện đồng loạt tổ chức Tổng điều tra kinh tế năm 2026.\nYêu cầu đặt ra là 100% cơ sở được lập bảng kê; tỷ lệ phiếu lỗi dưới 1%.',
      'indicator',
      [
        { op: '>=', value: 100, unit: '%', year: '2026' },
        { op: '<', value: 1, unit: '%', year: '2026' },
      ],
    ],
    [
      'a lead launching a campaign of a year',
      'TIN HOẠT ĐỘNG\nSáng nay, Huyện đoàn phát động Chiến dịch thanh niên tình nguyện hè năm 2026.\nYêu cầu đặt ra là 100% cơ sở Đoàn có công trình thanh niên.',
      'indicator',
      [{ op: '>=', value: 100, unit: '%', year: '2026' }],
    ],
  ])('%s', (_name, text, kind, expected) => {
    expect(itemsOf(text, kind)).toEqual(expected);
  });
});
