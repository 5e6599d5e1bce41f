import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkSheets, createChecker, gridSheet } from '@dondoc/core';
import { foldLine, renderIcs } from './ics.js';
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

  it('folds long lines at 75 octets without splitting a Vietnamese letter', () => {
    const line = 'SUMMARY:' + 'Hội nghị cán bộ chủ chốt '.repeat(10);
    const folded = foldLine(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
