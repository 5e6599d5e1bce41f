/** @dondoc/tooling: sample workbooks with planted problems, the demo and the benchmark. */
export * from './samples/index.js';
