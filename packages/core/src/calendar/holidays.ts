/**
 * Working days (ngày làm việc) of Vietnamese public agencies, for deadlines such as "trong 10 ngày
 * làm việc kể từ ngày nhận được văn bản".
 *
 * Sources:
 * - Bộ luật Lao động 2019, Điều 112 khoản 1: public holidays with full pay — Tết Dương lịch (1/1),
 *   Tết Âm lịch (05 ngày), Ngày Chiến thắng (30/4), Ngày Quốc tế lao động (1/5), Quốc khánh (02
 *   ngày: 2/9 and one day right before or after it), Giỗ Tổ Hùng Vương (10/3 âm lịch); khoản 3: the
 *   Prime Minister decides which days the Tết Âm lịch break and the Quốc khánh day next to 2/9 are.
 * - Bộ luật Lao động 2019, Điều 111 khoản 3: a holiday that falls on the weekly rest day is made up
 *   on the next working day (nghỉ bù). Agencies rest on Saturday and Sunday (Nghị định
 *   45/2013/NĐ-CP does not apply; the 40-hour week of the state sector is Monday–Friday).
 * - Bộ luật Dân sự 2015, Điều 147 khoản 1: a period counted in days starts the day after the event
 *   ("kể từ ngày …" does not count that day).
 *
 * What is not fixed by law is not guessed: a day that the year's decree may or may not give off
 * (the Tết break of a year not in `DECREED_TET`, the day next to 2/9 of a year not in
 * `DECREED_NATIONAL_DAY`, and a single working day between a holiday and a weekend, which decrees
 * often swap for a Saturday) is *uncertain*. `addWorkingDays` counts twice, with every uncertain
 * day worked and with every uncertain day off; when the two counts end on different days the result
 * is `unknown`, naming the days, so the caller lists the row as not evaluated.
 */
import {
  LUNAR_TABLE_FIRST_YEAR,
  LUNAR_TABLE_LAST_YEAR,
  hungKingsDate,
  lunarYearName,
  tetDate,
} from './lunar.js';
import { formatViDate, fromEpochDay, toEpochDay } from '../model/plain-date.js';
import type { PlainDate } from '../model/plain-date.js';
import type { Message } from '../model/findings.js';

/**
 * Tết Âm lịch breaks of state agencies as the Prime Minister decided them (first and last day off,
 * weekends included). Checked against the announcements the government press published
 * (2020: 23/1–29/1; 2023: 20/1–26/1; 2025: nine days, VPCP 8726/VPCP-KGVX of 26/11/2024; 2026:
 * 14/2–22/2).
 */
const DECREED_TET: Readonly<Record<number, readonly [string, string]>> = {
  2020: ['2020-01-23', '2020-01-29'],
  2021: ['2021-02-10', '2021-02-16'],
  2022: ['2022-01-29', '2022-02-06'],
  2023: ['2023-01-20', '2023-01-26'],
  2024: ['2024-02-08', '2024-02-14'],
  2025: ['2025-01-25', '2025-02-02'],
  2026: ['2026-02-14', '2026-02-22'],
};

/** The day next to 2/9 that the decree chose (Quốc khánh has two days off). */
const DECREED_NATIONAL_DAY: Readonly<Record<number, string>> = {
  2024: '2024-09-03',
  2025: '2025-09-01',
};

export type DayKind = 'working' | 'weekend' | 'holiday' | 'uncertain';

export interface DayInfo {
  readonly kind: DayKind;
  /** The holiday's Vietnamese name, for holidays and uncertain days. */
  readonly name?: string;
}

const iso = (d: PlainDate): number => toEpochDay(d);
const isWeekend = (epoch: number): boolean => {
  const weekday = new Date(epoch * 86_400_000).getUTCDay();
  return weekday === 0 || weekday === 6;
};
const parseIso = (text: string): number => {
  const [y, m, d] = text.split('-').map(Number);
  return iso({ year: y ?? 0, month: m ?? 0, day: d ?? 0 });
};

interface YearDays {
  readonly holidays: Map<number, string>;
  readonly uncertain: Map<number, string>;
  /** False when the year lies outside the lunar table (Tết and Giỗ Tổ are unknown). */
  readonly known: boolean;
}

const CACHE = new Map<number, YearDays>();

function yearDays(year: number): YearDays {
  const cached = CACHE.get(year);
  if (cached) return cached;
  const holidays = new Map<number, string>();
  const uncertain = new Map<number, string>();
  const tet = tetDate(year);
  const hung = hungKingsDate(year);

  const fixed: Array<[number, string]> = [
    [iso({ year, month: 1, day: 1 }), 'Tết Dương lịch'],
    [iso({ year, month: 4, day: 30 }), 'Ngày Chiến thắng 30/4'],
    [iso({ year, month: 5, day: 1 }), 'Ngày Quốc tế lao động 1/5'],
    [iso({ year, month: 9, day: 2 }), 'Quốc khánh 2/9'],
  ];
  if (hung) fixed.push([iso(hung), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)']);
  fixed.sort((a, b) => a[0] - b[0]);
  for (const [day, name] of fixed) holidays.set(day, name);

  // Quốc khánh: the second day is the one the decree chose, else either neighbour may be it.
  const national = DECREED_NATIONAL_DAY[year];
  if (national) holidays.set(parseIso(national), 'Quốc khánh (ngày liền kề 2/9)');
  else
    for (const d of [1, 3]) {
      const day = iso({ year, month: 9, day: d });
      if (!isWeekend(day))
        uncertain.set(day, 'Quốc khánh (ngày liền kề 2/9 do Thủ tướng quyết định)');
    }

  // Tết Âm lịch: the decreed break, else mùng 1–3 for certain and the days around them uncertain.
  const tetName = `Tết Nguyên đán ${lunarYearName(year)}`;
  const decreed = DECREED_TET[year];
  if (decreed) {
    for (let d = parseIso(decreed[0]); d <= parseIso(decreed[1]); d += 1)
      if (!isWeekend(d)) holidays.set(d, tetName);
  } else if (tet) {
    const first = iso(tet);
    for (let d = first; d <= first + 2; d += 1) holidays.set(d, tetName);
    for (let d = first - 5; d <= first + 6; d += 1)
      if (!holidays.has(d) && !isWeekend(d))
        uncertain.set(d, `${tetName} (lịch nghỉ do Thủ tướng quyết định)`);
  }

  // Nghỉ bù: a fixed holiday on a weekend moves to the next working day.
  for (const [day, name] of fixed) {
    if (!isWeekend(day)) continue;
    let next = day + 1;
    while (isWeekend(next) || holidays.has(next)) next += 1;
    if (!holidays.has(next)) holidays.set(next, `Nghỉ bù ${name}`);
  }

  // A single working day between a holiday and a weekend is often swapped by decree.
  for (const day of [...holidays.keys()]) {
    for (const step of [-1, 1]) {
      const bridge = day + step;
      const beyond = day + 2 * step;
      if (isWeekend(bridge) || holidays.has(bridge) || uncertain.has(bridge)) continue;
      if (isWeekend(beyond))
        uncertain.set(
          bridge,
          `ngày làm việc giữa ${holidays.get(day) ?? ''} và ngày nghỉ cuối tuần (có thể hoán đổi)`,
        );
    }
  }

  const out: YearDays = { holidays, uncertain, known: tet !== undefined && hung !== undefined };
  if (CACHE.size < 1000) CACHE.set(year, out);
  return out;
}

/** What kind of day this is for a state agency. */
export function dayInfo(date: PlainDate): DayInfo {
  const epoch = iso(date);
  // late December may be the bridge before next year's 1/1
  const years = date.month === 12 ? [date.year, date.year + 1] : [date.year];
  for (const year of years) {
    const holiday = yearDays(year).holidays.get(epoch);
    if (holiday !== undefined) return { kind: 'holiday', name: holiday };
  }
  for (const year of years) {
    const uncertain = yearDays(year).uncertain.get(epoch);
    if (uncertain !== undefined) return { kind: 'uncertain', name: uncertain };
  }
  if (isWeekend(epoch)) return { kind: 'weekend' };
  return { kind: 'working' };
}

export type WorkingDaysResult =
  | {
      readonly kind: 'date';
      readonly date: PlainDate;
      /** Holidays skipped on the way, e.g. ["01/01/2025 Tết Dương lịch"]. */
      readonly skipped: readonly string[];
    }
  | { readonly kind: 'unknown'; readonly reason: Message };

const MAX_WORKING_DAYS = 1000;

/**
 * The `n`-th working day after `start` (Bộ luật Dân sự 2015, Điều 147: the start day itself is not
 * counted). Unknown when the count depends on a day the law leaves to a decree not in the table, or
 * when the years crossed lie outside the lunar table.
 */
export function addWorkingDays(start: PlainDate, n: number): WorkingDaysResult {
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKING_DAYS) {
    return {
      kind: 'unknown',
      reason: {
        vi: `Số ngày làm việc ${n} không hợp lệ (cần từ 1 đến ${MAX_WORKING_DAYS}).`,
        en: `${n} is not a valid number of working days (1 to ${MAX_WORKING_DAYS}).`,
      },
    };
  }
  const count = (uncertainIsOff: boolean): { end: number; crossed: Set<number> } => {
    let day = iso(start);
    let left = n;
    const crossed = new Set<number>([start.year]);
    while (left > 0) {
      day += 1;
      const info = dayInfo(fromEpochDay(day));
      crossed.add(fromEpochDay(day).year);
      if (info.kind === 'working' || (info.kind === 'uncertain' && !uncertainIsOff)) left -= 1;
    }
    return { end: day, crossed };
  };
  const early = count(false);
  const late = count(true);
  const years = [...late.crossed].filter((y) => !yearDays(y).known);
  if (years.length > 0) {
    return {
      kind: 'unknown',
      reason: {
        vi: `Chưa có lịch âm năm ${years.join(', ')} (bảng có ${LUNAR_TABLE_FIRST_YEAR}–${LUNAR_TABLE_LAST_YEAR}) nên không đếm được ngày làm việc.`,
        en: `The lunar calendar of ${years.join(', ')} is not in the table (${LUNAR_TABLE_FIRST_YEAR}–${LUNAR_TABLE_LAST_YEAR}), so working days cannot be counted.`,
      },
    };
  }
  if (early.end !== late.end) {
    const doubtful: string[] = [];
    for (let d = iso(start) + 1; d <= late.end; d += 1) {
      const info = dayInfo(fromEpochDay(d));
      if (info.kind === 'uncertain')
        doubtful.push(`${formatViDate(fromEpochDay(d))} (${info.name ?? ''})`);
    }
    const from = formatViDate(fromEpochDay(early.end));
    const to = formatViDate(fromEpochDay(late.end));
    return {
      kind: 'unknown',
      reason: {
        vi: `Hạn cuối là ${from} hoặc ${to}, tùy lịch nghỉ do Thủ tướng quyết định cho các ngày: ${doubtful.join('; ')}.`,
        en: `The last day is ${from} or ${to}, depending on the days off the Prime Minister decides for: ${doubtful.join('; ')}.`,
      },
    };
  }
  const skipped: string[] = [];
  for (let d = iso(start) + 1; d <= late.end; d += 1) {
    const info = dayInfo(fromEpochDay(d));
    if (info.kind === 'holiday')
      skipped.push(`${formatViDate(fromEpochDay(d))} ${info.name ?? ''}`);
  }
  return { kind: 'date', date: fromEpochDay(late.end), skipped };
}
