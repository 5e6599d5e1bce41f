import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@dondoc/core';
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

  it('adds the report instances found due soon, with the unit that owes them', () => {
    const run = sampleRun();
    const [first, ...others] = run.workbooks;
    const dueSoon: Finding = {
      rule: 'report/due-soon',
      severity: 'info',
      subject: { kind: 'report', id: 'bc-thang', title: 'Báo cáo tháng' },
      agency: 'Đảng ủy xã Bản Giang',
      location: { workbook: first!.workbook, sheet: 'Đơn vị', cell: 'B4', row: 4 },
      quote: 'trước ngày 05 hằng tháng',
      expected: '04/07/2024 / 2024-07-04',
      message: { vi: 'sắp đến hạn', en: 'due soon' },
    };
    const withReport = renderIcs({
      report: run.report,
      workbooks: [{ ...first!, findings: [...first!.findings, dueSoon] }, ...others],
    });
    const added = new ICAL.Component(ICAL.parse(withReport))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary === 'Hạn: Báo cáo: Báo cáo tháng')!;
    expect(added.startDate.toString()).toBe('2024-07-04');
    expect(added.description).toContain('Cơ quan chủ trì / Owner: Đảng ủy xã Bản Giang');
    expect(added.description).toContain('trước ngày 05 hằng tháng');
    expect(added.location).toBe('so-theo-doi/huyen uy.xlsx Đơn vị!B4');
  });

  it('folds long lines at 75 octets without splitting a Vietnamese letter', () => {
    const line = 'SUMMARY:' + 'Hội nghị cán bộ chủ chốt '.repeat(10);
    const folded = foldLine(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
