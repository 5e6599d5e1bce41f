/**
 * Escalation: the second letter to an agency about the same items says "đôn đốc lần 2" and cites
 * the first (the wording is the letter's, in @dondoc/report); items still open after N letters go to
 * the leadership (báo cáo Thường trực). Pure: the letters already sent come from the store.
 */
import { foldText } from '@dondoc/core';

export interface SentReminder {
  readonly agency: string;
  /** The letter's number ("125-CV/VPHU"), when the office gave it. */
  readonly number?: string;
  /** The letter's date (ISO), when the office gave it; else the day it was recorded. */
  readonly date?: string;
  readonly recordedAt: string;
  readonly items: readonly { readonly key: string; readonly title: string }[];
}

export interface Escalation {
  /** 1 for a first letter, 2 for "đôn đốc lần 2", … */
  readonly round: number;
  /** Earlier letters to this agency about any of these items, oldest first (the letter cites them). */
  readonly earlier: readonly SentReminder[];
}

export function sameAgency(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}

/** The round of a letter to `agency` about `itemKeys`, given every letter sent before. */
export function escalationFor(
  agency: string,
  itemKeys: readonly string[],
  sent: readonly SentReminder[],
): Escalation {
  const keys = new Set(itemKeys);
  const earlier = sent.filter(
    (r) => sameAgency(r.agency, agency) && r.items.some((i) => keys.has(i.key)),
  );
  return { round: earlier.length + 1, earlier };
}

export interface EscalatedItem {
  readonly agency: string;
  readonly key: string;
  readonly title: string;
  readonly reminders: readonly SentReminder[];
}

/** Items still open that `threshold` or more letters have already asked for: for the leadership. */
export function escalatedItems(
  open: readonly { readonly agency: string; readonly key: string; readonly title: string }[],
  sent: readonly SentReminder[],
  threshold: number,
): EscalatedItem[] {
  const out: EscalatedItem[] = [];
  for (const item of open) {
    const reminders = sent.filter(
      (r) => sameAgency(r.agency, item.agency) && r.items.some((i) => i.key === item.key),
    );
    if (reminders.length >= threshold) out.push({ ...item, reminders });
  }
  return out.sort((a, b) => b.reminders.length - a.reminders.length);
}
