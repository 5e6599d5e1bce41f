/**
 * The scorecards in the HTML report, on a district's batch (test-support/scorecard-run.ts): the
 * counts in each cell, the task bars as long as their share of the most tasks, one row per workbook.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from './html.js';
import { scorecardRun } from './test-support/scorecard-run.js';

const html = renderHtml(scorecardRun());
const section = (title: string) => {
  const start = html.indexOf(`<h2>${title}</h2>`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
};
const rows = (part: string) =>
  [...part.matchAll(/<tr>(.*?)<\/tr>/g)]
    .map((m) => [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]!))
    .filter((cells) => cells.length > 0);

describe('the scorecard by agency', () => {
  const part = section('Bảng điểm theo đơn vị');

  it('has the columns of the tasks, grouped under "Nhiệm vụ"', () => {
    expect(part).toContain('<th class="group" colspan="8">Nhiệm vụ</th>');
    for (const title of [
      'Được giao',
      'Đúng hạn',
      'Chậm',
      'Quá hạn',
      'Chưa đến hạn',
      'HT không ghi ngày',
      'HT không có hạn',
      '% đúng hạn',
    ])
      expect(part).toContain(`>${title}</th>`);
    // no report or indicator in these workbooks: no such columns
    expect(part).not.toContain('Báo cáo');
  });

  it('has one row per agency, worst first, the commune written two ways as one', () => {
    const table = rows(part).map((r) => [r[0], ...r.slice(2)]);
    expect(table).toEqual([
      // agency, assigned, on time, late, overdue, not due, done on a day not written, done with no
      // deadline, % on time (of the tasks whose outcome is known: not the one with no deadline)
      ['Phòng Nội vụ', '5', '3', '1', '1', '0', '0', '0', '60%'],
      ['UBND xã Tân Lập', '3', '1', '0', '1', '1', '0', '0', '50%'],
      ['Phòng Tài chính - Kế hoạch', '4', '2', '1', '0', '0', '0', '1', '66,7%'],
      ['(không ghi đơn vị)', '2', '1', '0', '0', '0', '1', '0', '100%'],
    ]);
  });

  it('draws each agency’s tasks as a bar, as long as its share of the most tasks (5)', () => {
    const bars = rows(part).map((r) =>
      [...r[1]!.matchAll(/class="seg-([a-z-]+)" style="width:([\d.]+)%"/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      ),
    );
    expect(bars[0]).toEqual(['on-time 60.0', 'late 20.0', 'overdue 20.0']);
    expect(bars[1]).toEqual(['on-time 20.0', 'overdue 20.0', 'not-due 20.0']);
    expect(bars[2]).toEqual(['on-time 40.0', 'late 20.0', 'no-deadline 20.0']);
    expect(bars[3]).toEqual(['on-time 20.0', 'undated 20.0']);
  });

  it('says the sentence of each agency in the summary', () => {
    expect(html).toContain(
      '<p>Phòng Nội vụ: 5 nhiệm vụ, hoàn thành đúng hạn 3 (60%), chậm 1, quá hạn 1.</p>',
    );
    expect(html).toContain(
      '<p>Phòng Tài chính - Kế hoạch: 4 nhiệm vụ, hoàn thành đúng hạn 2 (66,7%), chậm 1, hoàn thành (không có hạn) 1.</p>',
    );
  });
});

describe('the result by workbook', () => {
  const part = section('Kết quả theo sổ theo dõi');

  it('has one row per file with its status, findings and counts, worst first', () => {
    const table = rows(part).map((r) => [r[0], r[1], r[2], r[5], r[6]]);
    expect(table).toEqual([
      // file, status, errors, assigned, on time
      ['xa-nam-xe.xlsx', 'không đọc được', '—', '—', '—'],
      // one overdue task each; the district's two late tasks are warnings
      ['ubnd-huyen.xlsx', 'đã kiểm tra', '1', '11', '6'],
      ['xa-tan-lap.xlsx', 'đã kiểm tra', '1', '3', '1'],
    ]);
  });

  it('is in English with --lang en', () => {
    const en = renderHtml(scorecardRun(), { lang: 'en' });
    expect(en).toContain('<h2>Scorecard by agency</h2>');
    expect(en).toContain('<td class="name">(no agency written)</td>');
    expect(en).toContain('66.7%');
    expect(en).toContain('<th class="n">Done, no deadline</th>');
    expect(en).toContain('2 done on time (66.7%), 1 late, 1 done (no deadline).');
  });
});
