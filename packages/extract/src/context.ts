/**
 * Document structure: where each directive in a file starts and ends (a plan is often followed by
 * the full texts it implements), its identity (kind, number, date, issuer), the section headings
 * above every block, and who a block's duties belong to (a heading that names an agency, "Giao X",
 * the agencies a directive addresses: "Ban Bí thư yêu cầu X tập trung thực hiện …").
 */
import { formatIsoDate } from '@dondoc/core';
import { findDateExpressions, isDocumentNumber, lastDayOf } from './core-parsers.js';
import { AGENCY_START, subjectOf } from './owners.js';
import type { Block, MarkerType, PreparedText } from './prepare.js';
import type { DirectiveIdentity } from './types.js';
import { REFERENCE_BEFORE } from './words.js';

export interface SectionRef {
  readonly block: number;
  readonly markerType: MarkerType | null;
  readonly label: string | null;
  /** Heading text without the marker. */
  readonly title: string;
  /** A heading (not a numbered paragraph that also opens a section). */
  readonly heading: boolean;
}

/** A heading about what happened ("I. KHÁI QUÁT TÌNH HÌNH", "A. VỀ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2023"). */
export function isHistoryHeading(s: SectionRef): boolean {
  return s.heading && /^(?:về\s+)?(?:khái quát\s+)?(?:tình hình|kết quả|đánh giá)/iu.test(s.title);
}

export interface BlockContext {
  readonly block: Block;
  /** Index of the directive the block belongs to. */
  readonly document: number;
  /** True for the body (not the header, the distribution list or the signature). */
  readonly body: boolean;
  /** Enclosing headings, outermost first (the block itself is not in it). */
  readonly sections: readonly SectionRef[];
}

export interface DocumentContext {
  readonly identity: DirectiveIdentity;
  /** Year of dates written without one, and the year before which a date is history. */
  readonly year: number | undefined;
  /** ISO date of the document, when written. */
  readonly date: string | undefined;
  /** The agencies the document addresses ("yêu cầu X thực hiện"), or null. */
  readonly addressees: string | null;
  readonly firstBlock: number;
  /** End year of the target period the title or preamble sets (see frame.ts), or null. */
  readonly targetYear?: string | null;
  /**
   * When the text gives no year of its own but names the school year it is about ("đầu năm học
   * 2010- 2011"): the year that school year ends in. A day without a year falls in its first
   * year from June on, else in its second (`schoolYearDayYear` of @dondoc/core).
   */
  readonly schoolYearEnd?: number;
  /**
   * The polling day an election text names ("… diễn ra vào Chủ nhật, ngày 15/3/2026"): times counted
   * from it ("chậm nhất 70 ngày trước ngày bầu cử") are days.
   */
  readonly pollingDay?: { readonly year: number; readonly month: number; readonly day: number };
  /**
   * The unit that issues a plan and does its work, named in capitals in the header above its title
   * under the body it belongs to ("TRUNG TÂM Y TẾ KHU VỰC …" / "TRẠM Y TẾ XÃ …"): a duty of the
   * plan with no subject, heading or addressee of its own is that unit's.
   */
  readonly ownUnit?: string;
}

export interface Structure {
  readonly blocks: readonly BlockContext[];
  readonly documents: readonly DocumentContext[];
}

const KINDS: readonly (readonly [RegExp, string])[] = [
  [/^CHƯƠNG TRÌNH HÀNH ĐỘNG(?![\p{L}])/u, 'Chương trình hành động'],
  [/^CHƯƠNG TRÌNH(?![\p{L}])/u, 'Chương trình'],
  [/^KẾ HOẠCH(?![\p{L}])/u, 'Kế hoạch'],
  [/^CHỈ THỊ(?![\p{L}])/u, 'Chỉ thị'],
  [/^KẾT LUẬN(?![\p{L}])/u, 'Kết luận'],
  [/^NGHỊ QUYẾT(?![\p{L}])/u, 'Nghị quyết'],
  [/^QUYẾT ĐỊNH(?![\p{L}])/u, 'Quyết định'],
  [/^THÔNG BÁO(?![\p{L}])/u, 'Thông báo'],
  [/^HƯỚNG DẪN(?![\p{L}])/u, 'Hướng dẫn'],
  [/^CÔNG VĂN(?![\p{L}])/u, 'Công văn'],
  [/^THÔNG TRI(?![\p{L}])/u, 'Thông tri'],
  [/^QUY ĐỊNH(?![\p{L}])/u, 'Quy định'],
  [/^ĐỀ ÁN(?![\p{L}])/u, 'Đề án'],
];

export function documentKindOf(block: Block): string | undefined {
  const text = block.text.slice(block.bodyStart);
  for (const [re, kind] of KINDS) if (re.test(text)) return kind;
  return undefined;
}

const TAIL_START = /^(?:Nơi nhận|NƠI NHẬN)\s*:?/u;

function headingTitle(block: Block): string {
  return block.text.slice(block.bodyStart).trim();
}

/** "…, ngày 10 tháng 4 năm 2024" (place, date line of a header). */
const DATE_LINE = /(?:^|,\s*)ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u;

const ISSUERS =
  /\b(?:CỦA\s+)?(BAN BÍ THƯ|BỘ CHÍNH TRỊ|BAN CHẤP HÀNH TRUNG ƯƠNG|BAN THƯỜNG VỤ (?:TỈNH|HUYỆN|THÀNH|THỊ) ỦY|(?:TỈNH|HUYỆN|THÀNH|THỊ|ĐẢNG) ỦY [\p{Lu} ]+|HỘI NGHỊ (?:TỈNH|HUYỆN|THÀNH) ỦY[^a-zđ]*|ỦY BAN NHÂN DÂN [\p{Lu} ]+)/u;

const ISSUER_IN_TEXT =
  /(Ban Bí thư|Bộ Chính trị|Ban Thường vụ (?:Tỉnh|Huyện|Thành|Thị) ủy(?: [\p{Lu}][\p{L}]*)*|(?:Tỉnh|Huyện|Thành|Thị) ủy(?: [\p{Lu}][\p{L}]*)+|Ban Chấp hành Đảng bộ (?:tỉnh|huyện|thành phố))\s+(?:ban hành|chọn|tán thành|yêu cầu)/u;

function titleCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function issuerName(raw: string): string {
  return raw
    .trim()
    .toLocaleLowerCase('vi')
    .replace(/(^|\s)(\p{L})/gu, (m, s: string, c: string) => s + c.toLocaleUpperCase('vi'))
    .replace(/\b(Của|Và)\b/gu, (w) => w.toLocaleLowerCase('vi'))
    .replace(/ (Ủy|Uỷ|Thường Vụ|Bí Thư|Chính Trị|Chấp Hành|Trung Ương|Nhân Dân|Nghị)\b/gu, (w) =>
      w.toLocaleLowerCase('vi'),
    )
    .replace(/ (tỉnh ủy|huyện ủy|thành ủy|thị ủy)\b/giu, (w) => ' ' + titleCase(w.trim()))
    .replace(/Ban thường vụ/gu, 'Ban Thường vụ')
    .replace(/Ban bí thư/gu, 'Ban Bí thư')
    .replace(/Bộ chính trị/gu, 'Bộ Chính trị')
    .replace(/Ban chấp hành trung ương/gu, 'Ban Chấp hành Trung ương');
}

/**
 * The bodies a request names ("… yêu cầu các sở, ngành, UBND các huyện theo chức năng, nhiệm vụ
 * tiến hành rà soát …"): read by the extractor's one subject reader, up to their first verb.
 */
const REQUESTED = /yêu cầu\s+(?=(?:các|cấp|ban|ủy|uỷ|mặt|đảng|chính)(?![\p{L}]))/iu;

function requestedBodies(text: string): string | null {
  const m = REQUESTED.exec(text);
  return m ? subjectOf(text.slice(m.index + m[0].length)) : null;
}

/**
 * The first body a "Kính gửi:" line names ("Kính gửi:  - BCH Công đoàn Bộ phận"), or the item of a
 * call for comments that says who gives them ("1. Đối tượng cho ý kiến: Trưởng các đơn vị; …").
 */
const LETTER_ADDRESSEE =
  /^(?:\s|\\r\\n)*(?:\d{1,2}\.\s*)?(?:Kính gửi|Đối tượng (?:cho|góp|lấy) ý kiến)\s*:?\s*(?:[-–+•]\s*)?(\p{Lu}[^;\n\\]{2,120}?)\s*(?:[;.\n\\]|\s{2,}|$)/u;

/** Splits the text into directives and gives each block its sections and owner context. */
export function analyseStructure(prepared: PreparedText): Structure {
  const out: BlockContext[] = [];
  const documents: { kind: string | null; first: number; start: number }[] = [];
  let stack: SectionRef[] = [];
  let body = false;
  let docIndex = -1;
  let tailSince: number | null = null;
  for (const block of prepared.blocks) {
    const kind = documentKindOf(block);
    if (kind && block.markerType === null && /^\p{Lu}{2}/u.test(block.text)) {
      documents.push({ kind, first: block.index, start: tailSince ?? block.index });
      docIndex = documents.length - 1;
      stack = [];
      body = true;
      tailSince = null;
      out.push({ block, document: docIndex, body: false, sections: [] });
      continue;
    }
    if (docIndex < 0) {
      documents.push({ kind: null, first: block.index, start: 0 });
      docIndex = 0;
      body = true;
    }
    if (TAIL_START.test(block.text)) {
      body = false;
      tailSince = block.index + 1;
    }
    out.push({
      block,
      document: docIndex,
      body: body && block.kind !== 'footnote',
      sections: [...stack],
    });
    if (block.kind === 'footnote' || !body) continue;
    const type = block.markerType;
    if (type !== null && type !== 'bullet' && type !== 'paren') {
      const same = stack.findIndex((s) => s.markerType === type);
      if (same >= 0) stack = stack.slice(0, same);
      stack.push({
        block: block.index,
        markerType: type,
        label: block.label,
        title: headingTitle(block),
        heading: block.kind === 'heading',
      });
    } else if (block.kind === 'heading' && type === null && block.caps) {
      stack = [
        {
          block: block.index,
          markerType: null,
          label: null,
          title: headingTitle(block),
          heading: true,
        },
      ];
    }
  }
  const docs = documents.map((d, i) => {
    const next = documents[i + 1];
    const previous = documents[i - 1];
    const header = prepared.blocks.slice(
      d.start,
      Math.min(d.first + 2, next ? next.start : Infinity),
    );
    const context = documentContext(
      d.kind,
      d.first,
      header,
      prepared.blocks.slice(d.first, next ? next.start : undefined),
    );
    // the header lines above a plan's title (split off as a page's part when they open the text)
    const above = prepared.blocks.slice(
      Math.max(previous?.kind ? previous.first + 1 : 0, d.first - 6),
      d.first,
    );
    // a report or a submission ("BÁO CÁO", "TỜ TRÌNH") is sent to the body its "Kính gửi:" names:
    // the work it lists with no subject ("2. Nhiệm vụ trọng tâm: - Rà soát …, hoàn thành trong quý
    // I/2027") is the issuing unit's, named in the first cell of the header above its title
    const reportAt = reportTitleIndex(
      prepared.blocks.slice(d.first, next ? Math.min(next.start, d.first + 12) : d.first + 12),
    );
    if (reportAt !== null) {
      const at = d.first + reportAt;
      const unit = ownUnitOf(prepared.blocks.slice(Math.max(d.start, at - 6), at));
      const sent = { ...context, addressees: null };
      return unit ? { ...sent, ownUnit: unit } : sent;
    }
    // (a unit's own plan or work programme, "CHƯƠNG TRÌNH Công tác Đoàn … năm 2026": its duties
    // with no subject are the issuing unit's)
    const unit = d.kind === 'Kế hoạch' || d.kind === 'Chương trình' ? ownUnitOf(above) : null;
    // (and the place-date line among them, "Thiệu Lam, ngày 16 tháng 8 năm 2030", dates it)
    const dated = context.date === undefined ? datedBy(above, context) : context;
    return unit ? { ...dated, ownUnit: unit } : dated;
  });
  return { blocks: out, documents: docs };
}

/** A report's or a submission's title line: "BÁO CÁO", "TỜ TRÌNH", "BÁO CÁO KẾT QUẢ …". */
const REPORT_TITLE = /^(?:BÁO CÁO|TỜ TRÌNH)(?:\s+[^\p{Ll}]*)?$/u;

/**
 * Where a report's title stands among a document's first blocks, when a "Kính gửi:" line follows
 * it (the report is sent to that body); null for any other document.
 */
function reportTitleIndex(blocks: readonly Block[]): number | null {
  const at = blocks.findIndex(
    (b) => b.markerType === null && REPORT_TITLE.test(b.text.trim()) && b.text.length <= 120,
  );
  if (at < 0) return null;
  return blocks.slice(at + 1).some((b) => /^\s*Kính gửi(?![\p{L}])/u.test(b.text)) ? at : null;
}

/** Level words after which a unit's name in capitals goes on with a place's proper name. */
const PLACE_AFTER = /(?<![\p{L}])(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+(.+)$/u;

/** "TRẠM Y TẾ XÃ VĨNH THẠNH" → "Trạm y tế xã Vĩnh Thạnh" (sentence case, the place title-cased). */
function unitName(caps: string): string {
  const lower = caps.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
  const sentence = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  const place = PLACE_AFTER.exec(sentence);
  if (!place?.[2] || place.index === undefined) return sentence;
  const name = place[2].replace(
    /(^|\s)(\p{L})/gu,
    (_m, sp: string, c: string) => sp + c.toLocaleUpperCase('vi'),
  );
  return `${sentence.slice(0, place.index)}${place[1]} ${name}`;
}

/**
 * The last line in capitals above a plan's title that names a body ("TRẠM Y TẾ XÃ VĨNH THẠNH" under
 * "TRUNG TÂM Y TẾ KHU VỰC VĨNH THẠNH"; the first cell of a two-cell header), if any.
 */
function ownUnitOf(blocks: readonly Block[]): string | null {
  let unit: string | null = null;
  for (const b of blocks) {
    // cells parted by "|", or by a run of spaces when the two cells were copied onto one line
    // ("ỦY BAN NHÂN DÂN XÃ ĐỒNG XUÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), or before the motto
    // of the second cell ("SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc")
    const cell = (
      b.text.split(/\||\t|\s{3,}|\s+(?=CỘNG HÒA|CỘNG HOÀ|Độc lập(?![\p{L}]))/u)[0] ?? ''
    ).trim();
    if (cell.length < 4 || cell.length > 80 || /\d/u.test(cell)) continue;
    if (!b.caps && cell !== cell.toLocaleUpperCase('vi')) continue;
    if (/^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|ĐỘC LẬP|KẾ HOẠCH)(?![\p{L}])/u.test(cell)) continue;
    const name = unitName(cell);
    if (AGENCY_START.test(name)) unit = name;
  }
  return unit;
}

/**
 * The year most of a text's days and months written with their year fall in (the latest one when
 * two are named as often), leaving out a cited document's date; undefined when it writes none.
 */
function usualYear(blocks: readonly Block[]): number | undefined {
  const count = new Map<number, number>();
  for (const b of blocks) {
    for (const f of findDateExpressions(b.text)) {
      if (!f.explicitYear || (f.expression.kind !== 'day' && f.expression.kind !== 'month'))
        continue;
      if (REFERENCE_BEFORE.test(b.text.slice(0, f.start))) continue;
      const y = lastDayOf(f.expression).year;
      count.set(y, (count.get(y) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [y, n] of count)
    if (best === undefined || n > (count.get(best) ?? 0) || (n === count.get(best) && y > best))
      best = y;
  return best;
}

/**
 * A document whose place-date line stands in the header lines split off above its title: the
 * context with that date as its own (and its year).
 */
function datedBy(above: readonly Block[], context: DocumentContext): DocumentContext {
  for (const b of above) {
    if (!DATE_LINE.test(b.text)) continue;
    const d = findDateExpressions(b.text).find((m) => m.expression.kind === 'day');
    if (!d) continue;
    const date = formatIsoDate(lastDayOf(d.expression));
    return {
      ...context,
      identity: { ...context.identity, date },
      date,
      year: Number(date.slice(0, 4)),
    };
  }
  return context;
}

function documentContext(
  kind: string | null,
  first: number,
  header: readonly Block[],
  all: readonly Block[],
): DocumentContext {
  let number: string | null = null;
  let date: string | undefined;
  let issuer: string | null = null;
  for (const b of header) {
    const n = /^Số:?\s*(\S+)/u.exec(b.text);
    if (!number && n && isDocumentNumber(n[1] ?? '')) number = n[1] ?? null;
    if (!date && DATE_LINE.test(b.text)) {
      const d = findDateExpressions(b.text).find((m) => m.expression.kind === 'day');
      if (d) date = formatIsoDate(lastDayOf(d.expression));
    }
    const iss = ISSUERS.exec(b.text);
    if (!issuer && iss?.[1] && b.caps) issuer = issuerName(iss[1]);
  }
  // "KẾ HOẠCH" alone: the title goes on in the next block
  const titleBlocks =
    all[0] && all[0].text.length < 30 && all[1] ? [all[0], all[1]] : all.slice(0, 1);
  const titleBlock =
    titleBlocks.length > 0 ? { text: titleBlocks.map((b) => b.text).join(' ') } : undefined;
  const title = titleBlock ? titleBlock.text.replace(/\s+/g, ' ').trim() : null;
  const bodyText = all.slice(0, 8).map((b) => b.text);
  if (!issuer) {
    for (const t of bodyText) {
      const m = ISSUER_IN_TEXT.exec(t);
      if (m?.[1]) {
        issuer = m[1];
        break;
      }
    }
  }
  let addressees: string | null = null;
  // "Sở Nông nghiệp và Môi trường các tỉnh, thành phố khu vực Bắc Bộ": the region says which of
  // the bodies the letter is for; it is not part of their names
  const withoutRegion = (raw: string): string =>
    raw.trim().replace(/\s+(?:khu vực|vùng)\s+[^,;]+$/u, '');
  for (const b of all.slice(0, 12)) {
    const bodies = requestedBodies(b.text);
    if (bodies !== null) {
      addressees = withoutRegion(bodies);
      break;
    }
  }
  // a letter's "Kính gửi: X" names whom its duties are for when no request names them
  if (addressees === null) {
    const head = all.slice(0, 12);
    for (const [i, b] of head.entries()) {
      // "Kính gửi:" alone on its line, then one body a line ("- Các phòng …;", "- Chi cục …;"):
      // all of them
      if (/^\s*Kính gửi\s*:?\s*$/u.test(b.text)) {
        const listed: string[] = [];
        for (const next of all.slice(i + 1, i + 12)) {
          const item = /^\s*[-–+•]\s*(\p{Lu}[^;\n]{2,120}?)\s*[;.]?\s*$/u.exec(next.text);
          if (!item?.[1]) break;
          listed.push(item[1].trim());
        }
        if (listed.length > 0) {
          addressees = listed.join('; ');
          break;
        }
      }
      const m = LETTER_ADDRESSEE.exec(b.text);
      if (m?.[1]) {
        addressees = withoutRegion(m[1]);
        break;
      }
    }
  }
  // year: the document's date, else the latest full date or year its title names
  let year = date ? Number(date.slice(0, 4)) : undefined;
  if (year === undefined && titleBlock) {
    const found = findDateExpressions(titleBlock.text);
    const days = found.filter((f) => f.expression.kind === 'day');
    const pool = days.length > 0 ? days : found;
    const years = pool.map((f) => lastDayOf(f.expression).year);
    if (years.length > 0) year = Math.max(...years);
  }
  // a page with no date, stamp or dated title ("Ngày 17 – 9, UBND tỉnh họp …" over "… trước ngày
  // 15 - 11 - 2025"): the year most of the days and months its text writes in full fall in (the
  // latest of the most named), not counting the dates of the documents it cites
  if (year === undefined) year = usualYear(all);
  void first;
  return {
    identity: {
      kind,
      number,
      date: date ?? null,
      issuer,
      title: title
        ? kind && title.toUpperCase().startsWith(kind.toUpperCase())
          ? title
          : title
        : null,
    },
    year,
    date,
    addressees,
    firstBlock: first,
  };
}
