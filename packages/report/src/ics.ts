/**
 * iCalendar (RFC 5545): the upcoming deadlines (tasks not yet done, due on the as-of date or
 * later; report instances not yet received, a year ahead) as all-day events with
 * the agency, the deadline as written and where it is tracked, and a reminder the day before, so
 * staff can put them in their calendar.
 */
import type { UpcomingDeadline } from '@dondoc/core';
import type { ReportInput } from './input.js';

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function icsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

const ENCODER = new TextEncoder();

/** Folds a content line at 75 octets (UTF-8), never inside a character (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = ENCODER.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** FNV-1a, 32 bits: stable ids without a crypto module (this package also runs in the browser). */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (const byte of ENCODER.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The same task, workbook cell and deadline always get the same UID, so re-imports update events. */
function uid(u: UpcomingDeadline): string {
  const key = `${u.location.workbook}|${u.location.sheet ?? ''}|${u.location.cell ?? ''}|${u.due}|${u.title}`;
  return `${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x9747b28c)}@dondoc`;
}

export function renderIcs(input: ReportInput): string {
  const stamp = `${compact(input.report.asOf)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//dondoc//dondoc check//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`Thời hạn — ${input.report.pack.title}`)}`,
  ];
  for (const w of input.workbooks) {
    // Tasks and report instances not yet done, as the core lists them (a year ahead for reports).
    for (const u of w.upcoming ?? []) {
      const where =
        `${u.location.workbook} ${u.location.sheet ?? ''}${u.location.cell ? `!${u.location.cell}` : ''}`.trim();
      const description = [
        u.agency ? `Cơ quan chủ trì / Owner: ${u.agency}` : '',
        `Thời hạn / Deadline: ${u.dueText}`,
        `Theo dõi tại / Tracked in: ${where}`,
      ]
        .filter((x) => x !== '')
        .join('\n');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uid(u)}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compact(u.due)}`,
        `DTEND;VALUE=DATE:${compact(nextDay(u.due))}`,
        `SUMMARY:${icsText(`Hạn: ${u.title}`)}`,
        `DESCRIPTION:${icsText(description)}`,
        `LOCATION:${icsText(where)}`,
        ...(u.agency ? [`CATEGORIES:${icsText(u.agency)}`] : []),
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER:-P1D',
        `DESCRIPTION:${icsText(`Ngày mai là hạn: ${u.title}`)}`,
        'END:VALARM',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
