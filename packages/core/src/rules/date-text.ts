import { formatIsoDate, formatViDate, parseIsoDate, type PlainDate } from '../model/plain-date.js';
import type { Message } from '../model/findings.js';

/** A date the way each language's messages write it: 19/05/2024 and 2024-05-19. */
export function dayText(date: PlainDate): Message {
  return { vi: formatViDate(date), en: formatIsoDate(date) };
}

/** An ISO date fact shown the way each language writes dates; "—" for none. */
export function dateText(iso: string | null): Message {
  if (iso === null) return { vi: '—', en: '—' };
  const date = parseIsoDate(iso);
  return { vi: date ? formatViDate(date) : iso, en: iso };
}
