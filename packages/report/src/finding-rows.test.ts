import { describe, expect, it } from 'vitest';
import {
  findingColumns,
  findingRows,
  renderCsv,
  resultsSheet,
  RESULTS_SHEET_MARK,
  CELL_COLUMN,
} from './index.js';
import { sampleRun } from './test-support/run.js';

const run = sampleRun();
const late = run.report.findings[0]!;

/** RFC 4180 fields of one CSV line (enough for these rows: quotes doubled, no line breaks inside). */
function fields(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .slice(0, -1)
    .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
}

describe('one finding-row layout', () => {
  it('names its columns for programs and for people in both languages', () => {
    expect(findingColumns('vi').map((c) => c.key)).toEqual([
      'no',
      'workbook',
      'sheet',
      'row',
      'cell',
      'severity',
      'rule',
      'subject',
      'agency',
      'message_vi',
      'expected',
      'actual',
      'quote',
      'message_en',
    ]);
    expect(findingColumns('vi').map((c) => c.header.vi)).toEqual([
      'STT',
      'Sổ theo dõi',
      'Trang',
      'Dòng',
      'Ô',
      'Mức độ',
      'Quy tắc',
      'Nội dung theo dõi',
      'Đơn vị',
      'Phát hiện',
      'Yêu cầu',
      'Thực tế',
      'Căn cứ',
      'Phát hiện (English)',
    ]);
    // In English the English message comes first and the Vietnamese one last.
    const en = findingColumns('en');
    expect(en.map((c) => c.key).filter((k) => k.startsWith('message'))).toEqual([
      'message_en',
      'message_vi',
    ]);
    expect(en.at(-1)!.header.en).toBe('Finding (Tiếng Việt)');
    expect(findingColumns('vi')[CELL_COLUMN]!.key).toBe('cell');
  });

  it('gives a late task as people read it, the severity named in the sheet language', () => {
    const [row] = findingRows([late], 'vi');
    expect(row!.slice(0, 9)).toEqual([
      1,
      'so-theo-doi/huyen uy.xlsx',
      'Nhiệm vụ',
      2,
      'E2',
      'Cảnh báo',
      'task/late',
      'Hội nghị cán bộ chủ chốt',
      'Ban Tuyên giáo Huyện ủy',
    ]);
    expect(row![9]).toMatch(/^Nhiệm vụ "Hội nghị cán bộ chủ chốt" hoàn thành chậm 4 ngày/);
    expect(row!.slice(10, 13)).toEqual([
      'hoàn thành chậm nhất 31/05/2024 / completed by 2024-05-31',
      'hoàn thành 04/06/2024 / completed 2024-06-04',
      'tháng 5/2024',
    ]);
    expect(row![13]).toMatch(/^Task "Hội nghị cán bộ chủ chốt" was completed 4 day\(s\) late/);
    expect(findingRows([late], 'en')[0]![5]).toBe('Warning');
  });

  it('gives programs the severity id, in the CSV, whose header is the column keys', () => {
    expect(findingRows([late], 'vi', 'programs')[0]![5]).toBe('warning');
    const lines = renderCsv(run)
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      findingColumns('vi')
        .map((c) => c.key)
        .join(','),
    );
    expect(fields(lines[1]!)).toEqual(findingRows([late], 'vi', 'programs')[0]!.map(String));
    expect(lines).toHaveLength(run.report.findings.length + 2); // the header, the rows, a last CRLF
  });

  it('is the sheet dondoc writes: a marked intro, the header, one row per finding', () => {
    const sheet = resultsSheet(run.report, 'vi');
    expect(sheet.name).toBe('Kết quả kiểm tra');
    expect(sheet.intro[0]).toBe(RESULTS_SHEET_MARK);
    expect(sheet.intro[1]).toBe(
      'Bộ quy tắc: Theo dõi nhiệm vụ chung (generic 1.0.0); ngày kiểm tra: 01/07/2024',
    );
    expect(sheet.intro.at(-1)).toBe('');
    expect(sheet.header).toEqual(findingColumns('vi').map((c) => c.header.vi));
    expect(sheet.widths).toHaveLength(sheet.header.length);
    expect(sheet.rows.map((r) => r.finding)).toEqual(run.report.findings);
    expect(sheet.rows.map((r) => r.values[0])).toEqual(run.report.findings.map((_f, i) => i + 1));
    expect(resultsSheet(run.report, 'en').intro[1]).toBe(
      'Rule pack: Theo dõi nhiệm vụ chung (generic 1.0.0); as of 2024-07-01',
    );
  });
});
