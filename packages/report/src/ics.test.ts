import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkSheets, createChecker, gridSheet } from '@dondoc/core';
import { eventUid, foldLine, icsText, renderIcs } from './ics.js';
import { sampleRun } from './test-support/run.js';

describe('the calendar of upcoming deadlines', () => {
  const ics = renderIcs(sampleRun());
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses, with one all-day event per task not yet done and not yet due', () => {
    // 2 tasks are undone and due on or after 01/07/2024: "trước ngày 5/7/2024" and "quý IV/2024"
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['Hạn: Tuyên truyền trên hệ thống loa', '2024-07-04'],
      ['Hạn: Sơ kết', '2024-12-31'],
    ]);
    expect(events[0]!.startDate.isDate).toBe(true);
  });

  it('says who, the deadline as written and where it is tracked', () => {
    expect(events[0]!.description).toContain('Cơ quan chủ trì / Owner: Trung tâm VH-TT&TT');
    expect(events[0]!.description).toContain('Thời hạn / Deadline: trước ngày 5/7/2024');
    expect(events[0]!.location).toBe('so-theo-doi/huyen uy.xlsx Nhiệm vụ!D5');
  });

  it('gives stable ids and a reminder the day before', () => {
    expect(renderIcs(sampleRun())).toBe(ics);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(ics).toContain('TRIGGER:-P1D');
  });

  it('adds every report instance not yet received, a year ahead, with the unit that owes it', () => {
    const checker = createChecker({
      pack: {
        id: 'bao-cao-thang',
        version: '1.0.0',
        title: 'Chế độ báo cáo tháng',
        groups: [{ id: 'co-so', name: 'Các chi, đảng bộ cơ sở', aliases: ['Khối cơ sở'] }],
        reports: [
          {
            id: 'bc-thang',
            title: 'Báo cáo tháng',
            from: ['co-so'],
            schedule: { every: 'month', due: { day: 5, monthOffset: 1 }, from: '2024-06-01' },
          },
        ],
      },
      asOf: { year: 2024, month: 7, day: 1 },
    });
    const workbook = checkSheets(checker, 'so-bao-cao.xlsx', [
      gridSheet('Đơn vị', [
        ['STT', 'Tên đơn vị', 'Khối'],
        [1, 'Đảng ủy xã Bản Giang', 'Khối cơ sở'],
      ]),
      gridSheet('Sổ nhận báo cáo', [
        ['STT', 'Đơn vị báo cáo', 'Báo cáo', 'Kỳ báo cáo', 'Ngày nhận'],
      ]),
    ]);
    const ics = renderIcs({ report: checker.report([workbook]), workbooks: [workbook] });
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    // June's report is due 05/07/2024, then one a month for the year ahead.
    expect(events[0]!.summary).toBe('Hạn: Báo cáo tháng tháng 6/2024');
    expect(events[0]!.startDate.toString()).toBe('2024-07-05');
    expect(events[0]!.description).toContain('Cơ quan chủ trì / Owner: Đảng ủy xã Bản Giang');
    expect(events.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps an event id when a row is inserted above it or the file is renamed or moved', () => {
    const header = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'];
    const task = [1, 'Sơ kết việc thực hiện', 'Văn phòng Huyện ủy', 'quý IV/2024', null];
    const uids = (name: string, rows: unknown[][]) => {
      const checker = createChecker({
        pack: { id: 'generic', version: '1.0.0', title: 'Chung' },
        asOf: { year: 2024, month: 7, day: 1 },
      });
      const w = checkSheets(checker, name, [gridSheet('Nhiệm vụ', rows as never)]);
      const text = renderIcs({ report: checker.report([w]), workbooks: [w] });
      return new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v).uid);
    };
    const before = uids('huyen-uy.xlsx', [header, task]);
    expect(before).toHaveLength(1);
    expect(
      uids('luu-tru/2024/so-theo-doi (1).xlsx', [
        header,
        [0, 'Họp', 'Văn phòng', 'tháng 3/2024', 'Hoàn thành'],
        task,
      ]),
    ).toEqual(before);
  });

  it('makes no event without a title', () => {
    const checker = createChecker({
      pack: { id: 'generic', version: '1.0.0', title: 'Chung' },
      asOf: { year: 2024, month: 7, day: 1 },
    });
    const w = checkSheets(checker, 'a.xlsx', [
      gridSheet('Nhiệm vụ', [
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
        [1, 'Sơ kết', 'Văn phòng', 'quý IV/2024', null],
      ]),
    ]);
    const untitled = ['  ', '- …', '—'].map((title, i) => ({
      ...w.upcoming![0]!,
      title,
      due: `2024-12-0${i + 1}`,
    }));
    const text = renderIcs({
      report: checker.report([w]),
      workbooks: [{ ...w, upcoming: [...w.upcoming!, ...untitled] }],
    });
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it.each([
    ['the agency written out', { agency: 'Ủy ban nhân dân xã Tân Lập' }, true],
    ['the agency abbreviated', { agency: 'UBND xã Tân Lập' }, true],
    ['the row reworded, same task of the pack', { title: 'Sơ kết 6 tháng (bổ sung)' }, true],
    ['the row moved', { location: { workbook: 'khac.xlsx', sheet: 'Trang 2', row: 40 } }, true],
    ['another deadline', { due: '2024-12-31' }, false],
    ['another agency', { agency: 'UBND xã Tân Sơn' }, false],
    ['another task of the pack', { item: { kind: 'task', id: 'loa' } }, false],
  ] as const)('an event keeps its id with %s: %s', (_, change, same) => {
    const base = {
      title: 'Sơ kết 6 tháng',
      agency: 'Uỷ ban nhân dân xã Tân Lập',
      due: '2024-07-15',
      dueText: '15/7/2024',
      item: { kind: 'task', id: 'so-ket' },
      location: { workbook: 'a.xlsx', sheet: 'Nhiệm vụ', row: 5 },
    } as const;
    expect(eventUid('ke-hoach-45', { ...base, ...change }) === eventUid('ke-hoach-45', base)).toBe(
      same,
    );
  });

  it.each([
    ['a\r\nb', 'a\\nb'],
    ['a\rb', 'a\\nb'],
    ['a\nb', 'a\\nb'],
    ['a\u2028b\u2029c\u0085d', 'a\\nb\\nc\\nd'],
    ['a\u0007b; c, d\\', 'ab\\; c\\, d\\\\'],
  ])('escapes %j as %j, never leaving a bare line break', (input, output) => {
    expect(icsText(input)).toBe(output);
  });

  it('folds long lines at 75 octets without splitting a Vietnamese letter', () => {
    const line = 'SUMMARY:' + 'Hội nghị cán bộ chủ chốt '.repeat(10);
    const folded = foldLine(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
