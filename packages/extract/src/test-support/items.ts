/**
 * What the class tests compare: the items of one kind a text gives, each cut to the fields that
 * `--format items` scores and that are set (owner, due, from, to, period, op, value, min, max,
 * unit, year).
 */
import { extractDirective } from '../extract.js';
import type { ExtractItem } from '../types.js';

/** The fields `--format items` scores, as the class tests compare them. */
export const FIELDS = [
  'owner',
  'due',
  'from',
  'to',
  'period',
  'op',
  'value',
  'min',
  'max',
  'unit',
  'year',
] as const;

/** An item cut to its scored fields that are set. */
export const fieldsOf = (i: ExtractItem): Partial<ExtractItem> =>
  Object.fromEntries(FIELDS.filter((k) => i[k] !== null).map((k) => [k, i[k]]));

/** The items of one kind a text gives, each cut to its scored fields that are set. */
export const itemsOf = (text: string, kind: ExtractItem['kind']): Partial<ExtractItem>[] =>
  extractDirective(text)
    .items.filter((i) => i.kind === kind)
    .map(fieldsOf);
