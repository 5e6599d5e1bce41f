/**
 * The header of a log that keeps no day (issue 13): tick columns that say a report sent on time,
 * late or not at all, found on the header row or on the row of sub-headers under a group; and a
 * status in words read with the same wordings.
 */
import { describe, expect, it } from 'vitest';
import { gridSheet, type GridValue } from '../testing/grid.js';
import {
  detectSimpleHeader,
  LOG_ALIASES,
  sendingOfText,
  withStatusOnly,
  withStatusTicks,
} from './simple-headers.js';

function ticksOf(grid: readonly (readonly GridValue[])[]) {
  const rows = gridSheet('S', grid).rows;
  const header = detectSimpleHeader(rows, LOG_ALIASES, ['unit']);
  const ticked = header && withStatusTicks(header, rows);
  return ticked?.statusTicks?.map((t) => `${t.col}:${t.field}`);
}

describe('tick columns of a sending log', () => {
  it.each<[string, readonly (readonly GridValue[])[], string[]]>([
    [
      'under a group',
      [
        ['STT', 'Tên đơn vị', 'Tình hình gửi báo cáo', null, null, 'Ghi chú'],
        [null, null, 'Đúng hạn', 'Chậm', 'Chưa gửi', null],
      ],
      ['3:tickOnTime', '4:tickLate', '5:tickNotSent'],
    ],
    [
      'on the header row',
      [['TT', 'Đơn vị', 'Đã nộp', 'Chưa nộp', 'Ghi chú']],
      ['3:tickSent', '4:tickNotSent'],
    ],
    [
      'on time or not',
      [
        ['STT', 'Cơ quan, đơn vị', 'Tình hình nộp báo cáo', null],
        [null, null, 'Đúng hạn', 'Không đúng hạn'],
      ],
      ['3:tickOnTime', '4:tickLate'],
    ],
    [
      'in the wording of the rules on reporting',
      [
        ['STT', 'Đơn vị báo cáo', 'Tình hình thực hiện chế độ báo cáo', null, null],
        [null, null, 'Đúng thời gian quy định', 'Gửi muộn', 'Không báo cáo'],
      ],
      ['3:tickOnTime', '4:tickLate', '5:tickNotSent'],
    ],
    [
      'received or not',
      [['STT', 'Đơn vị', 'Đã nhận', 'Chưa nhận']],
      ['3:tickSent', '4:tickNotSent'],
    ],
  ])('%s', (_, grid, expected) => {
    expect(ticksOf(grid)).toEqual(expected);
  });

  it.each<[string, readonly (readonly GridValue[])[]]>([
    [
      'a tracker of works ticked done or not',
      [
        ['STT', 'Nội dung', 'Đơn vị thực hiện', 'Kết quả', null],
        [null, null, null, 'Đã hoàn thành', 'Chưa hoàn thành'],
      ],
    ],
    ['one tick column only', [['STT', 'Đơn vị', 'Đã nộp', 'Ghi chú']]],
    ['a log with its received day', [['STT', 'Đơn vị', 'Ngày nhận', 'Đúng hạn', 'Chậm']]],
    [
      'a deadline "chậm nhất" is no tick',
      [['STT', 'Đơn vị', 'Thời hạn gửi chậm nhất', 'Đúng hạn']],
    ],
  ])('none: %s', (_, grid) => {
    expect(ticksOf(grid)).toBeUndefined();
  });
});

describe('a group of ticks per period', () => {
  it('gives each tick the period over its group', () => {
    const rows = gridSheet('S', [
      ['TT', 'Tên đơn vị', 'Tháng 10/2024', null, 'Tháng 11/2024', null],
      [null, null, 'Đã nộp', 'Chưa nộp', 'Đã nộp', 'Chưa nộp'],
    ]).rows;
    const header = detectSimpleHeader(rows, LOG_ALIASES, ['unit']);
    const ticked = header && withStatusTicks(header, rows);
    expect(ticked?.statusTicks?.map((t) => `${t.period}:${t.field}`)).toEqual([
      'Tháng 10/2024:tickSent',
      'Tháng 10/2024:tickNotSent',
      'Tháng 11/2024:tickSent',
      'Tháng 11/2024:tickNotSent',
    ]);
  });

  it('the same ticks twice with no period over them are not read', () => {
    const rows = gridSheet('S', [
      ['TT', 'Tên đơn vị', 'Đợt 1', null, 'Đợt 2', null],
      [null, null, 'Đã nộp', 'Chưa nộp', 'Đã nộp', 'Chưa nộp'],
    ]).rows;
    const header = detectSimpleHeader(rows, LOG_ALIASES, ['unit']);
    expect(header && withStatusTicks(header, rows)).toBeUndefined();
  });
});

describe('a sending status in words', () => {
  it.each([
    ['Đã nộp đúng hạn', 'on-time'],
    ['Đã gửi đúng hạn', 'on-time'],
    ['Đúng thời gian quy định', 'on-time'],
    ['Nộp chậm 3 ngày', 'late'],
    ['Gửi muộn', 'late'],
    ['Đã nộp (chậm 2 ngày)', 'late'],
    ['Chưa nộp', 'not-sent'],
    ['Không báo cáo', 'not-sent'],
    ['Đã nộp', 'sent'],
    ['Đã nhận', 'sent'],
  ])('"%s" is %s', (text, state) => {
    expect(sendingOfText(text)).toBe(state);
  });

  it.each(['Đã hoàn thành', 'Đang thực hiện', 'Chưa triển khai', '', 'x'])(
    '"%s" says no sending',
    (text) => {
      expect(sendingOfText(text)).toBeUndefined();
    },
  );

  it('a status column of sendings makes a log with no day; one of works does not', () => {
    const rowsOf = (statuses: readonly string[]) =>
      gridSheet('S', [
        ['STT', 'Đơn vị', 'Tình trạng'],
        ...statuses.map((s, i) => [i + 1, `UBND xã Số ${i + 1}`, s]),
      ]).rows;
    const read = (statuses: readonly string[]) => {
      const rows = rowsOf(statuses);
      const header = detectSimpleHeader(rows, LOG_ALIASES, ['unit', 'status']);
      return header && withStatusOnly(header, rows)?.statusOnly;
    };
    expect(read(['Đã nộp đúng hạn', 'Nộp chậm', 'Chưa nộp', ''])).toBe(true);
    expect(read(['Đã hoàn thành', 'Đang thực hiện', 'Chưa nộp'])).toBeUndefined();
    // one status alone tells nothing
    expect(read(['Đã nộp'])).toBeUndefined();
  });
});
