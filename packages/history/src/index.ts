/**
 * @dondoc/history: what changed since the last check, and escalation. Pure (no I/O, no clock), so
 * the CLI, the add-in and the standalone page share it; the SQLite store is "@dondoc/history/store".
 */
export * from './identity.js';
export * from './snapshot.js';
export * from './diff.js';
export * from './narrative.js';
export * from './escalation.js';
export * from './local.js';
export * from './render.js';
export * from './trends.js';
