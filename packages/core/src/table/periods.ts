/**
 * The period a value column of an indicator table reports on, read from its header text and the
 * group header above it: "Kế hoạch năm 2024", "Ước thực hiện 2024", "Năm 2024" over "Kế hoạch |
 * Thực hiện", "Quý III/2024", "6 tháng đầu năm 2024", "9 tháng", "Cả năm", "Mục tiêu đến năm 2025",
 * "Giai đoạn 2021 - 2025", a bare "2023" in a run of year columns.
 *
 * A target is compared only with the actual value of its own period: never a plan for 2024 with
 * the actual of 2023, never the first year of a five-year table with the final year's target.
 */
import { compareDates, lastDayOfMonth, type PlainDate } from '../model/plain-date.js';
import { foldText } from '../vi/text.js';
import { withoutDocumentNumbers } from '../vi/document-kind.js';

/** Part of a year: a quarter, a half, the first nine months, a month, or the whole year. */
export type SubPeriod =
  | 'year'
  | 'H1'
  | 'H2'
  | 'Q1'
  | 'Q2'
  | 'Q3'
  | 'Q4'
  | '9M'
  | `M${number}`
  /** A school year ("Năm học 2023 - 2024"), from September to the end of May of `year`. */
  | 'SY'
  /** The first and second semester of the school year ending in `year` ("Học kỳ I", "HK II"). */
  | 'S1'
  | 'S2'
  /**
   * A crop season named without its days ("Vụ Xuân", "Vụ Mùa", "Vụ Đông", "Vụ Hè Thu"): a part of
   * the year whose bounds the header does not give, never the whole year.
   */
  | 'season';

export interface ColumnPeriod {
  /** The year the column reports on (for a span "2021 - 2025", its last year). */
  readonly year?: number;
  /** Part of the year; absent when the header names only a year. */
  readonly sub?: SubPeriod;
  /** A span of years ("giai đoạn 2021 - 2025", "5 năm 2021-2025"). */
  readonly span?: { readonly from: number; readonly to: number };
  /** "Ước thực hiện", "ước đạt": an estimate written before the period's figures are final. */
  readonly estimate?: boolean;
  /**
   * The last day of a run of days the header gives ("Vụ Xuân (15/3 - 30/4/2024)", "Đợt 1 (01/9/2024 -
   * 31/10/2024)"): the period ends then, not at the end of its year.
   */
  readonly until?: PlainDate;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * A crop season (folded): "vụ xuân", "vụ mùa", "vụ đông", "vụ hè thu", "vụ đông xuân", "vụ thu đông",
 * "vụ chiêm", "vụ 3" — not the "vụ" of "nhiệm vụ", "dịch vụ", "nghĩa vụ", "chức vụ", "thường vụ".
 */
const SEASON =
  /(?<!\b(?:nhiem|dich|nghia|chuc|phuc|nghiep|su|thuong|cong|tac) )\bvu (?:dong xuan|he thu|thu dong|chiem xuan|xuan he|xuan|mua|dong|chiem|he|thu|[1-3])\b/;

/** Reads the period of one header text (a cell); texts of a group header are read separately. */
/** "đến 31 01 2025", "tính đến hết ngày 30 9 2024" (folded, slashes as spaces). */
const CUT_OFF_DAY =
  /\b(?:tinh )?den (?:het )?(?:ngay )?(?:[0-3]?\d)[ .-](?:[01]?\d)[ .-](?:19|20)\d{2}\b/g;

/**
 * The cut-off day a header gives before the end of its year ("TH đến 30/9/2024", "Lũy kế đến hết
 * ngày 30/6/2024"): the figure is an interim reading of that year, taken on that day. Undefined for
 * none, and for a year's last day ("đến 31/12/2024": the whole year's figure).
 */
export function interimCutOff(text: string): PlainDate | undefined {
  const folded = foldText(withoutDocumentNumbers(text)).replace(/\//g, ' ');
  const days = [...folded.matchAll(CUT_OFF_DAY)].map((m) => {
    const [day, month, year] = m[0].match(/\d+/g)!.map(Number);
    return { year: year!, month: month!, day: day! };
  });
  if (days.length !== 1 || !isDay(days[0]!)) return undefined;
  const day = days[0]!;
  return day.month === 12 && day.day === 31 ? undefined : day;
}

export function readPeriodText(text: string): ColumnPeriod {
  // a cut-off day ("Giải ngân đến 31/01/2025", "tính đến hết ngày 30/9/2024") says when the figure
  // was taken, not which period it is for: the year's capital may be disbursed into January
  // the number of a document cited ("theo Nghị quyết số 96/2019/QH14") holds the year it was
  // issued, not the period
  const folded = foldText(withoutDocumentNumbers(text)).replace(/\//g, ' ');
  const running = runningTotalTo(folded);
  if (running) return running;
  const f = folded.replace(CUT_OFF_DAY, ' ');
  const out: {
    year?: number;
    sub?: SubPeriod;
    span?: { from: number; to: number };
    estimate?: boolean;
    until?: PlainDate;
  } = {};
  const span = /\b((?:19|20)\d{2}) ((?:19|20)\d{2})\b/.exec(f); // "2021 - 2025": folding drops the dash
  if (span) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    if (to > from) {
      out.span = { from, to };
      out.year = to;
    }
  }
  if (out.year === undefined) {
    const years = [...f.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
    if (years.length > 0) out.year = Math.max(...years);
  }
  // figures taken on the last day of a year ("Số liệu đến 31/12/2024", "tính đến hết ngày
  // 31/12/2023") are that year's, when the header names no year of its own
  if (out.year === undefined) {
    const yearEnd = /\bden (?:het )?(?:ngay )?31[ .-]12[ .-]((?:19|20)\d{2})\b/.exec(folded);
    if (yearEnd) out.year = Number(yearEnd[1]);
  }
  const quarter = /\bquy (i{1,3}|iv|[1-4])\b/.exec(f);
  // "Năm học 2023 - 2024": a school year, ending in the spring of its second year
  const semester = /\b(?:hoc ky|hk) (i{1,2}|[12])\b/.exec(f);
  const schoolYear =
    /\bnam hoc\b/.test(f) &&
    (out.span ? out.span.to === out.span.from + 1 : out.year === undefined);
  if (schoolYear) delete out.span;
  if (semester) out.sub = semester[1] === 'i' || semester[1] === '1' ? 'S1' : 'S2';
  else if (schoolYear) out.sub = 'SY';
  else if (quarter) out.sub = `Q${ROMAN[quarter[1]!] ?? Number(quarter[1])}` as SubPeriod;
  else if (/\b6 thang cuoi nam\b/.test(f)) out.sub = 'H2';
  else if (/\b6 thang\b/.test(f)) out.sub = 'H1';
  else if (/\b9 thang\b/.test(f)) out.sub = '9M';
  else if (/\bca nam\b/.test(f)) out.sub = 'year';
  else {
    const month = /\bthang (1[0-2]|[1-9])\b/.exec(f);
    if (month) out.sub = `M${Number(month[1])}` as SubPeriod;
  }
  if (/\b(?:uoc|uth)\b/.test(f)) out.estimate = true;
  const range = DAY_RANGE.exec(f);
  // a season with its days ("Vụ Xuân (15/3 - 30/4/2024)") is the run of those days (below)
  if (out.sub === undefined && !range && SEASON.test(f)) out.sub = 'season';
  if (range) {
    const [d1, m1, y1, d2, m2, y2] = range.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    const year = y2!;
    const from = { year: y1 === 0 ? year : y1!, month: m1!, day: d1! };
    const until = { year, month: m2!, day: d2! };
    if (isDay(from) && isDay(until) && compareDates(from, until) < 0) {
      out.until = until;
      out.year ??= year;
    }
  }
  return out;
}

/**
 * A running total from the start of a year to a day ("Lũy kế đến 30/9/2024", "Lũy kế từ đầu năm
 * đến 30/6/2024", "Cộng dồn đến hết ngày 31/3/2025"): the run of days from 1 January to that day —
 * the first quarter, half or nine months, or the year, when it ends one (folded, slashes as
 * spaces).
 */
const RUNNING_TOTAL =
  /\b(?:luy ke|cong don)(?: tu dau nam)? (?:den|toi) (?:het )?(?:ngay )?([0-3]?\d)[ .-]([01]?\d)[ .-]((?:19|20)\d{2})\b/;

function runningTotalTo(folded: string): ColumnPeriod | undefined {
  const m = RUNNING_TOTAL.exec(folded);
  if (!m) return undefined;
  const day = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  if (!isDay(day)) return undefined;
  const last = lastDayOfMonth(day.year, day.month).day === day.day;
  const sub: SubPeriod | undefined = !last
    ? undefined
    : day.month === 3
      ? 'Q1'
      : day.month === 6
        ? 'H1'
        : day.month === 9
          ? '9M'
          : day.month === 12
            ? 'year'
            : undefined;
  // another day is a reading taken that day, read as before (a year's capital disbursed "đến
  // 31/01/2025" is still 2024's)
  return sub !== undefined ? { year: day.year, sub } : undefined;
}

/** "15 3 30 4 2024", "01 9 2024 31 10 2024" (folded, slashes and dashes gone): a run of days. */
const DAY_RANGE =
  /\b([0-3]?\d) ([01]?\d)(?: ((?:19|20)\d{2}))? ([0-3]?\d) ([01]?\d) ((?:19|20)\d{2})\b/;

function isDay(d: PlainDate): boolean {
  return (
    d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= lastDayOfMonth(d.year, d.month).day
  );
}

/**
 * The year of a day written without one ("trước ngày 18/10") in a text about the school year that
 * ends in `endYear` ("năm học 2010 - 2011" → 2011): a school year runs from September to May, and
 * the summer before it is spent preparing it, so June to December are in its first year.
 */
export function schoolYearDayYear(endYear: number, month: number): number {
  return month >= 6 ? endYear - 1 : endYear;
}

/** The period of a column from its own header and the group header above it (own text wins). */
export function columnPeriod(own: string | undefined, group: string | undefined): ColumnPeriod {
  const a = own ? readPeriodText(own) : {};
  const b = group ? readPeriodText(group) : {};
  const year = a.year ?? b.year;
  const sub = a.sub ?? b.sub;
  const span = a.span ?? b.span;
  const estimate = a.estimate === true || b.estimate === true;
  const until = a.until ?? b.until;
  return {
    ...(year !== undefined ? { year } : {}),
    ...(sub !== undefined ? { sub } : {}),
    ...(span !== undefined ? { span } : {}),
    ...(estimate ? { estimate } : {}),
    ...(until !== undefined ? { until } : {}),
  };
}

/**
 * Whether two column periods are one: the same year, part of the year, span of years, estimate and
 * last day (a field that is absent on both sides is the same; an estimate is one only if both are).
 */
export function samePeriod(a: ColumnPeriod, b: ColumnPeriod): boolean {
  return (
    a.year === b.year &&
    a.sub === b.sub &&
    a.span?.from === b.span?.from &&
    a.span?.to === b.span?.to &&
    (a.span === undefined) === (b.span === undefined) &&
    (a.estimate === true) === (b.estimate === true) &&
    (a.until === undefined || b.until === undefined
      ? a.until === b.until
      : compareDates(a.until, b.until) === 0)
  );
}

/**
 * The pack's period key for a column period ("2024", "2024-Q3", "2024-H1", "2024-05"), or
 * undefined when the column has no year or reports on a part the pack cannot name (nine months).
 */
export function periodKey(period: ColumnPeriod): string | undefined {
  if (period.year === undefined) return undefined;
  const sub = period.sub;
  if (sub === undefined || sub === 'year') return String(period.year);
  if (sub === '9M' || sub === 'season') return undefined;
  if (sub === 'SY' || sub === 'S1' || sub === 'S2') return `${period.year}-${sub}`;
  if (sub.startsWith('M')) return `${period.year}-${String(Number(sub.slice(1))).padStart(2, '0')}`;
  return `${period.year}-${sub}`;
}

/** The last day of a column's period (undefined without a year). */
export function periodEnd(period: ColumnPeriod): PlainDate | undefined {
  if (period.until !== undefined) return period.until;
  const y = period.year;
  if (y === undefined) return undefined;
  const sub = period.sub;
  if (sub === undefined || sub === 'year') return lastDayOfMonth(y, 12);
  if (sub === 'H1') return lastDayOfMonth(y, 6);
  if (sub === 'H2') return lastDayOfMonth(y, 12);
  if (sub === '9M') return lastDayOfMonth(y, 9);
  // a season's days are not given: it is over by the end of its year at the latest (a winter crop
  // sown in the last months is counted in the year it was sown)
  if (sub === 'season') return lastDayOfMonth(y, 12);
  // the school year's last day is set each year by the ministry's timetable, at the latest 31 May
  if (sub === 'SY' || sub === 'S2') return lastDayOfMonth(y, 5);
  // the first semester ends in January (before 18 January in the ministry's recent timetables)
  if (sub === 'S1') return lastDayOfMonth(y, 1);
  if (sub.startsWith('Q')) return lastDayOfMonth(y, Number(sub.slice(1)) * 3);
  return lastDayOfMonth(y, Number(sub.slice(1)));
}

/** The last day of a pack period key ("2025", "2024-H1", "2024-Q2", "2024-05"). */
export function periodKeyEnd(key: string): PlainDate | undefined {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/.exec(key);
  if (!m) return undefined;
  const part = m[2];
  const sub: SubPeriod | undefined =
    part === undefined
      ? undefined
      : /^\d/.test(part)
        ? (`M${Number(part)}` as SubPeriod)
        : (part as SubPeriod);
  return periodEnd({ year: Number(m[1]), ...(sub ? { sub } : {}) });
}

/** Words for messages: "năm 2024", "quý III/2024", "6 tháng đầu năm 2024". */
export function describePeriod(period: ColumnPeriod): { vi: string; en: string } | undefined {
  const y = period.year;
  if (y === undefined) return undefined;
  const u = period.until;
  if (u !== undefined) {
    const dd = String(u.day).padStart(2, '0');
    const mm = String(u.month).padStart(2, '0');
    return { vi: `đến hết ngày ${dd}/${mm}/${u.year}`, en: `to ${u.year}-${mm}-${dd}` };
  }
  const sub = period.sub;
  if (sub === undefined || sub === 'year') return { vi: `năm ${y}`, en: `${y}` };
  if (sub === 'H1') return { vi: `6 tháng đầu năm ${y}`, en: `H1 ${y}` };
  if (sub === 'H2') return { vi: `6 tháng cuối năm ${y}`, en: `H2 ${y}` };
  if (sub === '9M') return { vi: `9 tháng năm ${y}`, en: `first nine months of ${y}` };
  if (sub === 'season') return { vi: `một vụ sản xuất năm ${y}`, en: `a crop season of ${y}` };
  if (sub === 'SY') return { vi: `năm học ${y - 1} - ${y}`, en: `school year ${y - 1}–${y}` };
  if (sub === 'S1' || sub === 'S2') {
    const n = sub === 'S1' ? 'I' : 'II';
    return {
      vi: `học kỳ ${n} năm học ${y - 1} - ${y}`,
      en: `semester ${n} of school year ${y - 1}–${y}`,
    };
  }
  if (sub.startsWith('Q')) {
    const q = Number(sub.slice(1));
    return { vi: `quý ${['I', 'II', 'III', 'IV'][q - 1]}/${y}`, en: `Q${q} ${y}` };
  }
  return { vi: `tháng ${sub.slice(1)}/${y}`, en: `${y}-${sub.slice(1).padStart(2, '0')}` };
}

/**
 * A header with its period words taken out, folded: "KH năm 2024" → "kh", "TH quý III/2024" →
 * "th", "Ước TH 6 tháng đầu năm" → "uoc th". The name of the column is what is left.
 */
export function withoutPeriod(text: string): string {
  return foldText(text)
    .replace(/\//g, ' ')
    .replace(/\bgiai doan\b/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b6 thang (?:dau|cuoi) nam\b/g, ' ')
    .replace(/\b(?:6|9) thang\b/g, ' ')
    .replace(/\bquy (?:i{1,3}|iv|[1-4])\b/g, ' ')
    .replace(/\bthang (?:1[0-2]|[1-9])\b/g, ' ')
    .replace(/\bca nam\b/g, ' ')
    .replace(/\b(?:hoc ky|hk) (?:i{1,2}|[12])\b/g, ' ')
    .replace(/\bnam hoc\b/g, ' ')
    .replace(new RegExp(SEASON.source, 'g'), ' ')
    .replace(/\bnam\b/g, ' ')
    .replace(/\s*-\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A header that is only a period ("2023", "Quý I", "6 tháng", "Cả năm"), naming no field. */
export function isPeriodOnly(text: string): boolean {
  const p = readPeriodText(text);
  if (p.year === undefined && p.sub === undefined) return false;
  const folded = foldText(text);
  // a bare "2" or "II" numbers a row or a column; a period names a year or a period word
  if (
    !/\b(?:19|20)\d{2}\b|\b(?:nam|quy|thang|giai doan|uoc|hoc ky|hk)\b/.test(folded) &&
    p.sub !== 'season'
  )
    return false;
  const rest = folded
    .replace(new RegExp(SEASON.source, 'g'), ' ')
    .replace(/\bnam hoc\b/g, ' ')
    .replace(/\b(?:hoc ky|hk)\b/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b(?:nam|quy|i{1,3}|iv|[1-9]|1[0-2]|thang|dau|cuoi|ca|giai doan|uoc)\b/g, ' ')
    .replace(/[-/]/g, ' ')
    .trim();
  return rest === '';
}

/** The horizon an indicator's own name gives its target, when it gives one. */
export type TargetHorizon =
  | { readonly kind: 'yearly' }
  | { readonly kind: 'term' }
  | { readonly kind: 'year'; readonly year: number };

/**
 * What an indicator's name says of its target's period: every year ("(hằng năm)", "bình quân hằng
 * năm"), the whole term or plan period ("(cả nhiệm kỳ)", "giai đoạn 2021 - 2025"), or a final year
 * ("đến năm 2025"). A figure of one year is judged against a yearly target, never against a term's
 * or another year's.
 */
export function targetHorizon(title: string): TargetHorizon | undefined {
  const folded = foldText(title);
  if (/\b(?:hang nam|moi nam|tung nam)\b/.test(folded)) return { kind: 'yearly' };
  const until = /\bden (?:het |cuoi )?nam (\d{4})\b/.exec(folded);
  if (until) return { kind: 'year', year: Number(until[1]) };
  if (/\b(?:nhiem ky|giai doan|ca ky|5 nam)\b/.test(folded)) return { kind: 'term' };
  return undefined;
}
