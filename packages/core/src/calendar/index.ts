/** Calendar: deadlines, periods and periodic schedules over the plain dates of model/. */
export * from './due.js';
export * from './period.js';
export * from './schedule.js';
export * from './lunar.js';
export * from './holidays.js';
