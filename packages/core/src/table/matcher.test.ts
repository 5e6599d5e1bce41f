/** The one vocabulary and its matcher, on header texts from public templates and e-office exports. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWordings, matchHeader, matchHeaderAnyKind, vocabularyOf } from './matcher.js';
import { VOCABULARY, TABLE_KINDS, type TableKind } from './vocabulary.js';

const tasks = vocabularyOf('tasks');
const indicators = vocabularyOf('indicators');
const reports = vocabularyOf('reports');
const roster = vocabularyOf('roster');

describe('task columns', () => {
  it.each([
    // Biểu theo dõi tiến độ thực hiện nhiệm vụ
    ['Nội dung nhiệm vụ', 'title'],
    ['Nhiệm vụ, giải pháp', 'title'],
    // the office's work named by its kind
    ['Chương trình, tiết mục', 'title'],
    ['Tên chương trình', 'title'],
    ['Sự kiện, hoạt động', 'title'],
    ['Đề tài nghiên cứu', 'title'],
    ['Cơ quan chủ trì', 'owner'],
    ['Cơ quan, đơn vị chủ trì', 'owner'],
    ['Đơn vị chủ trì thực hiện', 'owner'],
    ['Đầu mối thực hiện', 'owner'],
    ['Người thực hiện', 'owner'],
    ['Cơ quan phối hợp', 'coordinators'],
    ['Cơ quan, đơn vị phối hợp', 'coordinators'],
    ['Thời hạn', 'due'],
    // a span planned "Từ ngày" | "Đến ngày"; "Ngày đến" (the words turned) is the day work came
    ['Từ ngày', 'start'],
    ['Đến ngày', 'due'],
    ['ĐẾN NGÀY', 'due'],
    ['Ngày đến', 'start'],
    // a to-do list asking a question in its header, and the day it was done
    ['Đã làm chưa?', 'status'],
    ['Xong chưa?', 'status'],
    ['Đã thực hiện chưa', 'status'],
    ['Ngày làm', 'completedOn'],
    // "KQ" kết quả, "VB" văn bản, written short in a one-stop log
    ['Ngày trả KQ', 'completedOn'],
    ['Ngày nhận VB', 'start'],
    ['Thời gian hoàn thành', 'due'],
    ['Thời gian hoàn thành (ngày/tháng/năm)', 'due'],
    ['Tiến độ hoàn thành', 'due'],
    ['Hạn xử lý', 'due'],
    ['Thời hạn giải quyết', 'due'],
    ['Ngày hoàn thành', 'completedOn'],
    ['Ngày hoàn thành thực tế', 'completedOn'],
    ['Ngày, tháng hoàn thành', 'completedOn'],
    ['Ghi chú (lý do chưa hoàn thành)', 'note'],
    ['Tình trạng', 'status'],
    ['Tiến độ thực hiện', 'status'],
    ['Kết quả thực hiện (Đã hoàn thành/Chưa hoàn thành)', 'status'],
    ['Trạng thái xử lý', 'status'],
    ['Tiến độ giải quyết', 'status'],
    // e-office task exports
    ['Người xử lý chính', 'owner'],
    ['Đơn vị xử lý', 'owner'],
    ['Trích yếu', 'title'],
    ['Trạng thái nhiệm vụ', 'status'],
    ['Mã NV', 'code'],
    ['ID nhiệm vụ', 'code'],
    // Tick sub-headers
    ['Đã hoàn thành', 'tickDone'],
    ['Đang thực hiện', 'tickInProgress'],
    ['Chưa hoàn thành', 'tickNotDone'],
    ['STT', 'index'],
    ['Số TT', 'index'],
    ['Ghi chú', 'note'],
    // the document that did the work; left of the deadline it is the assigning one and dropped
    // (headers.ts), so an e-office register's own number column is never read as a result
    ['Số, ký hiệu văn bản', 'resultDocument'],
  ] as const)('%j → %s', (text, field) => {
    expect(matchHeader(text, tasks)?.field).toBe(field);
  });

  it.each([
    'Lai Châu, ngày 01 tháng 7 năm 2024',
    'Đánh giá',
    'Mã hóa',
    '',
    // "Từ ngày" / "Đến ngày" only as the whole header: "TB/TU ngày" folds to "tu ngay"
    'Thông báo số 1205-TB/TU ngày 05.7.2024',
    'Số liệu đến ngày 20/11/2024',
  ])('%j names no task column', (text) => {
    expect(matchHeader(text, tasks)).toBeUndefined();
  });
});

describe('indicator columns', () => {
  it.each([
    ['Chỉ tiêu', 'title'],
    ['Các chỉ tiêu chủ yếu', 'title'],
    ['Đơn vị tính', 'unit'],
    ['ĐVT', 'unit'],
    ['ĐV tính', 'unit'],
    ['Đơn vị', 'unit'],
    ['Kế hoạch năm 2024', 'plan'],
    ['KH 2024', 'plan'],
    ['Chỉ tiêu Nghị quyết', 'plan'],
    ['Chỉ tiêu NQ', 'plan'],
    ['Mục tiêu NQ Đại hội', 'plan'],
    ['Mục tiêu đến năm 2025', 'plan'],
    ['Kế hoạch năm 2021 Quốc hội giao', 'plan'],
    ['Ước thực hiện năm 2024', 'actual'],
    ['Ước TH 2024', 'actual'],
    ['TH 2023', 'actual'],
    ['Thực hiện 6 tháng', 'actual'],
    ['% so với KH', 'assessment'],
    ['So với cùng kỳ (%)', 'assessment'],
    ['Đánh giá', 'assessment'],
    ['Cơ quan chủ trì theo dõi, đánh giá', 'owner'],
  ] as const)('%j → %s', (text, field) => {
    expect(matchHeader(text, indicators)?.field).toBe(field);
  });
});

describe('report log and roster columns', () => {
  it.each([
    ['Đơn vị báo cáo', 'unit'],
    ['Nơi gửi', 'unit'],
    ['Cơ quan ban hành', 'unit'],
    ['Tác giả', 'unit'],
    ['Ngày nhận', 'received'],
    ['Ngày đến', 'received'],
    ['Ngày tiếp nhận', 'received'],
    ['Số đến', 'incomingNumber'],
    ['Số, ký hiệu văn bản', 'number'],
    ['Số/Ký hiệu', 'number'],
    ['Ngày văn bản', 'docDate'],
    ['Ngày tháng văn bản', 'docDate'],
    ['Tên loại và trích yếu nội dung văn bản', 'report'],
    ['Trích yếu', 'report'],
    ['Kỳ báo cáo', 'period'],
    ['Hạn xử lý', 'due'],
    ['Người xử lý', 'handler'],
    ['Trạng thái xử lý', 'status'],
    ['Tình trạng', 'status'],
    ['Tình trạng gửi', 'status'],
    ['Tình hình gửi báo cáo', 'status'],
    ['Thời gian nhận', 'received'],
    // the unit column named by the kind of unit that sends
    ['Đảng bộ gửi', 'unit'],
    ['Chi bộ báo cáo', 'unit'],
    ['Xã, phường gửi báo cáo', 'unit'],
    ['Tên đảng bộ cơ sở', 'unit'],
    ['Chi bộ', 'unit'],
    ['Thời điểm gửi', 'received'],
    ['Thời gian nộp', 'received'],
  ] as const)('log: %j → %s', (text, field) => {
    expect(matchHeader(text, reports)?.field).toBe(field);
  });

  it.each([
    ['Tên đơn vị', 'unit'],
    ['Tên chi bộ, đảng bộ', 'unit'],
    ['Tên xã, thị trấn', 'unit'],
    ['Khối', 'group'],
    ['Cụm thi đua', 'group'],
    ['Tên đảng bộ cơ sở', 'unit'],
    ['Chi bộ trực thuộc', 'unit'],
    ['Phòng, ban chuyên môn', 'unit'],
    ['Tên xã, phường, thị trấn', 'unit'],
    ['Tên trường', 'unit'],
    ['Cấp học', 'group'],
  ] as const)('roster: %j → %s', (text, field) => {
    expect(matchHeader(text, roster)?.field).toBe(field);
  });

  it.each([
    'Số chi bộ trực thuộc',
    'Tổng số đảng viên',
    'Số lượng xã',
    'Tổng số đơn vị',
    'Số đơn vị',
    // typed with no marks, as an export or a clerk without a Vietnamese keyboard leaves them
    'So chi hoi',
    'So hoi vien',
    'So du an dang thuc hien',
    'Tong so dang vien',
    'So luong thon, to dan pho',
    'So ngay cham',
  ])('a header counting things names no column: %j', (text) => {
    expect(matchHeaderAnyKind(text)).toEqual({});
  });

  it.each([
    ['Số TT', 'index'],
    ['Số văn bản', 'number'],
    ['Số, ký hiệu báo cáo', 'number'],
  ] as const)('a number wording still names its column: %j → %s', (text, field) => {
    expect(matchHeader(text, reports)?.field).toBe(field);
  });

  it.each([
    // a kind of organisation the vocabulary does not list, as the lexicon of agencies knows it
    ['Tên quỹ tín dụng nhân dân', 'unit'],
    ['Tên QTDND', 'unit'],
    ['Tên công ty', 'unit'],
    ['Ngân hàng gửi', 'unit'],
    ['Chi nhánh gửi báo cáo', 'unit'],
    ['Bệnh viện báo cáo', 'unit'],
    ['Ten quy tin dung nhan dan', 'unit'],
    ['Chi nhanh gui bao cao', 'unit'],
  ] as const)('a header naming a kind of organisation: %j → %s', (text, field) => {
    expect(matchHeader(text, reports)?.field).toBe(field);
    expect(matchHeader(text, roster)?.field).toBe(field);
  });

  it.each(['Tên công việc', 'Tên hội nghị', 'Số chi nhánh', 'Tên chỉ tiêu'])(
    'no organisation named: %j names no unit',
    (text) => {
      expect(matchHeader(text, roster)?.field).not.toBe('unit');
    },
  );

  it.each([
    // with no marks "so" is also "sở" and "sơ": those are no counts
    ['So, ban, nganh', 'unit'],
    ['So ban nganh', 'unit'],
    ['Ngay nhan bao cao', 'received'],
    // written with its marks, "Sơ kết" is no "Số …" either way
    ['Đơn vị', 'unit'],
  ] as const)('typed with no marks: %j → %s', (text, field) => {
    expect(matchHeader(text, reports)?.field).toBe(field);
  });

  it.each(['Ty le don vi gui bao cao dung han (%)', 'Tỉ lệ hộ nghèo', 'Ty le ho ngheo (%)'])(
    'a rate names no unit or item it measures: %j',
    (text) => {
      expect(matchHeader(text, roster)).toBeUndefined();
      expect(matchHeader(text, indicators)?.field).not.toBe('title');
    },
  );
});

describe('the matching algorithm', () => {
  it('prefers the wording with the most words found (most specific wins)', () => {
    expect(matchHeader('Cơ quan, đơn vị phối hợp', tasks)).toMatchObject({
      field: 'coordinators',
      wording: 'Cơ quan, đơn vị phối hợp',
    });
    expect(matchHeader('Cơ quan', tasks)?.field).toBe('owner');
  });

  it('tolerates word order on a short header', () => {
    expect(matchHeader('Hoàn thành ngày', tasks)?.field).toBe('completedOn');
    expect(matchHeader('Thực hiện ước', indicators)).toMatchObject({ mode: 'unordered' });
  });

  it('needs a short wording to be the whole header', () => {
    expect(matchHeader('TT', tasks)?.field).toBe('index');
    expect(matchHeader('TT xã', tasks)).toBeUndefined();
  });

  it('lets a pack name win over the built-in wordings', () => {
    const pack = compileWordings([['status', ['Ghi chú tiến độ']]] as const);
    expect(matchHeader('Ghi chú tiến độ', tasks)?.field).toBe('note');
    expect(matchHeader('Ghi chú tiến độ', tasks, pack)?.field).toBe('status');
  });

  it('says for every kind what a header would be', () => {
    expect(matchHeaderAnyKind('Đơn vị')).toMatchObject({
      tasks: { field: 'owner' },
      indicators: { field: 'unit' },
      reports: { field: 'unit' },
      roster: { field: 'unit' },
    });
  });

  it('finds every wording of the vocabulary as its own field', () => {
    for (const kind of TABLE_KINDS) {
      const vocabulary = vocabularyOf(kind);
      for (const [field, texts] of VOCABULARY[kind]) {
        for (const text of texts) {
          expect(matchHeader(text, vocabulary)?.field, `${kind}: ${text}`).toBe(field);
        }
      }
    }
  });
});

describe('matchHeader (property)', () => {
  const wordings = TABLE_KINDS.flatMap((kind) =>
    VOCABULARY[kind].flatMap(([field, texts]) => texts.map((text) => ({ kind, field, text }))),
  );

  it('ignores case, diacritics written apart, spacing, line breaks and a year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...wordings),
        fc.constantFrom('upper', 'lower', 'nfd', 'spaces', 'newline'),
        fc.option(fc.integer({ min: 2000, max: 2040 }), { nil: undefined }),
        ({ kind, field, text }, change, year) => {
          let header =
            change === 'upper'
              ? text.toLocaleUpperCase('vi')
              : change === 'lower'
                ? text.toLocaleLowerCase('vi')
                : change === 'nfd'
                  ? text.normalize('NFD')
                  : change === 'spaces'
                    ? `  ${text.replace(/ /g, '   ')} `
                    : text.replace(/ /, '\n');
          if (year !== undefined && text.length > 3) header = `${header} ${year}`;
          expect(matchHeader(header, vocabularyOf(kind))?.field).toBe(field);
        },
      ),
    );
  });

  it('never names a column in a long sentence', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 81, maxLength: 200 }), (text) => {
        expect(matchHeader(text, tasks)).toBeUndefined();
      }),
    );
  });
});

describe('abbreviations inside a header of several words', () => {
  const cases: Array<[string, TableKind, string | undefined]> = [
    ['Chỉ tiêu NQ', 'indicators', 'plan'],
    ['Ước TH 2024', 'indicators', 'actual'],
    ['KH năm 2024', 'indicators', 'plan'],
    ['So với KH', 'indicators', 'assessment'],
    ['Số TT', 'tasks', 'index'],
    // One word alone is matched as written.
    ['KH', 'indicators', 'plan'],
    ['TH', 'indicators', 'actual'],
  ];
  it.each(cases)('%s → %s.%s', (text, kind, field) => {
    expect(matchHeader(text, vocabularyOf(kind))?.field).toBe(field);
  });

  it("a pack's own abbreviated wording still meets the same header", () => {
    const own = compileWordings([['plan', ['KH giao']]] as const);
    expect(matchHeader('KH giao', vocabularyOf('indicators'), own)?.field).toBe('plan');
  });
});

describe('matches are remembered per vocabulary and pack vocabulary', () => {
  it('a header matched without a pack vocabulary, then with one, then again without', () => {
    const tasks = vocabularyOf('tasks');
    const pack = compileWordings([['status', ['Ghi chú tiến độ']]] as const);
    const other = compileWordings([['owner', ['Ghi chú tiến độ']]] as const);
    const plain = matchHeader('Ghi chú tiến độ', tasks);
    expect(plain?.field).toBe('note');
    expect(matchHeader('Ghi chú tiến độ', tasks, pack)?.field).toBe('status');
    expect(matchHeader('Ghi chú tiến độ', tasks, other)?.field).toBe('owner');
    expect(matchHeader('Ghi chú tiến độ', tasks)).toEqual(plain);
  });

  it('a header that names nothing stays unnamed when asked again', () => {
    const tasks = vocabularyOf('tasks');
    expect(matchHeader('Chữ ký của người lập biểu', tasks)).toBeUndefined();
    expect(matchHeader('Chữ ký của người lập biểu', tasks)).toBeUndefined();
  });

  it('every built-in wording, asked twice, gives the same match', () => {
    for (const kind of TABLE_KINDS) {
      for (const [, texts] of VOCABULARY[kind]) {
        for (const text of texts) {
          const first = matchHeader(text, vocabularyOf(kind));
          expect(matchHeader(text, vocabularyOf(kind))).toEqual(first);
        }
      }
    }
  });
});

describe('wordings of public forms', () => {
  const indicators = vocabularyOf('indicators');
  const tasks = vocabularyOf('tasks');
  it.each([
    ['Lũy kế năm 2024', 'actual'],
    ['Giải ngân đến 31/01/2025', 'actual'],
    ['Chỉ tiêu năm học', 'plan'],
    ['Chỉ tiêu đạt chuẩn', 'plan'],
    ['Kế hoạch vốn năm 2024', 'plan'],
  ] as const)('indicators: %j → %s', (text, field) => {
    expect(matchHeader(text, indicators)?.field).toBe(field);
  });
  it.each([
    ['Ngày hẹn trả', 'due'],
    ['Ngày có kết quả', 'completedOn'],
    ['Tình hình ban hành', 'status'],
  ] as const)('tasks: %j → %s', (text, field) => {
    expect(matchHeader(text, tasks)?.field).toBe(field);
  });
});

describe('wordings of works programmes, inspection plans, self-checks and units named by their trade', () => {
  it.each([
    // a works programme: the items of a work, accepted when finished
    ['Hạng mục', 'title'],
    ['Hạng mục thi công', 'title'],
    ['Ngày nghiệm thu', 'completedOn'],
    ['Thời gian nghiệm thu', 'completedOn'],
    // an inspection plan: each inspection named by what or whom it inspects
    ['Đối tượng được kiểm tra', 'title'],
    ['Chuyên đề kiểm tra', 'title'],
  ] as const)('tasks: %j → %s', (text, field) => {
    expect(matchHeader(text, tasks)?.field).toBe(field);
  });
  it.each([
    // a self-check against a standard: the level the standard requires is the target
    ['Tiêu chuẩn', 'title'],
    ['Tên tiêu chuẩn', 'title'],
    ['Mức quy định', 'plan'],
    ['Mức chuẩn quy định', 'plan'],
    ['Mức yêu cầu (Mức độ 3)', 'plan'],
  ] as const)('indicators: %j → %s', (text, field) => {
    expect(matchHeader(text, indicators)?.field).toBe(field);
  });
  it.each([
    ['Ban quản lý dự án gửi', 'unit'],
    ['Ban quản lý', 'unit'],
    ['Tổ chức gửi báo cáo', 'unit'],
    ['Tổ chức hành nghề luật sư', 'unit'],
  ] as const)('log: %j → %s', (text, field) => {
    expect(matchHeader(text, reports)?.field).toBe(field);
  });
  it.each([
    ['Tên tổ chức', 'unit'],
    ['Tên ban quản lý', 'unit'],
  ] as const)('roster: %j → %s', (text, field) => {
    expect(matchHeader(text, roster)?.field).toBe(field);
  });
});
