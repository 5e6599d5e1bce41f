import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyStatus,
  droppedFromPlan,
  classifyStatusCell,
  isTick,
  tickWords,
  progressPercent,
  statusFromTicks,
  statusVocabulary,
  tickMeaning,
  timelinessOf,
} from './status.js';
import type { StatusState } from './status.js';

describe('classifyStatus', () => {
  it.each<[string, StatusState]>([
    // DESIGN.md and the tracking sheets the seeds call for
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['Xong', 'done'],
    ['Đã xong', 'done'],
    // answers under "Đã làm chưa?"
    ['Rồi', 'done'],
    ['Làm rồi', 'done'],
    ['Chưa', 'not-done'],
    ['Đang làm, rồi báo cáo sau', 'in-progress'],
    ['Đã gửi', 'done'],
    ['Đã thực hiện', 'done'],
    ['Hoàn thành trước hạn', 'done'],
    ['HT', 'done'],
    ['x', 'done'],
    ['X', 'done'],
    ['✓', 'done'],
    ['Đã gửi báo cáo về Ban Tuyên giáo Huyện ủy', 'done'],
    ['Hoàn thành (chậm 3 ngày)', 'done'],
    ['Chưa hoàn thành', 'not-done'],
    // the work done on part of what it covers: in progress
    ['Đã tập huấn 2/3 kíp mổ', 'in-progress'],
    ['Đã nộp 41/63 đơn vị', 'in-progress'],
    ['Đã kiểm tra 8/8 xã', 'done'],
    ['Đã hoàn thành ngày 2/3/2024 trình UBND', 'done'],
    ['Không hoàn thành', 'not-done'],
    ['chưa được hoàn thành', 'not-done'],
    ['Chưa gửi', 'not-done'],
    ['Chậm', 'not-done'],
    ['Quá hạn', 'not-done'],
    ['Chưa thực hiện', 'not-started'],
    ['Đang thực hiện', 'in-progress'],
    ['Đang triển khai', 'in-progress'],
    ['Đang thực hiện, chưa hoàn thành', 'in-progress'],
    ['', 'unknown'],
    ['Ghi chú khác', 'unknown'],
    ['Đảng ủy xã', 'unknown'], // "Đảng" folds like "đang"; it is no status word
    // a status the vocabulary lacks, read by its aspect marker
    ['Đã khắc phục', 'done'],
    ['Đang khắc phục', 'in-progress'],
    ['Chưa khắc phục', 'not-done'],
    ['Da khac phuc', 'done'], // typed with no marks
    ['Đã trả lại một phần', 'unknown'],
    ['Đảng bộ xã Tân An', 'unknown'],
    ['Đã hòa giải thành tại UBND xã, các bên ký biên bản', 'done'],
    ['Đã xây dựng dự thảo, dự kiến trình tháng 12', 'unknown'],
    ['Kết thúc kiểm tra ngày 14/6/2024', 'done'],
    ['Đã xây dựng dự thảo', 'unknown'],
    ['Đã xin ý kiến các phòng, ban', 'unknown'],
    ['Thực hiện', 'unknown'],
  ])('%j is %s', (text, state) => {
    expect(classifyStatus(text).state).toBe(state);
  });

  it.each(['HOÀN THÀNH', 'hoan thanh', 'Đã  hoàn   thành.', 'Đã hoàn thành'.normalize('NFD')])(
    '%j is done (case, spacing, diacritics and NFD do not matter)',
    (text) => {
      expect(classifyStatus(text).state).toBe('done');
    },
  );

  it('says which word decided', () => {
    expect(classifyStatus('Chưa hoàn thành')).toEqual({
      state: 'not-done',
      matched: 'Chưa hoàn thành',
    });
    expect(classifyStatus('đã hoàn thành')).toEqual({ state: 'done', matched: 'Đã hoàn thành' });
  });

  it('pack words win over the built-in ones', () => {
    const words = { done: ['Đã duyệt', 'Đạt'], notDone: ['Trả lại', 'Hoàn thành một phần'] };
    expect(classifyStatus('Đã duyệt', words)).toEqual({ state: 'done', matched: 'Đã duyệt' });
    expect(classifyStatus('Hoàn thành một phần', words)).toEqual({
      state: 'not-done',
      matched: 'Hoàn thành một phần',
    });
    expect(classifyStatus('Trả lại, chưa đạt', words).state).toBe('not-done');
    expect(classifyStatus('Chưa thực hiện', words).state).toBe('not-started');
  });
});

describe('properties', () => {
  const negations = fc.constantFrom('chưa', 'Chưa', 'không', 'KHÔNG', 'chưa được');
  const doneWords = fc.constantFrom(
    ...statusVocabulary()
      .filter((w) => w.state === 'done' && !w.word.startsWith('Đã') && w.word !== 'HT')
      .map((w) => w.word.toLowerCase()),
  );

  it('a negation before a done word always wins', () => {
    fc.assert(
      fc.property(negations, doneWords, fc.boolean(), (neg, word, nfd) => {
        const text = `${neg} ${word}`;
        const state = classifyStatus(nfd ? text.normalize('NFD') : text).state;
        expect(['not-done', 'not-started', 'in-progress']).toContain(state);
      }),
    );
  });

  it('every vocabulary word classifies as its own state, in any case', () => {
    for (const { word, state } of statusVocabulary()) {
      expect(classifyStatus(word).state).toBe(state);
      expect(classifyStatus(word.toUpperCase()).state).toBe(state);
    }
  });
});

describe('classifyStatus: wordings of task-tracking reports and systems', () => {
  it.each<[string, StatusState]>([
    // held-out corpus: petitions answered and registers of incoming documents (h03, h04)
    ['Đã trả lời tại Văn bản số 215/UBND-KTHT ngày 20/9/2024', 'done'],
    // part of the work done is not the work done
    ['Hoàn thành một phần (còn 2 xã chưa bàn giao mặt bằng)', 'in-progress'],
    ['Cơ bản hoàn thành, đang hoàn thiện hồ sơ quyết toán', 'in-progress'],
    ['Đã hoàn thành một phần', 'in-progress'],
    ['Đang chờ ý kiến của Sở Tài chính', 'in-progress'],
    // an e-office's queue and a column of short marks
    ['Chờ xử lý', 'not-started'],
    ['CHT', 'not-done'],
    ['Đang tổng hợp, xem xét', 'in-progress'],
    ['Đang giải quyết', 'in-progress'],
    ['Chưa đến thời hạn', 'in-progress'],
    ['Chưa trả lời', 'not-done'],
    ['Chưa giải quyết', 'not-done'],
    ['Đã ký ban hành', 'done'],
    ['Đã ký ban hành Kế hoạch số 45/KH-UBND', 'done'],
    ['Đã trình UBND huyện', 'done'],
    ['Đã xong', 'done'],
    ['Đã tham mưu UBND huyện ban hành', 'done'],
    ['Hoàn thành đúng hạn', 'done'],
    ['Hoàn thành quá hạn', 'done'], // done, late: lateness is judged from the dates
    ['Đang thực hiện trong hạn', 'in-progress'],
    ['Đang thực hiện quá hạn', 'in-progress'],
    ['Chưa hoàn thành trong hạn', 'in-progress'], // not done, still within its time
    ['Chưa hoàn thành quá hạn', 'not-done'],
    ['Còn trong hạn', 'in-progress'],
    ['Chưa đến hạn', 'in-progress'],
    ['Đang dự thảo', 'in-progress'],
    ['Đang trình ký', 'in-progress'],
    ['Chờ phê duyệt', 'in-progress'],
    ['Chưa triển khai', 'not-started'],
    ['Quá hạn', 'not-done'],
    // two parts, an e-office system's state and its timeliness: done work stays done
    ['Đã trả kết quả - Quá hạn', 'done'],
    ['Đã trả kết quả - Trước hạn', 'done'],
    ['Đã giải quyết – Trễ hạn', 'done'],
    ['Hoàn thành - Chậm', 'done'],
    ['Đang xử lý - Quá hạn', 'in-progress'],
    ['Chưa hoàn thành - Trong hạn', 'in-progress'],
    ['Chưa hoàn thành - Quá hạn', 'not-done'],
    ['Chưa trả kết quả - Quá hạn', 'not-done'],
    // …or its timeliness in brackets, as a document system exports it
    ['Hoàn thành (trong hạn)', 'done'],
    ['Hoàn thành (quá hạn)', 'done'],
    ['Chưa hoàn thành (trong hạn)', 'in-progress'],
    ['Chưa hoàn thành (quá hạn)', 'not-done'],
    // …or right after it, with no mark between
    ['Hoàn thành trong hạn', 'done'],
    ['Đã giải quyết trước hạn', 'done'],
    ['Đã xử lý trễ hạn', 'done'],
    ['Đã ban hành chậm tiến độ', 'done'],
    ['Chưa giải quyết quá hạn', 'not-done'],
    ['Đang xử lý còn hạn', 'in-progress'],
  ])('%j is %s', (text, state) => {
    expect(classifyStatus(text).state).toBe(state);
  });
});

describe('classifyStatus: a share of progress', () => {
  it.each<[string, StatusState]>([
    ['100%', 'done'],
    ['100 %', 'done'],
    ['Đã hoàn thành 100%', 'done'],
    ['Hoàn thành 80%', 'in-progress'], // not done until 100
    ['Đạt 62,5%', 'in-progress'],
    ['60%', 'in-progress'],
    ['0%', 'not-started'],
    ['Đã hoàn thành, giải ngân 95% vốn', 'done'], // a share of something else
    ['Chưa hoàn thành 100%', 'not-done'],
  ])('%j is %s', (text, state) => {
    expect(classifyStatus(text).state).toBe(state);
  });

  it('reads progressPercent only when the share is the progress', () => {
    expect(progressPercent('Hoàn thành 80%')).toBe(80);
    expect(progressPercent('Tiến độ: 45%')).toBe(45);
    expect(progressPercent('80% (kế hoạch 100%)')).toBeUndefined();
    expect(progressPercent('giải ngân 95% vốn')).toBeUndefined();
    expect(progressPercent('150%')).toBeUndefined();
  });

  it.each<[unknown, string, string | undefined, StatusState]>([
    [1, '100%', '0%', 'done'],
    [0.6, '60%', '0%', 'in-progress'],
    [0.6, '0.6', '0.0%', 'in-progress'],
    [0, '0%', '0%', 'not-started'],
    ['Đã hoàn thành', 'Đã hoàn thành', undefined, 'done'],
  ])('a status cell %j (%j, format %j) is %s', (value, text, numFmt, state) => {
    expect(classifyStatusCell(value, text, numFmt).state).toBe(state);
  });
});

describe('tick columns', () => {
  it.each<[string, StatusState | undefined]>([
    ['Đã hoàn thành', 'done'],
    ['Hoàn thành', 'done'],
    ['Hoàn thành đúng hạn', 'done'],
    ['Hoàn thành quá hạn', 'done'],
    ['Chưa hoàn thành', 'not-done'],
    ['Đang thực hiện', 'in-progress'],
    ['Đang triển khai', 'in-progress'],
    ['Chưa thực hiện', 'not-started'],
    ['Quá hạn', 'not-done'],
    ['Ghi chú', undefined],
    ['Cơ quan chủ trì', undefined],
  ])('a tick under %j means %s', (header, state) => {
    expect(tickMeaning(header)).toBe(state);
  });

  it.each(['x', 'X', '✓', '✔', '√', '☑', ' x '])('%j is a tick', (text) => {
    expect(isTick(text)).toBe(true);
  });
  it.each(['', '-', '0', 'Không'])('%j is no tick', (text) => {
    expect(isTick(text)).toBe(false);
  });

  it('reads a row from its ticked columns', () => {
    const row = (done: string, notDone: string, doing: string) => [
      { header: 'Đã hoàn thành', text: done },
      { header: 'Chưa hoàn thành', text: notDone },
      { header: 'Đang thực hiện', text: doing },
    ];
    expect(statusFromTicks(row('x', '', ''))).toEqual({
      kind: 'state',
      state: 'done',
      header: 'Đã hoàn thành',
    });
    expect(statusFromTicks(row('', '', 'X'))).toMatchObject({ state: 'in-progress' });
    expect(statusFromTicks(row('', '', ''))).toEqual({ kind: 'none' });
    expect(statusFromTicks(row('x', 'x', ''))).toEqual({
      kind: 'conflict',
      headers: ['Đã hoàn thành', 'Chưa hoàn thành'],
    });
  });
});

describe('the office reminded the unit: the work is not done', () => {
  it.each([
    ['Đã có văn bản đôn đốc', 'not-done'],
    ['Đã đôn đốc lần 2', 'not-done'],
    ['Đã nhắc nhở đơn vị', 'not-done'],
    ['Đã có văn bản số 45/UBND-VP', 'done'],
    // however the chasing is written (layouts held-out set 21, h12)
    ['Đã có công văn đôn đốc', 'not-done'],
    ['Đôn đốc lần 3 qua Zalo', 'not-done'],
    ['Nhắc nhở qua điện thoại ngày 12/11', 'not-done'],
    // the work's own state written beside it says what became of it
    ['Hoàn thành sau 2 lần đôn đốc', 'done'],
    ['Đã nộp sau khi nhắc nhở', 'done'],
    ['Chưa nộp, đã đôn đốc', 'not-done'],
  ] as const)('%s → %s', (text, state) => {
    expect(classifyStatus(text).state).toBe(state);
  });
});

describe('timelinessOf', () => {
  it.each([
    ['Đã gửi (chậm)', 'late'],
    ['Đã gửi đúng hạn', 'on-time'],
    ['Đã trả kết quả - Quá hạn', 'late'],
    ['Hoàn thành chậm tiến độ', 'late'],
    ['Da gui cham', 'late'],
    // read as written: "chấm" is no "chậm"
    ['Đã chấm điểm', undefined],
    ['Không có thời hạn', undefined],
    ['Đã gửi', undefined],
  ] as const)('%j → %s', (text, said) => {
    expect(timelinessOf(text)).toBe(said);
  });
});

describe('tickWords', () => {
  it.each([
    ['x', ''],
    [' X ', ''],
    ['✓', ''],
    ['v', ''],
    ['✅ (trễ)', 'trễ'],
    ['x (chậm)', 'chậm'],
    ['x(trễ 2 ngày)', 'trễ 2 ngày'],
    ['05/9/2024', undefined],
    ['xã Kỳ Tân', undefined],
  ])('%j → %j', (text, words) => expect(tickWords(text)).toBe(words));
});

describe('droppedFromPlan', () => {
  it.each([
    ['Không thực hiện (đương sự đã tự nguyện thi hành, đã điều chỉnh kế hoạch)', true],
    ['Dừng thực hiện theo Kế hoạch số 12/KH-UBND', true],
    ['Tạm dừng', true],
    ['Hủy bỏ', true],
    ['Đã rút khỏi chương trình công tác', true],
    ['Lùi sang năm 2025 theo Thông báo số 45/TB-UBND ngày 20/9/2024', true],
    ['Chuyển sang năm sau', true],
    ['Dừng triển khai do chưa bố trí được kinh phí', true],
    ['Ngừng thực hiện theo chỉ đạo của UBND huyện', true],
    ['Tạm hoãn tổ chức do mưa bão', true],
    ['Hủy', true],
    ['Đã hủy nhiệm vụ theo chỉ đạo tại Thông báo số 88/TB-UBND', true],
    ['Bãi bỏ do Luật Đất đai 2024 có hiệu lực', true],
    ['Không triển khai nữa (đã sáp nhập đơn vị)', true],
    ['Huy động nguồn lực xã hội hóa', false],
    ['Lùi thời hạn đến 30/11/2024', false],
    ['Chuyển Phòng Nội vụ thực hiện', false],
    ['Đang triển khai, dừng chờ kinh phí', false],
    ['Không thực hiện', false],
    ['Chưa thực hiện', false],
    ['Đang thực hiện, điều chỉnh kế hoạch chi tiết', false],
    ['Đã hoàn thành', false],
  ])('%j: %s', (text, dropped) => {
    expect(droppedFromPlan(text)).toBe(dropped);
  });

  it.each(['Đã hủy', 'Đã tạm dừng', 'Đã hoãn'])('%j is no work done', (text) => {
    expect(classifyStatus(text).state).not.toBe('done');
  });
});

describe('a status saying only that the work is late', () => {
  it.each(['Chậm', 'Quá hạn', 'Chậm do đảng viên đi công tác dài ngày', 'Trễ hạn 3 ngày'])(
    '%j: not done as it stands, and says only that it is late',
    (text) => {
      expect(classifyStatus(text)).toMatchObject({ state: 'not-done', lateOnly: true });
    },
  );
  it.each(['Chưa hoàn thành', 'Đang thực hiện, chậm tiến độ', 'Hoàn thành (chậm)'])(
    '%j says more than that',
    (text) => {
      expect(classifyStatus(text).lateOnly).toBeUndefined();
    },
  );
});
