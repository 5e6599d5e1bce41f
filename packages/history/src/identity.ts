/**
 * Stable identities for what a check evaluates, so that the same task is recognised at the next
 * check even when rows were inserted above it, the sheets were reordered or the file was renamed.
 * The pack's item id is used where there is one; otherwise the folded title and agency. A cell
 * address is never part of an identity: it is kept only to show where the item was seen.
 */
import { foldText, type Finding } from '@dondoc/core';

/** The ISO date (YYYY-MM-DD) a finding's "expected" text names, if it names exactly one. */
export function isoDateIn(text: string | undefined): string | undefined {
  const dates = text?.match(/\b\d{4}-\d{2}-\d{2}\b/g);
  return dates && new Set(dates).size === 1 ? dates[0] : undefined;
}

export interface ItemRef {
  readonly kind: string;
  readonly id?: string | undefined;
  readonly title?: string | undefined;
  readonly agency?: string | undefined;
  /** For a report instance: the due date of its period (one obligation, many periods). */
  readonly period?: string | undefined;
}

/**
 * The identity of an evaluated item: `kind|id-or-folded-title|folded-agency[|period]`.
 * "Báo cáo sơ kết" for "UBND huyện" and for "Phòng Nội vụ" are two items; "Ban Tuyên giáo Huyện ủy"
 * and "BAN TUYÊN GIÁO HUYỆN ỦY" are one agency.
 */
export function itemKey(ref: ItemRef): string {
  const what = ref.id !== undefined && ref.id !== '' ? `#${ref.id}` : foldText(ref.title ?? '');
  const parts = [ref.kind, what, foldText(ref.agency ?? '')];
  if (ref.period !== undefined) parts.push(ref.period);
  return parts.join('|');
}

/**
 * The item a finding is about. `packIds` are the ids the pack gives its tasks, reports and
 * indicators: a subject id outside them (a row's own number "3" or "I.2") changes when a row is
 * inserted, so it is not part of the identity.
 */
export function findingItemRef(finding: Finding, packIds: ReadonlySet<string>): ItemRef {
  const id = finding.subject.id;
  return {
    kind: finding.subject.kind,
    ...(id !== undefined && packIds.has(id) ? { id } : {}),
    title: finding.subject.title ?? finding.quote ?? finding.message.vi,
    agency: finding.agency,
    ...(finding.subject.kind === 'report' ? { period: isoDateIn(finding.expected) } : {}),
  };
}

/**
 * Gives each key an occurrence number in the order seen: two rows "Báo cáo tháng" for one agency
 * are `…#1` and `…#2`. An inserted row with another title changes no identity.
 */
export function numberOccurrences(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}~${n}`;
  });
}

/** Jaccard overlap of two key sets: how a renamed workbook is recognised by its content. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return shared / (a.size + b.size - shared);
}
