import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleCase } from '../../testing/rule-tester.js';
import { agencySimilarity } from '../../vi/agencies.js';
import { agencyUnknown } from './unknown.js';

const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời hạn',
  'Ngày hoàn thành',
  'Tình trạng',
];
const PACK = {
  id: 'huyen-duc-tho',
  version: '1.0.0',
  title: 'Huyện ủy Đức Thọ',
  agencies: [
    { id: 'btg', name: 'Ban Tuyên giáo Huyện ủy' },
    { id: 'ubnd', name: 'Ủy ban nhân dân huyện' },
  ],
};
const tester = new RuleTester(agencyUnknown, { pack: PACK, asOf: '2024-07-01' });
const TITLE = 'Hội nghị cán bộ chủ chốt';
const row = (owner: string) => ({
  'Nhiệm vụ': [HEADER, [1, TITLE, owner, 'quý IV/2024', null, null]],
});

const valid: RuleCase[] = [
  { name: 'the name as the pack writes it', sheets: row('Ban Tuyên giáo Huyện ủy') },
  { name: 'an abbreviation', sheets: row('UBND huyện') },
  { name: 'two known agencies', sheets: row('BTG Huyện ủy, UBND huyện') },
];

const closest = agencySimilarity('Ban Tuyên giáo', 'Ban Tuyên giáo Huyện ủy');

const invalid: InvalidCase[] = [
  {
    name: 'an agency the pack does not list',
    sheets: row('Phòng Nội vụ'),
    errors: [{ messageId: 'unknown', data: { agency: 'Phòng Nội vụ', title: TITLE }, cell: 'C2' }],
  },
  {
    name: 'a near miss names the closest agency and how close it is',
    sheets: row('Ban Tuyên giáo'),
    errors: [
      {
        messageId: 'unknownWithClosest',
        data: {
          agency: 'Ban Tuyên giáo',
          title: TITLE,
          closest: 'Ban Tuyên giáo Huyện ủy',
          similarity: {
            vi: closest.toFixed(2).replace('.', ','),
            en: closest.toFixed(2),
          },
        },
        cell: 'C2',
      },
    ],
  },
];

describe('agency/unknown', () => {
  it('has a near miss close enough to be named', () => expect(closest).toBeGreaterThanOrEqual(0.6));
  it.each(valid)('valid: $name', (c) => expect(tester.run(c)).toEqual([]));
  it.each(invalid)('invalid: $name', (c) => expect(tester.run(c)).toEqual(tester.expected(c)));
});

describe('agency/unknown in a received-reports log', () => {
  const line = (name: string, candidates?: string[]) =>
    agencyUnknown.decide({
      name,
      matched: false,
      known: ['Phòng Tư pháp', 'UBND xã Sơn Tây', 'UBND xã Sơn Trung'],
      taskTitle: 'Báo cáo công tác phổ biến, giáo dục pháp luật năm 2024',
      ...(candidates ? { candidates } : {}),
      inLog: true,
    });

  it('says the report is credited to no unit', () => {
    expect(line('Trạm Khuyến nông')?.messageId).toBe('unknownInLog');
    expect(line('Phòng Tư phap')?.messageId).toBe('unknownWithClosestInLog');
  });

  it('names the units it could be', () => {
    const found = line('UBND xã Sơn', ['UBND xã Sơn Tây', 'UBND xã Sơn Trung']);
    expect(found).toMatchObject({
      messageId: 'ambiguousInLog',
      values: { candidates: '"UBND xã Sơn Tây", "UBND xã Sơn Trung"' },
    });
  });
});
