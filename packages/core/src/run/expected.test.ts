import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/load.js';
import type { Pack } from '../pack/schema.js';
import { gridSheet } from '../testing/grid.js';
import { checkSheets, createChecker } from './checker.js';

const parsed = parsePack({
  id: 'thach-ha-nq26',
  version: '1.0.0',
  title: 'Kế hoạch thực hiện Nghị quyết số 26-NQ/TW',
  agencies: [
    { id: 'ubnd', name: 'Ủy ban nhân dân huyện' },
    { id: 'btg', name: 'Ban Tuyên giáo Huyện ủy' },
  ],
  groups: [{ id: 'co-so', name: 'Các chi, đảng bộ cơ sở' }],
  tasks: [
    {
      id: 't1',
      code: 'NV-01',
      title: 'Xây dựng kế hoạch thực hiện Nghị quyết số 26-NQ/TW',
      owners: ['ubnd'],
      due: 'trước ngày 20/5/2024',
    },
    {
      id: 't2',
      title: 'Tổ chức học tập, quán triệt Nghị quyết cho cán bộ, đảng viên',
      owners: ['co-so'],
      due: 'tháng 6/2024',
    },
    { id: 't3', title: 'Sơ kết 03 năm thực hiện Nghị quyết', owners: ['ubnd'], due: 'quý IV/2026' },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const pack: Pack = parsed.pack;

describe('what the pack expects of a task sheet', () => {
  const result = checkSheets(
    createChecker({ pack, asOf: { year: 2024, month: 5, day: 1 } }),
    'theo-doi.xlsx',
    [
      gridSheet('Nhiệm vụ', [
        ['STT', 'Mã nhiệm vụ', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
        [1, 'NV-01', 'Ban hành kế hoạch của huyện', 'UBND huyện', 'trước ngày 20/5/2024'],
        [
          2,
          null,
          'Học tập, quán triệt Nghị quyết cho cán bộ, đảng viên',
          'Các chi, đảng bộ cơ sở; Phòng Nội vụ',
          'tháng 6/2024',
        ],
        [3, null, 'Tổ chức hội thi tìm hiểu lịch sử địa phương', 'BTG Huyện ủy', '30/9/2024'],
      ]),
    ],
  );
  const keys = result.findings.map((f) =>
    [f.rule, f.location?.cell, f.agency ?? f.subject.id].filter((x) => x).join(' '),
  );

  it('matches rows by code and by title, and reports the task nobody tracks and the row nobody asked for', () => {
    expect(keys).toContain('task/missing-row t3');
    expect(keys).toContain('row/unmatched C4');
    expect(keys.filter((k) => k.startsWith('task/missing-row'))).toHaveLength(1);
    expect(keys.filter((k) => k.startsWith('row/unmatched'))).toHaveLength(1);
  });

  it('knows agencies by abbreviation, and names the one it does not know', () => {
    expect(keys.filter((k) => k.startsWith('agency/unknown'))).toEqual([
      'agency/unknown D3 Phòng Nội vụ',
    ]);
    const unknown = result.findings.find((f) => f.rule === 'agency/unknown')!;
    expect(unknown.message.vi).toContain('"Phòng Nội vụ"');
  });

  it('names the closest known agency for a misspelt one, with how close it is', () => {
    const r = checkSheets(
      createChecker({ pack, asOf: { year: 2024, month: 5, day: 1 } }),
      'x.xlsx',
      [
        gridSheet('Nhiệm vụ', [
          ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
          [1, 'Xây dựng kế hoạch thực hiện Nghị quyết số 26-NQ/TW', 'Ban Tuyên giáo', '20/5/2024'],
          [2, 'Tổ chức học tập, quán triệt Nghị quyết', 'Ban Tuyen giao HU', '20/5/2024'],
        ]),
      ],
    );
    // "Ban Tuyen giao HU" is the same agency (no diacritics, HU = Huyện ủy): no finding.
    const unknown = r.findings.filter((f) => f.rule === 'agency/unknown');
    expect(unknown.map((f) => f.location?.cell)).toEqual(['C2']);
    expect(unknown[0]!.message.vi).toContain(
      'Gần giống nhất: "Ban Tuyên giáo Huyện ủy" (độ tương đồng 0,67)',
    );
  });
});

describe('rows the pack does not list', () => {
  const header = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'];
  const check = (rows: ReadonlyArray<ReadonlyArray<string | number>>) =>
    checkSheets(createChecker({ pack, asOf: { year: 2024, month: 5, day: 1 } }), 'x.xlsx', [
      gridSheet('Nhiệm vụ', [header, ...rows]),
    ]);
  const every = [
    [1, 'Xây dựng kế hoạch thực hiện Nghị quyết số 26-NQ/TW', 'UBND huyện', '20/5/2024'],
    [
      2,
      'Tổ chức học tập, quán triệt Nghị quyết cho cán bộ, đảng viên',
      'Đảng ủy xã Thạch Kim',
      '6/2024',
    ],
    [
      3,
      'Tổ chức học tập, quán triệt Nghị quyết cho cán bộ, đảng viên',
      'Đảng ủy xã Thạch Văn',
      '6/2024',
    ],
    [4, 'Sơ kết 03 năm thực hiện Nghị quyết', 'UBND huyện', 'quý IV/2026'],
  ] as const;

  it('are the office own work when every task of the pack has its row: no finding', () => {
    const r = check([
      ...every,
      [5, 'Chuẩn bị tài liệu cho hội nghị cấp cơ sở', 'BTG Huyện ủy', '15/5/2024'],
    ]);
    expect(r.findings.filter((f) => f.rule === 'row/unmatched')).toEqual([]);
  });

  it('are candidates for a task that has no row, and are then listed', () => {
    const r = check([
      ...every.slice(0, 3),
      [4, 'Tổ chức hội thi tìm hiểu lịch sử địa phương', 'BTG Huyện ủy', '30/9/2024'],
    ]);
    expect(r.findings.map((f) => `${f.rule} ${f.location?.cell ?? f.subject.id}`)).toEqual([
      'task/missing-row t3',
      'row/unmatched B5',
    ]);
  });

  it('a task tracked in one row per unit explains every one of them', () => {
    const r = check([every[1], every[2], [3, 'Việc khác của văn phòng', 'Văn phòng', '1/6/2024']]);
    const unmatched = r.findings.filter((f) => f.rule === 'row/unmatched');
    expect(unmatched.map((f) => f.location?.cell)).toEqual(['B4']);
  });

  it('are not compared one by one on a sheet that mostly tracks other work', () => {
    const r = check([
      every[0],
      [2, 'Việc thứ nhất của văn phòng', 'Văn phòng', '1/6/2024'],
      [3, 'Việc thứ hai của văn phòng', 'Văn phòng', '2/6/2024'],
      [4, 'Việc thứ ba của văn phòng', 'Văn phòng', '3/6/2024'],
    ]);
    expect(r.findings.filter((f) => f.rule === 'row/unmatched')).toEqual([]);
    expect(r.notEvaluated.map((n) => n.reason.vi)).toContainEqual(
      'Chỉ 1/4 dòng ở trang "Nhiệm vụ" ứng với nhiệm vụ của bộ quy tắc "Kế hoạch thực hiện Nghị quyết số 26-NQ/TW": trang này theo dõi cả những việc khác, nên không đối chiếu từng dòng còn lại.',
    );
  });
});

describe('a row written as part of the duty the document states', () => {
  const quoted = parsePack({
    id: 'ct32',
    version: '1.0.0',
    title: 'Kế hoạch quán triệt Chỉ thị 32-CT/TW',
    tasks: [
      {
        id: 'tuyen-truyen',
        title: 'Chỉ đạo tổ chức các hoạt động tuyên truyền',
        due: 'trước ngày 25/6/2024',
        source: {
          quote:
            'Các cấp ủy đảng chỉ đạo tổ chức các hoạt động tuyên truyền nội dung các chỉ thị, nghị quyết của Trung ương, Tỉnh ủy đến cán bộ, đảng viên, đoàn viên hội viên và Nhân dân bằng các hình thức phù hợp.',
        },
      },
    ],
  });
  if (!quoted.ok) throw new Error(JSON.stringify(quoted.problems));
  const check = (title: string) =>
    checkSheets(
      createChecker({ pack: quoted.pack, asOf: { year: 2024, month: 5, day: 1 } }),
      'x.xlsx',
      [
        gridSheet('Nhiệm vụ', [
          ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
          [1, title, 'Trung tâm VH-TT-TT huyện', 'Hằng tháng'],
        ]),
      ],
    ).findings.map((f) => f.rule);

  it('tracks it when most of its words are in the duty sentence', () => {
    expect(
      check(
        'Tuyên truyền trên hệ thống loa truyền thanh cơ sở nội dung các chỉ thị, nghị quyết của Trung ương, Tỉnh ủy',
      ),
    ).toEqual([]);
  });

  it('does not, for a row about something else', () => {
    // (one row, matching nothing: the sheet tracks other work, so the row is not listed either)
    expect(check('Trồng cây xanh dịp Tết')).toEqual(['task/missing-row']);
    expect(check('Kiểm tra việc quản lý đất đai tại các xã, thị trấn trên địa bàn')).toEqual([
      'task/missing-row',
    ]);
  });
});
