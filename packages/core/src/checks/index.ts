import { cellInvalidDate } from './cell-invalid-date.js';
import { taskDueSoon } from './task-due-soon.js';
import { taskLate } from './task-late.js';
import { taskOverdue } from './task-overdue.js';
import { taskStatusConflict } from './task-status-conflict.js';
import type { BuiltInCheck } from './types.js';

export * from './types.js';
export * from './task-facts.js';

/** Every built-in check, in the order findings of one row are reported. */
export const BUILT_IN_CHECKS: readonly BuiltInCheck[] = [
  cellInvalidDate,
  taskOverdue,
  taskLate,
  taskDueSoon,
  taskStatusConflict,
];
