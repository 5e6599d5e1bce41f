/**
 * Message templates with named placeholders: "Nhiệm vụ quá hạn {days} ngày". Strict, like ESLint's
 * RuleTester: an unknown or unfilled placeholder is an error, never a silent "{days}" in a report.
 *
 * A finding keeps its message as the template and the values (a DeferredMessage): the two texts are
 * rendered when an output reads them, so a check with a hundred thousand findings does not hold two
 * rendered sentences for each of them until the end (issue 16, lean findings).
 */
import type { Message } from '../model/findings.js';
import { memoizeText } from '../util/memo.js';

export type Lang = 'vi' | 'en';
export type TemplateValue = string | number | Message;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * A template cut once into literal text (even indexes) and placeholder names (odd indexes):
 * "Quá hạn {days} ngày" → ["Quá hạn ", "days", " ngày"].
 */
const partsOf = memoizeText((template: string): readonly string[] => {
  const parts: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
});

function valueText(values: TemplateValues, name: string, lang: Lang): string {
  const value = values[name];
  if (value === undefined) throw new Error(`Message placeholder {${name}} has no value`);
  if (typeof value === 'object') return value[lang];
  if (typeof value === 'number')
    return lang === 'vi' ? String(value).replace('.', ',') : String(value);
  return value;
}

function render(template: string, values: TemplateValues, lang: Lang): string {
  const parts = partsOf(template);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2)
    text += valueText(values, parts[i]!, lang) + parts[i + 1]!;
  return text;
}

/** Throws, as rendering would, when a placeholder of the template has no value. */
function checkValues(template: Message, values: TemplateValues): void {
  for (const text of [template.vi, template.en]) {
    const parts = partsOf(text);
    for (let i = 1; i < parts.length; i += 2) {
      if (values[parts[i]!] === undefined)
        throw new Error(`Message placeholder {${parts[i]!}} has no value`);
    }
  }
}

/** The message filled now: both texts rendered. */
export function formatMessage(template: Message, values: TemplateValues): Message {
  return { vi: render(template.vi, values, 'vi'), en: render(template.en, values, 'en') };
}

/**
 * A message kept as its template and values, each text rendered when it is read. It reads, and
 * serialises (`JSON.stringify` calls toJSON), exactly as formatMessage's plain object. Its own
 * members are the template and the values, so two of them compare equal in a deep comparison only
 * when they say the same thing, and never equal a plain {vi, en} (render it first: plainMessage).
 * A structured clone (a worker's postMessage) keeps the members but not the texts, so results that
 * cross a thread go through withPlainMessages first (run/result.ts).
 */
export class DeferredMessage implements Message {
  constructor(
    readonly template: Message,
    readonly values: TemplateValues,
  ) {
    checkValues(template, values);
  }

  get vi(): string {
    return render(this.template.vi, this.values, 'vi');
  }

  get en(): string {
    return render(this.template.en, this.values, 'en');
  }

  toJSON(): Message {
    return { vi: this.vi, en: this.en };
  }
}

/** The message rendered when read (see DeferredMessage); a missing value still throws here. */
export function deferMessage(template: Message, values: TemplateValues): Message {
  return new DeferredMessage(template, values);
}

/** A message as a plain object with both texts, whatever it was kept as. */
export function plainMessage(message: Message): Message {
  return message instanceof DeferredMessage ? message.toJSON() : message;
}

/** Whitespace that clip would change: a run of it, a tab or line break, or at either end. */
const UNCLIPPED_SPACE = /[^\S ]| {2}|^ | $/;

function clipNow(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : line.slice(0, max - 1).trimEnd() + '…';
}

/** Clipped texts by width: a title repeated on many rows is clipped, and held, once. */
const clipped = new Map<number, (text: string) => string>();

/** Shortens a cell text for a message: one line, at most `max` characters. */
export function clip(text: string, max = 90): string {
  // Most titles are one line already: keep the same string rather than a copy of it.
  if (text.length <= max && !UNCLIPPED_SPACE.test(text)) return text;
  let memo = clipped.get(max);
  if (memo === undefined) {
    memo = memoizeText((t) => clipNow(t, max));
    clipped.set(max, memo);
  }
  return memo(text);
}
