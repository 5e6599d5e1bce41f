/**
 * Indicators: numbered lists of chỉ tiêu ("(1) … 2,5 - 3%") and targets inside sentences ("Tỷ lệ …
 * đạt 84,3% vào năm 2025 và 85% vào năm 2030"), each target its own item with its operator, value
 * or range, unit and year. The year comes from the sentence ("vào năm 2025", "Đến năm 2030, …",
 * "Giai đoạn 2021 - 2030, …"), else from the nearest heading that names one ("… đến năm 2030",
 * "… NĂM 2024").
 */
import { formatIsoDate, readCompoundAmount } from '@dondoc/core';
import { isHistoryHeading } from './context.js';
import { findDateExpressions, lastDayOf } from './core-parsers.js';
import type { DateMatch } from './core-parsers.js';
import { periodEndYear } from './frame.js';
import type { DutyContext } from './duties.js';
import { clausesOf } from './duties.js';
import type { Clause } from './duties.js';
import { subjectOf } from './owners.js';
import { originalSpan, sliceMapped, trimMapped } from './prepare.js';
import type { Mapped, Sentence } from './prepare.js';
import { qualifierOp, readViNumber } from './qualifiers.js';
import { EMPTY_ITEM } from './types.js';
import type { ExtractItem, TargetOp } from './types.js';

const TARGET_SECTION = /mục tiêu|chỉ tiêu/iu;
const TASK_SECTION = /nhiệm vụ|giải pháp|tổ chức thực hiện/iu;
/** A value, a range of two ("9 - 10"), or a count of a whole ("3/4 trường học": 3 of 4). */
// (a range may write its unit twice when it is "%": "từ 12% đến 15%", "5% - 10%", as the checker
// reads it)
const NUMBER =
  /(?<![\p{L}\d/.,-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:(?:\s*%(?=\s*(?:[-–—]\s*|(?:đến|tới)\s+)\d[\d.,]*\s*%))?(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)|\/(\d{1,3}))?(?![\d/])/gu;
const UNIT_STOP =
  /^(?:vào|đến|năm|trở|trong|đạt|và|tăng|giảm|so|theo|của|trên|dưới|khi|được|có|là|chiếm|tại|cho|với|từ|ở|thuộc)$/u;
/** Words after a number that are no unit of a target ("19 tiêu chí" names a standard: "đạt 19 tiêu chí nông thôn mới"). */
const NOT_UNIT =
  /^(?:tuổi|lần|chỉ|năm|tháng|ngày|giờ|loại|khóa|khoá|lần thứ|nhiệm|quý|đợt|điểm|tiêu chí)$/u;
/** "… 95% vào năm 2025", "… 100% dự toán trong năm 2026": the year a target writes after its value. */
const YEAR_AFTER =
  /^\s*(?:(?:dự toán|kế hoạch)(?:\s+vốn)?\s+)?(?:,\s*)?(?:vào|đến|trong|tới)?\s*(?:năm|cuối năm)\s+(\d{4})(?!\s*[-–]\s*\d)/u;

interface Found {
  /** Where the words of this target start (after the previous target). */
  readonly from: number;
  readonly start: number;
  readonly end: number;
  readonly op: TargetOp;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string;
  readonly year: string | null;
  readonly name: string;
  readonly explicitOp: boolean;
  /** The year is written with this target. */
  readonly ownYear: boolean;
  readonly pushedSegment: string;
  /** The target's words are left out ("…, 25 xã …"): it goes on from the target before it. */
  readonly elided: boolean;
}

function unitAfter(text: string): { unit: string; length: number } | undefined {
  const pct = /^\s*%(?:\s*\/\s*năm)?/u.exec(text);
  if (pct) return { unit: pct[0].replace(/\s+/g, ''), length: pct[0].length };
  // "giảm 1 - 1,5 điểm %": percentage points
  const points = /^\s*điểm\s*(?:%|phần trăm)/u.exec(text);
  if (points) return { unit: 'điểm %', length: points[0].length };
  const words: string[] = [];
  let length = 0;
  const re = /^\s*([\p{L}]+(?:\/[\p{L}]+(?:\s+dân)?)?)/u;
  let rest = text;
  while (words.length < 3) {
    const m = re.exec(rest);
    if (!m?.[1]) break;
    const w = m[1];
    if (UNIT_STOP.test(w.toLocaleLowerCase('vi'))) break;
    // the second syllable of a unit noun: "tỷ đồng", "lao động", "sản phẩm", "đảng viên", "doanh nghiệp"
    // (after a scale, the noun it counts: "1,2 triệu lượt khách", "3 nghìn hội viên")
    const scaled = words.length === 1 && /^(?:triệu|nghìn|ngàn|tỷ|vạn)$/u.test(words[0] ?? '');
    if (
      words.length > 0 &&
      !scaled &&
      !/^(?:đồng|dân|bệnh|sĩ|người|ha|tấn|km|USD|giường|động|phẩm|viên|nghiệp|khách|chí|học|sở)$/u.test(
        w.split('/')[0] ?? w,
      ) &&
      // an acronym naming the kind: "sản phẩm OCOP"
      !(/^\p{Lu}{2,6}$/u.test(w) && words[words.length - 1] === 'phẩm')
    )
      break;
    words.push(w);
    length += m[0].length;
    rest = rest.slice(m[0].length);
    if (w.includes('/')) break;
  }
  if (words.length === 0) return undefined;
  const unit = words.join(' ');
  if (NOT_UNIT.test(unit.toLocaleLowerCase('vi')) || /^chỉ tiêu/u.test(unit)) return undefined;
  if (/^[\p{Lu}]/u.test(unit) && !/^(?:USD|VND|EUR|ha|km)$/u.test(unit)) return undefined;
  return { unit, length };
}

const NAME_TRAIL =
  /(?:\s+|^)(?:ước đạt|đạt|chiếm|là|còn|giảm|xuống|tăng|khoảng|trên|dưới|ít nhất|tối thiểu|không quá|tối đa|từ|có|hơn|vượt|được|trở lên|phấn đấu|ước|gần|xấp xỉ)(?:\s+|$)$/iu;

function cleanName(raw: string): string {
  let t = raw
    .replace(/^[\s,;:.)-]+/u, '')
    .replace(/^(?:và|trong đó|trong đó có)[\s,]+/iu, '')
    // "Theo đó, Châu Đức phấn đấu đưa giá trị sản xuất …": the connective and the body that strives
    // are not the indicator's name
    .replace(/^(?:Theo đó|Cụ thể|Đồng thời|Bên cạnh đó)\s*,\s*/iu, '')
    .replace(/^[^,;:]{1,60}?\s+phấn đấu\s+(?:đưa\s+)?(?=\p{L})/iu, '')
    .replace(/^\(\d{1,3}\)\s*/u, '')
    .replace(/^(?:Đến|Vào)\s+năm\s+\d{4}\s*,\s*/iu, '')
    .replace(/^Giai đoạn\s+\d{4}\s*[-–]\s*\d{4}\s*,\s*/iu, '')
    .replace(/^(?:Phấn đấu|Phần đầu|Có|Duy trì|Bảo đảm|Đảm bảo)\s+/iu, '');
  for (let i = 0; i < 4; i += 1) t = t.replace(NAME_TRAIL, '').trim();
  t = t.replace(/[\s,;:]+$/u, '');
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
}

/** Targets in one clause. `carry` holds the operator and name of the clause before, for ellipsis. */
function targetsIn(
  text: string,
  contextYear: string | null,
  carry: { op: TargetOp; name: string } | null,
): Found[] {
  const out: Found[] = [];
  const leadYear =
    /^(?:[^,]*?\s)?(?:Đến|đến|Vào|vào)\s+năm\s+(\d{4})\s*,/u.exec(text)?.[1] ??
    /(?:Giai đoạn|giai đoạn)\s+(\d{4}\s*[-–]\s*\d{4})\s*,/u.exec(text)?.[1]?.replace(/\s+/g, '') ??
    // "giải ngân vốn đầu tư công đến ngày 31/01/2026 đạt 100% kế hoạch": a target bounded by a day
    // is one of that day's year (not a data cut-off, "tính đến ngày …")
    /(?<!tính\s)(?<![\p{L}])(?:đến|tới)\s+(?:hết\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})(?=[^;\d]{0,80}\d)/u.exec(
      text,
    )?.[1] ??
    null;
  let prevEnd = 0;
  let last: { op: TargetOp; name: string } | null = carry;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    if (start < prevEnd) continue;
    const before = text.slice(0, start);
    // a year, a month, an ordinal ("Kỳ họp thứ 17", "lần thứ XX") or a number in a name is no target
    // ("hằng năm 10 - 11%" is a yearly rate, not a year)
    if (/(?:(?<!(?:hằng|hàng|mỗi)\s)năm|Năm|tháng|quý|số|khóa|khoá|thứ|\()\s*$/u.test(before))
      continue;
    // "Đề án 06", "Chương trình 135", "Dự án 5": a number that names a scheme, not a count
    if (/(?<![\p{L}])(?:Đề án|Dự án|Chương trình|Tiểu dự án)\s*$/u.test(before)) continue;
    // "Tỷ lệ phụ nữ có thai được tiêm từ 2 mũi trở lên: từ 90% trở lên": a number in the label of a
    // "label: value" target is part of its name
    if (/^\s*\p{L}[^:;.,%\d]{0,40}:\s*[^;:\d]{0,30}\d/u.test(text.slice(start + m[0].length)))
      continue;
    // "báo cáo UBND tỉnh trước ngày 25 hằng tháng", "vào ngày 10 và ngày 11 hằng tháng": the day of
    // a month after "ngày" is a time, not a value
    if (/(?<![\p{L}])[Nn]gày\s*$/u.test(before)) continue;
    // "không để xảy ra vụ ngộ độc thực phẩm từ 30 người mắc trở lên", "không để xảy ra ùn tắc kéo
    // dài trên 2 giờ": the size of an event that must not happen describes it, it is no target
    if (/(?<![\p{L}])không để\s+(?:xảy ra|phát sinh|tái diễn)(?![\p{L}])[^;]*$/iu.test(before))
      continue;
    // "học sinh lớp 5 hoàn thành chương trình …", "khối 9": a school grade, not a value
    if (/(?<![\p{L}])(?:[Ll]ớp|[Kk]hối)\s*$/u.test(before)) continue;
    const a = m[1] ?? '';
    const b = m[2];
    const first = readViNumber(a);
    const second = b === undefined ? undefined : readViNumber(b);
    if (first === undefined) continue;
    // "3/4 trường học" is a count of 3 (of 4); "15/10" after "ngày" or a numerator above its whole
    // is a day, not a share
    const whole = m[3] === undefined ? undefined : readViNumber(m[3]);
    if (whole !== undefined && (first > whole || /ngày\s*$/iu.test(before))) continue;
    // a bare year is no value, but "2.025 lao động" (a thousands dot) is a count
    const isYear = (raw: string, n: number): boolean =>
      /^\d{4}$/u.test(raw) && n >= 1900 && n <= 2100;
    if (!b && isYear(a, first)) continue;
    // "nhiệm kỳ 2021-2026", "giai đoạn 2025 - 2030": a period, not a range of values
    if (b && second !== undefined && isYear(a, first) && isYear(b, second)) continue;
    const afterNumber = text.slice(start + m[0].length);
    const compound =
      b === undefined && whole === undefined ? readCompoundAmount(afterNumber) : undefined;
    const amount = compound ? Math.round(first * 1000 + compound.lower) / 1000 : first;
    const found =
      compound ??
      unitAfter(afterNumber) ??
      // "Tuổi thọ bình quân đạt khoảng 75,5 tuổi": an age is the unit of a life expectancy
      (/tuổi thọ/iu.test(before) && /^\s*tuổi(?![\p{L}])/u.test(afterNumber)
        ? { unit: 'tuổi', length: (/^\s*tuổi/u.exec(afterNumber)?.[0] ?? '').length }
        : undefined) ??
      // "thu nhập … tăng ít nhất 1,6 lần so với năm 2025", "gấp 2 lần": a rise by a multiple is
      // counted in times (not "2 lần/năm", how often, nor the growth written right after another
      // value: "ước đạt 16.000 tỷ đồng tăng gần gấp 3 lần so với năm 2020")
      (/(?<![\p{L}])(?:tăng|gấp|nâng lên)(?:\s+(?:ít nhất|tối thiểu|trên|hơn|khoảng|từ))?\s*$/iu.test(
        before,
      ) &&
      !/(?<![\d.,])(?!(?:19|20)\d{2}(?!\d))\d[\d.,]*\s*[%\p{L}][\p{L}\s/]{0,20}?\s*,?\s*(?:tăng|gấp|nâng lên)(?:\s+\p{L}+){0,2}\s*$/u.test(
        before,
      ) &&
      /^\s*lần(?![\p{L}])(?!\s*\/)/u.test(afterNumber)
        ? { unit: 'lần', length: (/^\s*lần/u.exec(afterNumber)?.[0] ?? '').length }
        : undefined) ??
      // "100% thôn tổ chức ra quân ít nhất 02 đợt trong tháng 8/2030": rounds of a campaign to hold
      // at least are counted (a bare "đợt 2" or "02 đợt kiểm tra" names a round, no target)
      (/(?<![\p{L}])(?:ít nhất|tối thiểu|không dưới)\s*$/iu.test(before) &&
      /^\s*đợt(?![\p{L}])(?!\s*\/)/u.test(afterNumber)
        ? { unit: 'đợt', length: (/^\s*đợt/u.exec(afterNumber)?.[0] ?? '').length }
        : undefined) ??
      // "phấn đấu đạt thêm 02 tiêu chí nông thôn mới nâng cao": criteria to gain are counted (not
      // "đạt 19 tiêu chí", which names the standard)
      (/(?<![\p{L}])thêm\s*$/u.test(before) && /^\s*tiêu chí(?![\p{L}])/u.test(afterNumber)
        ? { unit: 'tiêu chí', length: (/^\s*tiêu chí/u.exec(afterNumber)?.[0] ?? '').length }
        : undefined) ??
      // "Điểm chất lượng … đạt tối thiểu 3,4 điểm", "chỉ số PAPI đạt 43,5 điểm": a score with
      // decimals, named as a score before it, is counted in points (as the checker reads it), not
      // a place or an item of a list
      (/,\d/u.test(a) &&
      /^\s*điểm(?![\p{L}])/u.test(afterNumber) &&
      /(?:điểm|chỉ số)[^;.]{0,80}$/iu.test(before)
        ? { unit: 'điểm', length: (/^\s*điểm/u.exec(afterNumber)?.[0] ?? '').length }
        : undefined) ??
      // "thời gian khắc phục sự cố … không quá 4 giờ", "thời gian giải quyết hồ sơ tối đa 3 ngày": a
      // time limit is counted in its hours or days
      (/thời gian[^;.]{0,120}(?:không quá|không vượt quá|tối đa|dưới)\s*$/iu.test(before) &&
      /^\s*(?:giờ|ngày|phút)(?![\p{L}])/u.test(afterNumber)
        ? {
            unit: /^\s*(giờ|ngày|phút)/u.exec(afterNumber)?.[1] ?? '',
            length: (/^\s*(?:giờ|ngày|phút)/u.exec(afterNumber)?.[0] ?? '').length,
          }
        : undefined) ??
      // "Chỉ số phát triển con người (HDI) đạt khoảng 0,78.": an index has no unit
      (/(?:chỉ số|hệ số)[^;,.]{0,60}(?:đạt|khoảng|trên|dưới|từ)\s*(?:khoảng\s*)?$/iu.test(before) &&
      /^\s*(?:[.;,]|$)/u.test(afterNumber)
        ? { unit: '', length: 0 }
        : undefined);
    if (!found) continue;
    // "trên 1 ha", "/1 vạn dân" inside a name is the denominator of a per-unit indicator, not a
    // target, when a value follows ("giá trị sản phẩm trên 1 ha đất trồng trọt đạt 165 triệu đồng")
    if (first === 1 && !b && /(?:trên|\/)\s*$/u.test(before) && /\d/u.test(afterNumber)) continue;
    // "số bác sĩ trên 10.000 dân đạt 15,2 bác sĩ": a denominator of people in the name, not a target
    if (
      !b &&
      /(?:trên|\/)\s*$/u.test(before) &&
      /^\s*(?:vạn\s+)?dân(?![\p{L}])[^;.]*?\d/u.test(afterNumber)
    )
      continue;
    // "12 bác sĩ trên 1 vạn dân": the denominator belongs to the unit
    const perCapita =
      /^\s*(?:trên|\/)\s*(?:1\s+)?(?:vạn|nghìn|1\.000|10\.000|100\.000)\s+dân/u.exec(
        afterNumber.slice(found.length),
      );
    const unit = perCapita
      ? {
          unit: `${found.unit}${perCapita[0].replace(/\s+/gu, ' ')}`,
          length: found.length + perCapita[0].length,
        }
      : found;
    let end = start + m[0].length + unit.length;
    const tail = text.slice(end);
    const yearMatch = YEAR_AFTER.exec(tail);
    if (yearMatch) end += yearMatch[0].length;
    const segment = text.slice(prevEnd, start);
    const after = text.slice(start + m[0].length + unit.length);
    let op = qualifierOp(segment, after, second !== undefined);
    // "tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1%": a yearly change is the target's own wording,
    // read as a bare value (">=") as the checker reads it
    const explicitOp = op !== undefined || YEARLY_CHANGE.test(segment);
    const elided = /^[\s,]*(?:và|,)?[\s,]*$/u.test(
      segment.replace(/(?:vào|đến)\s+năm\s+\d{4}/gu, ''),
    );
    let name = cleanName(segment);
    let yearFollowing: string | undefined;
    let nameFollows = false;
    // "… đạt 3.563 tỷ đồng, tăng 4,18% so với cùng kỳ": a rise written right after a target is that
    // target's growth, named by it and by what it is measured against
    const rise = /(?:^|[\s,])(tăng|giảm)(?:\s+(?:khoảng|trên|thêm))?\s*$/iu.exec(segment);
    const against = /^\s*(so với\s+[^;,.()]+?)\s*(?=[;,.(]|$)/iu.exec(after);
    if (name === '' && last && last.name !== '' && rise?.[1] && against?.[1]) {
      name = `${last.name} (${rise[1].toLowerCase()} ${against[1].trim()})`;
      nameFollows = true;
      end = Math.max(end, start + m[0].length + unit.length + against[0].length);
    }
    if (name === '' && unit.unit.startsWith('%')) {
      const following =
        // (a second target joined by "và", its qualifier before its value: "100% cán bộ và trên
        // 90% hội viên …", "… và ít nhất 80% …")
        // (or a second target in the same words, its qualifier before its count: "100% thôn tổ
        // chức ra quân ít nhất 02 đợt …")
        /^\s*([^;,]*?)(?=\s+(?:vào|đến)\s+năm|\s+và\s+(?:(?:trên|dưới|từ|ít nhất|tối thiểu|khoảng|hơn|gần|không dưới|không quá)\s+)?\d|\s+(?:ít nhất|tối thiểu|không dưới)\s+\d|[;,]|$)/u.exec(
          after,
        )?.[1] ?? '';
      if (/^\p{Ll}/u.test(following.trim())) {
        name = cleanName(following);
        nameFollows = true;
        // the words after the value are this target's name: the next target starts after them
        const afterStart = start + m[0].length + unit.length;
        end = Math.max(end, afterStart + after.indexOf(following) + following.length);
        yearFollowing = /^[^;\d]*?(?:vào|đến)\s+năm\s+(\d{4})(?!\s*[-–]\s*\d)/u.exec(after)?.[1];
      }
    }
    // "Đội ngũ: 100% giáo viên đạt chuẩn trình độ đào tạo vào năm 2027": a labelled target's own
    // year, written after its words (so is one a body is to ensure: "bảo đảm 100% xã, phường có
    // trụ sở … trong năm 2026")
    const ensured = ENSURE_BEFORE.test(segment);
    if (!nameFollows && yearMatch === null && (/:\s*$/u.test(segment) || ensured)) {
      const by = (
        ensured
          ? /^([^;\d]*?(?:vào|đến|trong)\s+(?:hết\s+|cuối\s+)?năm\s+(\d{4}))(?!\s*[-–]\s*\d)/u
          : /^([^;\d]*?(?:vào|đến)\s+(?:hết\s+|cuối\s+)?năm\s+(\d{4}))(?!\s*[-–]\s*\d)/u
      ).exec(after);
      if (by?.[1] && by[2]) {
        yearFollowing = by[2];
        end = Math.max(end, start + m[0].length + unit.length + by[1].length);
      }
    }
    // "…; 100% trường học đạt chuẩn quốc gia": a clause that opens with its value and names it
    // after is a target of its own, not the clause before it again
    if (!op) op = elided && last && !(nameFollows && prevEnd === 0) ? last.op : '>=';
    if (name === '' && last) name = last.name;
    let finalUnit = unit.unit;
    const per = new RegExp(
      `${finalUnit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\p{L} ]{0,12}/[\\p{L}]+(?: dân)?`,
      'u',
    ).exec(name);
    if (per && !finalUnit.includes('/')) finalUnit = per[0];
    const ownYear = yearMatch?.[1] ?? yearFollowing;
    const year = ownYear ?? leadYear ?? contextYear;
    const between = second !== undefined;
    if (op === 'between' && !between) op = '>=';
    out.push({
      from:
        prevEnd === 0
          ? 0
          : prevEnd +
            (text.slice(prevEnd, start).length -
              text.slice(prevEnd, start).replace(/^[\s,;]+(?:và\s+)?/u, '').length),
      start,
      end,
      op,
      value: between ? null : amount,
      min: between ? Math.min(first, second) : null,
      max: between ? Math.max(first, second) : null,
      unit: finalUnit,
      year,
      name,
      explicitOp,
      ownYear: ownYear !== undefined,
      pushedSegment: segment,
      elided,
    });
    last = { op, name };
    prevEnd = end;
  }
  // "Phấn đấu 100% A và 100% B vào năm 2025": a year written after coordinated targets covers them all
  for (let i = out.length - 2; i >= 0; i -= 1) {
    const f = out[i] as Found;
    const next = out[i + 1] as Found;
    if (
      !f.ownYear &&
      next.ownYear &&
      !leadYear &&
      /(?:^|\s)và\s*$/u.test(next.pushedSegment.trimEnd() + ' ')
    ) {
      out[i] = { ...f, year: next.year, ownYear: true };
    }
  }
  return out;
}

function headingYear(ctx: DutyContext): string | null {
  for (let i = ctx.block.sections.length - 1; i >= 0; i -= 1) {
    const section = ctx.block.sections[i];
    if (!section?.heading && !section?.title.trim().endsWith(':')) continue;
    const title = ctx.block.sections[i]?.title ?? '';
    const year = periodEndYear(title.toLocaleLowerCase('vi'));
    if (year) return year;
  }
  return null;
}

/**
 * A plan that names no period of its own ("KẾ HOẠCH Ra quân tổng vệ sinh môi trường", "Thiệu Lam,
 * ngày 16 tháng 8 năm 2030") runs in the year it is dated: the targets under its own heading of
 * targets ("II- CHỈ TIÊU") with no year of their own are that year's. A plan dated in December may
 * be for the year after: no year is guessed for it, as for a plan a news lead says was adopted.
 */
function planOwnYear(ctx: DutyContext): string | null {
  const { identity } = ctx.document;
  if (identity.kind !== 'Kế hoạch' || identity.date === null) return null;
  const [year, month] = identity.date.split('-');
  return year !== undefined && month !== '12' ? year : null;
}

/** The words before the colon of "Các chỉ tiêu chủ yếu đến năm 2030: …" (a short lead-in naming targets). */
function targetLeadIn(text: string): string | undefined {
  // "Kế hoạch đặt mục tiêu ít nhất 70% …; 95% …": the values follow the announcing words with no
  // colon, every clause of the sentence a target
  const inline = INLINE_ANNOUNCE.exec(text) ?? AIM_BY_TIME.exec(text);
  if (inline?.[1]) return inline[1];
  const colon = text.indexOf(':');
  if (colon < 5 || colon > 120) return undefined;
  const lead = text.slice(0, colon);
  // "Năm 2025, huyện phấn đấu: …", "Nghị quyết Đại hội xác định đến năm 2030: …" announce targets
  // as a "Các chỉ tiêu …:" lead-in does
  return TARGET_SECTION.test(lead) || SETS_BY_YEAR.test(lead) ? lead : undefined;
}

/** A lead-in that sets what to reach, maybe by a time: "phấn đấu", "xác định đến năm 2030". */
const SETS_BY_YEAR =
  /(?<![\p{L}])(?:phấn đấu|xác định|đề ra|đặt ra)(?:\s+(?:đến|tới|trong|từ nay đến)\s+(?:hết\s+|cuối\s+)?(?:năm|giai đoạn|nhiệm kỳ)\s+[\d\s–-]{4,13})?\s*$/iu;

/**
 * Announcing words directly followed by the first target's value: "đặt mục tiêu ít nhất 70% …",
 * "Mục tiêu của đợt ra quân năm 2027 là trên 90% …", "Yêu cầu đặt ra là 100% hồ sơ …";
 * or by the change to make, maybe after the season or year it is for ("đặt mục tiêu mùa khô năm
 * nay giảm ít nhất 50% số vụ cháy rừng …", "đặt mục tiêu kéo giảm tai nạn giao thông từ 5 - 10% …").
 */
const INLINE_ANNOUNCE =
  /^(.{3,120}?(?<![\p{L}])(?:đặt|đặt ra|đề ra|xác định)\s+(?:các\s+)?(?:mục tiêu|chỉ tiêu)|(?:.{0,80}?(?<![\p{L}]))?(?:Mục tiêu|mục tiêu|Yêu cầu đặt ra|yêu cầu đặt ra)(?![\p{L}])[^.;:]{0,100}?\s+là)\s+(?=(?:(?:phấn đấu\s+)?(?:đạt\s+)?(?:ít nhất|tối thiểu|trên|dưới|khoảng|từ)\s+)?\d|(?:(?:trong\s+)?(?:mùa|vụ|đợt|tháng|quý|năm)\s+(?:\p{Ll}+\s+){0,4}?(?:này|nay|tới)\s+)?(?:kéo giảm|giảm|tăng|nâng|giữ)(?:\s+[^\s\d.,;:()]+){0,6}?\s+(?:(?:ít nhất|tối thiểu|trên|dưới|khoảng|từ|không quá|tối đa)\s+)?\d)/iu;

/**
 * A sentence that opens with the aim and its time, then a comma: "Mục tiêu đến hết năm 2033, giảm
 * ít nhất 25% …; tỷ lệ … đạt trên 80%", "Chỉ tiêu đến năm 2029, thu nhập bình quân đạt …".
 */
const AIM_BY_TIME =
  /^(\s*(?:[-+•]\s*)?(?:Mục tiêu|Chỉ tiêu)\s+(?:đến|tới|trong)\s+(?:hết\s+|cuối\s+)?(?:năm|giai đoạn|nhiệm kỳ)\s+\d{4}(?:\s*[–-]\s*\d{4})?)\s*,/u;

/** What the lead-ins above a list item say: that it lists targets, and for which year. */
export interface TargetScope {
  readonly target: boolean;
  readonly year: string | null;
  /**
   * The text has announced targets in running text ("nghị quyết đề ra một số chỉ tiêu …", "…
   * các chỉ tiêu chủ yếu gồm:"): a clause after it that states a value with a qualifier and reads
   * as no result is a target, with the year the announcement names.
   */
  readonly run?: { readonly year: string | null; readonly quote: string } | null;
}

/**
 * A result, not a target: compared with a past period, estimated, done, a share of the plan, a
 * running total ("lũy kế 7 tháng", not one to reach by a year's end: "lũy kế đến hết năm 2026"),
 * the present state ("hiện mới có 1/3 cụm đạt", "hiện nay chỉ đạt 62%").
 */
const HISTORY_CUE =
  /so với (?:cùng kỳ|năm trước|năm \d{4}|kế hoạch)|(?<![\p{L}])hiện\s+(?:có|còn)(?![\p{L}])|(?<!(?:thực|xuất|phát|thể|biểu)\s)(?<![\p{L}])hiện(?:\s+nay)?\s+(?:mới|chỉ)\s+(?:có|còn|đạt)(?![\p{L}])|(?<![\p{L}])(?:ước|đã|(?:lũy|luỹ) kế(?!\s+đến\s+(?:hết\s+|cuối\s+)?năm))(?![\p{L}])|\d\s*%\s*(?:kế hoạch|dự toán)|(?<![\p{L}])bằng\s+\d/iu;
/**
 * "… đến năm 2030 so với năm 2025 tăng 31,6%", "Đến năm 2030, thu nhập … tăng ít nhất 1,6 lần so với
 * năm 2025": a rise to reach by a later year, measured against a
 * base year, is a target, not a comparison with the past; the text without that base for
 * `HISTORY_CUE` (other cues, "ước", "đã", still mark a result).
 */
function againstBaseYear(text: string): string {
  return text.replace(
    /((?:đến|tới)\s+(?:cuối\s+)?năm\s+(\d{4})\s*,?[^;.]*?)so với năm\s+(\d{4})/giu,
    (all: string, lead: string, target: string, base: string) =>
      Number(target) > Number(base) ? lead : all,
  );
}

/**
 * "thu ngân sách hằng năm tăng từ 6% trở lên so với kế hoạch tỉnh giao": a rise the text wants at
 * least of ("từ … trở lên", "tối thiểu", "ít nhất") measured against the plan is a target, not a
 * result against it ("vượt 7% so với kế hoạch"); the text without that base for `HISTORY_CUE`.
 */
function againstPlanTarget(text: string): string {
  // (so is a share of the plan to reach at least: "giải ngân … đạt tối thiểu 15% kế hoạch", or one
  // a sentence strives for: "phấn đấu thu đạt 100% dự toán", "phấn đấu … đạt trên 95% kế hoạch vốn")
  return /trở lên|tối thiểu|ít nhất/iu.test(text) || STRIVE.test(text)
    ? text.replace(/so với kế hoạch/giu, '').replace(/(\d\s*%)\s*(?:kế hoạch|dự toán)/giu, '$1')
    : text;
}

/**
 * "Nghị quyết … đã nêu chỉ tiêu tăng trưởng … năm 2025 tối thiểu ở mức 8-10%": the past tense is the
 * announcing's, not the value's; the text without it for `HISTORY_CUE`.
 */
function withoutPastAnnouncing(text: string): string {
  return text.replace(
    /(?<![\p{L}])đã\s+(?=(?:nêu|đề ra|đặt ra|xác định|giao|thông qua)\s+(?:các\s+)?(?:chỉ tiêu|mục tiêu))/giu,
    '',
  );
}

/**
 * "Châu Đức phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng, tăng 4,18% so với cùng
 * kỳ" (or with the period to reach it in between: "đón 1,2 triệu lượt khách du lịch trong quý
 * I/2030, tăng 10% so với cùng kỳ"): in a sentence that strives, or among announced targets, the rise written after a value is how
 * much the target grows over the same period, not a result compared with the past; the text without
 * it for `HISTORY_CUE` (other cues, "ước", "đã", "lũy kế", still mark a result, and so does a year
 * before the target year: "Năm 2024 đạt …, tăng … so với cùng kỳ").
 */
function withoutTargetGrowth(text: string, targetYear: string | null): string {
  const earlier =
    targetYear !== null &&
    [...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].some(
      (m) => Number(m[0]) < Number(targetYear),
    );
  return earlier
    ? text
    : text.replace(
        /(\d[\d.,]*\s*\p{L}(?:[\p{L}\s/]{0,20}?|[^,;.]{0,40}?(?<![\p{L}])(?:trong|vào|đến)\s+(?:quý|tháng|năm)\s+[\dIV]{1,4}(?:\s*\/\s*\d{4})?)),\s*(?:tăng|giảm)\s+(?:khoảng\s+|trên\s+)?\d[\d.,]*\s*%\s+so với (?:cùng kỳ|năm trước)(?:\s+năm\s+trước)?/giu,
        '$1',
      );
}

/**
 * "… đặt mục tiêu thu thập đủ 100% hồ sơ của các thửa đất đã cấp giấy chứng nhận": in a sentence
 * that aims, "đã" after the first value describes what the target counts, not a result; the text
 * without it for `HISTORY_CUE`.
 */
function withoutObjectPast(text: string): string {
  const first = text.search(/(?<![\d/.,])(?!(?:19|20)\d{2}(?!\d))\d/u);
  if (first < 0) return text;
  return text.slice(0, first) + text.slice(first).replace(/(?<![\p{L}])đã(?![\p{L}])/gu, '');
}

/**
 * The end year of a season or school year a target is bounded by, written after it in the clause
 * ("… trong mùa khô 2025 - 2026", "… trong suốt năm học 2026 - 2027"), else null.
 */
function seasonAfter(text: string): string | null {
  const m =
    /^[^;.]{0,120}?(?<![\p{L}])(?:trong|suốt|trong suốt)\s+(?:mùa|vụ|niên vụ|năm học)(?:\s+\p{L}+){0,2}?\s+(?:năm\s+)?(?:\d{4}\s*[-–]\s*)?(\d{4})(?!\d)/u.exec(
      text,
    );
  return m?.[1] ?? null;
}

/** A part of a target set apart after it: "riêng …", "trong đó …", "đặc biệt là …". */
const SET_APART = /^\s*(?:riêng|trong đó|đặc biệt là)(?![\p{L}])/iu;
/** The same, opening the words between the target before and this value. */
const SET_APART_BEFORE = /[,;]\s*(?:riêng|trong đó|đặc biệt là)\s[^,;]*$/iu;

/** A change by a yearly amount written before the value: "tăng / giảm (bình quân) mỗi năm". */
const YEARLY_CHANGE = /(?<![\p{L}])(?:tăng|giảm)\s+(?:bình quân\s+)?(?:mỗi|hằng|hàng)\s+năm\s*$/iu;

/** Counts of what a text holds (targets, measures, groups), never a target. */
const COUNT_UNIT = /^(?:chỉ tiêu|nhóm|nhiệm vụ|giải pháp|nội dung|lĩnh vực|văn bản|báo cáo)/u;

/**
 * "Đến năm 2025, GDP bình quân đầu người …" in a paragraph: the paragraph states the targets of
 * that year (a year not before the document's).
 */
function futureLeadYear(
  text: string,
  docYear: number | undefined,
  docDate?: string,
): string | null {
  // (or "Đến hết tháng 6/2025, tỷ lệ … đạt tối thiểu 50%": a month of that year)
  const m =
    /(?:^|[.;:]\s*|,\s*)(?:Đến|đến)\s+(?:(?:cuối\s+)?năm\s+|(?:hết\s+)?tháng\s+(\d{1,2})\s*[/-]\s*)(\d{4})\s*,/u.exec(
      text,
    );
  if (!m?.[2]) return null;
  // "Đến hết tháng 02/2026, tỷ lệ … chỉ đạt 88,4%" on a page of 17/3/2026: a month over before the
  // text was issued is a data cut-off, its figures results
  if (m[1] !== undefined && docDate !== undefined) {
    const month = Number(m[1]);
    const end = `${m[2]}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(Number(m[2]), month, 0)).getUTCDate()).padStart(2, '0')}`;
    if (end < docDate) return null;
  }
  return docYear === undefined || Number(m[2]) >= docYear ? m[2] : null;
}

/**
 * "Tỷ lệ hộ dân dùng nước sạch: 98%", "Thu nhập bình quân đầu người đến năm 2025: 45 triệu
 * đồng/năm", "Tỷ lệ lao động qua đào tạo: trên 20%": a name, a colon and the value (maybe after a
 * qualifier). A label of time, place or result before the colon ("Thời gian: 5 ngày", "Kết quả:
 * 95%") is not the name of a target.
 */
function nameValue(segment: string): boolean {
  const m =
    /([^:]{3,200}):\s*(?:(?:từ|trên|dưới|khoảng|đạt|tối thiểu|ít nhất|không quá|tối đa)\s+)?$/iu.exec(
      segment,
    );
  if (!m?.[1]) return false;
  return !/(?:thời gian|thời hạn|thời điểm|ngày|hạn|địa chỉ|điện thoại|kết quả|thực hiện được|ước)\s*$/iu.test(
    m[1].trim(),
  );
}

/** Reaching a standard: "đạt chuẩn nông thôn mới nâng cao", "đạt nông thôn mới", "được công nhận". */
const ATTAIN =
  /(?<![\p{L}])(?:đạt\s+(?:chuẩn|tiêu chuẩn)|đạt\s+(?:chuẩn\s+)?(?:nông thôn mới|đô thị)|được công nhận|về đích)(?![\p{L}])/iu;
const BY_YEAR = /(?:(?:vào|đến|trong|tới)\s+)?(?:cuối\s+)?năm\s+(\d{4})(?!\s*[-–]\s*\d)/iu;

/**
 * A list of targets that also sets a standard to reach by a year ("… và đạt chuẩn nông thôn mới
 * nâng cao vào năm 2022", "(4) Đến năm 2025 xây dựng xã cơ bản đạt nông thôn mới nâng cao"): a
 * deadline at the end of that year, with no owner named. Only words after the clause's last
 * target count, and the year must be written there and not be past.
 */
function attainmentBy(
  clause: Mapped,
  after: number,
  docYear: number | undefined,
): Omit<ExtractItem, 'quote'> | undefined {
  const rest = clause.text.slice(after);
  const reach = ATTAIN.exec(rest);
  if (!reach) return undefined;
  // the words of the deadline start after the conjunction that joins them to the last target
  const joined = after > 0 ? /^.*(?:\s+và\s+|,\s*)/su.exec(rest.slice(0, reach.index)) : null;
  const from = after + (joined ? joined[0].length : 0);
  const piece = clause.text.slice(from);
  const year = findDateExpressions(piece).find(
    (d) => d.expression.kind === 'year' && d.explicitYear && BY_YEAR.test(d.phrase),
  );
  if (!year || (docYear !== undefined && yearOfMatch(year) < docYear)) return undefined;
  const trimmed = piece.replace(/[.…;,\s]+$/u, '');
  const span = originalSpan(clause, from, from + trimmed.length);
  return {
    ...EMPTY_ITEM,
    kind: 'deadline',
    span,
    confidence: 0.6,
    owner: null,
    task: trimmed.slice(0, 200),
    due: formatIsoDate(lastDayOf(year.expression)),
    dueText: year.phrase,
    context: 'mốc đạt chuẩn trong danh sách chỉ tiêu / a standard to reach, in a list of targets',
  };
}

function yearOfMatch(m: DateMatch): number {
  return lastDayOf(m.expression).year;
}

/**
 * A sentence looking back over the term or years just ended ("Sau 5 năm, tỉ lệ hộ nghèo … giảm còn
 * dưới 2,8%", "Nhiệm kỳ qua, …", "5 năm qua, …"): it states results, as a past year's lead does.
 */
const LOOK_BACK =
  /^\s*(?:Sau\s+\d+\s+năm|(?:Trong\s+)?(?:\d+\s+năm|nhiệm kỳ)\s+(?:vừa\s+)?qua|(?:Trong\s+)?(?:năm học|năm)\s+(?:trước|vừa qua))\s*,/iu;

/**
 * A lead-in that speaks of the plan named before it: "Mục tiêu của Kế hoạch:", "Chỉ tiêu theo Đề án:";
 * or of the campaign named before it: "Mục tiêu của đợt cao điểm:", "Chỉ tiêu của chiến dịch:",
 * "Mục tiêu của đợt ra quân:" (the campaign's own word, "cao điểm", "ra quân", is what the sentence
 * before names: "… triển khai kế hoạch cao điểm 60 ngày đêm … dịp cuối năm 2030").
 */
const PLAN_REFERENCE =
  /(?<![\p{L}])(?:của|theo)\s+(?:(?:đợt|Đợt)\s+(cao điểm|ra quân|tổng kiểm tra|\p{L}+)|(Kế hoạch|Chương trình|Đề án|Nghị quyết|Chỉ thị|Phương án|[Cc]hiến dịch|Tháng hành động))(?![\p{L}])/u;

/**
 * "Sở Y tế vừa ban hành Kế hoạch số 77/KH-SYT … năm 2026 …. Mục tiêu của Kế hoạch: ít nhất 95% …":
 * a lead-in that names the plan with no year of its own takes the period of the sentence before
 * it in the paragraph that names that plan.
 */
function planYearBefore(
  leadIn: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
  paragraphBefore?: string,
): string | null {
  const reference = PLAN_REFERENCE.exec(leadIn);
  const campaign = reference?.[1];
  const kind = campaign ?? reference?.[2];
  if (!kind) return null;
  const earlier = sentences
    .filter((x) => x.block === sentence.block && x.offset < sentence.offset)
    .map((x) => x.text);
  // a campaign's lead-in opening its own paragraph ("Mục tiêu của đợt cao điểm: …") speaks of the
  // campaign the paragraph before launched
  if (campaign !== undefined && earlier.length === 0 && paragraphBefore !== undefined)
    earlier.push(paragraphBefore);
  const find = (text: string): number =>
    campaign !== undefined || /^[Cc]hiến dịch$/u.test(kind)
      ? text.toLocaleLowerCase('vi').indexOf(kind.toLocaleLowerCase('vi'))
      : text.indexOf(kind);
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const text = earlier[i] ?? '';
    const at = find(text);
    if (at < 0) continue;
    return periodEndYear(text.slice(at));
  }
  return null;
}

/** A sentence that tells a forecast: "Theo dự báo …,", "Dự báo …", "Theo nhận định của …,". */
const FORECAST = /^\s*(?:Theo\s+(?:dự báo|nhận định)|Dự báo)(?![\p{L}])/u;

/** An ordinal that opens one of the announced targets: "Thứ nhất, …", "Thứ ba, đến cuối nhiệm kỳ, …". */
const ORDINAL_OPENER =
  /^\s*Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,\s*(?:[^,;.]{0,40},\s*)?$/iu;

/**
 * A count of people or households to help, enrol or mobilise: "giúp 1.200 hộ", "kết nạp mới 500 …";
 * or to find jobs for: "giải quyết việc làm cho 18.250 lao động", "tạo việc làm mới cho 3.000 người".
 */
const COUNT_TO_REACH =
  /(?:^|\s)(?:giúp|hỗ trợ|kết nạp(?:\s+mới)?|vận động|(?:giải quyết|tạo)\s+(?:thêm\s+)?việc làm(?:\s+mới)?\s+cho)\s*$/iu;

/** The year of the deadline a duty's clause gives after its target ("…, hoàn thành trước ngày D"). */
function dutyDeadlineYear(after: string): string | null {
  const bound = /(?<![\p{L}])(?:hoàn thành|xong)?\s*(?:trước|chậm nhất)(?![\p{L}])/iu.exec(after);
  if (!bound) return null;
  const d = findDateExpressions(after.slice(bound.index)).find((x) => x.explicitYear);
  return d ? String(lastDayOf(d.expression).year) : null;
}

/**
 * A quota a body is given: "năm 2027 huyện X được giao tuyển chọn 102 công dân", "được tỉnh giao
 * chỉ tiêu 185 công dân", "quyết định giao chỉ tiêu tuyển chọn, gọi 2.650 công dân": what it is
 * given to reach, a target (not a hand-over done, "giao đủ 96 công dân", nor one already given,
 * "đã giao", which `HISTORY_CUE` marks).
 */
const QUOTA_VERB = String.raw`(?:tuyển chọn|tuyển sinh|tuyển|gọi|kết nạp|đào tạo|khám tuyển)`;
const QUOTA_GIVEN = new RegExp(
  String.raw`(?<![\p{L}])(?:được\s+(?:\p{L}+\s+){0,3}?(?<!(?:bàn|chuyển|trao|cấp)\s)giao(?:\s+chỉ tiêu)?|giao\s+chỉ tiêu)(?:\s+${QUOTA_VERB}(?:\s*,\s*${QUOTA_VERB})*)?(?:\s+(?:mới|thêm))?\s*$`,
  'iu',
);
/** A sentence that gives a body a quota. */
const QUOTA_IN = new RegExp(
  String.raw`(?<![\p{L}])(?:được\s+(?:\p{L}+\s+){0,3}?(?<!(?:bàn|chuyển|trao|cấp)\s)giao|giao\s+chỉ tiêu)(?:\s+chỉ tiêu)?(?:\s+${QUOTA_VERB}(?:\s*,\s*${QUOTA_VERB})*)?(?:\s+(?:mới|thêm))?\s+\d`,
  'iu',
);
/** The quota named by "chỉ tiêu" or by what to do ("tuyển chọn, gọi"), before its value. */
const QUOTA_NAMED = new RegExp(
  String.raw`(?:chỉ tiêu|${QUOTA_VERB})(?:\s*,\s*${QUOTA_VERB})*(?:\s+(?:mới|thêm))?$`,
  'iu',
);
/** Units that count people. */
const PEOPLE_UNIT =
  /^(?:công dân|người|học sinh|sinh viên|học viên|đảng viên|đoàn viên|hội viên|lao động|tân binh|thanh niên)(?![\p{L}])/u;
/** "…, trong đó (có) 15 công dân …": a part of the quota before it, its own target. */
const QUOTA_PART = /(?:^|[\s,])trong đó(?:\s+có)?\s*$/iu;

/** The year a clause names ("năm 2027"), not the year of a full date ("ngày 28 tháng 9 năm 2026"). */
function namedYear(text: string): string | null {
  return periodEndYear(text.replace(/ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/giu, ''));
}

/** "bảo đảm 100% …", "đảm bảo có 95% …": what a body is to ensure, right before its value. */
const ENSURE_BEFORE = /(?<![\p{L}])(?:bảo đảm|đảm bảo)(?:\s+(?:đạt|có))?\s*$/iu;

/** A full day or month after a target's words: "… trong ngày 15/3/2026", "… trong tháng 9/2026". */
const DAY_AFTER =
  /^[^;]*?(?<![\p{L}])(?:trong|vào|đến|trước|tới)\s+(?:hết\s+)?(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}|tháng\s+\d{1,2})\s*[/.-]\s*(\d{4})/u;

/** A sentence that has a body ensure a value: "bảo đảm 100% xã …". */
const ENSURE_IN = /(?<![\p{L}])(?:bảo đảm|đảm bảo)(?:\s+(?:đạt|có))?\s+\d/iu;

/** A request ("yêu cầu", "đề nghị") that demands a value be reached. */
const DEMAND = /(?<![\p{L}])(?:yêu cầu|đề nghị)(?![\p{L}])/iu;

/** A sentence that sets its aim: "đặt mục tiêu", "đề ra mục tiêu", "phấn đấu". */
/**
 * A clause's opening time that is a previous term, event or year: "kỳ bầu cử trước", "nhiệm kỳ
 * trước", "Năm trước", "khóa trước", "đợt vừa qua", "năm ngoái" (not a report's time: "báo cáo
 * năm trước ngày 20/11").
 */
const PAST_TIME_LEAD =
  /^\s*(?:trong\s+|ở\s+|tại\s+)?(?:nhiệm kỳ|kỳ|khóa|khoá|đợt|năm|vụ|mùa)(?:\s+\p{Ll}+){0,3}?\s+(?:trước|vừa qua|ngoái)(?![\p{L}])(?!\s+(?:ngày|giờ|\d|thời hạn|khi))/iu;

const AIM = /(?<![\p{L}])(?<!đã\s)(?:(?:đặt|đề ra|xác định)\s+mục tiêu|phấn đấu)(?![\p{L}])/iu;

/** The clause's own opening year is after `year` (or it names a later term: "nhiệm kỳ này"). */
const laterThan = (text: string, year: string | undefined): boolean => {
  const own = /^\s*(?:trong\s+|đến\s+|tới\s+)?năm\s+(\d{4})/iu.exec(text)?.[1];
  return year === undefined || own === undefined || Number(own) > Number(year);
};

/** A later clause's aim: "phấn đấu", "đặt mục tiêu", or its bare "mục tiêu" ("năm 2030 mục tiêu đạt …"). */
const LATER_AIM = /(?<![\p{L}])(?<!đã\s)(?:mục tiêu|phấn đấu)(?![\p{L}])/iu;

/** A clause's own time at its start: "năm 2029", "năm nay", "nhiệm kỳ này", "giai đoạn 2026". */
const OWN_TIME = String.raw`(?:trong\s+|đến\s+|tới\s+)?(?:năm\s+(?:\d{4}|nay|tới)|(?:nhiệm kỳ|kỳ|khóa|khoá|đợt|năm học|giai đoạn)\s+(?:này|tới|mới|\d{4}))`;

/** A clause that opens with its own time: "năm 2029 …", "nhiệm kỳ này …", "trong năm tới …". */
const timeLed = (text: string): boolean =>
  new RegExp(String.raw`^\s*${OWN_TIME}(?![\p{L}])`, 'iu').test(text);

/**
 * A comma that opens a clause of its own time which aims: "Năm 2028 tỷ lệ … đạt 88%, năm 2029 phấn
 * đấu đạt 92%", "…, nhiệm kỳ này phấn đấu kết nạp …" (the time, then the aim before any value).
 */
const AIM_TIME_COMMA = new RegExp(
  String.raw`,\s*(?=${OWN_TIME}[^,;\d]{0,60}?(?:mục tiêu|phấn đấu)(?![\p{L}]))`,
  'giu',
);

/**
 * A clause cut at each comma that opens an aiming clause of its own time, so that the result
 * before it ("Năm vừa qua, … đạt 93%, năm 2029 phấn đấu …") is read apart from the target.
 */
function aimPieces(clause: Clause): Clause[] {
  const cuts = [...clause.text.matchAll(AIM_TIME_COMMA)].map((m) => m.index);
  if (cuts.length === 0) return [clause];
  const out: Clause[] = [];
  let start = 0;
  for (const end of [...cuts, clause.text.length]) {
    const raw = sliceMapped(clause, start, end);
    const piece = trimMapped(raw, ' ');
    if (piece.text !== '')
      out.push({
        ...piece,
        offset: clause.offset + start + (raw.text.length - raw.text.trimStart().length),
      });
    start = end + 1;
  }
  return out;
}

/**
 * "Năm vừa qua, tỷ lệ … đạt 93%; năm 2029 phấn đấu đạt trên 97%": a sentence that opens with a past
 * time but has a later clause, after ";" or ",", with its own time that aims; its clauses are read
 * one by one (the past one states a result) rather than the whole sentence dropped.
 */
function aimsInLaterClause(sentence: Mapped): boolean {
  return clausesOf(sentence)
    .flatMap(aimPieces)
    .slice(1)
    .some((c) => LATER_AIM.test(c.text) && timeLed(c.text));
}

/**
 * The verbs that hand a body its own duty right after its name: "Trung tâm Y tế huyện chủ trì …",
 * "Công an xã có trách nhiệm …", "Phòng Tài chính - Kế hoạch bảo đảm …".
 */
const BODY_DUTY_VERB =
  /^(?:chủ trì|có trách nhiệm|chịu trách nhiệm|chỉ đạo|tổ chức|phối hợp|triển khai|bảo đảm|đảm bảo|thực hiện|tăng cường|rà soát|hướng dẫn|tập trung)(?![\p{L}])/iu;

/** Words of a result or a report of what was done: no duty is handed. */
const DONE_WORDS = /(?<![\p{L}])(?:đã|vừa|ước|đạt được|kết quả)(?![\p{L}])/iu;

/**
 * Where a body's own duty begins in a sentence that opens with the body ("Trung tâm Y tế huyện chủ
 * trì giám sát, xử lý 100% ổ dịch …"): the directive demands what follows as a request would; -1
 * when the sentence opens with no body, with another verb, or tells what was done.
 */
function bodyDutyAt(text: string): number {
  if (DONE_WORDS.test(text)) return -1;
  const subject = subjectOf(text);
  if (subject === null) return -1;
  const at = text.indexOf(subject);
  if (at < 0 || at > 40) return -1;
  const after = at + subject.length;
  return BODY_DUTY_VERB.test(text.slice(after).trimStart()) ? after : -1;
}

/** "phấn đấu" (strive for), not one already done ("đã phấn đấu"). */
const STRIVE = /(?<![\p{L}])(?<!đã\s)phấn đấu(?![\p{L}])/iu;

/**
 * The period a sentence sets before its first value ("Giai đoạn 2026 - 2030, …", "… phấn đấu đến
 * năm 2030 có 95% …", "Năm học 2026 - 2027, …"): the year of its targets, unless a target writes its
 * own. A past year or a base of comparison ("so với năm 2020") sets none.
 */
function sentencePeriod(text: string, docYear: number | undefined): string | null {
  // "nhiệm vụ 6 tháng cuối năm 2025, … đạt 12 tỷ đồng": a span of months or years names the
  // period, and a full date bounds it; neither is the first value
  const firstValue = text.search(
    /(?<![\d.,/])(?!(?:19|20|21)\d{2}(?!\d))(?!\d{1,2}\s+(?:tháng|năm)\s+(?:đầu|cuối)(?![\p{L}]))(?!\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})\d/u,
  );
  const prefix = (firstValue < 0 ? text : text.slice(0, firstValue))
    // "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030 …": the standard's period,
    // not the target's
    .replace(/chuẩn[^,;:()]{0,40}?giai đoạn\s*\d{4}\s*[-–]\s*\d{4}/giu, '')
    // "(giá so sánh năm 2010)", "theo giá hiện hành năm 2020": the base year of the prices a value
    // is counted in, not the year it is for
    .replace(/giá\s+(?:so sánh|cố định|hiện hành|thực tế)(?:\s+năm)?\s*\d{4}/giu, '');
  if (/so\s+(?:với\s+)?(?:năm|cùng kỳ)/iu.test(prefix)) return null;
  // "phấn đấu đến ngày 31/12/2026 giải ngân đạt …": the day a target is bounded by names its year;
  // "mùa khô năm nay", "trong năm nay": the year the text is written in
  const year =
    periodEndYear(prefix) ??
    /(?:đến|trước|tới)\s+(?:hết\s+)?ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*(\d{4})/iu.exec(
      prefix,
    )?.[1] ??
    (docYear !== undefined && /(?<![\p{L}])năm nay(?![\p{L}])/iu.test(prefix)
      ? String(docYear)
      : null);
  return year !== null && (docYear === undefined || Number(year) >= docYear) ? year : null;
}

export function indicatorsOfBlock(
  ctx: DutyContext,
  sentences: readonly Sentence[],
  scope: TargetScope = { target: false, year: null },
): ExtractItem[] {
  const block = ctx.block.block;
  if (block.kind === 'heading' || block.kind === 'footnote') return [];
  const titles = ctx.block.sections.filter((s) => s.heading).map((s) => s.title);
  if (ctx.block.sections.some(isHistoryHeading)) return [];
  // the innermost heading that speaks of targets or of tasks decides
  let inTargets = scope.target || (block.label !== null && block.markerType === 'bullet');
  for (let i = titles.length - 1; i >= 0 && !inTargets; i -= 1) {
    const t = titles[i] ?? '';
    if (TARGET_SECTION.test(t)) inTargets = true;
    if (TARGET_SECTION.test(t) || TASK_SECTION.test(t)) break;
  }
  const paragraphYear = futureLeadYear(
    block.text.slice(block.bodyStart),
    ctx.document.year,
    ctx.document.date,
  );
  const contextual = (scope.run ?? null) !== null || paragraphYear !== null;
  // where the duty of the body opening each sentence begins (-1 for none), read once
  const dutyStarts = new Map(
    sentences.map((x) => [x, ctx.leadOwner ? -1 : bodyDutyAt(x.text)] as const),
  );
  if (
    ctx.block.sections.length === 0 &&
    !inTargets &&
    !contextual &&
    !sentences.some(
      (x) =>
        targetLeadIn(x.text) ||
        STRIVE.test(x.text) ||
        DEMAND.test(x.text) ||
        QUOTA_IN.test(x.text) ||
        ENSURE_IN.test(x.text) ||
        (dutyStarts.get(x) ?? -1) >= 0,
    ) &&
    !ctx.leadOwner
  )
    return [];
  // "1. Sở Văn hóa, Thể thao và Du lịch:" above the item: a lead-in that is a body's name alone
  // hands the items under it to that body
  // (the section that holds the block, not the numbered sibling before it)
  const lead = [...ctx.block.sections].reverse().find((x) => x.markerType !== block.markerType);
  const bodyLead =
    lead !== undefined &&
    /:\s*$/u.test(lead.title) &&
    subjectOf(`${lead.title.replace(/:\s*$/u, '')} thực hiện`) ===
      lead.title.replace(/:\s*$/u, '').trim();
  const headYear =
    scope.year ??
    headingYear(ctx) ??
    paragraphYear ??
    scope.run?.year ??
    ctx.document.targetYear ??
    (inTargets ? planOwnYear(ctx) : null) ??
    // "Ngày bầu cử là Chủ nhật, 22/5/2031" … "Phấn đấu tỷ lệ cử tri đi bầu … đạt trên 99%": an
    // election text's targets are for that election
    (ctx.document.pollingDay !== undefined ? String(ctx.document.pollingDay.year) : null);
  const items: ExtractItem[] = [];
  // "Các chỉ tiêu chủ yếu năm 2027: 1. … 2. …" in one paragraph: a lead-in sentence of its own
  // gives the sentences after it in the block its target-ness and its year
  let blockLead: string | undefined;
  // a paragraph looking back at a past year or term: its sentences are results
  let pastParagraph = false;
  for (const sentence of sentences) {
    let carry: { op: TargetOp; name: string } | null = null;
    // the year of the last target the sentence gave, for a part it sets apart after it
    let sentenceYear: string | null = null;
    // "Các chỉ tiêu chủ yếu đến năm 2030: a; b; c": the lead-in makes the list targets, with its year.
    const ownLead = targetLeadIn(sentence.text);
    const leadIn = ownLead ?? blockLead;
    if (ownLead !== undefined && /:\s*$/u.test(sentence.text)) blockLead = ownLead;
    const sentenceTargets = inTargets || leadIn !== undefined;
    const year =
      (leadIn && periodEndYear(leadIn)) ||
      sentencePeriod(sentence.text, ctx.document.year) ||
      (leadIn ? planYearBefore(leadIn, sentences, sentence, ctx.paragraphBefore) : null) ||
      headYear;
    // "Giai đoạn 2026 - 2030, huyện phấn đấu tốc độ tăng trưởng bình quân 9%/năm; …": what the
    // sentence strives for after "phấn đấu" is a target
    // (or what it sets as its aim: "năm 2026 phường đặt mục tiêu thu thập đủ 100% hồ sơ …")
    const aimAt = sentence.text.search(AIM);
    const striveAt = aimAt;
    // "Bộ Y tế yêu cầu tỷ lệ … đạt trên 95% trong năm 2025": a value with its qualifier that a
    // request demands is a target too
    // (a list item under a lead-in that hands the list to a body, "Giao Sở X:", is demanded too)
    // (so is one that a body named at the sentence's start is handed as its own duty: "Trung tâm Y
    // tế huyện chủ trì giám sát, xử lý 100% ổ dịch …; bảo đảm tỷ lệ … đạt ít nhất 80% mỗi đợt")
    const dutyAt = dutyStarts.get(sentence) ?? -1;
    const requestAt = sentence.text.search(DEMAND);
    const demandAt = ctx.leadOwner ? 0 : requestAt >= 0 ? requestAt : dutyAt;
    // "Năm 2025, tốc độ tăng trưởng GRDP ước đạt 8,7%; …" in a plan for 2026: a sentence about a
    // year before the target year states results, even under a heading of targets; so does one
    // about a school year ended before ("Năm học 2024 - 2025, trường đã kiểm tra 9/28 giáo viên")
    const pastLead =
      /^\s*(?:Năm|Trong năm)(?:\s+học)?\s+(?:\d{4}\s*[-–]\s*)?(\d{4})\s*,/u.exec(
        sentence.text,
      )?.[1] ??
      // "Vụ Đông 2025, toàn tỉnh gieo trồng được 13.870 ha", "Vụ Đông Xuân 2025 - 2026, …", "Niên
      // vụ 2025 - 2026, …": a crop season before the one planned, its results
      /^\s*(?:(?:Trong\s+)?[Vv]ụ(?:\s+\p{Lu}\p{Ll}*){1,3}|Niên vụ|Mùa(?:\s+\p{Ll}+){1,2})\s+(?:năm\s+)?(?:\d{4}\s*[-–]\s*)?(\d{4})\s*,/u.exec(
        sentence.text,
      )?.[1] ??
      // "Nhiệm kỳ 2022-2027, thu ngân sách … tăng bình quân 9,2%/năm": a term or period that ended
      // before the one planned, its results
      /^\s*(?:Trong\s+)?(?:[Nn]hiệm kỳ|[Gg]iai đoạn|[Tt]hời kỳ)\s+\d{4}\s*[-–]\s*(\d{4})\s*,/u.exec(
        sentence.text,
      )?.[1] ??
      // "Phát huy kết quả năm 2025: toàn tỉnh trồng được 1.240 ha, …": a past year's results named
      // before a colon
      /(?<![\p{L}])kết quả(?:\s+(?:đạt được|thực hiện|của))?\s+năm\s+(\d{4})\s*:/u.exec(
        sentence.text,
      )?.[1];
    const targetEnd = /(\d{4})\D*$/u.exec(headYear ?? '')?.[1];
    // ("Năm 2026, phấn đấu 70% xã …", "năm 2026 phường đặt mục tiêu …": a year that the sentence
    // strives or aims for, before any value, is that year's target, not its results)
    const firstValue = sentence.text.search(/(?<![\d/.,])(?!(?:19|20)\d{2}(?!\d))\d/u);
    const aimsFirst = aimAt >= 0 && (firstValue < 0 || aimAt < firstValue);
    if (
      ((pastLead && targetEnd && Number(pastLead) < Number(targetEnd) && !aimsFirst) ||
        LOOK_BACK.test(sentence.text)) &&
      !aimsInLaterClause(sentence)
    ) {
      pastParagraph = true;
      continue;
    }
    // "Theo dự báo của Đài Khí tượng Thủy văn, vụ Đông năm 2026 có khoảng 01 - 02 cơn bão …": what
    // a forecast expects is no target
    if (FORECAST.test(sentence.text)) continue;
    // "Năm 2025, … ước đạt 9,84%. Tổng thu ngân sách … đạt 1.284,6 tỷ đồng. …": the sentences after
    // a past year's lead in the same paragraph state that year's results too, until one strives,
    // announces targets or names a year not before the target year
    if (pastParagraph) {
      const years = [...sentence.text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) =>
        Number(m[0]),
      );
      const resumes =
        STRIVE.test(sentence.text) ||
        targetLeadIn(sentence.text) !== undefined ||
        /(?<![\p{L}])(?:chỉ tiêu|mục tiêu|đề ra|đặt ra)(?![\p{L}])/iu.test(sentence.text) ||
        (targetEnd !== undefined && years.some((y) => y >= Number(targetEnd)));
      if (!resumes) continue;
      pastParagraph = false;
    }
    const pieces = clausesOf(sentence).flatMap(aimPieces);
    for (const [p, whole] of pieces.entries()) {
      // "… đã thông qua Nghị quyết … với các chỉ tiêu: tăng trưởng … đạt 8,5%": the targets a clause
      // lists after its lead's colon are read without the lead (which counts or announces them)
      const listed =
        /(?<![\p{L}])(?:với|gồm|có)\s+(?:các|những)\s+chỉ tiêu(?:\s+chủ yếu)?\s*:/iu.exec(
          whole.text,
        );
      const colon =
        ownLead !== undefined
          ? whole.text.indexOf(':')
          : listed
            ? listed.index + listed[0].length - 1
            : -1;
      const clause: Mapped =
        colon >= 0 &&
        (ownLead === undefined || whole.text.slice(0, colon).includes(ownLead.trim().slice(-12)))
          ? sliceMapped(whole, colon + 1, whole.text.length)
          : whole;
      if (/\d+\s*\/\s*\d+\s+(?:chỉ tiêu|đảng viên)|các chỉ tiêu/u.test(clause.text)) continue;
      // "…, báo cáo … trước 15h thứ Năm hằng tuần; đồng thời, trong năm 2026 phấn đấu tỷ lệ … đạt
      // từ 95% trở lên": a clause after the first may set its own period before its value
      const clauseYear =
        leadIn && periodEndYear(leadIn)
          ? year
          : (sentencePeriod(clause.text, ctx.document.year) ?? year);
      // "…; năm 2028 tỷ lệ này mới đạt 91,3%": a clause opening with a year before its target's
      // states that year's result (unless it strives or aims: "năm 2025 phấn đấu …")
      const clauseLead = /^\s*(?:trong\s+)?năm\s+(\d{4})(?![\d/])(?!\s*[-–]\s*\d)/iu.exec(
        clause.text,
      )?.[1];
      const target = /(\d{4})\D*$/u.exec(year ?? '')?.[1];
      if (
        clauseLead !== undefined &&
        target !== undefined &&
        Number(clauseLead) < Number(target) &&
        !AIM.test(clause.text)
      )
        continue;
      // "…; kỳ bầu cử trước tỷ lệ này đạt 99,52%", "Nhiệm kỳ trước, Hội vận động 1.200 hộ …": a
      // clause opening with a previous term, event or year states its result (unless it aims)
      if (PAST_TIME_LEAD.test(clause.text) && !AIM.test(clause.text)) continue;
      // "Năm vừa qua, … đạt 93%; năm 2029 phấn đấu …", "Năm 2028 tỷ lệ … đạt 88%, năm 2029 phấn
      // đấu đạt 92%": a clause before one that aims with its own later time states a result
      // (unless it aims itself)
      if (
        !AIM.test(clause.text) &&
        (LOOK_BACK.test(clause.text) || clauseLead !== undefined) &&
        pieces
          .slice(p + 1)
          .some((c) => LATER_AIM.test(c.text) && timeLed(c.text) && laterThan(c.text, clauseLead))
      )
        continue;
      const found = targetsIn(clause.text, clauseYear, carry);
      const result = HISTORY_CUE.test(
        withoutPastAnnouncing(
          againstBaseYear(
            againstPlanTarget(
              striveAt >= 0 || contextual
                ? withoutTargetGrowth(
                    striveAt >= 0 ? withoutObjectPast(clause.text) : clause.text,
                    clauseYear,
                  )
                : clause.text,
            ),
          ),
        ),
      );
      let previousTaken = false;
      let previousUnit: string | null = null;
      let quotaUnit: string | null = null;
      for (const [k, f] of found.entries()) {
        // "ít nhất 70% NCT được khám định kỳ ít nhất 1 lần/năm": how often, inside the target
        // before it, is no target of its own
        // (nor is one before the share it qualifies: "tăng tỷ lệ người cao tuổi được khám ít nhất 1
        // lần/năm lên 20%")
        if (
          /^lần\s*\/\s*(?:năm|quý|tháng|tuần|ngày)$/u.test(f.unit) &&
          (k > 0 || found[k + 1]?.unit.startsWith('%') === true)
        )
          continue;
        // "tỷ lệ doanh nghiệp có từ 25 lao động trở lên có tổ chức công đoàn đạt 90%": a size that
        // says which units a share counts, before that share, is no target of its own
        if (
          found[k + 1]?.unit.startsWith('%') === true &&
          /(?<![\p{L}])tỷ lệ\s[^,;:%\d]{2,80}?\s(?:có|với|đủ)(?:\s+(?:từ|trên|dưới|ít nhất))?\s*$/iu.test(
            clause.text.slice(0, f.start),
          )
        )
          continue;
        // "xử trí trong vòng 15 phút", "giải quyết trong thời hạn 05 ngày": how fast, inside a
        // target, is no target of its own
        if (
          k > 0 &&
          /(?<![\p{L}])(?:trong vòng|trong thời hạn|trong thời gian|trong)\s*$/iu.test(
            f.pushedSegment,
          ) &&
          /^(?:phút|giờ|ngày|tuần)(?![\p{L}])/u.test(f.unit)
        )
          continue;
        // "… phát lệnh gọi nhập ngũ cho 142 công dân, đạt 100% chỉ tiêu": the share of the quota
        // written right after a count says how that count measured up, a result
        if (
          k > 0 &&
          f.unit.startsWith('%') &&
          /^[\s,]*(?:đạt|bằng)\s*$/u.test(f.pushedSegment) &&
          /^[\d.,]+\s*%\s*(?:các\s+)?chỉ tiêu(?![\p{L}])/u.test(clause.text.slice(f.start))
        ) {
          previousUnit = f.unit;
          previousTaken = false;
          continue;
        }
        // a quota given to a body, or a part of it after "trong đó" or "và"
        const quota: boolean =
          !result &&
          !COUNT_UNIT.test(f.unit) &&
          ((QUOTA_GIVEN.test(f.pushedSegment) &&
            // "được huyện giao 12 công dân": with no "chỉ tiêu" and no verb, only people make a
            // quota ("được giao 1.200 ha rừng" is land handed over)
            (QUOTA_NAMED.test(f.pushedSegment.trim()) || PEOPLE_UNIT.test(f.unit))) ||
            (quotaUnit === f.unit && (f.elided || QUOTA_PART.test(f.pushedSegment))));
        quotaUnit = quota ? f.unit : null;
        const stated =
          f.ownYear || /(?:phấn đấu|phần đầu|được)\s*(?:đạt|có)?\s*$/iu.test(f.pushedSegment);
        // after an announcement, or in a paragraph of a future year's targets, a value with a
        // qualifier that reads as no result is a target; so is one whose words are left out
        const inContext: boolean =
          contextual &&
          !result &&
          !COUNT_UNIT.test(f.unit) &&
          (f.explicitOp ||
            // "có 10 bác sĩ", "Có thêm 4 xã", "xây dựng 3/4 trường học …": a count to have or build
            /(?:^|\s)(?:có(?:\s+thêm)?|xây dựng(?:\s+mới)?|phát triển(?:\s+mới)?|thành lập(?:\s+mới)?|trồng mới|tạo(?:\s+mới)?)\s*$/iu.test(
              f.pushedSegment,
            ) ||
            // "Tỷ lệ lao động qua đào tạo: trên 20%": a list of targets written "Name: value"
            nameValue(f.pushedSegment) ||
            // "Thứ ba, 95% chi hội …", "Thứ nhất, hằng năm giúp 1.200 hộ …": a target after the
            // ordinal that opens it, or a count of those to help or enrol
            ORDINAL_OPENER.test(f.pushedSegment) ||
            // "tăng tỷ lệ … lên 20%", "nâng độ bao phủ … lên 95%": the level a share is raised to
            (/(?<![\p{L}])lên\s*$/u.test(f.pushedSegment) &&
              /(?:^|[\s,;])(?:tăng|nâng)\s/u.test(clause.text.slice(0, f.start))) ||
            COUNT_TO_REACH.test(f.pushedSegment) ||
            // "Cụ thể: mỗi chi hội …; 100% chi hội tổ chức sinh hoạt …": a share that opens its
            // clause and names what it counts after
            (f.unit === '%' && /(?:^|[;:])\s*$/u.test(f.pushedSegment)) ||
            // "…, 25 xã đạt chuẩn …, 6 xã …": the words of the target before, or its kind again
            (previousTaken && (f.elided || f.unit === previousUnit)));
        const valueAt = whole.offset + (clause === whole ? 0 : colon + 1) + f.start;
        const striving =
          ((striveAt >= 0 && striveAt < valueAt) ||
            (demandAt >= 0 &&
              demandAt < valueAt &&
              f.explicitOp &&
              // "đạt trên 95%", "đạt tỷ lệ tiêm trên 80%", "(giữ …) ở mức không quá 0,5%"
              /(?:đạt|ở mức)(?:\s+tỷ lệ(?:\s+\p{Ll}+){0,3})?\s*$/iu.test(
                f.pushedSegment.replace(
                  /\s*(?:trên|dưới|tối thiểu|ít nhất|từ|khoảng|không quá|tối đa)\s*$/iu,
                  '',
                ),
              )) ||
            // "1. Sở Văn hóa …:" above "b) Tổ chức giải chạy thu hút từ 3.000 vận động viên trở lên":
            // a count a body is asked to reach at least, whatever its verb, is a target (not how
            // long or how often: "ít nhất 2 ngày", "tối thiểu 1 lần")
            ((bodyLead || (demandAt >= 0 && demandAt < valueAt)) &&
              f.explicitOp &&
              !/^(?:phút|giờ|ngày|tuần|tháng|quý|năm|lần|buổi|đợt)(?![\p{L}])/u.test(f.unit) &&
              (/(?<![\p{L}])(?:ít nhất|tối thiểu|không dưới)\s*$/iu.test(f.pushedSegment) ||
                (/(?<![\p{L}])từ\s*$/iu.test(f.pushedSegment) &&
                  /^\s*trở lên(?![\p{L}])/u.test(clause.text.slice(f.end))))) ||
            // "UBND các tỉnh …: bảo đảm 100% xã, phường có trụ sở … trong năm 2026": a share a body
            // handed the list is to ensure, by a year
            (demandAt >= 0 &&
              demandAt < valueAt &&
              ENSURE_BEFORE.test(f.pushedSegment) &&
              (f.ownYear || seasonAfter(clause.text.slice(f.end)) !== null)) ||
            // "Giám đốc Sở yêu cầu Trung tâm …:" above "- Xử lý triệt để 100% ổ dịch trong vòng 48
            // giờ …": a share of what a body is asked to act on, the first value of its duty
            (ctx.leadOwner !== undefined &&
              k === 0 &&
              f.unit === '%' &&
              !f.explicitOp &&
              /^\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,6}\s+(?:cho\s+)?$/u.test(f.pushedSegment)) ||
            // "Sở yêu cầu phát hiện sớm, xử lý triệt để 100% ổ dịch trong vòng 48 giờ …", "Yêu cầu
            // đến hết năm học 2031-2032: 100% cơ sở giáo dục cập nhật …": a bare share right after
            // a request, its label's colon or a few words of its action, is what it demands
            (demandAt >= 0 &&
              demandAt < valueAt &&
              requestAt >= 0 &&
              k === 0 &&
              f.unit === '%' &&
              !f.explicitOp &&
              /(?:^|[,:]|(?<![\p{L}])(?:yêu cầu|đề nghị))\s*(?:\p{Ll}+(?:\s+\p{Ll}+){0,4}\s+)?$/u.test(
                f.pushedSegment,
              )) ||
            // (the same share in the duty of a body named at the sentence's start, its action
            // after the body's first verb: "Trung tâm Y tế huyện chủ trì giám sát, xử lý 100% ổ
            // dịch trong vòng 48 giờ")
            (dutyAt >= 0 &&
              dutyAt < valueAt &&
              k === 0 &&
              f.unit === '%' &&
              !f.explicitOp &&
              /,\s*\p{Ll}+(?:\s+\p{Ll}+){0,4}\s+(?:cho\s+)?$/u.test(f.pushedSegment))) &&
          !result &&
          !COUNT_UNIT.test(f.unit);
        // "Ban Thường vụ yêu cầu …; Sở Công Thương bảo đảm nguồn hàng dự trữ Tết tăng 10% so với
        // cùng kỳ": a rise over the same period that a request demands is a target, not a result
        // (so is one a sentence sets as its aim: "Năm 2026, tỉnh đặt mục tiêu …; kim ngạch xuất
        // khẩu tăng 15% so với cùng kỳ; …")
        const demandedRise =
          ((demandAt >= 0 && demandAt < valueAt) || (aimAt >= 0 && aimAt < valueAt)) &&
          /(?<![\p{L}])(?:tăng|giảm)\s*$/iu.test(f.pushedSegment) &&
          !/(?<![\p{L}])(?:ước|đã|lũy kế|luỹ kế|đạt được)(?![\p{L}])/iu.test(clause.text) &&
          !COUNT_UNIT.test(f.unit);
        previousUnit = f.unit;
        previousTaken = sentenceTargets || stated || inContext || striving || demandedRise || quota;
        if (!previousTaken) continue;
        // for review: what made a clause of running text a target
        const why =
          sentenceTargets || stated
            ? undefined
            : quota && !inContext
              ? 'chỉ tiêu được giao / a quota given to a body ("được giao …")'
              : striving && !inContext && striveAt < 0 && requestAt < 0 && dutyAt >= 0
                ? 'nhiệm vụ của đơn vị đầu câu / the duty of the body the sentence opens with'
                : striving && !inContext
                  ? 'mục tiêu phấn đấu / what the sentence strives for ("phấn đấu")'
                  : demandedRise && !inContext
                    ? 'mức tăng được yêu cầu / a rise the request demands ("yêu cầu … tăng …")'
                    : paragraphYear !== null
                      ? `mục tiêu năm theo đoạn / targets of the year the paragraph names: ${paragraphYear}`
                      : `mục tiêu theo / targets announced in «${scope.run?.quote ?? ''}»`;
        const piece: Mapped = trimMapped(sliceMapped(clause, 0, clause.text.length), ' ');
        const [s, e] = originalSpan(piece, 0, piece.text.length);
        const span: [number, number] =
          found.length > 1 ? originalSpan(clause, f.from, f.end) : [s, e];
        items.push({
          ...EMPTY_ITEM,
          kind: 'indicator',
          quote: ctx.original.slice(span[0], span[1]),
          span,
          confidence:
            Math.round(
              (inTargets ? 0.85 : 0.65) * (f.explicitOp ? 1 : 0.9) * (f.year ? 1 : 0.85) * 100,
            ) / 100,
          name: f.name || null,
          op: f.op,
          value: f.value,
          min: f.min,
          max: f.max,
          unit: f.unit === '' ? null : f.unit,
          // a rise over the same period is measured in the period the text is about: with no
          // year of its own, the document's
          year:
            // a quota's year is the one its sentence names ("năm 2027 huyện X được giao …")
            (quota && !f.ownYear ? namedYear(clause.text) : null) ??
            f.year ??
            (demandedRise && !inContext && ctx.document.year !== undefined
              ? String(ctx.document.year)
              : null) ??
            // "- Tổ chức tiêm phòng, đạt tỷ lệ tiêm trên 80% …, hoàn thành trước ngày 31/3/2026" under
            // "Giao Sở X:": a demanded target bounded by its duty's own deadline, that deadline's year
            (striving && striveAt < 0 ? dutyDeadlineYear(clause.text.slice(f.end)) : null) ??
            // "… phấn đấu 100% cử tri … đi bầu cử trong ngày 15/3/2026": a day written after the
            // target names its year
            DAY_AFTER.exec(clause.text.slice(f.end))?.[1] ??
            // "bảo đảm 100% hộ dân … có nước sinh hoạt trong mùa khô 2025 - 2026": the season the
            // share is ensured in
            seasonAfter(clause.text.slice(f.end)) ??
            // "… đạt trên 95% kế hoạch vốn năm 2026, riêng các dự án trọng điểm giải ngân 100% …":
            // a part set apart after the target keeps that target's year
            (SET_APART.test(clause.text) || SET_APART_BEFORE.test(f.pushedSegment)
              ? sentenceYear
              : null) ??
            null,
          ...(why ? { context: why } : {}),
        });
        sentenceYear = items[items.length - 1]?.year ?? sentenceYear;
      }
      const lastFound = found[found.length - 1];
      carry = lastFound ? { op: lastFound.op, name: lastFound.name } : carry;
      if ((sentenceTargets || contextual) && !result) {
        const attained = attainmentBy(clause, lastFound?.end ?? 0, ctx.document.year);
        if (attained) items.push({ ...attained, quote: ctx.original.slice(...attained.span) });
      }
    }
  }
  return items;
}
