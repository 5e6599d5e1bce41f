import type { PlainDate } from '@dondoc/core';

/** Today on this computer's calendar: the clock is read here, at the edge, never in the core. */
export function today(now: Date = new Date()): PlainDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
