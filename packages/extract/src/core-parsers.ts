/** The parsers the extractor shares with the checker (dates, deadlines, document numbers), from @dondoc/core. */
export { findDateExpressions, isDocumentNumber, lastDayOf, parseDue } from '@dondoc/core';
export type { DateMatch } from '@dondoc/core';
