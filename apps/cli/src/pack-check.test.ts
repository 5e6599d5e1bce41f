/**
 * End to end with a pack file: one district workbook holding the task sheet, the indicator sheet,
 * the roster of units and the received-reports log, checked against a pack drawn from seed 001
 * (duties, the report "trước ngày 30/6/2024") and seed 004 (indicator targets for 2024).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsReportSchema } from '@dondoc/core';
import { dondoc, tempDir, writeWorkbook } from './test-support/run.js';

const pack = {
  $schema: 'https://dondoc.dev/schema/pack.json',
  id: 'huyen-duc-tho-2024',
  version: '1.0.0',
  title: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW và các chỉ tiêu năm 2024',
  agencies: [
    { id: 'btg', name: 'Ban Tuyên giáo Huyện ủy', aliases: ['BTG Huyện ủy'] },
    { id: 'ubnd', name: 'Ủy ban nhân dân huyện' },
    { id: 'btv', name: 'Ban Thường vụ Huyện ủy' },
  ],
  groups: [{ id: 'co-so', name: 'Các chi, đảng bộ cơ sở', aliases: ['Khối cơ sở'] }],
  tasks: [
    {
      id: 'hoi-nghi',
      title: 'Hội nghị cán bộ chủ chốt quán triệt Chỉ thị 32-CT/TW',
      owners: ['btg'],
      due: 'tháng 5/2024',
    },
    {
      id: 'ke-hoach',
      title: 'Xây dựng kế hoạch thực hiện Chỉ thị 32-CT/TW',
      owners: ['ubnd'],
      due: 'trước ngày 20/5/2024',
    },
  ],
  reports: [
    {
      id: 'bc-quan-triet',
      title: 'Báo cáo kết quả quán triệt',
      from: ['co-so'],
      to: 'btv',
      due: 'trước ngày 30/6/2024',
      source: {
        quote:
          'các chi, đảng bộ cơ sở gửi báo cáo kết quả quán triệt về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy) trước ngày 30/6/2024',
      },
    },
  ],
  indicators: [
    {
      id: 'bhyt',
      number: '19',
      title: 'Tỷ lệ tham gia bảo hiểm y tế',
      unit: '%',
      targets: [
        { period: '2024-H1', op: '>=', value: 95.2, text: 'Tỷ lệ tham gia bảo hiểm y tế 95,2%' },
      ],
    },
  ],
};

describe('dondoc check --pack <file> on a whole district workbook', () => {
  it('finds overdue tasks, missing reports, unmet indicators and unknown agencies, and sums them up', async () => {
    const dir = tempDir();
    const packFile = path.join(dir, 'bo-quy-tac.json');
    writeFileSync(packFile, JSON.stringify(pack, null, 2));
    const file = await writeWorkbook(dir, 'huyen-duc-tho.xlsx', {
      'Nhiệm vụ': [
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
        [
          1,
          'Hội nghị cán bộ chủ chốt quán triệt Chỉ thị 32-CT/TW',
          'BTG Huyện ủy',
          'tháng 5/2024',
          'Chưa thực hiện',
        ],
        [2, 'Tuyên truyền trên Cổng thông tin', 'Phòng Văn hóa', 'Thường xuyên', null],
      ],
      'Danh sách đơn vị': [
        ['STT', 'Tên đơn vị', 'Khối'],
        [1, 'Đảng ủy xã Đức Lạng', 'Khối cơ sở'],
        [2, 'Đảng ủy xã Tùng Ảnh', 'Khối cơ sở'],
      ],
      'Sổ nhận báo cáo': [
        ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Ngày nhận'],
        [1, 'Đảng ủy xã Đức Lạng', 'Báo cáo kết quả quán triệt', '27/6/2024'],
      ],
      'Chỉ tiêu': [
        // A half-year that has ended by the as-of date: a figure below target is unmet.
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch 6 tháng 2024', 'Thực hiện 6 tháng 2024'],
        [19, 'Tỷ lệ tham gia bảo hiểm y tế', '%', 95.2, 93.8],
      ],
    });
    const json = await dondoc(
      'check',
      file,
      '--pack',
      packFile,
      '--as-of',
      '2024-07-05',
      '--format',
      'json',
    );
    const report = findingsReportSchema.parse(JSON.parse(json.out));
    const keys = report.findings.map(
      (f) => `${f.rule} ${f.location?.sheet ?? ''}!${f.location?.cell ?? ''}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'task/overdue Nhiệm vụ!D2',
        'agency/unknown Nhiệm vụ!C3',
        'row/unmatched Nhiệm vụ!B3',
        'task/missing-row !',
        'report/missing Danh sách đơn vị!B3',
        'indicator/unmet Chỉ tiêu!E2',
      ]),
    );
    expect(report.findings).toHaveLength(6);

    const text = await dondoc('check', file, '--pack', packFile, '--as-of', '2024-07-05');
    expect(text.out).toContain(
      'Có 0/1 chỉ tiêu đạt, vượt kế hoạch; trong đó 00 chỉ tiêu vượt kế hoạch, 01 chỉ tiêu không đạt (Tỷ lệ tham gia bảo hiểm y tế).',
    );
    expect(text.out).toContain(
      '1/2 đơn vị gửi báo cáo; 00 đơn vị gửi chậm; 01 đơn vị chưa gửi (Đảng ủy xã Tùng Ảnh).',
    );
    expect(text.out).toContain(
      'Qua kiểm tra 1 sổ theo dõi, có 01 nhiệm vụ quá hạn chưa hoàn thành; 01 nhiệm vụ của văn bản chưa được theo dõi.',
    );
  });
});

describe('the bundled pack of seed 001 on a roster and a received-reports log', () => {
  it('finds who has not reported, who reported late, and what is due soon', async () => {
    const dir = tempDir();
    const file = await writeWorkbook(dir, 'so-nhan-bao-cao.xlsx', {
      'Đơn vị': [
        ['DANH SÁCH CÁC CHI, ĐẢNG BỘ CƠ SỞ'],
        ['STT', 'Tên đơn vị', 'Khối'],
        [1, 'Đảng ủy xã Nậm Tăm', 'Khối cơ sở'],
        [2, 'Đảng ủy xã Pa Tần', 'Khối cơ sở'],
      ],
      'Sổ nhận báo cáo': [
        ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Ngày nhận', 'Số, ký hiệu'],
        [1, 'UBMTTQ huyện', 'Báo cáo kết quả quán triệt Chỉ thị 32', '28/6/2024', '51-BC/MTTQ'],
        [2, 'Đảng ủy xã Nậm Tăm', 'Báo cáo kết quả quán triệt', '2/7/2024', '09-BC/ĐU'],
        [3, 'Đảng ủy xã Pa Tần', 'Báo cáo kết quả quán triệt', null, null],
      ],
    });
    const json = await dondoc(
      'check',
      file,
      '--pack',
      'quan-triet-ct32-ctr48',
      '--as-of',
      '2024-07-05',
      '--format',
      'json',
    );
    const report = findingsReportSchema.parse(JSON.parse(json.out));
    expect(report.findings.map((f) => `${f.rule} ${f.agency}`).sort()).toEqual(
      [
        'report/due-soon Ban Tuyên giáo Huyện ủy', // the half-yearly report (assumed: 10 days after June)
        'report/late Đảng ủy xã Nậm Tăm',
        'report/missing Trung tâm Văn hóa thể thao và Truyền thông huyện',
        'report/missing Đảng ủy xã Pa Tần',
      ].sort(),
    );
    expect(report.summary.narrative?.[0]?.vi).toBe(
      '2/4 đơn vị gửi báo cáo; 01 đơn vị gửi chậm (Đảng ủy xã Nậm Tăm); 02 đơn vị chưa gửi (Trung tâm Văn hóa thể thao và Truyền thông huyện; Đảng ủy xã Pa Tần).',
    );
  });
});
