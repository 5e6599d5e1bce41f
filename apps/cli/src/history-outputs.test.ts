/**
 * What the history keeps of report instances and indicators, and what its outputs hold, through the
 * real `dondoc` (main): a district workbook checked a week apart, its sheets reordered and rows
 * inserted in between; the XLSX report's sheet of changes and `dondoc history --format xlsx` read
 * back with exceljs; `--pack` keeping one pack's checks apart from another's (issue 18).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AGENCY_COLUMNS, CHANGE_NAMES, ITEM_COLUMNS } from '@dondoc/history';
import { dondoc, tempDir, writeWorkbook, type SheetRows } from './test-support/run.js';

const PACK = {
  id: 'huyen-duc-tho-2024',
  version: '1.0.0',
  title: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW và các chỉ tiêu năm 2024',
  agencies: [
    { id: 'btg', name: 'Ban Tuyên giáo Huyện ủy' },
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
    },
  ],
  indicators: [
    {
      id: 'bhyt',
      title: 'Tỷ lệ tham gia bảo hiểm y tế',
      unit: '%',
      owners: ['ubnd'],
      targets: [{ period: '2024-H1', op: '>=', value: 95.2 }],
    },
  ],
};

const TASK_HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const CONFERENCE = 'Hội nghị cán bộ chủ chốt quán triệt Chỉ thị 32-CT/TW';
const PLAN = 'Xây dựng kế hoạch thực hiện Chỉ thị 32-CT/TW';

/** Week 1: the conference overdue, Tùng Ảnh's report missing, health insurance below target. */
function week1(): Record<string, SheetRows> {
  return {
    'Nhiệm vụ': [
      TASK_HEADER,
      [1, CONFERENCE, 'Ban Tuyên giáo Huyện ủy', 'tháng 5/2024', null, 'Chưa thực hiện'],
      [2, PLAN, 'Ủy ban nhân dân huyện', 'trước ngày 20/5/2024', '15/5/2024', 'Hoàn thành'],
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
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch 6 tháng 2024', 'Thực hiện 6 tháng 2024'],
      [1, 'Tỷ lệ tham gia bảo hiểm y tế', '%', 95.2, 93.8],
    ],
  };
}

/**
 * Week 2: the sheets in the reverse order, two title rows inserted above each table, the
 * conference held on 10/7 (late); the report and the indicator as they were.
 */
function week2(): Record<string, SheetRows> {
  const w = week1();
  const titled = (title: string, rows: SheetRows): SheetRows => [[title], [], ...rows];
  return {
    'Chỉ tiêu': titled('CÁC CHỈ TIÊU NĂM 2024', w['Chỉ tiêu']!),
    'Sổ nhận báo cáo': titled('SỔ NHẬN BÁO CÁO', w['Sổ nhận báo cáo']!),
    'Danh sách đơn vị': titled('DANH SÁCH CÁC CHI, ĐẢNG BỘ CƠ SỞ', w['Danh sách đơn vị']!),
    'Nhiệm vụ': titled('BẢNG THEO DÕI NHIỆM VỤ', [
      TASK_HEADER,
      [1, CONFERENCE, 'Ban Tuyên giáo Huyện ủy', 'tháng 5/2024', '10/7/2024', 'Hoàn thành'],
      w['Nhiệm vụ']![2]!,
    ]),
  };
}

/** A sheet's rows as plain values, from row 1. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

interface HistoryJson {
  runs: { asOf: string; pack: { id: string } }[];
  agencies: { asOf: string; agency: string; reportsMissing: number; indicatorsUnmet: number }[];
  items: { kind: string; title: string; agency?: string; statuses: { status: string }[] }[];
}

describe('the history of report instances and indicators, and its outputs, through dondoc', () => {
  it(
    'keeps every report instance and indicator by its identity through reordered sheets, and shows the changes in the XLSX report',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const pack = path.join(dir, 'bo-quy-tac.json');
      writeFileSync(pack, JSON.stringify(PACK, null, 2));
      const history = path.join(dir, 'lich-su.sqlite');
      const file = path.join(dir, 'huyen-duc-tho.xlsx');
      const check = (asOf: string, ...more: string[]) =>
        dondoc('check', file, '--pack', pack, '--as-of', asOf, '--history', history, ...more);

      await writeWorkbook(dir, 'huyen-duc-tho.xlsx', week1());
      const c1 = await check('2024-07-05', '--format', 'json');
      expect(c1.err).toBe('');
      await writeWorkbook(dir, 'huyen-duc-tho.xlsx', week2());
      const out = path.join(dir, 'ket-qua-lan-2.xlsx');
      const c2 = await check('2024-07-12', '--format', 'xlsx', '--out', out);
      expect(c2.err).toBe('');

      // The report's sheet of changes: the sentence, the header, then one row per change.
      const report = await readXlsx(out);
      const sheet = report.getWorksheet('Thay đổi so với lần trước');
      expect(sheet).toBeDefined();
      const rows = rowsOf(sheet!);
      expect(rows[0]).toEqual([
        'So với lần kiểm tra ngày 05/7/2024: 01 nhiệm vụ đã hoàn thành, 01 báo cáo vẫn chưa gửi, 01 chỉ tiêu vẫn chưa đạt.',
      ]);
      expect(rows[1]).toEqual([
        'STT',
        'Thay đổi',
        'Đơn vị',
        'Nội dung',
        'Chi tiết',
        'Sổ theo dõi',
        'Vị trí',
      ]);
      // Fixed first, then still open in the order of this check's sheets (the indicators now first);
      // the 'indicator/unmet' finding names no agency (the pack gives none on the finding).
      const changes = rows.slice(2).map((r) => [r[1], r[2], r[3]]);
      expect(changes).toEqual([
        [CHANGE_NAMES.fixed.vi, 'Ban Tuyên giáo Huyện ủy', CONFERENCE],
        [CHANGE_NAMES['still-open'].vi, '', 'Tỷ lệ tham gia bảo hiểm y tế'],
        [CHANGE_NAMES['still-open'].vi, 'Đảng ủy xã Tùng Ảnh', 'Báo cáo kết quả quán triệt'],
      ]);
      expect(rows.slice(2).map((r) => r[0])).toEqual([1, 2, 3]);

      // Per agency and check, counted from the report instances and indicator figures recorded.
      const h = await dondoc('history', history, '--format', 'json');
      expect(h.err).toBe('');
      const json = JSON.parse(h.out) as HistoryJson;
      const counts = (asOf: string) =>
        json.agencies
          .filter((p) => p.asOf === asOf)
          .map((p) => [p.agency, p.reportsMissing, p.indicatorsUnmet]);
      for (const asOf of ['2024-07-05', '2024-07-12']) {
        expect(counts(asOf)).toEqual([
          ['Ban Tuyên giáo Huyện ủy', 0, 0],
          ['Đảng ủy xã Đức Lạng', 0, 0],
          ['Đảng ủy xã Tùng Ảnh', 1, 0],
          ['Ủy ban nhân dân huyện', 0, 1],
        ]);
      }
      // Each report instance and indicator one item through both checks: its identity is the
      // pack's id, the unit and the period, not where it sits.
      const timelines = json.items
        .filter((i) => i.kind !== 'task')
        .map((i) => [i.kind, i.agency, i.statuses.map((s) => s.status)]);
      expect(timelines).toEqual(
        expect.arrayContaining([
          ['report', 'Đảng ủy xã Đức Lạng', ['received', 'received']],
          ['report', 'Đảng ủy xã Tùng Ảnh', ['missing', 'missing']],
          ['indicator', 'Ủy ban nhân dân huyện', ['unmet', 'unmet']],
        ]),
      );
      expect(timelines).toHaveLength(3);

      // The same history as a workbook: one row per agency and check, one per item.
      const xlsx = path.join(dir, 'lich-su.xlsx');
      expect((await dondoc('history', history, '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
      const book = await readXlsx(xlsx);
      const agencies = rowsOf(book.getWorksheet('Theo đơn vị')!);
      expect(agencies[0]).toEqual([...AGENCY_COLUMNS.vi]);
      const reportsMissing = AGENCY_COLUMNS.vi.indexOf('Báo cáo chưa gửi');
      const indicatorsUnmet = AGENCY_COLUMNS.vi.indexOf('Chỉ tiêu chưa đạt');
      expect(
        agencies.slice(1).map((r) => [r[0], r[1], r[reportsMissing], r[indicatorsUnmet]]),
      ).toEqual(json.agencies.map((p) => [p.asOf, p.agency, p.reportsMissing, p.indicatorsUnmet]));
      const items = rowsOf(book.getWorksheet('Theo nội dung')!);
      expect(items[0]).toEqual([...ITEM_COLUMNS.vi, '2024-07-05', '2024-07-12']);
      expect(items.slice(1)).toContainEqual([
        file,
        'report',
        'Đảng ủy xã Tùng Ảnh',
        'Báo cáo kết quả quán triệt',
        'missing',
        'missing',
      ]);
      expect(items.slice(1)).toContainEqual([
        file,
        'task',
        'Ban Tuyên giáo Huyện ủy',
        CONFERENCE,
        'overdue',
        'late',
      ]);
    },
  );

  it('--pack shows the checks of one pack only', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const pack = path.join(dir, 'bo-quy-tac.json');
    writeFileSync(pack, JSON.stringify(PACK, null, 2));
    const history = path.join(dir, 'lich-su.sqlite');
    const district = await writeWorkbook(dir, 'huyen-duc-tho.xlsx', week1());
    const office = await writeWorkbook(dir, 'van-phong.xlsx', {
      'Theo dõi': [
        TASK_HEADER,
        [
          1,
          'Rà soát quy hoạch cán bộ',
          'Ban Tổ chức Huyện ủy',
          '20/6/2024',
          null,
          'Đang thực hiện',
        ],
      ],
    });
    const rec = async (...args: string[]) =>
      expect((await dondoc('check', ...args, '--history', history, '--format', 'json')).err).toBe(
        '',
      );
    await rec(district, '--pack', pack, '--as-of', '2024-07-05');
    await rec(office, '--as-of', '2024-07-08');
    await rec(district, '--pack', pack, '--as-of', '2024-07-12');

    const of = async (...filter: string[]) =>
      JSON.parse(
        (await dondoc('history', history, ...filter, '--format', 'json')).out,
      ) as HistoryJson;
    const all = await of();
    expect(all.runs.map((r) => [r.asOf, r.pack.id])).toEqual([
      ['2024-07-05', 'huyen-duc-tho-2024'],
      ['2024-07-08', 'generic'],
      ['2024-07-12', 'huyen-duc-tho-2024'],
    ]);
    const district1 = await of('--pack', 'huyen-duc-tho-2024');
    expect(district1.runs.map((r) => r.asOf)).toEqual(['2024-07-05', '2024-07-12']);
    expect(new Set(district1.agencies.map((p) => p.asOf))).toEqual(
      new Set(['2024-07-05', '2024-07-12']),
    );
    expect(district1.agencies.map((p) => p.agency)).not.toContain('Ban Tổ chức Huyện ủy');
    expect(district1.items.map((i) => i.title)).not.toContain('Rà soát quy hoạch cán bộ');
    const generic = await of('--pack', 'generic');
    expect(generic.runs.map((r) => r.asOf)).toEqual(['2024-07-08']);
    expect(generic.agencies.map((p) => [p.asOf, p.agency])).toEqual([
      ['2024-07-08', 'Ban Tổ chức Huyện ủy'],
    ]);
    expect(generic.items.map((i) => [i.title, i.statuses.map((s) => s.status)])).toEqual([
      ['Rà soát quy hoạch cán bộ', ['overdue']],
    ]);
    const csv = (await dondoc('history', history, '--pack', 'generic', '--format', 'csv')).out;
    expect(csv).toContain('2024-07-08,Ban Tổ chức Huyện ủy');
    expect(csv).not.toContain('Đảng ủy xã Tùng Ảnh');
  });
});

describe('dondoc history as a workbook keeps the text as the office wrote it', () => {
  it('a title opening with "-" or "=" is written as it is', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const history = path.join(dir, 'lich-su.sqlite');
    const titles = ['- Rà soát quy hoạch cán bộ', '=Tổng hợp ý kiến cử tri'];
    const file = await writeWorkbook(dir, 'theo-doi.xlsx', {
      'Theo dõi': [
        TASK_HEADER,
        [1, titles[0]!, 'Ban Tổ chức Huyện ủy', '20/6/2024', null, 'Đang thực hiện'],
        [2, titles[1]!, 'Văn phòng Huyện ủy', '25/6/2024', null, 'Chưa thực hiện'],
      ],
    });
    expect((await dondoc('check', file, '--as-of', '2024-07-01', '--history', history)).code).toBe(
      1,
    );
    const xlsx = path.join(dir, 'lich-su.xlsx');
    expect((await dondoc('history', history, '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    const items = rowsOf((await readXlsx(xlsx)).getWorksheet('Theo nội dung')!);
    const written = items.slice(1).map((r) => r[3]);
    expect(written).toEqual(expect.arrayContaining(titles));
  });
});
