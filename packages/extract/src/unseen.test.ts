/**
 * The unseen corpus (src/unseen/, issue 19): every gold quote is in its text; a draft pack from any
 * corpus text validates; the numbers it holds read the way the checker reads them; and the
 * document frame reads header zones and target periods as the corpus writes them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { findTargets, parsePack } from '@dondoc/core';
import { describe, expect, it } from 'vitest';
import { readGold, runBench, unseenDir16, unseenDir17 } from './bench.js';
import { extractDirective } from './extract.js';
import { documentFrame, periodEndYear } from './frame.js';
import { prepareText } from './prepare.js';

const DIR = new URL('./unseen/', import.meta.url);
const DIR2 = new URL('./unseen2/', import.meta.url);
const DIR3 = new URL('./unseen3/', import.meta.url);
const DIR4 = new URL('./unseen4/', import.meta.url);
const DIR5 = new URL('./unseen5/', import.meta.url);
const DIR6 = new URL('./unseen6/', import.meta.url);
const DIR7 = new URL('./unseen7/', import.meta.url);
const DIR8 = new URL('./unseen8/', import.meta.url);
const DIR9 = new URL('./unseen9/', import.meta.url);
const DIR10 = new URL('./unseen10/', import.meta.url);
const DIR11 = new URL('./unseen11/', import.meta.url);
const DIR12 = new URL('./unseen12/', import.meta.url);
const DIR13 = new URL('./unseen13/', import.meta.url);
const DIR14 = new URL('./unseen14/', import.meta.url);
const DIR15 = new URL('./unseen15/', import.meta.url);
const DIR16 = new URL('./unseen16/', import.meta.url);
const DIR17 = new URL('./unseen17/', import.meta.url);
const DIR18 = new URL('./unseen18/', import.meta.url);
const DIR19 = new URL('./unseen19/', import.meta.url);
const DIR20 = new URL('./unseen20/', import.meta.url);
const DIR21 = new URL('./unseen21/', import.meta.url);
const DIR22 = new URL('./unseen22/', import.meta.url);
const listTexts = (dir: URL): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
const texts = listTexts(DIR);
/**
 * The seventeen unseen sets (the third to fifth hold real texts kept as found, the sixth to seventeenth
 * texts of our own modelled on public pages), each file named with its folder.
 */
const allTexts = [
  ...texts.map((f) => `unseen/${f}`),
  ...listTexts(DIR2).map((f) => `unseen2/${f}`),
  ...listTexts(DIR3).map((f) => `unseen3/${f}`),
  ...listTexts(DIR4).map((f) => `unseen4/${f}`),
  ...listTexts(DIR5).map((f) => `unseen5/${f}`),
  ...listTexts(DIR6).map((f) => `unseen6/${f}`),
  ...listTexts(DIR7).map((f) => `unseen7/${f}`),
  ...listTexts(DIR8).map((f) => `unseen8/${f}`),
  ...listTexts(DIR9).map((f) => `unseen9/${f}`),
  ...listTexts(DIR10).map((f) => `unseen10/${f}`),
  ...listTexts(DIR11).map((f) => `unseen11/${f}`),
  ...listTexts(DIR12).map((f) => `unseen12/${f}`),
  ...listTexts(DIR13).map((f) => `unseen13/${f}`),
  ...listTexts(DIR14).map((f) => `unseen14/${f}`),
  ...listTexts(DIR15).map((f) => `unseen15/${f}`),
  ...listTexts(DIR16).map((f) => `unseen16/${f}`),
  ...listTexts(DIR17).map((f) => `unseen17/${f}`),
  // set 19 passed the bar (0.9 per kind) after its class fixes
  ...listTexts(DIR19).map((f) => `unseen19/${f}`),
  // …and set 20 in session 19 (its amounts in two scales now read by the checker's own parser)
  ...listTexts(DIR20).map((f) => `unseen20/${f}`),
  // …and set 21 after its class fixes (a plan's own targets dated by the plan's day)
  ...listTexts(DIR21).map((f) => `unseen21/${f}`),
  // …and set 18 after its class fixes (timetable steps, an official's promise for their body)
  ...listTexts(DIR18).map((f) => `unseen18/${f}`),
];
/**
 * The eighteenth, nineteenth, twentieth, twenty-first and twenty-second sets, built blind: their
 * gold quotes are checked from their landing, but each joins `allTexts` (the draft-pack check,
 * which runs the extractor) only after its first run, so a blind set cannot turn CI red when it
 * lands.
 */
const blindTexts = [...listTexts(DIR22).map((f) => `unseen22/${f}`)];
const read = (f: string): string =>
  readFileSync(new URL(f, f.includes('/') ? new URL('./', import.meta.url) : DIR), 'utf8');

describe('the unseen corpus', () => {
  it('has at least 30 texts, each with a gold list', () => {
    expect(texts.length).toBeGreaterThanOrEqual(30);
    for (const f of texts) expect(() => read(f.replace(/\.txt$/, '.json'))).not.toThrow();
  });

  it.each([...allTexts, ...blindTexts])('%s: every gold quote is in the text', (f) => {
    const text = read(f);
    for (const g of readGold(read(f.replace(/\.txt$/, '.json')), text))
      expect(text.slice(g.span[0], g.span[1])).toBe(g.quote);
  });

  it.each(allTexts)(
    '%s: the draft pack validates and its numbers read as the checker reads them',
    (f) => {
      const { pack, items } = extractDirective(read(f), { fileName: f });
      const parsed = parsePack(JSON.parse(JSON.stringify(pack)) as unknown);
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
      for (const i of items.filter((x) => x.kind === 'indicator')) {
        // the checker reading the quote finds the same value with the same operator, unless the
        // value's qualifier was elided ("đạt 84,3% vào năm 2025 và 85% vào năm 2030")
        const same = findTargets(i.quote).find((t) =>
          t.target.op === 'between'
            ? t.target.min === i.min && t.target.max === i.max
            : t.target.value === i.value,
        );
        expect(same, i.quote).toBeDefined();
        if (same?.qualifier !== undefined || i.op === 'between') expect(same?.target.op).toBe(i.op);
      }
    },
  );
});

/**
 * The sixteenth set was registered blind (no floor); after its class fixes it stands at 1.00 per
 * kind (see its README). The floor is set well below that, at the held-out sets' 0.85: the figures
 * are deterministic, and a fall below it is a class broken, not noise.
 */
describe('unseen set 16 after its class fixes', () => {
  const { total } = runBench(unseenDir16, unseenDir16);
  it.each(['deadline', 'report', 'indicator'] as const)(
    'keeps precision and recall of %s at 0.85 or more',
    (kind) => {
      expect(total[kind]!.precision).toBeGreaterThanOrEqual(0.85);
      expect(total[kind]!.recall).toBeGreaterThanOrEqual(0.85);
    },
  );
});

/**
 * The seventeenth set was registered blind (no floor) and joined the draft-pack check after its
 * first run; after its class fixes it stands at 0.86 or more per kind (see its README). The floor
 * is set below that, at 0.85 as for the sixteenth: the figures are deterministic, and a fall below
 * it is a class broken, not noise.
 */
describe('unseen set 17 after its class fixes', () => {
  const { total } = runBench(unseenDir17, unseenDir17);
  it.each(['deadline', 'report', 'indicator'] as const)(
    'keeps precision and recall of %s at 0.85 or more',
    (kind) => {
      expect(total[kind]!.precision).toBeGreaterThanOrEqual(0.85);
      expect(total[kind]!.recall).toBeGreaterThanOrEqual(0.85);
    },
  );
});

describe('document frame', () => {
  it.each([
    ['Về kế hoạch phát triển kinh tế - xã hội năm 2025', '2025'],
    ['Các chỉ tiêu chủ yếu đến năm 2030', '2030'],
    ['các mục tiêu, chỉ tiêu 5 năm (2025 - 2030)', '2030'],
    ['nhiệm kỳ 2020 – 2025', '2025'],
    ['giai đoạn 2021-2025 trên địa bàn tỉnh', '2025'],
    ['Năm học 2026 - 2027, ngành giáo dục huyện phấn đấu', '2027'],
    ['Kỳ họp thứ Tư, HĐND phường Hòa Bình', null],
  ])('%s → %s', (text, year) => expect(periodEndYear(text)).toBe(year));

  it('reads a portal page: stamp, headline and byline are metadata, the stamp dates the page', () => {
    const text = [
      'Thứ Sáu, 08/08/2025 - 17:42',
      'HĐND xã Tân Lập thông qua 20 chỉ tiêu năm 2025',
      'Cập nhật: 09/08/2025 07:15',
      'Chiều 8/8, HĐND xã tổ chức kỳ họp thứ 2.',
      'Kỳ họp giao UBND xã báo cáo kết quả trước ngày 15/12/2025.',
      'Văn Hòa',
    ].join('\n');
    const frame = documentFrame(prepareText(text).blocks);
    expect([...frame.metadata].sort()).toEqual([0, 1, 2, 5]);
    expect(frame.stampDate).toBe('2025-08-08');
    expect(frame.targetYear).toBe('2025');
  });

  it('a plan adopted in December is for next year: its targets carry the title’s year', () => {
    const text = [
      'Hà Tĩnh, ngày 10 tháng 12 năm 2024',
      'NGHỊ QUYẾT',
      'Về kế hoạch phát triển kinh tế - xã hội năm 2025',
      'Nghị quyết đề ra các chỉ tiêu chủ yếu như sau:',
      '- Tỷ lệ hộ nghèo giảm xuống 2,1%.',
      '- Số bác sĩ đạt 12 bác sĩ/vạn dân.',
    ].join('\n');
    const targets = extractDirective(text).items.filter((i) => i.kind === 'indicator');
    expect(targets.map((t) => [t.op, t.value, t.year])).toEqual([
      ['<=', 2.1, '2025'],
      ['>=', 12, '2025'],
    ]);
  });

  it('a page timestamp, an event day and a cited document date are not deadlines', () => {
    const text = [
      'Thứ Hai, 16/12/2024, 18:20 [GMT+7]',
      'Ngày 16/12, HĐND huyện tổ chức kỳ họp theo Công văn số 12/UBND-VP ngày 02/12/2024.',
      'Kỳ họp dự kiến bế mạc ngày 18/12/2024.',
      'UBND huyện hoàn thành việc rà soát trước ngày 31/12/2024.',
    ].join('\n');
    const dues = extractDirective(text).items.map((i) => [i.kind, i.due]);
    expect(dues).toEqual([['deadline', '2024-12-30']]);
  });

  it('a yearless day in a periodic report recurs; the lead-in gives the recipient', () => {
    const text = [
      'Các sở, ngành gửi báo cáo về UBND tỉnh (qua Văn phòng UBND tỉnh) theo thời hạn sau:',
      '1. Báo cáo định kỳ hằng tháng: trước ngày 20 hằng tháng.',
      '2. Báo cáo định kỳ 6 tháng: trước ngày 18 tháng 6.',
    ].join('\n');
    const reports = extractDirective(text).items.map((i) => [i.kind, i.to, i.period, i.due]);
    expect(reports).toEqual([
      ['report', 'UBND tỉnh', 'monthly', null],
      ['report', 'UBND tỉnh', 'half-yearly', null],
    ]);
  });
});
