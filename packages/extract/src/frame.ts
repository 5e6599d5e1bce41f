/**
 * The document frame, computed before any clause is read: which blocks are the page's or the
 * document's header zone (timestamps, bylines, source tags, photo captions, the headline, the
 * "Số: … / CỘNG HÒA … / Hà Nội, ngày …" header), the issue date (the place-date line, else the
 * earliest timestamp of the page's header zone), and the target period the title and preamble set ("năm 2025", "đến năm
 * 2030", "giai đoạn 2021 – 2025", "nhiệm kỳ 2020 – 2025"). Metadata blocks give no items; a
 * clause's year comes from the clause, else its scope, else the frame's target year.
 */
import { formatIsoDate } from '@dondoc/core';
import type { Block } from './prepare.js';
import { FURNITURE_LINE } from './prepare.js';

/**
 * A timestamp, byline or source tag line of a web page or a document header; a byline names who
 * posted or shared the page ("Đăng bởi: Ban biên tập | 06/02/2028 | 1.204 lượt xem", "Chia sẻ bởi
 * … | Ngày 02/03/2028 | 57", "Người đăng: …") or ends in the page's view count.
 */
const METADATA =
  /^(?:date\s+\d{4}-\d{2}|(?:Thứ\s+\p{L}+|Chủ nhật)\s*[,-]?\s*(?:Ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}|\(?\d{1,2}\/\d{1,2}\/\d{4}[\s,|-]+\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*[|,-]\s*\d{1,2}\/\d{1,2}\/\d{4}|(?:Cập nhật|Ngày đăng|Ngày cập nhật|Đăng lúc|Lượt xem|Tác giả|Nguồn|Ảnh|Tin, ảnh|Tin và ảnh|Đăng nhập|Nhiệt liệt chào mừng|Xem chi tiết|Xem thêm|Quang cảnh|(?:Đăng|Chia sẻ|Viết|Gửi|Biên tập)\s+bởi|Người (?:đăng|viết|gửi|chia sẻ))(?![\p{L}])|[^\n]{0,80}\|\s*[\d.]+\s+lượt (?:xem|tải|đọc)\s*$)/iu;
/**
 * A posting label with the day and no hour ("Ngày đăng: 22/04/2026", "Cập nhật: 05/3/2026"): the
 * page's stamp, as when the hour is printed.
 */
const POSTED_ON =
  /^(?:Ngày đăng|Ngày cập nhật|Cập nhật|Đăng lúc|Đăng ngày|Ngày phát hành)\s*:?\s*\d{1,2}\/\d{1,2}\/\d{4}\s*$/iu;
/** A date alone on its line, maybe in brackets: "26/02/2021", "(14/10/2025)". */
const DATE_ALONE = /^\(?\d{1,2}\/\d{1,2}\/\d{4}\)?$/u;
const TIMESTAMP = /\d{1,2}:\d{2}(?:\s*(?:AM|PM))?|\(GMT\s*[+-]\s*\d+\)|\[GMT\s*[+-]\s*\d+\]/u;
const DOCUMENT_HEADER = /(?:^|\s)Số:\s*\S|CỘNG HÒA XÃ HỘI|Độc lập\s*[-–]\s*Tự do|^V\/v\s/u;
const PLACE_DATE =
  /^[\p{L} .]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?(?:\s*\|)?$/u;
/**
 * A row of a legal-database page's metadata table: "| Ngày ban hành | 09/12/2025 |", also with a
 * colon after the label ("Ngày ban hành: | 24/11/2025 | Ngày hiệu lực: | …") or the value beside
 * it ("Lĩnh vực: Văn hóa - Xã hội | Ngày ban hành: 28/11/2025 | Ngày hiệu lực: 15/01/2026 |"), or
 * the day it applies from ("Áp dụng: | 25/06/2026 | Tình trạng hiệu lực: | Còn Hiệu lực |").
 */
const METADATA_ROW =
  /^\|?\s*(?:Số hiệu|Ngày ban hành|Ngày có hiệu lực|Ngày hiệu lực|Ngày hết hiệu lực|Hết hiệu lực|Áp dụng|Ngày áp dụng|Ngày công báo|Ngày đăng công báo|Số công báo|Loại văn bản|Cơ quan ban hành|Nơi ban hành|Người ký|Lĩnh vực|Tình trạng(?: hiệu lực)?)\s*(?::[^|\n]{0,80})?\|/u;
/**
 * A photo's caption: "… . Ảnh: Minh Anh", or one that says what the photo shows ("Huyện … phấn đấu
 * đưa giá trị sản xuất … đạt 3.563 tỷ đồng. Trong ảnh: Nông dân xã Suối Rao thu hoạch thanh long."),
 * which restates the article's figures and is no duty of its own.
 */
const CAPTION = /\.\s*Ảnh\s*:\s*[^.]{2,60}$|(?:^|[.!?]\s+)Trong ảnh\s*:\s*\S/u;

/**
 * A site's breadcrumb or section tags above the headline: short names with no digit and no
 * sentence end, joined by "|", "›", "»" or ">" ("Nông nghiệp hữu cơ | Thời sự | Chính sách",
 * "Rèn luyện sinh viên › Thông báo rèn luyện", "Trang chủ » Tin tức"). Above the body it is the
 * page's furniture, not the start of the text.
 */
function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s*[|›»>]\s*/u).filter((p) => p !== '');
  if (parts.length < 2 || !/[|›»>]/u.test(text)) return false;
  return parts.every((p) => p.length <= 40 && !/\d|[.;:!?]$/u.test(p) && /^\p{Lu}/u.test(p));
}

/** A short line of capitalised words with no digit and no sentence end: a byline or signature. */
function isByline(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || /\d|[.:;]$/u.test(t)) return false;
  const words = t
    .replace(/\([^)]*\)/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^[\p{Lu}]/u.test(w));
}

/** A block that reads as running text or a list item: where the body starts. */
function isBodyLike(block: Block): boolean {
  const t = block.text.trim();
  if (block.markerType !== null && block.markerType !== 'upper') return true;
  if ((t.match(/\|/gu) ?? []).length >= 2) return !DOCUMENT_HEADER.test(t);
  return /[.;:!?]["”)]?$/u.test(t) || t.length > 160;
}

export interface DocumentFrame {
  /** Blocks that are metadata: they date and name the document but give no items. */
  readonly metadata: ReadonlySet<number>;
  /** Blocks of the header zone that are the title, headline or preamble (source of the period). */
  readonly title: string;
  /** ISO date of a page timestamp, when the document has no place-date line. */
  readonly stampDate: string | undefined;
  /**
   * A tag page's teasers, each with its stamp right under it ("VTV.vn - … trước 30/8." / "Thứ Ba,
   * 05/08/2031 16:02 GMT+7"): the year of that stamp, by the teaser's block index. Its days
   * written without a year fall in that year, not the page's.
   */
  readonly teaserYears: ReadonlyMap<number, number>;
  /** End year of the target period the title or preamble sets, e.g. "2025" for "năm 2025". */
  readonly targetYear: string | null;
  /**
   * The title's words when the title announces a list of targets ("Các chỉ tiêu chủ yếu (nhiệm
   * kỳ 2020-2025)", "25 chỉ tiêu phấn đấu năm 2024"): the body is a target scope.
   */
  readonly targets: string | null;
}

/**
 * A title that announces targets: "Các / Một số / 25 chỉ tiêu …", "Chỉ tiêu chủ yếu …", "Mục tiêu
 * phấn đấu …"; not one that reports on them ("Nhiều chỉ tiêu vượt kế hoạch", "… chưa báo cáo chỉ
 * tiêu tuyển sinh").
 */
const TITLE_TARGETS =
  /^(?:chỉ tiêu|mục tiêu)(?![\p{L}])|(?:^|[\s(:])(?:các|những|một số|\d+|nhóm)\s+(?:chỉ tiêu|mục tiêu)(?![\p{L}])|(?:^|[\s(:])(?:chỉ tiêu|mục tiêu)\s+(?:chủ yếu|phấn đấu|cơ bản|chính|phát triển)(?![\p{L}])/iu;
const TITLE_RESULTS = /vượt|kết quả|đã đạt|hoàn thành|chưa|báo cáo|tình hình|đánh giá/iu;

/** The title's words when it announces targets, else null. */
/**
 * A title that pairs the targets with the ways to reach them ("Mục tiêu và giải pháp tổ chức sản
 * xuất vụ Đông", "Mục tiêu, nhiệm vụ …"): its body tells results, measures and forecasts as well,
 * and its targets stand under a lead-in of their own.
 */
const TITLE_MEASURES =
  /^(?:các\s+)?(?:chỉ tiêu|mục tiêu)\s*(?:,|và)\s*(?:các\s+)?(?:giải pháp|nhiệm vụ|biện pháp)/iu;

export function titleTargets(title: string): string | null {
  const t = title.trim();
  return t !== '' && TITLE_TARGETS.test(t) && !TITLE_RESULTS.test(t) && !TITLE_MEASURES.test(t)
    ? t
    : null;
}

/**
 * A reader's question on a question-and-answer page ("Câu hỏi: Tôi làm việc …?", "Bạn đọc Trần Văn
 * A (Hà Nội) hỏi: …", "Độc giả … hỏi:"): the days it tells are the reader's, no duty; the answer
 * states the duties.
 */
const READER_QUESTION =
  /^(?:(?:Câu hỏi|Hỏi|Nội dung câu hỏi)\s*:|(?:\([^()]{1,20}\)\s*[-–]\s*)?(?:Bạn đọc|Độc giả|Người đọc)\s[^:.?]{0,80}?\s(?:hỏi|gửi câu hỏi|có câu hỏi)\s*:)/u;

/** A label above links to other pages: "Bài viết liên quan:", "Tin cùng chuyên mục:", "Tin khác". */
const RELATED_LABEL =
  /^(?:Bài viết liên quan|Bài viết cùng chủ đề|Tin liên quan|Tin cùng chuyên mục|Tin khác|Các tin khác|Xem thêm)\s*:?$/iu;

/**
 * "năm 2025" / "đến năm 2030" / "giai đoạn 2021 – 2025" / "nhiệm kỳ 2020 – 2025" / "năm học 2026 -
 * 2027" → its end year.
 */
export function periodEndYear(text: string): string | null {
  // "năm học 2026 - 2027": the school year ends in its second year
  const school = /năm học\s*(\d{4})\s*[-–]\s*(\d{4})/iu.exec(text);
  if (school?.[2]) return school[2];
  // "vụ Đông Xuân 2025 - 2026": a crop season that spans two years ends in its second
  const range =
    /(?:giai đoạn|nhiệm kỳ|thời kỳ|\d+\s+năm|(?<![\p{L}])vụ\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?)\s*\(?\s*(\d{4})\s*[-–]\s*(\d{4})/iu.exec(
      text,
    );
  if (range?.[2]) return range[2];
  const until = /(?:đến|tới)\s+(?:cuối\s+)?năm\s+(\d{4})/iu.exec(text);
  if (until?.[1]) return until[1];
  const year = /(?<![\p{L}])năm\s+(\d{4})(?![\d\s]*[-–]\s*\d)/iu.exec(text);
  if (year?.[1]) return year[1];
  // "Mục tiêu quý II/2027:", "trong quý 3 năm 2027": a quarter written with its year
  const quarter =
    /(?<![\p{L}])quý\s+(?:I{1,3}|IV|[1-4])\s*(?:\/|năm\s+)\s*(\d{4})(?![\d\s]*[-–]\s*\d)/iu.exec(
      text,
    );
  if (quarter?.[1]) return quarter[1];
  // "… dịp cuối năm và Tết Nguyên đán Đinh Mùi 2027", "Tết Dương lịch 2027": a campaign up to a
  // New Year named with its year ends in that year
  const tet =
    /(?<![\p{L}])Tết(?:\s+(?:Nguyên đán|nguyên đán|Dương lịch|dương lịch|cổ truyền))?(?:\s+\p{Lu}\p{Ll}+){0,2}\s+(\d{4})(?!\s*[-–]\s*\d)/u.exec(
      text,
    );
  return tet?.[1] ?? null;
}

/**
 * The period the lead of a news item sets when the headline sets none: the term of a congress
 * ("Đại hội đại biểu Đảng bộ huyện … lần thứ 25, nhiệm kỳ 2015 - 2020 bế mạc") or a plan's period
 * ("… nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 – 2025"). A council's or committee's own term
 * ("HĐND xã khóa IX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp") is not the period of its targets.
 */
export function leadPeriodYear(text: string): string | null {
  const congress = /Đại hội[^.;]*?nhiệm kỳ\s*\(?\s*(\d{4})\s*[-–]\s*(\d{4})/u.exec(text);
  if (congress?.[2]) return congress[2];
  const plan = /(?:giai đoạn|thời kỳ|\d+\s+năm)\s*\(?\s*(\d{4})\s*[-–]\s*(\d{4})/iu.exec(text);
  return plan?.[2] ?? null;
}

/**
 * The year a campaign or plan was adopted, from the lead of a news item that names no period ("Kế
 * hoạch triển khai chiến dịch tiêm chủng … do UBND tỉnh ban hành ngày 23/9/2025", "… ban hành ngày
 * 23 tháng 9 năm 2025"): its targets are that year's. A plan adopted in December may be for the
 * year that ends or for the next one (a year's plan is adopted late in the year before): with no
 * period named, no year is guessed.
 */
export function adoptedYear(text: string): string | null {
  const m =
    /^(?:Kế hoạch|Chiến dịch|Chương trình|Đề án)(?![\p{L}])[^.;]{0,200}?(?<![\p{L}])ban hành\s+(?:ngày\s+)?\d{1,2}\s*(?:\/\s*(\d{1,2})\s*\/|tháng\s+(\d{1,2})\s+năm)\s*(\d{4})/u.exec(
      text,
    );
  if (!m?.[3]) return null;
  const month = Number(m[1] ?? m[2]);
  return month === 12 ? null : m[3];
}

/**
 * The year of the work a news lead says is being carried out ("ngành Thống kê cả nước đồng loạt
 * tiến hành điều tra … giữa kỳ năm 2027", "huyện tổ chức ra quân Tháng hành động vì môi trường năm
 * 2026"), also after a "Thực hiện …," opening that cites the document it carries out: the targets
 * the text gives later without a year of their own are that year's. A year the work is compared
 * with or that has ended ("so với năm …", "đã …") is none.
 */
export function leadWorkYear(text: string): string | null {
  return (
    /(?<![\p{L}])(?<!đã\s)(?:tiến hành|triển khai|tổ chức|phát động|ra quân)(?![\p{L}])[^.;:]{0,100}?(?<![\p{L}])(?<!(?:so với|cùng kỳ)\s)năm\s+(\d{4})(?![\d/])(?!\s*[-–]\s*\d)/u.exec(
      text,
    )?.[1] ?? null
  );
}

function isoOfStamp(text: string): string | undefined {
  const iso = /date\s+(\d{4})-(\d{2})-(\d{2})/u.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const d = /(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(text);
  if (!d) return undefined;
  return formatIsoDate({ year: Number(d[3]), month: Number(d[2]), day: Number(d[1]) });
}

/** A council's session or own term up to "nhiệm kỳ A - B" (not a congress's). */
const COUNCIL_TERM =
  /((?:HĐND|Hội đồng nhân dân|Kỳ họp|kỳ họp)(?:(?!Đại hội)[^.;:])*?),?\s*nhiệm kỳ\s*\d{4}\s*[-–]\s*\d{4}/gu;

/** The frame of the blocks of one document (`blocks` from its first block to its last). */
export function documentFrame(blocks: readonly Block[]): DocumentFrame {
  const metadata = new Set<number>();
  const titleParts: string[] = [];
  let stampDate: string | undefined;
  let bodyStamp: string | undefined;
  let bodyStarted = false;
  let firstBody: Block | undefined;
  // a "Thực hiện …," opening above the body, which may go on with the lead's own clause
  let citingLead: string | undefined;
  const isStamp = (b: Block | undefined): boolean =>
    b !== undefined &&
    TIMESTAMP.test(b.text) &&
    /\d{1,2}\/\d{1,2}\/\d{4}/u.test(b.text) &&
    b.text.trim().length < 40;
  // under "Bài viết liên quan:", "Tin cùng chuyên mục:" …: the titles of other pages
  let related = false;
  for (const [i, block] of blocks.entries()) {
    const t = block.text.trim();
    if (RELATED_LABEL.test(t)) {
      related = true;
      metadata.add(block.index);
      continue;
    }
    if (related && block.markerType !== null && t.length < 160) {
      metadata.add(block.index);
      continue;
    }
    related = false;
    // a page that lists several news items: the line right above an item's own stamp is its
    // headline ("Sắp xếp …: các tỉnh hoàn thành đề án trước ngày 1/5" / "09:40 | 20/04/2025")
    // (or right under it, when the page prints each stamp above its item: "Ngày phát hành 09:05 |
    // 27/1/2026" / "An Lạc: chi trả trợ cấp Tết xong trước 10/2")
    if (
      bodyStarted &&
      (isStamp(blocks[i + 1]) || isStamp(blocks[i - 1])) &&
      t.length < 160 &&
      !/[.;!?]$/u.test(t)
    ) {
      metadata.add(block.index);
      continue;
    }
    // a page's date alone on its line above the body ("26/02/2021"); in the body such a line is a
    // timetable's cell
    const dateAlone = !bodyStarted && DATE_ALONE.test(t);
    const meta =
      dateAlone ||
      FURNITURE_LINE.test(t) ||
      METADATA.test(t) ||
      (TIMESTAMP.test(t) && /\d{1,2}\/\d{1,2}\/\d{4}/u.test(t) && t.length < 80) ||
      DOCUMENT_HEADER.test(t) ||
      PLACE_DATE.test(t) ||
      METADATA_ROW.test(t) ||
      CAPTION.test(t) ||
      READER_QUESTION.test(t) ||
      (block.markerType === null && isByline(t)) ||
      (!bodyStarted && block.markerType === null && isBreadcrumb(t));
    if (meta) {
      metadata.add(block.index);
      // a portal prints today's date and an "updated" time above or beside the posting time:
      // the earliest stamp of the header zone is when the page was posted
      if (
        !bodyStarted &&
        (dateAlone || TIMESTAMP.test(t) || /^date\s/u.test(t) || POSTED_ON.test(t))
      ) {
        const stamp = isoOfStamp(t);
        if (stamp !== undefined && (stampDate === undefined || stamp < stampDate))
          stampDate = stamp;
      }
      // a tag page prints each item's stamp under its lead ("VOV.VN - … trước ngày 15/7." /
      // "Thứ Năm, 03/07/2025 | 14:20"): with no stamp above the body, the first one below dates it
      if (bodyStarted && bodyStamp === undefined && isStamp(block)) bodyStamp = isoOfStamp(t);
      continue;
    }
    if (!bodyStarted && !isBodyLike(block)) {
      // the headline or title: it sets the period, it is not a duty
      metadata.add(block.index);
      titleParts.push(t);
      continue;
    }
    if (!bodyStarted && /^(?:Căn cứ|Xét|Thực hiện)\s/u.test(t)) {
      citingLead ??= t;
      continue;
    }
    if (!bodyStarted) firstBody = block;
    bodyStarted = true;
  }
  const title = titleParts.join(' ');
  const teaserYears = new Map<number, number>();
  for (const [i, block] of blocks.entries()) {
    const stamp = blocks[i + 1];
    if (metadata.has(block.index) || stamp === undefined || !isStamp(stamp)) continue;
    const iso = isoOfStamp(stamp.text);
    if (iso !== undefined) teaserYears.set(block.index, Number(iso.slice(0, 4)));
  }
  return {
    metadata,
    title,
    stampDate: stampDate ?? bodyStamp,
    teaserYears,
    // "Nghị quyết 51/NQ-HĐND năm 2025 về Kế hoạch … năm 2026": the year after a document's number
    // is when it was issued, not the plan's year; a council's own term in the headline ("Kỳ họp
    // thứ 11 HĐND huyện, nhiệm kỳ 2021 - 2026") is not the period of its targets
    targetYear:
      periodEndYear(
        title
          .replace(/\d+\/[\p{Lu}Đ-]+(?:\/[\p{Lu}Đ-]+)?\s+năm\s+\d{4}/gu, '')
          .replace(COUNCIL_TERM, '$1'),
      ) ??
      leadPeriodYear(firstBody?.text ?? '') ??
      adoptedYear(firstBody?.text ?? '') ??
      leadWorkYear(citingLead ?? '') ??
      leadWorkYear(firstBody?.text ?? ''),
    targets: titleParts.map(titleTargets).find((t) => t !== null) ?? null,
  };
}
