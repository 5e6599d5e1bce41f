/** The Node side of @dondoc/history: the SQLite file. The pure logic is in "@dondoc/history". */
export * from './types.js';
export {
  openHistory,
  SqliteHistoryStore,
  HistoryFileError,
  RENAME_OVERLAP,
  type OpenOptions,
} from './sqlite.js';
export { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
