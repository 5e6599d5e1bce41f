/**
 * The ground floor: plain dates, the sheet and cell model adapters produce, and the findings every
 * output reads. It imports nothing; every other folder of the core may import it.
 */
export * from './plain-date.js';
export * from './sheet.js';
export * from './findings.js';
