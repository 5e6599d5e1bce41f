import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViNumber } from './numbers.js';
import {
  describeTarget,
  evaluateTarget,
  findTargets,
  parseTarget,
  relativeBase,
  relativeChange,
  targetFromBase,
} from './targets.js';
import { readCountOfTotal, readVerdict, targetInName } from './targets.js';
import type { Target, TargetOutcome } from './targets.js';

describe('parseTarget', () => {
  it.each<[string, Target, string | undefined, boolean, string]>([
    // seed 001 (Chương trình hành động 48-CTr/TU)
    ['đạt 84,3% vào năm 2025', { op: '>=', value: 84.3, unit: '%' }, 'đạt', false, 'đạt 84,3%'],
    // a rate after "hằng năm" is a value, not the year of a date
    [
      'tốc độ tăng trưởng bình quân hằng năm 10 - 11%',
      { op: 'between', min: 10, max: 11, unit: '%' },
      undefined,
      false,
      '10 - 11%',
    ],
    [
      'xuống dưới 15% vào năm 2025',
      { op: '<', value: 15, unit: '%' },
      'xuống dưới',
      true,
      'xuống dưới 15%',
    ],
    ['đạt trên 99,1%', { op: '>', value: 99.1, unit: '%' }, 'đạt trên', false, 'đạt trên 99,1%'],
    [
      'Giảm tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể cân nặng theo tuổi xuống dưới 15% vào năm 2025 và dưới 12% vào năm 2030',
      { op: '<', value: 15, unit: '%' },
      'xuống dưới',
      true,
      'xuống dưới 15%',
    ],
    [
      'Tuổi thọ bình quân đạt khoảng 75,5 tuổi vào năm 2030',
      { op: 'approx', value: 75.5, unit: 'tuổi' },
      'đạt khoảng',
      false,
      'đạt khoảng 75,5 tuổi',
    ],
    [
      'Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 100% đến năm 2030.',
      { op: '>=', value: 100, unit: '%' },
      'đạt',
      false,
      'đạt 100%',
    ],
    // seed 002 (Thạch Hà, Nghị quyết 26-NQ/TW)
    [
      '8 - 10%/năm',
      { op: 'between', min: 8, max: 10, unit: '%/năm' },
      undefined,
      false,
      '8 - 10%/năm',
    ],
    [
      'tốc độ tăng trưởng giá trị sản xuất bình quân đạt khoảng 8 - 10%/năm',
      { op: 'between', min: 8, max: 10, unit: '%/năm' },
      'đạt khoảng',
      false,
      'đạt khoảng 8 - 10%/năm',
    ],
    ['khoảng 80%', { op: 'approx', value: 80, unit: '%' }, 'khoảng', false, 'khoảng 80%'],
    ['còn 3%', { op: '<=', value: 3, unit: '%' }, 'còn', true, 'còn 3%'],
    [
      'Tỷ lệ hộ nghèo giảm còn 3%.',
      { op: '<=', value: 3, unit: '%' },
      'giảm còn',
      true,
      'giảm còn 3%',
    ],
    [
      '28 giường bệnh/vạn dân',
      { op: '>=', value: 28, unit: 'giường bệnh/vạn dân' },
      undefined,
      false,
      '28 giường bệnh/vạn dân',
    ],
    [
      'trên 9 bác sĩ/vạn dân',
      { op: '>', value: 9, unit: 'bác sĩ/vạn dân' },
      'trên',
      false,
      'trên 9 bác sĩ/vạn dân',
    ],
    ['trên 95%', { op: '>', value: 95, unit: '%' }, 'trên', false, 'trên 95%'],
    ['100%', { op: '>=', value: 100, unit: '%' }, undefined, false, '100%'],
    [
      'Tỷ lệ trường đạt chuẩn Quốc gia là 100%.',
      { op: '>=', value: 100, unit: '%' },
      'là',
      false,
      'là 100%',
    ],
    [
      'huyện ước đạt 16.000 tỷ đồng',
      { op: 'approx', value: 16000, unit: 'tỷ đồng' },
      'ước đạt',
      false,
      'ước đạt 16.000 tỷ đồng',
    ],
    [
      'Thu ngân sách Nhà nước đạt 900 - 1.000 tỷ đồng/năm',
      { op: 'between', min: 900, max: 1000, unit: 'tỷ đồng/năm' },
      'đạt',
      false,
      'đạt 900 - 1.000 tỷ đồng/năm',
    ],
    // seed 004 (Quảng Ngãi, chỉ tiêu năm 2024)
    [
      '- (1) Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) 2,5 - 3%;',
      { op: 'between', min: 2.5, max: 3, unit: '%' },
      undefined,
      false,
      '2,5 - 3%',
    ],
    [
      '- (2) GRDP bình quân đầu người khoảng 4.460 USD;',
      { op: 'approx', value: 4460, unit: 'USD' },
      'khoảng',
      false,
      'khoảng 4.460 USD',
    ],
    [
      '- (4) Năng suất lao động xã hội tăng 2 - 3%;',
      { op: 'between', min: 2, max: 3, unit: '%' },
      'tăng',
      false,
      'tăng 2 - 3%',
    ],
    [
      '- (5) Vốn đầu tư thực hiện trên địa bàn đạt khoảng 38.000 - 39.000 tỷ đồng;',
      { op: 'between', min: 38000, max: 39000, unit: 'tỷ đồng' },
      'đạt khoảng',
      false,
      'đạt khoảng 38.000 - 39.000 tỷ đồng',
    ],
    [
      '- (7) Phần đầu thu ngân sách vượt mức chỉ tiêu Trung ương giao trên 5%.',
      { op: '>', value: 5, unit: '%' },
      'trên',
      false,
      'trên 5%',
    ],
    [
      '- (8) Có 03 xã đạt chuẩn quốc gia về nông thôn mới;',
      { op: '>=', value: 3, unit: 'xã' },
      undefined,
      false,
      '03 xã',
    ],
    [
      '- (9) Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội còn khoảng 32,1%;',
      { op: 'approx', value: 32.1, unit: '%' },
      'còn khoảng',
      true,
      'còn khoảng 32,1%',
    ],
    [
      '- (12) Có ít nhất 57,97% trường mầm non; 87,42% trường tiểu học',
      { op: '>=', value: 57.97, unit: '%' },
      'ít nhất',
      false,
      'ít nhất 57,97%',
    ],
    [
      '- (13) Số bác sĩ/vạn dân đạt 7,91 bác sĩ;',
      { op: '>=', value: 7.91, unit: 'bác sĩ' },
      'đạt',
      false,
      'đạt 7,91 bác sĩ',
    ],
    [
      '- (17) Tỷ lệ hộ nghèo toàn tỉnh giảm 1,58 - 1,6%',
      { op: 'between', min: 1.58, max: 1.6, unit: '%' },
      'giảm',
      false, // the size of the fall: a bigger fall is better
      'giảm 1,58 - 1,6%',
    ],
    [
      '- (24) Có khoảng 95% xã, phường, thị trấn đạt tiêu chuẩn vững mạnh về quốc phòng',
      { op: 'approx', value: 95, unit: '%' },
      'khoảng',
      false,
      'khoảng 95%',
    ],
    [
      '- (26) Duy trì tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ từ 80% trở lên, trong đó có khoảng 20% tổ chức',
      { op: '>=', value: 80, unit: '%' },
      'từ … trở lên',
      false,
      'từ 80% trở lên',
    ],
    [
      'Kế hoạch đề ra là từ -3,5% đến -3%.',
      { op: 'between', min: -3.5, max: -3, unit: '%' },
      'từ',
      false,
      'từ -3,5% đến -3%',
    ],
    // the other qualifiers
    ['ít nhất 80%', { op: '>=', value: 80, unit: '%' }, 'ít nhất', false, 'ít nhất 80%'],
    [
      'tối thiểu 50 người',
      { op: '>=', value: 50, unit: 'người' },
      'tối thiểu',
      false,
      'tối thiểu 50 người',
    ],
    ['không quá 5%', { op: '<=', value: 5, unit: '%' }, 'không quá', true, 'không quá 5%'],
    [
      'tối đa 30 học sinh/lớp',
      { op: '<=', value: 30, unit: 'học sinh/lớp' },
      'tối đa',
      true,
      'tối đa 30 học sinh/lớp',
    ],
    ['không dưới 90%', { op: '>=', value: 90, unit: '%' }, 'không dưới', false, 'không dưới 90%'],
    [
      'không để sai sót dữ liệu quá 2%',
      { op: '<=', value: 2, unit: '%' },
      'không để sai sót dữ liệu quá',
      true,
      'không để sai sót dữ liệu quá 2%',
    ],
    [
      'không để tỷ lệ hộ tái nghèo vượt quá 1%',
      { op: '<=', value: 1, unit: '%' },
      'không để tỷ lệ hộ tái nghèo vượt quá',
      true,
      'không để tỷ lệ hộ tái nghèo vượt quá 1%',
    ],
    [
      'hơn 1.000 lao động',
      { op: '>', value: 1000, unit: 'lao động' },
      'hơn',
      false,
      'hơn 1.000 lao động',
    ],
    ['giảm xuống 10%', { op: '<=', value: 10, unit: '%' }, 'giảm xuống', true, 'giảm xuống 10%'],
    ['dưới 2%', { op: '<', value: 2, unit: '%' }, 'dưới', true, 'dưới 2%'],
    ['5% trở xuống', { op: '<=', value: 5, unit: '%' }, 'trở xuống', true, '5% trở xuống'],
    ['≥ 95%', { op: '>=', value: 95, unit: '%' }, '≥', false, '≥ 95%'],
    ['= 100%', { op: '=', value: 100, unit: '%' }, '=', false, '= 100%'],
    ['DAT TREN 95%', { op: '>', value: 95, unit: '%' }, 'DAT TREN', false, 'DAT TREN 95%'],
  ])('%j', (text, target, qualifier, lowerIsBetter, phrase) => {
    const parsed = parseTarget(text);
    expect(parsed).toEqual({
      target,
      lowerIsBetter,
      text: phrase,
      ...(qualifier === undefined ? {} : { qualifier }),
    });
  });

  it.each([
    'abc',
    '',
    'năm 2025',
    'giai đoạn 2021 - 2030',
    'trước ngày 30/6/2024',
    'Chỉ thị số 32-CT/TW',
  ])('%j sets no target', (text) => {
    expect(parseTarget(text)).toBeUndefined();
  });

  it('reads a target written with NFD diacritics', () => {
    expect(parseTarget('đạt trên 99,1%'.normalize('NFD'))?.target).toEqual({
      op: '>',
      value: 99.1,
      unit: '%',
    });
  });

  it('finds both targets of "đạt 84,3% vào năm 2025 và 85% vào năm 2030"', () => {
    const text =
      'Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em đạt 84,3% vào năm 2025 và 85% vào năm 2030';
    const found = findTargets(text);
    expect(found.map((t) => [t.text, t.target])).toEqual([
      ['đạt 84,3%', { op: '>=', value: 84.3, unit: '%' }],
      ['85%', { op: '>=', value: 85, unit: '%' }],
    ]);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each<[string, Target['op']]>([
    ['đạt', '>='],
    ['trên', '>'],
    ['dưới', '<'],
    ['ít nhất', '>='],
    ['không quá', '<='],
    ['khoảng', 'approx'],
    ['còn', '<='],
  ])('"%s X%%" reads back X for any number', (word, op) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.integer({ min: 0, max: 2 }),
        (units, decimals) => {
          const n = units / 10 ** decimals;
          expect(parseTarget(`${word} ${formatViNumber(n)}%`)?.target).toEqual({
            op,
            value: n,
            unit: '%',
          });
        },
      ),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseTarget(s);
        findTargets(s);
      }),
    );
  });
});

describe('evaluateTarget', () => {
  const tol = { tolerance: 0.05 };
  it.each<
    [string, Target, number, { tolerance: number; lowerIsBetter?: boolean }, TargetOutcome, number]
  >([
    ['đạt 84,3%: below', { op: '>=', value: 84.3 }, 80, tol, 'unmet', 4.3],
    ['đạt 84,3%: on it', { op: '>=', value: 84.3 }, 84.3, tol, 'met', 0],
    ['đạt 84,3%: from a percent cell', { op: '>=', value: 84.3 }, 0.843 * 100, tol, 'met', 0],
    ['đạt 84,3%: above', { op: '>=', value: 84.3 }, 90, tol, 'exceeded', 5.7],
    // strictly better than the bound: exceeded (DESIGN.md; docs/decisions/0010)
    ['trên 95%: above', { op: '>', value: 95 }, 99, tol, 'exceeded', 4],
    ['trên 95%: on it', { op: '>', value: 95 }, 95, tol, 'unmet', 0],
    ['dưới 15%: below', { op: '<', value: 15 }, 12, tol, 'exceeded', 3],
    ['dưới 15%: on it', { op: '<', value: 15 }, 15, tol, 'unmet', 0],
    ['còn 3%: on it', { op: '<=', value: 3 }, 3, tol, 'met', 0],
    ['còn 3%: below', { op: '<=', value: 3 }, 2.5, tol, 'exceeded', 0.5],
    ['còn 3%: above', { op: '<=', value: 3 }, 3.4, tol, 'unmet', 0.4],
    [
      'tối đa 30 (not lower-is-better): below',
      { op: '<=', value: 30 },
      25,
      { tolerance: 0.05, lowerIsBetter: false },
      'met',
      5,
    ],
    ['= 100: on it', { op: '=', value: 100 }, 100, tol, 'met', 0],
    ['= 100: off', { op: '=', value: 100 }, 99, tol, 'unmet', 1],
    ['khoảng 80%: inside the band', { op: 'approx', value: 80 }, 77, tol, 'met', 3],
    ['khoảng 80%: on the edge', { op: 'approx', value: 80 }, 76, tol, 'met', 4],
    ['khoảng 80%: below the band', { op: 'approx', value: 80 }, 75, tol, 'unmet', 5],
    ['khoảng 80%: above the band', { op: 'approx', value: 80 }, 90, tol, 'exceeded', 10],
    [
      'còn khoảng 32,1%: below the band',
      { op: 'approx', value: 32.1 },
      28,
      { tolerance: 0.05, lowerIsBetter: true },
      'exceeded',
      4.1,
    ],
    [
      'còn khoảng 32,1%: above the band',
      { op: 'approx', value: 32.1 },
      40,
      { tolerance: 0.05, lowerIsBetter: true },
      'unmet',
      7.9,
    ],
    ['2,5 - 3%: inside', { op: 'between', min: 2.5, max: 3 }, 2.8, tol, 'met', 0],
    ['2,5 - 3%: on min', { op: 'between', min: 2.5, max: 3 }, 2.5, tol, 'met', 0],
    ['2,5 - 3%: below', { op: 'between', min: 2.5, max: 3 }, 2.1, tol, 'unmet', 0.4],
    ['2,5 - 3%: above', { op: 'between', min: 2.5, max: 3 }, 3.2, tol, 'exceeded', 0.2],
    [
      'a falling range: below',
      { op: 'between', min: 1, max: 2 },
      0.5,
      { tolerance: 0.05, lowerIsBetter: true },
      'exceeded',
      0.5,
    ],
    [
      'a falling range: above',
      { op: 'between', min: 1, max: 2 },
      2.5,
      { tolerance: 0.05, lowerIsBetter: true },
      'unmet',
      0.5,
    ],
    ['kết nạp 1.967/1.910 đảng viên', { op: '>=', value: 1910 }, 1967, tol, 'exceeded', 57],
  ])('%s', (_name, target, actual, options, outcome, distance) => {
    const r = evaluateTarget(target, actual, options);
    expect(r.outcome).toBe(outcome);
    expect(r.distance).toBe(distance);
  });

  it('says what was expected, with the band of an approximate target', () => {
    expect(
      evaluateTarget({ op: 'approx', value: 80, unit: '%' }, 70, { tolerance: 0.05 }).expected,
    ).toEqual({
      vi: 'khoảng 80% (±5%: từ 76 đến 84%)',
      en: 'about 80% (±5%: 76 to 84%)',
    });
    expect(
      evaluateTarget({ op: '>=', value: 84.3, unit: '%' }, 70, { tolerance: 0.05 }).expected,
    ).toEqual({
      vi: '≥ 84,3%',
      en: 'at least 84.3%',
    });
  });

  const targets: fc.Arbitrary<Target> = fc.oneof(
    fc.record({
      op: fc.constantFrom('>=', '>', '<=', '<', '=', 'approx') as fc.Arbitrary<
        Exclude<Target['op'], 'between'>
      >,
      value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    }),
    fc
      .tuple(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      )
      .map(([a, b]): Target => ({ op: 'between', min: Math.min(a, b), max: Math.max(a, b) })),
  );

  it('is unmet exactly when the value breaks a bound, and the distance is never negative', () => {
    fc.assert(
      fc.property(
        targets,
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.boolean(),
        (target, actual, lower) => {
          const r = evaluateTarget(target, actual, { tolerance: 0.05, lowerIsBetter: lower });
          expect(r.distance).toBeGreaterThanOrEqual(0);
          const eps = 1e-9 * Math.max(1, Math.abs(actual));
          if (target.op === '>=' && actual < target.value - eps) expect(r.outcome).toBe('unmet');
          if (target.op === '>=' && actual > target.value + eps)
            expect(r.outcome).not.toBe('unmet');
          if (target.op === '<=' && actual > target.value + eps) expect(r.outcome).toBe('unmet');
          if (target.op === 'between' && actual >= target.min && actual <= target.max) {
            expect(r).toMatchObject({ outcome: 'met', distance: 0 });
          }
          // a strict bound is never met on itself, and beyond it on the better side is exceeded
          if (target.op === '>' && Math.abs(actual - target.value) <= eps)
            expect(r.outcome).toBe('unmet');
          if (target.op === '>' && actual > target.value + eps)
            expect(r.outcome).toBe(lower ? 'met' : 'exceeded');
          if (target.op === '<' && actual < target.value - eps)
            expect(r.outcome).toBe(lower ? 'exceeded' : 'met');
        },
      ),
    );
  });
});

describe('describeTarget', () => {
  it.each<[Target, string | undefined, string, string]>([
    [{ op: '>=', value: 84.3, unit: '%' }, undefined, '≥ 84,3%', 'at least 84.3%'],
    [
      { op: '>', value: 9, unit: 'bác sĩ/vạn dân' },
      undefined,
      '> 9 bác sĩ/vạn dân',
      'more than 9 bác sĩ/vạn dân',
    ],
    [{ op: '<', value: 15 }, '%', '< 15%', 'less than 15%'],
    [{ op: '<=', value: 3, unit: '%' }, undefined, '≤ 3%', 'at most 3%'],
    [{ op: '=', value: 100, unit: '%' }, undefined, '= 100%', 'exactly 100%'],
    [{ op: 'approx', value: 4460, unit: 'USD' }, undefined, 'khoảng 4.460 USD', 'about 4,460 USD'],
    [{ op: 'between', min: 2.5, max: 3, unit: '%' }, undefined, 'từ 2,5 đến 3%', 'from 2.5 to 3%'],
    [
      { op: 'between', min: 38000, max: 39000 },
      'tỷ đồng',
      'từ 38.000 đến 39.000 tỷ đồng',
      'from 38,000 to 39,000 tỷ đồng',
    ],
    [
      { op: 'between', min: 8, max: 10, unit: '%/năm' },
      undefined,
      'từ 8 đến 10%/năm',
      'from 8 to 10%/năm',
    ],
  ])('%j', (target, unit, vi, en) => {
    expect(describeTarget(target, unit)).toEqual({ vi, en });
  });
});

describe('relativeBase', () => {
  it.each([
    ['Giảm 10% so với năm 2023', 'năm 2023'],
    ['Tăng 8% so với cùng kỳ', 'cùng kỳ'],
    ['tăng 5 - 7% so cùng kỳ năm trước', 'cùng kỳ năm trước'],
    ['Giảm ít nhất 5% SO VỚI NĂM 2020.', 'NĂM 2020'],
    ['Giảm còn 2,5', undefined],
    ['Trên 95%', undefined],
    ['Sơ kết 6 tháng', undefined],
    // typed with no marks, as an export or a hurried clerk leaves it: the base as written
    ['Giam 10% so voi nam 2023', 'nam 2023'],
    ['Tang 12% so cung ky', 'cung ky'],
    ['So ket 6 thang', undefined],
  ])('%j → %j', (text, base) => {
    expect(relativeBase(text)).toBe(base);
  });
});

describe('relativeChange and targetFromBase', () => {
  it.each<[string, number, ReturnType<typeof targetFromBase> | undefined]>([
    ['Giảm 5% so với năm 2023', 40, { op: '<=', value: 38 }],
    ['Tăng 10% so với năm 2023', 200, { op: '>=', value: 220 }],
    ['Kéo giảm từ 5% trở lên so với năm 2023', 20, { op: '<=', value: 19 }],
    ['tăng ít nhất 8,5% so với cùng kỳ', 1000, { op: '>=', value: 1085 }],
    ['Giảm 5 vụ so với năm 2023', 40, { op: '<=', value: 35 }],
    // a range of change, or no base: nothing to reach is made up
    ['tăng 5 - 7% so cùng kỳ năm trước', 100, undefined],
    ['Giảm còn 2,5', 4, undefined],
    ['Giam 5% so voi nam 2023', 60, { op: '<=', value: 57 }],
    ['Keo giam tu 10% tro len so voi nam truoc', 30, { op: '<=', value: 27 }],
    ['Phan dau tang 4 xa so voi nam 2024', 12, { op: '>=', value: 16 }],
    ['Giam con 2,5', 4, undefined],
  ])('%j from %d → %j', (text, base, target) => {
    const change = relativeChange(text);
    expect(change === undefined ? undefined : targetFromBase(change, base)).toEqual(target);
  });
});

describe('readVerdict', () => {
  it.each([
    ['Đạt', 'met'],
    ['Đạt chuẩn', 'met'],
    ['đạt yêu cầu.', 'met'],
    ['Hoàn thành', 'met'],
    ['Chưa đạt', 'unmet'],
    ['Không đạt chuẩn', 'unmet'],
    ['Chua dat', 'unmet'],
    ['Chưa hoàn thành', 'unmet'],
    ['Đạt 95%', undefined],
    ['Đang thực hiện', undefined],
    ['Đạt chuẩn nông thôn mới', undefined],
  ] as const)('%s → %s', (text, verdict) => {
    expect(readVerdict(text)).toBe(verdict);
  });
});

describe('readCountOfTotal', () => {
  it.each([
    ['10/12', { count: 10, total: 12 }],
    ['11 / 12', { count: 11, total: 12 }],
    ['8/8 xã', { count: 8, total: 8 }],
    ['12/10', undefined], // a day and a month, or nonsense: never a count above its total
    ['15/10/2024', undefined],
    ['0/0', undefined],
    ['1,5/2', undefined],
  ] as const)('%s → %j', (text, read) => {
    expect(readCountOfTotal(text)).toEqual(read);
  });
});

describe("targetInName: a target closing an indicator's name", () => {
  it.each([
    ['Thu nhập bình quân đầu người đạt 62 triệu đồng/người/năm', '>=', 62],
    ['Tổng giá trị sản xuất tăng 8,5% trở lên', '>=', 8.5],
    ['Tỷ lệ hộ nghèo giảm còn dưới 2,5%', '<', 2.5],
    ['Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%', '>', 95],
    // …or opening it, before what it counts, as an association's year targets are written
    ["Phấn đấu 95% hộ gia đình hội viên đạt tiêu chí gia đình '5 không, 3 sạch'", '>=', 95],
    ['Giúp 15 hộ phụ nữ nghèo thoát nghèo', '>=', 15],
    ['Kết nạp mới 120 hội viên', '>=', 120],
    ['100% chi hội tổ chức sinh hoạt định kỳ hằng tháng', '>=', 100],
    // spaces as cells hold them: typed twice, a no-break space pasted from a web page, a line
    // break typed inside the cell (Alt+Enter)
    ['Tỷ lệ xã đạt chuẩn nông thôn mới  đạt  từ 60%  trở lên', '>=', 60],
    ['Tỷ lệ lao động qua đào tạo\u00a0đạt\u00a0trên\u00a072%', '>', 72],
    ['Tỷ lệ hộ dùng nước sạch đạt\n98%', '>=', 98],
  ])('%j', (name, op, value) => {
    expect(targetInName(name)?.target).toMatchObject({ op, value });
  });

  it.each([
    'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', // a figure inside the name
    'Số trường đạt chuẩn quốc gia', // no figure
    'Diện tích lúa 1.250 ha', // a figure with no qualifier
    'Giảm 3% số hộ hội viên nghèo so với đầu năm', // a change: its base is not in the name
    'Tăng 5% số hội viên so với năm 2023',
  ])('%j has none', (name) => {
    expect(targetInName(name)).toBeUndefined();
  });
});
