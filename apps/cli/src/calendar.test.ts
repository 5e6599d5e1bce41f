/**
 * The calendar through the real `dondoc check --format ics`: an event's UID comes from the pack,
 * the task or report period of the pack it is an instance of, and the agency, so inserting rows,
 * rewording a tracked task, writing the agency another way, renaming or moving the file keeps every
 * UID; no event is made without a title.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dondoc, tempDir, writeWorkbook, type SheetRows } from './test-support/run.js';

const PACK = {
  id: 'ke-hoach-45',
  version: '1.0.0',
  title: 'Kế hoạch số 45-KH/HU về sơ kết công tác tuyên truyền',
  agencies: [
    { id: 'btg', name: 'Ban Tuyên giáo Huyện ủy' },
    { id: 'xa-tan-lap', name: 'Đảng ủy xã Tân Lập' },
  ],
  tasks: [
    { id: 'so-ket', title: 'Sơ kết 6 tháng thực hiện Kế hoạch', owners: ['btg'] },
    {
      id: 'loa',
      title: 'Tuyên truyền trên hệ thống loa truyền thanh cơ sở',
      owners: ['xa-tan-lap'],
    },
  ],
  reports: [
    {
      id: 'bc-quy',
      title: 'Báo cáo quý',
      from: ['xa-tan-lap'],
      schedule: { every: 'quarter', due: { day: 10, monthOffset: 1 }, from: '2024-01-01' },
    },
  ],
};

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const LOG_HEADER = ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Kỳ báo cáo', 'Ngày nhận'];

const before: Record<string, SheetRows> = {
  'Nhiệm vụ': [
    HEADER,
    [
      1,
      'Sơ kết 6 tháng thực hiện Kế hoạch',
      'Ban Tuyên giáo Huyện ủy',
      '15/7/2024',
      null,
      'Đang thực hiện',
    ],
    [
      2,
      'Tuyên truyền trên hệ thống loa truyền thanh cơ sở',
      'UBND xã Tân Lập',
      '31/8/2024',
      null,
      'Đang thực hiện',
    ],
    [3, 'Cập nhật trang thông tin điện tử', 'Ban Tuyên giáo Huyện ủy', '30/9/2024', null, null],
  ],
  'Sổ nhận báo cáo': [
    LOG_HEADER,
    [1, 'Đảng ủy xã Tân Lập', 'Báo cáo quý', 'Quý I/2024', '8/4/2024'],
  ],
};

// The same book a month of editing later, saved under another name in another folder: a row
// inserted at the top of each table, the first task reworded, the commune written out in full.
const after: Record<string, SheetRows> = {
  'Nhiệm vụ': [
    HEADER,
    [
      1,
      'Họp giao ban công tác tuyên truyền',
      'Ban Tuyên giáo Huyện ủy',
      '20/6/2024',
      '20/6/2024',
      'Hoàn thành',
    ],
    [
      2,
      'Sơ kết 6 tháng thực hiện Kế hoạch số 45-KH/HU',
      'Ban Tuyên giáo Huyện ủy',
      '15/7/2024',
      null,
      'Đang thực hiện',
    ],
    [
      3,
      'Tuyên truyền trên hệ thống loa truyền thanh cơ sở',
      'Ủy ban nhân dân xã Tân Lập',
      '31/8/2024',
      null,
      'Đang thực hiện',
    ],
    [4, 'Cập nhật trang thông tin điện tử', 'Ban Tuyên giáo Huyện ủy', '30/9/2024', null, null],
    [5, '-', 'Ban Tuyên giáo Huyện ủy', '31/10/2024', null, null],
  ],
  'Sổ nhận báo cáo': [
    LOG_HEADER,
    [1, 'Ban Tuyên giáo Huyện ủy', 'Báo cáo tháng', 'Tháng 5/2024', '3/6/2024'],
    [2, 'Đảng ủy xã Tân Lập', 'Báo cáo quý', 'Quý I/2024', '8/4/2024'],
  ],
};

interface Event {
  readonly uid: string;
  readonly summary: string;
}

async function events(dir: string, file: string): Promise<Event[]> {
  const packFile = path.join(dir, 'ke-hoach-45.json');
  writeFileSync(packFile, JSON.stringify(PACK));
  const out = path.join(dir, `${path.basename(file)}.ics`);
  await dondoc(
    'check',
    file,
    '--pack',
    packFile,
    '--as-of',
    '2024-07-01',
    '--format',
    'ics',
    '--out',
    out,
  );
  const text = readFileSync(out, 'utf8').replace(/\r\n /g, '');
  return text
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((block) => ({
      uid: /^UID:(.*)$/m.exec(block)![1]!.trim(),
      summary: /^SUMMARY:(.*)$/m.exec(block)![1]!.trim(),
    }));
}

describe('calendar events through dondoc check', () => {
  it('keep their UIDs when rows are inserted, a task reworded, an agency respelled and the file moved', async () => {
    const dir = tempDir();
    const first = await events(dir, await writeWorkbook(dir, 'so-theo-doi.xlsx', before));
    mkdirSync(path.join(dir, 'luu-tru', '2024'), { recursive: true });
    const second = await events(
      dir,
      await writeWorkbook(path.join(dir, 'luu-tru', '2024'), 'so-theo-doi (1).xlsx', after),
    );
    // three tasks not yet done and the quarterly report's periods a year ahead (II to V… as due)
    expect(first.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        'Hạn: Sơ kết 6 tháng thực hiện Kế hoạch',
        'Hạn: Tuyên truyền trên hệ thống loa truyền thanh cơ sở',
        'Hạn: Cập nhật trang thông tin điện tử',
      ]),
    );
    expect(
      first.filter((e) => e.summary.startsWith('Hạn: Báo cáo quý')).length,
    ).toBeGreaterThanOrEqual(4);
    const uids = (list: Event[]) => list.map((e) => e.uid).sort();
    expect(new Set(uids(first)).size).toBe(first.length);
    expect(uids(second)).toEqual(uids(first));
    // the reworded task is the same event, under its new wording
    const reworded = second.find((e) => e.summary.startsWith('Hạn: Sơ kết'))!;
    expect(reworded.summary).toBe('Hạn: Sơ kết 6 tháng thực hiện Kế hoạch số 45-KH/HU');
    expect(reworded.uid).toBe(first.find((e) => e.summary.startsWith('Hạn: Sơ kết'))!.uid);
    // the row whose content is only "-" makes no event
    expect(second.some((e) => e.summary === 'Hạn: -')).toBe(false);
  });
});
