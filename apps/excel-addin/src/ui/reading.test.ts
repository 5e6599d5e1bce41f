/** Where the "Cách đọc các bảng" panel leads, and the bindings text it copies. */
import { describe, expect, it } from 'vitest';
import type { TableUnderstanding } from '@dondoc/core';
import type { ExplainedTable } from '@dondoc/report';
import { columnTarget, rowTarget, uncertainTables } from './reading.js';
import { bindingsText } from './reading-panel.js';

function table(headerRows: number[], uncertain = false): ExplainedTable {
  const understanding: TableUnderstanding = {
    kind: uncertain ? 'none' : 'tasks',
    ...(uncertain ? { uncertain } : {}),
    scores: [],
    headerRows,
    columns: [],
    skipped: {},
    skippedRows: [],
  };
  return { workbook: 'Tiến độ Q4.xlsx', sheet: 'Kế hoạch 2024', index: 1, of: 1, understanding };
}

describe('where a column leads', () => {
  it.each([
    [[7], 'D', 'D7'],
    [[2, 3], 'E', 'E2:E3'],
    [[4, 5, 6], 'AB', 'AB4:AB6'],
  ])('header rows %j, column %s: %s', (rows, column, cell) => {
    expect(columnTarget(table(rows), column)).toEqual({
      workbook: 'Tiến độ Q4.xlsx',
      sheet: 'Kế hoạch 2024',
      row: rows[0],
      cell,
    });
  });

  it('nowhere when no header row was read', () => {
    expect(columnTarget(table([]), 'A')).toBeUndefined();
  });

  it('a skipped row leads to the row', () => {
    expect(rowTarget(table([2]), 17)).toEqual({
      workbook: 'Tiến độ Q4.xlsx',
      sheet: 'Kế hoạch 2024',
      row: 17,
    });
  });

  it('the uncertain tables are the ones not evaluated', () => {
    const tables = [table([2]), table([5], true)];
    expect(uncertainTables(tables)).toEqual([tables[1]]);
  });
});

describe('the bindings text', () => {
  const tasks = {
    bindings: {
      tasks: {
        sheet: 'Theo dõi "CT 32"',
        headerRow: 12,
        columns: { index: 'A', title: 'B', owner: 'C', due: 'D', status: 'E' },
      },
    },
  };

  it('puts one member a line and the columns on one line', () => {
    expect(bindingsText(tasks)).toBe(
      [
        '{',
        '  "bindings": {',
        '    "tasks": {',
        '      "sheet": "Theo dõi \\"CT 32\\"",',
        '      "headerRow": 12,',
        '      "columns": { "index": "A", "title": "B", "owner": "C", "due": "D", "status": "E" }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it.each([
    tasks,
    { bindings: { reports: { sheet: 'Sổ', headerRow: 3, columns: {} } } },
    { bindings: { roster: { sheet: 'Đơn vị', columns: { unit: ['Tên đơn vị', 'Đơn vị'] } } } },
    { a: null, b: [1, { c: 'd' }], e: { f: { g: true } } },
  ])('is JSON that reads back as the same value (%#)', (value) => {
    expect(JSON.parse(bindingsText(value))).toEqual(value);
  });
});
