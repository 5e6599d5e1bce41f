import { formatJson } from './json.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export type FormatName = 'text' | 'json';
export const FORMATTERS: Readonly<Record<FormatName, Formatter>> = {
  text: formatText,
  json: formatJson,
};
export type { CheckRun, FormatOptions, Formatter } from './types.js';
