import { describe, expect, it } from 'vitest';
import {
  clip,
  deferMessage,
  formatMessage,
  placeholdersOf,
  plainMessage,
  type TemplateValues,
} from './template.js';
import type { Message } from '../model/findings.js';

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

/** The renderer before templates were cut into parts once: a regular-expression replace. */
function replaceRender(template: string, values: TemplateValues, lang: 'vi' | 'en'): string {
  return template.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (_, name: string) => {
    const value = values[name]!;
    if (typeof value === 'object') return value[lang];
    if (typeof value === 'number')
      return lang === 'vi' ? String(value).replace('.', ',') : String(value);
    return value;
  });
}

const TEMPLATES: ReadonlyArray<readonly [Message, TemplateValues]> = [
  [
    {
      vi: 'Nhiệm vụ "{title}" quá hạn {days} ngày: thời hạn "{dueText}" (hạn cuối {due}), đến ngày {asOf} chưa hoàn thành.',
      en: 'Task "{title}" is {days} day(s) overdue: deadline "{dueText}" (last day {due}), not completed as of {asOf}.',
    },
    {
      title: 'Quán triệt Nghị quyết $1 và $& {days}',
      days: 43,
      dueText: 'trước ngày 20/5/2024',
      due: { vi: '20/05/2024', en: '2024-05-20' },
      asOf: { vi: '01/07/2024', en: '2024-07-01' },
    },
  ],
  [
    { vi: '{a}{b}', en: '{b}{a}' },
    { a: 1.5, b: '' },
  ],
  [{ vi: 'Không có chỗ điền.', en: 'No placeholder.' }, {}],
  [{ vi: '{x} đầu, {x} giữa và {x}', en: '{x}' }, { x: 'Sở Nội vụ' }],
];

describe('deferMessage', () => {
  it.each(TEMPLATES)(
    'reads and serialises as the message filled at once (%#)',
    (template, values) => {
      const deferred = deferMessage(template, values);
      const filled = formatMessage(template, values);
      expect(deferred.vi).toBe(filled.vi);
      expect(deferred.en).toBe(filled.en);
      expect(JSON.stringify({ message: deferred }, null, 2)).toBe(
        JSON.stringify({ message: filled }, null, 2),
      );
      expect(plainMessage(deferred)).toEqual(filled);
      expect(filled.vi).toBe(replaceRender(template.vi, values, 'vi'));
      expect(filled.en).toBe(replaceRender(template.en, values, 'en'));
    },
  );

  it('refuses a placeholder without a value when it is made, not when it is read', () => {
    expect(() => deferMessage({ vi: 'Quá hạn {days} ngày', en: '{title}' }, { days: 3 })).toThrow(
      /\{title\}/,
    );
  });

  it('compares deeply by what it says, and never as equal to a plain message', () => {
    const [template, values] = TEMPLATES[0]!;
    expect(deferMessage(template, values)).toEqual(deferMessage(template, { ...values }));
    expect(deferMessage(template, values)).not.toEqual(
      deferMessage(template, { ...values, days: 44 }),
    );
    expect(deferMessage(template, values)).not.toEqual(formatMessage(template, values));
  });

  it('leaves a plain message as it is', () => {
    const message = { vi: 'Quá hạn.', en: 'Overdue.' };
    expect(plainMessage(message)).toBe(message);
  });
});

describe('clip', () => {
  /** clip before it kept an unchanged text as it was. */
  const oldClip = (text: string, max = 90) => {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length <= max ? line : line.slice(0, max - 1).trimEnd() + '…';
  };
  const pieces = [
    'Quán triệt',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    'học tập',
    'Nghị quyết',
    '\u3000',
    'x',
  ];

  it('gives what it gave before, on texts of every kind of spacing', () => {
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = n % 12;
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      for (const max of [5, 20, 90]) expect(clip(text, max)).toBe(oldClip(text, max));
    }
  });
});
