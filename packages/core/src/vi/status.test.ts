import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyStatus, statusVocabulary } from './status.js';
import type { StatusState } from './status.js';

describe('classifyStatus', () => {
  it.each<[string, StatusState]>([
    // DESIGN.md and the tracking sheets the seeds call for
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['Xong', 'done'],
    ['Đã xong', 'done'],
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
