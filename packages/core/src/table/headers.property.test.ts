/**
 * Property: whatever title block sits above it, whatever order the columns come in, whichever of
 * the Vietnamese header variants an office chose, in whatever case or Unicode form, the header
 * detector finds the header row and maps every column to its field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridSheet } from '../testing/grid.js';
import { detectTaskHeader, type TaskField } from './headers.js';

const VARIANTS: ReadonlyArray<readonly [TaskField, readonly string[]]> = [
  ['index', ['STT', 'TT', 'Số TT']],
  ['title', ['Nội dung', 'Nội dung nhiệm vụ', 'Nội dung công việc']],
  ['owner', ['Cơ quan chủ trì', 'Đơn vị chủ trì']],
  ['coordinators', ['Cơ quan phối hợp', 'Đơn vị phối hợp']],
  ['due', ['Thời hạn', 'Thời gian hoàn thành', 'Hạn hoàn thành']],
  ['completedOn', ['Ngày hoàn thành']],
  ['status', ['Tình trạng', 'Tiến độ', 'Kết quả thực hiện']],
  ['note', ['Ghi chú']],
];

const TITLE_LINES = [
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'HUYỆN ỦY THẠCH HÀ',
  'BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ',
  '(Kèm theo Kế hoạch số 25-KH/HU ngày 10/5/2024 của Ban Thường vụ Huyện ủy)',
  'Thạch Hà, ngày 01 tháng 7 năm 2024',
  '*',
];

const spelling = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s.toLocaleUpperCase('vi'),
  (s) => s.normalize('NFD'),
  (s) => ` ${s}\n`,
);

const layout = fc.record({
  // which optional fields appear: title and due always do, and a task table has at least three
  // recognised columns (two alone are too weak a signal: a note sheet may say "Nội dung | Thời hạn")
  fields: fc.subarray(
    ['index', 'owner', 'coordinators', 'completedOn', 'status', 'note'] as TaskField[],
    {
      minLength: 1,
    },
  ),
  order: fc.func(fc.integer()),
  choice: fc.func(fc.nat()),
  spell: fc.func(spelling),
  titles: fc.array(fc.constantFrom(...TITLE_LINES), { maxLength: 6 }),
  offset: fc.integer({ min: 0, max: 2 }),
});

describe('detectTaskHeader (property)', () => {
  it('finds every column whatever the layout', () => {
    fc.assert(
      fc.property(layout, ({ fields, order, choice, spell, titles, offset }) => {
        const present: TaskField[] = ['title', 'due', ...fields];
        const columns = [...present].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
        const header = columns.map((field) => {
          const variants = VARIANTS.find(([f]) => f === field)![1];
          return spell(field)(variants[choice(field) % variants.length]!);
        });
        const pad = Array<null>(offset).fill(null);
        const grid = [
          ...titles.map((t) => [...pad, t]),
          [],
          [...pad, ...header],
          [
            ...pad,
            ...columns.map((f) =>
              f === 'index' ? 1 : f === 'due' ? 'trước ngày 20/5/2024' : 'Ban Tuyên giáo Huyện ủy',
            ),
          ],
        ];
        const sheet = gridSheet('Theo dõi', grid);
        const detected = detectTaskHeader(sheet.rows);
        expect(detected?.rows).toEqual([titles.length + 2]);
        const expected = Object.fromEntries(columns.map((f, i) => [f, offset + i + 1]));
        expect(detected?.columns).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
