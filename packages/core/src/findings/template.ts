/**
 * Message templates with named placeholders: "Nhiệm vụ quá hạn {days} ngày". Strict, like ESLint's
 * RuleTester: an unknown or unfilled placeholder is an error, never a silent "{days}" in a report.
 */
import type { Message } from '../model/findings.js';

export type Lang = 'vi' | 'en';
export type TemplateValue = string | number | Message;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

function render(template: string, values: TemplateValues, lang: Lang): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Message placeholder {${name}} has no value`);
    if (typeof value === 'object') return value[lang];
    if (typeof value === 'number')
      return lang === 'vi' ? String(value).replace('.', ',') : String(value);
    return value;
  });
}

export function formatMessage(template: Message, values: TemplateValues): Message {
  return { vi: render(template.vi, values, 'vi'), en: render(template.en, values, 'en') };
}

/** Shortens a cell text for a message: one line, at most `max` characters. */
export function clip(text: string, max = 90): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : line.slice(0, max - 1).trimEnd() + '…';
}
