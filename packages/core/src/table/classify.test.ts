import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d, gridSheet } from '../testing/grid.js';
import {
  cellFits,
  classifyTable,
  mayBeHeaderRow,
  scoreReading,
  type HeaderReading,
} from './classify.js';

describe('what a cell holds', () => {
  it.each([
    [d(2024, 6, 30), 'date', true],
    ['30/6/2024', 'date', true],
    ['trước ngày 15/7/2024', 'date', true],
    ['Tháng 10/2024', 'date', true],
    ['Quý III/2024', 'date', true],
    ['Thường xuyên', 'date', true],
    ['Phòng Nội vụ', 'date', false],
    // typed without marks
    ['Truoc ngay 20', 'date', true],
    ['Hang thang', 'date', true],
    ['Dinh ky 6 thang', 'date', true],
    ['Phong Tai chinh', 'date', false],
    ['Hàng hóa tồn kho', 'date', false], // marked: "hàng" is goods here
    [95.5, 'number', true],
    ['1.250', 'number', true],
    ['93,8%', 'number', true],
    ['Đạt', 'number', false],
    ['≥ 95%', 'number', true], // a plan with its bound
    ['< 0,5%', 'number', true],
    ['31 em', 'number', true], // a result with its unit
    ['Trên 90%', 'number', true],
    ['Tổ chức 2 hội nghị', 'number', false], // a task with a count inside
    ['Quý III/2024', 'number', false],
    ['15/10/2024', 'number', false],
    ['UBND xã Hòa An', 'text', true],
    ['Rà soát quy hoạch cán bộ', 'text', true],
    ['12', 'text', false],
    ['30/6/2024', 'text', false],
    [42, 'text', false],
  ] as const)('%j fits %s: %s', (value, type, fits) => {
    const cell = gridSheet('x', [[value]]).rows[0]!.cells[0]!;
    expect(cellFits(cell, type)).toBe(fits);
  });
});

describe('a table scored on its header and the content under it', () => {
  const sheet = gridSheet('Tổng hợp', [
    ['STT', 'Nội dung', 'Đơn vị', 'Thời hạn', 'Kết quả'],
    [1, 'Tỷ lệ hộ nghèo', 'UBND xã Hòa An', '31/12/2024', 'Đang thực hiện'],
    [2, 'Xây dựng nhà văn hóa thôn 3', 'UBND xã Hòa Bình', '30/9/2024', 'Hoàn thành'],
  ]);
  const tasks: HeaderReading = {
    kind: 'tasks',
    headerRows: [1],
    lastHeaderRow: 1,
    columns: { index: 1, title: 2, owner: 3, due: 4, status: 5 },
  };

  it('gains a point per column whose content fits, loses one per column that does not', () => {
    const score = scoreReading(tasks, sheet.rows);
    expect(score.header).toBe(5);
    // title, owner and due fit on both rows
    expect(score.content).toBe(3);
    expect(score.evidence.map((e) => `${e.field} ${e.fit}/${e.seen}`)).toEqual([
      'title 2/2',
      'owner 2/2',
      'due 2/2',
    ]);
    const datesAsFigures = scoreReading(
      { kind: 'indicators', headerRows: [1], lastHeaderRow: 1, columns: { title: 2, actual: 5 } },
      sheet.rows,
    );
    // "Đang thực hiện" and "Hoàn thành" are no figures
    expect(datesAsFigures.evidence.find((e) => e.field === 'actual')).toMatchObject({
      seen: 2,
      fit: 0,
    });
    expect(datesAsFigures.content).toBe(0);
  });

  it('keeps the runner-up and is sure when the scores are far apart', () => {
    const c = classifyTable(
      [
        { kind: 'indicators', headerRows: [1], lastHeaderRow: 1, columns: { title: 2, actual: 5 } },
        tasks,
      ],
      sheet.rows,
    );
    expect(c.chosen?.kind).toBe('tasks');
    expect(c.runnerUp?.kind).toBe('indicators');
    expect(c.uncertain).toBe(false);
  });

  it('is uncertain when two kinds read the same header about as well', () => {
    const headerOnly = gridSheet('Trống', [['Nội dung', 'Đơn vị', 'Thời hạn', 'Kết quả']]);
    const c = classifyTable(
      [
        {
          kind: 'indicators',
          headerRows: [1],
          lastHeaderRow: 1,
          columns: { title: 1, unit: 2, actual: 4 },
        },
        {
          kind: 'tasks',
          headerRows: [1],
          lastHeaderRow: 1,
          columns: { title: 1, owner: 2, due: 3 },
        },
      ],
      headerOnly.rows,
    );
    expect(c.uncertain).toBe(true);
  });

  it('two headers on different rows are two tables, never one uncertain table', () => {
    const c = classifyTable(
      [
        {
          kind: 'indicators',
          headerRows: [1],
          lastHeaderRow: 1,
          columns: { title: 1, unit: 2, actual: 4 },
        },
        {
          kind: 'tasks',
          headerRows: [9],
          lastHeaderRow: 9,
          columns: { title: 1, owner: 2, due: 3 },
        },
      ],
      [],
    );
    expect(c.uncertain).toBe(false);
  });

  it('the score never depends on the order the kinds are offered in, except on a tie', () => {
    fc.assert(
      fc.property(fc.boolean(), (swap) => {
        const readings: HeaderReading[] = [
          {
            kind: 'indicators',
            headerRows: [1],
            lastHeaderRow: 1,
            columns: { title: 2, actual: 5 },
          },
          tasks,
        ];
        const c = classifyTable(swap ? [...readings].reverse() : readings, sheet.rows);
        return c.chosen?.kind === 'tasks';
      }),
    );
  });
});

describe('a row that may be a header', () => {
  it.each([
    [['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Kết quả thực hiện'], true],
    [[1, 'Hoàn thành xây dựng nhà văn hóa thôn 3', 'UBND xã', '30/9/2024'], false],
    [['PHẦN II. CÁC NHIỆM VỤ TRỌNG TÂM'], false],
    [['Chỉ tiêu', d(2024, 1, 1), 'Ghi chú'], false],
  ] as const)('%j → %s', (values, expected) => {
    expect(mayBeHeaderRow(gridSheet('x', [values]).rows[0]!)).toBe(expected);
  });
});
