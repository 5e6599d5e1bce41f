/**
 * Agency names as offices write them: "UBND huyện", "BTG Huyện ủy", "Trung tâm VH TT&TT huyện",
 * "Ủy ban Mặt trận Tổ quốc Việt Nam huyện".
 *
 * Comparison key (`agencyKey`): Unicode NFC, well-established abbreviations expanded
 * (`AGENCY_ABBREVIATIONS`), then case, diacritics (so "Ủy"/"Uỷ", "hóa"/"hoá") and punctuation
 * folded, the words "các" and "và" dropped, and a few optional tails made canonical ("Mặt trận Tổ
 * quốc Việt Nam" → "Mặt trận Tổ quốc", "Đoàn Thanh niên Cộng sản Hồ Chí Minh" → "Đoàn Thanh niên",
 * "Hội Liên hiệp Phụ nữ" → "Liên hiệp Phụ nữ" …).
 *
 * Abbreviations are expanded only where they are written as abbreviations: the two-letter ones that
 * are also syllables once diacritics are gone ("TU" ~ "tư", "tự"; "HU"; "TT"; "CA"; "ĐU") only in
 * capitals, so "Bộ Tư pháp" never becomes "Bộ Tỉnh ủy pháp".
 *
 * A centre's abbreviation carries its field ("TTYT" is "Trung tâm Y tế", "TTBDCT" "Trung tâm Bồi
 * dưỡng chính trị"); a lone "TT" is read by what follows it (see `expandTT`).
 *
 * Matching: the same key as the agency's name → exact; as one of its aliases → alias; equal only
 * once abbreviations are expanded on either side → abbreviation; with a level word left out ("Hội
 * CCB" for "Hội Cựu chiến binh huyện") → level-implied, or a place name left out ("Huyện đoàn" for
 * "Huyện đoàn Than Uyên") → place-implied, each only when the set holds exactly one such unit and
 * the name gives no place of its own; a part of a body that sends for it ("Thường trực HĐND xã …",
 * "BPMC xã …") → standing-body or one-stop-desk, when the set lists no such part (`BODY_PARTS`)
 * (all confidence 1). Otherwise a
 * fuzzy score: 0.6 × a token Dice coefficient (tokens one edit apart count 0.8) + 0.4 × a character
 * bigram Dice coefficient, × 0.9 when only one side says its level, × 0.7 when the head words
 * differ ("Văn phòng UBND huyện" is not "UBND huyện"); when two agencies score within 0.02 of each
 * other the match is ambiguous and none is given. Level words (huyện, tỉnh, xã,
 * thành phố, thị xã, quận, phường, thị trấn, Trung ương, and the committees "Huyện ủy", "Tỉnh ủy",
 * "Thành ủy", "Thị ủy") must agree when both sides have them: "Ủy ban nhân dân huyện" never matches
 * "Ủy ban nhân dân tỉnh". Fuzzy confidence is below 1; the default threshold is 0.75.
 */
import { foldText, normalizeText, removeDiacritics, writtenWithoutMarks } from './text.js';

export interface AgencyDef {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
}

export type AgencyMatchHow =
  | 'exact'
  | 'alias'
  | 'abbreviation'
  /** A level word left out ("Hội CCB" for "Hội Cựu chiến binh huyện"): the set holds one such unit. */
  | 'level-implied'
  /** A place name left out ("Huyện đoàn" for "Huyện đoàn Than Uyên"): the set holds one such unit. */
  | 'place-implied'
  /** The name is one of the units a group names by their kind ("Các chi, đảng bộ cơ sở"). */
  | 'member'
  /**
   * Words written as their initials that spell the words of exactly one unit of the set ("KS Sông
   * Son" for "Khách sạn Sông Son", "Ban CHQS xã Tân Tiến" for "Ban Chỉ huy quân sự xã Tân Tiến").
   */
  | 'initials'
  /**
   * The unit named by the facility it runs, its own kind left out ("Chợ Cam Thủy" for "Tổ quản lý
   * chợ Cam Thủy"): the words end exactly one unit's name of the set.
   */
  | 'kind-implied'
  /**
   * A part of a body for the body it belongs to, when the set lists no such part as a unit of its
   * own (`BODY_PARTS`): the standing body of a council or a Party committee ("Thường trực HĐND xã
   * Yên Lãng", "TT HĐND TT Hùng Sơn", "TTHU") for that council or committee…
   */
  | 'standing-body'
  /**
   * …and a commune's one-stop desk ("BPMC xã Hòa An", "Bộ phận TN&TKQ xã Hòa An", "Một cửa TT Phú
   * Hòa") for its People's Committee ("UBND xã Hòa An", "UBND thị trấn Phú Hòa").
   */
  | 'one-stop-desk'
  /**
   * …and who acts for a commune in its reports, where the set lists the commune once: its
   * extension or veterinary worker ("KNV xã Phú Lạc"), its officials ("Công chức Văn hóa - Xã
   * hội phường Tân An"), its disaster-prevention command ("BCH PCTT xã Nam Hòa"), for the one unit
   * of the set at that place ("Xã Phú Lạc", "UBND xã Nam Hòa").
   */
  | 'commune-agent'
  /**
   * …and a district's specialised office ("phòng chuyên môn": "Phòng KT-HT Na Rì", "Phòng Tài
   * chính - Kế hoạch huyện Chợ Mới"), which advises its People's Committee and reports for it, for
   * that committee, where the set lists no office as a unit of its own.
   */
  | 'specialised-office'
  | 'fuzzy';

export interface AgencyMatch {
  readonly agency: AgencyDef;
  /** 1 for exact, alias and abbreviation matches; below 1 for fuzzy ones. */
  readonly confidence: number;
  readonly how: AgencyMatchHow;
  /** The words that matched, as written. */
  readonly text: string;
}

/** One name in a cell that lists several, matched or not. */
export interface AgencyPart {
  readonly text: string;
  readonly match?: AgencyMatch;
  /** When unmatched because several agencies fit about as well: their names, best first. */
  readonly candidates?: readonly string[];
}

export interface AgencyMatcher {
  /** The agency a whole text names, or undefined. */
  match(text: string): AgencyMatch | undefined;
  /** Every agency a cell lists ("UBMTTQ và các đoàn thể huyện; Các chi, đảng bộ cơ sở"). */
  matchAll(text: string): AgencyMatch[];
  /** The names a cell lists, each with its match when it has one: unmatched names are findings. */
  split(text: string): AgencyPart[];
  /** The agencies a name could be when no single one is clearly best (at most three, best first). */
  candidates(text: string): AgencyDef[];
  /**
   * Every agency an unmatched name could stand for: each agency whose name holds the end of its
   * proper name ("Kim Đồng" could be "Trường Tiểu học Kim Đồng" or "Trường THCS Kim Đồng"), or
   * when it gives no proper name, the close candidates. Empty when the name is matched. What is owed by these units cannot be
   * called missing on the strength of the name alone.
   */
  possible(text: string): AgencyDef[];
}

export interface AgencyMatcherOptions {
  /** Lowest fuzzy confidence accepted (default 0.75). */
  readonly threshold?: number;
  /**
   * Whether a name may match a group that names its members by kind ("Đảng ủy xã Bình Lư" as one
   * of "Các chi, đảng bộ cơ sở"; default true). Off where each unit must be told apart.
   */
  readonly members?: boolean;
}

export interface Abbreviation {
  /** Ways of writing it; "-", " " and "&" inside a form may also be written with or without spaces. */
  readonly forms: readonly string[];
  readonly expansion: string;
  /** Only in capitals (the lower-case letters are a Vietnamese syllable). */
  readonly caseSensitive?: boolean;
}

const PARTY_BODIES: ReadonlyArray<readonly [string, string]> = [
  ['BTG', 'Ban Tuyên giáo'],
  ['BTC', 'Ban Tổ chức'],
  ['BDV', 'Ban Dân vận'],
  ['BNC', 'Ban Nội chính'],
  ['BTV', 'Ban Thường vụ'],
  ['UBKT', 'Ủy ban Kiểm tra'],
  ['VP', 'Văn phòng'],
  ['TT', 'Thường trực'],
];

const COMMITTEES: ReadonlyArray<readonly [string, string]> = [
  ['HU', 'Huyện ủy'],
  ['TU', 'Tỉnh ủy'],
  ['TW', 'Trung ương'],
];

/**
 * What a district's or province's centre (trung tâm) does, as its abbreviation writes it: "TTYT" is
 * "Trung tâm Y tế", "TT BDCT" "Trung tâm Bồi dưỡng chính trị".
 */
const CENTRE_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['YT', 'Y tế'],
  ['VH-TT&TT', 'Văn hóa thể thao và Truyền thông'],
  ['VHTT&TT', 'Văn hóa thể thao và Truyền thông'],
  ['VH-TT', 'Văn hóa - Thể thao'],
  ['VHTT', 'Văn hóa - Thể thao'],
  ['VH', 'Văn hóa'],
  ['BDCT', 'Bồi dưỡng chính trị'],
  ['CT', 'Chính trị'],
  ['GDNN-GDTX', 'Giáo dục nghề nghiệp - Giáo dục thường xuyên'],
  ['GDNN', 'Giáo dục nghề nghiệp'],
  ['GDTX', 'Giáo dục thường xuyên'],
  ['DVNN', 'Dịch vụ nông nghiệp'],
  ['PTQĐ', 'Phát triển quỹ đất'],
  ['KSBT', 'Kiểm soát bệnh tật'],
  ['HCC', 'Hành chính công'],
  ['PVHCC', 'Phục vụ hành chính công'],
];

/** Well-established abbreviations of Vietnamese agencies and their parts. */
export const AGENCY_ABBREVIATIONS: readonly Abbreviation[] = [
  // centres written with their field glued on or after a space: TTYT, TT YT, TTVH-TT&TT …
  ...CENTRE_FIELDS.map(([field, fieldName]) => ({
    forms: [`TT${field}`, `TT ${field}`],
    expansion: `Trung tâm ${fieldName}`,
    caseSensitive: true,
  })),
  // compounds: BTGHU, VPHU, UBKTHU, BTVTU, TTHU ("Thường trực Huyện ủy"), VPTW …
  ...PARTY_BODIES.flatMap(([body, bodyName]) =>
    COMMITTEES.map(([committee, committeeName]) => ({
      forms: [`${body}${committee}`],
      expansion: `${bodyName} ${committeeName}`,
    })),
  ),
  { forms: ['UBND'], expansion: 'Ủy ban nhân dân' },
  { forms: ['HĐND'], expansion: 'Hội đồng nhân dân' },
  // a southern hamlet's or quarter's board: "BND ấp Tân Hòa", "BND khu phố 3"
  { forms: ['BND'], expansion: 'Ban nhân dân' },
  // a village's Front work committee: "BCTMT thôn Pác Ngòa", "Ban CTMT khu dân cư số 2"
  { forms: ['BCTMT'], expansion: 'Ban công tác Mặt trận' },
  { forms: ['CTMT'], expansion: 'công tác Mặt trận' },
  { forms: ['UBMTTQVN', 'UBMTTQ VN', 'UBMTTQ'], expansion: 'Ủy ban Mặt trận Tổ quốc' },
  { forms: ['MTTQVN', 'MTTQ VN', 'MTTQ'], expansion: 'Mặt trận Tổ quốc' },
  { forms: ['BTV'], expansion: 'Ban Thường vụ' },
  // "BCH" is Ban Chấp hành, except the military command: "BCH Quân sự", "BCHQS"
  { forms: ['BCH QS', 'BCH Quân sự'], expansion: 'Ban Chỉ huy Quân sự' },
  // …and the disaster-prevention command: "BCH PCTT xã …", "Ban CH PCTT&TKCN phường …"
  {
    forms: ['BCH PCTT&TKCN', 'Ban CH PCTT&TKCN'],
    expansion: 'Ban Chỉ huy PCTT&TKCN',
  },
  { forms: ['BCH PCTT', 'Ban CH PCTT'], expansion: 'Ban Chỉ huy PCTT' },
  { forms: ['BCH PCLB', 'Ban CH PCLB'], expansion: 'Ban Chỉ huy PCLB' },
  // …and a commune's command named by its commune alone ("BCH xã Chân Mộng"): a Ban Chấp hành is
  // always some organisation's, named before the place ("BCH Đoàn xã …")
  ...['xã', 'phường', 'thị trấn'].map((level) => ({
    forms: [`BCH ${level}`, `Ban CH ${level}`],
    expansion: `Ban Chỉ huy ${level}`,
  })),
  { forms: ['BCH'], expansion: 'Ban Chấp hành' },
  { forms: ['BTG'], expansion: 'Ban Tuyên giáo' },
  { forms: ['BTC'], expansion: 'Ban Tổ chức' },
  { forms: ['BDV'], expansion: 'Ban Dân vận' },
  { forms: ['BNC'], expansion: 'Ban Nội chính' },
  { forms: ['UBKT'], expansion: 'Ủy ban Kiểm tra' },
  { forms: ['BCĐ'], expansion: 'Ban Chỉ đạo' },
  { forms: ['BCSĐ'], expansion: 'Ban cán sự đảng' },
  { forms: ['HU'], expansion: 'Huyện ủy', caseSensitive: true },
  { forms: ['TU'], expansion: 'Tỉnh ủy', caseSensitive: true },
  { forms: ['ĐU'], expansion: 'Đảng ủy', caseSensitive: true },
  // "ĐB" is Đảng bộ only before the kind or level of the unit ("ĐB xã Nhị Long", "ĐB Quân sự
  // huyện"); elsewhere it is "đặc biệt" or "đại biểu"
  ...[
    'xã',
    'phường',
    'thị trấn',
    'TT',
    'huyện',
    'quận',
    'thị xã',
    'thành phố',
    'tỉnh',
    'Quân sự',
    'Công an',
    'cơ quan',
    'Khối',
    // …and before the organisation whose Party committee it is ("ĐB Sở Tài chính", "ĐB Công ty
    // CP Cấp nước", "ĐB Ngân hàng NN&PTNT")
    'Sở',
    'Ban',
    'Cục',
    'Chi cục',
    'Công ty',
    'Tổng công ty',
    'Ngân hàng',
    'Bệnh viện',
    'Trường',
    'Trung tâm',
    'Viện',
    'Văn phòng',
    'Kho bạc',
    'Bảo hiểm',
    'Chi nhánh',
    'Tòa án',
    'Thanh tra',
    'Bộ Chỉ huy',
    'Đài',
    'Báo',
  ].map((level) => ({
    forms: [`ĐB ${level}`],
    expansion: `Đảng bộ ${level}`,
    caseSensitive: true,
  })),
  // a commune's health station: "TYT xã Cẩm Bình", "Trạm YT Cẩm Thành"
  { forms: ['TYT', 'Trạm YT'], expansion: 'Trạm Y tế', caseSensitive: true },
  // a commune's post office and cultural house, where pensions are paid and insurance collected:
  // "BĐVHX Thạch Kênh"
  { forms: ['BĐVHX', 'BĐ-VHX', 'BĐ VHX'], expansion: 'Bưu điện văn hóa xã', caseSensitive: true },
  { forms: ['TW'], expansion: 'Trung ương', caseSensitive: true },
  { forms: ['VP'], expansion: 'Văn phòng' },
  { forms: ['TP'], expansion: 'Thành phố', caseSensitive: true },
  { forms: ['HLHPN'], expansion: 'Hội Liên hiệp Phụ nữ' },
  { forms: ['LHPN'], expansion: 'Liên hiệp Phụ nữ' },
  { forms: ['HCCB'], expansion: 'Hội Cựu chiến binh' },
  { forms: ['CCB'], expansion: 'Cựu chiến binh' },
  {
    forms: ['ĐTNCS Hồ Chí Minh', 'ĐTNCS HCM', 'ĐTNCS', 'ĐTN'],
    expansion: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  },
  { forms: ['TNCS Hồ Chí Minh', 'TNCS HCM', 'TNCS'], expansion: 'Thanh niên Cộng sản Hồ Chí Minh' },
  { forms: ['Đoàn TN'], expansion: 'Đoàn Thanh niên' },
  { forms: ['HND'], expansion: 'Hội Nông dân' },
  // "Hội ND xã …", "Hội PN xã …": the association's name shortened after "Hội"
  { forms: ['Hội ND'], expansion: 'Hội Nông dân', caseSensitive: true },
  { forms: ['Hội PN'], expansion: 'Hội Liên hiệp Phụ nữ', caseSensitive: true },
  { forms: ['HPN'], expansion: 'Hội Liên hiệp Phụ nữ', caseSensitive: true },
  { forms: ['LĐLĐ'], expansion: 'Liên đoàn Lao động' },
  // a trade union's base organisation ("CĐCS xã Kỳ Tân"); "CĐ" alone is also "Cao đẳng" (a
  // college), so it is "Công đoàn" only opening a name, see TRADE_UNION
  { forms: ['CĐCS'], expansion: 'Công đoàn cơ sở', caseSensitive: true },
  // a hospital by its kind ("BVĐK huyện", "BV Y học cổ truyền tỉnh")
  { forms: ['BVĐK'], expansion: 'Bệnh viện đa khoa', caseSensitive: true },
  { forms: ['BV'], expansion: 'Bệnh viện', caseSensitive: true },
  { forms: ['Cty', 'CTy'], expansion: 'Công ty', caseSensitive: true },
  { forms: ['VKSND'], expansion: 'Viện Kiểm sát nhân dân' },
  // "VKS TP Sơn La", "VKS huyện …": the procuracy written without "nhân dân"
  { forms: ['VKS'], expansion: 'Viện Kiểm sát', caseSensitive: true },
  // customs: "Chi cục HQ CK cảng …" (Hải quan cửa khẩu), "Chi cục HQ Vũng Áng"; "CK" alone is
  // also "cơ khí", "chứng khoán"
  { forms: ['HQ CK', 'HQCK'], expansion: 'Hải quan cửa khẩu', caseSensitive: true },
  { forms: ['HQ'], expansion: 'Hải quan', caseSensitive: true },
  { forms: ['TAND'], expansion: 'Tòa án nhân dân' },
  { forms: ['CA'], expansion: 'Công an', caseSensitive: true },
  { forms: ['BCHQS'], expansion: 'Ban Chỉ huy Quân sự' },
  // "Ban CHQS xã …", "Bộ CHQS tỉnh": the military command's name shortened after its body
  { forms: ['CHQS'], expansion: 'Chỉ huy Quân sự', caseSensitive: true },
  // "UB xã Như Hòa": the People's Committee shortened before its level
  ...['xã', 'phường', 'thị trấn', 'TT', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh'].map(
    (level) => ({
      forms: [`UB ${level}`],
      expansion: `Ủy ban nhân dân ${level}`,
      caseSensitive: true,
    }),
  ),
  { forms: ['CTĐ', 'HCTĐ'], expansion: 'Hội Chữ thập đỏ', caseSensitive: true },
  // the elderly association: "Hội NCT xã …", "Chi hội NCT thôn …" (Hội Người cao tuổi Việt Nam)
  { forms: ['HNCT'], expansion: 'Hội Người cao tuổi', caseSensitive: true },
  { forms: ['NCT'], expansion: 'Người cao tuổi', caseSensitive: true },
  // an association's branch in a village, "CH" before the association's short name: "CH NCT Tây
  // Phú", "CH PN thôn 3", "CH CCB thôn Đông" ("CH" alone is also "Cộng hòa", "cửa hàng")
  ...[
    ['NCT', 'Người cao tuổi'],
    ['PN', 'Phụ nữ'],
    ['CCB', 'Cựu chiến binh'],
    ['ND', 'Nông dân'],
    ['CTĐ', 'Chữ thập đỏ'],
  ].map(([assoc, name]) => ({
    forms: [`CH ${assoc!}`],
    expansion: `Chi hội ${name!}`,
    caseSensitive: true,
  })),
  // schools by level: "MN Hoa Sen", "THCS Nguyễn Du", "TH&THCS Võ Thị Sáu" ("TH" alone is also
  // "Truyền hình" in "PT-TH": expanded only where a school's level stands, see SCHOOL_TH)
  { forms: ['TH&THCS', 'TH-THCS'], expansion: 'Tiểu học và Trung học cơ sở', caseSensitive: true },
  {
    forms: ['THCS&THPT', 'THCS-THPT'],
    expansion: 'Trung học cơ sở và Trung học phổ thông',
    caseSensitive: true,
  },
  { forms: ['THCS'], expansion: 'Trung học cơ sở', caseSensitive: true },
  { forms: ['THPT'], expansion: 'Trung học phổ thông', caseSensitive: true },
  { forms: ['MN'], expansion: 'Mầm non', caseSensitive: true },
  { forms: ['MG'], expansion: 'Mẫu giáo', caseSensitive: true },
  // departments (phòng) and centres
  { forms: ['VH-TT&TT'], expansion: 'Văn hóa thể thao và Truyền thông' },
  { forms: ['VH-TT&DL', 'VHTTDL'], expansion: 'Văn hóa, Thể thao và Du lịch' },
  { forms: ['VH&TT', 'VH-TT'], expansion: 'Văn hóa và Thông tin' },
  { forms: ['TT&TT', 'TTTT'], expansion: 'Thông tin và Truyền thông', caseSensitive: true },
  { forms: ['GD&ĐT', 'GD-ĐT', 'GDĐT'], expansion: 'Giáo dục và Đào tạo' },
  { forms: ['LĐ-TB&XH', 'LĐTBXH'], expansion: 'Lao động - Thương binh và Xã hội' },
  { forms: ['TN&MT', 'TNMT'], expansion: 'Tài nguyên và Môi trường' },
  { forms: ['NN&PTNT', 'NNPTNT'], expansion: 'Nông nghiệp và Phát triển nông thôn' },
  { forms: ['TC-KH', 'TCKH'], expansion: 'Tài chính - Kế hoạch' },
  { forms: ['KT&HT', 'KT-HT', 'KTHT'], expansion: 'Kinh tế và Hạ tầng' },
  { forms: ['KH&ĐT', 'KHĐT'], expansion: 'Kế hoạch và Đầu tư' },
  // cooperatives and cooperative groups, the farm and water users' organisations ("HTX NN Đông
  // Phú", "HTX DVNN …", "THT dùng nước thôn 3")
  { forms: ['HTX'], expansion: 'Hợp tác xã', caseSensitive: true },
  // the people's credit funds a deposit-insurance branch or a state bank branch oversees ("QTDND
  // Hoằng Đạo", "Quỹ TDND thị trấn Nga Sơn", "QTD Quảng Hưng")
  { forms: ['QTDND', 'QTD ND'], expansion: 'Quỹ tín dụng nhân dân', caseSensitive: true },
  { forms: ['TDND'], expansion: 'tín dụng nhân dân', caseSensitive: true },
  { forms: ['QTD'], expansion: 'Quỹ tín dụng', caseSensitive: true },
  { forms: ['THT'], expansion: 'Tổ hợp tác', caseSensitive: true },
  // management boards and what they manage: "BQL các KCN" (Ban Quản lý các khu công nghiệp), "BQL
  // KKT Nghi Sơn", "BQLDA ĐTXD huyện" (Ban Quản lý dự án đầu tư xây dựng), "BQL rừng phòng hộ …"
  { forms: ['BQLDA', 'BQL DA'], expansion: 'Ban Quản lý dự án', caseSensitive: true },
  { forms: ['BQL', 'Ban QL'], expansion: 'Ban Quản lý', caseSensitive: true },
  { forms: ['ĐTXD'], expansion: 'đầu tư xây dựng', caseSensitive: true },
  { forms: ['KCN'], expansion: 'khu công nghiệp', caseSensitive: true },
  { forms: ['CCN'], expansion: 'cụm công nghiệp', caseSensitive: true },
  { forms: ['KKT'], expansion: 'khu kinh tế', caseSensitive: true },
];

// ---------------------------------------------------------------------------------------------
// Keys

interface CompiledForm {
  readonly re: RegExp;
  readonly expansion: string;
  readonly length: number;
  /** The form's letters as `probeKey` writes them: text whose key lacks them cannot match `re`. */
  readonly probe: string;
}

/** What a form's pattern lets stand between its letters ([\s\-]* and \s*&\s*). */
const SEPARATOR = /[\s\-&]/gu;
const probeKeys = new Map<string, string>();

/**
 * The text's letters and digits, folded (compatibility forms, case and diacritics), separators
 * dropped, one character at a time: whatever a form's case-insensitive pattern matches in `text`
 * has the form's key as a substring of this key. Each pattern is compiled on its first use (a
 * Unicode-aware pattern costs milliseconds), so skipping the forms whose letters are absent spares
 * a check most of the compiling and running of about 300 patterns per name.
 */
function probeKey(text: string): string {
  let out = '';
  for (const ch of text) {
    let key = probeKeys.get(ch);
    if (key === undefined) {
      key = foldText(ch.normalize('NFKC')).replace(SEPARATOR, '');
      if (ch.replace(SEPARATOR, '') === '') key = '';
      if (probeKeys.size < 65536) probeKeys.set(ch, key);
    }
    out += key;
  }
  return out;
}

function formPattern(form: string): string {
  let out = '';
  for (const ch of form) {
    if (ch === '-' || ch === ' ') out += '[\\s\\-]*';
    else if (ch === '&') out += '\\s*&\\s*';
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

function compile(abbreviations: readonly Abbreviation[]): CompiledForm[] {
  const out: CompiledForm[] = [];
  for (const a of abbreviations) {
    const forms = new Set<string>();
    for (const form of a.forms) {
      forms.add(form);
      forms.add(removeDiacritics(form));
    }
    for (const form of forms) {
      out.push({
        re: new RegExp(
          `(?<![\\p{L}\\p{N}&])${formPattern(form)}(?![\\p{L}\\p{N}&])`,
          a.caseSensitive ? 'gu' : 'giu',
        ),
        expansion: a.expansion,
        length: form.length,
        probe: probeKey(form),
      });
    }
  }
  return out.sort((x, y) => y.length - x.length);
}

const FORMS = compile(AGENCY_ABBREVIATIONS);

/**
 * "TT" read by what follows it: "TT Huyện ủy", "TT HĐND" → Thường trực; "TT Văn hóa", "TT Y tế",
 * "TT Bồi dưỡng chính trị" → Trung tâm (a centre's function); "TT Than Uyên", "ĐU TT Phong Thổ" →
 * thị trấn (a place name, capitalised); anything else → Trung tâm.
 */
const TT = /(?<![\p{L}\p{N}&])TT(?![\p{L}\p{N}&])\.?\s*/gu;
const STANDING_BODY =
  /^(?:Huyện|Tỉnh|Thành|Thị|Đảng|Quận)\s+(?:ủy|uỷ)|^(?:Hội đồng|Ủy ban|Uỷ ban|Ban Chấp hành|Mặt trận)/u;
const CENTRE_WORD =
  /^(?:van hoa|vh|y te|chinh tri|boi duong|giao duc|gdnn|gdtx|giao duc nghe nghiep|day nghe|dich vu|phat trien|truyen thong|cong nghe|hanh chinh|tro giup|khuyen nong|quy|thong tin|hoc tap|ky thuat|nuoc|moi truong|kiem soat|the thao|du lich|xuc tien|phuc vu|y te|kiem nghiem|giam dinh|cong tac xa hoi|bao tro|nuoi duong|lao dong|giong|quan ly|an ninh|dieu hanh|luu tru|tin hoc|nghien cuu|ho tro)\b/;

function expandTT(text: string): string {
  return text.replace(TT, (whole: string, offset: number) => {
    const rest = text.slice(offset + whole.length);
    if (STANDING_BODY.test(rest)) return 'Thường trực ';
    const folded = foldText(rest);
    if (rest === '' || CENTRE_WORD.test(folded)) return 'Trung tâm ';
    if (/^\p{Lu}/u.test(rest)) return 'thị trấn ';
    return 'Trung tâm ';
  });
}

/**
 * "P." is "Phòng" before a district department's field ("P. Nội vụ", "P.TC-KH", "P. LĐTBXH") and
 * left as written elsewhere ("P. Bến Nghé", "P.3" are wards).
 */
const DEPARTMENT_P = /(?<![\p{L}\p{N}&])P\.\s*(?=\S)/gu;
const DEPARTMENT_FIELD =
  /^(?:noi vu|tu phap|tai chinh|lao dong|giao duc|y te|van hoa|kinh te|nong nghiep|tai nguyen|quan ly do thi|dan toc|thong tin|ke hoach|cong thuong|van hoa|thanh tra)\b/;

function expandDepartmentP(text: string): string {
  return text.replace(DEPARTMENT_P, (whole: string, offset: number) =>
    DEPARTMENT_FIELD.test(foldText(text.slice(offset + whole.length))) ? 'Phòng ' : whole,
  );
}

/**
 * A level written as its letter and a dot before a place's name: "X." is "xã" ("UBND X. Cẩm
 * Bình", "ĐU X.Hòa Hải"), "H." "huyện" ("VKS H. Nga Sơn"), "TX." "thị xã" ("Công an TX. Kỳ Anh");
 * "TX" is so without its dot too ("TX Ba Đồn"), as no other unit word is written so.
 */
const PLACE_LEVEL_DOT =
  /(?<![\p{L}\p{N}&])(X|H|TX)\.\s*(?=\p{Lu})|(?<![\p{L}\p{N}&])(TX)\s+(?=\p{Lu})/gu;

/** "K." is a hospital's "Khoa" before the department's name: "K. Nội tổng hợp", "K.HSCC". */
const DEPARTMENT_K = /(?<![\p{L}\p{N}&])K\.\s*(?=\p{Lu})/gu;
const PLACE_LEVELS: Readonly<Record<string, string>> = { X: 'xã ', H: 'huyện ', TX: 'thị xã ' };

/**
 * "TH" alone is a school's level only where a school's level stands: first in the name or after
 * "Trường", before the school's name ("TH Kim Đồng", "Trường TH Lê Văn Tám" → Tiểu học); elsewhere
 * it is left as written ("Đài PT-TH huyện" is Truyền hình).
 */
const SCHOOL_TH = /(^|Trường\s+)TH(?=\s+\p{Lu})/u;

/**
 * "CĐ" opening a name, before the unit it is the trade union of, is "Công đoàn" ("CĐ THCS Lê
 * Lợi", "CĐ Bệnh viện đa khoa huyện"); elsewhere ("Trường CĐ Y tế") it is left as written.
 */
const TRADE_UNION = /^CĐ(?=\s+\p{Lu})/u;
/** …and "CD" so in a text typed with no marks at all ("CD THCS Le Loi"). */
const TRADE_UNION_UNMARKED = /^CD(?=\s+\p{Lu})/u;

/** The text with its abbreviations written out ("BTG Huyện ủy" → "Ban Tuyên giáo Huyện ủy"). */
export function expandAgencyAbbreviations(
  text: string,
  options: {
    /** Try every pattern, not only those whose letters are in the text (the tests' reference). */
    readonly everyPattern?: boolean;
  } = {},
): string {
  const written = normalizeText(text);
  let s = written.replace(
    writtenWithoutMarks(written) ? TRADE_UNION_UNMARKED : TRADE_UNION,
    'Công đoàn',
  );
  let key = probeKey(s);
  for (const form of FORMS) {
    if (options.everyPattern !== true && !key.includes(form.probe)) continue;
    const next = s.replace(form.re, ` ${form.expansion} `);
    if (next !== s) {
      s = next;
      key = probeKey(s);
    }
  }
  return normalizeText(
    expandDepartmentP(expandTT(normalizeText(s)))
      .replace(
        PLACE_LEVEL_DOT,
        (whole: string, dotted: string | undefined, bare: string | undefined) =>
          PLACE_LEVELS[dotted ?? bare ?? ''] ?? whole,
      )
      .replace(DEPARTMENT_K, 'Khoa ')
      .replace(SCHOOL_TH, '$1Tiểu học'),
  );
}

const CANONICAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bmat tran to quoc viet nam\b/g, 'mat tran to quoc'],
  // the Front of a commune or district is its committee, however it is written: "MTTQ xã Hòa
  // Hải", "UBMTTQVN xã …", "Mặt trận TT Phố Châu" are "Ủy ban MTTQ Việt Nam xã/thị trấn …"
  [/\b(?:uy ban )?mat tran(?: to quoc)?\b/g, 'uy ban mat tran to quoc'],
  // the women's union however shortened: "Hội LHPN", "Hội Phụ nữ xã …", "Phụ nữ xã Kỳ Tiến"
  [/\b(?:hoi )?(?:lien hiep )?phu nu(?: viet nam)?\b/g, 'lien hiep phu nu'],
  [/\b(?:hoi )?cuu chien binh(?: viet nam)?\b/g, 'cuu chien binh'],
  // the Red Cross however shortened: "Hội CTĐ xã …", "CTĐ xã …", "Chi hội Chữ thập đỏ …"
  [/\b(?:hoi )*chu thap do(?: viet nam)?\b/g, 'chu thap do'],
  [/\b(?:hoi )?nong dan(?: viet nam)?\b/g, 'nong dan'],
  [/\b(?:doan )?thanh nien cong san(?: ho chi minh)?\b/g, 'doan thanh nien'],
  // the youth union of a district, province, city or town by its short name: "Huyện đoàn"
  [/\bhuyen doan\b/g, 'doan thanh nien huyen'],
  [/\btinh doan\b/g, 'doan thanh nien tinh'],
  [/\bthanh doan\b/g, 'doan thanh nien thanh pho'],
  [/\bthi doan\b/g, 'doan thanh nien thi xa'],
  // a school is named by its level with or without "Trường": "Trường Mầm non Hoa Sen", "MN Hoa Sen"
  [/\btruong (?=(?:mam non|mau giao|tieu hoc|trung hoc|pho thong|nha tre)\b)/g, ''],
  // a village's head stands for the village in a log of its reports: "Trưởng ấp Phước Yên",
  // "Trưởng thôn Đông", "Tổ trưởng tổ dân phố số 4" are the hamlet, the village, the group
  [/^(?:to )?truong (?=(?:thon|ap|xom|buon|khom|khu pho|to dan pho)\b)/g, ''],
  // and so does its board ("Ban nhân dân ấp Tân Hòa", "BND khu phố 3", "Ban điều hành tổ dân phố")
  // — its Front work committee too ("Ban công tác Mặt trận thôn Pác Ngòa", "BCTMT thôn …"),
  // which holds the village's reviews
  [
    /^ban (?:nhan dan|dieu hanh|cong tac(?: (?:uy ban )?mat tran(?: to quoc)?)?) (?=(?:thon|ap|xom|buon|khom|khu pho|to dan pho)\b)/g,
    '',
  ],
];

const DROPPED = new Set(['cac', 'va', 'nhung']);

function canonicalKey(text: string): string {
  let f = foldText(text).replace(/[&/%]/g, ' ');
  f = f
    .split(/\s+/)
    .filter((w) => w && !DROPPED.has(w))
    .join(' ');
  for (const [re, to] of CANONICAL) f = f.replace(re, to);
  return f.replace(/\s+/g, ' ').trim();
}

/**
 * The words an organisation's name opens with (folded): a committee, a party body, an office, a
 * school, a mass organisation, a locality. "Ủy ban nhân dân xã Kỳ Tân", "Phòng Nội vụ", "Chi bộ
 * thôn 3", "Trường THCS Lê Lợi" open with one; "Hội nghị tổng kết" and "Tháng 6/2024" do not.
 */
const ORGANISATION_OPENING =
  /^(?:uy ban|dang uy|dang bo|chi bo|huyen uy|tinh uy|thanh uy|thi uy|quan uy|thuong truc|ban|phong|so|bo|cuc|chi cuc|tong cuc|van phong|trung tam|truong|tram|benh vien|hoi(?! nghi| thao| dong y)|doan|huyen doan|tinh doan|thanh doan|thi doan|mat tran|cong an|ban chi huy|bo chi huy|hat|kho bac|chi nhanh|ngan hang|bao hiem|cong ty|hop tac xa|to hop tac|to chuc dung nuoc|to dung nuoc|thanh tra|toa an|vien kiem sat|vien|lien doan|cong doan|lien hiep|thon|to dan pho|khu pho|khu dan cu|ap|xom|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|hoi dong nhan dan|doi|nha van hoa|thu vien|dai|quy|cua hang|doanh nghiep|chi hoi)\b/;

/** Opening words that fold to another word's letters, and how the organisation's is written. */
const WRITTEN_AS: Readonly<Record<string, readonly string[]>> = {
  so: ['sở'],
  bo: ['bộ'],
  dai: ['đài'],
  hat: ['hạt'],
  doi: ['đội'],
  tram: ['trạm'],
  vien: ['viện'],
  cuc: ['cục'],
  ap: ['ấp'],
  xom: ['xóm'],
  quan: ['quận'],
  doan: ['đoàn'],
  hoi: ['hội'],
  truong: ['trường'],
  ban: ['ban', 'bản'],
  phong: ['phòng'],
  tinh: ['tỉnh'],
  xa: ['xã'],
  thon: ['thôn'],
  quy: ['quỹ'],
};

/**
 * Whether a cell's text reads as the name of an agency or a unit (its abbreviations written out
 * first): the evidence that a column of names is a roster of units.
 */
export function looksLikeAgencyName(text: string): boolean {
  const expanded = normalizeText(expandAgencyAbbreviations(text)).replace(/^\d+[.)]?\s*/, '');
  const folded = foldText(expanded);
  if (folded.length < 3 || folded.length > 200) return false;
  const match = ORGANISATION_OPENING.exec(folded);
  if (!match) return false;
  // Folding makes "Số liệu" "Sở …", "Đại hội" "Đài …", "Bổ sung" "Bộ …": a name written with its
  // marks must open with the organisation's own word.
  const first = match[0].split(' ')[0]!;
  const accepted = WRITTEN_AS[first];
  if (accepted === undefined || writtenWithoutMarks(expanded)) return true;
  const word = expanded.toLocaleLowerCase('vi').split(/\s+/)[0]!;
  return accepted.includes(word);
}

/** The comparison key of an agency name: "UBND huyện" and "Uỷ ban nhân dân Huyện" give one key. */
export function agencyKey(text: string): string {
  return canonicalKey(expandAgencyAbbreviations(text));
}

// ---------------------------------------------------------------------------------------------
// Levels

const LEVEL_WORDS: Readonly<Record<string, string>> = {
  huyện: 'huyen',
  tỉnh: 'tinh',
  quận: 'quan',
  phường: 'phuong',
  xã: 'xa',
};

const COMMITTEE = new Set(['ủy', 'uỷ']);

/** Level words of a text: huyện, tỉnh, xã, thành phố, thị xã, quận, phường, thị trấn, Trung ương. */
export function agencyLevels(text: string): string[] {
  const nfc = normalizeText(text);
  const plain = nfc.replace(/[Đđ]/g, 'd');
  const ascii = writtenWithoutMarks(plain);
  const expanded = expandAgencyAbbreviations(nfc).toLowerCase();
  const tokens = expanded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const same = (token: string | undefined, word: string): boolean =>
    token !== undefined &&
    (token === word || (ascii && removeDiacritics(token) === removeDiacritics(word)));
  const isCommittee = (token: string | undefined): boolean =>
    token !== undefined && (COMMITTEE.has(token) || (ascii && token === 'uy'));
  const levels = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    const n = tokens[i + 1];
    if (same(t, 'thành') && (same(n, 'phố') || isCommittee(n))) {
      levels.add('thanh pho');
      i += 1;
    } else if (same(t, 'thị') && (same(n, 'xã') || isCommittee(n))) {
      levels.add('thi xa');
      i += 1;
    } else if (same(t, 'thị') && same(n, 'trấn')) {
      levels.add('thi tran');
      i += 1;
    } else if (same(t, 'trung') && same(n, 'ương')) {
      levels.add('trung uong');
      i += 1;
    } else if (same(t, 'xã') && same(n, 'hội')) {
      i += 1;
    } else {
      for (const [word, level] of Object.entries(LEVEL_WORDS)) if (same(t, word)) levels.add(level);
    }
  }
  return [...levels].sort();
}

/**
 * Whether `text` is a unit's whole place name, right after its level word: "Kỳ Phong" of "UBND xã
 * Kỳ Phong", "Cẩm Xuyên" of "UBND thị trấn Cẩm Xuyên" (a list of the communes' committees written by
 * the communes' names alone), or the place with its level word: "Xã Đức An" of "UBND xã Đức An".
 */
export function namesPlaceOf(text: string, unitName: string): boolean {
  // "TT Cẩm Xuyên", "X. Cẩm Bình": the level word written out
  const place = foldText(expandAgencyAbbreviations(text));
  const name = foldText(expandAgencyAbbreviations(unitName));
  if (place === '' || !name.endsWith(` ${place}`)) return false;
  // the place written with its level ("Xã Đức An", "Thị trấn Đức Thọ", "Thôn Nà Pài"): the unit is
  // that locality's
  if (/^(?:xa|phuong|thi tran|thi xa|huyen|quan|tinh|thanh pho) \S/.test(place)) return true;
  if (VILLAGE_LEVEL.test(place)) return true;
  const before = name.slice(0, name.length - place.length - 1);
  const words = before.split(' ');
  return (
    agencyLevels(words.slice(-2).join(' ')).some((l) => l.includes(' ')) ||
    agencyLevels(words[words.length - 1] ?? '').length > 0 ||
    VILLAGE_LEVEL_END.test(before)
  );
}

/**
 * The levels below the commune a commune's own lists name their units by ("Thôn Nà Pài", "Ấp 3",
 * "Tổ dân phố 5", "Khu phố Đông"): after one of them, the rest is the village's name. Only the
 * bare-place rule reads them; they are no level that must agree (a Party cell "Chi bộ thôn Đông"
 * and "Chi bộ thôn Đông xã Kỳ Tân" stay one unit). "Bản" is left out: folded, it is also "Ban".
 */
const VILLAGE_WORDS = '(?:thon|ap|xom|buon|soc|to dan pho|khu pho|khu dan cu)';
const VILLAGE_LEVEL = new RegExp(`^${VILLAGE_WORDS} `);
const VILLAGE_LEVEL_END = new RegExp(`(?:^| )${VILLAGE_WORDS}$`);

// ---------------------------------------------------------------------------------------------
// Similarity

interface Keyed {
  readonly key: string;
  readonly tokens: readonly string[];
  readonly levels: readonly string[];
}

function keyed(text: string): Keyed {
  const key = agencyKey(text);
  return { key, tokens: key ? key.split(' ') : [], levels: agencyLevels(text) };
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Greedy soft token overlap of a against b: equal tokens 1, one edit apart 0.8. */
function softOverlap(a: readonly string[], b: readonly string[]): number {
  const used = new Array<boolean>(b.length).fill(false);
  let sum = 0;
  const pending: string[] = [];
  for (const t of a) {
    const k = b.findIndex((u, idx) => !used[idx] && u === t);
    if (k >= 0) {
      used[k] = true;
      sum += 1;
    } else pending.push(t);
  }
  for (const t of pending) {
    if (t.length < 3) continue;
    const k = b.findIndex((u, idx) => !used[idx] && u.length >= 3 && editDistanceAtMost1(t, u));
    if (k >= 0) {
      used[k] = true;
      sum += 0.8;
    }
  }
  return sum;
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i += 1) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

function bigramDice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

function levelsAgree(
  a: readonly string[],
  b: readonly string[],
): 'same' | 'one-sided' | 'conflict' {
  if (a.length === 0 && b.length === 0) return 'same';
  if (a.length === 0 || b.length === 0) return 'one-sided';
  return a.length === b.length && a.every((l, i) => l === b[i]) ? 'same' : 'conflict';
}

function similarityOf(a: Keyed, b: Keyed): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) return 0;
  const levels = levelsAgree(a.levels, b.levels);
  if (levels === 'conflict') return 0;
  if (a.key === b.key) return 1;
  const total = a.tokens.length + b.tokens.length;
  const tokenDice = (softOverlap(a.tokens, b.tokens) + softOverlap(b.tokens, a.tokens)) / total;
  let score = 0.6 * tokenDice + 0.4 * bigramDice(a.key, b.key);
  if (levels === 'one-sided') score *= 0.9;
  // the head word names the kind of body: "Văn phòng UBND huyện" is not "UBND huyện"
  const headA = a.tokens[0] ?? '';
  const headB = b.tokens[0] ?? '';
  if (!editDistanceAtMost1(headA, headB)) score *= 0.7;
  return Math.min(0.99, score);
}

/**
 * How alike two agency names are, 0..1, symmetric: 1 when their keys are equal, 0 when their
 * level words disagree ("huyện" against "tỉnh").
 */
export function agencySimilarity(a: string, b: string): number {
  return similarityOf(keyed(a), keyed(b));
}

// ---------------------------------------------------------------------------------------------
// Matcher

/**
 * Parts of a body that stand for the body they belong to: a part sends its body's reports, so a
 * line from the part is the body's ("Thường trực HĐND xã … gửi báo cáo kết quả kỳ họp" is the
 * council's report; "Bộ phận một cửa xã …" sends its People's Committee's report on administrative
 * procedures). Read so only in a set that lists no such part as a unit of its own. `opens` is the
 * part's wording opening a name's key (folded, abbreviations spelled out, "&", "-" and "và"
 * dropped) with what must follow it; `body` the words the body's name puts before the rest.
 */
const BODY_PARTS: readonly {
  readonly how: AgencyMatchHow;
  readonly opens: RegExp;
  readonly body: string;
  /**
   * Whether `opens` reads the words as written (folded, abbreviations spelled out) rather than the
   * agency key, which drops words such as "Hội" that tell a body of its own kind.
   */
  readonly asWritten?: true;
}[] = [
  // the standing body of a council or a Party committee: "Thường trực HĐND xã …", "TT HĐND TT …",
  // "Thường trực Đảng ủy xã …", "TTHU" (Thường trực Huyện ủy)
  {
    how: 'standing-body',
    opens:
      /^thuong truc (?=(?:hoi dong nhan dan|dang uy|huyen uy|tinh uy|thanh uy|thi uy|quan uy)\b)/,
    body: '',
  },
  // a commune's one-stop desk: "Bộ phận một cửa (liên thông)", "Bộ phận tiếp nhận và trả kết quả",
  // "Bộ phận TN&TKQ", "BPMC", "Một cửa" before the place it serves
  {
    how: 'one-stop-desk',
    opens:
      /^(?:bo phan (?:mot cua(?: lien thong)?|tiep nhan tra ket qua|tn tkq|tntkq)|bp ?mc|bp mot cua|mot cua) (?=\S)/,
    body: 'UBND',
  },
  // who acts for a commune: its extension or veterinary worker, its officials, its
  // disaster-prevention command (not a body of its own kind: a school, a health station, an
  // association or the Party committee of the place is never read through it)
  {
    how: 'commune-agent',
    opens:
      /^(?:khuyen nong vien|knv|thu y vien|(?:can bo|cong chuc|cb|cc)(?: (?!(?:(?<!xa )hoi|chi hoi|doan|dang|tram|truong|mat tran|cong an|hop tac|chi bo)\b)[a-z]+){0,4}|ban chi huy(?: (?:pctt|pclb|phong chong thien tai|phong chong lut bao|quan su)(?: [a-z]+){0,5})?) (?=(?:xa|phuong|thi tran) \S)/,
    body: '',
    asWritten: true,
  },
];

/** The part of a body a name opens with and the body's name ("Hội đồng nhân dân xã A"), if any. */
function bodyPartOf(text: string): { how: AgencyMatchHow; body: string } | undefined {
  const key = agencyKey(text);
  const writtenKey = (t: string): string => wordsKey(t).trim();
  for (const { how, opens, body, asWritten } of BODY_PARTS) {
    const keyOf = asWritten ? writtenKey : canonicalKey;
    const part = opens.exec(asWritten ? writtenKey(text) : key)?.[0].trim();
    if (part === undefined) continue;
    // the words of the name, abbreviations spelled out, after those that key the part
    const words = expandAgencyAbbreviations(text).split(' ').filter(Boolean);
    for (let i = 1; i < words.length; i += 1) {
      if (keyOf(words.slice(0, i).join(' ')) !== part) continue;
      return { how, body: [body, ...words.slice(i)].filter(Boolean).join(' ') };
    }
  }
  return undefined;
}

/** Bodies of their own a specialised office's name may hold: "Phòng Hậu cần Công an huyện …". */
const OTHER_BODY =
  /\b(?:cong an|so|chi cuc|cuc|benh vien|trung tam|truong|ngan hang|kho bac|bao hiem|vien kiem sat|toa an|quan su|bo chi huy|cong ty)\b/;
const DISTRICT_LEVEL = /^(?:huyện|quận|thị xã|thành phố|TP\.?|H\.|TX\.?|Q\.)\s/iu;

/**
 * The place a district's specialised office names ("Phòng KT-HT Na Rì" → "Na Rì", "Phòng Tài
 * chính - Kế hoạch huyện Chợ Mới" → "huyện Chợ Mới"): its district written with its level word, or
 * the proper name that ends it. None when the name holds another body ("Phòng Hậu cần Công an
 * huyện …", "Phòng Kế hoạch Sở Y tế") or names no place.
 */
function specialisedOfficePlace(text: string): string | undefined {
  const words = expandAgencyAbbreviations(text).split(' ').filter(Boolean);
  if (words.length < 3 || foldText(words[0] ?? '') !== 'phong') return undefined;
  let place: string | undefined;
  for (let i = 2; i < words.length; i += 1) {
    const rest = words.slice(i).join(' ');
    if (DISTRICT_LEVEL.test(rest)) {
      place = rest;
      break;
    }
  }
  if (place === undefined) {
    const proper = properNameWords(text);
    if (proper.length === 0 || proper.length >= words.length - 1) return undefined;
    place = proper.join(' ');
  }
  const office = words.slice(1, words.length - place.split(' ').length).join(' ');
  return office === '' || OTHER_BODY.test(foldText(office)) ? undefined : place;
}

interface Entry {
  readonly agency: AgencyDef;
  readonly how: 'exact' | 'alias';
}

/** A fuzzy match must beat the next agency by this much, or it is ambiguous. */
const AMBIGUITY_MARGIN = 0.02;

/**
 * How alike a name with no proper name must be to a unit to possibly stand for it: below a match
 * ("Phòng pháp chế" and "Phòng Tư pháp", about 0.7), above a unit of the same kind in another
 * field ("Phòng Nội vụ" and "Phòng Tư pháp", about 0.4).
 */
const POSSIBLE_SIMILARITY = 0.5;

/**
 * The proper name a unit's name ends with, as written: the run of capitalised words at its end
 * ("Kim Đồng" in "TH Kim Đồng", "Sơn" in "UBND xã Sơn"); none when the name ends in a lower-case
 * word ("Phòng Nội vụ", "Hội Nông dân") or is written all in capitals (case tells nothing).
 */
function properNameWords(text: string): string[] {
  const words = expandAgencyAbbreviations(text).split(' ').filter(Boolean);
  if (!words.some((w) => /\p{Ll}/u.test(w))) return [];
  let start = words.length;
  while (start > 0 && /^[\p{Lu}\p{N}]/u.test(words[start - 1] ?? '')) start -= 1;
  // a kind written first with its capital is no part of the name: "Trạm" of "Trạm Tràng An"
  if (start === 0 && words.length > 1 && ORGANISATION_OPENING.test(foldText(words[0] ?? '')))
    start = 1;
  return words.slice(start);
}

/** The text's words folded, with a space at each end (for whole-word lookups). */
function wordsKey(text: string): string {
  return ` ${foldText(expandAgencyAbbreviations(text))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

const FRAGMENTS = new Set(['chi', 'cac chi']);

/** Splits a cell on ";" and line breaks (hard) and on ",", " và ", "/" (soft). */
function segments(
  text: string,
): { start: number; end: number; parts: { start: number; end: number }[] }[] {
  const nfc = text;
  const out: { start: number; end: number; parts: { start: number; end: number }[] }[] = [];
  const hard = /[;\n\r]+/g;
  let from = 0;
  const bounds: [number, number][] = [];
  for (const m of nfc.matchAll(hard)) {
    bounds.push([from, m.index]);
    from = m.index + m[0].length;
  }
  bounds.push([from, nfc.length]);
  for (const [s, e] of bounds) {
    const seg = nfc.slice(s, e);
    const parts: { start: number; end: number }[] = [];
    let pFrom = 0;
    for (const m of seg.matchAll(/\s*,\s*|\s+(?:và|va|VÀ|Và)\s+|\s*\/\s*/gu)) {
      if (m[0].includes('/')) {
        const before = seg[m.index - 1];
        const after = seg[m.index + m[0].length];
        if (
          m[0] === '/' &&
          /[\p{Lu}\p{N}]/u.test(before ?? '') &&
          /[\p{Lu}\p{N}]/u.test(after ?? '')
        )
          continue;
      }
      parts.push({ start: s + pFrom, end: s + m.index });
      pFrom = m.index + m[0].length;
    }
    parts.push({ start: s + pFrom, end: e });
    const trimmed = parts
      .map((p) => trimPart(nfc, p))
      .filter((p): p is { start: number; end: number } => p !== undefined);
    if (trimmed.length > 0) out.push({ start: s, end: e, parts: trimmed });
  }
  return out;
}

/** Drops spaces, bullets ("-", "+", "•", "1.", "a)") and closing punctuation around a part. */
function trimPart(
  text: string,
  p: { start: number; end: number },
): { start: number; end: number } | undefined {
  const slice = text.slice(p.start, p.end);
  const lead =
    /^[\s\-+•*\u2013\u2014]*(?:(?:\d{1,2}|[a-zđ])[.)]\s+)?\s*/u.exec(slice)?.[0].length ?? 0;
  const trail = /[\s.,:;\-\u2013\u2014]*$/u.exec(slice.slice(lead))?.[0].length ?? 0;
  const start = p.start + lead;
  const end = p.end - trail;
  return end > start ? { start, end } : undefined;
}

/** "Tỉnh ủy" in "Ban Tuyên giáo, Văn phòng Tỉnh ủy": the level tail a list shares. */
function levelTail(text: string): string | undefined {
  const m =
    /(?:^|\s)((?:Huyện|Tỉnh|Thành|Thị|Đảng|Quận)\s+(?:ủy|uỷ)|(?:HU|TU|ĐU)|huyện|tỉnh|xã|thành phố|thị xã|thị trấn|quận|phường)$/iu.exec(
      text,
    );
  return m?.[1];
}

/**
 * Groups that name their members by kind, as directives address them: "Các chi, đảng bộ cơ sở"
 * holds every grassroots party body ("Đảng ủy xã Bình Lư", "Chi bộ Trường THCS …"); "UBND các xã,
 * thị trấn" every commune's and town's People's Committee; "Các cấp, các ngành" and "… từ huyện đến
 * cơ sở" every unit. Matched on folded, expanded keys.
 */
const GROUP_CLASSES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /\b(?:chi dang bo co so|chi bo dang bo co so|to chuc co so dang|dang bo co so|cap uy co so)\b/,
    // a commune's, ward's or town's party committee, or a chi bộ; not "Đảng ủy Quân sự tỉnh"
    /^(?:(?:dang uy|dang bo|ban chap hanh dang bo|ban thuong vu dang uy) (?:xa|phuong|thi tran)|chi bo|chi uy)\b/,
  ],
  [
    // plural only: "các xã" or a list of levels ("xã, phường, thị trấn"); "UBND xã Sơn Tây" is one unit
    /\b(?:uy ban nhan dan|chinh quyen) (?:cac (?:xa|phuong|thi tran)(?: (?:cac )?(?:xa|phuong|thi tran))*|(?:xa|phuong|thi tran)(?: (?:cac )?(?:xa|phuong|thi tran))+)(?: (?:tren dia ban|thuoc)\b.*)?$/,
    /^uy ban nhan dan (?:xa|phuong|thi tran)\b/,
  ],
  [/\bcap (?:cac )?nganh\b|\btu huyen den co so\b|\btu tinh den co so\b/, /./],
];

/** The group's kind of member, when a name is a group's ("các" kept: it tells a group from a unit). */
function memberClass(name: string): RegExp | undefined {
  const folded = foldText(expandAgencyAbbreviations(name))
    .replace(/[&/%]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'va' && w !== 'nhung')
    .join(' ');
  return GROUP_CLASSES.find(([group]) => group.test(folded))?.[1];
}

export function createAgencyMatcher(
  agencies: readonly AgencyDef[],
  options: AgencyMatcherOptions = {},
): AgencyMatcher {
  const threshold = options.threshold ?? 0.75;
  const raw = new Map<string, Entry>();
  const expanded = new Map<string, Entry>();
  // each agency's names as written (normalised) and keyed, computed once for every lookup
  const all: { agency: AgencyDef; names: Keyed[]; written: string[] }[] = [];
  const put = (map: Map<string, Entry>, key: string, entry: Entry): void => {
    if (!key) return;
    const existing = map.get(key);
    if (!existing || (existing.how === 'alias' && entry.how === 'exact')) map.set(key, entry);
  };
  for (const agency of agencies) {
    const names = [agency.name, ...(agency.aliases ?? [])];
    names.forEach((name, i) => {
      const how = i === 0 ? 'exact' : 'alias';
      put(raw, canonicalKey(normalizeText(name)), { agency, how });
      put(expanded, agencyKey(name), { agency, how });
    });
    all.push({ agency, names: names.map(keyed), written: names.map(normalizeText) });
  }

  // the kinds of part of a body the set lists as units of their own: such a part is itself
  const partsListed = new Set(
    agencies.flatMap((a) =>
      [a.name, ...(a.aliases ?? [])].flatMap((n) => bodyPartOf(n)?.how ?? []),
    ),
  );

  // "Hội Cựu chiến binh huyện" is also "Hội Cựu chiến binh", and "Huyện đoàn Than Uyên" is also
  // "Huyện đoàn", when the set holds one such unit
  const levelless = new Map<string, Set<AgencyDef>>();
  const placeless = new Map<string, Set<AgencyDef>>();
  const add = (map: Map<string, Set<AgencyDef>>, key: string | undefined, agency: AgencyDef) => {
    if (!key) return;
    const set = map.get(key) ?? new Set<AgencyDef>();
    set.add(agency);
    map.set(key, set);
  };
  for (const agency of agencies) {
    for (const name of [agency.name, ...(agency.aliases ?? [])]) {
      add(levelless, withoutLevelTail(agencyKey(name)), agency);
      const rest = withoutPlaceName(name);
      if (rest === undefined) continue;
      const key = agencyKey(rest);
      add(placeless, key, agency);
      add(levelless, withoutLevelTail(key), agency);
    }
  }
  const onlyOne = (set: Set<AgencyDef> | undefined): AgencyDef | undefined =>
    set && set.size === 1 ? [...set][0] : undefined;
  /** The one unit of the set at the place a level and a place name give ("xã Nam Hòa"). */
  const placeOnly = (text: string): AgencyMatch | undefined => {
    const at = new Set(
      agencies.filter((a) => [a.name, ...(a.aliases ?? [])].some((n) => namesPlaceOf(text, n))),
    );
    const agency = onlyOne(at);
    return agency ? { agency, confidence: 1, how: 'place-implied', text } : undefined;
  };

  // a place with its level and nothing else ("Thị xã Ba Đồn", "TX Ba Đồn" in a log of the district
  // associations): the one unit of the set at that place, when there is only one
  // (a commune's or a district's level and its proper name only: "Huyện ủy" is no place, and a
  // village is read by the place rules, "Thôn Tân Phú" being no facility's team there)
  const placeOfOne = (text: string): AgencyMatch | undefined => {
    const nfc = normalizeText(text);
    const m = LEVEL_AND_PLACE.exec(expandAgencyAbbreviations(nfc));
    if (!m || !m[1]!.split(' ').every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return undefined;
    return placeOnly(nfc);
  };

  // a set listing an office ("Phòng Nội vụ huyện …") reads offices as units of their own
  const officesListed = agencies.some((a) =>
    [a.name, ...(a.aliases ?? [])].some((n) => foldText(n).startsWith('phong ')),
  );
  /** The one People's Committee of the set at a district (or the one unit there, if only one). */
  const committeeAt = (place: string): AgencyDef | undefined => {
    const at = agencies.filter((a) =>
      [a.name, ...(a.aliases ?? [])].some((n) => namesPlaceOf(place, n)),
    );
    if (at.length <= 1) return at[0];
    return onlyOne(new Set(at.filter((a) => agencyKey(a.name).startsWith('uy ban nhan dan '))));
  };

  const exact = (text: string): AgencyMatch | undefined => {
    const nfc = normalizeText(text);
    const r = raw.get(canonicalKey(nfc));
    if (r) return { agency: r.agency, confidence: 1, how: r.how, text: nfc };
    const key = agencyKey(nfc);
    const e = expanded.get(key);
    if (e) return { agency: e.agency, confidence: 1, how: 'abbreviation', text: nfc };
    // a part of a body (a standing body, a one-stop desk) the set does not list sends its body's
    const part = bodyPartOf(nfc);
    if (part && !partsListed.has(part.how)) {
      const b =
        exact(part.body) ??
        spelledOut(part.body) ??
        (part.how === 'commune-agent' ? placeOnly(part.body) : undefined);
      if (b) return { agency: b.agency, confidence: 1, how: part.how, text: nfc };
    }
    const office = officesListed ? undefined : specialisedOfficePlace(nfc);
    const committee = office === undefined ? undefined : committeeAt(office);
    if (committee)
      return { agency: committee, confidence: 1, how: 'specialised-office', text: nfc };
    // a name that gives its own place ("UBND xã Sơn") is never another place's unit
    if (withoutPlaceName(nfc) !== undefined) return undefined;
    const placed = onlyOne(placeless.get(key));
    if (placed) return { agency: placed, confidence: 1, how: 'place-implied', text: nfc };
    if (agencyLevels(nfc).length === 0) {
      const agency = onlyOne(levelless.get(key));
      if (agency) return { agency, confidence: 1, how: 'level-implied', text: nfc };
    }
    return undefined;
  };

  const classes = agencies.flatMap((agency) => {
    const re = memberClass(agency.name);
    return re ? [{ agency, re }] : [];
  });
  const member = (text: string): AgencyMatch | undefined => {
    if (classes.length === 0 || options.members === false) return undefined;
    const nfc = normalizeText(text);
    const key = agencyKey(nfc);
    if (!key) return undefined;
    const hit = classes.find((c) => c.re.test(key));
    return hit ? { agency: hit.agency, confidence: 1, how: 'member', text: nfc } : undefined;
  };

  const spelledOut = (text: string): AgencyMatch | undefined => {
    const nfc = normalizeText(text);
    const written = nfc.split(' ').filter(Boolean).flatMap(splitJoinedInitials);
    if (!written.some((w) => INITIALS.test(w))) return undefined;
    const key = agencyKey(nfc);
    const hits = new Set<AgencyDef>();
    // the keys of what the initials spell out of each name, once per lookup
    const spelledKeys = all.map(({ written: names }) =>
      names.map((name) => {
        const spelled = spellInitials(written, name);
        return spelled === undefined ? undefined : agencyKey(spelled);
      }),
    );
    all.forEach(({ agency, names }, a) => {
      if (names.some((n, i) => spelledKeys[a]?.[i] === n.key)) hits.add(agency);
    });
    if (hits.size === 0) {
      // a long name cut short as well as spelled short ("Ban CH PCTT xã Lê Lợi" for "Ban Chỉ huy
      // phòng, chống thiên tai và tìm kiếm cứu nạn xã Lê Lợi"): the spelled words in the unit's
      // order, from its first word to its last, for exactly one unit
      const cut = all.filter(({ names }, a) =>
        names.some((n, i) => {
          const spelled = spelledKeys[a]?.[i];
          return spelled !== undefined && isOrderedCut(spelled, n.key);
        }),
      );
      if (cut.length === 1) hits.add(cut[0]!.agency);
    }
    if (hits.size === 0) {
      // a kind written short before a proper name of two words or more that ends exactly one
      // unit's name, whose kind opens with the same letter: "HS Bến Đá" for "Homestay Bến Đá"
      let lead = 0;
      while (lead < written.length && INITIALS.test(written[lead] ?? '')) lead += 1;
      const rest = written.slice(lead);
      if (lead === 0 || rest.length < 2 || !rest.some((w) => /\p{Ll}/u.test(w))) return undefined;
      const tail = ` ${foldText(rest.join(' '))}`;
      const letter = foldText(written[0] ?? '').charAt(0);
      const ending = agencies.filter((a) =>
        [a.name, ...(a.aliases ?? [])].some((n) => ` ${foldText(n)}`.endsWith(tail)),
      );
      const only = ending.length === 1 ? ending[0] : undefined;
      if (
        !only ||
        ![only.name, ...(only.aliases ?? [])].some((n) => {
          const f = foldText(n);
          return f.length > tail.length && f.charAt(0) === letter;
        })
      )
        return undefined;
      hits.add(only);
    }
    const [agency] = hits;
    if (hits.size !== 1 || !agency || key === '') return undefined;
    return { agency, confidence: 1, how: 'initials', text: nfc };
  };

  // the units one of whose names (abbreviations spelled out, folded) ends with the words written,
  // whole words and longer than them, each with the words its name leaves before them: the one scan
  // of a name written without its opening words, which the rules below read differently
  const endingWith = (text: string): { agency: AgencyDef; head: string }[] => {
    const tail = wordsKey(text);
    if (tail.trim() === '') return [];
    return all.flatMap(({ agency, written }) =>
      written.flatMap((w) => {
        const full = wordsKey(w);
        return full.length > tail.length && full.endsWith(tail)
          ? [{ agency, head: full.slice(0, full.length - tail.length).trim() }]
          : [];
      }),
    );
  };

  const kindLeftOut = (text: string): AgencyMatch | undefined => {
    const nfc = normalizeText(text);
    const written = nfc.split(' ').filter(Boolean);
    // a common noun then a proper name of its own ("Chợ Cam Thủy", "Bến xe Đồng Hới"), not a level
    // and a place ("Xã Sơn Tây"), which the place rules read
    const proper = written.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (written.length < 3 || proper.length < 2) return undefined;
    if (OPENS_WITH_A_PLACE_LEVEL.test(foldText(nfc))) return undefined;
    const ending = new Set(endingWith(nfc).map(({ agency }) => agency));
    const [agency] = ending;
    return ending.size === 1 && agency
      ? { agency, confidence: 1, how: 'kind-implied', text: nfc }
      : undefined;
  };

  // a name with a run of its middle words left out, its first word and its whole proper name
  // kept, when exactly one unit of the set is so cut: "Chi hội thôn Nam Hòa" for "Chi hội Người cao
  // tuổi thôn Nam Hòa" in a log of one association's own branches (which association goes without
  // saying there); "UBND xã Sơn" is no cut of "UBND xã Sơn Tây" (its proper name is not kept whole)
  const cutShort = (text: string): AgencyMatch | undefined => {
    const nfc = normalizeText(text);
    const k = keyed(nfc);
    const proper = wordsKey(properNameWords(nfc).join(' '));
    if (k.tokens.length < 3 || proper.trim() === '') return undefined;
    // compared as written (abbreviations spelled out), not by key: a key drops words ("Hội" of
    // "Chi hội Cựu chiến binh") that would let one branch be cut and not the other
    const short = wordsKey(nfc).trim();
    const hits = all.filter(({ names, written }) =>
      written.some(
        (w, i) =>
          // the level word may go with the middle words ("Chi hội Tây Phú" for "Chi hội … thôn
          // Tây Phú"), never be another ("Chi hội xã Tây Phú")
          (k.levels.length === 0 || levelsAgree(k.levels, names[i]!.levels) === 'same') &&
          wordsKey(w).endsWith(proper) &&
          isOrderedCut(short, wordsKey(w).trim()),
      ),
    );
    return hits.length === 1
      ? { agency: hits[0]!.agency, confidence: 1, how: 'kind-implied', text: nfc }
      : undefined;
  };

  // the kinds several units of the set open with ("Khoa" of "Khoa Kinh tế" and "Khoa Điện - Điện
  // tử", "Chi cục Dự trữ Nhà nước" of each provincial branch): what follows tells the unit apart
  const sharedHeads = new Map<string, Set<AgencyDef>>();
  for (const { agency, written } of all) {
    for (const name of written) {
      const words = wordsKey(name).trim().split(' ');
      for (let n = 1; n < words.length; n += 1)
        add(sharedHeads, words.slice(0, n).join(' '), agency);
    }
  }

  // the name that tells a unit from the others of its kind, the kind left out: "Điện - Điện tử" for
  // "Khoa Điện - Điện tử" among the faculties, "Hà Tĩnh" for "Chi cục Dự trữ Nhà nước Hà Tĩnh"
  // among the provincial branches, when the words end exactly one unit's name and what they leave
  // before them opens another unit's name too (a bare "Điện tử" leaves "Khoa Điện", which opens no
  // other: it is not that faculty's name)
  const distinctiveName = (text: string): AgencyMatch | undefined => {
    const nfc = normalizeText(text);
    const words = nfc.split(' ').filter(Boolean);
    // a name of its own, not a kind or a level and a place ("xã Vinh Thái", "Thôn Tân Phú"): the
    // place rules read those
    if (
      !/^[\p{Lu}\p{N}]/u.test(words[0] ?? '') ||
      agencyLevels(nfc).length > 0 ||
      OPENS_WITH_A_PLACE_LEVEL.test(foldText(nfc))
    )
      return undefined;
    const hits = new Set(
      endingWith(nfc)
        .filter(({ agency, head }) =>
          [...(sharedHeads.get(head) ?? [])].some((other) => other !== agency),
        )
        .map(({ agency }) => agency),
    );
    const [agency] = hits;
    return hits.size === 1 && agency
      ? { agency, confidence: 1, how: 'kind-implied', text: nfc }
      : undefined;
  };

  const cutOfSeveral = (nfc: string): boolean => {
    const proper = wordsKey(properNameWords(nfc).join(' '));
    if (proper.trim() === '') return false;
    const short = wordsKey(nfc).trim();
    const cut = all.filter(({ written }) =>
      written.some((w) => wordsKey(w).endsWith(proper) && isOrderedCut(short, wordsKey(w).trim())),
    );
    return cut.length > 1;
  };

  const scored = (text: string): { agency: AgencyDef; score: number }[] => {
    const k = keyed(normalizeText(text));
    if (k.tokens.length === 0) return [];
    const out: { agency: AgencyDef; score: number }[] = [];
    for (const { agency, names } of all) {
      let score = 0;
      for (const name of names) score = Math.max(score, similarityOf(k, name));
      if (score >= threshold) out.push({ agency, score });
    }
    return out.sort((a, b) => b.score - a.score);
  };

  const candidates = (text: string): AgencyDef[] => {
    if (typeof text !== 'string') return [];
    const list = scored(text);
    const best = list[0];
    if (!best) return [];
    const close = list.filter((c) => best.score - c.score < AMBIGUITY_MARGIN);
    return close.length > 1 ? close.slice(0, 3).map((c) => c.agency) : [];
  };

  const possible = (text: string): AgencyDef[] => {
    if (typeof text !== 'string' || match(text)) return [];
    // the longest end of its proper name that some units' names hold: "Kim Đồng" is in both
    // "Trường Tiểu học Kim Đồng" and "Trường THCS Kim Đồng"; "UBND xã Tân Hòa" in none of
    // "UBND xã Tân Mỹ", "UBND xã Tân Lập" (a name alike in its kind only is no candidate)
    const proper = properNameWords(text);
    for (let from = 0; from < proper.length; from += 1) {
      const phrase = wordsKey(proper.slice(from).join(' '));
      if (phrase.trim() === '') continue;
      const hits = all
        .filter(({ agency }) =>
          [agency.name, ...(agency.aliases ?? [])].some((n) => wordsKey(n).includes(phrase)),
        )
        .map(({ agency }) => agency);
      if (hits.length > 0) return hits;
    }
    // a name that gives a proper name no unit holds is none of them, however alike its kind;
    // one with none to tell (all capitals, or a kind alone: "Phòng pháp chế") could be any unit
    // about as alike as a fuzzy match
    if (proper.length > 0) return [];
    const k = keyed(normalizeText(text));
    const alike = all
      .filter(({ names }) => names.some((n) => similarityOf(k, n) >= POSSIBLE_SIMILARITY))
      .map(({ agency }) => agency);
    return [...new Set([...candidates(text), ...alike])];
  };

  const fuzzy = (text: string): AgencyMatch | undefined => {
    const nfc = normalizeText(text);
    const k = keyed(nfc);
    if (k.tokens.length === 0) return undefined;
    let best: { agency: AgencyDef; score: number } | undefined;
    let runnerUp = 0;
    for (const { agency, names } of all) {
      let score = 0;
      for (const name of names) score = Math.max(score, similarityOf(k, name));
      if (score < threshold) continue;
      if (!best || score > best.score) {
        runnerUp = best?.score ?? runnerUp;
        best = { agency, score };
      } else runnerUp = Math.max(runnerUp, score);
    }
    // two agencies about as close ("Ủy ban nhân dân" against the district's and the province's): no guess
    if (!best || best.score - runnerUp < AMBIGUITY_MARGIN) return undefined;
    // a name cut short that two units' names hold whole ("HTX Xuân Lâm" of both "Hợp tác xã dịch
    // vụ nông nghiệp Xuân Lâm" and "Hợp tác xã rau an toàn Xuân Lâm"): the shorter is no likelier
    if (cutOfSeveral(nfc)) return undefined;
    return {
      agency: best.agency,
      confidence: Math.round(best.score * 1000) / 1000,
      how: 'fuzzy',
      text: nfc,
    };
  };

  const match = (text: string): AgencyMatch | undefined => {
    if (typeof text !== 'string') return undefined;
    return (
      exact(text) ??
      spelledOut(text) ??
      fuzzy(text) ??
      member(text) ??
      kindLeftOut(text) ??
      cutShort(text) ??
      distinctiveName(text) ??
      placeOfOne(text)
    );
  };

  /**
   * The cell's lines, one unit each, a name wrapped by hand joined again: a line break typed inside
   * a long name ("Ban Tổ chức" above "Huyện ủy", "UBMTTQ" above "huyện") leaves a level word alone
   * on a line, or a line that is no unit alone while the two lines together name one. Lines that
   * each name a unit stay apart: one unit per line is how a cell lists several.
   */
  const wrappedLinesJoined = (text: string): string[] => {
    const lines = text
      .split(/\r\n?|\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const out: string[] = [];
    for (const line of lines) {
      const before = out[out.length - 1];
      if (before !== undefined) {
        const joined = `${before} ${line}`;
        // a level word alone ("Huyện ủy", "huyện") ends the name above it, known or not
        if (levelTail(line) === line || ((!match(before) || !match(line)) && match(joined))) {
          out[out.length - 1] = joined;
          continue;
        }
      }
      out.push(line);
    }
    return out;
  };

  const split = (text: string): AgencyPart[] => {
    if (typeof text !== 'string') return [];
    const nfc = normalizeText(wrappedLinesJoined(text).join(';'));
    const out: AgencyPart[] = [];
    for (const seg of segments(nfc)) {
      const { parts } = seg;
      const last = parts[parts.length - 1];
      const tail = last ? levelTail(nfc.slice(last.start, last.end)) : undefined;
      const span = (i: number, j: number): string =>
        nfc.slice(parts[i]?.start ?? 0, parts[j]?.end ?? 0);
      const isFragment = (i: number): boolean =>
        FRAGMENTS.has(canonicalKey(span(i, i)) || foldText(span(i, i)));
      let i = 0;
      while (i < parts.length) {
        let done = false;
        // 1. the longest run of parts that is one name exactly ("chi, đảng bộ cơ sở")
        for (let j = parts.length - 1; j >= i && !done; j -= 1) {
          if (j === i && isFragment(i)) continue;
          const m = exact(span(i, j));
          if (m) {
            out.push({ text: m.text, match: m });
            i = j + 1;
            done = true;
          }
        }
        if (done) continue;
        const alone = isFragment(i) && i + 1 < parts.length ? span(i, i + 1) : span(i, i);
        const width = alone === span(i, i) ? 1 : 2;
        // 2. a name sharing the list's level tail ("Ban Tuyên giáo, Văn phòng Tỉnh ủy")
        if (tail && levelTail(alone) === undefined) {
          const m = exact(`${alone} ${tail}`);
          if (m) {
            out.push({ text: alone, match: { ...m, how: 'fuzzy', confidence: 0.9, text: alone } });
            i += width;
            continue;
          }
        }
        // 3. a fuzzy match of the part alone, else of a longer run; else a group's member by kind
        let m = spelledOut(alone) ?? fuzzy(alone) ?? member(alone);
        let used = width;
        if (!m) {
          for (let j = i + width; j < parts.length; j += 1) {
            const candidate = fuzzy(span(i, j));
            if (candidate && (!m || candidate.confidence > m.confidence)) {
              m = candidate;
              used = j - i + 1;
            }
          }
        }
        if (m) out.push({ text: m.text, match: m });
        else {
          const names = candidates(alone).map((a) => a.name);
          out.push(names.length > 1 ? { text: alone, candidates: names } : { text: alone });
        }
        i += used;
      }
    }
    return out;
  };

  const matchAll = (text: string): AgencyMatch[] => {
    const best = new Map<string, AgencyMatch>();
    for (const part of split(text)) {
      const m = part.match;
      if (!m) continue;
      const seen = best.get(m.agency.id);
      if (!seen || m.confidence > seen.confidence) best.set(m.agency.id, m);
    }
    return [...best.values()];
  };

  return { match, matchAll, split, candidates, possible };
}

/** A level and a place ("Xã Sơn Tây", "Thôn Tân Phú", "Khu phố 3"), folded: no unit's own name. */
/** A commune's, a town's, a district's or a province's level, then the place's name. */
const LEVEL_AND_PLACE = /^(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+(.+)$/iu;

const OPENS_WITH_A_PLACE_LEVEL =
  /^(?:xa|phuong|thi tran|huyen|quan|tinh|thanh pho|thi xa|thon|ban|ap|khu pho|to dan pho)\b/;

/** A word written as initials: two to six capitals ("KS", "CHQS", "CTĐ", "PN"). */
const INITIALS = /^\p{Lu}{2,6}$/u;

/**
 * Initials joined by "&" ("PCTT&TKCN": phòng, chống thiên tai và tìm kiếm cứu nạn) as the words
 * they stand for: each part, with "và" between; joined by a hyphen ("HSTC-CĐ": Hồi sức tích cực -
 * Chống độc), each part; any other word as written.
 */
function splitJoinedInitials(word: string): string[] {
  for (const [joint, between] of [
    ['&', ['và']],
    ['-', []],
  ] as const) {
    const parts = word.split(joint);
    if (parts.length < 2 || !parts.every((p) => INITIALS.test(p))) continue;
    return parts.flatMap((p, i) => (i === 0 ? [p] : [...between, p]));
  }
  return [word];
}

/**
 * Whether the words of `short` are words of `full` in the same order, with the same first and
 * last words and at least one word left out: a name cut short, not another name.
 */
function isOrderedCut(short: string, full: string): boolean {
  const a = short.split(' ').filter(Boolean);
  const b = full.split(' ').filter(Boolean);
  if (a.length < 2 || a.length >= b.length || a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false;
  let j = 0;
  for (const w of b) if (j < a.length && w === a[j]) j += 1;
  return j === a.length;
}

/**
 * The written words with each word of initials replaced by the run of the unit's own words whose
 * first letters spell it ("Ban CHQS TT Tân Phú" against "Ban Chỉ huy quân sự thị trấn Tân Phú");
 * undefined when none is. Compared folded: "CTĐ" spells "Chữ thập đỏ".
 */
function spellInitials(written: readonly string[], unitName: string): string | undefined {
  const words = unitName.split(' ').filter(Boolean);
  const heads = words.map((w) => foldText(w).charAt(0));
  let changed = false;
  const out = written.map((w) => {
    if (!INITIALS.test(w)) return w;
    const letters = foldText(w).replace(/[^a-z]/g, '');
    if (letters.length !== [...w].length) return w;
    for (let i = 0; i + letters.length <= words.length; i += 1) {
      if (heads.slice(i, i + letters.length).join('') !== letters) continue;
      changed = true;
      return words.slice(i, i + letters.length).join(' ');
    }
    return w;
  });
  return changed ? out.join(' ') : undefined;
}

const LEVEL_TAIL = / (?:huyen|tinh|thanh pho|thi xa|quan)$/;

/** An agency key without a trailing level word ("cuu chien binh huyen" → "cuu chien binh"). */
function withoutLevelTail(key: string): string | undefined {
  return LEVEL_TAIL.test(key) ? key.replace(LEVEL_TAIL, '') : undefined;
}

/** Level words a place name follows ("xã Sơn Tây", "thị trấn Than Uyên"), folded. */
const PLACE_LEVEL = /^(?:xa|phuong|huyen|quan|tinh)$/;
/** Words that end a unit's kind before its place: "xã", "thị trấn", "Huyện đoàn", "Đảng ủy". */
const BEFORE_PLACE = /(?:^| )(?:xa|phuong|thi tran|huyen|quan|tinh|thanh pho|thi xa|doan|uy)$/;

/**
 * The name without the place it ends with, when it is a unit's kind and level followed by a place
 * name ("Huyện đoàn Than Uyên" → "Huyện đoàn", "UBND xã Sơn Tây" → "Ủy ban nhân dân xã"); undefined
 * when the name ends with no place ("Hội Cựu chiến binh huyện", "Chi bộ Trường THPT Đức Thọ").
 * A place name is the run of capitalised words (or numbers: "Phường 3") at the end; in a name
 * written all in capitals none can be told.
 */
function withoutPlaceName(text: string): string | undefined {
  const words = expandAgencyAbbreviations(text).split(' ').filter(Boolean);
  // written all in capitals, case tells no place from the rest
  if (!words.some((w) => /\p{Ll}/u.test(w))) return undefined;
  let start = words.length;
  while (start > 0 && /^[\p{Lu}\p{N}]/u.test(words[start - 1] ?? '')) start -= 1;
  // a level word written in capitals belongs before the place ("UBND XÃ SƠN TÂY")
  while (start < words.length - 1 && PLACE_LEVEL.test(foldText(words[start] ?? ''))) start += 1;
  if (start === 0 || start === words.length) return undefined;
  const rest = words.slice(0, start).join(' ');
  if (!BEFORE_PLACE.test(foldText(rest)) || agencyLevels(rest).length === 0) return undefined;
  return rest;
}
