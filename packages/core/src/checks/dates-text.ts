import { parseIsoDate, formatViDate } from '../model/plain-date.js';
import type { Message } from '../model/findings.js';

/** An ISO date fact shown the way each language writes dates: 19/05/2024 and 2024-05-19. */
export function dateText(iso: string | null): Message {
  if (iso === null) return { vi: '—', en: '—' };
  const date = parseIsoDate(iso);
  return { vi: date ? formatViDate(date) : iso, en: iso };
}
