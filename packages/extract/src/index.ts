/**
 * @dondoc/extract: drafts a rule pack from a Vietnamese directive's text. Every item carries the
 * exact quote, its span in the text and a confidence.
 */
export { extractDirective } from './extract.js';
export type { ExtractOptions } from './extract.js';
export {
  readDirectiveFile,
  docxToText,
  DirectiveReadError,
  MAX_TEXT_CHARS,
  MAX_TEXT_FILE_BYTES,
  MAX_DOCX_FILE_BYTES,
  MAX_DOCX_PART_BYTES,
  MAX_DOCX_XML_BYTES,
} from './read.js';
export { fitToSchema } from './pack.js';
export { formatReview } from './review.js';
export type { ReviewLang } from './review.js';
export { prepareText, splitSentences, originalSpan } from './prepare.js';
export type { Block, PreparedText, Sentence } from './prepare.js';
export {
  scoreItems,
  totalScore,
  itemMatches,
  agencySet,
  sameAgencies,
  sameUnit,
  KINDS,
} from './score.js';
export type { GoldItem, KindScore, DocumentScore } from './score.js';
export { EMPTY_ITEM } from './types.js';
export type {
  ExtractItem,
  ExtractResult,
  DraftPack,
  DirectiveIdentity,
  ItemKind,
  ItemPeriod,
  TargetOp,
  TrimmedField,
} from './types.js';
