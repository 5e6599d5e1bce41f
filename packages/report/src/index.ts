/**
 * @dondoc/report: findings as the reports people and systems read. Pure functions from a check's
 * result to text; writing files is the caller's business.
 */
export type { Lang, ReportInput } from './input.js';
export {
  escapeHtml,
  escapeXml,
  neutralizeFormula,
  csvField,
  wellFormedText,
  xmlSafeText,
} from './escape.js';
export { renderCsv, type CsvOptions } from './csv.js';
export {
  findingColumns,
  findingRows,
  resultsSheet,
  CELL_COLUMN,
  RESULTS_SHEET_MARK,
  RESULTS_SHEET_NAME,
  type FindingColumn,
  type ResultsSheet,
  type RowValue,
} from './finding-rows.js';
export { renderSarif, artifactUri, SARIF_SCHEMA, type SarifOptions } from './sarif.js';
export { renderJunit } from './junit.js';
export { renderHtml, type HtmlOptions } from './html.js';
export { countBy, narrativeOf } from './summary.js';
export {
  agencyScoreTable,
  scorecardsOfInput,
  scoreText,
  workbookScoreTable,
  type ScoreColumn,
  type ScoreTable,
  type ScoreValue,
} from './scorecards.js';
export { renderIcs, eventUid, icsText, foldLine } from './ics.js';
export {
  collectReminders,
  issuerKindOf,
  letterFields,
  letterSubject,
  planOfPack,
  renderReminderDocx,
  renderReminderMessages,
  renderRemindersMarkdown,
  REMINDER_RULES,
  type IssuerKind,
  type LetterFields,
  type PreviousReminder,
  type ReminderLetter,
  type ReminderItem,
  type ReminderOptions,
  type ReminderEscalation,
} from './reminders.js';
export { SEVERITY_FILLS, SEVERITY_NAMES } from './severity.js';
export {
  FORMATS,
  FORMAT_IDS,
  isFormatId,
  isRenderedFormat,
  type FormatId,
  type OutputFormat,
  type RenderedFormatId,
  type RenderOptions,
} from './formats.js';
export {
  explainedTables,
  understandingLines,
  understandingOf,
  understandingView,
  SKIP_LABELS,
  UNDERSTANDING_WORDS,
  type ColumnView,
  type ExplainedTable,
  type SkippedRowView,
  type UnderstandingView,
} from './understanding.js';
