/** The date and deadline parsers the extractor shares with the checker, from @dondoc/core. */
export { findDateExpressions, lastDayOf, parseDue } from '@dondoc/core';
export type { DateMatch } from '@dondoc/core';
