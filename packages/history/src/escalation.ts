/**
 * Escalation: the second letter to an agency about the same items says "đôn đốc lần 2" and cites
 * the first; items still open after N letters go to the leadership (báo cáo Thường trực). Pure:
 * the letters already sent come from the store.
 */
import { foldText, type Message } from '@dondoc/core';
import { viDate } from './narrative.js';

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
  /** Earlier letters to this agency about any of these items, oldest first. */
  readonly earlier: readonly SentReminder[];
  /** The sentence citing the earlier letters, when there are any. */
  readonly citation?: Message;
}

export function sameAgency(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}

function letterName(r: SentReminder): Message {
  const number = r.number ? ` số ${r.number}` : '';
  const numberEn = r.number ? ` no. ${r.number}` : '';
  const date = r.date ?? r.recordedAt.slice(0, 10);
  return { vi: `Công văn${number} ngày ${viDate(date)}`, en: `letter${numberEn} of ${date}` };
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
  if (earlier.length === 0) return { round: 1, earlier };
  const names = earlier.map(letterName);
  return {
    round: earlier.length + 1,
    earlier,
    citation: {
      vi: `Văn phòng đã có ${names.map((n) => n.vi).join(', ')} đôn đốc ${agency} thực hiện các nội dung được giao; đến nay các nội dung dưới đây vẫn chưa được thực hiện.`,
      en: `The office already sent ${names.map((n) => n.en).join(', ')} asking ${agency} to act; the items below are still not done.`,
    },
  };
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
