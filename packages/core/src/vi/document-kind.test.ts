import { describe, expect, it } from 'vitest';
import {
  documentKind,
  isDocumentNumber,
  readDocumentKind,
  withoutDocumentNumbers,
} from './document-kind.js';

describe('the kind of a document', () => {
  it.each([
    ['85/BC-UBND', '', 'Báo cáo'],
    ['45-BC/ĐU', '', 'Báo cáo'], // a Party document: number - kind / issuer
    ['12/TTr-UBND', 'Báo cáo kết quả', 'Tờ trình'], // the number wins
    ['12/TTR-UBND', '', 'Tờ trình'],
    ['Số: 15/2024/QĐ-UBND', '', 'Quyết định'],
    ['09-KH/HU', '', 'Kế hoạch'],
    ['301/SYT-NVY', 'Công văn về tăng cường phòng, chống sốt xuất huyết', 'Công văn'],
    ['', 'Tờ trình đề nghị hỗ trợ kinh phí sửa chữa trường mầm non', 'Tờ trình'],
    ['', 'Báo cáo kết quả rà soát hộ nghèo năm 2024', 'Báo cáo'],
    ['', 'GIẤY MỜI họp giao ban tháng 10', 'Giấy mời'],
    // a letter's summary opens with "V/v" (về việc): a công văn in an incoming register
    ['', 'V/v tham gia ý kiến dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2025', 'Công văn'],
    ['157/STC-QLNS', 'V/v hướng dẫn khóa sổ kế toán cuối năm', 'Công văn'],
    ['', 'Về việc đăng ký nhu cầu tập huấn nghiệp vụ', 'Công văn'],
    ['85/BC-UBND', 'V/v kết quả rà soát hộ nghèo', 'Báo cáo'], // the number wins
  ])('%j, %j → %s', (number, title, kind) => {
    expect(documentKind(number, title)).toBe(kind);
  });

  it.each([
    ['301/SYT-NVY', ''], // a công văn's symbol names its issuer only
    ['', 'Kết quả rà soát hộ nghèo'], // no kind word
    ['', 'Báo cáoviên'],
    // a letter about a report may be the report sent under cover of it
    ['', 'V/v báo cáo tình hình thực hiện nhiệm vụ quý III/2024'],
    ['', 'V/v gửi báo cáo thống kê tháng 11/2024'],
    ['2101', ''],
  ])('%j, %j → none', (number, title) => {
    expect(documentKind(number, title)).toBeUndefined();
  });
});

describe('a code the decree gives no kind: "CV" may be the sender\'s own short name', () => {
  it.each([
    // offices write "CV" for công văn though Nghị định 30/2020/NĐ-CP gives it no code
    ['125/CV-UBND', '', { kind: 'Công văn', informal: true }],
    ['455/CV-TH', '', { kind: 'Công văn', informal: true }], // or Chi cục Hải quan Cửa Việt's own letters
    // the title overrules an informal code, never an official one
    [
      '37/CV-VP',
      'Báo cáo tình hình tiếp nhận hồ sơ tháng 10',
      { kind: 'Báo cáo', informal: false },
    ],
    ['37/CV-VP', 'V/v đề nghị cấp kinh phí', { kind: 'Công văn', informal: false }],
    ['12/TTr-UBND', 'Báo cáo kết quả', { kind: 'Tờ trình', informal: false }],
    ['85/BC-UBND', '', { kind: 'Báo cáo', informal: false }],
  ])('%j, %j → %j', (number, title, reading) => {
    expect(readDocumentKind(number, title)).toEqual(reading);
  });

  it('no kind at all', () => {
    expect(readDocumentKind('301/SYT-NVY', '')).toBeUndefined();
  });
});

describe('a document number and symbol', () => {
  it.each([
    ['245/BC-TTYT', true],
    ['45-BC/ĐU', true],
    ['Số 12/KH-UBND', true],
    ['Số: 15/2024/QĐ-UBND', true],
    ['32-CT/TW', true],
    ['157/QĐ-TTg', true],
    ['81/2023/QH15', true], // a law: number / year / the Assembly and its term
    ['301/SYT-NVY', true],
    ['125 /BC-UBND', true], // typed with a space
    ['Số: 07 - KH/ĐU', true],
    ['12/2024', false], // a month and year
    ['15/10/2024', false], // a date
    ['Đã gửi', false],
    ['2101', false],
  ])('%j → %s', (text, expected) => {
    expect(isDocumentNumber(text)).toBe(expected);
  });
});

describe('document numbers cited in a header are taken out; ratios of two periods stay', () => {
  it.each([
    ['Chỉ tiêu theo Nghị quyết số 96/2019/QH14 (%)', 'Chỉ tiêu theo Nghị quyết (%)'],
    ['Kế hoạch giao tại QĐ số 15/2024/QĐ-UBND', 'Kế hoạch giao tại QĐ'],
    ['Chỉ tiêu theo NQ 12/NQ-HĐND', 'Chỉ tiêu theo NQ'],
    ['Nhiệm vụ theo Kế hoạch 09-KH/HU', 'Nhiệm vụ theo Kế hoạch'],
    // a ratio of two periods is no citation
    ['TH 2024/KH 2024 (%)', 'TH 2024/KH 2024 (%)'],
    ['Ước TH 2024/KH (%)', 'Ước TH 2024/KH (%)'],
    ['So sánh TH 2023/KH2023', 'So sánh TH 2023/KH2023'],
    ['KH 2025/TH 2024', 'KH 2025/TH 2024'],
    ['Năm 2024/Quý IV', 'Năm 2024/Quý IV'],
  ])('%j → %j', (header, bare) => {
    expect(withoutDocumentNumbers(header)).toBe(bare);
  });
});
