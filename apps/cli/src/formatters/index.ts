import { renderChangesHtml, renderChangesText } from '@dondoc/history';
import { renderCsv, renderHtml, renderIcs, renderJunit, renderSarif } from '@dondoc/report';
import { formatJson } from './json.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

/**
 * Text formats. 'xlsx' (a workbook, written by @dondoc/xlsx) and 'reminders' (a folder of .docx
 * letters and one .md) are written by the check command itself.
 */
export type TextFormatName = 'text' | 'json' | 'html' | 'csv' | 'sarif' | 'junit' | 'ics';
export type FormatName = TextFormatName | 'xlsx' | 'reminders';
export const FORMAT_NAMES: readonly FormatName[] = [
  'text',
  'json',
  'html',
  'xlsx',
  'csv',
  'sarif',
  'junit',
  'ics',
  'reminders',
];
export const FORMATTERS: Readonly<Record<TextFormatName, Formatter>> = {
  text: (run, options) =>
    formatText(run, options) + (run.changes ? renderChangesText(run.changes, options.lang) : ''),
  json: formatJson,
  html: (run, { lang }) =>
    renderHtml(run, {
      lang,
      ...(run.changes ? { sections: [renderChangesHtml(run.changes, lang)] } : {}),
    }),
  csv: (run) => renderCsv(run),
  sarif: (run, { lang }) => renderSarif(run, { lang, toolVersion: '0.1.0' }),
  junit: (run, { lang }) => renderJunit(run, { lang }),
  ics: (run) => renderIcs(run),
};
/** The file extension each format's output is written with when --out is a folder. */
export const EXTENSIONS: Readonly<Record<FormatName, string>> = {
  text: '.txt',
  json: '.json',
  html: '.html',
  csv: '.csv',
  sarif: '.sarif',
  junit: '.xml',
  xlsx: '.xlsx',
  ics: '.ics',
  reminders: '',
};
export type { CheckRun, FormatOptions, Formatter } from './types.js';
