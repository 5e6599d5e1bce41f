import { describe, expect, it } from 'vitest';
import { clip, formatMessage, placeholdersOf } from './template.js';

describe('formatMessage', () => {
  it('fills placeholders per language', () => {
    const message = formatMessage(
      { vi: 'Quá hạn {days} ngày, hạn cuối {due}.', en: 'Overdue by {days} days, last day {due}.' },
      { days: 12, due: { vi: '19/05/2024', en: '2024-05-19' } },
    );
    expect(message).toEqual({
      vi: 'Quá hạn 12 ngày, hạn cuối 19/05/2024.',
      en: 'Overdue by 12 days, last day 2024-05-19.',
    });
  });

  it('refuses a placeholder without a value', () => {
    expect(() => formatMessage({ vi: '{title}', en: '{title}' }, {})).toThrow(/\{title\}/);
  });

  it('lists placeholders', () => {
    expect(placeholdersOf('Nhiệm vụ "{title}" quá hạn {days} ngày')).toEqual(['title', 'days']);
  });

  it('clips long cell text to one line', () => {
    expect(clip('Quán triệt\nhọc tập', 90)).toBe('Quán triệt học tập');
    expect(clip('a'.repeat(100), 10)).toBe('aaaaaaaaa…');
  });
});
