import { describe, expect, it } from 'vitest';
import type { Cell } from '../../model/sheet.js';
import type { TaskCells } from '../../table/task-rows.js';
import { buildTaskFacts, withSchoolYear, withTitleMonth } from './facts.js';

const cell = (col: number, value: Cell['value'], numFmt?: string): Cell => ({
  col,
  value,
  text: typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '',
  ...(numFmt ? { numFmt } : {}),
});

const options = {
  sheet: 'Theo dõi',
  row: 7,
  asOf: { year: 2024, month: 12, day: 1 },
  beforeIsInclusive: false,
  dueSoonDays: 7,
};

const facts = (cells: TaskCells) => buildTaskFacts(cells, options);

describe('buildTaskFacts: completion written in the words of the row', () => {
  it('reads a late completion from the notes, so task/late can see it', () => {
    const r = facts({
      title: cell(2, 'Xây dựng kế hoạch tuyên truyền'),
      due: cell(4, 'trước ngày 25/10/2024'),
      status: cell(5, 'Đã hoàn thành'),
      note: cell(6, 'Hoàn thành ngày 30/10/2024'),
    });
    expect(r.facts).toMatchObject({
      completedOn: '2024-10-30',
      completionFrom: 'note',
      completionText: 'Hoàn thành ngày 30/10/2024',
      daysLate: 6,
      isDone: true,
    });
    expect(r.notEvaluated).toEqual([]);
  });

  it('reads the document that did the work from the result column', () => {
    const r = facts({
      title: cell(2, 'Báo cáo sơ kết'),
      due: cell(4, '30/10/2024'),
      status: cell(5, 'Đã báo cáo tại văn bản số 12/BC-UBND ngày 05/11/2024'),
    });
    expect(r.facts).toMatchObject({
      completedOn: '2024-11-05',
      completionFrom: 'status',
      daysLate: 6,
    });
  });

  it('a completion column wins over the words', () => {
    const r = facts({
      due: cell(4, '30/10/2024'),
      completedOn: cell(5, '28/10/2024'),
      note: cell(6, 'Hoàn thành ngày 30/10/2024'),
    });
    expect(r.facts).toMatchObject({ completedOn: '2024-10-28', completionFrom: 'column' });
  });

  it('lists a done row with no completion date past its deadline as not evaluated', () => {
    const r = facts({ due: cell(4, '30/10/2024'), status: cell(5, 'Đã xong') });
    expect(r.facts.isDone).toBe(true);
    expect(r.notEvaluated).toMatchObject([{ scope: 'task/late', field: 'status' }]);
    expect(r.notEvaluated[0]?.reason.vi).toContain('không ghi ngày hoàn thành');
  });

  it('a done row still before its deadline needs no completion date', () => {
    const r = facts({ due: cell(4, '30/12/2024'), status: cell(5, 'Đã xong') });
    expect(r.notEvaluated).toEqual([]);
  });

  it('a vague deadline is not evaluated, not invalid', () => {
    const r = facts({ due: cell(4, 'đầu tháng 11/2024'), status: cell(5, 'Đang thực hiện') });
    expect(r.facts).toMatchObject({ hasDue: false, dueInvalid: false, dueUnresolved: true });
    expect(r.invalid).toEqual([]);
    expect(r.notEvaluated).toMatchObject([{ scope: 'task/overdue', field: 'due' }]);
  });

  it('reads a share of progress in a percent cell', () => {
    expect(facts({ status: cell(5, 0.6, '0%') }).facts.statusState).toBe('in-progress');
    expect(facts({ status: cell(5, 1, '0%') }).facts.statusState).toBe('done');
  });
});

describe('buildTaskFacts: the number of the document that did the work', () => {
  it.each(['245/BC-TTYT', '45-BC/ĐU', 'Số 12/KH-UBND'])(
    'a report sent as %j is done; with no day written, whether on time is not evaluated',
    (number) => {
      const r = facts({
        title: cell(2, 'Báo cáo sơ kết 6 tháng đầu năm 2024'),
        due: cell(6, '14/6/2024'),
        resultDocument: cell(8, number),
      });
      expect(r.facts).toMatchObject({ isDone: true, hasCompletion: false });
      expect(r.notEvaluated.map((n) => [n.scope, n.reason.vi])).toEqual([
        ['task/late', expect.stringContaining(`đã có văn bản "${number}"`)],
      ]);
    },
  );

  it.each([
    ['a status saying otherwise wins', { status: cell(7, 'Chưa gửi') }, false],
    ['a text that is no document number', {}, false],
  ] as const)('%s', (_, more, done) => {
    const r = facts({
      title: cell(2, 'Báo cáo tổng kết năm'),
      due: cell(6, '20/11/2024'),
      resultDocument: cell(8, Object.keys(more).length > 0 ? '412/BC-TTYT' : 'Đang soạn'),
      ...more,
    });
    expect(r.facts.isDone).toBe(done);
  });
});

describe("withTitleMonth: a day alone in a month's programme (CHƯƠNG TRÌNH CÔNG TÁC THÁNG 11/2024)", () => {
  const month = { year: 2024, month: 11 };
  it.each([
    ['Ngày 26', 'ngày 26/11/2024'],
    ['Trước ngày 30', 'Trước ngày 30/11/2024'],
    ['Chậm nhất ngày 12', 'Chậm nhất ngày 12/11/2024'],
    ['Ngày 15 - 16', 'ngày 15-16/11/2024'],
    // typed without marks: the bound word kept as written
    ['Truoc ngay 30', 'Truoc ngày 30/11/2024'],
    ['Ngay 4 - 5', 'ngày 4-5/11/2024'],
  ])('%j → %j', (text, written) => {
    expect(withTitleMonth(text, month)).toBe(written);
  });

  it.each(['Ngày 26/12/2024', 'Tuần 2', 'Trước ngày 30 của tháng sau', 'Ngày 26'])(
    '%j gets no month written in, with no month or a date already whole',
    (text) => {
      expect(withTitleMonth(text, text === 'Ngày 26' ? undefined : month)).toBeUndefined();
    },
  );
});

describe("withSchoolYear: a day without a year in a school year's plan (NĂM HỌC 2024 - 2025)", () => {
  it.each<[string, number | undefined, string | undefined]>([
    ['30/9', 2025, '30/9/2024'],
    ['Trước 15/11', 2025, 'Trước 15/11/2024'],
    ['15/01', 2025, '15/1/2025'],
    ['Trước 20/01', 2025, 'Trước 20/1/2025'],
    ['Từ 04/11 đến 15/11', 2025, 'Từ 4/11/2024 đến 15/11/2024'],
    // June and July prepare the school year: in its first year, as schoolYearDayYear reads them
    ['Tuyển sinh trước 30/6', 2025, 'Tuyển sinh trước 30/6/2024'],
    ['31/5', 2025, '31/5/2025'],
    // a year written, no school year, or no day: left as it is
    ['15/11/2024', 2025, undefined],
    ['30/9 năm 2024', 2025, undefined],
    ['30/9', undefined, undefined],
    ['Tháng 10', 2025, undefined],
    ['Quý I', 2025, undefined],
    ['45/13', 2025, undefined],
  ])('%j (ends %s) → %j', (text, endYear, want) => {
    expect(withSchoolYear(text, endYear)).toBe(want);
  });
});
