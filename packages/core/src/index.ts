/**
 * @dondoc/core: the pure engine. No I/O and no clock: adapters read files and pass the as-of date.
 */
export * from './model/index.js';
export * from './calendar/index.js';
export * from './vi/dates.js';
export * from './vi/status.js';
export * from './vi/completion.js';
export * from './vi/numbers.js';
export * from './vi/targets.js';
export * from './vi/qualifiers.js';
export * from './vi/agencies.js';
export * from './vi/text.js';
export * from './vi/similarity.js';
export * from './vi/legacy-encodings.js';
export { documentKind, isDocumentNumber } from './vi/document-kind.js';
export * from './table/headers.js';
export * from './table/task-rows.js';
export { isSignatureText } from './table/footer.js';
export * from './findings/template.js';
export * from './pack/schema.js';
export * from './pack/load.js';
export * from './rules/index.js';
export * from './findings/schema.js';
export * from './testing/grid.js';
export * from './testing/rule-tester.js';
export * from './engine/index.js';
export * from './table/indicator-headers.js';
export * from './table/simple-headers.js';
export * from './table/vocabulary.js';
export { readPeriodText, schoolYearDayYear } from './table/periods.js';
export * from './table/matcher.js';
export * from './table/classify.js';
export * from './table/bindings.js';
export * from './run/index.js';
export * from './template/tracking.js';
