import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { parseNumericCell } from '../../vi/numbers.js';
import { forestSheet, INDICATOR_PACK } from '../indicator/test-support/forest.js';
import { cellInvalidNumber } from './invalid-number.js';

const tester = new RuleTester(cellInvalidNumber, { pack: INDICATOR_PACK, asOf: '2025-02-10' });
/** The number parser's own explanation, which the message carries. */
const reasonOf = (text: string) => {
  const parsed = parseNumericCell(text, text);
  if (parsed.kind !== 'invalid') throw new Error(`"${text}" is a readable number`);
  return parsed.reason;
};

const valid: RuleCase[] = [
  { name: 'a decimal comma', sheets: forestSheet('52', '52,4') },
  { name: 'a percent', sheets: forestSheet('52', '52,4%') },
];

const invalid: InvalidCase[] = [
  {
    name: 'a word where the figure belongs',
    sheets: forestSheet('52', 'đạt'),
    errors: [
      {
        messageId: 'invalidNumber',
        data: {
          column: 'Thực hiện 2024',
          title: 'Tỷ lệ che phủ rừng',
          text: 'đạt',
          reason: reasonOf('đạt'),
        },
        cell: 'E2',
      },
    ],
  },
];

describe('cell/invalid-number', () => {
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});
