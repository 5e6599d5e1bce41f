import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  looksLikeAgencyName,
  agencyKey,
  agencyLevels,
  agencySimilarity,
  createAgencyMatcher,
  expandAgencyAbbreviations,
  AGENCY_ABBREVIATIONS,
  namesPlaceOf,
} from './agencies.js';
import { removeDiacritics } from './text.js';
import type { AgencyDef, AgencyMatchHow } from './agencies.js';

/** The agencies of seed 001 (Lai Châu district plan) and seed 002 (Thạch Hà), as a pack lists them. */
const AGENCIES: AgencyDef[] = [
  { id: 'ubnd-huyen', name: 'Ủy ban nhân dân huyện' },
  { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh' },
  { id: 'hdnd-huyen', name: 'Hội đồng nhân dân huyện' },
  { id: 'ubmttq-huyen', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện' },
  { id: 'btg-hu', name: 'Ban Tuyên giáo Huyện ủy' },
  { id: 'btg-tu', name: 'Ban Tuyên giáo Tỉnh ủy' },
  { id: 'vp-hu', name: 'Văn phòng Huyện ủy' },
  { id: 'vp-tu', name: 'Văn phòng Tỉnh ủy' },
  { id: 'ubkt-hu', name: 'Ủy ban Kiểm tra Huyện ủy' },
  { id: 'btv-hu', name: 'Ban Thường vụ Huyện ủy' },
  { id: 'tt-hu', name: 'Thường trực Huyện ủy' },
  { id: 'huyen-uy', name: 'Huyện ủy' },
  { id: 'ttvhtt', name: 'Trung tâm Văn hóa thể thao và Truyền thông huyện' },
  {
    id: 'doan-the',
    name: 'UBMTTQ và các đoàn thể huyện',
    aliases: ['Mặt trận và các đoàn thể huyện'],
  },
  { id: 'co-so', name: 'Các chi, đảng bộ cơ sở', aliases: ['chi bộ, đảng bộ cơ sở'] },
  { id: 'ldtbxh', name: 'Phòng Lao động - Thương binh và Xã hội' },
  { id: 'gddt', name: 'Phòng Giáo dục và Đào tạo' },
  { id: 'huyen-doan', name: 'Huyện đoàn', aliases: ['Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện'] },
  { id: 'hnd-huyen', name: 'Hội Nông dân huyện' },
  { id: 'lhpn-huyen', name: 'Hội Liên hiệp Phụ nữ huyện' },
];

const matcher = createAgencyMatcher(AGENCIES);

describe('agencyKey', () => {
  it.each<[string, string]>([
    ['UBND huyện', 'uy ban nhan dan huyen'],
    ['Uỷ ban nhân dân Huyện', 'uy ban nhan dan huyen'],
    ['UBMTTQ huyện', 'uy ban mat tran to quoc huyen'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'uy ban mat tran to quoc huyen'],
    ['BTG Huyện ủy', 'ban tuyen giao huyen uy'],
    ['BTGHU', 'ban tuyen giao huyen uy'],
    ['VPHU', 'van phong huyen uy'],
    ['UBKTHU', 'uy ban kiem tra huyen uy'],
    ['BTV TU', 'ban thuong vu tinh uy'],
    ['Trung tâm VH TT&TT huyện', 'trung tam van hoa the thao truyen thong huyen'],
    ['Trung tâm VH-TT&TT huyện', 'trung tam van hoa the thao truyen thong huyen'],
    ['Trung tâm VHTT&TT huyện', 'trung tam van hoa the thao truyen thong huyen'],
    [
      'Trung tâm Văn hoá, Thể thao và Truyền thông huyện',
      'trung tam van hoa the thao truyen thong huyen',
    ],
    ['Phòng LĐ-TB&XH', 'phong lao dong thuong binh xa hoi'],
    ['Phòng GD&ĐT', 'phong giao duc dao tao'],
    ['Phòng GD&DT', 'phong giao duc dao tao'],
    ['HĐND huyện', 'hoi dong nhan dan huyen'],
    ['Hội LHPN huyện', 'lien hiep phu nu huyen'],
    ['ĐTNCS Hồ Chí Minh huyện', 'doan thanh nien huyen'],
    ['Các chi, đảng bộ cơ sở', 'chi dang bo co so'],
    // lower-case syllables are never taken for abbreviations
    ['Bộ Tư pháp', 'bo tu phap'],
    ['Sở Tư pháp', 'so tu phap'],
    ['hu hỏng', 'hu hong'],
  ])('%j → %j', (text, key) => {
    expect(agencyKey(text)).toBe(key);
  });

  it('expands abbreviations into readable Vietnamese', () => {
    expect(expandAgencyAbbreviations('Lưu VPHU, BTGHU.')).toBe(
      'Lưu Văn phòng Huyện ủy , Ban Tuyên giáo Huyện ủy .',
    );
  });
});

describe('agencyLevels', () => {
  it.each<[string, string[]]>([
    ['Ủy ban nhân dân huyện', ['huyen']],
    ['UBND tỉnh', ['tinh']],
    ['BTGHU', ['huyen']],
    ['Ban Tuyên giáo Tỉnh ủy', ['tinh']],
    ['Thành ủy Quảng Ngãi', ['thanh pho']],
    ['UBND thị xã', ['thi xa']],
    ['Đảng ủy xã', ['xa']],
    ['Phòng Lao động - Thương binh và Xã hội', []], // "xã hội" is no level
    ['Ủy ban Kiểm tra Trung ương', ['trung uong']],
    ['UBND huyen', ['huyen']], // typed without diacritics
  ])('%j → %j', (text, levels) => {
    expect(agencyLevels(text)).toEqual(levels);
  });
});

describe('the Front and the associations of a commune, as a log writes them', () => {
  const matcher = createAgencyMatcher(
    [
      'Ủy ban MTTQ Việt Nam xã Hòa Hải',
      'Ủy ban MTTQ Việt Nam xã Phúc Đồng',
      'Ủy ban MTTQ Việt Nam thị trấn Phố Châu',
      'Hội Nông dân xã Thạch Liên',
      'Hội Nông dân xã Thạch Kênh',
    ].map((name) => ({ id: name, name })),
  );

  it.each([
    ['MTTQ xã Hòa Hải', 'Ủy ban MTTQ Việt Nam xã Hòa Hải'],
    ['UBMTTQVN xã Phúc Đồng', 'Ủy ban MTTQ Việt Nam xã Phúc Đồng'],
    ['Mặt trận TT Phố Châu', 'Ủy ban MTTQ Việt Nam thị trấn Phố Châu'],
  ])('%j is %j', (text, name) => {
    expect(matcher.match(text)).toMatchObject({ agency: { name }, confidence: 1 });
  });

  it('reads "Hội ND" as Hội Nông dân, the level word left out', () => {
    expect(matcher.match('Hội ND Thạch Liên')?.agency.name).toBe('Hội Nông dân xã Thạch Liên');
  });

  it.each([
    ['Hội ND huyện', 'nong dan huyen'],
    ['Hội PN xã Kỳ Tân', 'lien hiep phu nu xa ky tan'],
    ['HPN xã Kỳ Xuân', 'lien hiep phu nu xa ky xuan'],
    ['HLHPN xã Kỳ Phong', 'lien hiep phu nu xa ky phong'],
    ['Phụ nữ xã Kỳ Tiến', 'lien hiep phu nu xa ky tien'],
    ['Hội Phụ nữ thị trấn Kỳ Đồng', 'lien hiep phu nu thi tran ky dong'],
    ['Hội Liên hiệp Phụ nữ xã Kỳ Tiến', 'lien hiep phu nu xa ky tien'],
    ['UBND X. Cẩm Bình', 'uy ban nhan dan xa cam binh'],
    // "K." is a hospital's department before its name
    ['K. Hồi sức cấp cứu', 'khoa hoi suc cap cuu'],
    ['K.Truyền nhiễm', 'khoa truyen nhiem'],
    ['MTTQ huyện', 'uy ban mat tran to quoc huyen'],
    ['Mặt trận TT Phố Châu', 'uy ban mat tran to quoc thi tran pho chau'],
    ['Ủy ban MTTQ Việt Nam xã Hòa Hải', 'uy ban mat tran to quoc xa hoa hai'],
  ])('agencyKey(%j) is %j', (text, key) => {
    expect(agencyKey(text)).toBe(key);
  });
});

describe('match', () => {
  it.each<[string, string, AgencyMatchHow]>([
    ['UBMTTQ huyện', 'ubmttq-huyen', 'abbreviation'],
    ['Ủy ban Mặt trận Tổ quốc huyện', 'ubmttq-huyen', 'exact'],
    ['BTG Huyện ủy', 'btg-hu', 'abbreviation'],
    ['BTGHU', 'btg-hu', 'abbreviation'],
    ['VPHU', 'vp-hu', 'abbreviation'],
    ['UBKTHU', 'ubkt-hu', 'abbreviation'],
    ['Trung tâm VH TT&TT huyện', 'ttvhtt', 'abbreviation'],
    ['UBND huyện', 'ubnd-huyen', 'abbreviation'],
    ['UBND tỉnh', 'ubnd-tinh', 'abbreviation'],
    ['HĐND huyện', 'hdnd-huyen', 'abbreviation'],
    ['Ủy ban nhân dân huyện', 'ubnd-huyen', 'exact'],
    ['Uỷ ban nhân dân Huyện', 'ubnd-huyen', 'exact'],
    ['Ủy ban nhân dân huyện'.normalize('NFD'), 'ubnd-huyen', 'exact'],
    ['  ỦY BAN NHÂN DÂN   HUYỆN ', 'ubnd-huyen', 'exact'],
    ['Uy ban nhan dan huyen', 'ubnd-huyen', 'exact'],
    ['Uỷ ban nhân dân huỵen', 'ubnd-huyen', 'exact'], // a misplaced tone mark folds away
    // "Mặt trận" is the Front's committee: the alias "Mặt trận và các đoàn thể huyện" says it
    ['Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện', 'doan-the', 'alias'],
    ['Mặt trận và các đoàn thể huyện', 'doan-the', 'alias'],
    ['chi bộ, đảng bộ cơ sở', 'co-so', 'alias'],
    ['Phòng LĐ-TB&XH', 'ldtbxh', 'abbreviation'],
    ['Phòng GD&ĐT', 'gddt', 'abbreviation'],
    ['Đoàn TNCS Hồ Chí Minh huyện', 'huyen-doan', 'abbreviation'],
    ['Hội LHPN huyện', 'lhpn-huyen', 'abbreviation'],
    ['Hội Liên hiệp Phụ nữ Việt Nam huyện', 'lhpn-huyen', 'exact'],
  ])('%j is %s (%s)', (text, id, how) => {
    expect(matcher.match(text)).toMatchObject({ agency: { id }, how, confidence: 1 });
  });

  it.each<[string, string]>([
    ['Ban Tuyên gáo Huyện ủy', 'btg-hu'],
    ['Ban Tuyen giao Huyen uyy', 'btg-hu'],
    ['Uỷ ban nhân dân huyệnn', 'ubnd-huyen'],
    ['Trung tâm Văn hóa - Thể thao huyện', 'ttvhtt'],
    ['Phòng Giáo dục Đào tạo huyện', 'gddt'], // the pack's name has no level
  ])('%j is a fuzzy match of %s with confidence below 1', (text, id) => {
    const m = matcher.match(text);
    expect(m).toMatchObject({ agency: { id }, how: 'fuzzy' });
    expect(m?.confidence).toBeGreaterThanOrEqual(0.75);
    expect(m?.confidence).toBeLessThan(1);
  });

  it.each([
    'Sở Tài chính',
    'Bộ Tư pháp',
    'Công ty TNHH Minh Phát',
    'Văn phòng UBND huyện', // the office of the people's committee is not the committee
    'Ban Dân vận Huyện ủy',
    'Ủy ban nhân dân', // the district's or the province's: ambiguous, no guess
    'Ủy ban nhân dân xã', // the wrong level
    'Ban Tuyên giáo Thành ủy',
    '',
    '   ',
    '—',
  ])('%j matches nothing', (text) => {
    expect(matcher.match(text)).toBeUndefined();
  });

  it('never matches a district body to a provincial one', () => {
    const onlyProvince = createAgencyMatcher([
      { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh' },
      { id: 'btg-tu', name: 'Ban Tuyên giáo Tỉnh ủy' },
    ]);
    for (const text of [
      'Ủy ban nhân dân huyện',
      'UBND huyện',
      'Ban Tuyên giáo Huyện ủy',
      'BTGHU',
      'Uy ban nhan dan huyen',
    ]) {
      expect(onlyProvince.match(text)).toBeUndefined();
    }
    expect(agencySimilarity('Ủy ban nhân dân huyện', 'Ủy ban nhân dân tỉnh')).toBe(0);
  });
});

describe('split and matchAll', () => {
  it('splits the cell of seed 001 into its three addressees', () => {
    const cell =
      'Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện; Các chi, đảng bộ cơ sở; Trung tâm Văn hóa thể thao và Truyền thông huyện';
    expect(matcher.matchAll(cell).map((m) => m.agency.id)).toEqual(['doan-the', 'co-so', 'ttvhtt']);
  });

  it('keeps "chi, đảng bộ cơ sở" and "Văn hóa thể thao và Truyền thông" whole', () => {
    const parts = matcher.split(
      'UBMTTQ và các đoàn thể huyện; các chi, đảng bộ cơ sở, Trung tâm VH TT&TT huyện',
    );
    expect(parts.map((p) => [p.text, p.match?.agency.id])).toEqual([
      ['UBMTTQ và các đoàn thể huyện', 'doan-the'],
      ['các chi, đảng bộ cơ sở', 'co-so'],
      ['Trung tâm VH TT&TT huyện', 'ttvhtt'],
    ]);
  });

  it('reads the list of recipients of seed 001 line by line', () => {
    const cell = [
      '- Thường trực Tỉnh ủy,',
      '- Ban Tuyên giáo Tỉnh ủy,',
      '- Thường trực Huyện ủy,',
      '- Ủy ban nhân dân huyện,',
      '- Ban Tuyên giáo Huyện ủy,',
      '- UBMTTQ và các đoàn thể huyện,',
      '- Trung tâm VH TT&TT huyện,',
      '- Các chi, đảng bộ cơ sở,',
    ].join('\n');
    expect(matcher.split(cell).map((p) => [p.text, p.match?.agency.id])).toEqual([
      ['Thường trực Tỉnh ủy', undefined], // not in this pack: an unknown agency, reported
      ['Ban Tuyên giáo Tỉnh ủy', 'btg-tu'],
      ['Thường trực Huyện ủy', 'tt-hu'],
      ['Ủy ban nhân dân huyện', 'ubnd-huyen'],
      ['Ban Tuyên giáo Huyện ủy', 'btg-hu'],
      ['UBMTTQ và các đoàn thể huyện', 'doan-the'],
      ['Trung tâm VH TT&TT huyện', 'ttvhtt'],
      ['Các chi, đảng bộ cơ sở', 'co-so'],
    ]);
  });

  it('joins a name wrapped by hand over two lines, and keeps one unit per line apart', () => {
    // a line break typed (Alt+Enter) inside a long name leaves a level word, or a part that is no
    // unit, alone on a line
    expect(
      matcher.split('Ban Tuyên giáo\nHuyện ủy').map((p) => [p.text, p.match?.agency.id]),
    ).toEqual([['Ban Tuyên giáo Huyện ủy', 'btg-hu']]);
    expect(matcher.split('Ủy ban nhân dân\nhuyện').map((p) => p.match?.agency.id)).toEqual([
      'ubnd-huyen',
    ]);
    // not known, still one name: "Ban Dân vận" above "Huyện ủy" is no list of two
    expect(matcher.split('Ban Dân vận\nHuyện ủy').map((p) => p.text)).toEqual([
      'Ban Dân vận Huyện ủy',
    ]);
    // two units, one per line
    expect(
      matcher.split('Văn phòng Huyện ủy\nỦy ban nhân dân huyện').map((p) => p.match?.agency.id),
    ).toEqual(['vp-hu', 'ubnd-huyen']);
  });

  it('splits on "và", "," and "/" between names', () => {
    const found = matcher.matchAll(
      'Ủy ban nhân dân huyện, Ban Tuyên giáo Huyện ủy và Văn phòng Huyện ủy/UBKTHU',
    );
    expect(found.map((m) => m.agency.id)).toEqual(['ubnd-huyen', 'btg-hu', 'vp-hu', 'ubkt-hu']);
  });

  it('gives a shared level tail to the names before it, as a guess', () => {
    // seed 002: "Ban Tuyên giáo, Văn phòng Tỉnh ủy" is both bodies of the Tỉnh ủy
    const parts = matcher.split('Ban Tuyên giáo, Văn phòng Tỉnh ủy');
    expect(parts.map((p) => [p.text, p.match?.agency.id, p.match?.how])).toEqual([
      ['Ban Tuyên giáo', 'btg-tu', 'fuzzy'],
      ['Văn phòng Tỉnh ủy', 'vp-tu', 'exact'],
    ]);
    expect(parts[0]?.match?.confidence).toBeLessThan(1);
  });

  it('lists each agency once', () => {
    expect(matcher.matchAll('UBND huyện; Ủy ban nhân dân huyện').map((m) => m.agency.id)).toEqual([
      'ubnd-huyen',
    ]);
  });
});

describe('properties', () => {
  const names = AGENCIES.map((a) => a.name);

  const disguise = (name: string, cases: boolean[], nfd: boolean, spaces: number[]): string => {
    let i = 0;
    const cased = [...name]
      .map((ch) => (cases[i++ % cases.length] ? ch.toUpperCase() : ch.toLowerCase()))
      .join('');
    let j = 0;
    const spaced = cased.split(' ').join(' '.repeat(1 + ((spaces[j++ % spaces.length] ?? 0) % 3)));
    const padded = `${' '.repeat(spaces[0] ?? 0)}${spaced}${' '.repeat(spaces[1] ?? 0)}`;
    return nfd ? padded.normalize('NFD') : padded;
  };

  it('every agency name matches itself exactly after case changes, NFD and extra spaces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: AGENCIES.length - 1 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 10 }),
        (index, cases, nfd, spaces) => {
          const agency = AGENCIES[index]!;
          const m = matcher.match(disguise(agency.name, cases, nfd, spaces));
          expect(m?.agency.id).toBe(agency.id);
          expect(m?.confidence).toBe(1);
          expect(m?.how).toBe('exact');
        },
      ),
    );
  });

  it('similarity is symmetric and within 0..1', () => {
    const text = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ab = agencySimilarity(a, b);
        expect(ab).toBe(agencySimilarity(b, a));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('a fuzzy match of one name to another goes both ways', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...names), (a, b) => {
        const forward = createAgencyMatcher([{ id: 'b', name: b }]).match(a);
        const backward = createAgencyMatcher([{ id: 'a', name: a }]).match(b);
        // a part of a body stands for the body, not the other way (one-way by design: "Thường
        // trực Huyện ủy" sends for the Huyện ủy, "BPMC xã …" for the UBND; a line "Huyện ủy" is
        // neither part)
        if (
          [forward?.how, backward?.how].some((h) => h === 'standing-body' || h === 'one-stop-desk')
        )
          return;
        expect(forward === undefined).toBe(backward === undefined);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        matcher.match(s);
        matcher.matchAll(s);
        matcher.split(s);
        agencyKey(s);
        agencyLevels(s);
      }),
    );
  });
});

describe('abbreviations read in context', () => {
  it.each([
    ['ĐU TT Than Uyên', 'Đảng ủy thị trấn Than Uyên'],
    ['UBND TT Phong Thổ', 'Ủy ban nhân dân thị trấn Phong Thổ'],
    ['TT Văn hóa - Thể thao huyện', 'Trung tâm Văn hóa - Thể thao huyện'],
    ['TT Y tế huyện', 'Trung tâm Y tế huyện'],
    ['TT Bồi dưỡng chính trị huyện', 'Trung tâm Bồi dưỡng chính trị huyện'],
    ['TT HU', 'Thường trực Huyện ủy'],
    ['TT HĐND huyện', 'Thường trực Hội đồng nhân dân huyện'],
    ['Hội CCB', 'Hội Cựu chiến binh'],
    ['HLHPN huyện', 'Hội Liên hiệp Phụ nữ huyện'],
    // a centre's field glued to "TT" or after it
    ['TTYT huyện', 'Trung tâm Y tế huyện'],
    ['TT YT Mường Tè', 'Trung tâm Y tế Mường Tè'],
    ['TTVH-TT&TT huyện', 'Trung tâm Văn hóa thể thao và Truyền thông huyện'],
    ['TTBDCT huyện', 'Trung tâm Bồi dưỡng chính trị huyện'],
    ['TTGDNN-GDTX huyện', 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện'],
    ['TTPTQĐ huyện', 'Trung tâm Phát triển quỹ đất huyện'],
    ['TTHU', 'Thường trực Huyện ủy'], // a standing body, not a centre
    // "ĐB" is a Party committee only before the unit's kind or level
    ['ĐB xã Nhị Long', 'Đảng bộ xã Nhị Long'],
    ['ĐB Quân sự huyện', 'Đảng bộ Quân sự huyện'],
    ['ĐB TT Càng Long', 'Đảng bộ thị trấn Càng Long'],
    ['Khách mời ĐB', 'Khách mời ĐB'],
    // …or before the organisation whose Party committee it is
    ['ĐB Sở Tư pháp', 'Đảng bộ Sở Tư pháp'],
    ['ĐB Công ty CP Môi trường đô thị', 'Đảng bộ Công ty CP Môi trường đô thị'],
    ['ĐB Bệnh viện Đa khoa tỉnh', 'Đảng bộ Bệnh viện Đa khoa tỉnh'],
    // a commune's health station
    ['TYT xã Hòa Bình', 'Trạm Y tế xã Hòa Bình'],
    ['Trạm YT Tân Phú', 'Trạm Y tế Tân Phú'],
    ['MN Hoa Sen', 'Mầm non Hoa Sen'],
    ['TH&THCS Võ Thị Sáu', 'Tiểu học và Trung học cơ sở Võ Thị Sáu'],
    ['Đài PT-TH huyện', 'Đài PT-TH huyện'],
    // "TH" is a school's level where a level stands: first, or after "Trường", before a name
    ['TH Kim Đồng', 'Tiểu học Kim Đồng'],
    ['Trường TH Lê Văn Tám', 'Trường Tiểu học Lê Văn Tám'],
    ['Đài TH tỉnh', 'Đài TH tỉnh'],
    ['TH huyện', 'TH huyện'],
    // "P." is a department before its field, a ward elsewhere
    ['P. Nội vụ', 'Phòng Nội vụ'],
    ['P.TC-KH', 'Phòng Tài chính - Kế hoạch'],
    ['P. LĐTBXH', 'Phòng Lao động - Thương binh và Xã hội'],
    ['UBND P. Bến Nghé', 'Ủy ban nhân dân P. Bến Nghé'],
  ])('%j → %j', (text, expanded) => {
    expect(expandAgencyAbbreviations(text)).toBe(expanded);
  });
});

describe('matching against the units actually listed', () => {
  const roster = [
    'Đảng ủy thị trấn Than Uyên',
    'Đảng ủy xã Mường Than',
    'Trung tâm Văn hóa - Thể thao huyện',
    'Hội Cựu chiến binh huyện',
    'Hội Liên hiệp Phụ nữ huyện',
    'Ủy ban nhân dân huyện',
    'Ủy ban nhân dân tỉnh',
  ].map((name, i) => ({ id: `u${i}`, name }));
  const matcher = createAgencyMatcher(roster);

  it.each([
    ['ĐU TT Than Uyên', 'Đảng ủy thị trấn Than Uyên'],
    ['Đảng ủy TT Than Uyên', 'Đảng ủy thị trấn Than Uyên'],
    ['TT Văn hóa - Thể thao', 'Trung tâm Văn hóa - Thể thao huyện'],
    ['Hội CCB', 'Hội Cựu chiến binh huyện'], // one Hội Cựu chiến binh in the set: no level word needed
    ['Hội LHPN', 'Hội Liên hiệp Phụ nữ huyện'],
  ])('%j is %j', (text, name) => {
    expect(matcher.match(text)?.agency.name).toBe(name);
  });

  it('a missing level word is tolerated only when the set holds one such unit', () => {
    expect(matcher.match('Hội CCB')?.how).toBe('level-implied');
    expect(matcher.match('UBND')).toBeUndefined(); // the district's or the province's?
  });

  it('names the candidates when no single unit is clearly best', () => {
    const parts = matcher.split('UBND');
    expect(parts).toHaveLength(1);
    expect(parts[0]?.match).toBeUndefined();
    expect([...(parts[0]?.candidates ?? [])].sort()).toEqual([
      'Ủy ban nhân dân huyện',
      'Ủy ban nhân dân tỉnh',
    ]);
  });

  it('a thị trấn is never a centre, nor the other way round', () => {
    const both = createAgencyMatcher([
      { id: 'tt', name: 'Đảng ủy thị trấn Tân Uyên' },
      { id: 'ttyt', name: 'Trung tâm Y tế huyện Tân Uyên' },
    ]);
    expect(both.match('ĐU TT Tân Uyên')?.agency.id).toBe('tt');
    expect(both.match('TTYT huyện Tân Uyên')?.agency.id).toBe('ttyt');
  });
});

describe("the abbreviations of a district's units, against its roster", () => {
  const roster = [
    'Đảng ủy xã Mường Kim',
    'Huyện ủy Than Uyên',
    'Tỉnh ủy Lai Châu',
    'Hội đồng nhân dân huyện',
    'Hội Liên hiệp Phụ nữ huyện',
    'Liên đoàn Lao động huyện',
    'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
    'Viện Kiểm sát nhân dân huyện',
    'Tòa án nhân dân huyện',
    'Hội Cựu chiến binh huyện',
    'Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện',
    'Ban Chấp hành Đảng bộ huyện',
    'Ban Thường vụ Huyện ủy',
    'Ban Chỉ huy Quân sự huyện',
  ].map((name) => ({ id: name, name }));
  const matcher = createAgencyMatcher(roster);

  it.each([
    ['ĐU xã Mường Kim', 'Đảng ủy xã Mường Kim'],
    ['HU Than Uyên', 'Huyện ủy Than Uyên'],
    ['TU Lai Châu', 'Tỉnh ủy Lai Châu'],
    ['HĐND huyện', 'Hội đồng nhân dân huyện'],
    ['HLHPN huyện', 'Hội Liên hiệp Phụ nữ huyện'],
    ['LĐLĐ huyện', 'Liên đoàn Lao động huyện'],
    ['UBMTTQ huyện', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện'],
    ['VKSND huyện', 'Viện Kiểm sát nhân dân huyện'],
    ['TAND huyện', 'Tòa án nhân dân huyện'],
    ['Hội CCB', 'Hội Cựu chiến binh huyện'],
    ['ĐTN huyện', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện'],
    ['Đoàn TN huyện', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện'],
    ['Huyện đoàn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện'], // the district's youth union
    ['BCH Đảng bộ huyện', 'Ban Chấp hành Đảng bộ huyện'],
    ['BTV HU', 'Ban Thường vụ Huyện ủy'],
    ['BTVHU', 'Ban Thường vụ Huyện ủy'],
    ['BCH Quân sự huyện', 'Ban Chỉ huy Quân sự huyện'], // a command, not an executive committee
    ['BCHQS huyện', 'Ban Chỉ huy Quân sự huyện'],
    ['MTTQ huyện', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện'],
    ['UBMTTQVN huyện', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện'],
    ['Mặt trận huyện', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện'],
  ])('%j is %j', (text, name) => {
    expect(matcher.match(text)).toMatchObject({ agency: { name }, confidence: 1 });
  });
});

describe('a place name left out', () => {
  const roster = [
    'Huyện đoàn Than Uyên',
    'Đảng ủy thị trấn Than Uyên',
    'UBND xã Sơn Tây',
    'UBND xã Sơn Trung',
    'Trung tâm Y tế huyện Than Uyên',
    'Chi bộ Trường THPT Than Uyên',
  ].map((name, i) => ({ id: `u${i}`, name }));
  const matcher = createAgencyMatcher(roster);

  it.each([
    ['Huyện đoàn', 'Huyện đoàn Than Uyên'], // the district's one youth union
    ['HUYỆN ĐOÀN', 'Huyện đoàn Than Uyên'],
    ['Đảng ủy thị trấn', 'Đảng ủy thị trấn Than Uyên'],
    ['ĐU thị trấn', 'Đảng ủy thị trấn Than Uyên'],
    ['TTYT huyện', 'Trung tâm Y tế huyện Than Uyên'],
    ['Trung tâm Y tế', 'Trung tâm Y tế huyện Than Uyên'], // neither level nor place
  ])('%j is %j: the set holds one such unit', (text, name) => {
    expect(matcher.match(text)).toMatchObject({ agency: { name }, confidence: 1 });
  });

  it.each([
    ['UBND xã', 'two communes: which one?'],
    ['UBND xã Sơn', 'a place of its own that is neither Sơn Tây nor Sơn Trung exactly'],
    ['Chi bộ', 'a school is no place: "Chi bộ" says too little'],
    ['Huyện đoàn Mường Tè', 'another district'],
  ])('%j is not guessed (%s)', (text) => {
    const m = matcher.match(text);
    expect(m === undefined || m.how === 'fuzzy').toBe(true);
    expect(m?.how).not.toBe('place-implied');
  });

  it('a truncated place name names both candidates instead of guessing', () => {
    const [part] = matcher.split('UBND xã Sơn');
    expect(part?.match).toBeUndefined();
    expect([...(part?.candidates ?? [])].sort()).toEqual(['UBND xã Sơn Trung', 'UBND xã Sơn Tây']);
  });
});

describe('groups that name their members by kind', () => {
  const matcher = createAgencyMatcher([
    { id: 'btg', name: 'Ban Tuyên giáo Huyện ủy' },
    { id: 'co-so', name: 'Các chi, đảng bộ cơ sở' },
    { id: 'ubnd-xa', name: 'UBND các xã, thị trấn' },
  ]);

  it.each([
    ['Đảng ủy xã Bình Lư', 'co-so'],
    ['ĐU xã Bản Bo', 'co-so'],
    ['Chi bộ Trường THCS thị trấn', 'co-so'],
    ['Ủy ban nhân dân xã Thạch Văn', 'ubnd-xa'],
    ['UBND thị trấn Thạch Hà', 'ubnd-xa'],
  ])('%j is a member of %s', (text, id) => {
    expect(matcher.match(text)).toMatchObject({ agency: { id }, how: 'member' });
  });

  it('one commune is a unit, not a group of communes', () => {
    const communes = createAgencyMatcher([
      { id: 'son-tay', name: 'UBND xã Sơn Tây' },
      { id: 'son-trung', name: 'UBND xã Sơn Trung' },
    ]);
    expect(communes.match('UBND xã Sơn Hà')).toBeUndefined();
    expect(communes.match('UBND xã Sơn')).toBeUndefined();
    const listed = createAgencyMatcher([
      { id: 'all', name: 'Ủy ban nhân dân xã, phường, thị trấn' },
    ]);
    expect(listed.match('UBND phường Bắc Sơn')?.how).toBe('member');
  });

  it('members can be switched off where every unit must be told apart', () => {
    const strict = createAgencyMatcher([{ id: 'co-so', name: 'Các chi, đảng bộ cơ sở' }], {
      members: false,
    });
    expect(strict.match('Đảng ủy xã Bình Lư')).toBeUndefined();
  });

  it('a unit of another kind is no member', () => {
    expect(matcher.match('Phòng Văn hóa và Thông tin huyện')).toBeUndefined();
    expect(matcher.match('Ủy ban nhân dân huyện')).toBeUndefined();
    expect(matcher.match('Đảng ủy Quân sự tỉnh')).toBeUndefined(); // above the grassroots level
  });

  it('"Các cấp, các ngành" holds every unit', () => {
    const all = createAgencyMatcher([{ id: 'cap-nganh', name: 'Các cấp, các ngành' }]);
    expect(all.match('Sở Y tế')?.agency.id).toBe('cap-nganh');
  });
});

describe('expandAgencyAbbreviations skips only patterns that cannot match', () => {
  const forms = AGENCY_ABBREVIATIONS.flatMap((a) => a.forms);
  const words = [
    'huyện',
    'tỉnh',
    'các xã',
    'Phòng',
    'Trung tâm',
    'Thị trấn',
    'Than Uyên',
    'và',
    ',',
  ];
  // Forms and words in any case, with or without diacritics, hyphens, ampersands and odd spaces,
  // and compatibility characters (ſ, the Kelvin sign, full-width and no-break spaces).
  const piece = fc.oneof(
    fc.constantFrom(...forms),
    fc.constantFrom(...words),
    fc.constantFrom(' ', '-', ' & ', '&', '\u00a0', '\u3000', 'ſ', '\u212a', '.', '(', ')'),
  );
  const text = fc
    .tuple(fc.array(piece, { maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 3 })))
    .map(([pieces, changes]) =>
      pieces
        .map((p, i) => {
          const change = changes[i % Math.max(changes.length, 1)] ?? 0;
          if (change === 1) return p.toLowerCase();
          if (change === 2) return p.toUpperCase();
          if (change === 3) return removeDiacritics(p);
          return p;
        })
        .join(''),
    );

  it.each([
    'UBND các xã, thị trấn',
    'BTG HU',
    'Phòng GD&ĐT',
    'phòng gd & đt',
    'VH - TT & TT huyện',
    'TT Than Uyên',
    'ĐTNCS HCM',
    'ubmttq vn huyện',
  ])('%s: the same as trying every pattern', (name) => {
    expect(expandAgencyAbbreviations(name)).toBe(
      expandAgencyAbbreviations(name, { everyPattern: true }),
    );
  });

  it('any mix of forms, words and separators: the same as trying every pattern', () => {
    fc.assert(
      fc.property(text, (name) => {
        expect(expandAgencyAbbreviations(name)).toBe(
          expandAgencyAbbreviations(name, { everyPattern: true }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('looksLikeAgencyName', () => {
  it.each([
    'UBND xã Kỳ Tân',
    'Ủy ban nhân dân thị trấn Than Uyên',
    'Phòng Nội vụ',
    'Chi bộ thôn 3',
    'Đảng ủy xã Hồ Thầu',
    'Trường THCS Lê Lợi',
    'Hội CCB xã',
    'Huyện đoàn',
    'BCH Quân sự huyện',
    'Công an xã Bản Bo',
    '1. Ban Tuyên giáo Huyện ủy',
    'Sở Y tế',
    'Đài Truyền thanh huyện',
    'Bản Nà Tăm',
    'So Tai chinh', // typed without marks
  ])('"%s" is a unit', (text) => {
    expect(looksLikeAgencyName(text)).toBe(true);
  });

  it.each([
    'Tháng 6/2024',
    'Hội nghị tổng kết công tác năm',
    'Báo cáo sơ kết 6 tháng',
    'Nguyễn Văn An',
    '95%',
    '',
    // the same letters as an organisation's word, once the marks are gone
    'Số liệu tổng hợp quý II',
    'Đại hội chi bộ nhiệm kỳ 2025-2027',
    'Bổ sung kế hoạch năm',
    'Đổi mới phương thức lãnh đạo',
  ])('"%s" is not', (text) => {
    expect(looksLikeAgencyName(text)).toBe(false);
  });
});

describe('a school with or without "Trường"', () => {
  it.each([
    ['MN Hoa Sen', 'Trường Mầm non Hoa Sen'],
    ['THCS Nguyễn Du', 'Trường Trung học cơ sở Nguyễn Du'],
    ['Trường TH&THCS Võ Thị Sáu', 'TH&THCS Võ Thị Sáu'],
    ['TH Kim Đồng', 'Trường Tiểu học Kim Đồng'],
  ])('%j is %j', (a, b) => {
    expect(agencyKey(a)).toBe(agencyKey(b));
  });
});

describe('the units an unmatched name could stand for', () => {
  const matcher = createAgencyMatcher(
    [
      'Trường Tiểu học Kim Đồng',
      'Trường THCS Kim Đồng',
      'UBND xã Tân Mỹ',
      'UBND xã Tân Lập',
      'UBND xã Sơn Tây',
      'UBND xã Sơn Trung',
      'Phòng Tư pháp',
    ].map((name) => ({ id: name, name })),
  );
  it.each([
    ['Kim Đồng', ['Trường Tiểu học Kim Đồng', 'Trường THCS Kim Đồng']],
    ['Trường Kim Đồng', ['Trường Tiểu học Kim Đồng', 'Trường THCS Kim Đồng']],
    ['UBND xã Sơn', ['UBND xã Sơn Tây', 'UBND xã Sơn Trung']],
    // alike in its kind only: no unit of the set
    ['UBND xã Tân Hòa', []],
    ['Phòng Nội vụ', []],
    // no proper name: a unit about as alike as a fuzzy match
    ['Phòng pháp chế', ['Phòng Tư pháp']],
    // no proper name to tell by (all capitals): the close candidates
    ['UBND XÃ TÂN', ['UBND xã Tân Mỹ', 'UBND xã Tân Lập']],
    // matched: nothing undecided
    ['TH Kim Đồng', []],
  ])('%j could be %j', (text, units) => {
    expect(
      matcher
        .possible(text)
        .map((a) => a.name)
        .sort(),
    ).toEqual([...units].sort());
  });
});

describe('namesPlaceOf', () => {
  it.each([
    ['Kỳ Phong', 'UBND xã Kỳ Phong', true],
    ['Cẩm Xuyên', 'UBND thị trấn Cẩm Xuyên', true],
    ['Ky Phong', 'Ủy ban nhân dân xã Kỳ Phong', true],
    // the place with its level word, as a matrix heads its columns
    ['Xã Đức An', 'UBND xã Đức An', true],
    ['Thị trấn Đức Thọ', 'UBND thị trấn Đức Thọ', true],
    ['Xã Đức An', 'UBND xã Đức Lâm', false],
    // the level word abbreviated: "TT" before a place's name, "X."
    ['TT Cẩm Xuyên', 'UBND thị trấn Cẩm Xuyên', true],
    ['X. Cẩm Bình', 'UBND xã Cẩm Bình', true],
    ['TT Cẩm Xuyên', 'UBND xã Cẩm Xuyên', false],
    // a part of the place name, or a name that is no place
    ['Phong', 'UBND xã Kỳ Phong', false],
    ['Kim Đồng', 'Trường Tiểu học Kim Đồng', false],
    ['', 'UBND xã Kỳ Phong', false],
  ])('%j of %j → %s', (text, unit, expected) => {
    expect(namesPlaceOf(text, unit)).toBe(expected);
  });
});

describe('words written as their initials, read against the units listed', () => {
  const units = [
    'Khách sạn Hoàng Gia Sầm Sơn',
    'Nhà hàng Biển Xanh',
    'Ban Chỉ huy quân sự phường Đông Vệ',
    'Ban Chỉ huy quân sự phường Đông Sơn',
    'Hợp tác xã thủy sản Quảng Nham',
    'Hợp tác xã nông nghiệp Quảng Nham',
    'Hội Chữ thập đỏ phường Đông Vệ',
    'Ủy ban nhân dân phường Đông Sơn',
  ].map((name, i) => ({ id: `u${i}`, name }));
  const matcher = createAgencyMatcher(units);

  it.each([
    ['KS Hoàng Gia SS', 'Khách sạn Hoàng Gia Sầm Sơn'],
    ['Ban CHQS phường Đông Vệ', 'Ban Chỉ huy quân sự phường Đông Vệ'],
    ['BCHQS phường Đông Sơn', 'Ban Chỉ huy quân sự phường Đông Sơn'],
    ['HTX TS Quảng Nham', 'Hợp tác xã thủy sản Quảng Nham'],
    ['HTX NN Quảng Nham', 'Hợp tác xã nông nghiệp Quảng Nham'],
    ['CTĐ phường Đông Vệ', 'Hội Chữ thập đỏ phường Đông Vệ'],
    ['Hội CTĐ phường Đông Vệ', 'Hội Chữ thập đỏ phường Đông Vệ'],
    ['UB phường Đông Sơn', 'Ủy ban nhân dân phường Đông Sơn'],
    // a kind written short before a proper name only one unit ends with
    ['NH Biển Xanh', 'Nhà hàng Biển Xanh'],
  ])('%j is %j', (text, name) => {
    expect(matcher.match(text)?.agency.name).toBe(name);
  });

  it('takes no guess when the initials leave two units or none', () => {
    // either cooperative of Quảng Nham
    expect(matcher.match('HTX Quảng Nham')).toBeUndefined();
    expect(
      matcher
        .possible('HTX Quảng Nham')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Hợp tác xã nông nghiệp Quảng Nham', 'Hợp tác xã thủy sản Quảng Nham']);
    // initials that spell no unit's words, and a proper name no unit ends with
    expect(matcher.match('KS Biển Xanh')?.agency.name).not.toBe('Khách sạn Hoàng Gia Sầm Sơn');
    expect(matcher.match('QT Minh Châu')).toBeUndefined();
    // the short kind must open with the unit's own letter: "KS" is no "Nhà hàng"
    expect(matcher.match('KS Biển Xanh')).toBeUndefined();
  });
});

describe('initials joined by "&" and long names cut short, read against the units listed', () => {
  const units = [
    'Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội phường Quảng Thắng',
    'Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội phường Quảng Hưng',
    'Ban An toàn giao thông phường Quảng Thắng',
    'Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội xã Quảng Lợi',
    'Ban Chỉ đạo phòng, chống tội phạm và ma túy xã Quảng Lợi',
  ].map((name, i) => ({ id: `u${i}`, name }));
  const matcher = createAgencyMatcher(units);

  it.each([
    // every word of the kind spelled short, its two halves joined by "&"
    [
      'BCĐ PCTP&TNXH phường Quảng Thắng',
      'Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội phường Quảng Thắng',
    ],
    [
      'BCĐ PCTP&TNXH phường Quảng Hưng',
      'Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội phường Quảng Hưng',
    ],
    // the name cut short after its first half, the place kept
    [
      'Ban CĐ PCTP phường Quảng Hưng',
      'Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội phường Quảng Hưng',
    ],
  ])('%j is %j', (text, name) => {
    expect(matcher.match(text)?.agency.name).toBe(name);
  });

  it('takes no guess when the cut name fits two units', () => {
    // either of the two boards of Quảng Lợi, cut after the same first half
    expect(matcher.match('Ban CĐ PCTP xã Quảng Lợi')).toBeUndefined();
    // initials joined by "&" that spell no unit's words
    expect(matcher.match('BCĐ ATGT&TTĐT phường Quảng Thắng')).toBeUndefined();
  });
});

describe('initials joined by a hyphen, read against the units listed', () => {
  const units = [
    'Khoa Chẩn đoán hình ảnh - Thăm dò chức năng',
    'Khoa Y học cổ truyền - Phục hồi chức năng',
    'Phòng Tài chính - Kế toán',
    'Khoa Nhi',
  ].map((name, i) => ({ id: `u${i}`, name }));
  const matcher = createAgencyMatcher(units);

  it.each([
    ['Khoa CĐHA-TDCN', 'Khoa Chẩn đoán hình ảnh - Thăm dò chức năng'],
    ['K. YHCT-PHCN', 'Khoa Y học cổ truyền - Phục hồi chức năng'],
    ['P. TC-KT', 'Phòng Tài chính - Kế toán'],
  ])('%j is %j', (text, name) => {
    expect(matcher.match(text)?.agency.name).toBe(name);
  });

  it('takes no guess when the halves spell no unit', () => {
    expect(matcher.match('Khoa HSCC-CĐ')).toBeUndefined();
  });
});

describe('a unit named by the facility it runs, its own kind left out', () => {
  const units = [
    'Ban quản lý bến xe khách Đồng Hới',
    'Tổ quản lý chợ Nam Lý',
    'Ban quản lý chợ Nam Lý mở rộng',
    'Tổ quản lý nhà văn hóa thôn Tân Phú',
    'Tổ quản lý nhà văn hóa thôn Tân Phú Đông',
  ].map((name, i) => ({ id: `u${i}`, name }));
  const matcher = createAgencyMatcher(units);

  it.each([['Chợ Nam Lý', 'Tổ quản lý chợ Nam Lý']])('%j is %j', (text, name) => {
    expect(matcher.match(text)?.agency.name).toBe(name);
  });

  it('takes no guess on a level and a place, nor on words no one unit ends with', () => {
    expect(matcher.match('Thôn Tân Phú')).toBeUndefined();
    expect(matcher.match('Nhà văn hóa Tân Phú')).toBeUndefined();
  });
});

describe("people's credit funds, as a deposit-insurance branch's log shortens them", () => {
  const funds = [
    'Quỹ tín dụng nhân dân Phú Lộc',
    'Quỹ tín dụng nhân dân thị trấn Hậu Lộc',
    'Quỹ tín dụng nhân dân Đông Vinh',
  ].map((name, i) => ({ id: `q${i}`, name }));
  const matcher = createAgencyMatcher(funds);
  it.each([
    ['QTDND Phú Lộc', 'Quỹ tín dụng nhân dân Phú Lộc'],
    ['Quỹ TDND TT Hậu Lộc', 'Quỹ tín dụng nhân dân thị trấn Hậu Lộc'],
    ['QTD Đông Vinh', 'Quỹ tín dụng nhân dân Đông Vinh'],
  ])('%j is %j', (text, name) => {
    expect(matcher.match(text)?.agency.name).toBe(name);
  });
  it('reads a fund as the name of a unit', () => {
    expect(looksLikeAgencyName('Quỹ tín dụng nhân dân Phú Lộc')).toBe(true);
    expect(looksLikeAgencyName('QTDND Phú Lộc')).toBe(true);
    // folded "quy" is also "quý" (a quarter): a name with its marks must say "Quỹ"
    expect(looksLikeAgencyName('Quý III năm 2025')).toBe(false);
  });
});

describe("a trade union's base organisations, as a federation's log shortens them", () => {
  it.each([
    ['CĐCS xã Cẩm Lạc', 'Công đoàn cơ sở xã Cẩm Lạc'],
    ['CĐ Trường Mầm non Sơn Ca', 'Công đoàn Trường Mầm non Sơn Ca'],
    ['CĐ THPT Nguyễn Trãi', 'Công đoàn Trung học phổ thông Nguyễn Trãi'],
    ['CĐ BV Y học cổ truyền tỉnh', 'Công đoàn Bệnh viện Y học cổ truyền tỉnh'],
    ['CĐCS Cty CP Xi măng Hoàng Mai', 'Công đoàn cơ sở Công ty CP Xi măng Hoàng Mai'],
    ['BVĐK khu vực Cẩm Xuyên', 'Bệnh viện đa khoa khu vực Cẩm Xuyên'],
    // "CĐ" is "Công đoàn" only opening a name: after "Trường" it is a college (cao đẳng)
    ['Trường CĐ Kỹ thuật Việt Đức', 'Trường CĐ Kỹ thuật Việt Đức'],
    ['Hệ CĐ chính quy', 'Hệ CĐ chính quy'],
    // with marks elsewhere, a bare "CD" is left as written (a disc, a college's code)
    ['CD Trường Sơn Ca', 'CD Trường Sơn Ca'],
    ['Truong CD Ky thuat Viet Duc', 'Truong CD Ky thuat Viet Duc'],
  ])('%j → %j', (text, expanded) => {
    expect(expandAgencyAbbreviations(text)).toBe(expanded);
  });

  it('reads a trade union as the name of a unit', () => {
    expect(looksLikeAgencyName('Công đoàn Trường Tiểu học Hòa Bình')).toBe(true);
    expect(looksLikeAgencyName('CĐCS Công ty Điện lực')).toBe(true);
  });

  const roster = [
    'Công đoàn Trường THPT Nguyễn Trãi',
    'Công đoàn Trường THCS Nguyễn Trãi',
    'Công đoàn cơ sở xã Cẩm Lạc',
    'Công đoàn Bệnh viện đa khoa huyện Cẩm Xuyên',
    'Công đoàn cơ sở Công ty CP Xi măng Hoàng Mai',
  ].map((name, i) => ({ id: `u${i}`, name }));
  const matcher = createAgencyMatcher(roster);

  it.each([
    ['CĐ THPT Nguyễn Trãi', 'Công đoàn Trường THPT Nguyễn Trãi'],
    ['CĐCS xã Cẩm Lạc', 'Công đoàn cơ sở xã Cẩm Lạc'],
    ['CĐ BVĐK huyện', 'Công đoàn Bệnh viện đa khoa huyện Cẩm Xuyên'], // one district hospital
    ['CĐCS Cty Xi măng Hoàng Mai', 'Công đoàn cơ sở Công ty CP Xi măng Hoàng Mai'],
    // typed with no marks at all
    ['CD THPT Nguyen Trai', 'Công đoàn Trường THPT Nguyễn Trãi'],
    ['CD BVDK huyen', 'Công đoàn Bệnh viện đa khoa huyện Cẩm Xuyên'],
  ])('%j is %j', (text, name) => {
    expect(matcher.match(text)?.agency.name).toBe(name);
  });

  it('names both schools instead of guessing when the level is left out', () => {
    const [part] = matcher.split('CĐ Trường Nguyễn Trãi');
    expect(part?.match).toBeUndefined();
    expect([...(part?.candidates ?? [])].sort()).toEqual([
      'Công đoàn Trường THCS Nguyễn Trãi',
      'Công đoàn Trường THPT Nguyễn Trãi',
    ]);
  });
});
