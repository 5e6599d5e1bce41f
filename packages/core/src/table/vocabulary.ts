/**
 * The one vocabulary of column headers: every wording offices, e-office ("quản lý văn bản và điều
 * hành") and task-tracking exports use for each column of each table kind dondoc reads. Matched by
 * the one algorithm in `matcher.ts` (diacritics-insensitive, word-order tolerant, most specific
 * wins). Where the wordings come from is listed in `docs/sources.md`.
 *
 * Order inside a kind matters only on a perfect tie (same number of words, same kind of match):
 * the earlier field wins. Specificity is decided by the matcher, not by this order: "Cơ quan phối
 * hợp" is coordinators because it has more words in common with the header than "Cơ quan".
 */

export const TABLE_KINDS = ['tasks', 'indicators', 'reports', 'roster'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/**
 * The field a header that names a kind of organisation names ("Tên quỹ tín dụng nhân dân", "Chi
 * nhánh gửi báo cáo"), for the kinds `UNIT_KINDS` below does not list: the unit of a roster or a
 * log. The kinds are those the lexicon of agencies reads as an organisation's name (vi/agencies.ts).
 */
export const ORGANISATION_FIELD: Partial<Record<TableKind, string>> = {
  reports: 'unit',
  roster: 'unit',
};

export const TASK_FIELDS = [
  'index',
  'code',
  'title',
  'owner',
  'coordinators',
  'start',
  'due',
  /** A deadline moved later ("Hạn gia hạn"): where a row gives one, it is the row's deadline. */
  'extendedDue',
  'completedOn',
  /**
   * The document that did the work, right of the deadline ("Số, ký hiệu văn bản" of the report
   * sent): a row that gives one is done, on a day not written unless the row says it.
   */
  'resultDocument',
  'status',
  'note',
] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

/**
 * Tick columns: a status written as an "x" under one of several sub-headers ("Tình trạng" over
 * "Đã hoàn thành | Đang thực hiện | Chưa hoàn thành"). The header wording itself is the status word.
 */
export const TICK_FIELDS = ['tickDone', 'tickInProgress', 'tickNotDone'] as const;
export type TickField = (typeof TICK_FIELDS)[number];

export const INDICATOR_FIELDS = [
  'index',
  'title',
  'unit',
  'plan',
  'actual',
  'assessment',
  'owner',
  'note',
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

/**
 * `place`: where a unit sits ("Địa điểm", "Địa chỉ": "Bưu điện văn hóa xã Thạch Kênh"); a log that
 * names the unit by it means that unit, when no other unit listed sits there.
 */
export const ROSTER_FIELDS = ['index', 'unit', 'group', 'place'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export const LOG_FIELDS = [
  'index',
  'unit',
  'report',
  'period',
  'received',
  'number',
  'docDate',
  'incomingNumber',
  'handler',
  'due',
  'status',
  'note',
] as const;
/** A log's fields, its tick columns included (those are found by their words, never bound). */
export type LogField = (typeof LOG_FIELDS)[number] | LogTickField;

/**
 * A log that keeps no day, only whether each unit sent ("Tình hình nộp báo cáo" over "Đúng hạn |
 * Chậm | Chưa gửi", an "x" under one): the sub-header ticked is what the log says of the unit's
 * report. The same wordings read a status written out in words ("Đã nộp đúng hạn", "Nộp chậm 3
 * ngày", "Chưa nộp").
 */
export const LOG_TICK_FIELDS = ['tickSent', 'tickOnTime', 'tickLate', 'tickNotSent'] as const;
export type LogTickField = (typeof LOG_TICK_FIELDS)[number];

/** The fields whose cells hold a day, of every table kind. */
export const DAY_FIELDS: ReadonlySet<string> = new Set<TaskField | LogField>([
  'start',
  'due',
  'extendedDue',
  'completedOn',
  'received',
  'docDate',
]);

/** What each field is called, for people: `check --explain`, the task pane, messages. */
export const FIELD_LABELS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> =
  {
    index: { vi: 'số thứ tự', en: 'number' },
    code: { vi: 'mã', en: 'code' },
    title: { vi: 'nội dung', en: 'title' },
    owner: { vi: 'cơ quan chủ trì', en: 'lead agency' },
    coordinators: { vi: 'cơ quan phối hợp', en: 'coordinating agencies' },
    start: { vi: 'ngày bắt đầu / ngày nhận', en: 'start / received date' },
    due: { vi: 'thời hạn', en: 'deadline' },
    extendedDue: { vi: 'thời hạn gia hạn', en: 'extended deadline' },
    resultDocument: { vi: 'văn bản kết quả', en: 'result document' },
    completedOn: { vi: 'ngày hoàn thành', en: 'completion date' },
    status: { vi: 'tình trạng', en: 'status' },
    note: { vi: 'ghi chú', en: 'notes' },
    tickDone: { vi: 'đánh dấu "đã hoàn thành"', en: 'tick: done' },
    tickInProgress: { vi: 'đánh dấu "đang thực hiện"', en: 'tick: in progress' },
    tickNotDone: { vi: 'đánh dấu "chưa hoàn thành"', en: 'tick: not done' },
    unit: { vi: 'đơn vị', en: 'unit' },
    plan: { vi: 'kế hoạch / chỉ tiêu', en: 'plan / target' },
    actual: { vi: 'thực hiện', en: 'actual' },
    assessment: { vi: 'đánh giá', en: 'assessment' },
    group: { vi: 'khối', en: 'group' },
    place: { vi: 'địa điểm', en: 'place' },
    report: { vi: 'báo cáo', en: 'report' },
    period: { vi: 'kỳ báo cáo', en: 'period' },
    received: { vi: 'ngày nhận', en: 'date received' },
    number: { vi: 'số, ký hiệu', en: 'document number' },
    docDate: { vi: 'ngày văn bản', en: 'document date' },
    incomingNumber: { vi: 'số đến', en: 'incoming number' },
    handler: { vi: 'người xử lý', en: 'handled by' },
    tickSent: { vi: 'đánh dấu "đã gửi"', en: 'tick: sent' },
    tickOnTime: { vi: 'đánh dấu "gửi đúng hạn"', en: 'tick: sent on time' },
    tickLate: { vi: 'đánh dấu "gửi chậm"', en: 'tick: sent late' },
    tickNotSent: { vi: 'đánh dấu "chưa gửi"', en: 'tick: not sent' },
  };

/** What each table kind is called, for people. */
export const TABLE_KIND_LABELS: Readonly<
  Record<TableKind, { readonly vi: string; readonly en: string }>
> = {
  tasks: { vi: 'bảng nhiệm vụ', en: 'task table' },
  indicators: { vi: 'bảng chỉ tiêu', en: 'indicator table' },
  reports: { vi: 'sổ nhận báo cáo', en: 'log of received reports' },
  roster: { vi: 'danh sách đơn vị', en: 'roster of units' },
};

export interface FieldOf {
  readonly tasks: TaskField | TickField;
  readonly indicators: IndicatorField;
  readonly reports: LogField;
  readonly roster: RosterField;
}

export type Wordings<F extends string> = ReadonlyArray<readonly [F, readonly string[]]>;

/**
 * Abbreviations offices write inside a header of several words ("Chỉ tiêu NQ", "Ước TH 2024",
 * "KH năm", "So với CK"), folded, with the words they stand for. A header of one word is never
 * expanded: "KH" or "TH" alone is matched as written.
 */
export const HEADER_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['kh', 'ke hoach'],
  ['th', 'thuc hien'],
  ['nq', 'nghi quyet'],
  ['ck', 'cung ky'],
  // "ƯTH", "UTH": an estimate of the actual ("Ước thực hiện")
  ['uth', 'uoc thuc hien'],
  ['bc', 'bao cao'],
  ['nv', 'nhiem vu'],
  ['ht', 'hoan thanh'],
  ['tg', 'thoi gian'],
  ['dvt', 'don vi tinh'],
  ['htx', 'hop tac xa'],
  ['cdcs', 'cong doan co so'],
  // "QĐ phê duyệt", "Số QĐ": a decision
  ['qd', 'quyet dinh'],
  // "Hạn KP", "Đã KP": the remedy of a violation or a fault found ("khắc phục")
  ['kp', 'khac phuc'],
  // "Ngày trả KQ", "KQ giải quyết": a result ("kết quả"); "Ngày nhận VB", "Số VB": a document
  ['kq', 'ket qua'],
  ['vb', 'van ban'],
];

const INDEX = ['STT', 'TT', 'Số TT', 'Số thứ tự'];
const NOTE = [
  'Ghi chú',
  'Ghi chú/ Đề xuất',
  'Ghi chú, kiến nghị',
  // the evidence of the work done ("Minh chứng": "Biên bản kiểm tra ngày 18/10/2024"), as
  // self-assessments and school plans keep it: read like the notes, a dated record there is the
  // day the work was done
  'Minh chứng',
  'Tài liệu minh chứng',
  'Tài liệu kiểm chứng',
  'Minh chứng kết quả',
];

/** Who carries a task out: State, Party and e-office wordings. */
const OWNER = [
  'Chủ trì',
  'Cơ quan chủ trì',
  'Đơn vị chủ trì',
  'Cơ quan, đơn vị chủ trì',
  'Cơ quan chủ trì thực hiện',
  'Đơn vị chủ trì thực hiện',
  'Cơ quan thực hiện',
  'Đơn vị thực hiện',
  'Cơ quan, đơn vị thực hiện',
  'Bộ phận thực hiện',
  'Người thực hiện',
  'Cán bộ thực hiện',
  'Cá nhân thực hiện',
  'Cá nhân phụ trách',
  'Đầu mối thực hiện',
  'Phụ trách',
  'Lãnh đạo phụ trách',
  'Cán bộ phụ trách',
  'Cơ quan tham mưu',
  'Đơn vị tham mưu',
  'Cơ quan được giao',
  'Đơn vị được giao',
  'Cơ quan, đơn vị được giao',
  'Người được giao',
  'Cơ quan chịu trách nhiệm',
  'Trách nhiệm thực hiện',
  'Trách nhiệm',
  'Người xử lý',
  'Người xử lý chính',
  'Cán bộ xử lý',
  // the official handling a file in a one-stop shop ("thụ lý": takes it up and handles it)
  'Cán bộ thụ lý',
  'Công chức thụ lý',
  'Người thụ lý',
  'Đơn vị thụ lý',
  'Chuyên viên xử lý',
  'Đơn vị xử lý',
  'Đơn vị xử lý chính',
  'Đơn vị hoặc người nhận',
  'Chủ đầu tư',
  'Cơ quan',
  'Đơn vị',
];

/**
 * Wordings that name their field only as the whole header: common words that, inside a longer
 * header, are a syllable of another word ("giao" of "tôn giáo", "bàn giao"; "đạt" of "đạt chuẩn").
 * The matcher treats them as it treats wordings of three letters or fewer.
 */
export const WHOLE_HEADER_ONLY: ReadonlySet<string> = new Set([
  'Giao',
  'Đạt',
  'Tiếp nhận',
  // "Ngày làm việc" is a count of working days, never the day a task was done
  'Ngày làm',
  'Làm ngày',
  // a remark on figures ("(Số liệu đến ngày 20/11)", "Số liệu từ ngày 01/01") names no start or deadline
  'Từ ngày',
  'Đến ngày',
  // a sending log's tick columns: alone, a column "Chậm" or "Đúng hạn"; inside a longer header, a
  // word of another ("Thời hạn gửi chậm nhất", "Tỷ lệ đúng hạn")
  'Chậm',
  'Muộn',
  'Trễ',
  'Đúng hạn',
  'Quá hạn',
  'Trước hạn',
]);

export const TASK_WORDINGS: Wordings<TaskField | TickField> = [
  [
    'completedOn',
    [
      'Ngày hoàn thành',
      'Ngày hoàn thành thực tế',
      'Thời gian hoàn thành thực tế',
      'Ngày thực hiện xong',
      'Hoàn thành ngày',
      'Ngày xong',
      // beside "Đã làm chưa?": the day it was done ("Ngày làm", "Làm ngày")
      'Ngày làm',
      'Làm ngày',
      'Ngày làm xong',
      'Ngày, tháng hoàn thành',
      'Thời điểm hoàn thành',
      'Ngày xử lý xong',
      'Ngày giải quyết xong',
      'Ngày hoàn thành xử lý',
      'Ngày kết thúc thực tế',
      'Ngày có kết quả',
      'Ngày trả kết quả',
      // a works programme: an item of work is finished the day it is accepted
      'Ngày nghiệm thu',
      'Thời gian nghiệm thu',
      // a house or a site handed over, done the day it changes hands; records or goods handed over
      // and received ("Ngày giao nhận" of a transfer to an archive, "Ngày giao nộp"): done that day
      'Ngày bàn giao',
      'Ngày giao nhận',
      'Thời gian giao nhận',
      'Ngày giao nộp',
      'Ngày nộp lưu',
      'Ngày bàn giao nhà',
      'Ngày bàn giao mặt bằng',
      // an inspection is done the day its record is made and signed
      'Ngày lập biên bản',
      'Ngày ký biên bản',
      // a report or document the office had to send: done the day it went out
      'Ngày gửi',
      'Ngày đã gửi',
      'Ngày nộp',
      'Ngày gửi đi',
      // a notice to broadcast or publish is done the day it went on air or online
      'Ngày phát sóng',
      'Ngày phát thanh',
      'Ngày đăng tải',
      'Ngày đăng tin',
      // a register's reply: the matter was settled on the date of the document that answered it,
      // or the day that answer came back ("Ngày nhận văn bản trả lời" is no day work arrived)
      'Ngày trả lời',
      'Ngày nhận văn bản trả lời',
      'Ngày nhận trả lời',
      'Ngày phúc đáp',
      'Ngày nhận văn bản phúc đáp',
      'Ngày phản hồi',
      'Ngày nhận phản hồi',
      // the day the result was reported or came back: the work is done by then
      'Ngày báo cáo kết quả',
      'Ngày nhận báo cáo kết quả',
      'Ngày nhận kết quả',
      'Văn bản trả lời',
      'Số, ký hiệu văn bản trả lời',
      'Số, ngày văn bản trả lời',
    ],
  ],
  [
    'coordinators',
    [
      'Phối hợp',
      'Cơ quan phối hợp',
      'Đơn vị phối hợp',
      'Cơ quan, đơn vị phối hợp',
      'Đơn vị, cá nhân phối hợp',
      'Cơ quan phối hợp thực hiện',
      'Đơn vị phối hợp thực hiện',
      'Người phối hợp',
      'Xử lý phối hợp',
      'Đồng xử lý',
    ],
  ],
  [
    // A start date: never taken for the deadline ("Thời gian thực hiện" over "Bắt đầu | Kết
    // thúc": the deadline is "Kết thúc"), and the day a relative deadline counts from.
    'start',
    [
      'Bắt đầu',
      'Ngày bắt đầu',
      'Thời gian bắt đầu',
      'Thời điểm bắt đầu',
      'Khởi công',
      // a span planned as "Từ ngày" | "Đến ngày": the first day starts it
      'Từ ngày',
      // the day the work arrived: "trong 5 ngày làm việc kể từ ngày nhận" counts from it
      'Ngày nhận',
      'Ngày nhận văn bản',
      'Ngày giao',
      'Ngày giao việc',
      'Ngày đến',
      // the day a hotline, a one-stop shop or an office received the matter: never its deadline
      'Ngày tiếp nhận',
      'Thời gian tiếp nhận',
      'Thời điểm tiếp nhận',
      'Thời gian nhận',
      'Thời gian giao',
    ],
  ],
  [
    'due',
    [
      'Thời hạn',
      'Kết thúc',
      'Ngày kết thúc',
      // …and "Đến ngày" ends it (never "Ngày đến", the day work arrived, with the words turned)
      'Đến ngày',
      'Thời gian kết thúc',
      'Thời hạn hoàn thành',
      'Thời hạn thực hiện',
      'Thời hạn giải quyết',
      'Thời hạn trình',
      'Hạn hoàn thành',
      'Hạn giải quyết',
      'Hạn báo cáo',
      'Thời gian hoàn thành',
      // the day the work is required by ('Yêu cầu hoàn thành', 'Thời gian yêu cầu hoàn thành')
      'Yêu cầu hoàn thành',
      'Thời gian yêu cầu hoàn thành',
      'Thời hạn yêu cầu',
      'Thời gian hoàn thành dự kiến',
      'Tiến độ hoàn thành',
      'Mốc hoàn thành',
      'Hạn chót',
      // an election timetable's "latest day": a deadline, not the day it was done
      'Ngày chậm nhất phải hoàn thành',
      'Thời hạn chậm nhất',
      'Chậm nhất',
      'Thời hạn trả lời',
      'Hạn trả lời',
      'Thời gian thực hiện',
      'Mốc thời gian',
      'Thời gian',
      'Hạn',
      'Hạn xử lý',
      'Ngày hết hạn',
      'Ngày đến hạn',
      'Ngày hẹn trả',
      'Ngày hẹn trả kết quả',
      'Hạn trả kết quả',
      // a site or a house due to change hands ("Hạn bàn giao mặt bằng")
      'Hạn bàn giao',
      // the last day allowed ("Hạn cuối", "Hạn cuối khắc phục"), a remedy's deadline ("Hạn khắc
      // phục", "Thời hạn khắc phục")
      'Hạn cuối',
      'Hạn cuối cùng',
      'Hạn khắc phục',
      'Thời hạn khắc phục',
      'Deadline',
    ],
  ],
  [
    // left of the deadline this is the document that assigned the work, and is dropped (headers.ts)
    'resultDocument',
    [
      'Số, ký hiệu văn bản',
      'Số, ký hiệu',
      'Số ký hiệu',
      'Số văn bản',
      'Số hiệu văn bản',
      'Số, ngày văn bản',
      'Văn bản báo cáo',
      'Số báo cáo',
      'Số, ký hiệu báo cáo',
      // the decision that closes the work ("Quyết định công nhận" an OCOP product's stars, the
      // approval of a project's final accounts: "QĐ phê duyệt quyết toán")
      'Quyết định công nhận',
      'Số, ngày quyết định công nhận',
      'Quyết định phê duyệt',
      'Số, ngày quyết định phê duyệt',
    ],
  ],
  [
    // an extension replaces the first deadline on the rows that have one
    'extendedDue',
    [
      'Hạn gia hạn',
      'Gia hạn',
      'Gia hạn đến',
      'Thời hạn gia hạn',
      'Thời hạn được gia hạn',
      'Hạn sau gia hạn',
      'Ngày gia hạn',
      'Hạn điều chỉnh',
      'Thời hạn điều chỉnh',
      'Thời hạn sau điều chỉnh',
      'Điều chỉnh thời hạn',
    ],
  ],
  [
    'status',
    [
      'Tình trạng',
      'Tình trạng thực hiện',
      'Tình trạng xử lý',
      'Tình hình thực hiện',
      'Tình hình triển khai',
      'Tình hình ban hành',
      'Tình hình giải quyết',
      // a follow-up of audit or inspection recommendations ("khắc phục" the faults found)
      'Tình hình khắc phục',
      'Kết quả khắc phục',
      'Tiến độ khắc phục',
      'Tình hình xử lý',
      'Kết quả ban hành',
      'Kết quả triển khai',
      'Tiến độ triển khai',
      'Tiến độ',
      'Tiến độ thực hiện',
      'Tiến độ xử lý',
      'Tiến độ giải quyết',
      'Kết quả thực hiện',
      'Kết quả thực hiện nhiệm vụ',
      'Kết quả xử lý',
      'Kết quả giải quyết',
      'Kết quả',
      'Trạng thái',
      'Trạng thái xử lý',
      'Trạng thái nhiệm vụ',
      // a to-do list's column asking a question, answered "Rồi" / "Chưa" in each row
      'Đã làm chưa',
      'Làm chưa',
      'Xong chưa',
      'Đã xong chưa',
      'Đã hoàn thành chưa',
      'Hoàn thành chưa',
      'Đã thực hiện chưa',
      'Mức độ hoàn thành',
      'Tỷ lệ hoàn thành',
      '% hoàn thành',
      // a works programme's progress: the share of the work's volume done ("Khối lượng đạt (%)")
      'Khối lượng hoàn thành',
      'Khối lượng đạt',
      'Khối lượng đã thực hiện',
      'Tỷ lệ khối lượng hoàn thành',
      '% khối lượng',
    ],
  ],
  [
    'tickDone',
    // …and in plain words ('Đã làm' | 'Chưa làm' under 'Tình hình')
    [
      'Đã hoàn thành',
      'Hoàn thành',
      'Đã xong',
      'Xong',
      'Hoàn thành đúng hạn',
      'Đã khắc phục',
      'Đã làm',
    ],
  ],
  [
    'tickInProgress',
    [
      'Đang thực hiện',
      'Đang triển khai',
      'Đang xử lý',
      'Đang giải quyết',
      'Đang khắc phục',
      'Đang làm',
    ],
  ],
  [
    'tickNotDone',
    [
      'Chưa hoàn thành',
      'Chưa thực hiện',
      'Chưa xong',
      'Chưa triển khai',
      'Chưa khắc phục',
      'Chưa làm',
    ],
  ],
  ['owner', OWNER],
  [
    'title',
    [
      'Nội dung',
      'Nội dung nhiệm vụ',
      // a plan of activities ('Hoạt động' | 'Đơn vị chủ trì' | 'Thời hạn'): each is a task
      'Hoạt động',
      'Tên hoạt động',
      'Nội dung hoạt động',
      'Nội dung nhiệm vụ được giao',
      'Nhiệm vụ được giao',
      'Nội dung công việc',
      'Nội dung công tác',
      'Nội dung chỉ đạo',
      'Nội dung kết luận',
      'Nội dung giao',
      'Nội dung thực hiện',
      'Tên nhiệm vụ',
      'Nhiệm vụ',
      'Nhiệm vụ, giải pháp',
      'Công việc',
      'Tên công việc',
      'Việc cần làm',
      'Tên đề án',
      'Tên dự án',
      // the office's own work named by its kind: a theatre's programmes and shows, a congress's or
      // a festival's events, a research office's topics ("Chương trình, vở diễn", "Sự kiện")
      'Chương trình',
      'Tên chương trình',
      'Vở diễn',
      'Sự kiện',
      'Tên sự kiện',
      'Đề tài',
      'Tên đề tài',
      // a land-clearance board's milestones, one per project ("Dự án" | "Thời hạn bàn giao MB")
      'Dự án',
      'Dự án, công trình',
      'Tên công trình',
      'Tên công trình, dự án',
      'Công trình, dự án',
      // a works programme lists the items of a work ("Hạng mục công trình", "Hạng mục thi công")
      'Hạng mục',
      'Hạng mục công trình',
      // a product brought to a standard by a day (an OCOP product to be rated, a product to be
      // registered): the product names the task; the figures beside it tell a table of products'
      // figures apart (table/classify.ts). A bare "Sản phẩm" stays a task's output.
      'Tên sản phẩm',
      // an inspection plan: each inspection is named by what or whom it inspects (the unit
      // inspected: "Đơn vị được kiểm tra", never the unit in charge, "Đơn vị chủ trì")
      'Đối tượng kiểm tra',
      'Đối tượng thanh tra',
      'Đơn vị được kiểm tra',
      'Đơn vị được thanh tra',
      'Cơ quan, đơn vị được kiểm tra',
      // whoever is inspected, whatever they are ("Tổ chức, cá nhân được kiểm tra", "Cơ sở được
      // thanh tra", "Doanh nghiệp được kiểm tra"): the passive names the one inspected
      'Được kiểm tra',
      'Được thanh tra',
      'Chuyên đề kiểm tra',
      // an enforcement follow-up: each row is the violation to be remedied ("Hành vi vi phạm")
      'Hành vi vi phạm',
      'Nội dung vi phạm',
      // a follow-up of an inspection's conclusions: each row is a shortcoming found ("Tồn tại,
      // hạn chế", "Thiếu sót") or what was recommended about it, and the remedy set for it
      'Tồn tại',
      'Tồn tại, hạn chế',
      'Hạn chế, tồn tại',
      'Tồn tại, thiếu sót',
      'Thiếu sót',
      'Nội dung tồn tại',
      'Nội dung kiến nghị',
      'Kiến nghị',
      'Biện pháp khắc phục',
      'Giải pháp khắc phục',
      'Nội dung khắc phục',
      'Ý kiến kết luận',
      'Ý kiến chỉ đạo',
      'Nội dung ý kiến chỉ đạo',
      'Trích yếu',
      'Trích yếu nội dung',
      // a one-stop-shop export: each file is the procedure it asks for, due on the appointment day
      'Tên thủ tục hành chính',
      'Tên thủ tục',
      'Thủ tục hành chính',
      'Tên TTHC',
      // a one-stop shop's register of files ("Sổ theo dõi hồ sơ"): each file is the item
      'Tên hồ sơ',
      // a list of the reports an office owes upward: each report is a task due on its day (a log
      // of reports received from units has a unit column besides, and reads as a log)
      'Tên báo cáo',
      'Tên chế độ báo cáo',
      // a follow-up of people each owing a step by a day (probationary Party members due for
      // review, staff due for a raise): the person is the item (a table is one of tasks only
      // with a deadline, status or completion column besides)
      'Họ và tên',
      'Họ tên',
    ],
  ],
  ['index', INDEX],
  ['code', ['Mã hồ sơ', 'Mã nhiệm vụ', 'Mã số', 'Mã', 'Mã NV', 'Mã công việc', 'ID nhiệm vụ']],
  ['note', NOTE],
];

export const INDICATOR_WORDINGS: Wordings<IndicatorField> = [
  ['index', INDEX],
  [
    'title',
    [
      'Chỉ tiêu',
      'Tên chỉ tiêu',
      'Nội dung chỉ tiêu',
      // the generic word a table of figures uses as well as a task list: the figure columns beside
      // it and their content tell the two apart (table/classify.ts)
      'Nội dung',
      'Các chỉ tiêu',
      'Chỉ tiêu chủ yếu',
      'Các chỉ tiêu chủ yếu',
      'Danh mục chỉ tiêu',
      'Nhóm chỉ tiêu',
      'Tiêu chí',
      'Tên tiêu chí',
      // an index and its component indices ("Chỉ số chuyển đổi số", "Chỉ số thành phần"), a
      // figure each, judged against a target like any indicator
      'Chỉ số',
      'Tên chỉ số',
      'Chỉ số chính',
      'Chỉ số thành phần',
      // a standard's criteria ("Tiêu chuẩn 1: …") checked against the level required
      'Tiêu chuẩn',
      // rows named by the kind of thing they count: "Loại vắc xin", "Loại cây trồng", a list of
      // products or of the items of a work
      'Loại',
      'Danh mục',
      'Hạng mục',
      'Sản phẩm',
      'Tên sản phẩm',
      // a production table's rows are its crops and livestock ("Cây trồng", "Vật nuôi"): the area
      // sown or the head counted of each is the figure judged
      'Cây trồng',
      'Loại cây trồng',
      'Vật nuôi',
      'Loại vật nuôi',
      'Cây trồng, vật nuôi',
      // rows named by the programme or the revenue they count: a policy bank's credit programmes
      // ("Chương trình cho vay" | "Kế hoạch" | "Thực hiện"), a budget's items ("Khoản thu",
      // "Sắc thuế"): the figure of each is judged against its own plan
      'Chương trình cho vay',
      'Chương trình tín dụng',
      'Khoản thu',
      'Nội dung thu',
      'Sắc thuế',
      'Loại thuế',
    ],
  ],
  ['unit', ['Đơn vị tính', 'ĐVT', 'ĐV tính', 'Đơn vị', 'Đơn vị đo']],
  [
    'plan',
    [
      'Kế hoạch',
      'KH',
      // "CT" chỉ tiêu, "KQ" kết quả: the short pair under each measure ("CT 2024" | "KQ 2024")
      'CT',
      'CT giao',
      // a plan 'given' and the result 'reached', as a pair under each period ('Quý I' over 'Giao' |
      // 'Đạt')
      'Giao',
      'Kế hoạch năm',
      'Kế hoạch giao',
      'Chỉ tiêu kế hoạch',
      'Chỉ tiêu giao',
      'Chỉ tiêu được giao',
      // a target of change ("Chỉ tiêu giảm (hộ)" of poor households, "Chỉ tiêu tăng")
      'Chỉ tiêu giảm',
      'Chỉ tiêu tăng',
      'Chỉ tiêu Nghị quyết',
      'Chỉ tiêu NQ',
      'Mục tiêu Nghị quyết',
      'Mục tiêu NQ',
      'Nghị quyết giao',
      'Mục tiêu',
      'Mục tiêu phấn đấu',
      'Chỉ tiêu phấn đấu',
      'Mục tiêu đến năm',
      'Dự toán',
      'Chỉ tiêu năm',
      'Chỉ tiêu năm học',
      'Chỉ tiêu đạt chuẩn',
      'Yêu cầu đạt chuẩn',
      // the level a standard requires ("Mức quy định", "Mức chuẩn"): the target of a self-check
      'Mức quy định',
      'Mức chuẩn',
      'Mức yêu cầu',
      // the level a resolution requires of a sector's work ("Yêu cầu (NQ 96/2019/QH14)", "Yêu cầu
      // của Nghị quyết", "Chỉ tiêu yêu cầu"): the target each rate is judged on
      'Yêu cầu',
      'Yêu cầu của Nghị quyết',
      'Chỉ tiêu yêu cầu',
      'Chỉ tiêu Quốc hội giao',
      'Kế hoạch vốn',
      'Kế hoạch vốn giao',
    ],
  ],
  [
    'actual',
    [
      'Thực hiện',
      'TH',
      'Thực hiện năm',
      'Ước thực hiện',
      'Ước TH',
      'ƯTH',
      'Ước đạt',
      'Ước thực hiện cả năm',
      'Ước cả năm',
      'Kết quả thực hiện',
      'Kết quả',
      'KQ',
      'KQ thực hiện',
      'Kết quả đạt được',
      'Đạt được',
      'Đạt',
      // the units taken in ('Chỉ tiêu' | 'Tiếp nhận' under each blood-donation round)
      'Tiếp nhận',
      'Lũy kế thực hiện',
      'Số liệu thực hiện',
      // a statistics form's figures, headed by the day they were taken ("Số liệu đến 31/12/2024")
      'Số liệu',
      'Số liệu thống kê',
      'Lũy kế',
      'Lũy kế năm',
      'Lũy kế từ đầu năm',
      'Lũy kế đến',
      'Giải ngân',
      'Giá trị giải ngân',
      'Giải ngân đến',
    ],
  ],
  [
    'assessment',
    [
      'Đánh giá',
      'So sánh',
      'So với kế hoạch',
      'So với KH',
      'So KH',
      '% so với KH',
      '% so với kế hoạch',
      'Tỷ lệ so với kế hoạch',
      // a disbursement's share of the year's capital: a ratio, not a figure disbursed
      'Tỷ lệ giải ngân',
      'So với cùng kỳ',
      '% so với cùng kỳ',
      // "TH so CK (%)", "Ước TH so cùng kỳ": this year's figure over last year's
      'So cùng kỳ',
      // "Đạt % KH", "% KH năm": the share of the plan reached
      '% KH',
      'Đạt % KH',
      '% so KH',
      'So với yêu cầu',
      'So với chỉ tiêu',
      'Tỷ lệ thực hiện',
      '% thực hiện',
      'Mức độ đạt',
    ],
  ],
  [
    'owner',
    [
      'Cơ quan chủ trì',
      'Cơ quan chủ trì theo dõi',
      'Cơ quan chủ trì theo dõi, đánh giá',
      'Đơn vị chủ trì',
      'Cơ quan theo dõi',
      'Đơn vị thực hiện',
      // public investment: the investor whose capital is disbursed
      'Chủ đầu tư',
    ],
  ],
  ['note', NOTE],
];

/**
 * The kinds of unit a roster or a log names its unit column by ("Tên đảng bộ cơ sở", "Chi bộ gửi",
 * "Xã, phường báo cáo", "Cơ sở Đoàn"): Party organisations, the base organisations of the youth
 * union and of the mass associations, communes, departments. Each gives the roster its name, "Tên …"
 * and "… trực thuộc", and the log "… gửi", "… báo cáo", "… gửi báo cáo".
 */
const UNIT_KINDS = [
  'Đảng bộ',
  'Chi bộ',
  'Đảng bộ cơ sở',
  'Chi bộ cơ sở',
  'Chi bộ, đảng bộ cơ sở',
  'Chi, đảng bộ',
  'Chi, đảng bộ cơ sở',
  'Tổ chức đảng',
  'Tổ chức cơ sở đảng',
  // the youth union's and the associations' own base organisations ("Cơ sở Đoàn", "Cơ sở Hội")
  'Cơ sở Đoàn',
  'Cơ sở Hội',
  'Đoàn cơ sở',
  'Hội cơ sở',
  'Chi đoàn',
  'Chi hội',
  // the trade unions' base organisations ("Tên công đoàn cơ sở", "CĐCS gửi")
  'Công đoàn cơ sở',
  'CĐCS',
  'Xã',
  'Xã, phường',
  'Xã, phường, thị trấn',
  'Xã, thị trấn',
  'Phường, xã',
  'Địa phương',
  'Phòng, ban',
  'Phòng, ban, ngành',
  'Phòng, ban chuyên môn',
  'Sở, ban, ngành',
  'Sở, ngành',
  'Cơ quan',
  'Huyện, thị xã, thành phố',
  'Trường',
  // a hospital's or a school's own departments, which report to its quality or planning office
  // ("Khoa/phòng", "Tên khoa", "Khoa, phòng gửi")
  'Khoa',
  'Khoa, phòng',
  'Phòng, khoa',
  'Khoa, phòng, trung tâm',
  // the desk that sends a unit's reports ("Bộ phận một cửa gửi": a commune's one-stop desk)
  'Bộ phận',
  'Bộ phận một cửa',
  'Bộ phận tiếp nhận và trả kết quả',
  // units that are not offices: the associations' own organisations ("Tổ chức Hội"), cooperatives
  // ("Tên HTX"), enterprises and the establishments a sector oversees ("Cơ sở lưu trú", "Tên cơ sở")
  'Tổ chức Hội',
  'Hợp tác xã',
  // the water users an irrigation company serves, by the law's names and as offices write them
  // ("HTX dùng nước", "Tổ chức thủy lợi cơ sở", "Tổ hợp tác dùng nước"), and the farm cooperatives
  'Hợp tác xã dùng nước',
  'Hợp tác xã nông nghiệp',
  'Tổ chức dùng nước',
  'Tổ chức thủy lợi cơ sở',
  'Tổ hợp tác',
  'Tổ hợp tác dùng nước',
  'Tổ dùng nước',
  'Doanh nghiệp',
  'Cơ sở',
  'Cơ sở kinh doanh',
  'Cơ sở lưu trú',
  // the stations and posts of a technical or a guard network ("Trạm", "Tên trạm": hydro-met,
  // plant-protection, veterinary stations) and the shops and traders a trade office oversees
  // ("Cửa hàng", "Thương nhân", "Cửa hàng, thương nhân")
  'Trạm',
  'Cửa hàng',
  'Thương nhân',
  'Cửa hàng, thương nhân',
  // boards that run a public facility ("Ban quản lý chợ", "Ban quản lý dự án") and organisations
  // named by their trade ("Tổ chức hành nghề công chứng", "Tên tổ chức")
  'Ban quản lý',
  'Tổ chức',
  // the units below the commune a commune's own logs and lists name ("Tên thôn", "Thôn gửi",
  // "Thôn, tổ dân phố"): villages, hamlets, residential groups and areas
  'Thôn',
  'Thôn, bản',
  'Thôn, xóm',
  'Thôn, tổ dân phố',
  'Tổ dân phố',
  'Khu dân cư',
  'Khu phố',
  // the same units by their regional names: the hamlets of the south ("Ấp", "Khóm"), the villages
  // of the northern mountains and the Central Highlands ("Bản", "Buôn", "Làng"), the hamlets of the
  // north ("Xóm")
  'Ấp',
  'Thôn, ấp',
  'Ấp, khu phố',
  'Khóm',
  'Bản',
  'Buôn',
  'Làng',
  'Xóm',
  // the points a social insurance office pays and collects through ("Điểm chi trả", "Đại lý thu")
  'Điểm chi trả',
  'Đại lý thu',
  // the investors of public projects, who report on their investment ("Tên chủ đầu tư", "Chủ đầu tư
  // gửi"): a unit in a roster or a log; in a task or indicator table the same words name the owner
  'Chủ đầu tư',
];
const ROSTER_UNIT_KINDS = UNIT_KINDS.flatMap((k) => [
  k,
  `Tên ${k.toLowerCase()}`,
  `${k} trực thuộc`,
]);
const LOG_UNIT_KINDS = UNIT_KINDS.flatMap((k) => [
  k,
  `${k} gửi`,
  `${k} báo cáo`,
  `${k} gửi báo cáo`,
  `Tên ${k.toLowerCase()}`,
]);

export const ROSTER_WORDINGS: Wordings<RosterField> = [
  ['index', INDEX],
  [
    'unit',
    [
      'Tên đơn vị',
      'Đơn vị',
      'Tên cơ quan',
      'Tên cơ quan, đơn vị',
      'Cơ quan, đơn vị',
      'Cơ quan, đơn vị, địa phương',
      'Tên chi bộ, đảng bộ',
      'Chi bộ, đảng bộ',
      'Tên tổ chức cơ sở đảng',
      'Tên xã, thị trấn',
      'Xã, thị trấn',
      'Địa phương',
      ...ROSTER_UNIT_KINDS,
    ],
  ],
  [
    'group',
    [
      'Khối',
      'Nhóm',
      'Thuộc khối',
      'Khối, nhóm',
      'Loại hình',
      'Loại đơn vị',
      'Phân loại',
      'Cụm thi đua',
      'Khối thi đua',
      'Cấp học',
      'Loại trường',
      // the class and rank of an establishment ("Loại, hạng": "Khách sạn 3 sao", "Hạng I")
      'Loại, hạng',
      'Hạng',
      'Xếp hạng',
      'Loại, xếp hạng',
    ],
  ],
  ['place', ['Địa điểm', 'Địa chỉ', 'Trụ sở', 'Địa chỉ trụ sở', 'Nơi đặt trụ sở']],
];

export const LOG_WORDINGS: Wordings<LogField> = [
  ['index', INDEX],
  [
    'unit',
    [
      'Đơn vị báo cáo',
      'Đơn vị gửi',
      'Đơn vị gửi báo cáo',
      'Đơn vị',
      'Tên đơn vị',
      'Cơ quan, đơn vị',
      'Cơ quan gửi',
      'Cơ quan gửi văn bản',
      'Nơi gửi',
      'Nơi gửi văn bản',
      'Tác giả',
      'Cơ quan ban hành',
      'Cơ quan, tổ chức ban hành',
      'Đơn vị ban hành',
      'Nơi ban hành',
      ...LOG_UNIT_KINDS,
    ],
  ],
  [
    'report',
    [
      'Báo cáo',
      'Tên báo cáo',
      'Nội dung báo cáo',
      'Loại báo cáo',
      'Nội dung',
      'Trích yếu',
      'Trích yếu nội dung',
      'Tên loại và trích yếu nội dung văn bản',
      'Tên văn bản',
      'Về việc',
    ],
  ],
  [
    'period',
    [
      'Kỳ báo cáo',
      'Kỳ',
      // "Tháng BC" holding "T8/2024": the month the report covers
      'Tháng báo cáo',
      'Quý báo cáo',
      'Năm báo cáo',
      'Tháng',
      'Quý',
      // a period named by what it counts: the month of a payment run ("Kỳ chi trả": "T8/2024"),
      // a statistical period ("Kỳ thống kê")
      'Kỳ chi trả',
      'Kỳ thống kê',
      'Kỳ số liệu',
    ],
  ],
  [
    'received',
    [
      'Ngày nhận',
      'Ngày nhận báo cáo',
      'Ngày nhận văn bản',
      'Ngày tiếp nhận',
      'Thời gian nhận',
      'Ngày gửi',
      'Thời gian gửi',
      'Thời điểm gửi',
      'Thời điểm nhận',
      'Thời gian nộp',
      'Ngày nộp',
      'Ngày gửi báo cáo',
      'Ngày báo cáo',
      'Ngày đến',
    ],
  ],
  [
    'number',
    [
      'Số, ký hiệu',
      'Số ký hiệu',
      'Số, ký hiệu văn bản',
      'Số hiệu văn bản',
      'Số văn bản',
      'Số hiệu',
      'Ký hiệu',
    ],
  ],
  [
    'docDate',
    ['Ngày văn bản', 'Ngày tháng văn bản', 'Ngày, tháng văn bản', 'Ngày ban hành', 'Ngày ký'],
  ],
  ['incomingNumber', ['Số đến']],
  ['handler', ['Người xử lý', 'Người xử lý chính', 'Đơn vị xử lý', 'Đơn vị hoặc người nhận']],
  ['due', ['Hạn xử lý', 'Hạn giải quyết', 'Thời hạn giải quyết', 'Thời hạn xử lý']],
  [
    'status',
    [
      'Trạng thái',
      'Trạng thái xử lý',
      'Tình trạng xử lý',
      'Tiến độ giải quyết',
      // a sending-status log ("Tình hình gửi nhận báo cáo": Chưa gửi / Đã gửi / Đã nhận)
      'Tình trạng',
      'Tình trạng gửi',
      'Tình trạng gửi báo cáo',
      'Tình hình gửi',
      'Tình hình gửi báo cáo',
      'Tình hình gửi nhận báo cáo',
      'Trạng thái gửi',
      'Trạng thái báo cáo',
      // a log of who sent, with no day: "Tình hình nộp báo cáo của các đơn vị", "Tình hình thực
      // hiện chế độ báo cáo", "Kết quả gửi báo cáo"
      'Tình hình nộp',
      'Tình hình nộp báo cáo',
      'Tình hình gửi, nộp báo cáo',
      'Tình trạng nộp báo cáo',
      'Tình hình thực hiện chế độ báo cáo',
      'Kết quả gửi báo cáo',
      'Kết quả nộp báo cáo',
    ],
  ],
  ['note', NOTE],
  // what a tick under a sending log's sub-header says (LOG_TICK_FIELDS), or a status in words
  [
    'tickSent',
    [
      'Đã gửi',
      'Đã nộp',
      'Đã báo cáo',
      'Có báo cáo',
      'Đã gửi báo cáo',
      'Đã nộp báo cáo',
      'Đã nhận',
      'Đã nhận báo cáo',
      'Đã tiếp nhận',
    ],
  ],
  [
    'tickOnTime',
    [
      'Đúng hạn',
      'Gửi đúng hạn',
      'Nộp đúng hạn',
      'Báo cáo đúng hạn',
      'Đã gửi đúng hạn',
      'Đã nộp đúng hạn',
      'Đúng thời hạn',
      'Đúng thời gian',
      'Đúng thời gian quy định',
      'Đảm bảo thời gian',
      'Trước hạn',
    ],
  ],
  [
    'tickLate',
    [
      'Chậm',
      'Muộn',
      'Trễ',
      'Gửi chậm',
      'Nộp chậm',
      'Báo cáo chậm',
      'Đã gửi chậm',
      'Đã nộp chậm',
      'Gửi muộn',
      'Nộp muộn',
      'Gửi trễ',
      'Nộp trễ',
      'Chậm hạn',
      'Trễ hạn',
      'Quá hạn',
      'Không đúng hạn',
      'Chưa đúng hạn',
      'Không đúng thời gian',
      'Không đúng thời gian quy định',
      'Không đảm bảo thời gian',
    ],
  ],
  [
    'tickNotSent',
    [
      'Chưa gửi',
      'Chưa nộp',
      'Không gửi',
      'Không nộp',
      'Chưa báo cáo',
      'Không báo cáo',
      'Chưa có báo cáo',
      'Không có báo cáo',
      'Chưa gửi báo cáo',
      'Chưa nộp báo cáo',
      'Chưa nhận',
    ],
  ],
];

export const VOCABULARY: { readonly [K in TableKind]: Wordings<FieldOf[K]> } = {
  tasks: TASK_WORDINGS,
  indicators: INDICATOR_WORDINGS,
  reports: LOG_WORDINGS,
  roster: ROSTER_WORDINGS,
};
