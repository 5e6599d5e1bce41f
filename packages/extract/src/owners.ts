/**
 * Who a sentence gives a duty to: the agency that opens it ("Ủy ban nhân dân huyện tham mưu …",
 * "Cấp cơ sở: Quán triệt …", "Giao Ban Thường vụ Tỉnh ủy theo dõi …"), else the heading above it
 * when the heading names an agency ("1. Ủy ban nhân dân huyện"), else a named locality the clause
 * is about ("… toàn huyện Bình Sơn … vào năm 2025"), else the agencies the directive addresses.
 */
import { foldText } from '@dondoc/core';
import { anyOf, LETTERS } from './words.js';

/** "Thanh tra tỉnh", "Thanh tra Bộ": the inspectorate, not the verb "thanh tra" (to inspect). */
export const INSPECTORATE = String.raw`Thanh tra(?=\s+(?:tỉnh|huyện|thành phố|Chính phủ|Bộ|Sở)(?![\p{L}]))`;
/** The units of a ministry ("Vụ Kế hoạch - Tài chính"), not the noun "vụ" (a case, a season). */
const MINISTRY_UNIT_FIELDS = [
  ...['Kế hoạch', 'Tổ chức', 'Pháp chế', 'Tài chính', 'Giáo dục', 'Thể dục', 'Văn hóa'],
  ...['Khoa học', 'Hợp tác', 'Thi đua', 'Chính sách', 'Quản lý', 'Công tác', 'Đào tạo'],
  ...['Gia đình', 'Thư viện', 'Y tế', 'Bảo hiểm', 'Môi trường', 'Kinh tế', 'Tổng hợp'],
];
/**
 * Bodies written by their initials alone, before a level or a place ("LĐLĐ huyện" for the Liên đoàn
 * Lao động, "BHXH tỉnh", "KBNN" for the Kho bạc Nhà nước, "UBMTTQ xã"): they send and receive.
 */
export const BODY_INITIALS = ['UBMTTQ', 'MTTQ', 'LĐLĐ', 'BHXH', 'KBNN'];
/** Words an agency name starts with (a "các" may precede). */
const AGENCY_HEADS = [
  ...['Ủy ban', 'Uỷ ban', 'UBND', 'HĐND', 'Hội đồng', ...BODY_INITIALS],
  String.raw`Ban(?! hành(?![\p{L}]))`,
  // a congress's or a committee's sub-board: "Tiểu ban Tuyên truyền", "Tiểu ban Văn kiện"
  'Tiểu ban',
  ...['Sở', 'Phòng', 'Trung tâm', 'Văn phòng', 'Huyện ủy', 'Huyện uỷ', 'Tỉnh ủy', 'Tỉnh uỷ'],
  ...['Thành ủy', 'Thành uỷ', 'Thị ủy', 'Thị uỷ', 'Đảng ủy', 'Đảng uỷ', 'Đảng đoàn', 'Đảng bộ'],
  ...['Mặt trận', 'Hội', 'Đoàn', 'Công an', 'Bộ', 'Cục', 'Chi cục', 'Viện', 'Tòa án', 'Toà án'],
  ...['Cơ quan', 'Chi bộ', 'Chi, đảng bộ', 'Cấp ủy', 'Cấp uỷ', 'Cấp', 'Ngành', 'Thành phố'],
  ...['Thị xã', 'Huyện', 'Xã', 'Phường', 'Thị trấn', 'Lực lượng', 'Thường trực', 'Tỉnh đoàn'],
  // "các quận, huyện báo cáo …": the districts of a city, by their level
  String.raw`Quận(?=\s*,\s*(?:huyện|thị xã|thành phố)(?![\p{L}]))`,
  ...['Quân sự', 'Tổ(?! chức)', 'Tổ chức phụ trách', 'Phó hiệu trưởng', 'Hiệu trưởng'],
  String.raw`Thành viên(?= (?:Ban|Tổ|Hội đồng|Đoàn|Ủy ban|Uỷ ban|UBND|Thường trực)(?![\p{L}]))`,
  'Thư ký(?= (?:Hội đồng|hội đồng|Ban|ban|Tổ|tổ|kỳ họp|Đoàn|đoàn))',
  ...['Bộ Chỉ huy', 'Tổ chức chính trị', 'Đoàn thể', 'Tỉnh uỷ', 'Các tỉnh uỷ', 'Các tỉnh ủy'],
  ...['Giám đốc', 'Tổng Giám đốc', 'Tổng giám đốc', 'Tổng cục', 'Tổng Công ty', 'Tổng công ty'],
  ...['Thủ trưởng', 'Chủ tịch', 'Tỉnh', 'Người đứng đầu', 'Người'],
  String.raw`Trưởng(?=\s+(?:các|phòng|ban|khoa|đơn vị|bộ phận|ấp|thôn|bản|khu phố|tổ dân phố)(?![\p{L}]))`,
  INSPECTORATE,
  ...['Bí thư', 'Đơn vị', 'Địa phương', 'Trường(?! hợp)', 'Bệnh viện'],
  'Cơ sở (?:khám|y tế|giáo dục|Hội|Đoàn|Đảng)',
  ...['Công ty', 'Công chức', 'Cán bộ', 'Nhà trường', 'Chủ đầu tư', 'Tổ chức cơ sở đảng'],
  ...['Tổ chức đảng', 'Trạm', String.raw`Hạt(?=\s+[Kk]iểm lâm)`, 'Kho bạc'],
  String.raw`Đội(?! ngũ)(?![\p{L}])`,
  ...['Chi đoàn', 'Chi hội', 'Thôn', 'Hợp tác xã', 'Liên đoàn', 'Công đoàn', 'Điện lực'],
  // a youth union's committees: "Thành đoàn", "Huyện đoàn …", "Các quận, huyện đoàn"
  ...['Thành đoàn', 'Huyện đoàn', 'Quận đoàn', 'Thị đoàn', 'Quận, huyện đoàn'],
  ...['Khoa(?! học)', 'Giáo viên'],
  // a company's units and the establishments a law addresses: "Các nhà máy báo cáo …", "Các chi
  // nhánh gửi …", "Các phân xưởng, phòng ban rà soát …", "cơ sở sản xuất, kinh doanh, dịch vụ
  // báo cáo …", "cơ sở gửi báo cáo …"
  ...['Nhà máy', 'Chi nhánh', 'Xí nghiệp', 'Phân xưởng'],
  // the owners of a resource a law addresses, as "Chủ đầu tư" is: "Các chủ rừng là tổ chức: …",
  // "chủ tàu cá báo cáo …", "chủ phương tiện …"
  String.raw`Chủ (?:rừng|tàu|phương tiện|cơ sở)(?![\p{L}])`,
  String.raw`Cơ sở(?=\s+(?:sản xuất|kinh doanh|gửi|nộp|báo cáo)(?![\p{L}]))`,
  String.raw`Vụ(?= ${anyOf(MINISTRY_UNIT_FIELDS)}(?![\p{L}]))`,
];
const AGENCY_HEAD_SOURCE = anyOf(AGENCY_HEADS);

const AGENCY_HEAD = AGENCY_HEAD_SOURCE;
/** "Hội nghị", "Hội thảo", "Đoàn kiểm tra" … are events and teams, not agencies a duty is given to. */
const NOT_AGENCY = '(?!Hội (?:nghị|thảo|thi|diễn|chợ)(?![\\p{L}]))';
export const AGENCY_START = new RegExp(
  `^(?:các\\s+)?${NOT_AGENCY}${AGENCY_HEAD}(?![\\p{L}])`,
  'iu',
);

/** A capitalised word and the lower-case words of the same name ("Thể thao", "Phát triển nông thôn"). */
/** Lower-case words that start what follows a name, not a syllable of it ("… theo dõi", "… báo cáo"). */
export const NAME_STOP_WORDS: readonly string[] = [
  ...['trước', 'theo', 'qua', 'thông', 'về', 'để', 'chậm', 'muộn', 'định', 'hằng', 'hàng'],
  ...['trong', 'và', 'của', 'đến', 'tới', 'tại', 'ngày', 'gồm', 'có', 'chủ', 'phối', 'tổng'],
  ...['báo', 'gửi', 'trình', 'nộp', 'như', 'sau', 'kèm', 'vào'],
];
const NAME_WORD = String.raw`\p{Lu}\p{Ll}*(?:\s+(?!${anyOf(NAME_STOP_WORDS)}(?![\p{L}]))\p{Ll}+){0,3}`;
/**
 * The rest of an agency name that a comma interrupts: "Bộ Văn hóa" + ", Thể thao và Du lịch". A
 * comma before a word that starts an agency ("Sở Tài chính, Sở Xây dựng") ends the name instead.
 */
const COMMA_NAME_REST = new RegExp(
  `^(?:,\\s+(?!(?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}]))${NAME_WORD})+\\s+và\\s+${NAME_WORD}`,
  'u',
);

/** `name` followed by `rest`: the name with the comma-separated parts of it that `rest` holds. */
export function withCommaParts(name: string, rest: string): string {
  const m = COMMA_NAME_REST.exec(rest);
  return m ? `${name}${m[0]}` : name;
}

/** Verbs (and adverbs before verbs) that end the subject of a duty sentence. */
const VERBS = [
  'chủ trì',
  'phối hợp',
  'tham mưu',
  // "Công chức Văn phòng - Thống kê giúp UBND xã tổng hợp …": the officer who helps the body
  'giúp',
  'tổ chức(?! chính trị| đảng| cơ sở| xã hội| bộ máy| phụ trách)',
  'xây dựng',
  'triển khai',
  'thực hiện',
  'lãnh đạo',
  'chỉ đạo',
  'hướng dẫn',
  'tăng cường',
  'đẩy mạnh',
  'dành',
  'căn cứ',
  'biên tập',
  'theo dõi',
  'gửi',
  'báo cáo',
  'cụ thể hóa',
  'cụ thể hoá',
  'tuyên truyền',
  'nghiên cứu',
  'quán triệt',
  'rà soát',
  'kiểm tra',
  'giám sát',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'khẩn trương',
  'tập trung',
  'tiếp tục',
  'nâng cao',
  'bố trí',
  'ban hành',
  'đôn đốc',
  'phát huy',
  'hoàn thành',
  // finishing a file or a payment: "Phòng Quản lý đô thị hoàn tất hồ sơ …"
  'hoàn tất',
  // repairing, marking, copying and sealing: "Công ty Điện lực khắc phục xong sự cố …", "Giáo viên
  // chấm bài …", "bộ phận văn thư in sao, niêm phong đề …"
  'khắc phục',
  'chấm(?! dứt)',
  'in sao',
  'in ấn',
  'niêm phong',
  // a body doing its own work: "Các trường tự đánh giá …" (not "trật tự", "Tổ tự quản")
  'tự(?= (?:kiểm tra|đánh giá|rà soát|chấm|tổ chức|xây dựng|lập|thực hiện|bố trí|cân đối|chịu))',
  'chuẩn bị',
  'đề xuất',
  // a body weighing a proposal before it sends it: "Bộ Tài chính xem xét đề xuất …, trình …"
  'xem xét',
  // a body quoted: "Trung tâm … (CDC …) cho biết đã khoanh vùng …"
  'cho biết',
  // not the programme of "Chương trình", nor the works of "công trình"
  '(?<!Chương )(?<!chương )(?<!công )(?<!Công )trình',
  'đăng ký',
  'tích cực',
  'chủ động',
  'thường xuyên',
  'theo chức năng',
  'đảm bảo',
  'bảo đảm',
  'quan tâm',
  'vận động',
  'sơ kết',
  'tổng kết',
  'thí điểm',
  'phấn đấu',
  'tổng hợp',
  'cập nhật',
  'bổ sung',
  'xét công nhận',
  'xét duyệt',
  'chỉnh lý',
  'đẩy nhanh',
  'điều chuyển',
  'hoàn thiện',
  'khảo sát',
  'thẩm định',
  'xử lý',
  'phổ biến',
  'tiếp nhận',
  'làm việc',
  'ưu tiên',
  'hoàn chỉnh',
  'soạn thảo',
  'tiến hành',
  // handing over a site or works: "Ban Quản lý dự án … bàn giao mặt bằng cho nhà thầu …"
  'bàn giao',
  // acting as the focal point: "giao Sở X làm đầu mối, phối hợp với …"
  'làm đầu mối',
  'đánh giá',
  'thống kê',
  'kiện toàn',
  'củng cố',
  'duy trì',
  'phê duyệt',
  'công bố',
  'thông báo',
  'giải quyết',
  'thanh tra',
  'hỗ trợ',
  'là',
  'có',
  'được',
  'cần',
  'phải',
  // the duties of an election timetable
  'niêm yết',
  'lập',
  // "Hợp tác xã … cung ứng đủ giống …", "Công ty … cung cấp nước …"
  'cung ứng',
  'cung cấp',
  'nộp',
  'ấn định',
  'quyết định',
  'mở',
  'thành lập',
  // a request's verb ends the requester: "Sở X có công văn gửi các đơn vị đề nghị …"
  'đề nghị',
  'yêu cầu',
  'nhắc nhở',
  // "UBND các xã, phường ký cam kết với Ban …": signing, not a word of the name ("Thư ký" is)
  '(?<!Thư )(?<!thư )ký(?= (?:cam kết|kết|ban hành|hợp đồng|quy chế|biên bản|xác nhận|văn bản))',
  'vận hành',
  'tiếp thu',
  // the practical work a body is given ("UBND các quận, huyện phát lệnh gọi nhập ngũ …", "Hợp tác
  // xã … nạo vét kênh …", "UBND các xã thu thập …", "Tổ công tác phường đối chiếu dữ liệu …"), not
  // when it names a team ("Tổ thu thập thông tin", "Đội sửa chữa")
  ...[
    'phát lệnh',
    'nạo vét',
    'thu thập',
    'phân bổ',
    'đối chiếu',
    'số hóa',
    'số hoá',
    'sửa chữa',
    'gia cố',
    'phân loại',
    'lắp đặt',
    'tu sửa',
    'di dời',
    // supplies handed out: "Trung tâm Kiểm soát bệnh tật … cấp phát vắc xin, vật tư cho …"
    'cấp phát',
    'phân phối',
    'vận chuyển',
  ].map((v) => `(?<!(?:Tổ|tổ|Đội|đội|Đoàn|đoàn|Nhóm|nhóm) )${v}`),
  // adverbs of time before the verb: "Bộ Nội vụ sẽ tổng hợp", "Tổ bầu cử đã niêm yết", "Các
  // huyện ủy định kỳ 6 tháng, năm báo cáo"
  'định kỳ',
  'sẽ',
  'đã',
  'đang',
  'vừa',
];
/**
 * Case-sensitive on purpose: in running text these verbs are lower case, while agency names write
 * the same words capitalised ("Ủy ban Kiểm tra Huyện ủy", "Ban Tổ chức Tỉnh ủy").
 */
const VERB = new RegExp(`(?<![\\p{L}])(?:${VERBS.join('|')})(?![\\p{L}])`, 'u');
/** A verb directly followed by a level word is part of a name: "Ban Quản lý dự án đầu tư xây dựng huyện". */
const NAME_TAIL =
  /^\s+(?:huyện|tỉnh|xã|thị xã|thành phố|thị trấn|cơ sở|trung ương|Đảng)(?![\p{L}])/u;

// (a bracket inside the phrase may hold commas: "Theo Điều 4 Nghị định … (được sửa đổi, bổ sung), …")
const LEADING_ADVERBIAL =
  /^(?:(?:Căn cứ|Trên cơ sở|Thực hiện|Để|Kết thúc|Sau|Ngay sau khi|Trong|Đến|Từ|Năm|Hằng|Định kỳ|Cũng theo|Theo|Ngoài ra|Đồng thời|Bên cạnh đó|Chậm nhất|Muộn nhất|Trước|Ngày|Sáng|Chiều|Tối|Phát biểu|Kết luận|Tại)(?:[^,:()]|\([^()]{0,80}\)){0,160},\s*)+/iu;
/**
 * "Trên cơ sở báo cáo của các đơn vị, địa phương, Sở X tổng hợp …": the opening phrase goes on
 * over the lower-case words of its list; the subject is the named body after them.
 */
const ADVERBIAL_LIST_TAIL = /^(?:\p{Ll}[^,;:]{0,40},\s*)+(?=\p{Lu})/u;
/** "Sở X có công văn gửi các đơn vị đề nghị …": the duty is the addressees'. */
const LETTER_TO = new RegExp(
  `^[^,;:]{3,120}?\\s+có\\s+${anyOf(LETTERS)}[^,;:]{0,80}?\\s+gửi\\s+(?=(?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}]))`,
  'iu',
);
/**
 * "Ban Thường vụ Huyện ủy đề nghị các chi bộ … xây dựng …", "Sở X nhắc nhở các đơn vị khẩn
 * trương …", "Bộ yêu cầu các sở …" (a bare "Bộ", "Sở"): the duty is the addressee's, the body asked
 * or reminded.
 */
const REQUEST = new RegExp(
  `^[^,;:]{2,120}?\\s+(?:đề nghị|yêu cầu|giao cho|giao|nhắc nhở|đôn đốc)\\s+(?=(?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}]))`,
  'iu',
);

/**
 * A request whose requester's name holds a comma before a lower-case word ("Ban Chỉ huy phòng
 * cháy, chữa cháy rừng tỉnh yêu cầu UBND các xã, phường nêu trên:"): the text after the request's
 * verb, else undefined. (A comma before a capital still ends the requester, as in `REQUEST`.)
 */
const REQUEST_ANY = new RegExp(
  `^([^;:]{2,120}?)\\s+(?:đề nghị|yêu cầu|giao cho|giao|nhắc nhở|đôn đốc)\\s+(?=(?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}]))`,
  'iu',
);
function requestedAcrossNameComma(text: string): string | undefined {
  const m = REQUEST_ANY.exec(text);
  return m?.[1] !== undefined && /^(?:[^,]|,(?=\s*\p{Ll}))*$/u.test(m[1])
    ? text.slice(m[0].length)
    : undefined;
}

/** Strips "Giao", "Đề nghị", "Yêu cầu" and leading time or basis phrases before a subject. */
function subjectText(raw: string): string {
  // a table row: "4 | Ủy ban bầu cử các cấp công bố … | 20 ngày | 02/5/2021"
  const text = raw
    .replace(/^\d{1,3}\s*\|\s*/u, '')
    // a news item's source tag: "(HLO) - Sáng 11/10, …"
    .replace(/^\(\p{Lu}{2,8}\)\s*[-–]\s*/u, '')
    // a duty opened by an ordinal: "Thứ nhất, các huyện ủy hoàn thành …" (lower-case on purpose:
    // "Thứ Năm, 03/07/2025" is a weekday)
    .replace(/^Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,\s*/u, '')
    // "Riêng UBND xã A và UBND xã B nộp …": the bodies set apart from the ones before are the
    // subject
    .replace(new RegExp(`^Riêng\\s+(?=(?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}]))`, 'u'), '')
    // the aspect a sentence turns to: "Về tiến độ, các công đoàn ngành, Công đoàn … gửi …" (the
    // bodies listed after it are the subject, lower-case or not)
    .replace(/^Về\s+(?:tiến độ|thời gian|thời hạn|phân công)\s*,\s*/u, '')
    // "Đối với Trung tâm Kiểm soát bệnh tật các tỉnh, Bộ đề nghị gửi báo cáo …": a request with
    // no body after its verb asks the body the sentence turned to
    .replace(
      new RegExp(
        `^Đối với\\s+((?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}])[^,:;]{0,120}),\\s*[^,:;]{2,60}?\\s+(?:đề nghị|yêu cầu)\\s+(?!(?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}]))(?=\\p{Ll})`,
        'iu',
      ),
      '$1 ',
    )
    // the case a duty is for, before the body that has it: "Đối với lao động là người nước ngoài,
    // người sử dụng lao động báo cáo …" (not "Đối với các đoàn thể tổ chức …, tổng hợp …", where
    // the case is the body)
    .replace(
      new RegExp(
        `^Đối với[^,:;]{0,120},\\s*(?=(?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}]))`,
        'iu',
      ),
      '',
    )
    // a speaker's words: "Bà Lê Thị Hạnh, Phó Chủ tịch Hội …, cho biết, Ban Thường vụ … đã chỉ đạo
    // …", "Ông X khẳng định: UBND huyện sẽ …": the duty is the body named after the reporting verb
    // (also a speaker named by office, after the occasion: "Trả lời chất vấn về …, Giám đốc Sở X
    // cho biết Sở sẽ hoàn thành …", "Phó Chủ tịch UBND huyện khẳng định UBND huyện sẽ …")
    .replace(
      /^(?:[^,;:.]{3,120},\s*)??(?:(?:Ông|Bà|Đồng chí|Đ\/c|Theo\s+(?:ông|bà|đồng chí))\s+[^;:]{3,160}?\s*,?\s+(?:cho biết|thông tin|nhấn mạnh|khẳng định|chia sẻ)\s*[,:]|(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Bộ trưởng|Thứ trưởng|Trưởng ban|Trưởng phòng|Bí thư|Cục trưởng|Chi cục trưởng|Hiệu trưởng)\s+(?=\p{Lu})[^;:,]{3,120}?\s+(?:cho biết|thông tin|nhấn mạnh|khẳng định|cam kết)\s*[,:]?)\s*(?=\p{Lu})/u,
      '',
    );
  const afterAdverbial = text.replace(LEADING_ADVERBIAL, '');
  return (
    (afterAdverbial === text ? text : afterAdverbial.replace(ADVERBIAL_LIST_TAIL, ''))
      // "Đối với các đoàn thể tổ chức thẩm tra …": the body the sentence turns to
      .replace(
        new RegExp(`^Đối với\\s+(?=(?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}]))`, 'iu'),
        '',
      )
      .replace(LETTER_TO, '')
      // "Triển khai công tác bầu cử ở cấp huyện: UBND cấp huyện mở hội nghị …": a task's title, then
      // who does it
      .replace(
        new RegExp(
          `^[^:;.]{3,100}:\\s+(?=(?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}])[^:]*$)`,
          'iu',
        ),
        '',
      )
      // "Thời hạn các cơ quan, tổ chức gửi báo cáo …": the time of someone's duty
      .replace(/^(?:Thời hạn|Thời gian)\s+(?=(?:các\s+)?\p{Ll})/u, '')
      .replace(REQUEST, '')
      .replace(/^(?:Giao|Đề nghị|Yêu cầu|Giao cho)\s+/u, '')
  );
}

/** The work a team is named by: "Đoàn kiểm tra", "Tổ giúp việc", "Đoàn giám sát". */
const TEAM_WORK = /^(?:kiểm tra|giám sát|thanh tra|thẩm định|giúp)$/u;
/** The rest of a team's name after its work: "liên ngành", its level, a capitalised name. */
const TEAM_TAIL =
  /^(?:\s+(?:liên ngành|chuyên ngành|liên sở|liên cơ quan|huyện|tỉnh|xã|phường|thị trấn|thành phố|quận|\p{Lu}[\p{L}]*)(?![\p{L}]))*/u;

/** Where the first verb after the subject's first letter is, skipping verbs that are part of a name. */
function firstVerbAt(t: string): number {
  const re = new RegExp(VERB.source, 'gu');
  let skipTo = 0;
  for (const m of t.slice(1).matchAll(re)) {
    const end = m.index + 1 + m[0].length;
    if (NAME_TAIL.test(t.slice(end)) && VERB.test(t.slice(end, end + 80))) continue;
    // "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh bàn giao …": the works a
    // project board invests in name the board, when the duty's verb comes after
    if (
      m[0] === 'xây dựng' &&
      /đầu tư\s+$/u.test(t.slice(0, m.index + 1)) &&
      /^\s+(?:các\s+)?công trình(?![\p{L}])/u.test(t.slice(end)) &&
      VERB.test(t.slice(end, end + 120))
    )
      continue;
    // "Các chủ rừng là tổ chức: …", "chủ rừng là hộ gia đình, cá nhân …": "tổ chức" after "là" is
    // the kind of owner, part of the name, not the verb "organise"
    if (
      m[0] === 'là' &&
      /^\s+(?:tổ chức|hộ gia đình|cá nhân|doanh nghiệp)(?![\p{L}])/u.test(t.slice(end))
    )
      continue;
    if (m[0] === 'tổ chức' && /(?<![\p{L}])là\s+$/u.test(t.slice(0, m.index + 1))) continue;
    // "Phòng Kế hoạch tổng hợp hoàn thành …", "Phòng Hành chính tổng hợp gửi …": a hospital's or
    // an office's department named "… tổng hợp", when another verb follows at once
    if (
      m[0] === 'tổng hợp' &&
      /(?:Kế hoạch|Hành chính)\s+$/u.test(t.slice(0, m.index + 1)) &&
      (new RegExp(`^\\s+(?!báo cáo)(?:${VERBS.join('|')})(?![\\p{L}])`, 'u').test(t.slice(end)) ||
        // "Phòng Kế hoạch tổng hợp - Quản lý chất lượng tổng hợp …": the name goes on after a dash
        /^\s+[-–]\s+\p{Lu}/u.test(t.slice(end)))
    )
      continue;
    // "các cơ quan, đơn vị thuộc Bộ nhận báo cáo định kỳ có trách nhiệm …": what the body
    // receives describes it; the duty's verb comes after
    if (/(?<![\p{L}])(?:nhận|tiếp nhận)\s+$/u.test(t.slice(0, m.index + 1))) continue;
    // "Cơ quan lập danh sách cử tri niêm yết …": a bare "cơ quan", "đơn vị" is named by what it
    // does when the duty's verb comes after in the same clause
    if (
      !/^(?:được|đã|sẽ|đang|vừa|cần|phải|có|là|định kỳ)$/u.test(m[0]) &&
      /^(?:các\s+)?(?:cơ quan|đơn vị)\s+$/iu.test(t.slice(0, m.index + 1))
    ) {
      const later = VERB.exec(t.slice(end));
      if (later && !/[,.;:]/u.test(t.slice(end, end + later.index))) continue;
    }
    // "… nhận báo cáo định kỳ có trách nhiệm …": "định kỳ" after "báo cáo" is the report's kind
    if (m[0] === 'định kỳ' && /(?<![\p{L}])báo cáo\s+$/u.test(t.slice(0, m.index + 1))) continue;
    // "Các bộ phận, công chức được phân công báo cáo …", "các địa phương đã gửi báo cáo rà soát
    // …", "Các đơn vị chưa nộp báo cáo khẩn trương …", "Các đơn vị thực hiện Chương trình gửi báo
    // cáo …": who was assigned, who has (not) sent its report or which programme a body carries
    // out describes the subject when the duty's verb comes after in the same clause
    if (m.index + 1 < skipTo) continue;
    const rest = t.slice(end);
    // "Đoàn kiểm tra liên ngành xã: kiểm tra …", "Tổ kiểm tra báo cáo …", "Tổ giúp việc xây dựng
    // …": a team named by its work, when its own verb (or a label's colon) follows the name
    if (TEAM_WORK.test(m[0]) && /^(?:các\s+)?(?:Đoàn|Tổ|Đội)\s+$/u.test(t.slice(0, m.index + 1))) {
      // "Tổ giúp việc": "giúp" names a team only with "việc"
      const helps = m[0] === 'giúp' ? (/^\s+việc(?![\p{L}])/u.exec(rest)?.[0] ?? null) : '';
      const tail =
        helps === null ? null : helps + (TEAM_TAIL.exec(rest.slice(helps.length))?.[0] ?? '');
      const after = tail === null ? '' : rest.slice(tail.length);
      if (
        tail !== null &&
        (/^\s*:/u.test(after) ||
          new RegExp(`^\\s+(?:${VERBS.join('|')})(?![\\p{L}])`, 'u').test(after))
      ) {
        skipTo = end + tail.length;
        continue;
      }
    }
    // ("Ban được giao hoàn thành thi công …", "Sở Xây dựng được giao chủ trì …": a body named by its
    // own name is given the duty, "được giao" starts what it is to do)
    const namedBody = /^\p{Lu}/u.test(t) && !/^(?:Các|Những|Mọi)(?![\p{L}])/u.test(t);
    const described = /^(?:được|đã)$/u.test(m[0])
      ? m[0] === 'được' && namedBody
        ? null
        : /^\s+(?:phân công|giao|gửi báo cáo|nộp báo cáo|kiểm tra|thanh tra|giám sát)(?![\p{L}])/u.exec(
            rest,
          )
      : /^(?:gửi|nộp)$/u.test(m[0]) && /(?<![\p{L}])chưa\s+$/u.test(t.slice(0, m.index + 1))
        ? /^\s+báo cáo(?![\p{L}])/u.exec(rest)
        : // "các trường chưa hoàn thành kiểm định báo cáo …": what a body has not finished
          /^hoàn thành$/u.test(m[0]) && /(?<![\p{L}])chưa\s+$/u.test(t.slice(0, m.index + 1))
          ? /^(?:\s+[\p{Ll}]+){1,4}?(?=\s+(?:báo cáo|gửi|nộp)(?![\p{L}]))/u.exec(rest)
          : /^thực hiện$/u.test(m[0])
            ? /^\s+(?:Chương trình|Kế hoạch|Đề án|Dự án)(?![\p{L}])/u.exec(rest)
            : null;
    if (described) {
      const after = rest.slice(described[0].length);
      const later = VERB.exec(after);
      if (later && !/[.;:]/u.test(after.slice(0, later.index))) {
        skipTo = end + described[0].length;
        continue;
      }
    }
    // "các cơ quan, tổ chức, doanh nghiệp gửi …": a word of a list of nouns, not the verb
    if (/,\s*$/u.test(t.slice(0, m.index + 1)) && /^\s*(?:,|và\s)/u.test(t.slice(end))) continue;
    return m.index + 1;
  }
  return -1;
}

function cleanAgency(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      // "các Trung tâm hàng năm chỉ thực hiện …": an adverb between the subject and its verb (not
      // the kind of a report the subject names: "… nhận báo cáo hằng tháng")
      .replace(
        /(?<!báo cáo)(?:\s+(?:(?:hàng|hằng|mỗi)\s+(?:năm|quý|tháng|tuần|ngày)|định kỳ|chỉ|cũng|đều|vẫn|sẽ|cần|phải|khẩn trương|kịp thời|thường xuyên|tiếp tục))+$/u,
        '',
      )
      .replace(/\s+(?:có liên quan|liên quan)$/u, '')
      .replace(/[\s,;:.-]+$/u, '')
      .trim()
  );
}

/**
 * The body a sentence assigns its work to: "Giao Sở Y tế chịu trách nhiệm đôn đốc các đơn vị …" →
 * "Sở Y tế" (where `subjectOf` reads the bodies urged, who act in "… đôn đốc các xã báo cáo …").
 */
export function assignedBody(text: string): string | null {
  const m = /^\s*(?:[-+•]\s*)?Giao(?:\s+cho)?\s+(.+)$/su.exec(text);
  if (!m?.[1]) return null;
  const head = m[1].split(/\s+(?:đề nghị|yêu cầu|nhắc nhở|đôn đốc)\s/u)[0] ?? '';
  return subjectOf(`${head} thực hiện`);
}

/**
 * The body a duty names as its lead after the work, not before it: "…, Sở Tài chính chủ trì, hoàn
 * thành …", "…; cơ quan chủ trì: Sở Y tế; …", "…, đơn vị chủ trì là Thanh tra tỉnh". Null when none.
 */
const LEAD_NAMED_AFTER = [
  // a body after a comma or a semicolon, then "chủ trì" and what follows it
  new RegExp(
    String.raw`[,;]\s*((?:các\s+)?${AGENCY_HEAD_SOURCE}(?![\p{L}])[^,;:.()]{0,80}?)\s+chủ trì(?:\s+(?:thực hiện|triển khai))?(?=\s*(?:[,;.]|$|phối hợp|và\s+phối hợp))`,
    'u',
  ),
  // "cơ quan chủ trì: Sở Y tế", "đơn vị chủ trì là UBND các huyện"
  new RegExp(
    String.raw`(?<![\p{L}])(?:cơ quan|đơn vị)\s+chủ trì\s*(?::|là)\s*((?:các\s+)?${AGENCY_HEAD_SOURCE}(?![\p{L}])[^;:.()]{0,80}?)(?=\s*(?:[;.()]|,\s*(?:cơ quan|đơn vị)\s+phối hợp|,\s*(?:thời gian|thời hạn|hoàn thành)(?![\p{L}])|$))`,
    'iu',
  ),
];
export function leadNamedAfter(text: string): string | null {
  for (const re of LEAD_NAMED_AFTER) {
    const m = re.exec(text);
    if (m?.[1]) return cleanAgency(m[1]);
  }
  return null;
}

/**
 * The body a lead-in hands the list under it to: "Giao Sở Nông nghiệp và Môi trường:", "Chánh
 * Thanh tra tỉnh yêu cầu các phòng nghiệp vụ:" (an item with no subject of its own is that body's
 * work). A lead-in that only says who asks ("Sở Nội vụ đề nghị:") names none.
 */
export function leadInAssignee(text: string): string | null {
  const sentence = (
    text
      .trim()
      .split(/[.!?]\s+/u)
      .pop() ?? ''
  ).replace(/:\s*$/u, '');
  const bare = sentence.replace(LEADING_ADVERBIAL, '');
  if (!/^\s*(?:[-+•]\s*)?Giao(?:\s+cho)?\s/u.test(bare) && !REQUEST.test(bare)) {
    const asked = requestedAcrossNameComma(bare);
    if (asked !== undefined) return subjectOf(`${asked} thực hiện`);
    // "Ban Chỉ huy … ban hành công điện khẩn, yêu cầu UBND các xã, phường ven biển:": the request
    // after a comma that follows what the body issued
    const after = /,\s*(?:đồng thời\s+)?(?:yêu cầu|đề nghị|giao(?:\s+cho)?)\s+(.+)$/u.exec(bare);
    return after?.[1] && AGENCY_START.test(after[1]) ? assignedBody(`Giao ${after[1]}`) : null;
  }
  return assignedBody(bare) ?? subjectOf(`${bare} thực hiện`);
}

/** The agency that opens a sentence or clause (before its first verb or a colon), if any. */
export function subjectOf(text: string): string | null {
  // a quoted passage's opening mark before its first sentence: "\"Sở đề nghị các đơn vị …"
  const t = subjectText(text.trim().replace(/^["“«]\s*/u, ''));
  if (!AGENCY_START.test(t)) return null;
  const colon = /^([^:;.]{3,160}):\s+\S/u.exec(t);
  // a subject ends within its clause: "UBND các quận, huyện phát lệnh … xong trước ngày …; tổng
  // hợp kết quả, báo cáo …" — the verb after ";" is the next duty's, not the end of this subject
  // (a ";" before another body parts a list of bodies: "Giao các sở, ngành; UBND các huyện; …")
  // (nor does it run over a sentence's end: "… xong trước ngày 27/3/2026. Các trạm y tế lập …";
  // an abbreviation's dot is no end: "Sở Y tế Tp. Hồ Chí Minh tổ chức …")
  const clause = t
    .split(/(?<=\p{Ll}{2}|[\d)])\.\s+(?=\p{Lu})/u)[0]
    ?.split(new RegExp(`;(?!\\s*(?:các\\s+)?${AGENCY_HEAD_SOURCE}(?![\\p{L}]))`, 'iu'))[0];
  const verbAt = firstVerbAt(clause ?? t);
  if (colon?.[1] && (verbAt < 0 || colon[1].length <= verbAt)) return cleanAgency(colon[1]);
  if (verbAt <= 0 || verbAt > 220) return null;
  // "Ủy ban bầu cử ở tỉnh, ở huyện, ở xã, trên cơ sở đề nghị của …, ấn định …": the phrase after a
  // comma that gives the basis, the time or the condition of the duty is not part of the subject
  const subject = cleanAgency(
    t.slice(0, verbAt).replace(
      // (nor is an apposition naming the body's role: "UBND tỉnh Thanh Vân, địa phương đăng cai,
      // thành lập …", "Sở Y tế, cơ quan thường trực, tổng hợp …")
      /,\s*(?:(?:trên cơ sở|sau khi|căn cứ|theo|khi|nếu|để|trong|trước khi|đồng thời)|(?:là\s+)?(?:địa phương|cơ quan|đơn vị)\s+(?:đăng cai|thường trực|chủ trì|đầu mối|chủ quản|được giao))(?![\p{L}])[\s\S]*$/u,
      '',
    ),
  );
  // a bare "Bộ" or "Sở" ("Bộ sẽ tổng hợp, báo cáo …") stands for the one named before it (the
  // caller gives its full name)
  return subject.length >= 3 || /^(?:Bộ|Sở)$/u.test(subject) ? subject : null;
}

/**
 * The body that asks for a duty ("Sở X có công văn gửi các đơn vị đề nghị …", "UBND tỉnh yêu cầu
 * các đơn vị …"): when the text names no recipient, the report goes back to it.
 */
export function requesterOf(text: string): string | null {
  const t = text.trim().replace(LEADING_ADVERBIAL, '');
  const m =
    /^(.{3,120}?)\s+(?:(?:vừa\s+|đã\s+)?có\s+(?:công văn|văn bản|thông báo)(?:[^;:]{0,80}?\s+gửi\s+[^;:]{2,120}?)?\s+)?(?:đề nghị|yêu cầu)\s/u.exec(
      t,
    );
  const who = m?.[1]?.trim();
  if (!who || !AGENCY_START.test(who) || VERB.test(who)) return null;
  if (/(?<![\p{L}])(?:nhận|Công văn|công văn|Văn bản|văn bản|số|của)(?![\p{L}])/u.test(who))
    return null;
  return cleanAgency(who);
}

/** The verbs by which one body asks or directs another to act. */
const ASKING = /(?<![\p{L}])(?:chỉ đạo|đôn đốc|đề nghị|yêu cầu)\s+/gu;

/**
 * The body asked or directed right before a duty's verb ("Sở Y tế chỉ đạo các cơ sở y tế" + "báo
 * cáo …", "…; đề nghị các quận, huyện" + "báo cáo …"): it does the duty, not the body that asks;
 * else null.
 */
export function askedBodyBefore(before: string): string | null {
  const last = [...before.matchAll(ASKING)].pop();
  if (!last) return null;
  const rest = before.slice(last.index + last[0].length).trim();
  if (!AGENCY_START.test(rest) || VERB.test(rest)) return null;
  const body = subjectOf(`${rest} gửi`);
  return body !== null && body === cleanAgency(rest) ? body : null;
}

/** A condition that opens a sentence: "Các đơn vị có nhu cầu …", "Nếu …", "Trường hợp …". */
const CONDITION = /(?:^|[\s(])(?:có nhu cầu|nếu|khi|trường hợp|muốn|đăng ký tham gia)(?![\p{L}])/iu;

/** Where a subject starts inside a longer text ("Kết thúc đợt học tập, quán triệt UBMTTQ và …"). */
export function subjectBefore(text: string, verbAt: number): string | null {
  const before = text.slice(0, verbAt);
  // "Đoàn kiểm tra làm việc tại một số xã; các xã được chọn bổ sung báo cáo …": after a clause with
  // its own subject and verb, the body that opens the clause the verb is in is its subject (a list
  // of bodies parted by ";" before one verb has no verb before the last ";")
  const lastSemi = before.lastIndexOf(';');
  if (lastSemi > 0) {
    const lastClause = before.slice(lastSemi + 1);
    const inLast = AGENCY_START.test(lastClause.trim()) ? subjectOf(`${lastClause} gửi`) : null;
    // (every clause before names its own body: "Kết thúc đợt học tập, quán triệt UBMTTQ …; các
    // cơ quan thông tin tuyên truyền; các chi, đảng bộ cơ sở gửi báo cáo …" lists the senders)
    const clausesBefore = before.slice(0, lastSemi).split(';');
    if (inLast && clausesBefore.every((c) => subjectOf(c) !== null)) return inLast;
  }
  const own = subjectOf(before + ' gửi');
  if (own) return own;
  // "Khi nhiệt độ xuống dưới 12 độ C, không thả rông gia súc; trong thời gian rét đậm, rét hại,
  // UBND các xã, phường báo cáo …": after a condition's clause, the clause the verb is in names
  // its subject
  // (not when ";" parts a list of bodies: "UBMTTQ …; các cơ quan thông tin tuyên truyền; các chi,
  // đảng bộ cơ sở gửi báo cáo …")
  const semi = before.lastIndexOf(';');
  const previousPart = (before.slice(0, semi).split(';').pop() ?? '').trim();
  // (so does a clause of its own before ";", a noun then its verb: "Đối với quan trắc tự động, số
  // liệu được truyền liên tục về Sở; cơ sở gửi báo cáo …"; not a verb whose objects are the
  // bodies listed: "Kết thúc đợt học tập, quán triệt UBMTTQ …; các chi, đảng bộ cơ sở gửi …")
  const lastPart = (previousPart.split(',').pop() ?? '').trim();
  const ownClause = !AGENCY_START.test(lastPart) && (VERB.exec(lastPart)?.index ?? 0) > 0;
  if (
    semi >= 0 &&
    (CONDITION.test(previousPart) || ownClause) &&
    !AGENCY_START.test(previousPart)
  ) {
    const inClause = subjectOf(before.slice(semi + 1) + ' gửi');
    if (inClause) return inClause;
  }
  // "Các đơn vị có nhu cầu cung cấp cây giống, trưởng các đơn vị lập kế hoạch … gửi về …": a
  // condition says whom the duty is for; the subject after its comma does it
  const comma = before.lastIndexOf(',');
  if (comma > 0 && CONDITION.test(before.slice(0, comma))) {
    const after = subjectOf(before.slice(comma + 1) + ' gửi');
    if (after) return after;
  }
  // only after an opening phrase: "Kết thúc đợt học tập, quán triệt UBMTTQ và … gửi báo cáo"
  if (!/^(?:Kết thúc|Sau khi|Căn cứ|Trên cơ sở|Định kỳ|Hằng|Hàng)\s/u.test(before.trim()))
    return null;
  const re = new RegExp(
    `(?<![\\p{L}])(?:các\\s+)?(?:UBND|UBMTTQ|MTTQ|Ủy ban|Uỷ ban|Ban|Sở|Phòng|Trung tâm|Đảng ủy|Đảng uỷ|Huyện ủy|Tỉnh ủy|Mặt trận)(?![\\p{L}])`,
    'u',
  );
  const m = re.exec(before);
  if (!m) return null;
  const subject = cleanAgency(before.slice(m.index));
  // "Căn cứ chương trình hành động … của Tỉnh ủy, tham mưu Ban Thường vụ xây dựng kế hoạch …":
  // the issuer of the document the phrase cites is no subject
  if (/(?<![\p{L}])của\s+$/u.test(before.slice(0, m.index))) return null;
  return subject.length >= 3 && subject.length <= 220 ? subject : null;
}

/** A heading that is nothing but agency names: "1. Ủy ban nhân dân huyện", "4. UBMTTQ …; Các chi, đảng bộ cơ sở". */
/**
 * Bodies a heading in capitals names before what they do ("II. CƠ SỞ IN KHỐI TRUNG ƯƠNG THỰC HIỆN
 * CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ"), compared without marks: capitals are often typed with a mark missing
 * or misplaced ("CƠ SƠ").
 */
const CAPS_HEADS =
  /^(?:cac\s+)?(?:co so|co quan|don vi|uy ban|ubnd|so|phong|ban|bo|cuc|chi cuc|trung tam|van phong|doanh nghiep|to chuc)(?![a-z])/u;

function capsHeadingAgency(title: string): string | null {
  const letters = [...title].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter((c) => c !== c.toLocaleLowerCase('vi')).length;
  if (letters.length < 6 || upper / letters.length < 0.8) return null;
  const lower = title
    .toLocaleLowerCase('vi')
    .replace(/\([^)]*\)/gu, ' ')
    .trim();
  const verbAt = firstVerbAt(lower);
  if (verbAt <= 0) return null;
  const head = lower.slice(0, verbAt).trim();
  if (!CAPS_HEADS.test(foldText(head))) return null;
  // "III. TỔ CHỨC THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN": the section that assigns the work, where
  // "tổ chức" is the verb "organise", names no body
  if (/^(?:các\s+)?tổ chức$/u.test(head)) return null;
  // keep the words as written, in sentence case
  const written = title.trim().slice(0, head.length);
  return cleanAgency(written.charAt(0) + written.slice(1).toLocaleLowerCase('vi'));
}

/**
 * A label that hands the items under it to a body by naming it after "Đối với", "Về phía" or
 * "Riêng" ("1. Đối với Công ty TNHH …:", "Về phía UBND các xã:"): the body, as if named alone.
 */
const FOR_BODY = /^(?:Đối với|Về phía|Riêng)\s+(?=\S)/u;

export function agencyHeading(title: string): string | null {
  const t = title.trim().replace(FOR_BODY, '');
  if (!AGENCY_START.test(t)) return capsHeadingAgency(t);
  if (t.length > 250) return null;
  if (VERB.test(t.replace(/^(?:các\s+)?tổ chức chính trị/iu, ''))) return null;
  return cleanAgency(t);
}

/** (not a place where the work is done: "diễn tập … tại xã Suối Tiên", "ở huyện A", "trên địa bàn xã B") */
const LOCALITY =
  /(?<![\p{L}])(?<!(?:tại|ở|trên địa bàn|địa bàn)\s)((?:thành phố|thị xã|huyện|xã|phường|thị trấn|tỉnh)\s+(?:\p{Lu}[\p{L}]*)(?:\s+\p{Lu}[\p{L}]*){0,3})/gu;

/** The last named locality ("huyện Bình Sơn", "xã Tịnh Hà") a clause mentions before `end`. */
export function localityBefore(text: string, end: number): string | null {
  let found: string | null = null;
  let firstAfterComma: string | null = null;
  for (const m of text.slice(0, end).matchAll(LOCALITY)) {
    found = m[1] ?? null;
    firstAfterComma ??= found;
  }
  // "xã Tịnh Hà, huyện Sơn Tịnh": the smaller unit named first is the subject
  const list =
    /((?:thị xã|xã|phường|thị trấn)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}),\s+(?:huyện|thành phố|thị xã|tỉnh)\s+\p{Lu}/u.exec(
      text.slice(0, end),
    );
  if (list?.[1]) return list[1];
  return found;
}
