/**
 * Seed 001's reporting duty: "UBMTTQ và các đoàn thể huyện; các cơ quan thông tin tuyên truyền; các
 * chi, đảng bộ cơ sở … gửi báo cáo kết quả … về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy)
 * trước ngày 30/6/2024", checked against a roster and a received-reports log as a district keeps them.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import type { Pack } from '../pack/schema.js';
import { d, gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const QUOTE =
  'Kết thúc đợt học tập, quán triệt UBMTTQ và các đoàn thể huyện; các cơ quan thông tin tuyên truyền; các chi, đảng bộ cơ sở gửi báo cáo kết quả quán triệt về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy) trước ngày 30/6/2024';

const parsed = parsePack({
  id: 'quan-triet-ct32-ctr48',
  version: '1.0.0',
  title: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW',
  agencies: [
    { id: 'ubmttq', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', aliases: ['UBMTTQ huyện'] },
    { id: 'btv', name: 'Ban Thường vụ Huyện ủy' },
  ],
  groups: [
    { id: 'co-so', name: 'Các chi, đảng bộ cơ sở', aliases: ['Khối cơ sở'] },
    { id: 'mat-tran', name: 'UBMTTQ và các đoàn thể huyện', members: ['ubmttq'] },
  ],
  reports: [
    {
      id: 'bc-quan-triet',
      title: 'Báo cáo kết quả quán triệt',
      from: ['mat-tran', 'co-so'],
      to: 'btv',
      due: 'trước ngày 30/6/2024',
      source: { quote: QUOTE },
    },
    {
      id: 'bc-quy',
      title: 'Báo cáo quý',
      from: ['co-so'],
      to: 'btv',
      schedule: { every: 'quarter', due: { day: 10, monthOffset: 1 }, from: '2024-01-01' },
    },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const pack: Pack = parsed.pack;

const roster = gridSheet('Danh sách đơn vị', [
  ['DANH SÁCH CÁC ĐƠN VỊ'],
  ['STT', 'Tên đơn vị', 'Khối'],
  [1, 'Đảng ủy xã Đức Lạng', 'Khối cơ sở'],
  [2, 'Đảng ủy xã Tùng Ảnh', 'Khối cơ sở'],
  [3, 'Chi bộ Trường THPT Đức Thọ', 'Khối cơ sở'],
]);

const log = gridSheet('Sổ nhận báo cáo', [
  ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Kỳ báo cáo', 'Ngày nhận', 'Số, ký hiệu', 'Ghi chú'],
  [
    1,
    'UBMTTQ huyện',
    'Báo cáo kết quả quán triệt Chỉ thị 32',
    null,
    d(2024, 6, 25),
    '45-BC/MTTQ',
    null,
  ],
  [2, 'Đảng ủy xã Đức Lạng', 'Báo cáo kết quả quán triệt', null, d(2024, 7, 3), '12-BC/ĐU', null],
  [3, 'Đảng ủy xã Tùng Ảnh', 'Báo cáo kết quả quán triệt', null, null, null, 'Chưa gửi'],
  [4, 'Đảng ủy xã Đức Lạng', 'Báo cáo quý', 'Quý I/2024', d(2024, 4, 8), null, null],
  [5, 'Đảng ủy xã Tùng Ảnh', 'Báo cáo quý', 'Quý I/2024', d(2024, 4, 15), null, null],
  [6, 'Chi bộ Trường THPT Đức Thọ', 'Báo cáo quý', 'quý 1-2024', d(2024, 4, 9), null, null],
]);

describe('report obligations', () => {
  const result = checkSheets(
    createChecker({ pack, asOf: { year: 2024, month: 7, day: 5 } }),
    'so-bao-cao.xlsx',
    [roster, log],
  );
  const keys = result.findings.map(
    (f) => `${f.rule} ${f.agency} ${f.location?.sheet}!${f.location?.cell ?? ''}`,
  );

  it('recognises the roster and the log', () => {
    expect(result.sheets.map((s) => s.table)).toEqual(['roster', 'reports']);
  });

  it('finds missing and late reports, per unit and period, through the roster and the abbreviations', () => {
    expect(keys.sort()).toEqual(
      [
        // one-off report, due 29/6/2024
        'report/late Đảng ủy xã Đức Lạng Sổ nhận báo cáo!E3',
        'report/missing Đảng ủy xã Tùng Ảnh Sổ nhận báo cáo!E4',
        'report/missing Chi bộ Trường THPT Đức Thọ Danh sách đơn vị!B5', // no line at all
        // quarterly report: Q1 due 10/4/2024; Q2 due 10/7/2024 is within the 7 days ahead
        'report/late Đảng ủy xã Tùng Ảnh Sổ nhận báo cáo!E6',
        'report/due-soon Đảng ủy xã Đức Lạng Danh sách đơn vị!B3',
        'report/due-soon Đảng ủy xã Tùng Ảnh Danh sách đơn vị!B4',
        'report/due-soon Chi bộ Trường THPT Đức Thọ Danh sách đơn vị!B5',
      ].sort(),
    );
  });

  it('says who, what, by when, and quotes the duty', () => {
    const missing = result.findings.find(
      (f) => f.rule === 'report/missing' && f.agency === 'Đảng ủy xã Tùng Ảnh',
    )!;
    expect(missing.message.vi).toBe(
      'Đảng ủy xã Tùng Ảnh chưa gửi báo cáo "Báo cáo kết quả quán triệt": hạn 29/06/2024 ("trước ngày 30/6/2024"), đến ngày 05/07/2024 chưa nhận được.',
    );
    expect(missing.quote).toBe(QUOTE);
    const late = result.findings.find(
      (f) => f.rule === 'report/late' && f.agency === 'Đảng ủy xã Đức Lạng',
    )!;
    expect(late.message.vi).toContain('chậm 4 ngày');
  });
});
