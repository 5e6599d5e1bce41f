import { formatIsoDate, formatViDate, parseIsoDate, type PlainDate } from '../model/plain-date.js';
import type { Message } from '../model/findings.js';
import { memoizeText } from '../util/memo.js';

/** A date the way each language's messages write it: 19/05/2024 and 2024-05-19. */
export function dayText(date: PlainDate): Message {
  return { vi: formatViDate(date), en: formatIsoDate(date) };
}

const NO_DATE: Message = { vi: '—', en: '—' };

/** One shared text per date: a sheet repeats its deadlines on many rows. */
const isoDateText = memoizeText((iso: string): Message => {
  const date = parseIsoDate(iso);
  return { vi: date ? formatViDate(date) : iso, en: iso };
});

/** An ISO date fact shown the way each language writes dates; "—" for none. */
export function dateText(iso: string | null): Message {
  return iso === null ? NO_DATE : isoDateText(iso);
}

/** A finding's expected value for a deadline: "hoàn thành chậm nhất 19/05/2024 / completed by 2024-05-19". */
const completedByText = memoizeText(
  (iso: string) => `hoàn thành chậm nhất ${dateText(iso).vi} / completed by ${iso}`,
);

export function completedBy(iso: string | null): string {
  return iso === null ? `hoàn thành chậm nhất — / completed by ` : completedByText(iso);
}

/** A finding's actual value for a completion day: "hoàn thành 28/06/2024 / completed 2024-06-28". */
const completedOnText = memoizeText(
  (iso: string) => `hoàn thành ${dateText(iso).vi} / completed ${iso}`,
);

export function completedOnActual(iso: string | null): string {
  return iso === null ? `hoàn thành — / completed ` : completedOnText(iso);
}
