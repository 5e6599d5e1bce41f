/** Calendar: plain dates, deadlines, periods and periodic schedules. */
export * from './plain-date.js';
export * from './due.js';
export * from './period.js';
export * from './schedule.js';
