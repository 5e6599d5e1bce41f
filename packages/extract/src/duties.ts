/**
 * Deadlines and report obligations. Dates come from @dondoc/core (`findDateExpressions`,
 * `parseDue`); this module decides which dates are deadlines (not the date of a cited document,
 * not the year in a programme's name, not a start date, not history), whose they are, and which
 * sentences are duties to report (to whom, via whom, when, how often).
 */
import { addDays, formatIsoDate, schoolYearDayYear } from '@dondoc/core';
import { findDateExpressions, lastDayOf, parseDue } from './core-parsers.js';
import type { DateMatch } from './core-parsers.js';
import { isHistoryHeading } from './context.js';
import type { BlockContext, DocumentContext } from './context.js';
import {
  askedBodyBefore,
  AGENCY_START,
  assignedBody,
  agencyHeading,
  localityBefore,
  subjectBefore,
  requesterOf,
  subjectOf,
  withCommaParts,
  INSPECTORATE,
  leadNamedAfter,
  NAME_STOP_WORDS,
  BODY_INITIALS,
} from './owners.js';
import { originalSpan, sliceMapped, splitSentences, trimMapped } from './prepare.js';
import type { Mapped, Sentence } from './prepare.js';
import { EMPTY_ITEM } from './types.js';
import type { ExtractItem, ItemPeriod } from './types.js';
import { anyOf, LETTERS, NOT_SUBMIT_TRINH, REFERENCE_BEFORE, twoSyllables } from './words.js';

/** What a lead-in ("X gửi báo cáo về Y (qua Z) theo thời hạn sau:") passes to the items under it. */
export interface ReportScope {
  readonly from: string | null;
  readonly to: string | null;
  readonly via: string | null;
}

export interface DutyContext {
  readonly original: string;
  readonly block: BlockContext;
  readonly document: DocumentContext;
  /** The lead-in's sender, recipient and channel (the list item's own words win). */
  readonly scope?: ReportScope;
  /** The body a lead-in hands the list to ("Giao Sở X:", "yêu cầu các phòng:"), see `leadInAssignee`. */
  readonly leadOwner?: string | null;
  /** The text of the block before, in the same document (for a lead-in that speaks of it). */
  readonly paragraphBefore?: string;
  /** The recipient the report of the item before, under the same lead-in, named. */
  readonly seriesTo?: string;
}

/** A clause: a sentence piece between semicolons, mapped like its sentence. */
export interface Clause extends Mapped {
  /** Offset in the sentence. */
  readonly offset: number;
}

export function clausesOf(sentence: Mapped): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const text = sentence.text;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text[i] === ';') {
      const piece = trimMapped(sliceMapped(sentence, start, i), ' ');
      if (piece.text !== '')
        out.push({
          ...piece,
          offset: start + (text.slice(start, i).length - text.slice(start, i).trimStart().length),
        });
      start = i + 1;
    }
  }
  return out;
}

/** The owner the heading above a block names, if any. */
export function headingOwner(ctx: BlockContext): string | null {
  for (let i = ctx.sections.length - 1; i >= 0; i -= 1) {
    const s = ctx.sections[i];
    if (!s) continue;
    const a = agencyHeading(s.title);
    if (a) return a;
  }
  return null;
}

/** The owner of a sentence: its own subject, "Giao X", the heading, else the document's addressees. */
export function ownerOf(
  sentenceText: string,
  ctx: DutyContext,
  blockText: string,
  previousSubject: string | null = null,
): {
  owner: string | null;
  how: 'subject' | 'previous' | 'lead-in' | 'heading' | 'addressees' | 'issuer' | 'none';
} {
  const own = subjectOf(sentenceText) ?? subjectOf(blockText);
  if (own) return { owner: own, how: 'subject' };
  // "Rà soát …, Sở Tài chính chủ trì, hoàn thành trước …", "…; cơ quan chủ trì: Sở Y tế": the lead
  // named after the work
  const lead = leadNamedAfter(sentenceText);
  if (lead) return { owner: lead, how: 'subject' };
  // "Giao các sở … báo cáo tiến độ. Yêu cầu gửi báo cáo về Sở X trước ngày …": a sentence with no
  // subject goes on with the subject of the sentence before it
  if (previousSubject) return { owner: previousSubject, how: 'previous' };
  // "Giao Sở Nông nghiệp và Môi trường:" above "- Tổ chức tiêm phòng …, hoàn thành trước ngày …":
  // the body the lead-in hands the list to
  if (ctx.leadOwner) return { owner: ctx.leadOwner, how: 'lead-in' };
  const heading = headingOwner(ctx.block);
  if (heading) return { owner: heading, how: 'heading' };
  if (ctx.document.addressees) return { owner: ctx.document.addressees, how: 'addressees' };
  // "1. Rà soát, lập danh sách …, hoàn thành trước ngày …" in a station's own plan: the unit's work
  if (ctx.document.ownUnit) return { owner: ctx.document.ownUnit, how: 'issuer' };
  return { owner: null, how: 'none' };
}

/**
 * A programme's or a document's name: its kind is capitalised ("Đề án … giai đoạn 2021-2030",
 * "Kế hoạch … đến năm 2025"); a lower-case "đề án", "kế hoạch" is the thing a duty is about ("5 đề
 * án nhánh hoàn thành trong quý 3/2021"). A period word ("giai đoạn", "tầm nhìn") names one in any case.
 */
const NAMED_PROGRAMME =
  /(?<![\p{L}])(?:(?:Chiến lược|Chương trình|Quy hoạch|Đề án|Nghị quyết|Kết luận|Chỉ thị|Quyết định|(?<!(?:Sở|Bộ|Vụ|Phòng|Tài chính\s*[-–]|Tài chính và)\s+)Kế hoạch|Luật|Nghị định)|(?:[Tt]ầm nhìn|[Đđ]ịnh hướng|[Gg]iai đoạn|[Tt]hời kỳ|[Nn]hiệm kỳ))(?![\p{L}])/gu;
/** A year-only bound needs a result to reach ("mục tiêu", "phấn đấu", "trở thành" …) or "trước năm". */
const GOAL =
  /mục tiêu|phấn đấu|hoàn thành|trở thành|đạt|xong|nâng cấp|gỡ|hoàn thiện|chấm dứt|xóa|xoá/iu;
/**
 * What a bare period names: "kế hoạch năm 2024", "triển khai công tác trọng tâm tháng 10 năm 2025";
 * also pay, income or a tax return of a month ("khoản lương tháng 12/2027 trả ngày …", "tiền công
 * tháng 11", "tờ khai thuế tháng 01/2028"), not a time to meet.
 */
const PERIOD_OBJECT =
  /(?:sơ kết|tổng kết|báo cáo|kế hoạch|chương trình|đánh giá|kiểm điểm|quản lý|tình hình|nhiệm vụ|chủ đề|công tác trọng tâm|(?<![\p{L}])(?:lương(?! thực)|tiền công|thu nhập|phụ cấp|trợ cấp|học phí|kỳ tính thuế|tờ khai))[^,;]{0,60}$/iu;

/** A review to hold: "sơ kết", "tổng kết" (its words before the year it is held in). */
const REVIEW = /(?<![\p{L}])(?:sơ kết|tổng kết)(?![\p{L}])/iu;

const DAY_DEADLINE =
  /(?:trước|chậm nhất|muộn nhất|hạn chót)(?:\s+(?:là|vào))?\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u;

/**
 * A line of a timetable that opens with its time alone: "Chậm nhất ngày 04/01/2026 (70 ngày trước
 * ngày bầu cử):", "Trước ngày 15/3:", "Hạn chót 20/10/2026:". What follows the colon (on the line or
 * in the list items under it) is the work due by then.
 */
export const TIME_LABEL =
  /^\s*(?:Chậm nhất|Muộn nhất|Trước|Hạn chót|Hạn cuối(?:\s+cùng)?|Thời hạn(?:\s+hoàn thành)?|Hoàn thành trước)(?:\s+(?:là|vào))?\s+(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?(?:\s*\([^()]*\))?\s*:/iu;

/** A verb whose due date a bound gives: completing, sending, submitting, registering. */
const COMPLETE_OR_SUBMIT =
  /(?<![\p{L}])(?:hoàn thành|hoàn tất|xong|gửi|nộp|báo cáo|trình|đăng ký)(?![\p{L}])/iu;
/**
 * An hour of the day written before a deadline's day: "10 giờ", "17 giờ 00", "14h00", "10h00'",
 * "8h30 phút".
 */
/** An hour, maybe with its minutes and the part of the day: "17 giờ 30", "8 giờ sáng", "14h chiều". */
const TIME_OF_DAY = String.raw`\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?(?:\s*(?:phút|['’′]))?(?:\s+(?:sáng|trưa|chiều|tối|đêm))?`;
/** A day-level deadline word right before a date, an hour of the day between them or not. */
const DEADLINE_WORD_BEFORE = new RegExp(
  `(?:trước|chậm nhất|muộn nhất|hạn chót|xong trước)(?:\\s+(?:là|vào))?(?:\\s+${TIME_OF_DAY})?(?:\\s+ngày)?\\s*$`,
  'iu',
);
/** "trước 17 giờ 00 (ngày)" right before a date. */
const BEFORE_HOUR = new RegExp(`trước\\s+${TIME_OF_DAY}\\s*(?:ngày\\s*)?$`, 'iu');
/** "trước / chậm nhất (là) 10 giờ (ngày)" right before a date. */
const BY_HOUR = new RegExp(
  `(?:trước|chậm nhất(?:\\s+là)?)\\s+${TIME_OF_DAY}(?:\\s+ngày)?\\s*$`,
  'iu',
);

/** Every complete or submit verb of a text, for `matchAll`. */
const EVERY_COMPLETE_OR_SUBMIT = new RegExp(COMPLETE_OR_SUBMIT.source, 'giu');
/** What a report covers: results, a situation, figures, a piece of work. */
const REPORTED_MATTER = /(?<![\p{L}])(?:kết quả|tình hình|số liệu|công tác|hoạt động)(?![\p{L}])/iu;
/** "đến (hết) (ngày|tháng|năm)" right before a date. */
const UNTIL_BEFORE = /(?<![\p{L}])(?:đến|tới)\s+(?:hết\s+)?(?:ngày|tháng|năm)?\s*$/iu;

/**
 * The span an activity runs over, not the due date of a duty: "việc trồng cây … sẽ được tiến
 * hành đến hết tháng 3 năm 2013", "Công đoàn tổ chức Giải bóng đá … từ tháng 3 đến tháng 5 năm
 * 2012". A bound of a complete or submit verb ("nộp hồ sơ từ ngày 1/3 đến ngày 15/3/2026",
 * "hoàn thành đến hết tháng 6") and "từ nay đến …" stay deadlines.
 */
// (nor is how long a state lasts: "… tiếp tục giữ hạng đến hết ngày 31/12/2028", "Giấy phép còn hiệu
// lực đến hết ngày …", nor a window for comments: "Dự thảo được lấy ý kiến đến hết ngày 30/10")
function activitySpan(before: string, after: string): boolean {
  // the start of "từ tháng 3 đến tháng 5": not a date to meet either
  if (
    /(?<![\p{L}])từ\s+(?:ngày|tháng|năm)?\s*$/iu.test(before) &&
    /^\s*(?:đến|tới)\s/iu.test(after) &&
    !COMPLETE_OR_SUBMIT.test(before)
  )
    return true;
  if (!UNTIL_BEFORE.test(before)) return false;
  // "tổng vệ sinh … vào sáng thứ Bảy hằng tuần đến hết tháng 10/2026", "định kỳ hằng tháng đến hết
  // năm 2026": how long a recurring activity goes on, not a day to finish by
  if (
    /(?<![\p{L}])(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý)\s+(?:(?:cho\s+)?(?:đến|tới))\s+(?:hết\s+)?(?:ngày|tháng|năm)?\s*$/iu.test(
      before,
    )
  )
    return true;
  const from =
    /(?<![\p{L}])từ\s+(?!nay|bây giờ|đây)[^,;.]{1,40}?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày|tháng|năm)?\s*$/iu.exec(
      before,
    );
  // (a verb outside the bracket the span is written in does not bind it: "văn bản gửi các đơn vị
  // về … kỳ nghỉ Lễ Quốc khánh (từ ngày 30/8 đến hết ngày 2/9/2025)")
  const open = before.lastIndexOf('(');
  const bound = open > before.lastIndexOf(')') ? before.slice(open) : before;
  if (from && !COMPLETE_OR_SUBMIT.test(bound)) return true;
  // "báo cáo kết quả thực hiện … của đơn vị từ ngày 30/01 đến ngày 24/4/2020": the span the reported
  // results cover, written after what is reported, is no time to report by ("nộp hồ sơ từ ngày 1/3
  // đến ngày 15/3" is: the span follows the verb's own object)
  if (from) {
    const verbs = [
      ...bound.slice(0, bound.length - from[0].length).matchAll(EVERY_COMPLETE_OR_SUBMIT),
    ];
    const lastVerb = verbs[verbs.length - 1];
    const object = lastVerb
      ? bound.slice((lastVerb.index ?? 0) + lastVerb[0].length, bound.length - from[0].length)
      : '';
    if (REPORTED_MATTER.test(object)) return true;
  }
  const running =
    /(?<![\p{L}])(?:tiến hành|diễn ra|kéo dài|triển khai|nghỉ học|nghỉ|tạm dừng|tạm ngừng|tạm hoãn|đóng cửa|áp dụng|tiếp tục giữ|giữ nguyên|được hưởng|có hiệu lực|còn hiệu lực|lấy ý kiến)(?![\p{L}])([^;.]{0,40}?)\s*(?:đến|tới)\s+(?:hết\s+)?(?:ngày|tháng|năm)?\s*$/iu.exec(
      before,
    );
  return running !== null && !COMPLETE_OR_SUBMIT.test(running[1] ?? '');
}

/** Whether a date in a clause is a deadline rather than a reference, a name or a description. */
function deadlineDate(clause: string, m: DateMatch): boolean {
  const before = clause.slice(0, m.start);
  const after = clause.slice(m.end);
  if (REFERENCE_BEFORE.test(before)) return false;
  // "Hội nghị dự kiến tổ chức vào ngày 27/9/2024": a schedule, not a duty's deadline.
  if (/dự kiến[^,;.]{0,60}(?:vào|trong)\s+(?:ngày\s*)?$/iu.test(before)) return false;
  // "Kết quả sơ bộ dự kiến được công bố vào tháng 12/2026, kết quả chính thức vào quý II/2027": the
  // next time of that schedule, its verb left out (not a duty's own verb after the comma)
  if (
    /dự kiến[^;.]{0,120}?(?:vào|trong)\s+[^;.]{1,40}?,\s*[^,;.]{1,60}?(?:vào|trong)\s+(?:ngày\s*)?$/iu.test(
      before,
    ) &&
    !/(?<![\p{L}])(?:hoàn thành|xong|gửi|báo cáo|nộp|trình)(?![\p{L}])[^,;.]*$/iu.test(before)
  )
    return false;
  // "Ngày 15/8/2024, Thường trực Huyện ủy làm việc …": the date of an event that opens the sentence.
  if (
    /^\s*(?:(?:vào\s+)?(?:sáng|chiều|tối)\s+)?(?:ngày\s*)?$/iu.test(before) &&
    /^\s*,/u.test(after)
  )
    return false;
  // "Từ ngày 1.1 đến ngày 30.6, UBND tỉnh giao 764 nhiệm vụ …": a span that opens the sentence is
  // the period of what it tells, not a day to meet
  if (
    /^\s*(?:trong\s+)?(?:thời gian\s+)?từ\s+(?:ngày\s*)?[\d./-]+\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s*)?$/iu.test(
      before,
    ) &&
    /^\s*,/u.test(after)
  )
    return false;
  if (/^\s*(?:của|do|về việc)\s/u.test(after)) return false;
  // "Chi bộ Ban Tín dụng tổ chức đại hội vào ngày 14/4/2027": the day an event is held on, not a
  // day to finish by ("tổ chức đại hội xong trước ngày …" is)
  if (
    m.expression.kind === 'day' &&
    /(?<![\p{L}])tổ chức(?:\s+[^\s,;.:]+){1,6}?\s+vào\s+(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s*)?$/iu.test(
      before,
    ) &&
    !COMPLETE_OR_SUBMIT.test(/tổ chức(?![\s\S]*tổ chức)[\s\S]*$/iu.exec(before)?.[0] ?? '')
  )
    return false;
  // "điều tra thử lần thứ nhất vào tháng 4/2027, lần thứ hai vào tháng 10/2027", "kết quả điều tra
  // mẫu công bố vào quý IV/2029": the month or quarter a step of a timetable takes place in, not a
  // time to finish by ("hoàn thành vào tháng 6/2027", "trình … vào quý IV" are)
  if (
    (m.expression.kind === 'month' || m.expression.kind === 'quarter') &&
    /(?<![\p{L}])vào\s+(?:tháng|quý)?\s*$/iu.test(before) &&
    !COMPLETE_OR_SUBMIT.test(/[^,;.:]*$/u.exec(before)?.[0] ?? '')
  )
    return false;
  // "Đoàn giám sát làm việc trực tiếp với một số đơn vị trong tháng 3/2030": a visit's time, not a
  // day to finish by
  if (
    /(?<![\p{L}])(?:làm việc(?:\s+trực tiếp)?\s+(?:với|tại)|đến thăm|thăm và làm việc)(?![\p{L}])([^,;.]{0,80}?)\s+(?:trong|vào)\s+(?:tháng\s*|ngày\s*)?$/iu.test(
      before,
    ) &&
    !COMPLETE_OR_SUBMIT.test(
      /(?:làm việc|thăm)(?![\s\S]*(?:làm việc|thăm))[\s\S]*$/iu.exec(before)?.[0] ?? '',
    )
  )
    return false;
  // "đến ngày 20/9/2025 Văn phòng mới nhận được báo cáo của 9/21 đơn vị": how things stood on a
  // day, not a day to meet
  if (
    /(?<![\p{L}])(?:tính\s+)?đến\s+(?:hết\s+)?(?:ngày\s*)?$/iu.test(before) &&
    /^[\s,]*[^;.]{0,60}?(?<![\p{L}])(?:mới|vẫn|đã|chưa|còn)(?![\p{L}])/iu.test(after)
  )
    return false;
  // "nợ thuế đến 31/7/2026 là 642 tỷ đồng", "dư nợ đến ngày 30/6 đạt 1.200 tỷ đồng": a figure as it
  // stood on a day
  if (
    /(?<![\p{L}])(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s*)?$/iu.test(before) &&
    /^\s*,?\s*(?:là|đạt|còn|có|ở mức|chỉ còn)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d/iu.test(
      after,
    )
  )
    return false;
  // "số liệu tính đến ngày 10/8", "thời điểm từ đầu năm học đến ngày 15/10": a data cut-off
  if (
    /(?:(?<![\p{L}])tính|số liệu[^,;.]{0,60}?|thời điểm[^,;.]{0,60}?)\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s*)?$/iu.test(
      before,
    )
  )
    return false;
  // "báo cáo nhanh tình hình hồ sơ … đến hết ngày 31/3/2030, các Chi cục gửi về Cục Thuế trước 17
  // giờ ngày 05/4/2030": the situation or figures a report gives as they stand on a day, when the
  // sentence bounds the sending by a later time, is a data cut-off
  if (
    /(?<![\p{L}])(?:tình hình|số liệu|kết quả)[^,;.]{0,80}?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s*)?$/iu.test(
      before,
    ) &&
    /^[^;.]{0,120}?(?<![\p{L}])(?:trước|chậm nhất)(?![\p{L}])[^;.]{0,30}?\d{1,2}\s*[/.-]\s*\d{1,2}/iu.test(
      after,
    )
  )
    return false;
  // "thời gian chỉnh lý quyết toán … kết thúc vào ngày 31/01/2027", "Đợt 1 kết thúc ngày 30/4": the
  // day a period ends, not a duty's
  if (
    /(?<![\p{L}])kết thúc\s+(?:vào\s+)?(?:ngày\s*)?$/iu.test(before) &&
    !COMPLETE_OR_SUBMIT.test(before)
  )
    return false;
  if (/\d\s*[-–]\s*$/u.test(before) || /^\s*[-–]\s*\d/u.test(after)) return false; // a range of dates
  if (activitySpan(before, after)) return false;
  // A day-level deadline word ("trước ngày 15/7/2024", "chậm nhất ngày …", "hạn chót …") is never
  // part of a programme's name, whatever precedes it.
  if (m.expression.kind === 'day' && DEADLINE_WORD_BEFORE.test(before)) return true;
  // so is a month a duty is bounded by: "lập kế hoạch xử lý … trong tháng 4 năm 2020"
  if (
    m.expression.kind === 'month' &&
    /(?:trong|trước|chậm nhất|hoàn thành trong|xong trong)\s+(?:tháng\s*)?$/iu.test(before)
  )
    return true;
  // the year in a programme's name: "Chiến lược … đến năm 2030", "Nghị quyết … về … đến năm 2030"
  let lastName: RegExpExecArray | null = null;
  for (const n of before.matchAll(NAMED_PROGRAMME)) lastName = n as RegExpExecArray;
  if (lastName) {
    const between = before.slice(lastName.index);
    if (
      !between.includes(';') &&
      // a sentence end or a table cell ends a name: "UBND tỉnh quyết định. | 105 ngày | 07/02/2021"
      !/[.|]\s/u.test(between) &&
      (!between.includes(',') || /\svề\s/u.test(between)) &&
      !/phấn đấu/iu.test(between) &&
      // "Kế hoạch giao Sở X chủ trì hoàn thành … trong Quý III/2026": the document that assigns a
      // duty, its time the duty's
      !/^\p{L}+(?:\s+\p{L}+)?\s+(?:giao|yêu cầu)\s/u.test(between)
    )
      return false;
  }
  return true;
}

/** Words of an event that a date dates (a meeting, a vote, an exam), not a duty. */
const EVENT_BEFORE =
  /(?:khai mạc|bế mạc|diễn ra|bỏ phiếu|tổ chức vào|tổ chức ngày|dự kiến|công bố kết quả|họp|được tổ chức|bầu cử vào|cùng ngày|bắt đầu từ|kể từ)[^;.]{0,45}$/iu;

/**
 * A bound word before a named day whose date follows in brackets: "trước ngày khai giảng năm học mới
 * (05/9/2027)", "chậm nhất trước Tết Nguyên đán (ngày 28/01/2028)": the bound word, right before the
 * bracket's date.
 */
const NAMED_DAY_IN_BRACKETS =
  /(?<![\p{L}])(trước|chậm nhất|muộn nhất)\s+(?![^(]*(?<![\p{L}])(?:trước|chậm nhất|muộn nhất)\s)(?:(?:ngày|dịp|thời điểm)\s+)?\p{L}[^\d(),;.]{2,60}\(\s*(?:ngày\s+)?$/iu;

export interface DueFound {
  readonly due: string;
  readonly dueText: string;
  /** Start and end of the date words in the clause. */
  readonly start: number;
  readonly end: number;
  readonly marked: boolean;
  /** The date is written without a year ("trước ngày 15 tháng 6"): in a schedule, it recurs. */
  readonly yearless: boolean;
}

/** The deadlines a clause states (already in ISO), skipping dates that are not deadlines. */
/** Tasks that close a school year: in its summer they fall after the year, not before it. */
const SCHOOL_YEAR_END =
  /kết thúc năm học|tổng kết năm học|học kỳ II|tốt nghiệp|tuyển sinh|hoàn thành chương trình|khen thưởng năm học/iu;

/**
 * The year of a date written without one: in a text about a school year, the school year's half
 * the month falls in (June to August after the tasks that close the year — "kết thúc năm học trước
 * ngày 10/7", "tuyển sinh vào lớp 10 hoàn thành trước ngày 10/8" — is its second year); else the
 * document's.
 */
function yearContext(doc: DocumentContext, m?: DateMatch, before = ''): { defaultYear?: number } {
  if (doc.schoolYearEnd === undefined)
    return doc.year !== undefined ? { defaultYear: doc.year } : {};
  const month = m ? lastDayOf(m.expression).month : 12;
  if (month >= 6 && month <= 8 && SCHOOL_YEAR_END.test(before.slice(-80)))
    return { defaultYear: doc.schoolYearEnd };
  return { defaultYear: schoolYearDayYear(doc.schoolYearEnd, month) };
}

/** The date expressions of a text, each read in the year `yearContext` gives it. */
function datesIn(
  text: string,
  doc: DocumentContext,
): { m: DateMatch; context: { defaultYear?: number } }[] {
  const first = yearContext(doc);
  return findDateExpressions(text, first).map((m) => {
    if (m.explicitYear || doc.schoolYearEnd === undefined) return { m, context: first };
    const context = yearContext(doc, m, text.slice(0, m.start));
    if (context.defaultYear === first.defaultYear) return { m, context };
    const again = findDateExpressions(text, context).find((x) => x.start === m.start) ?? m;
    return { m: again, context };
  });
}

export function duesIn(clause: string, doc: DocumentContext): DueFound[] {
  const out: DueFound[] = [];
  let previousEnd = 0;
  const found = datesIn(clause, doc);
  for (const { m, context } of found) {
    // "… trước ngày 5/7 và kết thúc năm học trước ngày 10/7": a date's words start after the date
    // before it
    const after = previousEnd;
    previousEnd = m.end;
    if (!deadlineDate(clause, m)) continue;
    const windowStart = Math.max(after, m.start - 48);
    const window = clause.slice(windowStart, m.end);
    // "trước ngày khai giảng năm học mới (05/9/2027)": a named day bounds the duty, its date in
    // brackets after it
    const namedDay = NAMED_DAY_IN_BRACKETS.exec(
      clause.slice(Math.max(after, m.start - 90), m.start),
    );
    const trimmed = namedDay
      ? `${namedDay[1]} ngày ${clause.slice(m.start, m.end)}`
      : window
          .slice(window.search(/[,;(]\s*[^,;(]*$/u) + 1)
          // "trước 17 giờ 00 ngày 10/5/2024": before an hour of the day, so that day is the last one
          .replace(BEFORE_HOUR, 'chậm nhất ngày ');
    // "báo cáo tình hình trước, trong và sau Tết … trước 15 giờ ngày 24/2/2026": a season the
    // report is about ("sau Tết") is no part of its time; read from the bound word before the date
    const bounds = [
      // ("đại hội đảng bộ cấp trên cơ sở hoàn thành trong tháng 9/2027": a meeting to be completed
      // within a month is due by its end, read from the completing verb)
      ...trimmed.matchAll(
        /(?<![\p{L}])(?:trước|chậm nhất|muộn nhất|hạn chót|hoàn thành|hoàn tất|xong)(?![\p{L}])/giu,
      ),
    ];
    const lastBound = bounds[bounds.length - 1];
    const first = parseDue(trimmed.trim(), context);
    const parsed =
      first.kind !== 'due' && lastBound !== undefined && lastBound.index > 0
        ? parseDue(trimmed.slice(lastBound.index).trim(), context)
        : first;
    if (parsed.kind !== 'due') continue;
    const boundWord =
      namedDay !== null ||
      /(?:trước|chậm nhất|hạn chót|thời hạn|đến|trong|vào|hoàn thành|cuối|hết|tới)(?:\s+là)?(?:\s+thứ\s+(?:\d|hai|ba|tư|năm|sáu|bảy)\s*,?)?(?:\s+(?:ngày|tháng|năm))?[\s:*]*$/iu.test(
        clause.slice(windowStart, m.start),
      ) ||
      // "báo cáo … trước 10 giờ ngày 03/3/2026": before an hour of that day (not a data cut-off
      // "số liệu tính đến 17 giờ ngày …")
      BY_HOUR.test(clause.slice(windowStart, m.start));
    const kind = m.expression.kind;
    // the date of an event ("khai mạc", "bế mạc", "diễn ra", "bỏ phiếu", "dự kiến tổ chức") is
    // not the due date of a duty, even after "trước"
    // ("Sơ kết học kỳ I được tổ chức trước ngày 28/1": held before a day is a bound, not an event's
    // day; "công bố kết quả bầu cử … chậm nhất ngày 25.3.2026": an event no later than a day is a
    // duty to hold it by then; "Sở Y tế công bố kết quả xét nghiệm trong tháng 9/2026": results a
    // body is to publish within a month or quarter are due by its end, unless only expected)
    const eventWindow = clause.slice(Math.max(0, m.start - 60), m.start);
    // "báo cáo số cử tri đã bỏ phiếu về Văn phòng Công ty trước 15 giờ ngày 25/5/2031": the event
    // is what a report sent to a body tells, the date that report's bound
    const event = EVENT_BEFORE.exec(eventWindow);
    const reportedEvent =
      event !== null &&
      REPORT_VERB.test(clause.slice(0, Math.max(0, m.start - 60) + event.index)) &&
      /\s(?:về|gửi|cho)\s+\p{Lu}[^;.]*?\s(?:trước|chậm nhất)(?![\p{L}])/u.test(event[0]);
    if (
      namedDay === null &&
      event !== null &&
      !reportedEvent &&
      !/(?:(?:được tổ chức|tổ chức|xong|hoàn thành|hoàn tất)\s+(?:trước|chậm nhất(?:\s+là)?)|(?<![\p{L}])chậm nhất(?:\s+là)?)\s+(?:ngày\s*)?$/iu.test(
        clause.slice(windowStart, m.start),
      ) &&
      !(
        (kind === 'month' || kind === 'quarter') &&
        /(?<![\p{L}])công bố(?![\p{L}])[^,;.]{0,60}?(?<![\p{L}])trong\s+$/iu.test(eventWindow) &&
        !/(?<![\p{L}])dự kiến(?![\p{L}])/iu.test(eventWindow)
      )
    )
      continue;
    // a date with no deadline word is a deadline only in a timetable's row or after "chậm nhất …"
    if (
      !boundWord &&
      kind === 'day' &&
      !/\|/u.test(clause) &&
      !/chậm nhất|thời hạn|hạn chót/iu.test(clause.slice(0, m.start))
    )
      continue;
    // a bare quarter, half or year names a period ("sơ kết quý I-2021", "kế hoạch năm 2024")
    if (!boundWord && kind !== 'day' && kind !== 'month') continue;
    // "Tháng 9: Khai giảng năm học ngày 05/9", "Tháng 12: Kiểm tra … từ ngày 22/12 đến 26/12": a
    // month's label over a row that writes its own days; the days decide, not the label
    if (
      !boundWord &&
      kind === 'month' &&
      /^[\s\-–+•*]*$/u.test(clause.slice(0, m.start)) &&
      /^\s*:/u.test(clause.slice(m.end)) &&
      found.some((x) => x.m.start > m.end && x.m.expression.kind === 'day')
    )
      continue;
    if (!boundWord && PERIOD_OBJECT.test(clause.slice(0, m.start))) continue;
    // "Mục tiêu đến hết năm 2026: tỷ lệ … đạt …", "Chỉ tiêu đến năm 2030:": the year a label of
    // targets names is the targets' year, not a deadline
    if (
      kind === 'year' &&
      /^\s*:/u.test(clause.slice(m.end)) &&
      /^[\s\-–+•*]*(?:\d{1,2}[.)]\s*)?(?:các\s+)?(?:chỉ tiêu|mục tiêu)(?![\p{L}])[^:;.]{0,60}$/iu.test(
        clause.slice(0, m.start),
      )
    )
      continue;
    if (
      kind === 'year' &&
      !/trước\s*$/iu.test(clause.slice(windowStart, m.start).replace(/năm\s*$/u, '')) &&
      !GOAL.test(clause.slice(0, m.start)) &&
      // "chỉ đạo sơ kết 3 năm vào năm 2029, tổng kết vào năm 2031": a review held in a year is
      // due by its end
      !(
        REVIEW.test(clause.slice(after, m.start)) &&
        /(?<![\p{L}])(?:vào|trong)\s+(?:năm\s*)?$/iu.test(clause.slice(windowStart, m.start))
      )
    )
      continue;
    const due = formatIsoDate(parsed.due);
    // history: a date before the document's date (or year) that the clause says was met ("đã
    // hoàn thành trước ngày …"); a passed deadline restated in a reminder or a timetable posted
    // after its first milestones is still the duty the text is about
    if (
      m.explicitYear &&
      (doc.date ? due < doc.date : doc.year !== undefined && parsed.due.year < doc.year) &&
      // (or a status: "Đến ngày 16/4/2018, mới có 41/63 tỉnh gửi báo cáo, trong khi theo quy định
      // báo cáo này phải gửi trước ngày 01/3/2018")
      /(?<![\p{L}])(?:đã|đạt được|mới có)(?![\p{L}])/iu.test(clause.slice(0, m.start))
    )
      continue;
    // "huyện Thủy Lâm đã huy động hơn 2.000 lượt người thu gom 38 tấn rác thải, xử lý xong trước
    // ngày 05/6/2030": work the sentence tells as done ("đã" on its verb, no one asked to do it) and
    // counts in figures, finished by a day, whatever the page's date ("Phòng X đã rà soát các dự
    // án, hoàn thành trước ngày …", with no figure, may still be under way)
    const told = /(?<![\p{L}])đã(?![\p{L}])(?!\s+được\s)((?:[^;.]|\.(?=\d))*)$/iu.exec(
      clause.slice(0, m.start),
    );
    if (
      told &&
      /\d[\d.,]*\s+\p{L}/u.test(told[1] ?? '') &&
      /(?<![\p{L}])(?:xong|hoàn thành|hoàn tất)\s+(?:trước|vào|trong)\s+(?:ngày\s*|tháng\s*)?$/iu.test(
        clause.slice(0, m.start),
      ) &&
      !/(?<![\p{L}])(?:chỉ đạo|yêu cầu|đề nghị|giao|phải|cần|đôn đốc|ban hành|kế hoạch|văn bản|công văn|để)(?![\p{L}])/iu.test(
        told[1] ?? '',
      )
    )
      continue;
    // "Trong tháng 10/2025, Thanh tra tỉnh tiến hành 14 cuộc thanh tra, …" in a page of 5/11/2025:
    // a sentence opened by a period already over when the text was written tells what was done
    if (
      doc.date !== undefined &&
      due < doc.date &&
      /^\s*(?:[-+•]\s*)?Trong\s*$/u.test(clause.slice(0, m.start)) &&
      /^\s*,/u.test(clause.slice(m.end))
    )
      continue;
    out.push({
      due,
      dueText: parsed.phrase,
      start: m.start,
      end: m.end,
      marked: boundWord,
      yearless: !m.explicitYear,
    });
  }
  return [...out, ...countedFromPollingDay(clause, doc)].sort((a, b) => a.start - b.start);
}

/**
 * "UBND cấp xã thành lập Tổ bầu cử chậm nhất 45 ngày trước ngày bầu cử", "… chậm nhất 03 ngày sau
 * ngày bầu cử": in a text that names its polling day, a time counted from it is that day minus or
 * plus the days.
 */
function countedFromPollingDay(clause: string, doc: DocumentContext): DueFound[] {
  const polling = doc.pollingDay;
  if (!polling) return [];
  // "… 40 ngày trước ngày bầu cử, tức là chậm nhất ngày 02/02/2027": the day written out is the due
  // day, read as written
  return [...clause.matchAll(COUNTED_FROM_POLLING_DAY)]
    .filter((m) => !DAY_WRITTEN_OUT.test(clause.slice(m.index + m[0].length)))
    .map((m) => ({
      due: dayCountedFromPolling(m, polling),
      dueText: m[0],
      start: m.index,
      end: m.index + m[0].length,
      marked: true,
      yearless: false,
    }));
}

/** A counted time restated as a day: ", tức là (chậm nhất) (ngày) 02/02/2027". */
const DAY_WRITTEN_OUT =
  /^\s*,?\s*(?:tức là|nghĩa là|tức)\s+(?:chậm nhất\s+(?:là\s+)?)?(?:ngày\s+)?\d/iu;

/** "chậm nhất (là) N ngày trước / sau (ngày) bầu cử": a time counted from the polling day. */
export const COUNTED_FROM_POLLING_DAY =
  /(?<![\p{L}])chậm nhất(?:\s+là)?\s+(\d{1,3})\s+ngày\s+(sau|trước)\s+(?:ngày\s+)?bầu cử(?![\p{L}])/giu;

/** The ISO day a match of `COUNTED_FROM_POLLING_DAY` names, counted from the polling day. */
export function dayCountedFromPolling(
  m: RegExpMatchArray,
  polling: { readonly year: number; readonly month: number; readonly day: number },
): string {
  const days = Number(m[1]) * (m[2]?.toLowerCase() === 'sau' ? 1 : -1);
  return formatIsoDate(addDays(polling, days));
}

/** A clause that states a target ("đạt 84,3%", "28 giường bệnh/vạn dân") is an indicator, not a deadline. */
export function isTargetClause(text: string): boolean {
  return (
    /\d\s*%|(?:đạt|trên|dưới|khoảng|còn)\s+\d[\d.,]*\s*(?:tỷ|triệu|nghìn|USD|giường|bác sĩ)/iu.test(
      text,
    ) ||
    // a rate per so many: "khống chế tỷ lệ mắc dưới 150 ca/100.000 dân", "đạt trên 30 bác sĩ/vạn dân"
    /(?<![\p{L}])(?:đạt|trên|dưới|khoảng|còn|ít nhất|tối thiểu|không quá)\s+\d[\d.,]*\s*\p{L}+\s*\/\s*(?:\d[\d.,]*\s*)?\p{L}/iu.test(
      text,
    )
  );
}

const REPORT_VERB = /(?<![\p{L}])(?:gửi\s+báo\s+cáo|báo\s+cáo)(?![\p{L}])/iu;
const NOT_REPORT = new RegExp(
  String.raw`(?:không|chưa|thôi)(?:\s+(?:phải|cần|còn))?\s+(?:nộp\s+|gửi\s+|thực hiện\s+)?$|\(\s*(?:để\s+)?$|(?<![\p{L}])(?:${NOT_SUBMIT_TRINH}trình|tán thành|thông qua)(?![\p{L}])[^;]{0,80}$`,
  'iu',
);

/** "để tổng hợp, báo cáo Chính phủ", "Để có cơ sở báo cáo UBND tỉnh": why, not a duty of its own. */
const PURPOSE_BEFORE = /(?<![\p{L}])(?:để|nhằm)(?:\s+[\p{L}]+){0,4}[\s,]*$/iu;

/**
 * The first "báo cáo" of a clause that is a duty to report: not a cited report ("Theo báo cáo …"),
 * a data cut-off ("Số liệu báo cáo …"), a document named or drafted ("dự thảo Báo cáo việc …"),
 * what someone received ("chưa nhận được báo cáo"), a purpose ("để tổng hợp, báo cáo …") or the
 * title of a cited document ("Văn bản số … về việc … báo cáo …").
 */
function reportVerbIn(text: string): RegExpExecArray | undefined {
  const re = new RegExp(REPORT_VERB.source, 'giu');
  for (const m of text.matchAll(re)) {
    const before = text.slice(0, m.index);
    if (NOT_REPORT.test(before)) continue;
    // ("rà soát, duyệt dữ liệu báo cáo thống kê …": the data of a report, the object of a task)
    if (/(?:^|[^\p{L}])(?:theo|số liệu|dữ liệu)\s+$/iu.test(before)) continue;
    if (/(?<![\p{L}])(?:nhận|nhận được|tiếp nhận)\s+$/iu.test(before)) continue;
    if (/(?:dự thảo|xây dựng|hoàn chỉnh|hoàn thiện)\s+$/iu.test(before) && /^B/u.test(m[0]))
      continue;
    if (PURPOSE_BEFORE.test(before)) continue;
    // "hoàn thành báo cáo tài chính năm 2026 đã được kiểm toán trước ngày …", "lập báo cáo quyết
    // toán …": a kind of document being made, a deadline unless it is sent to someone (the send
    // verb makes it a report then: "…, gửi Sở Tài chính trước …")
    if (
      /(?<![\p{L}])(?:hoàn thành|hoàn thiện|hoàn chỉnh|lập|xây dựng|chuẩn bị|soạn thảo)\s+$/iu.test(
        before,
      ) &&
      /^\s+(?:tài chính|quyết toán|kiểm toán|thường niên|đánh giá tác động)(?![\p{L}])/iu.test(
        text.slice(m.index + m[0].length),
      )
    )
      continue;
    // "các địa phương đã gửi báo cáo rà soát …": a report already sent describes who does the duty
    if (/(?<![\p{L}])đã\s+(?:gửi\s+|nộp\s+)?$/iu.test(before)) continue;
    // "kỳ báo cáo", "tháng báo cáo", "năm báo cáo": the period a report covers
    if (
      /(?<![\p{L}])(?:(?<!định\s)kỳ|(?:của|thuộc|trong|liền kề)\s+(?:tháng|năm|quý)(?:\s+(?:cuối|đầu)\s+(?:tháng|năm|quý))?)\s+$/iu.test(
        before,
      )
    )
      continue;
    // "Một năm 2 kỳ báo cáo (Báo cáo 6 tháng đầu năm và báo cáo cả năm)": kinds named in brackets
    if ((before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length) continue;
    if (/(?<![\p{L}])về việc(?![\p{L}])[^;]*$/iu.test(before) && /(?:số|Số)\s+\d/u.test(before))
      continue;
    const after = text.slice(m.index + m[0].length);
    if (/^\s*viên/u.test(after) || /^\s*\)/u.test(after)) continue;
    // "Đến ngày 16/4, mới có 41/63 tỉnh gửi báo cáo về Bộ": a count of who has sent, a status;
    // "theo quy định báo cáo này phải gửi trước ngày …": the report just named, restated
    if (/(?<![\p{L}])(?:mới|đã|chỉ)\s+có\s+\d+(?:\/\d+)?\s[^;.]{0,60}$/iu.test(before)) continue;
    if (/^\s*này(?![\p{L}])/u.test(after)) continue;
    // "gộp nội dung vào báo cáo tháng 02/2024", "nêu trong báo cáo …": the report is where
    // something goes, not a duty to report
    if (/(?<![\p{L}])(?:vào|trong)\s+$/iu.test(before)) continue;
    // "… quy định chế độ báo cáo định kỳ": a reporting regime named (a cited document's subject)
    // (so is a tool or a form a report is made with: "hoàn thành phần mềm báo cáo trực tuyến",
    // "Mẫu báo cáo tháng mới nhất", "nâng cấp hệ thống báo cáo thống kê")
    if (/(?<![\p{L}])(?:chế độ|phần mềm|hệ thống|ứng dụng|biểu mẫu|mẫu)\s+$/iu.test(before))
      continue;
    // "Báo cáo quý: tính từ ngày 15 của tháng trước … đến ngày 14 …": the data a report covers,
    // not when or to whom it is sent
    if (/^[^.;:]{0,40}:\s*(?:tính|số liệu tính|chốt số liệu)\s+từ(?![\p{L}])/iu.test(after))
      continue;
    // "Riêng báo cáo tháng 01/2024 không thực hiện …": a report the text says is not made
    if (
      /^[^.;,]{0,40}?\s(?:không|chưa)\s+(?:phải\s+)?(?:thực hiện|gửi|nộp|lập)(?![\p{L}])/iu.test(
        after,
      )
    )
      continue;
    if (
      text.slice(m.index, m.index + 1) === 'B' &&
      !/^\s*(?:kết quả|về\s+(?:Ban|Ủy|UBND|Huyện|Tỉnh)|cho|lên|tới)/u.test(after) &&
      // "Báo cáo 6 tháng gửi …", "Báo cáo định kỳ hằng tháng: trước ngày 20 hằng tháng": the report
      // named as the subject, then sent or timed
      !(
        // (a bracket, "(số liệu tính đến …)", is left out of the distance)
        /^\s*[^.;]{0,80}?(?:gửi|trình|nộp|trước|chậm nhất|hoàn thành)(?![\p{L}])/u.test(
          after.replace(/\([^()]*\)/gu, ''),
        ) ||
        /^\s*(?:định kỳ|hằng|hàng)/u.test(after) ||
        // "Báo cáo tiến độ tuyển quân về Hội đồng … (qua …) vào thứ Năm hằng tuần": the report's
        // object, a body it goes to and a time it recurs or is bounded by
        /^\s*[^.;:]{0,60}?\s(?:về|lên|tới|đến)\s+\p{Lu}[^.;:]{0,120}?(?<![\p{L}])(?:hằng|hàng|định kỳ|trước|chậm nhất)(?![\p{L}])/u.test(
          after.replace(/\([^()]*\)/gu, ''),
        )
      )
    )
      continue;
    return m as RegExpExecArray;
  }
  return undefined;
}

export function isReportClause(text: string): boolean {
  return reportVerbIn(text) !== undefined;
}

/** Drafting a document ("xây dựng kế hoạch", "hoàn thiện dự thảo"); "trật tự xây dựng" is no draft. */
const DRAFTED =
  /(?:xây dựng(?=\s+(?:[\p{L}]+\s+){0,2}(?:kế hoạch|phương án|đề án|dự thảo|báo cáo|chương trình|quy chế|quy định|văn bản|kịch bản|hồ sơ|tờ trình|danh sách|dự toán|đề cương|nghị quyết))|hoàn thiện|hoàn chỉnh|dự thảo|soạn thảo|chuẩn bị|tham mưu)(?![\p{L}])/iu;

/**
 * The time a sending is bound to, after its verb: "trước ngày 20/5", "chậm nhất là ngày 20/9",
 * "trước 16 giờ ngày 14/10", "trong tháng 3/2026", "trước 15/4/2026".
 */
const SUBMIT_TIME =
  /^[^.;]{0,160}?(?<![\p{L}])(?:trước|chậm nhất(?:\s+(?:là|vào))?|muộn nhất|hạn chót|trong)\s+(?:(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?|\d{1,2}:\d{2})\s*,?\s+)?(?:ngày\s+)?(?:\d{1,2}[/.-]\d{1,2}|tháng\s+\d|quý\s+(?:[IV]+|\d)(?![\p{L}]))/iu;

/**
 * A time counted in days, from an event or from now: "chậm nhất 30 ngày trước ngày khai mạc đại
 * hội", "trong vòng 02 ngày làm việc", "trước 05 ngày": a time, though no calendar day.
 */
const SUBMIT_DAYS =
  /^[^.;]{0,160}?(?<![\p{L}])(?:trước|chậm nhất(?:\s+(?:là|vào))?|muộn nhất|trong(?:\s+vòng)?)\s+\d{1,3}\s+ngày(?:\s+làm việc)?(?![\p{L}])/iu;

/** A document signed or issued just before a "gửi" that names its addressees. */
const ISSUED_DOCUMENT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:ký|ban hành|có|phát hành|ra)\s+${anyOf(['công điện', ...LETTERS, 'quyết định', 'chỉ thị', 'thư'])}(?![\p{L}])[^;.,]{0,40}$`,
  'iu',
);

/** A document named by its number (and date, and issuer) just before a verb of sending. */
const CITED_DOCUMENT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${anyOf([...LETTERS, 'quyết định', 'kế hoạch', 'công điện'])}\s+số\s+[\d\p{L}/.-]+(?:\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)?(?:\s+của\s+[^;,.]{2,80}?)?\s*$`,
  'iu',
);

/** "trình X", "gửi … về X", "nộp … cho X": submitting a document to someone (a report duty). */
const SUBMIT = new RegExp(
  String.raw`(?<![\p{L}])(?:${NOT_SUBMIT_TRINH}trình(?!\s+(?:độ|bày|diễn|chiếu|tự))|gửi|nộp|đăng ký(?=[^.;]{0,100}?\s(?:về|với)\s+\p{Lu}))(?![\p{L}])`,
  'iu',
);

/**
 * The recipient a submit verb names, and where the verb is; undefined when none. `lead` is what
 * the sentence said before this clause ("Sở X tổng hợp, tham mưu …; trình UBND tỉnh …").
 */
function submitted(
  text: string,
  lead = '',
  timedByCell = false,
): { index: number; to: string | null } | undefined {
  const re = new RegExp(SUBMIT.source, 'giu');
  // "trình HĐND cùng cấp thông qua và gửi Bộ Nội vụ chậm nhất ngày …": a file passed by one body
  // and then sent on goes, by its time, to the last body
  let passedOn: { index: number; to: string | null } | undefined;
  for (const m of text.matchAll(re)) {
    // "để gửi Ban Tuyên giáo …": why, not to whom
    if (PURPOSE_BEFORE.test(text.slice(0, m.index))) continue;
    // "14 Phòng GDĐT chưa nộp văn bản về Sở": what was not done, a status; "Theo công văn Sở X
    // gửi …": a cited letter's addressees
    if (
      /(?<![\p{L}])(?:không|chưa|thôi)(?:\s+(?:phải|cần|còn))?\s+$/iu.test(text.slice(0, m.index))
    )
      continue;
    // "các xã đã gửi báo cáo …": what was already sent describes who does the duty; "mới có 41/63
    // tỉnh gửi báo cáo về Bộ": a count of who has sent, a status
    if (/(?<![\p{L}])đã\s+$/iu.test(text.slice(0, m.index))) continue;
    if (
      /(?<![\p{L}])(?:mới|đã|chỉ)\s+có\s+\d+(?:\/\d+)?\s[^;.]{0,60}$/iu.test(text.slice(0, m.index))
    )
      continue;
    if (
      /(?:^|\s)(?:Theo|theo|Tại|tại)\s+(?:công văn|văn bản|thông báo)(?:\s+\S+){0,8}\s+$/u.test(
        text.slice(0, m.index),
      )
    )
      continue;
    const after = text.slice(m.index + m[0].length);
    // A document sent or submitted to a named body by a time ("xây dựng kế hoạch …, trình UBND
    // tỉnh trước ngày …", "hoàn chỉnh dự thảo …, gửi Huyện ủy chậm nhất ngày …") is a report
    // (decision 0012): its recipient's log of received documents is where it is checked. Without
    // a time, "trình" asks for approval and a drafted document's sending adds no duty of its own.
    // (a table's row is timed by its time cell)
    const timed = timedByCell || SUBMIT_TIME.test(after) || SUBMIT_DAYS.test(after);
    const before = `${lead} ${text.slice(0, m.index)}`;
    if (!timed && /^trình/iu.test(m[0]) && !/tổng hợp|báo cáo|hồ sơ/iu.test(before)) continue;
    // "Giám đốc Sở Y tế ký Công điện số 07/CĐ-SYT gửi Trung tâm …", "Sở X có công văn gửi các
    // đơn vị": the addressees of a document issued, not a duty to send it
    if (!timed && ISSUED_DOCUMENT_BEFORE.test(text.slice(0, m.index))) continue;
    // "(Cinet) – Văn bản số 4021/BVHTTDL-CDL ngày 02/12 gửi UBND tỉnh …": a document cited by its
    // number, and the body it was sent to, is no duty to send
    if (!timed && CITED_DOCUMENT_BEFORE.test(text.slice(0, m.index))) continue;
    const drafted = DRAFTED.exec(before);
    if (
      !timed &&
      drafted &&
      !/tổng hợp/iu.test(before) &&
      // a dossier completed and sent ("hoàn thiện hồ sơ …, gửi về Bộ Nội vụ") is submitted for
      // appraisal: a report
      !/hồ sơ/iu.test(before.slice(drafted.index)) &&
      !/báo cáo(?!\s+chính trị)/iu.test(before.slice(drafted.index))
    )
      continue;
    const direct = agencyAfter(after);
    if (direct && /^[^.;,]{0,80}?\s(?:và|rồi)\s+(?:gửi|nộp|trình)(?![\p{L}])/u.test(after)) {
      passedOn ??= { index: m.index, to: direct };
      continue;
    }
    if (direct) return { index: m.index, to: direct };
    const toward = /^[^.;]{0,100}?\s(?:về|đến|tới|lên|với|cho)\s+(?=\p{Lu})/u.exec(after);
    if (toward) {
      const to = agencyAfter(after.slice(toward[0].length));
      if (to) return { index: m.index, to };
    }
    // "nộp tờ khai … cho cơ quan thuế quản lý trực tiếp", "… cho cơ quan thuế và cơ quan thống kê":
    // an office the law names by its field, in lower case
    const office = FIELD_OFFICE.exec(after);
    if (office?.[1]) return { index: m.index, to: office[1] };
    // "danh sách … gửi về văn phòng Công đoàn Trường": an office written in lower case before
    // its body's name
    const lowerOffice =
      /^[^.;]{0,100}?\s(?:về|đến|tới|lên)\s+(?=(?:văn phòng|phòng|ban)\s+\p{Lu})/u.exec(after);
    if (lowerOffice) {
      const rest = after.slice(lowerOffice[0].length);
      const to = agencyAfter(rest.charAt(0).toUpperCase() + rest.slice(1));
      if (to) return { index: m.index, to: rest.charAt(0) + to.slice(1) };
    }
    // "gửi lại bản điện tử qua thư điện tử … trước ngày …": sent by e-mail, with no body named, to
    // the body that asked for it
    if (/^[^.;]{0,80}?\s(?:qua|bằng)\s+(?:thư điện tử|email|e-mail)(?![\p{L}])/iu.test(after))
      return { index: m.index, to: null };
  }
  return passedOn;
}

/** The offices a law names by their field: "cơ quan thuế (quản lý trực tiếp)", "cơ quan thống kê". */
const FIELD = '(?:thuế|thống kê|hải quan|bảo hiểm xã hội|đăng ký kinh doanh)';
const FIELD_OFFICE = new RegExp(
  String.raw`^[^.;]{0,100}?\s(?:về|đến|tới|cho|với)\s+(cơ quan ${FIELD}(?:\s+quản lý trực tiếp)?(?:\s+(?:và|,)\s+cơ quan ${FIELD}(?:\s+quản lý trực tiếp)?)*)(?![\p{L}])`,
  'u',
);

const PREVIOUS_SUBJECT = 'chủ thể theo câu trước / subject from the sentence before';

/**
 * Whether a clause submits something to someone ("trình UBND tỉnh", "gửi hồ sơ về Bộ Nội vụ");
 * `timedByCell` when a table row's time cell gives the clause its time.
 */
export function isSubmitClause(text: string, lead = '', timedByCell = false): boolean {
  return submitted(text, lead, timedByCell) !== undefined;
}

/**
 * Lower-case words that start what follows a name rather than go on with it ("… vừa ban hành",
 * "… cho ý kiến", "… phê duyệt"), beside the ones any name stops at.
 */
const AFTER_NAME_WORDS = [
  ...NAME_STOP_WORDS,
  ...['một', 'vừa', 'mới', 'cũng', 'đang', 'kết', 'tình', 'bằng', 'đúng', 'hoặc', 'trên', 'dưới'],
  ...['các', 'những', 'cho', 'với', 'xem', 'chỉ', 'phê', 'quyết', 'thẩm', 'giải', 'đề', 'trực'],
  ...['là', 'thì', 'nếu', 'khi', 'đã', 'sẽ', 'được'],
];
/**
 * The lower-case syllable that completes a capitalised word of a name ("Văn hóa", "Du lịch",
 * "Môi trường"), unless it starts what follows the name.
 */
const NAME_SYLLABLE = String.raw`(?:\s+(?!${anyOf(AFTER_NAME_WORDS)}(?![\p{L}]))\p{Ll}+(?![\p{L}]))?`;

/** What a report is about, written between its verb and its recipient ("báo cáo kết quả … về Sở"). */
const REPORT_SUBJECTS = ['kết quả', 'tình hình', 'năm', 'tháng', 'quý', 'sơ kết', 'tổng kết'];
const REPORT_KINDS = ['định kỳ', 'chuyên đề'];
/** The words before a recipient: "gửi về …", "trình lên …", "báo cáo với …". */
const TOWARD = ['về', 'cho', 'lên', 'tới', 'đến', 'với'];
/** A head who acts on what is sent: "trình Giám đốc Sở phê duyệt". */
const ACTING_HEAD = String.raw`(?=\s+\p{Lu}|\s+(?:phê duyệt|xem xét|quyết định|ký)(?![\p{L}]))`;
/** The words a recipient's name starts with: an office holder or a body. */
const RECIPIENT_HEADS = [
  ...['Bộ trưởng', 'Thứ trưởng', 'Phó Trưởng [Bb]an', 'Trưởng [Bb]an', 'Trạm'],
  ...['Phó Hiệu trưởng', 'Phó Chủ tịch', `Phó Giám đốc${ACTING_HEAD}`, 'Chủ tịch'],
  ...['Tổng Giám đốc', 'Tổng giám đốc', 'Hội đồng quản trị'],
  ...[`Giám đốc${ACTING_HEAD}`, 'Chánh Thanh tra', 'Chánh Văn phòng', 'Hiệu trưởng'],
  ...['Ban', 'Tiểu ban', 'Ủy ban', 'Uỷ ban', 'UBND', 'Thường trực', INSPECTORATE],
  // the police of a level: "về Công an thành phố", "gửi Công an tỉnh"
  String.raw`Công an(?=\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|\p{Lu})(?![\p{L}]))`,
  ...['Huyện ủy', 'Huyện uỷ', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thị ủy', 'Đảng ủy', 'Đảng uỷ'],
  ...['Sở', 'Văn phòng', 'Bộ', 'Chính phủ', 'Thủ tướng', 'Hội đồng', 'HĐND', 'Cấp ủy', 'cấp ủy'],
  ...['Phòng', 'Chi cục', 'Cục', 'Tổ', 'Trung tâm'],
  // a district's forest rangers: "gửi Hạt Kiểm lâm sở tại", "về Hạt Kiểm lâm huyện"
  String.raw`Hạt(?=\s+[Kk]iểm lâm)`,
  // a youth union's committees: "gửi về Thành đoàn", "về Tỉnh đoàn"
  ...['Thành đoàn', 'Tỉnh đoàn', 'Huyện đoàn', 'Quận đoàn', 'Thị đoàn'],
  String.raw`Thuế(?=\s+(?:tỉnh|thành phố|cơ sở)(?![\p{L}]))`,
  String.raw`Đoàn(?=\s+(?:trường|Thanh niên|thanh niên|TNCS)(?![\p{L}]))`,
  // a team a body sets up, that reports are sent to: "về Đoàn giám sát", "gửi Đoàn kiểm tra"
  String.raw`Đoàn(?=\s+(?:giám sát|kiểm tra|công tác)(?![\p{L}]))`,
  // a body written by its initials and its level: "về CDC thành phố", "gửi CDC tỉnh"
  String.raw`\p{Lu}{3,5}(?=\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}]))`,
  'Bảo hiểm xã hội',
  'Kho bạc Nhà nước',
  String.raw`Kho bạc(?=\s+\p{Lu}|\s+(?:trước|chậm nhất|trong|theo|qua)(?![\p{L}])|\s*[,.;(]|\s*$)`,
  ...['Ngân hàng', 'Liên đoàn', 'Công đoàn', 'Điện lực'].map((w) => String.raw`${w}(?=\s+\p{Lu})`),
  // bodies written by their initials: "gửi về LĐLĐ huyện", "báo cáo UBMTTQ xã"
  ...BODY_INITIALS,
];
/** Lower-case syllables of a name that stand on their own ("Ủy ban nhân dân", "Ban Tuyên giáo"). */
const NAME_LOWER_WORDS = [
  ...['ủy', 'uỷ', 'nhân', 'dân', 'thường', 'vụ', 'bí', 'thư', 'chính', 'trị', 'đảng', 'tuyên'],
  ...['giáo', 'kiểm', 'tra', 'trung', 'ương', 'tỉnh', 'huyện', 'xã', 'thị', 'trấn', 'thành'],
  ...['phố', 'quận', 'phường', 'cấp', 'cán', 'sự'],
];
const MORE_NAME_LOWER_WORDS = [
  ...['chấp', 'hành', 'phát', 'triển', 'nông', 'thôn', 'nghiệp', 'mới', 'điều', 'phối', 'bầu'],
  ...['cử', 'quốc', 'gia', 'hội', 'lao', 'động', 'thương', 'binh', 'kế', 'hoạch', 'đầu', 'tư'],
  ...['tài', 'nội', 'giám', 'hiệu', 'phòng', 'thủ', 'bệnh', 'tật', 'y', 'tế', 'dục', 'đào', 'tạo'],
];
/** "Phòng Kế hoạch tổng hợp": "tổng hợp" ends a name only where what follows the name starts. */
const GENERAL_AFTER = String.raw`(?:\s+(?:trước|chậm nhất|vào|qua|trong|để|định kỳ|hằng)(?![\p{L}])|\s*[,.;()]|\s+[-–]\s+\p{Lu}|$)`;
/** What goes on with a recipient's name, word by word. */
const RECIPIENT_NAME_PARTS = [
  String.raw`\p{Lu}{2,}\.(?=\s+\p{Lu})`,
  String.raw`\p{Lu}[\p{L}]*(?:&\p{Lu}[\p{L}]*)*${NAME_SYLLABLE}`,
  '[-–]',
  String.raw`và(?=\s+\p{Lu})`,
  String.raw`(?<=[Tt]hường\s)trực`,
  String.raw`(?<=Đoàn\s)trường`,
  String.raw`(?<=Tổ\s)công`,
  String.raw`(?<=Tổ công\s)tác`,
  String.raw`(?<=Đoàn\s)(?:công(?=\s+tác(?![\p{L}]))|giám(?=\s+sát(?![\p{L}])))`,
  String.raw`(?<=Đoàn (?:công|giám)\s)(?:tác|sát)`,
  String.raw`(?<=(?:Đề án|Dự án|Chương trình)\s)\d{1,3}(?=\s+\p{Ll})`,
  twoSyllables('khu', 'vực'),
  twoSyllables('giao', 'thông'),
  String.raw`(?<=giao thông\s)${twoSyllables('vận', 'tải')}`,
  twoSyllables('sinh', 'viên'),
  twoSyllables('đánh', 'giá'),
  twoSyllables('tuyển', 'sinh'),
  twoSyllables('nghiệm', 'thu'),
  String.raw`(?<=cấp\s)(?:khoa|trường)`,
  ...NAME_LOWER_WORDS,
  String.raw`quân(?=\s+sự(?![\p{L}]))`,
  twoSyllables('dự', 'án'),
  twoSyllables('xây', 'dựng'),
  String.raw`(?<=(?:xây dựng|đầu tư)\s)công(?=\s+trình(?![\p{L}]))`,
  String.raw`(?<=(?:xây dựng|đầu tư)\scông\s)trình`,
  ...MORE_NAME_LOWER_WORDS,
  String.raw`(?<=Hội đồng\s)quản(?=\s+trị(?![\p{L}]))`,
  // "Ban Quản lý các khu công nghiệp", "Ban Quản lý các khu kinh tế"
  String.raw`(?<=Ban Quản lý\s)các\s+khu\s+(?:công nghiệp|kinh tế|chế xuất)`,
  String.raw`(?<=Ban\s)đại(?=\s+diện(?![\p{L}]))`,
  String.raw`(?<=Ban đại\s)diện`,
  String.raw`(?<=thị\s)trường`,
  String.raw`(?<=Hội đồng quản\s)trị`,
  String.raw`(?<=(?:Kế hoạch|Hành chính)\s)tổng(?=\s+hợp${GENERAL_AFTER})`,
  String.raw`(?<=(?:Kế hoạch|Hành chính)\stổng\s)hợp`,
  // a department's second field after a dash: "Phòng Kế hoạch tổng hợp - Quản lý chất lượng"
  String.raw`(?<=Quản lý\s)chất(?=\s+lượng(?![\p{L}]))`,
  String.raw`(?<=Quản lý chất\s)lượng`,
  // the election committees the law names by their level: "Ủy ban bầu cử ở xã", "… ở tỉnh"
  String.raw`(?<=bầu cử\s)ở(?=\s+(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)(?![\p{L}]))`,
];
/** The recipient a sending names, after the words saying what is sent and where to. */
const AGENCY_AFTER = new RegExp(
  String.raw`^\s*(?:${anyOf([...REPORT_SUBJECTS, ...REPORT_KINDS])}[^,;()]{0,80}?\s+${anyOf(TOWARD)}\s*|${anyOf(TOWARD)}?\s*)(${anyOf(RECIPIENT_HEADS)}(?![\p{L}])(?:\s+${anyOf(RECIPIENT_NAME_PARTS)}(?![\p{L}]))*)`,
  'u',
);

/** The agency name a text starts with ("Sở GDĐT TP. Hồ Chí Minh vừa …" → its name), or null. */
export function namedAgencyAt(text: string): string | null {
  return agencyAfter(text);
}

const LEVELS = '(?:quận|huyện|thị xã|thành phố|xã|phường|thị trấn|tỉnh)';
/** A name that ends in a level word ("… quận", "… các huyện"). */
const LEVEL_WORD = new RegExp(`(?<![\\p{L}])${LEVELS}$`, 'u');
/** The other levels after it: ", huyện", ", thị xã, thành phố". */
const LEVEL_LIST = new RegExp(`^(?:,\\s*${LEVELS}(?![\\p{L}]))+`, 'u');
/** The levels a name covers after it: " các huyện, thị xã, thành phố". */
const LEVELS_COVERED = new RegExp(`^\\s+các\\s+${LEVELS}(?:,\\s*${LEVELS})*(?![\\p{L}])`, 'u');

function agencyAfter(text: string): string | null {
  const m = AGENCY_AFTER.exec(text);
  if (!m?.[1]) return null;
  const name = m[1].replace(/(?:\s+(?:và|kết|những|trước|định|[-–]))+$/u, '').trim();
  if (name !== m[1].trim()) return name;
  // "gửi Hạt Kiểm lâm sở tại": the body of the sender's own place, "sở tại" part of its name
  const local = /^\s+sở tại(?![\p{L}])/u.exec(text.slice(m[0].length));
  if (local) return `${name} sở tại`;
  const rest = text.slice(m[0].length);
  // "báo cáo Chính phủ, Thủ tướng trước 25/9": a list of the bodies reported to, up to its time
  const next =
    /^\s*,\s*(?=(?:Thủ tướng|Chính phủ|Bộ|Ban|Ủy ban|UBND|Hội đồng|HĐND|Thường trực|Văn phòng)\s*[^,;.]{0,60}?\s(?:trước|chậm nhất|trong|để|định kỳ|hằng)(?![\p{L}]))/u.exec(
      rest,
    );
  if (next) {
    const second = agencyAfter(rest.slice(next[0].length));
    if (second) return `${name}, ${second}`;
  }
  // "gửi Trung tâm Y tế quận, huyện", "về Phòng Giáo dục các huyện, thị xã, thành phố": a name
  // that ends in the levels it covers goes on with the other levels after a comma
  const levels = LEVEL_WORD.test(name) ? LEVEL_LIST.exec(rest) : LEVELS_COVERED.exec(rest);
  if (levels) return `${name}${levels[0]}`;
  return withCommaParts(name, rest);
}

const FREQUENCIES: readonly (readonly [RegExp, ItemPeriod])[] = [
  // "báo cáo hằng ngày", "trước 16 giờ mỗi ngày"
  // (or a count of times a day: "2 lần/ngày, trước 7 giờ và 15 giờ", "03 lần mỗi ngày")
  [
    /(?<![\p{L}])(?:hằng|hàng|mỗi)\s+ngày(?![\p{L}])|(?<![\d.,])\d{1,2}\s*lần\s*(?:\/|một|mỗi|trong\s+(?:một\s+)?)\s*ngày(?![\p{L}])/iu,
    'daily',
  ],
  [
    /(?:hằng|hàng|mỗi)\s+tuần|(?<![\d.,])\d{1,2}\s*lần\s*(?:\/|một|mỗi)\s*tuần(?![\p{L}])|định kỳ\s+tuần|báo cáo tuần(?!\s+\d)/iu,
    'weekly',
  ],
  // "trước ngày 05 của tháng sau": a day of the month after each month
  [
    /(?:hằng|hàng|mỗi)\s+tháng|định kỳ\s+tháng|báo cáo tháng|ngày\s+\d{1,2}\s+(?:của\s+)?tháng\s+(?:sau|kế tiếp|tiếp theo)(?![\p{L}])/iu,
    'monthly',
  ],
  // "trước ngày 15 của tháng đầu quý sau": a day of the quarter after each quarter
  [
    /(?:hằng|hàng|mỗi)\s+quý|định kỳ\s+quý|(?<![\p{L}])quý(?=\s*,\s*(?:6 tháng|năm))|tháng cuối quý|tháng đầu (?:của\s+)?quý\s+(?:sau|kế tiếp|tiếp theo)(?![\p{L}])|báo cáo(?:\s+[^\s,;.]+){0,4}\s+quý(?!\s+(?:I|II|III|IV|\d))/iu,
    'quarterly',
  ],
  // "Báo cáo 6 tháng đầu năm gửi trước ngày 10/07 của năm báo cáo" recurs; "6 tháng đầu năm 2024"
  // is one period
  // ("tại các kỳ họp thường lệ giữa năm và cuối năm của HĐND": a council's two sessions a year)
  [
    /(?:6|sáu)\s+tháng(?!\s+(?:đầu|cuối)(?:\s+năm)?\s+\d)|nửa năm|hằng nửa năm|(?<![\p{L}])kỳ họp(?:\s+thường lệ)?\s+giữa năm và cuối năm(?![\p{L}])/iu,
    'half-yearly',
  ],
  // "trước ngày 01 tháng 4 của năm sau", "trước ngày 15/02 năm sau": a day of the year after each year
  [
    /(?:hằng|hàng|mỗi)\s+năm|định kỳ\s+năm|báo cáo\s+cả\s+năm(?!\s+\d)|(?:6|sáu)\s+tháng\s*(?:,|và|\/)\s*(?:cả\s+)?năm|(?:quý|tháng)\s*,\s*năm|(?:hằng|hàng|mỗi)\s+quý\s+và\s+(?:cả\s+)?năm(?!\s*\d)|báo cáo\s+(?:định kỳ\s+)?năm(?!\s+\d)|(?:tháng\s+\d{1,2}|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2})\s+(?:của\s+)?năm\s+(?:sau|kế tiếp|tiếp theo)(?![\p{L}])/iu,
    'yearly',
  ],
];

/**
 * The hour a daily report is due by, as written before or after "hằng ngày": "trước 15 giờ hằng
 * ngày", "vào 8h mỗi ngày", "hằng ngày trước 16 giờ".
 */
const DAILY_PHRASE =
  /(?:(?<![\p{L}])(?:trước|vào|chậm nhất(?:\s+(?:là|vào))?|lúc)\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s+)?(?:hằng|hàng|mỗi)\s+ngày(?![\p{L}])(?:\s+(?:trước|vào|chậm nhất|lúc)\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?(?![\p{L}\d]))?/iu;

/** The weekday a weekly report is due, as written: "vào thứ Sáu hằng tuần", "trước 15 giờ thứ Sáu hằng tuần". */
const WEEKDAY_PHRASE =
  /(?:(?<![\p{L}])(?:trước|vào)\s+(?:\d{1,2}\s*giờ(?:\s*\d{1,2})?\s+)?(?:(?:sáng|chiều|tối)\s+)?)?(?:(?<![\p{L}])thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|(?<![\p{L}])[Cc]hủ nhật)(?![\p{L}])[^.;]{0,20}?(?:hằng|hàng|mỗi)\s+tuần(?![\p{L}])/iu;

/**
 * A clause without the reports it says are not made ("không thực hiện Báo cáo hàng tháng và hàng
 * quý", "không phải gửi báo cáo quý"): their kinds are no duty; a count's kinds in brackets ("chỉ
 * thực hiện 02 kỳ báo cáo (báo cáo 06 tháng và báo cáo 01 năm)") stay.
 */
export function withoutNegatedReports(text: string): string {
  return text.replace(
    /(?<![\p{L}])(?:không|chưa|thôi|bãi bỏ)(?:\s+(?:phải|cần|còn|yêu cầu|bắt buộc))?(?:\s+(?:thực hiện|gửi|nộp|lập))?\s+(?:chế độ\s+)?báo cáo[^,;.()]*/giu,
    ' ',
  );
}

/** Report frequencies a clause names: "định kỳ 6 tháng, năm" → half-yearly and yearly. */
export function frequenciesIn(text: string): ItemPeriod[] {
  const found = FREQUENCIES.filter(([re]) => re.test(text)).map(([, p]) => p);
  // "Báo cáo 6 tháng gửi trước ngày 15/6 hằng năm": "hằng năm" says the day recurs each year; it is
  // the half-year report's day, not a yearly report of its own
  const dayEachYear = /(?:\d{1,2}\s*[/.-]\s*\d{1,2}|tháng\s+\d{1,2})\s+(?:hằng|hàng|mỗi)\s+năm/iu;
  if (found.length > 1 && found.includes('yearly') && dayEachYear.test(text)) {
    const rest = FREQUENCIES.filter(([re]) => re.test(text.replace(dayEachYear, ' '))).map(
      ([, p]) => p,
    );
    if (!rest.includes('yearly')) return [...new Set(found.filter((p) => p !== 'yearly'))];
  }
  return [...new Set(found)];
}

function item(
  ctx: DutyContext,
  piece: Mapped,
  fields: Partial<ExtractItem> & Pick<ExtractItem, 'kind' | 'confidence'>,
): ExtractItem {
  const [s, e] = originalSpan(piece, 0, piece.text.length);
  return { ...EMPTY_ITEM, ...fields, quote: ctx.original.slice(s, e), span: [s, e] };
}

function taskTitle(text: string, cut?: number): string {
  const t = (cut === undefined ? text : text.slice(0, cut))
    .replace(/^(?:\d+(?:\.\d+)*\.|[IVX]+[.-]|[a-zđ]\)|[-–+•])\s*/u, '')
    .replace(/[,;:.\s]+$/u, '')
    .trim();
  return t.length > 200 ? t.slice(0, 197).replace(/\s+\S*$/u, '') + ' …' : t;
}

function joinsDatedDuty(text: string): boolean {
  const parts = text.split(';');
  if (parts.length < 2) return false;
  return (
    parts.some(
      (part) =>
        !REPORT_VERB.test(part) &&
        // (a day with its year, a month or a quarter of a year, or a day with no year after
        // "trước", "chậm nhất": "hoàn thành … trước ngày 30/6; tổng hợp, báo cáo …")
        /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|tháng\s+\d{1,2}\s*[/-]\s*\d{4}|quý\s+(?:[IV]+|\d)\s*[/-]\s*\d{4}|(?:trong|vào|đến)\s+năm\s+\d{4}(?!\s*[-–])|(?:trước|chậm nhất)(?:\s+(?:vào|là))?\s+(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?!\s*[/.-]?\s*\d)/iu.test(
          part,
        ),
    ) ||
    // "Từ ngày 1 đến ngày 5 hằng tháng, các đơn vị cập nhật …; từ ngày 5 đến ngày 10 hằng tháng,
    // Phòng X tổng hợp báo cáo …": each part has its own subject and its own time, so each is its
    // own duty (a list of reporting units split by ";" is not)
    parts.filter(
      (part) =>
        subjectOf(part) !== null &&
        /\bngày\s+\d|(?<![\p{L}])(?:hằng|hàng|định kỳ)(?![\p{L}])/iu.test(part),
    ).length >= 2 ||
    // "Tỉnh phấn đấu giải ngân … đạt trên 95% …; Sở Tài chính tổng hợp …, báo cáo UBND tỉnh trước
    // ngày 25 hằng tháng": the report after ";" names its own subject, another body than the one
    // before; it is that body's duty, not the whole sentence's
    // (not a list of bodies parted by ";" before one verb, "UBMTTQ …; các cơ quan thông tin tuyên
    // truyền; các chi, đảng bộ cơ sở gửi báo cáo …": the body is named by its own name, "Sở Tài
    // chính", not the last of a list, "các chi, …")
    parts
      .slice(1)
      .some(
        (part, i) =>
          REPORT_VERB.test(part) &&
          /^\p{Lu}/u.test(subjectOf(part) ?? '') &&
          subjectOf(parts[i] ?? '') !== null,
      ) ||
    // "… báo cáo nhanh kết quả về Ban Tổ chức Tỉnh ủy trong vòng 03 ngày làm việc; định kỳ ngày 25
    // hằng tháng tổng hợp tiến độ gửi Thường trực Tỉnh ủy": two sendings to named bodies, each
    // with its own time, are two duties
    parts.filter(
      (part) =>
        /(?<![\p{L}])(?:báo cáo|gửi|nộp|trình)(?:\s+[^\s;]+){0,6}?\s+(?:về|đến|tới|lên|cho)?\s*\p{Lu}/u.test(
          part,
        ) &&
        /\bngày\s+\d|(?<![\p{L}])(?:hằng|hàng|định kỳ|trước|chậm nhất|trong vòng)(?![\p{L}])/iu.test(
          part,
        ),
    ).length >= 2
  );
}

/**
 * A recipient written in lower case, by its role: "báo cáo kết quả cho giám đốc sở", "… về lãnh
 * đạo UBND huyện".
 */
function roleAfter(text: string): string | null {
  const m =
    /^[^.;]{0,100}?(?:^|\s)(?:cho|về|lên|tới|đến)\s+((?:ban\s+)?(?:giám đốc|chủ tịch|thủ trưởng|trưởng phòng|lãnh đạo|bí thư)(?:\s+(?:sở|bộ|phòng|ban|ủy ban|uỷ ban|UBND|tỉnh|huyện|xã|thành phố|quận|phường|\p{Lu}[\p{L}&]*)(?![\p{L}]))*)/u.exec(
      text,
    );
  return m?.[1] ?? null;
}

/** Deadline and report items of one block. */
export function dutiesOfBlock(ctx: DutyContext): { items: ExtractItem[]; sentences: Sentence[] } {
  const block = ctx.block.block;
  const sentences = splitSentences(block);
  const items: ExtractItem[] = [];
  const blockBody = block.text.slice(block.bodyStart);
  if (block.kind === 'heading' || ctx.block.sections.some(isHistoryHeading))
    return { items, sentences };
  let previousSubject: string | null = null;
  for (const sentence of sentences) {
    const sentenceOwner = ownerOf(
      sentence.text,
      ctx,
      sentence === sentences[0] ? blockBody : '',
      previousSubject,
    );
    if (sentenceOwner.how === 'subject' || sentenceOwner.how === 'previous')
      previousSubject = sentenceOwner.owner;
    const reportVerbs = sentence.text.match(new RegExp(REPORT_VERB.source, 'giu')) ?? [];
    const whole: Clause = { ...sentence, offset: 0 };
    // One report in a sentence is one item, unless ";" joins it to another dated duty
    // ("… hoàn thành trước ngày 30/4/2025; định kỳ 6 tháng, năm báo cáo …"). A ";" inside the list of
    // reporting units ("UBMTTQ …; các cơ quan …; các chi, đảng bộ cơ sở gửi báo cáo …") does not.
    const pieces =
      reportVerbs.length === 1 && isReportClause(sentence.text) && !joinsDatedDuty(sentence.text)
        ? [whole]
        : clausesOf(sentence);
    // "Chậm nhất ngày 03/02/2026 (…): thành lập Tổ bầu cử; niêm yết danh sách cử tri.": the time
    // label that opens the sentence bounds each task after it that gives no time of its own
    const label = TIME_LABEL.exec(sentence.text);
    const labelDue = label ? duesIn(label[0], ctx.document)[0] : undefined;
    let labelOwner: string | null = null;
    for (const clause of pieces.flatMap((p) => splitAtSending(p, ctx.document))) {
      const clauseSubject = subjectOf(clause.text);
      if (
        labelDue &&
        label &&
        clause.offset >= label[0].length &&
        duesIn(clause.text, ctx.document).length === 0 &&
        !isReportClause(clause.text) &&
        !isSubmitClause(clause.text)
      ) {
        items.push(
          item(ctx, clause, {
            kind: 'deadline',
            confidence: 0.6,
            owner: clauseSubject ?? labelOwner,
            task: taskTitle(clause.text),
            due: labelDue.due,
            dueText: labelDue.dueText,
            context: `thời hạn theo / due from «${label[0].trim()}»`,
          }),
        );
        continue;
      }
      const lead = sentence.text.slice(0, clause.offset);
      const report = isReportClause(clause.text) || isSubmitClause(clause.text, lead);
      if (report) {
        const found = reportItems(
          ctx,
          sentence,
          clause,
          clauseSubject ?? sentenceOwner.owner,
          clauseSubject ? 'subject' : sentenceOwner.how,
        );
        items.push(...found);
        // "hoàn chỉnh dự thảo báo cáo chính trị, trình … chậm nhất ngày …": "báo cáo" named a
        // document, not a duty to report to someone; the clause may still carry a deadline.
        if (found.length > 0) continue;
      }
      // A target with a day-level deadline ("… đạt trên 95% … trước ngày 31/12/2024") is a deadline too.
      if (isTargetClause(clause.text) && !DAY_DEADLINE.test(clause.text)) continue;
      for (const due of duesIn(clause.text, ctx.document)) {
        let owner = clauseSubject ?? null;
        let how: string = owner ? 'subject' : 'none';
        if (!owner && clause.offset > 0) {
          const locality = localityBefore(clause.text, due.start);
          if (locality) {
            owner = locality;
            how = 'locality';
          }
        }
        if (!owner) {
          owner = sentenceOwner.owner;
          how = sentenceOwner.how;
        }
        const confidence =
          (due.marked ? 0.85 : 0.7) *
          (how === 'subject' || how === 'heading' || how === 'lead-in'
            ? 1
            : how === 'locality' || how === 'previous'
              ? 0.85
              : 0.7);
        if (label && clause.offset === 0) labelOwner = owner;
        items.push(
          item(ctx, clause.offset === 0 && clausesOf(sentence).length === 1 ? sentence : clause, {
            kind: 'deadline',
            confidence: Math.round(confidence * 100) / 100,
            owner,
            task: taskTitle(clause.text),
            due: due.due,
            dueText: due.dueText,
            ...(how === 'previous' ? { context: PREVIOUS_SUBJECT } : {}),
          }),
        );
      }
    }
  }
  return { items, sentences };
}

/**
 * "chỉ đạo … lập kế hoạch xử lý … trong tháng 4 năm 2020 … và gửi kết quả về Sở Xây dựng": a date
 * bounds the verb it is written with; the sending joined after it by "và" is a duty of its own,
 * with no time of its own.
 */
function splitAtSending(clause: Clause, doc: DocumentContext): Clause[] {
  const dues = duesIn(clause.text, doc).filter((d) => d.marked);
  const last = dues[dues.length - 1];
  if (!last) return [clause];
  // "báo cáo sơ kết … trước ngày 20/01 và báo cáo tổng kết … trước ngày 10/7": two reports, each
  // with its own day
  const [first, second] = dues;
  if (first && second) {
    // (or ",": "báo cáo 6 tháng trước ngày 10/6/2026, báo cáo năm trước ngày 10/11/2026")
    const joined = /(?:\s+và|,)\s+(?=(?:gửi|báo cáo|nộp|trình)(?![\p{L}]))/gu;
    joined.lastIndex = first.end;
    const j = joined.exec(clause.text);
    // (not inside a bracket that details the one report: "báo cáo … (báo cáo 6 tháng trước ngày
    // 20/6, báo cáo năm trước ngày 20/11)")
    const inBracket =
      j !== null &&
      (clause.text.slice(0, j.index).match(/\(/gu)?.length ?? 0) >
        (clause.text.slice(0, j.index).match(/\)/gu)?.length ?? 0);
    if (j && !inBracket && j.index < second.start) {
      const tailStart = j.index + j[0].length;
      // "… hoàn thành kiểm đếm trước 18 giờ ngày D1 và báo cáo UBND huyện … trước 7 giờ ngày D2": a
      // deadline with its own day, then a report with its own; so is a sending with its own day
      // ("đăng ký công trình … về Văn phòng … trước ngày D1 và báo cáo kết quả … chậm nhất ngày D2";
      // a draft finished by one day and sent by another: "hoàn chỉnh dự thảo … trước ngày 20.3 và
      // gửi Ban Thường vụ … chậm nhất ngày 31.3")
      const tailText = clause.text.slice(tailStart);
      if (isReportClause(tailText) || isSubmitClause(tailText))
        return [
          { ...sliceMapped(clause, 0, j.index), offset: clause.offset },
          {
            ...sliceMapped(clause, tailStart, clause.text.length),
            offset: clause.offset + tailStart,
          },
        ];
    }
  }
  const re = /\s+và\s+(?=(?:gửi|báo cáo|nộp|trình)(?![\p{L}]))/gu;
  re.lastIndex = last.end;
  const m = re.exec(clause.text);
  if (!m) return [clause];
  const head = clause.text.slice(0, m.index);
  const tail = clause.text.slice(m.index + m[0].length);
  if (isReportClause(head) || isSubmitClause(head)) return [clause];
  if (!isReportClause(tail) && !isSubmitClause(tail)) return [clause];
  const tailStart = m.index + m[0].length;
  return [
    { ...sliceMapped(clause, 0, m.index), offset: clause.offset },
    { ...sliceMapped(clause, tailStart, clause.text.length), offset: clause.offset + tailStart },
  ];
}

/** "tại Kỳ họp thường lệ giữa năm 2030 của", "tại các kỳ họp … của": a council's session. */
const SESSION_OF =
  /^[^.;]{0,80}?(?<![\p{L}])tại\s+(?:các\s+)?[Kk]ỳ\s+họp(?![\p{L}])[^.;()]{0,60}?\scủa\s+(?=\p{Lu})/u;

/**
 * The recipient the last report of a text names ("… báo cáo ổ dịch mới về CDC thành phố …; "):
 * the next report of the sentence that names none goes there too. Null when none.
 */
function recipientBefore(text: string): string | null {
  const parts = text.split(';').filter((p) => p.trim() !== '');
  for (const part of parts.reverse()) {
    const verb = reportVerbIn(part);
    if (verb) {
      const after = part.slice(verb.index + verb[0].length);
      const toward =
        /^[^.;()]{0,160}?\s(?:gửi(?:\s+(?:về|đến|tới|cho))?|về|đến|tới|lên|cho)\s+(?=\p{Lu})/u.exec(
          after.replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length)),
        );
      const to = agencyAfter(after) ?? (toward ? agencyAfter(after.slice(toward[0].length)) : null);
      if (to) return to;
    }
    const sent = submitted(part);
    if (sent?.to) return sent.to;
  }
  return null;
}

/**
 * "Các Phòng GDĐT đôn đốc các cơ sở giáo dục … cập nhật dữ liệu, nộp báo cáo …": the body that
 * urges, for a report after a comma or ";" that follows the urged bodies' own verb; else null
 * ("Giao Phòng Nội vụ đôn đốc các xã báo cáo UBND huyện …" leaves the report to the communes).
 */
function urgingBody(sentence: string, reportAt: number): string | null {
  const m =
    /^\s*(?:[-+•]\s*)?((?:các\s+)?\p{Lu}[^,;:]{1,100}?)\s+đôn đốc\s+[^,;.:]{3,160}?[,;]/u.exec(
      sentence,
    );
  if (!m?.[1] || reportAt < m[0].length) return null;
  if (!AGENCY_START.test(m[1]) || /^Giao(?![\p{L}])/u.test(m[1])) return null;
  return subjectOf(`${m[1]} gửi`);
}

/** Between two days of one report duty: "… và cả năm …", "… và quý IV …" (the verb left out). */
const ELIDED_SECOND_REPORT =
  /^\s*,?\s*và\s+(?:cả năm|năm|quý\s+(?:[IV]+|\d)|(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?)(?:\s+\d{4})?\s+(?:(?:trước|chậm nhất|muộn nhất)\s+)?(?:ngày\s*)?$/iu;

function reportItems(
  ctx: DutyContext,
  sentence: Sentence,
  clause: Clause,
  from: string | null,
  how: string,
  cellDue?: DueFound,
): ExtractItem[] {
  const text = clause.text;
  const found = reportVerbIn(text);
  // "dự thảo báo cáo chính trị": a document being drafted, not a duty to report
  const verb =
    found && !/(?:dự thảo|xây dựng|hoàn chỉnh|hoàn thiện)\s+$/iu.test(text.slice(0, found.index))
      ? found
      : null;
  const submit = submitted(text, sentence.text.slice(0, clause.offset), cellDue !== undefined);
  const at = verb && (!submit || verb.index <= submit.index) ? verb.index : (submit?.index ?? -1);
  if (at < 0) return [];
  const after = verb ? text.slice(verb.index + verb[0].length) : text.slice(at);
  const drafted = verb ? null : DRAFTED.exec(text.slice(0, at));
  // "báo cáo về X", "báo cáo X", "xây dựng báo cáo …, gửi về X", "trình X", else the lead-in's X
  // "báo cáo tiến độ hằng tháng về UBND huyện", "báo cáo ngay cho Chi cục Kiểm lâm khi …": the
  // object and an adverb before the recipient
  // (a bracket before the recipient, "(số liệu tính đến …)", is blanked out, its length kept)
  const toward = verb
    ? /^[^.;()]{0,160}?\s(?:gửi(?:\s+(?:về|đến|tới|cho))?|về|đến|tới|lên|cho)\s+(?=\p{Lu})/u.exec(
        after.replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length)),
      )
    : null;
  // "báo cáo kết quả tại Kỳ họp thường lệ giữa năm 2030 của HĐND tỉnh": a report made at a
  // council's session goes to the council
  const session = verb ? SESSION_OF.exec(after) : null;
  // "Trung tâm Kiểm soát bệnh tật thành phố Hà Lâm (CDC Hà Lâm) … báo cáo … về CDC trước …": a
  // body by the initials the text gave it in brackets
  const initials = toward
    ? /^(\p{Lu}{2,6})(?![\p{L}])/u.exec(after.slice(toward[0].length))?.[1]
    : undefined;
  const defined =
    initials !== undefined &&
    new RegExp(`\\(${initials}(?![\\p{L}])`, 'u').test(ctx.block.block.text)
      ? initials
      : null;
  const named =
    (verb ? agencyAfter(after) : null) ??
    (toward ? agencyAfter(after.slice(toward[0].length)) : null) ??
    defined ??
    submit?.to ??
    (session ? agencyAfter(after.slice(session.index + session[0].length)) : null) ??
    ctx.scope?.to ??
    (verb ? roleAfter(after) : null) ??
    null;
  // "UBND huyện có văn bản đề nghị các xã rà soát …. Thời hạn gửi báo cáo: Trước ngày D.": a
  // sentence that goes on with the subject of the one before goes back to the body that asked there
  const before =
    how === 'previous'
      ? splitSentences(ctx.block.block)
          .filter((x) => x.offset < sentence.offset)
          .pop()
      : undefined;
  const requester =
    named === null
      ? (requesterOf(sentence.text) ?? (before ? requesterOf(before.text) : null))
      : null;
  const to = named ?? requester;
  const via =
    /\(?\s*(?:qua|thông qua)\s+((?:Ban|Văn phòng|Ủy ban|Uỷ ban|UBND|Phòng|Sở|Cục|Hệ thống)[^)\s,;]*(?:\s+[^)\s,;]+){0,6})\)?/u
      .exec(text)?.[1]
      ?.replace(/\s+(?:trước|chậm|định|hằng)[\s\S]*$/u, '')
      .replace(/[.:]+$/u, '')
      .trim() ??
    ctx.scope?.via ??
    null;
  // "báo cáo kinh tế - xã hội tháng của các phòng, ban gửi về …": the report named as the subject,
  // its sender after "của"
  const ofSender = verb
    ? /^[^.;]{0,80}?\scủa\s+((?:các\s+)?\p{L}[^.;()]{2,60}?)\s+(?:gửi|nộp)(?![\p{L}])/u.exec(
        after,
      )?.[1]
    : undefined;
  const own = subjectBefore(text, at);
  // "Dự thảo báo cáo chính trị của các đảng bộ cơ sở gửi Văn phòng Huyện ủy …": a document as the
  // subject, sent by the bodies it is of
  // (not when the clause opens with the drafting verb, its subject left out: "xây dựng chương
  // trình hành động của đơn vị, gửi về Thị đoàn …" is the unit's own programme, sent by the body
  // the sentence names; "Dự thảo báo cáo chính trị của …" opens with the draft, a noun)
  const nounSender =
    !verb && own === null && !(drafted && drafted.index <= 2 && !/^dự thảo/iu.test(drafted[0]))
      ? /^\s*(?:[-+•]\s*)?\p{L}[^.;:,]{0,80}?\scủa\s+((?:các\s+)?\p{L}[^.;:()]{2,60}?)[\s,]*$/u.exec(
          text.slice(0, at),
        )?.[1]
      : undefined;
  // "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố định kỳ báo cáo …": bodies listed
  // with ";" before the verb are one subject, though the clause starts at the last of them
  const listed = sentence.text.slice(0, clause.offset);
  const earlier =
    own !== null && /;\s*$/u.test(listed) ? subjectOf(`${listed.replace(/;\s*$/u, '')} gửi`) : null;
  const whole =
    earlier !== null && earlier.length >= listed.replace(/^[\s\-+•]+|[;\s]+$/gu, '').length - 1
      ? `${earlier}; ${own}`
      : own;
  // "Giao Sở Y tế chịu trách nhiệm đôn đốc các đơn vị, địa phương, tổng hợp báo cáo gửi về UBND
  // tỉnh …": the body a sentence assigns does every verb of it; the bodies it urges are objects
  // (only for the compiling: "Giao Phòng Nội vụ đôn đốc các xã báo cáo …" leaves the report to the
  // communes urged)
  const assigned = /(?<![\p{L}])tổng hợp(?![\p{L}])[^.;]{0,60}$/u.test(text.slice(0, at))
    ? assignedBody(sentence.text)
    : null;
  // "Các Phòng GDĐT đôn đốc các cơ sở giáo dục … cập nhật dữ liệu, nộp báo cáo … về Sở": after
  // the urged bodies' own verb, a comma goes back to the body that urges them; so does a clause
  // after ";" with no subject of its own ("…; định kỳ hằng tháng, … báo cáo … về Sở GDĐT")
  const urger = urgingBody(sentence.text, clause.offset + at);
  // "Bộ đề nghị Sở Y tế chỉ đạo các cơ sở y tế báo cáo …": the body told to report reports
  const asked = verb ? askedBodyBefore(text.slice(0, at)) : null;
  const sender =
    asked ??
    assigned ??
    (urger !== null && (clause.offset === 0 || whole === null) ? urger : null) ??
    whole ??
    (nounSender !== undefined && AGENCY_START.test(nounSender) ? nounSender : null) ??
    from ??
    ofSender ??
    ctx.scope?.from ??
    null;
  // for review: where the sender or the recipient came from when the clause does not name them
  const notes = [
    how === 'previous' && sender === from ? PREVIOUS_SUBJECT : null,
    requester !== null
      ? `người nhận là nơi yêu cầu / recipient is the body that asked: ${requester}`
      : null,
  ].filter((x) => x !== null);
  const ownDues = cellDue ? [cellDue] : duesIn(text, ctx.document).filter((d) => d.marked);
  // "…, hoàn thành … trước 17 giờ ngày 12/9/2025; báo cáo … trước 20 giờ cùng ngày": the same day
  // as the deadline before it in the sentence
  const sameDay = /(?<![\p{L}])(?:trước|chậm nhất)[^;.]{0,20}?\scùng ngày(?![\p{L}])/iu.exec(text);
  const dayBefore =
    ownDues.length === 0 && sameDay
      ? duesIn(sentence.text.slice(0, clause.offset), ctx.document)
          .filter((d) => d.marked)
          .pop()
      : undefined;
  const dues = dayBefore ? [{ ...dayBefore, dueText: sameDay?.[0] ?? dayBefore.dueText }] : ownDues;
  // "Báo cáo 6 tháng: số liệu …; báo cáo gửi … trước ngày 18/6": the kind of report the line is
  // labelled with; "hằng quý (trước …), 6 tháng (trước …) và năm (trước …)": kinds a bracket parts
  const label = /^\s*(?:[-+•]\s*)?(Báo cáo[^:;.]{0,30}):/u.exec(sentence.text)?.[1] ?? '';
  // ("Báo cáo thống kê 6 tháng: …; Sở … gửi Bộ trước ngày 20 tháng 7 hằng năm": the label's kind
  // and the clause's day are read together, so "hằng năm" only makes the half-year's day recur)
  const labelled = clause.offset > 0 && label !== '' ? `${label}: ` : '';
  // "UBND các xã cập nhật dữ liệu … trước ngày 05 hằng tháng và báo cáo kết quả 6 tháng, năm về
  // …": the day a duty joined before the report recurs on is that duty's, not the report's
  const ownRecurringBefore =
    /(?:trước|chậm nhất|vào)\s+(?:ngày\s+)?\d{1,2}\s+(?:hằng|hàng|mỗi)\s+(?:tuần|tháng|quý|năm)[^;.]*?\svà\s*$/iu.test(
      text.slice(0, at),
    );
  const reported = ownRecurringBefore ? text.slice(at) : text;
  const frequencies = [
    ...new Set([
      ...frequenciesIn(labelled + withoutNegatedReports(reported)),
      ...frequenciesIn(labelled + withoutNegatedReports(reported.replace(/\([^()]*\)/gu, ' '))),
    ]),
  ];
  // a report with no recipient is still a duty when it is timed ("Báo cáo giữa kỳ … hoàn thành
  // trước ngày 30/6/2023", "gửi báo cáo quý đúng hạn, trước ngày 15 của tháng cuối quý")
  // An untimed one ("báo cáo nhanh thiệt hại ngay sau khi mưa lũ kết thúc", "bổ sung báo cáo
  // giải trình chậm nhất 03 ngày sau buổi làm việc") goes, like a timed one, to the recipient the
  // report before it in the sentence or the list named, and is a duty then
  const carried =
    !to && dues.length === 0 && frequencies.length === 0 && verb
      ? (recipientBefore(sentence.text.slice(0, clause.offset)) ?? ctx.seriesTo ?? null)
      : null;
  if (!to && carried === null && dues.length === 0 && frequencies.length === 0) return [];
  const base = {
    kind: 'report' as const,
    from: sender,
    to: to ?? carried,
    via,
    // a drafted document sent ("xây dựng kế hoạch …, gửi Huyện ủy …") is titled by the document
    task:
      taskTitle(
        drafted ? text.slice(drafted.index) : after.replace(/^\s*(?:cho|về|lên)?\s*/u, ''),
        undefined,
      ) || 'Báo cáo',
    ...(notes.length > 0 ? { context: notes.join(' · ') } : {}),
  };
  const confidence =
    how === 'subject' || how === 'heading' || how === 'lead-in'
      ? 0.85
      : how === 'previous'
        ? 0.75
        : 0.6;
  const piece = clausesOf(sentence).length === 1 ? sentence : clause;
  const first = dues[0];
  // a day written without a year in a periodic report ("Báo cáo 6 tháng gửi trước ngày 15 tháng
  // 6", "trước ngày 20 hằng tháng") recurs: no one calendar date
  // "báo cáo … kết quả 6 tháng đầu năm trước ngày 10/7/2026 và cả năm trước ngày 25/11/2026": a
  // second report of the same duty, its verb left out, with a day of its own
  const second = dues[1];
  const elided =
    first && second && ELIDED_SECOND_REPORT.test(text.slice(first.end, second.start))
      ? second
      : undefined;
  if (first && !(first.yearless && frequencies.length > 0))
    return [first, ...(elided && !elided.yearless ? [elided] : [])].map((d) =>
      item(ctx, piece, {
        ...base,
        confidence,
        due: d.due,
        dueText: d.dueText,
        period: 'once',
      }),
    );
  if (frequencies.length > 0) {
    const phrase = /(?:định kỳ|hằng|hàng|mỗi)[^,;.]*(?:,\s*năm)?/iu.exec(text)?.[0] ?? null;
    // "trước 15 giờ thứ Sáu hằng tuần": a weekly report's day is its weekday
    const weekday = WEEKDAY_PHRASE.exec(text)?.[0] ?? null;
    return frequencies.map((period) =>
      item(ctx, piece, {
        ...base,
        confidence,
        period,
        dueText:
          first?.dueText ??
          (period === 'weekly'
            ? (weekday ?? phrase)
            : period === 'daily'
              ? (DAILY_PHRASE.exec(text)?.[0] ?? phrase)
              : phrase),
      }),
    );
  }
  const periodic = /định kỳ/iu.exec(text);
  return [
    item(ctx, piece, {
      ...base,
      confidence: confidence * 0.9,
      dueText: periodic ? 'định kỳ' : null,
    }),
  ];
}

/**
 * The tasks of a timetable flattened to one cell a paragraph ("Mốc thời gian (chậm nhất)" /
 * "Công việc phải hoàn thành" / "07/02/2021" / "Thành lập Ủy ban bầu cử …"): each task is due on
 * the date of the cell above it; one that sends something to a body is a report.
 */
export function timetableItems(
  ctx: DutyContext,
  cell: DueFound,
  ownerCell: string | null = null,
): ExtractItem[] {
  const items: ExtractItem[] = [];
  for (const sentence of splitSentences(ctx.block.block)) {
    const whole: Clause = { ...sentence, offset: 0 };
    // a table's lead column names who does it; else the agency that opens the sentence
    const owner = ownerCell ?? subjectOf(sentence.text);
    if (isReportClause(sentence.text) || isSubmitClause(sentence.text, '', true)) {
      const found = reportItems(ctx, sentence, whole, owner, owner ? 'subject' : 'none', cell);
      if (found.length > 0) {
        items.push(...found);
        continue;
      }
    }
    items.push(
      item(ctx, sentence, {
        kind: 'deadline',
        confidence: owner ? 0.7 : 0.6,
        owner,
        task: taskTitle(sentence.text),
        due: cell.due,
        dueText: cell.dueText,
      }),
    );
  }
  const note = `thời hạn theo ô / due from the cell «${cell.dueText}»`;
  return items.map((i) => ({ ...i, context: i.context ? `${note} · ${i.context}` : note }));
}

/** The last day a timetable's date cell allows ("Khoảng 22/02/2021 đến 27/02/2021" → 27/02). */
export function cellDue(text: string, doc: DocumentContext): DueFound | undefined {
  const last = datesIn(text, doc)
    .map(({ m }) => m)
    .filter((m) => m.expression.kind === 'day')
    .pop();
  if (!last) return undefined;
  return {
    due: formatIsoDate(lastDayOf(last.expression)),
    dueText: text.trim(),
    start: last.start,
    end: last.end,
    marked: true,
    yearless: !last.explicitYear,
  };
}
