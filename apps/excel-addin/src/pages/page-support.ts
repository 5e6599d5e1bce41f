import type { PlainDate } from '@dondoc/core';
import type { CheckRun } from '../run-check.js';

/** Today on this computer's calendar: the clock is read here, at the edge, never in the core. */
export function today(now: Date = new Date()): PlainDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Keeps the last check's timing on the root element (the benchmark and the browser tests read it). */
export function recordCheck(root: HTMLElement): (run: CheckRun, milliseconds: number) => void {
  return (run, milliseconds) => {
    root.dataset.checkMs = milliseconds.toFixed(1);
    root.dataset.findings = String(run.report.findings.length);
  };
}
