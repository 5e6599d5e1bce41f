import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionDateInDoneClause, completionDateInText } from './completion.js';

describe('completionDateInText', () => {
  it.each<[string, string, string]>([
    ['Hoàn thành ngày 30/10/2024', '2024-10-30', 'Hoàn thành ngày 30/10/2024'],
    ['Đã hoàn thành vào ngày 30/10/2024.', '2024-10-30', 'Đã hoàn thành vào ngày 30/10/2024'],
    [
      'Đã hoàn thành, đã báo cáo tại văn bản số 12/BC-UBND ngày 05/11/2024',
      '2024-11-05',
      'đã báo cáo tại văn bản số 12/BC-UBND ngày 05/11/2024',
    ],
    [
      'Đã ban hành Kế hoạch số 45/KH-UBND ngày 02/3/2024 triển khai thực hiện',
      '2024-03-02',
      'Đã ban hành Kế hoạch số 45/KH-UBND ngày 02/3/2024',
    ],
    [
      'Đã gửi Báo cáo số 118-BC/HU ngày 10/12/2024 về Ban Tuyên giáo Tỉnh ủy',
      '2024-12-10',
      'Đã gửi Báo cáo số 118-BC/HU ngày 10/12/2024',
    ],
    ['Xong ngày 2/11/2024', '2024-11-02', 'Xong ngày 2/11/2024'],
    ['HT ngày 15 tháng 11 năm 2024', '2024-11-15', 'HT ngày 15 tháng 11 năm 2024'],
    [
      'Đã báo cáo tại Báo cáo số 20/BC-UBND ngày 01/6/2024; đã báo cáo bổ sung tại Văn bản số 31/UBND ngày 05/12/2024',
      '2024-12-05',
      'đã báo cáo bổ sung tại Văn bản số 31/UBND ngày 05/12/2024',
    ],
    // a fault remedied, building work pulled down, "tự" (by the owner itself) after "đã"
    ['Đã khắc phục ngày 14/8/2024', '2024-08-14', 'Đã khắc phục ngày 14/8/2024'],
    [
      'Chủ hộ đã tự tháo dỡ ngày 20/9/2024, đã kiểm tra hiện trạng',
      '2024-09-20',
      'đã tự tháo dỡ ngày 20/9/2024',
    ],
    ['Đã tự khắc phục vào ngày 03/10/2024', '2024-10-03', 'Đã tự khắc phục vào ngày 03/10/2024'],
  ])('%j → %s', (text, iso, phrase) => {
    const r = completionDateInText(text);
    expect(
      r &&
        `${r.date.year}-${String(r.date.month).padStart(2, '0')}-${String(r.date.day).padStart(2, '0')}`,
    ).toBe(iso);
    expect(r?.phrase).toBe(phrase);
  });

  it.each([
    'Chưa hoàn thành',
    'Chưa báo cáo, hạn 30/10/2024',
    'Hoàn thành trước ngày 25/6/2024',
    'Thực hiện theo Công văn số 15/UBND ngày 03/10/2024',
    'Giao tại Kế hoạch số 45/KH-UBND ngày 02/3/2024',
    'Chưa hoàn thành ngày 30/10/2024',
    'Đang thực hiện, dự kiến hoàn thành tháng 12/2024',
    'Đã gửi giấy mời họp ngày 20/11/2024', // the meeting's day, not the day it was sent
    'Gửi báo cáo trước ngày 10/11/2024',
    '',
  ])('%j states no completion date', (text) => {
    expect(completionDateInText(text)).toBeUndefined();
  });

  it('property: "Hoàn thành ngày D/M/YYYY" gives that day for every valid date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.getUTCDate();
          const month = d.getUTCMonth() + 1;
          const year = d.getUTCFullYear();
          const r = completionDateInText(`Đã hoàn thành ngày ${day}/${month}/${year}`);
          expect(r?.date).toEqual({ year, month, day });
        },
      ),
    );
  });
});

describe('completionDateInDoneClause: on a row known to be done, a clause of what was done', () => {
  it.each([
    ['Đã tổ chức kiểm điểm ngày 10/10/2024', '2024-10-10'],
    ['Đã hòa giải thành tại UBND xã ngày 20/9/2024', '2024-09-20'],
    ['Đã giảm trừ khi thẩm tra quyết toán ngày 12/11/2024', '2024-11-12'],
    ['Đã bổ sung, gửi Thanh tra huyện ngày 15/11/2024', '2024-11-15'],
    ['Đã ban hành ngày 5/10/2024', '2024-10-05'], // the strict reading gives it too
    ['Kết thúc kiểm tra ngày 14/6/2024 (lùi lịch do trùng đợt kiểm tra)', '2024-06-14'],
    ['Đã thông qua tại Kỳ họp thứ 20, Nghị quyết số 55/2024/NQ-HĐND ngày 18/7/2024', '2024-07-18'],
    // the date is another's: a plan followed, a deadline, a start, a forecast, a negation
    ['Đã triển khai theo Kế hoạch ngày 5/3/2024', undefined],
    ['Đã xây dựng dự thảo, hạn trình ngày 30/11/2024', undefined],
    ['Đã làm việc từ ngày 01/10/2024', undefined],
    ['Chưa tổ chức, dự kiến ngày 5/12/2024', undefined],
    ['Kiểm tra ngày 5/10/2024', undefined],
    // the notes open with the work done, "đã" left out, or with the document that did it
    ['Phê duyệt ngày 20/9/2024', '2024-09-20'],
    ['Ban hành ngày 12/11/2024', '2024-11-12'],
    ['Quyết định số 18/QĐ-THCS ngày 26/8/2024', '2024-08-26'],
    ['Báo cáo số 45/BC-UBND ngày 05/11/2024', '2024-11-05'],
    // …but not a document the work follows, nor a date that is a deadline
    ['Theo Kế hoạch số 05/KH-UBND ngày 08/01/2024', undefined],
    ['Phê duyệt trước ngày 20/9/2024', undefined],
    // the done clause, then after a semicolon or a dash the document that did the work
    ['Đã thanh tra xong; Kết luận thanh tra số 07/KL-TTr ngày 22/10/2024', '2024-10-22'],
    ['Đã nghiệm thu - Biên bản nghiệm thu số 03/BB-BQL ngày 14/8/2024', '2024-08-14'],
    ['Đã giải quyết – QĐ số 112/QĐ-UBND ngày 9/9/2024', '2024-09-09'],
    // a work accepted or handed over was done: acceptance and handing over open a done row's notes
    ['Nghiệm thu, đưa vào sử dụng ngày 12/6/2024', '2024-06-12'],
    ['Đã bàn giao cho UBND xã Tân Lập quản lý ngày 28/10/2024', '2024-10-28'],
    ['Đã nghiệm thu, bàn giao ngày 15/11/2024', '2024-11-15'],
    // …but an assignment is not a handing over
    ['Đã rà soát, giao Phòng Kinh tế ngày 04/11/2024', undefined],
    ['Chưa nghiệm thu ngày 30/9/2024 như kế hoạch', undefined],
    // …but not the plan it follows, nor a deadline after the semicolon
    ['Đã triển khai; Kế hoạch số 33/KH-UBND ngày 02/4/2024', undefined],
    ['Đã triển khai; KH số 33/KH-UBND ngày 02/4/2024', undefined],
    ['Đã rà soát; hạn gửi Báo cáo số 5 ngày 30/11/2024', undefined],
  ] as const)('%s → %s', (text, iso) => {
    const d = completionDateInDoneClause(text, { defaultYear: 2024 })?.date;
    const shown = d
      ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
      : undefined;
    expect(shown).toBe(iso);
  });
});

describe('completionDateInDoneClause where the table has a completion-date column', () => {
  it.each([
    ['Phê duyệt ngày 20/9/2024', undefined],
    ['Tổ chức ngày 28/5/2024', undefined],
    ['Quyết định số 18/QĐ-THCS ngày 26/8/2024', undefined],
    ['Đã tổ chức ngày 28/5/2024', '2024-05-28'],
  ] as const)('%s → %s', (text, iso) => {
    const d = completionDateInDoneClause(text, { defaultYear: 2024 }, false)?.date;
    const shown = d
      ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
      : undefined;
    expect(shown).toBe(iso);
  });
});
