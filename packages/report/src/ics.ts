/**
 * iCalendar (RFC 5545): the upcoming deadlines (tasks not yet done, due on the as-of date or
 * later; report instances not yet received, a year ahead) as all-day events with
 * the agency, the deadline as written and where it is tracked, and a reminder the day before, so
 * staff can put them in their calendar.
 */
import {
  addDays,
  agencyKey,
  foldText,
  formatIsoDate,
  formatIsoText,
  parseIsoDate,
  type UpcomingDeadline,
} from '@dondoc/core';
import type { ReportInput } from './input.js';

/**
 * TEXT value escaping (RFC 5545 §3.3.11): every line break (CRLF, CR, LF, NEL, the Unicode line and
 * paragraph separators) becomes "\\n"; the other control characters TEXT cannot hold are removed.
 */
export function icsText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n')
      // eslint-disable-next-line no-control-regex -- removing what iCalendar TEXT cannot hold
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
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

/** An iCalendar DATE: "20240705". */
const compact = (iso: string) => formatIsoText(iso, 'basic');

function nextDay(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? formatIsoDate(addDays(date, 1)) : iso;
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

/**
 * The same duty always gets the same UID, so re-importing updates the event: the pack, the task or
 * report of the pack it is an instance of (its id; else the row's title, folded), the agency (by the
 * core's agency key: "UBND xã Tân Lập" is "Ủy ban nhân dân xã Tân Lập") and the deadline, which
 * tells a report's periods apart. Never the file's name or folder, nor the row the task sits in.
 */
export function eventUid(packId: string, u: UpcomingDeadline): string {
  const what = u.item ? `${u.item.kind}#${u.item.id}` : foldText(u.title);
  const key = [packId, what, agencyKey(u.agency ?? ''), u.due].join('|');
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
  const seen = new Set<string>();
  for (const w of input.workbooks) {
    // Tasks and report instances not yet done, as the core lists them (a year ahead for reports).
    for (const u of w.upcoming ?? []) {
      // An event must say what is due (a title of signs alone says nothing); the same duty
      // tracked in two workbooks is one event.
      if (foldText(u.title) === '') continue;
      const id = eventUid(input.report.pack.id, u);
      if (seen.has(id)) continue;
      seen.add(id);
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
        `UID:${id}`,
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
