/** The checker: a pack and an as-of date, resolved once, then rows routed to one handler per table kind. */
export * from './checker.js';
export * from './context.js';
export * from './result.js';
export * from './report.js';
export * from './narrative.js';
export * from './scorecards.js';
export * from './sheet-year.js';
export * from './workbook-state.js';
export { checkReports } from './reports.js';
export type { ReportContext, ReportOutcome, UpcomingReport } from './reports.js';
export { expectedTasks, unknownAgencies } from './expected.js';
export { validateCustomRules } from './task-rules.js';
export type { ColumnRole, SkipReason, SkippedRow, TableUnderstanding } from './understanding.js';
